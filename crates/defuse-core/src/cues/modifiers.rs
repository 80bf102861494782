//! Words that change how other words read: intensifiers ("so angry"), negation ("not
//! happy", "never arrived"), apologies ("sorry for the trouble") and contrast ("fine, but
//! it broke again").

use super::lexemes::Lexeme;
use super::{is_affect, Hit, Origin};
use crate::lexicon::class;
use crate::signal::SignalKind;
use crate::text::{is_one_of, TokenKind};

/// How many words after a negator it reaches ("not at all happy").
const NEGATION_REACH: usize = 3;
/// How many lexemes after "sorry for" an apology covers.
const APOLOGY_REACH: usize = 6;

/// Applies every modifier, in the order that makes them compose: intensity first, then
/// negation (which may turn an expectation into a complaint), then apologies (which cover
/// complaints negation produced: "sorry for not replying"), then contrast.
pub(super) fn apply(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    intensify(lex, hits);
    negate(lex, hits);
    forgive_apologies(lex, hits);
    contrast(lex, hits);
}

fn intensify(lex: &[Lexeme<'_>], hits: &mut [Hit]) {
    let comparisons: Vec<usize> = (0..lex.len())
        .filter_map(|n| negated_comparison(lex, n))
        .collect();
    for hit in hits.iter_mut() {
        if hit.origin != Origin::Word || !is_affect(hit.kind) || hit.start == 0 {
            continue;
        }
        if lex[hit.start - 1].is(class::INTENSIFIER) || comparisons.contains(&hit.start) {
            hit.weight *= 1.3;
        }
    }
}

/// Where the word a negated comparison intensifies starts, when lexeme `n` opens one:
/// "couldn't be more useless", "could not be any worse", "can't get any more annoying" say
/// the thing is as bad (or good) as it gets; nothing in them is denied.
fn negated_comparison(lex: &[Lexeme<'_>], n: usize) -> Option<usize> {
    let norm = |i: usize| lex.get(i).map(|l| &*l.norm);
    if !lex[n].negates() || !norm(n + 1).is_some_and(|w| is_one_of(w, "be get")) {
        return None;
    }
    match (norm(n + 2), norm(n + 3)) {
        (Some("any"), Some("more")) => Some(n + 4),
        (Some(w), _) if is_one_of(w, "more any") => Some(n + 3),
        _ => None,
    }
}

/// Whether lexeme `i` ends a negation's reach: punctuation or a contrast word.
fn ends_clause(l: &Lexeme<'_>) -> bool {
    (l.kind != TokenKind::Word && l.kind != TokenKind::Number) || l.is(class::CONTRAST)
}

fn negate(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    // Sorted by start, each negator finds the hits in its reach by binary search; the
    // negated hits' new starts are applied after the loop so the order holds throughout.
    crate::order::sort_by_key(hits, |h| h.start as u64);
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut negations = Vec::new();
    for (n, l) in lex.iter().enumerate() {
        if !l.negates() {
            continue;
        }
        // "not only ... but", "no doubt", "nothing but" do not negate what follows.
        if lex
            .get(n + 1)
            .is_some_and(|x| is_one_of(&x.norm, "only doubt but just sure"))
        {
            continue;
        }
        if negated_comparison(lex, n).is_some() {
            continue;
        }
        let mut reach_end = n + 1;
        let mut words = 0;
        while reach_end < lex.len() && words < NEGATION_REACH && !ends_clause(&lex[reach_end]) {
            reach_end += 1;
            words += 1;
        }
        let lo = hits.partition_point(|h| h.start <= n);
        let hi = hits.partition_point(|h| h.start < reach_end);
        let mut used = false;
        for (k, hit) in hits.iter_mut().enumerate().take(hi).skip(lo) {
            if !matches!(hit.origin, Origin::Word | Origin::Expectation) {
                continue;
            }
            let strength = hit.weight.abs();
            let changed = match hit.kind {
                // "not happy", "not helpful": a complaint.
                SignalKind::Positive => {
                    hit.kind = SignalKind::Negative;
                    hit.weight = (strength * 0.9).max(0.3);
                    true
                }
                // "not bad", "no problem": mildly positive, never negative.
                SignalKind::Negative if hit.origin == Origin::Word => {
                    hit.kind = SignalKind::Positive;
                    hit.weight = -(strength * 0.5);
                    true
                }
                // "never arrived", "doesn't work", "no reply".
                SignalKind::Negative => {
                    hit.weight = 0.4;
                    true
                }
                // "not angry", "don't worry", "no thanks": the feeling is denied.
                kind if is_affect(kind) => {
                    hit.weight = 0.0;
                    true
                }
                _ => false,
            };
            if changed {
                hit.origin = Origin::Rule;
                moves.push((k, n));
                used = true;
                // A negator turns the nearest feeling or expectation only: "can't pay, want
                // help" complains about paying, not about help.
                break;
            }
        }
        if used {
            negations.push(n);
        }
    }
    for (k, n) in moves {
        hits[k].start = n;
    }
    // Denied feelings are dropped rather than kept at zero weight (as are expectations no
    // negator reached: they were never complaints).
    hits.retain(|h| !(h.weight == 0.0 && is_affect(h.kind)));
    hits.extend(negations.into_iter().map(|n| Hit {
        kind: SignalKind::Negation,
        start: n,
        end: n + 1,
        weight: 0.0,
        origin: Origin::Rule,
    }));
}

/// Drops complaint words inside an apology ("I'm sorry for the trouble"): the speaker is
/// owning a problem, not complaining about it.
fn forgive_apologies(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    // Reaches of the apologies, in order and merged where they overlap.
    let mut reaches: Vec<(usize, usize)> = Vec::new();
    for (a, l) in lex.iter().enumerate() {
        if !l.is(class::APOLOGY) {
            continue;
        }
        let linked = lex[a + 1..]
            .iter()
            .take(2)
            .any(|x| is_one_of(&x.norm, "for about that to if"));
        if !linked {
            continue;
        }
        let mut reach_end = a + 1;
        while reach_end < lex.len()
            && reach_end - a <= APOLOGY_REACH
            && !lex[reach_end].is(class::CONTRAST)
            && !is_one_of(&lex[reach_end].norm, ". ! ? ... !! ??")
        {
            reach_end += 1;
        }
        match reaches.last_mut() {
            Some(last) if a < last.1 => last.1 = last.1.max(reach_end),
            _ => reaches.push((a, reach_end)),
        }
    }
    if reaches.is_empty() {
        return;
    }
    hits.retain(|h| {
        let complaint = matches!(
            h.kind,
            SignalKind::Negative
                | SignalKind::Frustration
                | SignalKind::Disappointment
                | SignalKind::Anxiety
                | SignalKind::Negation
        );
        let at = reaches.partition_point(|r| r.0 < h.start);
        let inside = at > 0 && h.start < reaches[at - 1].1;
        !(inside && complaint)
    });
}

/// After "but"/"however", the second clause is what the customer means: the first clause's
/// feelings weigh half, the second's more.
fn contrast(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    let marks: Vec<usize> = lex
        .iter()
        .enumerate()
        .filter(|&(c, l)| {
            if l.kind != TokenKind::Word || !l.is(class::CONTRAST) {
                return false;
            }
            let prev = c.checked_sub(1).map(|p| &*lex[p].norm);
            let next = lex.get(c + 1).map(|x| &*x.norm);
            // "nothing but", "all but", "but also", a trailing "though" are not contrasts.
            !(prev.is_some_and(|p| is_one_of(p, "nothing anything all everything"))
                || next.is_some_and(|n| is_one_of(n, "also then"))
                || c + 1 == lex.len())
        })
        .map(|(c, _)| c)
        .collect();
    if marks.is_empty() {
        return;
    }
    let affects = |h: &Hit| {
        is_affect(h.kind)
            || matches!(
                h.kind,
                SignalKind::EmojiNegative | SignalKind::EmojiPositive
            )
    };
    let (mut first_end, mut last_start) = (usize::MAX, None);
    for hit in hits.iter_mut().filter(|h| affects(h)) {
        first_end = first_end.min(hit.end);
        last_start = last_start.max(Some(hit.start));
        // Each contrast after the hit halves it; each one before it strengthens it.
        let after = marks.len() - marks.partition_point(|&c| c < hit.end);
        let before = marks.partition_point(|&c| c < hit.start);
        // Capped: in a long rant with hundreds of "but"s, 0.5^n underflows to 0 and 1.3^n
        // overflows to infinity, and 0 * inf is NaN. Past a few contrasts nothing changes.
        let (after, before) = (after.min(4) as i32, before.min(4) as i32);
        let scale = 0.5f32.powi(after) * 1.3f32.powi(before);
        hit.weight = (hit.weight * scale).clamp(-1.0, 1.0);
    }
    for c in marks {
        // Only a contrast that moved some feeling is worth showing.
        if first_end <= c || last_start.is_some_and(|s| s > c) {
            hits.push(Hit {
                kind: SignalKind::Contrast,
                start: c,
                end: c + 1,
                weight: 0.0,
                origin: Origin::Rule,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::signal::SignalKind;
    use crate::text::tokenize;

    fn found(text: &str) -> Vec<(SignalKind, String, f32)> {
        let tokens = tokenize(text);
        super::super::detect(text, &tokens)
            .0
            .into_iter()
            .map(|s| (s.kind, s.span.slice(text).to_string(), s.weight))
            .collect()
    }

    fn kinds(text: &str) -> Vec<(SignalKind, String)> {
        found(text).into_iter().map(|(k, s, _)| (k, s)).collect()
    }

    #[test]
    fn negation_flips_praise_and_softens_complaints() {
        use SignalKind::*;
        assert_eq!(
            kinds("I am not happy"),
            vec![(Negation, "not".into()), (Negative, "not happy".into())]
        );
        assert_eq!(
            kinds("not bad"),
            vec![(Negation, "not".into()), (Positive, "not bad".into())]
        );
        assert_eq!(
            kinds("it never arrived"),
            vec![
                (Negation, "never".into()),
                (Negative, "never arrived".into())
            ]
        );
        assert_eq!(kinds("it arrived"), vec![]);
    }

    #[test]
    fn negation_reach_stops_at_punctuation_and_three_words() {
        assert!(kinds("not now, I am happy")
            .iter()
            .any(|k| k.0 == SignalKind::Positive));
        assert!(kinds("no one here was ever really helpful")
            .iter()
            .any(|k| k.0 == SignalKind::Positive));
        assert!(kinds("I don't think it's bad")
            .iter()
            .all(|k| k.0 != SignalKind::Negative));
    }

    #[test]
    fn denied_feelings_disappear() {
        // Only the negation remains, to explain why the feeling was not counted.
        assert_eq!(
            kinds("don't worry"),
            vec![(SignalKind::Negation, "don't".into())]
        );
        assert_eq!(
            kinds("I'm not angry"),
            vec![(SignalKind::Negation, "not".into())]
        );
    }

    #[test]
    fn negated_comparisons_intensify() {
        use SignalKind::*;
        // First seen on support-escalation dev ("couldn't be more useless" read as calm);
        // fixed as what the construction means, not checked against dev again.
        let useless = found("useless")[0].2;
        let f = found("you couldn't be more useless");
        assert!(f.iter().all(|x| x.0 != Negation), "{f:?}");
        let hit = f
            .iter()
            .find(|x| x.1 == "useless")
            .expect("still frustrated");
        assert!(hit.0 == Frustration && hit.2 > useless, "{f:?}");
        for text in ["it could not be any worse", "this can't get any worse"] {
            let f = found(text);
            assert!(f.iter().any(|x| x.0 == Negative), "{text}: {f:?}");
            assert!(f.iter().all(|x| x.0 != Positive), "{text}: {f:?}");
        }
        assert!(kinds("you couldn't be more helpful")
            .iter()
            .any(|k| k.0 == Positive));
        // A plain negation still denies: "couldn't be bothered" is not about being bothered,
        // "not any worse" is not worse.
        assert!(kinds("it is not any worse").iter().all(|k| k.0 != Negative));
    }

    #[test]
    fn intensifiers_strengthen() {
        let plain = found("annoying")[0].2;
        let strong = found("so annoying")[0].2;
        assert!(strong > plain);
    }

    #[test]
    fn apologies_are_not_complaints() {
        assert!(kinds("I'm so sorry for the trouble and the delay").is_empty());
        assert!(kinds("sorry, this is terrible")
            .iter()
            .any(|k| k.0 == SignalKind::Negative));
    }

    #[test]
    fn contrast_shifts_weight_to_the_second_clause() {
        let f = found("it was fine but it broke again");
        let fine = f.iter().find(|x| x.1 == "fine").unwrap().2;
        let broke = f.iter().find(|x| x.1 == "broke").unwrap().2;
        assert!(f
            .iter()
            .any(|x| x.0 == SignalKind::Contrast && x.1 == "but"));
        assert!(fine > -0.2 && fine < 0.0, "{fine}");
        assert!(broke > 0.4, "{broke}");
    }
}
