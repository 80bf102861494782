//! The timers component: the customer's wait (`wait_timer`), then the follow-up reminder
//! (the agent promises to get back, picks a delay, and sees the countdown and then a due
//! state), then the follow-up the agent promised in the chat itself ("within the hour"), as
//! the playbook tracks it: pending, kept, late or overdue.

use defuse_core::playbook::{FollowUp as Promise, FollowUpStatus};
use defuse_core::Millis;
use yew::prelude::*;

use super::wait_timer::wait_line;
use super::{class_list, clock_text, use_clock, StateContext};
use crate::mount::now;
use crate::settings::FOLLOW_UP_CHOICES;
use crate::state::Action;

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

/// The timers' properties.
#[derive(Properties, PartialEq)]
pub struct TimersProps {
    /// The sidebar's state.
    pub state: StateContext,
}

/// The timers: the customer's wait, the agent's follow-up reminder and the follow-up the
/// agent promised in the chat. One component with one clock, ticking while any of them runs.
#[component]
pub fn Timers(props: &TimersProps) -> Html {
    let state = &props.state;
    let since = state.snapshot.state.waiting_since;
    let promise = state
        .snapshot
        .advice
        .as_ref()
        .and_then(|a| a.follow_up.as_ref());
    let pending = promise.is_some_and(|p| p.status == FollowUpStatus::Pending);
    let now_ms = use_clock(since.is_some() || state.follow_up_due.is_some() || pending);
    html! {
        <div class="defuse-timers">
            { wait_line(since, now_ms) }
            { reminder(state, now_ms) }
            { for promise.map(|p| promise_line(p, now_ms)) }
        </div>
    }
}

fn reminder(state: &StateContext, now_ms: i64) -> Html {
    let due = state.follow_up_due;
    let clear = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ClearFollowUp))
    };
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
