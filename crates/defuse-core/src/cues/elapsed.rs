//! Complaints about elapsed time: "three weeks", "for 2 days", "since Monday", "for hours".
//!
//! A duration is only a complaint when it has already passed. Promises and policies
//! ("within 24 hours", "in 3-5 business days", "a 30-day return window") are not, so the
//! word before the number and the unit's number agreement are checked.

use super::lexemes::Lexeme;
use super::{Hit, Origin};
use crate::signal::SignalKind;
use crate::text::{is_one_of, TokenKind};

/// A unit of time and the weight of a complaint about a span of it.
fn unit(norm: &str) -> Option<(f32, bool)> {
    // (weight, plural)
    Some(match norm {
        "minute" | "min" => (0.25, false),
        "minutes" | "mins" => (0.25, true),
        "hour" | "hr" => (0.3, false),
        "hours" | "hrs" => (0.3, true),
        "day" => (0.4, false),
        "days" => (0.4, true),
        "week" | "wk" | "fortnight" => (0.5, false),
        "weeks" | "wks" | "fortnights" => (0.5, true),
        "month" => (0.5, false),
        "months" => (0.5, true),
        "year" | "yr" => (0.5, false),
        "years" | "yrs" => (0.5, true),
        _ => return None,
    })
}

/// Words allowed between a number and its unit ("two whole weeks", "3 business days").
fn filler(norm: &str) -> bool {
    is_one_of(
        norm,
        "whole full entire solid straight long more odd plus business working",
    )
}

/// Words before a duration that make it a promise or a policy, not a wait.
fn promise(norm: &str) -> bool {
    is_one_of(
        norm,
        "in within next every per each under takes take allow up than only a",
    )
}

/// Words around "a week" that make one unit a wait ("for a week", "a week ago").
fn waited_before(norm: &str) -> bool {
    is_one_of(
        norm,
        "for over nearly almost past last about around than entire whole",
    )
}

fn weekday_or_day(norm: &str) -> bool {
    is_one_of(
        norm,
        "monday tuesday wednesday thursday friday saturday sunday yesterday morning january \
         february march april may june july august september october november december \
         christmas easter forever",
    )
}

fn number(l: &Lexeme<'_>) -> Option<u32> {
    if l.kind == TokenKind::Number {
        // Digits with separators ("1,000"): the leading group is enough to tell one from
        // many, and saturates rather than overflows.
        let value = l
            .norm
            .bytes()
            .take_while(u8::is_ascii_digit)
            .fold(0u32, |n, d| {
                n.saturating_mul(10).saturating_add(u32::from(d - b'0'))
            });
        return Some(value);
    }
    l.number_word()
}

/// The word before lexeme `i`, looking past number ranges ("in 3-5 days", "2 or 3 weeks").
fn word_before<'a>(lex: &'a [Lexeme<'_>], mut i: usize) -> Option<&'a str> {
    while i > 0 {
        i -= 1;
        let l = &lex[i];
        let range_part = l.kind == TokenKind::Number
            || is_one_of(&l.norm, "- – to or /")
            || (l.number_word().is_some() && !is_one_of(&l.norm, "a an"));
        if !range_part {
            return Some(&lex[i].norm);
        }
    }
    None
}

/// Whether the clause before lexeme `i` says something has not happened ("hasn't
/// changed", "no reply", "nothing"): then "in 9 days" is how long it has not, a wait, not a
/// promise. Future and modal negations ("won't arrive in 3 days") are not counted.
fn negated_before(lex: &[Lexeme<'_>], i: usize) -> bool {
    lex[..i]
        .iter()
        .rev()
        .take(8)
        .take_while(|l| !is_one_of(&l.norm, ". , ; ! ? but"))
        .any(|l| {
            is_one_of(
                &l.norm,
                "not no never nothing nobody none hasn't haven't hadn't didn't wasn't weren't \
                 isn't aren't",
            )
        })
}

fn push(hits: &mut Vec<Hit>, start: usize, end: usize, weight: f32) {
    hits.push(Hit {
        kind: SignalKind::ElapsedTime,
        start,
        end,
        weight,
        origin: Origin::Rule,
    });
}

/// Appends a hit for every elapsed-time complaint.
pub(super) fn find(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    let norm = |i: usize| lex.get(i).map(|l| &*l.norm);
    for i in 0..lex.len() {
        let here = &*lex[i].norm;
        // "since Monday", "since last week", "since the 3rd".
        if here == "since" {
            match norm(i + 1) {
                Some(n) if weekday_or_day(n) => push(hits, i, i + 2, 0.4),
                Some("last" | "this" | "early") if norm(i + 2).is_some() => {
                    push(hits, i, i + 3, 0.4)
                }
                // "since 3", "since 9am", "since 10:30".
                Some(n) if n.starts_with(|c: char| c.is_ascii_digit()) => push(hits, i, i + 2, 0.4),
                _ => {}
            }
            continue;
        }
        // "for hours", "for days", "for ages", "over a month" is handled below.
        if matches!(here, "for" | "over") {
            if let Some(next) = norm(i + 1) {
                if let Some((w, true)) = unit(next) {
                    push(hits, i, i + 2, w);
                } else if matches!(next, "ages" | "ever" | "eternity") {
                    push(hits, i, i + 2, 0.4);
                }
            }
            continue;
        }
        // "taking forever", "took ages".
        if here == "forever" && norm(i.wrapping_sub(1)) != Some("for") {
            push(hits, i, i + 1, 0.4);
            continue;
        }
        if here == "ages"
            && (matches!(
                norm(i.wrapping_sub(1)),
                Some("taken" | "taking" | "takes" | "took")
            ) || norm(i + 1) == Some("ago"))
        {
            push(hits, i, i + 1, 0.4);
            continue;
        }
        // "weeks ago" with no number.
        if let Some((w, true)) = unit(here) {
            let counted = i > 0
                && (number(&lex[i - 1]).is_some()
                    || norm(i - 1) == Some("of")
                    || filler(&lex[i - 1].norm));
            if norm(i + 1) == Some("ago") && !counted {
                push(hits, i, i + 2, w);
                continue;
            }
        }
        // A number, an optional filler or "of", and a unit: "three weeks", "a couple of days".
        let Some(n) = number(&lex[i]) else {
            continue;
        };
        let mut j = i + 1;
        let mut n = n;
        if matches!(here, "a" | "an") && matches!(norm(j), Some("couple" | "few")) {
            n = 2;
            j += 1;
        }
        if norm(j) == Some("of") {
            j += 1;
        }
        while norm(j).is_some_and(filler) {
            j += 1;
        }
        let Some((weight, plural)) = norm(j).and_then(unit) else {
            continue;
        };
        // "a 30-day window", "2 hour delivery": a singular unit after a number above one
        // is an adjective, unless what it measures is a wait ("a 48 minute hold").
        let wait = norm(j + 1).is_some_and(|w| is_one_of(w, "hold wait queue delay"));
        if n > 1 && !plural && !wait {
            continue;
        }
        let before = word_before(lex, i);
        if before.is_some_and(promise)
            && !(before == Some("in") && negated_before(lex, i))
            && !(before == Some("a") && wait)
        {
            continue;
        }
        let after = norm(j + 1);
        if n == 1
            && !before.is_some_and(waited_before)
            && !after.is_some_and(|a| is_one_of(a, "ago now already later"))
        {
            continue;
        }
        // A short wait in minutes is no complaint.
        if norm(j).is_some_and(|u| is_one_of(u, "minute minutes min mins")) && n < 15 {
            continue;
        }
        push(hits, i, j + 1, weight);
    }
}

#[cfg(test)]
mod tests {
    use crate::signal::SignalKind;
    use crate::text::tokenize;

    fn waits(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        super::super::detect(text, &tokens)
            .0
            .into_iter()
            .filter(|s| s.kind == SignalKind::ElapsedTime)
            .map(|s| s.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn waits_that_have_passed() {
        assert_eq!(waits("I ordered three weeks ago"), vec!["three weeks"]);
        assert_eq!(waits("down for 2 days"), vec!["2 days"]);
        assert_eq!(waits("placed on a 48 minute hold"), vec!["48 minute"]);
        assert!(waits("a 2 hour delivery slot").is_empty());
        assert_eq!(waits("since Monday"), vec!["since Monday"]);
        assert_eq!(waits("on hold for hours"), vec!["on hold", "for hours"]);
        assert_eq!(waits("over a month now"), vec!["a month"]);
        assert_eq!(waits("a couple of weeks ago"), vec!["a couple of weeks"]);
        assert_eq!(waits("it's taking forever"), vec!["forever"]);
        assert_eq!(waits("my ticket hasn't changed in 9 days"), vec!["9 days"]);
        assert_eq!(waits("no reply in two weeks"), vec!["two weeks"]);
    }

    #[test]
    fn promises_and_policies_are_not_waits() {
        assert!(waits("we reply within 24 hours").is_empty());
        assert!(waits("arrives in 3-5 business days").is_empty());
        assert!(waits("a 30-day return window").is_empty());
        assert!(waits("give me 5 minutes").is_empty());
        assert!(waits("I'll call you in a week").is_empty());
        assert!(waits("since you asked").is_empty());
        assert!(waits("it won't arrive in 3 days").is_empty());
        assert!(waits("don't worry, it ships in 2 days").is_empty());
    }
}
