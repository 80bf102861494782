//! How long the customer has been waiting for an answer; the colour rises with the wait.

use yew::prelude::*;

use defuse_core::Millis;

use super::{class_list, clock_text};

/// The urgency class for a wait (the seed advice: the longer they wait, the angrier they
/// get; chat customers expect an answer within a minute or two).
pub(crate) fn wait_class(ms: i64) -> &'static str {
    match ms / 1_000 {
        ..=59 => "fresh",
        60..=179 => "warm",
        180..=299 => "late",
        _ => "overdue",
    }
}

/// The wait line: since when the last customer message has gone unanswered, if it has.
pub(crate) fn wait_line(since: Option<Millis>, now_ms: i64) -> Html {
    match since {
        Some(since) => {
            let ms = (now_ms - since.0).max(0);
            html! {
                <p ~className={class_list("defuse-wait", &[Some(wait_class(ms))])} data-testid="defuse-wait">
                    <span class="defuse-timer-label">{ "Waiting" }</span>
                    <time class="defuse-timer">{ clock_text(ms) }</time>
                </p>
            }
        }
        None => html! {
            <p class="defuse-wait none" data-testid="defuse-wait">
                <span class="defuse-timer-label">{ "No one waiting" }</span>
            </p>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::wait_class;

    #[test]
    fn urgency_rises_with_the_wait() {
        let classes: Vec<_> = [0, 59_999, 60_000, 200_000, 300_000]
            .map(wait_class)
            .to_vec();
        assert_eq!(classes, ["fresh", "fresh", "warm", "late", "overdue"]);
    }
}
