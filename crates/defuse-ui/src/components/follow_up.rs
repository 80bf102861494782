//! The follow-up reminder: the agent promises to get back, picks a delay, and sees the
//! countdown and then a due state.

use defuse_core::Millis;
use yew::prelude::*;

use super::{clock_text, use_clock, use_sidebar};
use crate::mount::now;
use crate::settings::FOLLOW_UP_CHOICES;
use crate::state::Action;

/// The reminder.
#[component]
pub fn FollowUp() -> Html {
    let (state, _) = use_sidebar();
    let due = state.follow_up_due;
    let now_ms = use_clock(due.is_some());
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
                let class = classes!("defuse-button", (minutes == preferred).then_some("primary"));
                html! {
                    <button type="button" {class} onclick={set}
                        aria-label={format!("Remind me to follow up in {minutes} minutes")}>
                        { format!("{minutes} min") }
                    </button>
                }
            });
            html! {
                <div class="defuse-followup" data-testid="defuse-followup">
                    <span class="defuse-timer-label">{ "Follow up in" }</span>
                    { for buttons }
                </div>
            }
        }
    }
}
