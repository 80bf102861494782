//! Why the level is what it is: the latest customer message's signals, each with the words
//! that triggered it highlighted. Built from text nodes around a `<mark>`, never HTML.

use defuse_core::{Signal, SignalKind};
use yew::prelude::*;

use super::{class_list, StateContext};
use crate::excerpt::excerpt;

/// At most this many reasons are listed (the strongest first would hide the order the
/// customer wrote them in; text order with a cap reads better).
const MAX_REASONS: usize = 8;

/// The signals worth explaining: not the grammatical modifiers, no duplicates.
pub(crate) fn shown(signals: &[Signal]) -> Vec<&Signal> {
    let mut out: Vec<&Signal> = Vec::new();
    for s in signals {
        if matches!(s.kind, SignalKind::Negation | SignalKind::Contrast) {
            continue;
        }
        if out.iter().any(|o| o.kind == s.kind && o.span == s.span) {
            continue;
        }
        out.push(s);
        if out.len() == MAX_REASONS {
            break;
        }
    }
    out
}

/// The reasons list.
pub(crate) fn reasons(state: &StateContext) -> Html {
    let latest = state.snapshot.latest.as_ref();
    // A message Defuse cannot read makes no claim: say so instead of "nothing alarming".
    let unreadable = latest.is_some_and(|l| {
        l.signals
            .iter()
            .any(|s| s.kind == SignalKind::UnsupportedLanguage)
    });
    if unreadable {
        return html! {
            <section class="defuse-reasons" data-testid="defuse-reasons" aria-labelledby="defuse-reasons-h">
                <h3 id="defuse-reasons-h">{ "Why" }</h3>
                <p class="defuse-muted" data-testid="defuse-unsupported-language">
                    { "Defuse reads English only for now: the level stays where it was." }
                </p>
            </section>
        };
    }
    let items: Vec<Html> = latest
        .map(|l| {
            shown(&l.signals)
                .into_iter()
                .map(|signal| {
                    let e = excerpt(&l.text, signal.span);
                    let tone = if signal.weight < 0.0 { "calming" } else { "rising" };
                    html! {
                        <li ~className={class_list("defuse-reason", &[Some(tone)])} data-testid="defuse-reason">
                            <span class="defuse-reason-label">{ signal.kind.label() }</span>
                            <q class="defuse-reason-text">{ e.before }<mark>{ e.words }</mark>{ e.after }</q>
                        </li>
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    html! {
        <section class="defuse-reasons" data-testid="defuse-reasons" aria-labelledby="defuse-reasons-h">
            <h3 id="defuse-reasons-h">{ "Why" }</h3>
            if items.is_empty() {
                <p class="defuse-muted">{
                    if latest.is_some() { "Nothing alarming in the latest message." }
                    else { "Waiting for the customer's first message." }
                }</p>
            } else {
                <ul class="defuse-list">{ for items }</ul>
            }
        </section>
    }
}
