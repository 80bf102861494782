//! The draft coach: the verdict on the agent's unsent draft, and each flagged phrase with
//! its reason and a calmer rewrite the agent can apply.
//!
//! While the agent types, only the two most important flags show (the most severe, then in
//! text order); the rest wait behind "N more", a native `<details>` the agent opens on
//! demand (no state of its own, keyboard and screen-reader friendly, and it stays open
//! across keystrokes).

use defuse_core::playbook::DraftFlag;
use yew::prelude::*;

use super::{class_list, StateContext};
use crate::advice::{flag_label, flag_reason, flag_rewrite, flag_tip, verdict_text};
use crate::excerpt::excerpt;
use crate::insert::apply_flag;
use crate::mount::Services;

/// How many flags show while the agent types.
pub(crate) const SHOWN_FLAGS: usize = 2;

/// The flags' indices, most important first: the most severe, then in text order (one
/// pass per severity, 3 down to 0, rather than a sort: a generic sort costs the wasm a few KB).
pub(crate) fn by_importance(flags: &[DraftFlag]) -> Vec<usize> {
    let mut order = Vec::with_capacity(flags.len());
    for severity in (0..=3u8).rev() {
        for (i, flag) in flags.iter().enumerate() {
            if flag.kind.severity() == severity {
                order.push(i);
            }
        }
    }
    order
}

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
            let item = |i: usize| {
                let flag = &feedback.flags[i];
                let e = excerpt(&coached.draft, flag.span);
                let apply = {
                    let (state, services) = (state.clone(), services.clone());
                    Callback::from(move |_: MouseEvent| apply_flag(&services, &state, i))
                };
                html! {
                    <li class="defuse-flag" data-testid="defuse-coach-flag" key={i}>
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
            };
            let order = by_importance(&feedback.flags);
            let (shown, rest) = order.split_at(order.len().min(SHOWN_FLAGS));
            html! {
                <>
                    <p ~className={class_list("defuse-verdict", &[Some(modifier)])} data-testid="defuse-verdict">{ verdict }</p>
                    <ul class="defuse-list" data-testid="defuse-coach-flags">{ for shown.iter().map(|&i| item(i)) }</ul>
                    if !rest.is_empty() {
                        <details class="defuse-coach-more" data-testid="defuse-coach-more">
                            <summary>{ format!("{} more", rest.len()) }</summary>
                            <ul class="defuse-list">{ for rest.iter().map(|&i| item(i)) }</ul>
                        </details>
                    }
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

#[cfg(test)]
mod tests {
    use defuse_core::playbook::{DraftFlag, DraftFlagKind};

    use super::by_importance;

    #[test]
    fn flags_go_most_severe_first_then_in_text_order() {
        let flag = |kind| DraftFlag {
            kind,
            span: defuse_core::Span::new("", 0, 0),
            reason: String::new(),
            rewrite: String::new(),
        };
        let flags = [
            flag(DraftFlagKind::Jargon),
            flag(DraftFlagKind::Shouting),
            flag(DraftFlagKind::Blame),
            flag(DraftFlagKind::VaguePromise),
            flag(DraftFlagKind::NonApology),
        ];
        assert_eq!(by_importance(&flags), [2, 1, 4, 0, 3]);
        assert!(by_importance(&[]).is_empty());
    }
}
