//! The draft coach: the verdict on the agent's unsent draft, and each flagged phrase with
//! its reason and a calmer rewrite the agent can apply.

use yew::prelude::*;

use super::StateContext;
use crate::advice::{flag_label, flag_reason, flag_rewrite, flag_tip, verdict_text};
use crate::excerpt::excerpt;
use crate::insert::apply_flag;
use crate::mount::Services;

/// The coach section.
pub(crate) fn coach(state: &StateContext, services: &Services) -> Html {
    let coached = state.coached.clone();
    let feedback = coached
        .as_ref()
        .and_then(|c| c.feedback.as_ref().map(|f| (c, f)));
    let body = match feedback {
        None => {
            html! { <p class="defuse-muted">{ "Start typing a reply to get feedback on it." }</p> }
        }
        Some((coached, feedback)) => {
            let (verdict, modifier) = verdict_text(feedback.verdict);
            let flags = feedback.flags.iter().enumerate().map(|(i, flag)| {
                let e = excerpt(&coached.draft, flag.span);
                let apply = {
                    let (state, services) = (state.clone(), services.clone());
                    Callback::from(move |_: MouseEvent| apply_flag(&services, &state, i))
                };
                html! {
                    <li class="defuse-flag" data-testid="defuse-coach-flag">
                        <span class="defuse-reason-label">{ flag_label(flag) }</span>
                        if !flag.span.is_empty() {
                            <q class="defuse-reason-text">{ e.before }<mark>{ e.words }</mark>{ e.after }</q>
                        }
                        <p class="defuse-flag-reason">{ flag_reason(flag).to_string() }</p>
                        if let Some(tip) = flag_tip(flag) {
                            <p class="defuse-flag-tip">{ tip.to_string() }</p>
                        }
                        if let Some(rewrite) = flag_rewrite(flag) {
                            <p class="defuse-flag-rewrite">
                                <span>{ "Try: " }<q>{ rewrite.to_string() }</q></span>
                                <button type="button" class="defuse-button" onclick={apply}>{ "Apply" }</button>
                            </p>
                        }
                    </li>
                }
            });
            html! {
                <>
                    <p class={classes!("defuse-verdict", modifier)} data-testid="defuse-verdict">{ verdict }</p>
                    <ul class="defuse-list">{ for flags }</ul>
                </>
            }
        }
    };
    html! {
        <section class="defuse-coach" data-testid="defuse-coach" aria-labelledby="defuse-coach-h">
            <h3 id="defuse-coach-h">{ "Draft coach" }</h3>
            { body }
        </section>
    }
}
