//! One suggested reply: Insert (asking before touching a non-empty draft), Copy, Edit.
//! A host that cannot write (`Host::can_insert`) gets Copy without Insert. A plain function
//! of the state: whether the card was copied is kept with the card's other UI state.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::{on_click, StateContext};
use crate::insert::insert_reply;
use crate::mount::Services;
use crate::state::Action;
use crate::InsertMode;

/// Reply card `card` (an index into the advice's replies, 0-2), if there is one.
pub(crate) fn reply_card(state: &StateContext, services: &Services, card: usize) -> Html {
    let Some(reply) = state
        .snapshot
        .advice
        .as_ref()
        .and_then(|a| a.replies.get(card))
    else {
        return html! {};
    };
    let ui = &state.cards[card];
    let text = state.reply_text(card).unwrap_or_default().to_string();

    let insert_with = |mode: Option<InsertMode>| {
        let (state, services) = (state.clone(), services.clone());
        Callback::from(move |_: MouseEvent| insert_reply(&services, &state, card, mode))
    };
    let on_copy = {
        let (state, services, text) = (state.clone(), services.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            services.host.copy(&text);
            state.dispatch(Action::Copied { card });
        })
    };
    let on_edit_input = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            state.dispatch(Action::EditText { card, text });
        })
    };
    let n = card + 1;

    html! {
        <article class="defuse-reply" data-testid="defuse-reply" aria-label={format!("Reply {n}")}>
            <header class="defuse-reply-head">
                <span class="defuse-tag">{ reply.technique.label() }</span>
                <kbd class="defuse-kbd" title={format!("Alt+{n} inserts this reply")}>{ format!("Alt+{n}") }</kbd>
            </header>
            if let Some(edit) = ui.edit.clone() {
                <textarea class="defuse-editor" aria-label={format!("Edit reply {n}")}
                    value={edit} oninput={on_edit_input} rows="4" />
            } else {
                <p class="defuse-reply-text">{ text }</p>
            }
            <div class="defuse-actions">
                if ui.choosing {
                    <span class="defuse-ask" role="status">{ "Your draft is not empty." }</span>
                    <button type="button" class="defuse-button primary" data-testid="defuse-insert"
                        onclick={insert_with(Some(InsertMode::Insert))}>{ "Insert at cursor" }</button>
                    <button type="button" class="defuse-button" data-testid="defuse-replace"
                        onclick={insert_with(Some(InsertMode::Replace))}>{ "Replace draft" }</button>
                    <button type="button" class="defuse-button quiet"
                        onclick={on_click(state, Action::CancelInsert { card })}>{ "Cancel" }</button>
                } else {
                    if services.host.can_insert() {
                        <button type="button" class="defuse-button primary" data-testid="defuse-insert"
                            onclick={insert_with(None)}>{ if ui.edit.is_some() { "Insert edited" } else { "Insert" } }</button>
                    }
                    <button type="button" class="defuse-button" data-testid="defuse-copy" onclick={on_copy}>
                        { if ui.copied { "Copied" } else { "Copy" } }
                    </button>
                    if ui.edit.is_some() {
                        <button type="button" class="defuse-button quiet"
                            onclick={on_click(state, Action::CancelEdit { card })}>{ "Cancel edit" }</button>
                    } else {
                        <button type="button" class="defuse-button" data-testid="defuse-edit"
                            onclick={on_click(state, Action::StartEdit { card })}>{ "Edit" }</button>
                    }
                }
            </div>
        </article>
    }
}
