//! Matching the phrase rules of `lexicon::phrases` over lexemes.
//!
//! The patterns are parsed once, on first use, into rules indexed by the words their first
//! element accepts; each lexeme then costs one binary search plus the few rules that can
//! start with it, instead of a scan of the text per phrase.

use std::sync::OnceLock;

use super::lexemes::{sentence_start, Lexeme};
use super::{Hit, Origin};
use crate::lexicon::{self, class, key3, Entry, Phrase};
use crate::signal::SignalKind;
use crate::text::{is_one_of, TokenKind};

/// How many words a `~` may skip.
const GAP: usize = 3;

/// A word element: its alternatives, resolved once when the rules are parsed.
#[derive(Debug, Default)]
struct Word {
    /// Vocabulary ids (`Entry::id`) of the exact alternatives, sorted: a lexeme matches when
    /// its entry's id is among them, a binary search over small integers instead of string
    /// comparisons (a lexeme's entry is always the vocabulary's entry for its `norm`).
    ids: Vec<u16>,
    /// Exact alternatives the vocabulary lacks: punctuation (`[,|!]`), and words in patterns
    /// written by tests (every word of the phrases is in the vocabulary).
    texts: Vec<&'static str>,
    /// Prefix alternatives (`cancel*`, stored without the `*`).
    prefixes: Vec<&'static str>,
    /// Whether `#`, any number written in digits, is an alternative.
    number: bool,
    /// Whether the element may be skipped (`[a|b]`).
    optional: bool,
}

impl Word {
    fn accepts(&self, l: &Lexeme<'_>) -> bool {
        l.entry
            .is_some_and(|e| self.ids.binary_search(&e.id).is_ok())
            || (self.number && l.kind == TokenKind::Number)
            || self.prefixes.iter().any(|p| l.norm.starts_with(p))
            || self.texts.iter().any(|t| l.norm == *t)
    }
}

#[derive(Debug)]
enum Elem {
    Word(Word),
    Gap,
}

#[derive(Debug)]
struct Rule {
    elems: Vec<Elem>,
    imperative: bool,
    phrase: Phrase,
}

struct Index {
    /// The parsed rules, at the same indices as `lexicon::phrases()` (`None` for a malformed one).
    rules: Vec<Option<Rule>>,
    /// (first three bytes, stem, rule) for prefix first alternatives (`cancel*`), sorted.
    /// Exact first words are indexed in the lexicon's vocabulary (`Entry::phrases`).
    prefix: Vec<(u32, &'static str, usize)>,
    /// Rules whose first element is `#`, any number.
    numbers: Vec<usize>,
    /// For each vocabulary word (by `Entry::id`), the rules its word starts, exact ones
    /// then prefixes, as the search in [`candidates`] finds them: worked out once, so a
    /// known word costs no search per message.
    by_entry: Vec<Vec<u16>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let rules: Vec<Option<Rule>> = lexicon::phrases().map(|p| parse(&p)).collect();
        let mut prefix = Vec::new();
        let mut numbers = Vec::new();
        for (id, rule) in rules.iter().enumerate() {
            let Some(Elem::Word(first)) = rule.as_ref().and_then(|r| r.elems.first()) else {
                continue;
            };
            if first.number {
                numbers.push(id);
            }
            for stem in &first.prefixes {
                prefix.push((key3(stem), *stem, id));
            }
        }
        crate::order::sort_by_key(&mut prefix, |p| u64::from(p.0));
        let mut by_entry: Vec<Vec<u16>> = Vec::new();
        for (word, entry) in lexicon::vocabulary() {
            let id = usize::from(entry.id);
            if by_entry.len() <= id {
                by_entry.resize(id + 1, Vec::new());
            }
            by_entry[id] = candidates(&prefix, word, Some(entry))
                .map(|rule| u16::try_from(rule).unwrap_or(u16::MAX))
                .collect();
        }
        Index {
            rules,
            prefix,
            numbers,
            by_entry,
        }
    })
}

/// Parses one pattern; `None` for a malformed one (a unit test checks there are none).
fn parse(phrase: &Phrase) -> Option<Rule> {
    let mut pattern = phrase.pattern;
    let imperative = pattern.starts_with('^');
    if imperative {
        pattern = &pattern[1..];
    }
    let mut elems = Vec::new();
    for part in crate::text::split_byte(pattern, b' ') {
        if part == "~" {
            elems.push(Elem::Gap);
            continue;
        }
        let (body, optional) = match part.strip_prefix('[').and_then(|p| p.strip_suffix(']')) {
            Some(inner) => (inner, true),
            None => (part, false),
        };
        let mut word = Word {
            optional,
            ..Word::default()
        };
        for alt in crate::text::split_byte(body, b'|') {
            match alt.strip_suffix('*') {
                _ if alt.is_empty() => return None,
                Some(stem) if !stem.is_empty() => word.prefixes.push(stem),
                _ if alt == "#" => word.number = true,
                _ => match lexicon::entry(alt) {
                    Some(entry) => word.ids.push(entry.id),
                    None => word.texts.push(alt),
                },
            }
        }
        crate::order::sort_by_key(&mut word.ids, |&id| u64::from(id));
        elems.push(Elem::Word(word));
    }
    match elems.first() {
        Some(Elem::Word(first)) if !first.optional => {}
        _ => return None,
    }
    if matches!(elems.last(), Some(Elem::Gap)) {
        return None;
    }
    Some(Rule {
        elems,
        imperative,
        phrase: *phrase,
    })
}

/// Matches `elems` against `lex` from `i`; returns one past the last lexeme matched.
/// Optional elements are tried taken first, gaps shortest first.
fn match_from(elems: &[Elem], lex: &[Lexeme<'_>], i: usize) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else {
        return Some(i);
    };
    match first {
        Elem::Gap => {
            for skip in 0..=GAP {
                if skip > 0 {
                    let skipped = lex.get(i + skip - 1)?;
                    if skipped.kind != TokenKind::Word {
                        return None;
                    }
                }
                if let Some(end) = match_from(rest, lex, i + skip) {
                    return Some(end);
                }
            }
            None
        }
        Elem::Word(word) => {
            if let Some(l) = lex.get(i) {
                if word.accepts(l) {
                    if let Some(end) = match_from(rest, lex, i + 1) {
                        return Some(end);
                    }
                }
            }
            if word.optional {
                match_from(rest, lex, i)
            } else {
                None
            }
        }
    }
}

/// Whether lexeme `i` stands where an imperative can: at the start of a sentence after
/// nothing but softeners ("please", "just", "oh"), or after "you need to" / "you must".
fn imperative_at(lex: &[Lexeme<'_>], i: usize) -> bool {
    let mut j = i;
    while j > 0 && lex[j - 1].kind == TokenKind::Word && lex[j - 1].is(class::SOFTENER) {
        j -= 1;
    }
    if sentence_start(lex, j) {
        return true;
    }
    let prev = &*lex[j - 1].norm;
    let before = j.checked_sub(2).map(|k| &*lex[k].norm);
    match prev {
        "to" => before.is_some_and(|b| is_one_of(b, "need have got going")),
        "must" | "better" | "gotta" => true,
        _ => false,
    }
}

/// Appends a hit for every phrase rule that matches.
pub(super) fn find(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    let first = hits.len();
    find_all(lex, hits);
    // Feelings a phrase reads literally inside sarcasm ("thanks" in "thanks for nothing")
    // are what the sarcasm inverts: drop them.
    let sarcastic: Vec<(usize, usize)> = hits[first..]
        .iter()
        .filter(|h| h.kind == SignalKind::Sarcasm)
        .map(|h| (h.start, h.end))
        .collect();
    if !sarcastic.is_empty() {
        let mut i = 0;
        hits.retain(|h| {
            let ours = i >= first;
            i += 1;
            let inside = sarcastic.iter().any(|&(s, e)| h.start < e && s < h.end);
            !(ours && inside && super::is_affect(h.kind))
        });
    }
}

/// The rules whose first element accepts a word with this `norm` and vocabulary `entry`
/// (digits aside): exact first words, then prefixes.
fn candidates<'a>(
    prefix: &'a [(u32, &'static str, usize)],
    norm: &'a str,
    entry: Option<&'static Entry>,
) -> impl Iterator<Item = usize> + 'a {
    let exact = entry
        .map_or(&[][..], |e| &e.phrases[..])
        .iter()
        .map(|&id| usize::from(id));
    // Prefix stems are at least three bytes: those that can start `norm` share its key,
    // and a shorter word ("I", "my", ",") starts none.
    let key = key3(norm);
    let stems = if norm.len() >= 3 {
        &prefix[prefix.partition_point(|e| e.0 < key)..]
    } else {
        &[]
    };
    let prefixed = stems
        .iter()
        .take_while(move |e| e.0 == key)
        .filter(move |e| norm.starts_with(e.1))
        .map(|e| e.2);
    exact.chain(prefixed)
}

fn find_all(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    let idx = index();
    for (i, l) in lex.iter().enumerate() {
        match l.entry.and_then(|e| idx.by_entry.get(usize::from(e.id))) {
            Some(known) => {
                for &rule in known {
                    attempt(idx, lex, i, usize::from(rule), hits);
                }
            }
            None => {
                for rule in candidates(&idx.prefix, &l.norm, l.entry) {
                    attempt(idx, lex, i, rule, hits);
                }
            }
        }
        if l.kind == TokenKind::Number {
            for &rule in &idx.numbers {
                attempt(idx, lex, i, rule, hits);
            }
        }
    }
}

/// Tries rule `id`, whose first element accepts lexeme `i`, there; a match is a hit.
fn attempt(idx: &Index, lex: &[Lexeme<'_>], i: usize, id: usize, hits: &mut Vec<Hit>) {
    let Some(rule) = idx.rules.get(id).and_then(Option::as_ref) else {
        return;
    };
    // The first element, required, accepts lexeme `i` (that is how the rule was found), so
    // matching goes on from the second. Most rules fail there: a required word is checked
    // before the backtracking matcher, and once it matches the matcher goes on after it.
    let mut from = (1, i + 1);
    if let Some(Elem::Word(second)) = rule.elems.get(1) {
        if !second.optional {
            if !lex.get(i + 1).is_some_and(|l| second.accepts(l)) {
                return;
            }
            from = (2, i + 2);
        }
    }
    if rule.imperative && !imperative_at(lex, i) {
        return;
    }
    let Some(end) = rule
        .elems
        .get(from.0..)
        .and_then(|rest| match_from(rest, lex, from.1))
    else {
        return;
    };
    if !plausible(rule.phrase.kind, lex, i, end) {
        return;
    }
    // "You are the worst airline ever": a superlative about the company, hostile on arrival
    // but not the kind of insult that makes a message critical (`heat::critical`).
    let company = rule.phrase.kind == SignalKind::AbuseAtAgent
        && &*lex[end - 1].norm == "worst"
        && lex.get(end).is_some_and(|l| l.kind == TokenKind::Word);
    hits.push(Hit {
        kind: rule.phrase.kind,
        start: i,
        end,
        weight: if company { 0.6 } else { rule.phrase.weight },
        origin: Origin::Rule,
    });
}

/// Context checks a pattern cannot express.
fn plausible(kind: SignalKind, lex: &[Lexeme<'_>], start: usize, end: usize) -> bool {
    let prev = start.checked_sub(1).map(|p| &*lex[p].norm);
    // "thank you, useless as I am at this" is rare; "thank you idiots" is not thanks, but
    // "thank you" must never start an insult aimed at the agent.
    if is_one_of(&lex[start].norm, "you u") && prev.is_some_and(|p| is_one_of(p, "thank thanks")) {
        return false;
    }
    // "I'll leave a good review" promises praise, not a public complaint; "they tried to
    // tell me most people ..." tells the customer, and "see other bad reviews" reads the
    // reviews others left: neither threatens to tell the world.
    if kind == SignalKind::ThreatPublic
        && (lex[start..end]
            .iter()
            .any(|l| is_one_of(&l.norm, "good great positive glowing five 5 me us"))
            || prev.is_some_and(|p| is_one_of(p, "other the see read")))
    {
        return false;
    }
    // "portions get smaller and management ...": a manager asked for in one breath, not
    // across "and".
    if kind == SignalKind::DemandManager && lex[start..end].iter().any(|l| &*l.norm == "and") {
        return false;
    }
    // "Bravo!" opening a message is praise; after a complaint it mocks.
    if kind == SignalKind::Sarcasm && start == 0 && is_one_of(&lex[0].norm, "bravo genius") {
        return false;
    }
    if kind == SignalKind::Sarcasm {
        // "Oh great, that fixed it, thank you!" is relief, not sarcasm: thanks or a fix
        // right after the praise.
        let inside_thanks = lex[start..end]
            .iter()
            .any(|l| is_one_of(&l.norm, "thanks thank"));
        let thanks_after = lex[end..]
            .iter()
            .take(6)
            .any(|l| is_one_of(&l.norm, "thanks thank thx ty worked fixed helped solved"));
        if !inside_thanks && thanks_after {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn every_pattern_parses() {
        for phrase in lexicon::phrases() {
            assert!(parse(&phrase).is_some(), "bad pattern: {}", phrase.pattern);
        }
        // `candidates` finds first-word prefixes by their first three bytes.
        assert!(index().prefix.iter().all(|p| p.1.len() >= 3));
    }

    fn matched(pattern: &'static str, text: &str) -> Option<String> {
        let rule = parse(&Phrase {
            pattern,
            kind: SignalKind::Demand,
            weight: 0.5,
        })?;
        let tokens = tokenize(text);
        let lex = super::super::lexemes::build(&tokens);
        (0..lex.len()).find_map(|i| {
            if rule.imperative && !imperative_at(&lex, i) {
                return None;
            }
            let end = match_from(&rule.elems, &lex, i)?;
            Some(text[lex[i].start..lex[end - 1].end].to_string())
        })
    }

    #[test]
    fn optional_elements_gaps_and_prefixes() {
        assert_eq!(
            matched("speak ~ manager*", "let me speak to your managers"),
            Some("speak to your managers".into())
        );
        assert_eq!(matched("speak ~ manager", "speak, manager"), None);
        assert_eq!(
            matched("want [to] cancel*", "I want cancellation"),
            Some("want cancellation".into())
        );
        assert_eq!(matched("# times", "asked 3 times"), Some("3 times".into()));
    }

    #[test]
    fn imperative_position() {
        assert_eq!(matched("^fix it", "please fix it"), Some("fix it".into()));
        assert_eq!(matched("^fix it", "Ok. Just fix it"), Some("fix it".into()));
        assert_eq!(
            matched("^fix it", "you need to fix it"),
            Some("fix it".into())
        );
        assert_eq!(matched("^fix it", "I'll fix it"), None);
    }
}
