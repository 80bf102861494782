//! Putting text into the host's composer: the reply cards, their keyboard shortcuts and the
//! coach's "apply" all go through here, so the rule "a non-empty draft is never overwritten
//! without the agent choosing to" lives in one place.

use std::rc::Rc;

use crate::excerpt::apply_rewrite;
use crate::mount::Services;
use crate::state::{Action, UiState};
use crate::{HostEvent, InsertMode};

/// Inserts reply `card`. `mode` is the agent's explicit choice; without one, an empty
/// composer gets the reply and a non-empty one makes the card ask (insert or replace).
/// While the card is asking, a plain request means "insert at cursor", which keeps the
/// draft.
pub(crate) fn insert_reply(
    services: &Services,
    state: &UiState,
    card: usize,
    mode: Option<InsertMode>,
) {
    let Some(text) = state.reply_text(card) else {
        return;
    };
    if !services.host.can_insert() {
        return services.host.copy(text);
    }
    let choosing = state.cards.get(card).is_some_and(|c| c.choosing);
    let mode = match mode {
        Some(mode) => mode,
        None if choosing => InsertMode::Insert,
        None if services.host.draft().trim().is_empty() => InsertMode::Insert,
        None => return services.bus.send(Action::AskInsertMode { card }),
    };
    match services.host.insert(text, mode) {
        Ok(()) => {
            services.bus.send(Action::Inserted { card: Some(card) });
            let technique = state
                .snapshot
                .advice
                .as_ref()
                .and_then(|a| a.replies.get(card))
                .map(|r| r.technique);
            if let Some(technique) = technique {
                services.host.emit(HostEvent::ReplyInserted {
                    text: text.to_string(),
                    technique,
                });
            }
        }
        Err(e) => services
            .bus
            .send(Action::ShowError(format!("Could not insert: {e}"))),
    }
}

/// Undoes the last insert.
pub(crate) fn undo(services: &Services) {
    services.host.undo_insert();
    services.bus.send(Action::Undone);
}

/// Applies the coach's rewrite of flag `index`: the current draft with just that phrase
/// replaced, put back with [`InsertMode::Replace`] (undoable).
pub(crate) fn apply_flag(services: &Services, state: &UiState, index: usize) {
    let Some(coached) = state.coached.as_ref() else {
        return;
    };
    let Some(flag) = coached.feedback.as_ref().and_then(|f| f.flags.get(index)) else {
        return;
    };
    let Some(rewrite) = crate::advice::flag_rewrite(flag) else {
        return;
    };
    let current = services.host.draft();
    let Some(fixed) = apply_rewrite(&current, &coached.draft, flag.span, rewrite) else {
        return services.bus.send(Action::ShowError(
            "That phrase is no longer in the draft.".into(),
        ));
    };
    match services.host.insert(&fixed, InsertMode::Replace) {
        Ok(()) => {
            services.bus.send(Action::Inserted { card: None });
            // Re-coach at once rather than wait for the host's debounced draft event.
            if let Ok(mut engine) = services.engine.try_borrow_mut() {
                let coached = engine.coach(fixed);
                drop(engine);
                services.bus.send(Action::Coached(Rc::new(coached)));
            }
        }
        Err(e) => services
            .bus
            .send(Action::ShowError(format!("Could not apply: {e}"))),
    }
}
