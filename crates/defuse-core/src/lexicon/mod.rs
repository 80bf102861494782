//! Word and phrase lists the rules in `cues` match against, written for support chat.
//!
//! Everything here is our own: a compact sentiment and emotion lexicon with intensities
//! (`words`), the escalation-cue phrases (`phrases`), and the small closed word classes
//! (negators, intensifiers, acronyms...) the rules need. The lists are static data; the
//! only work done at run time is one sort, on first use, into a lookup table.

mod phrases;
mod words;

use std::sync::OnceLock;

use crate::signal::SignalKind;

pub(crate) use phrases::{Phrase, PHRASES};

/// What a single word means on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sense {
    /// The word is a signal of this kind and weight wherever it stands.
    Signal(SignalKind, f32),
    /// Neutral alone, negative when negated: "arrived" / "never arrived", "works" /
    /// "doesn't work".
    Expectation,
}

/// Exact words, sorted for binary search; built once.
struct WordTable {
    exact: Vec<(&'static str, Sense)>,
    /// Entries written with a trailing `*`: the stem, without the `*`.
    stems: Vec<(&'static str, Sense)>,
}

fn table() -> &'static WordTable {
    static TABLE: OnceLock<WordTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut exact = Vec::with_capacity(words::WORDS.len());
        let mut stems = Vec::new();
        for &(word, sense) in words::WORDS {
            match word.strip_suffix('*') {
                Some(stem) => stems.push((stem, sense)),
                None => exact.push((word, sense)),
            }
        }
        exact.sort_by(|a, b| a.0.cmp(b.0));
        stems.sort_by(|a, b| a.0.cmp(b.0));
        WordTable { exact, stems }
    })
}

/// The sense of a normalized word, if the lexicon knows it. Exact entries win over stems;
/// among stems the longest wins.
pub(crate) fn sense(norm: &str) -> Option<Sense> {
    let t = table();
    if let Ok(i) = t.exact.binary_search_by(|e| e.0.cmp(norm)) {
        return Some(t.exact[i].1);
    }
    // Stems are at least three bytes long; try the word's prefixes, longest first.
    let ends = std::iter::once(norm.len()).chain(norm.char_indices().rev().map(|(i, _)| i));
    for end in ends.take_while(|&end| end >= 3) {
        let prefix = &norm[..end];
        if let Ok(i) = t.stems.binary_search_by(|e| e.0.cmp(prefix)) {
            return Some(t.stems[i].1);
        }
    }
    None
}

/// Words that negate what follows ("not", "never", "don't").
pub(crate) fn is_negator(norm: &str) -> bool {
    matches!(
        norm,
        "not"
            | "no"
            | "never"
            | "cannot"
            | "nothing"
            | "nobody"
            | "noone"
            | "none"
            | "neither"
            | "nor"
            | "without"
            | "hardly"
            | "barely"
            | "lack"
            | "lacks"
            | "lacking"
            | "dont"
            | "didnt"
            | "doesnt"
            | "cant"
            | "wont"
            | "isnt"
            | "wasnt"
            | "arent"
            | "werent"
            | "havent"
            | "hasnt"
            | "hadnt"
            | "couldnt"
            | "shouldnt"
            | "wouldnt"
            | "aint"
    ) || norm.ends_with("n't")
}

/// Words that strengthen the sentiment word after them ("so angry", "very helpful").
pub(crate) fn is_intensifier(norm: &str) -> bool {
    matches!(
        norm,
        "so" | "very"
            | "really"
            | "extremely"
            | "absolutely"
            | "totally"
            | "completely"
            | "utterly"
            | "incredibly"
            | "super"
            | "truly"
            | "highly"
            | "deeply"
            | "insanely"
            | "too"
            | "such"
            | "most"
            | "freaking"
            | "beyond"
            | "thoroughly"
            | "seriously"
    )
}

/// Words that shift weight to the clause after them ("fine, but it broke").
pub(crate) fn is_contrast(norm: &str) -> bool {
    matches!(norm, "but" | "however" | "although" | "though" | "except")
}

/// Words that introduce an apology, inside which problem words are not complaints
/// ("sorry for the trouble").
pub(crate) fn is_apology(norm: &str) -> bool {
    matches!(
        norm,
        "sorry" | "apologize" | "apologise" | "apologies" | "apology" | "apologizing"
    )
}

/// Words that may stand before an imperative without making it a statement: "please fix
/// it", "just refund me", "oh great, another bug".
pub(crate) fn is_softener(norm: &str) -> bool {
    matches!(
        norm,
        "please"
            | "pls"
            | "plz"
            | "pleaseee"
            | "kindly"
            | "just"
            | "now"
            | "so"
            | "and"
            | "then"
            | "ok"
            | "okay"
            | "oh"
            | "well"
            | "wow"
            | "ah"
            | "yeah"
            | "hey"
            | "hi"
            | "hello"
            | "seriously"
            | "honestly"
            | "ugh"
            | "again"
            | "simply"
            | "somebody"
            | "someone"
    )
}

/// Capitalised words that are names, not shouting (`OK`, `PDF`, `USA`).
pub(crate) fn is_acronym(norm: &str) -> bool {
    matches!(
        norm,
        "ok" | "id"
            | "usa"
            | "us"
            | "uk"
            | "eu"
            | "pdf"
            | "faq"
            | "url"
            | "api"
            | "sms"
            | "eta"
            | "tv"
            | "pc"
            | "it"
            | "hr"
            | "vip"
            | "dm"
            | "pm"
            | "am"
            | "ceo"
            | "fyi"
            | "btw"
            | "lol"
            | "imo"
            | "atm"
            | "pin"
            | "ssn"
            | "cc"
            | "ip"
            | "vpn"
            | "dns"
            | "ssl"
            | "http"
            | "https"
            | "html"
            | "css"
            | "json"
            | "xml"
            | "csv"
            | "usb"
            | "gps"
            | "ups"
            | "dhl"
            | "fedex"
            | "usps"
            | "tnt"
            | "nhs"
            | "irs"
            | "vat"
            | "gst"
            | "sku"
            | "os"
            | "ios"
            | "mac"
            | "sim"
            | "wifi"
            | "ram"
            | "ssd"
            | "hd"
            | "dvd"
            | "cd"
            | "ai"
            | "aws"
            | "sql"
            | "sso"
            | "mfa"
            | "otp"
            | "2fa"
            | "ibm"
            | "bmw"
            | "nasa"
            | "ikea"
            | "hp"
            | "lg"
            | "ny"
            | "nyc"
            | "la"
            | "sf"
            | "dc"
            | "ca"
            | "asap"
            | "tbh"
            | "omg"
            | "aka"
            | "diy"
            | "gb"
            | "mb"
            | "kb"
            | "tb"
            | "ghz"
            | "xl"
            | "xxl"
            | "uae"
            | "un"
            | "ii"
            | "iii"
            | "iv"
            | "iban"
            | "bic"
            | "swift"
            | "ach"
            | "po"
            | "cod"
            | "rma"
            | "gdpr"
            | "ftc"
            | "bbb"
            | "fcc"
            | "cfpb"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "jr"
            | "sr"
    )
}

/// Short capitalised words that are still shouting when they stand alone (`NOW`, `NO`):
/// other words of three letters or fewer are more likely codes or acronyms.
pub(crate) fn is_short_shout(norm: &str) -> bool {
    matches!(
        norm,
        "no" | "now"
            | "not"
            | "why"
            | "how"
            | "who"
            | "you"
            | "me"
            | "my"
            | "all"
            | "any"
            | "get"
            | "yet"
            | "did"
            | "was"
            | "are"
            | "the"
            | "and"
            | "for"
            | "off"
            | "out"
            | "bad"
            | "mad"
            | "sad"
            | "one"
            | "two"
            | "ten"
            | "is"
            | "do"
            | "so"
            | "to"
            | "of"
            | "in"
            | "on"
            | "at"
            | "be"
            | "an"
            | "or"
            | "if"
            | "up"
            | "we"
            | "he"
            | "she"
            | "has"
            | "had"
            | "can"
            | "won"
            | "don"
            | "yes"
            | "fix"
            | "pay"
            | "lie"
            | "wtf"
            | "ffs"
            | "its"
            | "i'm"
            | "im"
            | "i've"
            | "ive"
    )
}

/// Numbers written as words, for "three weeks" and "asked five times". `a`/`an` count as
/// one; vague quantities count as several.
pub(crate) fn number_word(norm: &str) -> Option<u32> {
    Some(match norm {
        "a" | "an" | "one" => 1,
        "two" | "couple" => 2,
        "three" | "few" => 3,
        "four" => 4,
        "five" | "several" | "multiple" | "many" | "numerous" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "hundred" | "countless" | "hundreds" => 100,
        _ => return None,
    })
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
        for &(word, _) in words::WORDS {
            assert_eq!(word, word.to_lowercase(), "{word} must be lowercase");
            assert!(seen.insert(word), "{word} is listed twice");
        }
        assert!(
            words::WORDS.len() > 300,
            "the lexicon should have a few hundred entries"
        );
    }

    #[test]
    fn negators_include_contractions() {
        for w in ["not", "never", "don't", "didn't", "dont", "won't"] {
            assert!(is_negator(w), "{w}");
        }
        assert!(!is_negator("note"));
    }
}
