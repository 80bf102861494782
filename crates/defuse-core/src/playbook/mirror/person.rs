//! The person swap: the customer's "my" is the agent's "your", the customer's "you" (the
//! company) is the agent's "we" or "us"; and the check that the result opens with a subject.

use super::words::{SUBJECT_BEFORE, TOPIC_NOUNS};
use super::Word;
use crate::text::{is_in_sorted, is_one_of, lookup};

/// The person swap for every pronoun but "you", "am" and "was" (which need their
/// neighbours), as `customer's=agent's` pairs.
const SWAPS: &str = "i=you i'm=you're i've=you've i'd=you'd i'll=you'll me=you my=your \
    mine=yours myself=yourself we=you we're=you're we've=you've we'll=you'll we'd=you'd our=your \
    ours=yours us=you ourselves=yourselves your=our yours=ours yourself=ourselves \
    yourselves=ourselves you're=we're you've=we've you'll=we'll you'd=we'd";

/// Swaps first and second person: the customer's "my" is the agent's "your", the
/// customer's "you" (the company) is the agent's "we".
pub(super) fn swap_person<'a>(clause: &[Word<'a>]) -> Vec<Word<'a>> {
    let mut out: Vec<Word<'a>> = Vec::with_capacity(clause.len());
    let mut i = 0;
    while i < clause.len() {
        let w = &clause[i];
        let prev = if i == 0 { "" } else { clause[i - 1].low };
        let next = clause.get(i + 1).map_or("", |w| w.low);
        let swapped: Option<&str> = match w.low {
            "am" if prev == "i" || next == "i" => Some("are"),
            "was" if prev == "i" || next == "i" => Some("were"),
            "you" => {
                let group = is_one_of(next, "guys people lot");
                let subject =
                    i == 0 || group || is_one_of(prev, SUBJECT_BEFORE) || verb_after_you(next);
                if group {
                    i += 1;
                }
                Some(if subject { "we" } else { "us" })
            }
            low => lookup(low, SWAPS),
        };
        out.push(match swapped {
            Some(s) => Word::new(s),
            None => *w,
        });
        i += 1;
    }
    // A pronoun swapped from "I" never keeps "I"'s capital; anything else keeps its case.
    if let Some(first) = out.first_mut() {
        if first.out != first.low && first.out.chars().skip(1).all(|c| !crate::case::is_upper(c)) {
            let keep = first.out.chars().next().is_some_and(crate::case::is_upper)
                && !is_function_word(first.low);
            if !keep {
                first.out = first.low;
            }
        }
    }
    out
}

/// Whether `next` makes the "you" before it a subject ("the item you sent").
fn verb_after_you(next: &str) -> bool {
    (next.len() > 3 && next.ends_with("ed"))
        || next.ends_with("n't")
        || is_one_of(
            next,
            "sent said told lost sold gave made took are were have had did do can could will would \
             should keep kept still never always charge send need must broke put just also clearly",
        )
}

fn is_function_word(w: &str) -> bool {
    is_subject(w)
        || is_in_sorted(w, TOPIC_NOUNS)
        || is_one_of(w, "still no never nobody since after when")
}

pub(super) fn is_subject(w: &str) -> bool {
    is_one_of(
        w,
        "you you're you've you'd you'll your we we're we've we'll we'd our the this that these \
         those it it's its there there's nobody someone somebody everyone every a an they they're \
         he she all both each nothing none one two three yours",
    )
}

pub(super) fn starts_with_subject(clause: &[Word]) -> bool {
    let Some(first) = clause.first() else {
        return false;
    };
    let leftover_first_person = clause
        .iter()
        .any(|w| is_one_of(w.low, "i i'm i've me my mine"));
    !leftover_first_person
        && (is_subject(first.low)
            || (first.low == "no" && clause.get(1).is_some_and(|w| w.low == "one")))
}
