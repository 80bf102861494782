//! Clauses: where a sentence splits ("... and nobody answers"), and the fixes made in the
//! customer's own voice before the person swap (a subject for "still waiting", "never
//! came" -> "never arrived", "nobody answers my emails" -> "my emails went unanswered").

use super::person::is_subject;
use super::words::TOPIC_NOUNS;
use super::Word;
use crate::text::{is_in_sorted, is_one_of};

/// "I'm not happy", "I'm so fed up": how they feel, which the templates already
/// acknowledge; the clause next to it says what went wrong.
pub(super) fn is_feeling(clause: &[Word]) -> bool {
    let first = clause.first().map_or("", |w| w.low);
    let second = clause.get(1).map_or("", |w| w.low);
    (first == "i'm" || (first == "i" && second == "am"))
        && clause.iter().any(|w| {
            is_one_of(
                w.low,
                "happy angry upset annoyed frustrated furious fed disappointed sick tired done \
                 livid pissed",
            )
        })
}

/// Splits at "and" / "but" / commas, but only where what follows can stand as a clause
/// (so "my phone and laptop broke" stays whole).
pub(super) fn split_clauses(words: Vec<Word<'_>>) -> Vec<(Option<&'static str>, Vec<Word<'_>>)> {
    let mut clauses: Vec<(Option<&'static str>, Vec<Word<'_>>)> = vec![(None, Vec::new())];
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let joint = match w.low {
            "and" => Some("and"),
            "but" => Some("but"),
            "," => Some(","),
            _ => None,
        };
        if let Some(mut joint) = joint {
            // ", and" / ", but" is one joint.
            let mut next = i + 1;
            if joint == "," && matches!(words.get(next).map(|w| w.low), Some("and" | "but")) {
                joint = if words[next].low == "but" {
                    "but"
                } else {
                    "and"
                };
                next += 1;
            }
            // "and then" / "and still" / "and now" keep their adverb with the new clause.
            let rest = &words[next..];
            if can_start_clause(rest) && clauses.last().is_some_and(|c| !c.1.is_empty()) {
                clauses.push((Some(joint), Vec::new()));
                i = next;
                continue;
            }
            if joint == "," {
                // ", order 5512": a reference tacked on, dropped; any other fragment keeps
                // its comma.
                let fragment_end = words[next..]
                    .iter()
                    .position(|w| w.low == ",")
                    .map_or(words.len(), |p| next + p);
                let reference = words[next..fragment_end]
                    .iter()
                    .any(|w| w.low.chars().any(|c| c.is_ascii_digit()));
                if reference {
                    i = fragment_end;
                    continue;
                }
            }
        }
        if let Some(last) = clauses.last_mut() {
            last.1.push(words[i]);
        }
        i += 1;
    }
    clauses.retain(|c| !c.1.is_empty());
    clauses
}

fn can_start_clause(rest: &[Word]) -> bool {
    let first = rest.first().map_or("", |w| w.low);
    let first = if is_one_of(first, "then now") {
        rest.get(1).map_or("", |w| w.low)
    } else {
        first
    };
    is_subject(first)
        || is_one_of(
            first,
            "i i'm i've i'd i'll me my we we're we've our still no can't cannot been waiting \
             nobody",
        )
}

/// Clause-level fixes in the customer's voice: subjectless openings get a subject, and a
/// few loaded phrasings get a neutral form.
pub(super) fn fix_clause(mut clause: Vec<Word<'_>>) -> Option<Vec<Word<'_>>> {
    if clause.first().is_some_and(|w| is_one_of(w.low, "then now")) {
        clause.remove(0);
    }
    // Subjectless openings common in chat.
    let prefix: &[&str] = match (low(&clause, 0), low(&clause, 1)) {
        ("still", "no" | "nothing") => &["there's"],
        ("nothing", "") => &["there's", "been"],
        ("still", "waiting") | ("waiting", _) => &["i'm"],
        ("still", "haven't" | "can't" | "don't" | "didn't" | "have" | "cannot") => &["i"],
        ("no", w) if !matches!(w, "one") => &["there's", "been"],
        (
            "can't" | "cannot" | "couldn't" | "didn't" | "haven't" | "paid" | "ordered" | "tried"
            | "called" | "emailed" | "waited" | "got" | "received" | "bought",
            _,
        ) => &["i"],
        ("been", _) => &["i've"],
        (w, _) if is_in_sorted(w, TOPIC_NOUNS) => &["the"],
        _ => &[],
    };
    for (i, p) in prefix.iter().enumerate() {
        clause.insert(i, Word::new(p));
    }
    // "never came" -> "never arrived": the neutral word for a delivery. A `while` loop,
    // not `for i in 1..len`: "showed up" -> "arrived" removes a word as it goes.
    let mut i = 1;
    while i < clause.len() {
        let before = low(&clause, i - 1);
        let negated = before == "never" || before == "not" || before.ends_with("n't");
        let replacement = match clause[i].low {
            "came" | "come" if negated && is_particle(low(&clause, i + 1)) => None,
            "came" if negated => Some("arrived"),
            "come" if negated => Some("arrive"),
            "showed" if negated && low(&clause, i + 1) == "up" => Some("arrived"),
            _ => None,
        };
        if let Some(r) = replacement {
            clause[i] = Word::new(r);
            if r == "arrived" && low(&clause, i + 1) == "up" {
                clause.remove(i + 1);
            }
        }
        i += 1;
    }
    // "you keep ignoring my emails" -> "my emails went unanswered": the agent should not
    // say "we are ignoring your emails".
    if low(&clause, 0) == "you" || low(&clause, 0) == "you're" {
        let at = (1..clause.len().min(4))
            .find(|&i| is_one_of(low(&clause, i), "ignoring ignored ignore"));
        if let Some(at) = at.filter(|&a| a + 1 < clause.len()) {
            let mut object = clause[at + 1..].to_vec();
            object.extend(["went", "unanswered"].map(Word::new));
            return Some(object);
        }
    }
    // "nobody answers my emails" -> "my emails went unanswered".
    let nobody = match (low(&clause, 0), low(&clause, 1)) {
        ("nobody", _) => Some(1),
        ("no", "one") => Some(2),
        _ => None,
    };
    if let Some(at) = nobody {
        let mut verb_at = at;
        let mut perfect = false;
        if is_one_of(low(&clause, verb_at), "has is ever") {
            perfect = low(&clause, verb_at) == "has";
            verb_at += 1;
        }
        let verb = low(&clause, verb_at);
        let mut object_at = verb_at + 1;
        if is_one_of(
            verb,
            "replies replied responds responded replying responding",
        ) && low(&clause, object_at) == "to"
        {
            object_at += 1;
        }
        let answering = is_one_of(
            verb,
            "answers answered answering replies replied replying responds responded responding \
             reads read",
        );
        if answering && object_at < clause.len() {
            let mut object = clause[object_at..].to_vec();
            let plural = object.last().is_some_and(|w| w.low.ends_with('s'));
            let tail: &[&str] = match (perfect, plural) {
                (true, true) => &["have", "gone", "unanswered"],
                (true, false) => &["has", "gone", "unanswered"],
                (false, _) => &["went", "unanswered"],
            };
            object.extend(tail.iter().map(|t| Word::new(t)));
            return Some(object);
        }
    }
    (!clause.is_empty()).then_some(clause)
}

/// The lowercased word at `i` of `clause`, or "" past its end.
fn low<'a>(clause: &[Word<'a>], i: usize) -> &'a str {
    clause.get(i).map_or("", |w| w.low)
}

/// Words that make "come" part of a phrasal verb ("come through"), not "arrive".
fn is_particle(w: &str) -> bool {
    is_one_of(w, "through back out up with across off on over in")
}
