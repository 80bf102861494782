//! Word and phrase lists the rules in `cues` match against, written for support chat.
//!
//! Everything here is our own: a compact sentiment and emotion lexicon with intensities
//! (`words`), the escalation-cue phrases (`phrases`), and the small closed word classes
//! (negators, intensifiers, acronyms...) the rules need (`classes`). The lists are static
//! data; on first use they are folded into one hashed vocabulary, so the rules look each
//! word up once and read everything they need about it from one [`Entry`].

mod classes;
mod phrases;
mod words;

use std::sync::OnceLock;

use crate::signal::SignalKind;

pub(crate) use phrases::{phrases, Phrase};

/// What a single word means on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sense {
    /// The word is a signal of this kind and weight wherever it stands.
    Signal(SignalKind, f32),
    /// Neutral alone, negative when negated: "arrived" / "never arrived", "works" /
    /// "doesn't work".
    Expectation,
}

/// Word classes, as bits of [`Entry::flags`].
pub(crate) mod class {
    /// Negates what follows.
    pub const NEGATOR: u16 = 1;
    /// Strengthens the next word.
    pub const INTENSIFIER: u16 = 1 << 1;
    /// Shifts weight to the next clause.
    pub const CONTRAST: u16 = 1 << 2;
    /// Opens an apology.
    pub const APOLOGY: u16 = 1 << 3;
    /// May precede an imperative.
    pub const SOFTENER: u16 = 1 << 4;
    /// A name in capitals, not shouting.
    pub const ACRONYM: u16 = 1 << 5;
    /// A short word that is shouting in capitals.
    pub const SHORT_SHOUT: u16 = 1 << 6;
}

/// Everything the rules know about one exact word.
#[derive(Debug, Default)]
pub(crate) struct Entry {
    /// The word's number in the vocabulary, for cheap comparisons (a phrase element keeps
    /// the ids of its words).
    pub id: u16,
    /// Its meaning on its own, if any.
    pub sense: Option<Sense>,
    /// The meaning of the longest stem (`lawyer*`) that starts it, if any: what the word
    /// means when it has no `sense` of its own.
    pub stem: Option<Sense>,
    /// Its word classes (`class::*` bits).
    pub flags: u16,
    /// Its value, if it is a number word ("three").
    pub number: Option<u32>,
    /// Indices into [`phrases`] of the phrases whose first element is exactly this word.
    pub phrases: Vec<u16>,
}

impl Entry {
    /// Whether the word is in `class` (a `class::*` bit).
    pub(crate) fn is(&self, class: u16) -> bool {
        self.flags & class != 0
    }

    /// Whether the rules know anything about the word itself, beyond its appearing inside
    /// a phrase: a sense, a class, a number value, or phrases it starts.
    pub(crate) fn known(&self) -> bool {
        self.sense.is_some() || self.flags != 0 || self.number.is_some() || !self.phrases.is_empty()
    }
}

/// FNV-1a over the word's bytes, folded so that the low bits (the slot) depend on every
/// byte: vocabulary words are short, and this costs a few instructions per byte, on every
/// word of every message.
pub(crate) fn fnv(word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 29)
}

struct Table {
    /// Every word with what the rules know about it, at the index `Entry::id`.
    words: Vec<(&'static str, Entry)>,
    /// Open addressing over `words` by [`fnv`] (linear probing, at most a quarter full, so
    /// a lookup is one or two probes): `id + 1` of the word in the slot, 0 for none. Smaller
    /// in the wasm than a general-purpose map, and cheaper per lookup.
    slots: Vec<u16>,
    /// Entries written with a trailing `*`: (first three bytes, stem without the `*`,
    /// sense), sorted by key and then longest stem first.
    stems: Vec<(u32, &'static str, Sense)>,
}

impl Table {
    /// The slot that holds `word`, or else the empty slot where it would go.
    fn probe(&self, word: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = fnv(word) as usize & mask;
        loop {
            match usize::from(self.slots[at]).checked_sub(1) {
                Some(id) if self.words[id].0 != word => at = (at + 1) & mask,
                _ => return at,
            }
        }
    }

    /// The entry of `word`, added if it is new (while the table is built).
    fn entry_mut(&mut self, word: &'static str) -> &mut Entry {
        let at = self.probe(word);
        let id = match usize::from(self.slots[at]).checked_sub(1) {
            Some(id) => id,
            None => {
                // Ids are `u16` and a slot holds `id + 1`: a lexicon test keeps the
                // vocabulary far below that.
                let id = self.words.len();
                let entry = Entry {
                    id: id as u16,
                    ..Entry::default()
                };
                self.words.push((word, entry));
                self.slots[at] = id as u16 + 1;
                if 4 * self.words.len() > self.slots.len() {
                    self.grow();
                }
                id
            }
        };
        &mut self.words[id].1
    }

    /// Doubles the slots, keeping them at most a quarter full.
    fn grow(&mut self) {
        self.slots = vec![0; 2 * self.slots.len()];
        for id in 0..self.words.len() {
            let at = self.probe(self.words[id].0);
            self.slots[at] = id as u16 + 1;
        }
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Table {
            words: Vec::with_capacity(1024),
            slots: vec![0; 4096],
            stems: Vec::new(),
        };
        let mut stems = Vec::new();
        for &(group, sense) in words::WORDS {
            for word in group.split_ascii_whitespace() {
                match word.strip_suffix('*') {
                    Some(stem) => stems.push((key3(stem), stem, sense)),
                    None => table.entry_mut(word).sense = Some(sense),
                }
            }
        }
        crate::order::sort_by_key(&mut stems, |s| {
            (u64::from(s.0) << 8) | (255 - s.1.len().min(255) as u64)
        });
        let sets: [(&'static str, u16); 7] = [
            (classes::NEGATORS, class::NEGATOR),
            (classes::INTENSIFIERS, class::INTENSIFIER),
            (classes::CONTRASTS, class::CONTRAST),
            (classes::APOLOGIES, class::APOLOGY),
            (classes::SOFTENERS, class::SOFTENER),
            (classes::ACRONYMS, class::ACRONYM),
            (classes::SHORT_SHOUTS, class::SHORT_SHOUT),
        ];
        for (list, flag) in sets {
            for word in list.split_ascii_whitespace() {
                table.entry_mut(word).flags |= flag;
            }
        }
        for pair in classes::NUMBER_WORDS.split_ascii_whitespace() {
            let (word, n) = crate::text::split_once_byte(pair, b'=').unwrap_or((pair, ""));
            table.entry_mut(word).number = n.parse().ok();
        }
        for (id, phrase) in phrases().enumerate() {
            let pattern = crate::text::trim_start_any(phrase.pattern, b"^");
            for (at, part) in crate::text::split_byte(pattern, b' ').enumerate() {
                let part = crate::text::trim_start_any(part, b"[");
                let part = crate::text::trim_end_any(part, b"]");
                for alt in crate::text::split_byte(part, b'|') {
                    // Prefixes, gaps and numbers are not words; punctuation (`[,|!]`) is
                    // left out so that every word of the vocabulary starts with a letter or
                    // digit, and the matcher compares it as text.
                    let punctuation = !alt.starts_with(crate::text::is_word_char);
                    if alt.ends_with('*') || alt == "#" || (at > 0 && punctuation) {
                        continue;
                    }
                    // Every other exact word of a phrase gets an entry, so the matcher
                    // compares entries, not strings; only a first word indexes the phrase.
                    let entry = table.entry_mut(alt);
                    if at == 0 {
                        entry.phrases.push(u16::try_from(id).unwrap_or(u16::MAX));
                    }
                }
            }
        }
        for (word, entry) in &mut table.words {
            entry.stem = stem_sense(&stems, word);
        }
        table.stems = stems;
        table
    })
}

/// The vocabulary's entry for a normalized word: every word the lexicon lists or a phrase
/// names has one (see [`Entry::known`] for whether the word means anything on its own).
pub(crate) fn entry(norm: &str) -> Option<&'static Entry> {
    let table = table();
    let id = usize::from(table.slots[table.probe(norm)]).checked_sub(1)?;
    Some(&table.words[id].1)
}

/// Every word of the vocabulary with its entry.
pub(crate) fn vocabulary() -> impl Iterator<Item = (&'static str, &'static Entry)> {
    table().words.iter().map(|(word, entry)| (*word, entry))
}

/// The sense of a normalized word whose [`entry`] is `entry`: the exact entry's sense, or
/// else the longest stem that starts the word.
pub(crate) fn sense_of(norm: &str, entry: Option<&Entry>) -> Option<Sense> {
    match entry {
        // A vocabulary word's stem sense was found once, when the table was built.
        Some(e) => e.sense.or(e.stem),
        None => stem_sense(&table().stems, norm),
    }
}

/// The sense of the longest stem that starts `norm`, if any.
fn stem_sense(stems: &[(u32, &'static str, Sense)], norm: &str) -> Option<Sense> {
    // Stems are at least three bytes long: only those sharing the word's first three bytes
    // can start it, and they are found by one binary search on that key.
    if norm.len() < 3 {
        return None;
    }
    let key = key3(norm);
    let from = stems.partition_point(|e| e.0 < key);
    stems[from..]
        .iter()
        .take_while(|e| e.0 == key)
        .find(|e| norm.starts_with(e.1))
        .map(|e| e.2)
}

/// The first three bytes of `s` as a number (missing bytes are zero): a cheap key for
/// stems and prefixes, which are all at least three bytes long.
pub(crate) fn key3(s: &str) -> u32 {
    let b = s.as_bytes();
    let at = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    (at(0) << 16) | (at(1) << 8) | at(2)
}

/// The sense of a normalized word.
#[cfg(test)]
pub(crate) fn sense(norm: &str) -> Option<Sense> {
    sense_of(norm, entry(norm))
}

/// Whether a normalized word with this entry negates what follows ("not", "didn't").
pub(crate) fn negates(norm: &str, entry: Option<&Entry>) -> bool {
    entry.is_some_and(|e| e.is(class::NEGATOR)) || norm.ends_with("n't")
}

/// Whether a normalized word is in `class` (a `class::*` bit).
#[cfg(test)]
pub(crate) fn is(norm: &str, class: u16) -> bool {
    entry(norm).is_some_and(|e| e.is(class))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_words_win_over_stems_and_stems_match_inflections() {
        assert!(matches!(
            sense("frustrating"),
            Some(Sense::Signal(SignalKind::Frustration, _))
        ));
        assert!(matches!(
            sense("fucking"),
            Some(Sense::Signal(SignalKind::Profanity, _))
        ));
        assert_eq!(sense("hello"), None);
        assert_eq!(sense("ass"), sense("ass"));
        assert_eq!(sense("assist"), None);
        assert_eq!(sense(""), None);
    }

    #[test]
    fn words_are_lowercase_and_listed_once() {
        let mut seen = std::collections::BTreeSet::new();
        for word in words::WORDS
            .iter()
            .flat_map(|g| g.0.split_ascii_whitespace())
        {
            assert_eq!(word, word.to_lowercase(), "{word} must be lowercase");
            assert!(seen.insert(word), "{word} is listed twice");
        }
        assert!(
            seen.len() > 300,
            "the lexicon should have a few hundred entries"
        );
    }

    #[test]
    fn negators_include_contractions() {
        for w in ["not", "never", "don't", "didn't", "dont", "won't"] {
            assert!(negates(w, entry(w)), "{w}");
        }
        assert!(!negates("note", entry("note")));
    }

    #[test]
    fn phrases_are_indexed_by_their_first_word() {
        let e = entry("real").expect("real starts a phrase");
        assert!(e
            .phrases
            .iter()
            .any(|&id| phrases().nth(usize::from(id)).map(|p| p.kind)
                == Some(SignalKind::DemandManager)));
        assert_eq!(entry("three").and_then(|e| e.number), Some(3));
        // Ids tell entries apart only while the vocabulary fits in a u16.
        assert!(table().words.len() < usize::from(u16::MAX - 1));
        assert!(entry("boss").is_some(), "inner phrase words have entries");
        assert!(!entry("boss").is_some_and(Entry::known));
        // Lexemes skip the lookup for tokens that cannot start with a letter or digit.
        for (word, _) in &table().words {
            assert!(word.starts_with(char::is_alphanumeric), "{word}");
        }
        assert!(is("pdf", class::ACRONYM));
    }
}
