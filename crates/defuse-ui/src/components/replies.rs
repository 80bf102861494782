//! The three reply cards, and Undo after an insert.

use yew::prelude::*;

use super::reply_card::reply_card;
use super::StateContext;
use crate::insert::undo;
use crate::mount::Services;

/// The replies section.
pub(crate) fn replies(state: &StateContext, services: &Services) -> Html {
    let can_undo = services.host.can_undo();
    let count = state
        .snapshot
        .advice
        .as_ref()
        .map_or(0, |a| a.replies.len().min(crate::state::CARDS));
    let on_undo = {
        let services = services.clone();
        Callback::from(move |_: MouseEvent| undo(&services))
    };
    html! {
        <section class="defuse-replies" aria-labelledby="defuse-replies-h">
            <h3 id="defuse-replies-h">{ "Replies" }</h3>
            if state.undo_available {
                <p class="defuse-undo-row">
                    <span>{ "Reply inserted." }</span>
                    if can_undo {
                        <button type="button" class="defuse-button" data-testid="defuse-undo" onclick={on_undo}>{ "Undo" }</button>
                    }
                </p>
            }
            if count == 0 {
                <p class="defuse-muted">{ "Suggestions appear once the customer writes." }</p>
            }
            { for (0..count).map(|card| reply_card(state, services, card)) }
        </section>
    }
}
