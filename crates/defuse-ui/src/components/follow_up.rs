//! The timers: the customer's wait (`wait_timer`), then the follow-up reminder
//! (the agent promises to get back, picks a delay, and sees the countdown and then a due
//! state), then the follow-up the agent promised in the chat itself ("within the hour"), as
//! the playbook tracks it: pending, kept, late or overdue.

use defuse_core::playbook::{FollowUp as Promise, FollowUpStatus};
use defuse_core::Millis;
use yew::prelude::*;

use super::wait_timer::wait_line;
use super::{class_list, clock_text, on_click, StateContext};
use crate::mount::now;
use crate::settings::FOLLOW_UP_CHOICES;
use crate::state::{Action, UiState};

/// The line about a promise made in the chat, as of `now_ms`.
fn promise_line(promise: &Promise, now_ms: i64) -> Html {
    let (class, status) = match promise.status {
        FollowUpStatus::Pending if now_ms >= promise.due.0 => ("overdue", "due now".to_string()),
        FollowUpStatus::Pending => (
            "pending",
            format!("due in {}", clock_text(promise.due.0 - now_ms)),
        ),
        FollowUpStatus::Kept => ("kept", "kept".to_string()),
        FollowUpStatus::Late => ("late", "kept, but late".to_string()),
        FollowUpStatus::Overdue => ("overdue", "overdue".to_string()),
    };
    html! {
        <p ~className={class_list("defuse-promise", &[Some(class)])}>
            { format!("You promised a follow-up {}: {status}", promise.promised) }
        </p>
    }
}

/// Whether the timers show and any of them runs: the sidebar is open and the customer
/// waits, the reminder is set, or a promise made in the chat is pending. The root's clock
/// ticks (and the sidebar re-renders) each second while they do.
pub(crate) fn timers_running(state: &UiState) -> bool {
    let pending = state
        .snapshot
        .advice
        .as_ref()
        .and_then(|a| a.follow_up.as_ref())
        .is_some_and(|p| p.status == FollowUpStatus::Pending);
    let running =
        state.snapshot.state.waiting_since.is_some() || state.follow_up_due.is_some() || pending;
    running && !state.settings.collapsed
}

/// The timers: the customer's wait, the agent's follow-up reminder and the follow-up the
/// agent promised in the chat, as of the state's clock (`UiState::now_ms`).
pub(crate) fn timers(state: &StateContext) -> Html {
    let now_ms = state.now_ms;
    let promise = state
        .snapshot
        .advice
        .as_ref()
        .and_then(|a| a.follow_up.as_ref());
    html! {
        <div class="defuse-timers">
            { wait_line(state.snapshot.state.waiting_since, now_ms) }
            { reminder(state, now_ms) }
            { for promise.map(|p| promise_line(p, now_ms)) }
        </div>
    }
}

fn reminder(state: &StateContext, now_ms: i64) -> Html {
    let due = state.follow_up_due;
    let clear = on_click(state, Action::ClearFollowUp);
    match due {
        Some(due) if now_ms >= due.0 => html! {
            <div class="defuse-followup due" data-testid="defuse-followup" role="status">
                <span class="defuse-timer-label">{ "Follow-up due" }</span>
                <button type="button" class="defuse-button" onclick={clear}>{ "Done" }</button>
            </div>
        },
        Some(due) => html! {
            <div class="defuse-followup set" data-testid="defuse-followup">
                <span class="defuse-timer-label">{ "Follow up in" }</span>
                <time class="defuse-timer">{ clock_text(due.0 - now_ms) }</time>
                <button type="button" class="defuse-button quiet" onclick={clear}>{ "Clear" }</button>
            </div>
        },
        None => {
            let preferred = state.settings.follow_up_minutes;
            let mut choices = FOLLOW_UP_CHOICES.to_vec();
            if !choices.contains(&preferred) {
                choices.insert(0, preferred);
            }
            let buttons = choices.into_iter().map(|minutes| {
                let state = state.clone();
                let set = Callback::from(move |_: MouseEvent| {
                    let due = Millis(now().0 + i64::from(minutes) * 60_000);
                    state.dispatch(Action::SetFollowUp { due });
                });
                let class = class_list("defuse-button", &[(minutes == preferred).then_some("primary")]);
                html! {
                    <button type="button" ~className={class} onclick={set}>{ format!("{minutes} min") }</button>
                }
            });
            html! {
                // The group's visible label names the buttons' purpose, so each button's
                // accessible name is just its visible text (WCAG 2.5.3, label in name).
                <div class="defuse-followup" data-testid="defuse-followup" role="group"
                    aria-labelledby="defuse-followup-label">
                    <span id="defuse-followup-label" class="defuse-timer-label">{ "Follow up in" }</span>
                    { for buttons }
                </div>
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use defuse_core::{Millis, State};

    use super::timers_running;
    use crate::engine::Snapshot;
    use crate::settings::Settings;
    use crate::state::UiState;

    #[test]
    fn the_clock_runs_while_a_shown_timer_runs() {
        let mut state = UiState::new(Settings::default());
        assert!(!timers_running(&state));
        state.follow_up_due = Some(Millis(5));
        assert!(timers_running(&state));
        state.follow_up_due = None;
        state.snapshot = Rc::new(Snapshot {
            state: State {
                waiting_since: Some(Millis(1)),
                ..State::default()
            },
            ..Snapshot::default()
        });
        assert!(timers_running(&state));
        // Folded, the timers are not shown: no clock.
        state.settings.collapsed = true;
        assert!(!timers_running(&state));
    }
}
