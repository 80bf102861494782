//! Which language a message is written in, read cheaply: the script of its letters, then
//! the function words of the Latin-script languages support chat most often meets. No
//! model, no download: a few hundred bytes of word lists.
//!
//! Defuse's rules and learned layer read English only. A message in another language gets
//! no level claim (see [`crate::MessageAnalysis::language`]); English with a few foreign
//! words ("merci", "c'est la vie") stays English, because English function words outvote
//! them.

use serde::{Deserialize, Serialize};

use crate::text::{Token, TokenKind};

/// A language Defuse can recognise but not read, by its ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// French.
    #[serde(rename = "fr")]
    French,
    /// Spanish.
    #[serde(rename = "es")]
    Spanish,
    /// German.
    #[serde(rename = "de")]
    German,
    /// Portuguese.
    #[serde(rename = "pt")]
    Portuguese,
    /// Italian.
    #[serde(rename = "it")]
    Italian,
    /// Dutch.
    #[serde(rename = "nl")]
    Dutch,
    /// Written in Cyrillic (Russian, Ukrainian, Bulgarian...).
    #[serde(rename = "ru")]
    Cyrillic,
    /// Greek.
    #[serde(rename = "el")]
    Greek,
    /// Written in Arabic script.
    #[serde(rename = "ar")]
    Arabic,
    /// Hebrew.
    #[serde(rename = "he")]
    Hebrew,
    /// Written in Devanagari (Hindi, Marathi...).
    #[serde(rename = "hi")]
    Devanagari,
    /// Thai.
    #[serde(rename = "th")]
    Thai,
    /// Chinese (Han characters without kana).
    #[serde(rename = "zh")]
    Chinese,
    /// Japanese (kana).
    #[serde(rename = "ja")]
    Japanese,
    /// Korean (Hangul).
    #[serde(rename = "ko")]
    Korean,
    /// Another script Defuse has no name for.
    #[serde(rename = "und")]
    Other,
}

impl Language {
    /// The ISO 639-1 code (`und` for [`Language::Other`]), as serialized.
    pub fn code(self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::Spanish => "es",
            Language::German => "de",
            Language::Portuguese => "pt",
            Language::Italian => "it",
            Language::Dutch => "nl",
            Language::Cyrillic => "ru",
            Language::Greek => "el",
            Language::Arabic => "ar",
            Language::Hebrew => "he",
            Language::Devanagari => "hi",
            Language::Thai => "th",
            Language::Chinese => "zh",
            Language::Japanese => "ja",
            Language::Korean => "ko",
            Language::Other => "und",
        }
    }
}

/// The Latin-script languages of [`FUNCTION_WORDS`], in the bit order of its masks.
const LATIN: [Language; 6] = [
    Language::French,
    Language::Spanish,
    Language::German,
    Language::Portuguese,
    Language::Italian,
    Language::Dutch,
];

/// Function words of the [`LATIN`] languages (bit `i` of the mask: `LATIN[i]`), sorted by
/// bytes for a binary search. Words that are also English words or common chat tokens
/// ("me", "no", "die", "son", "con", "est", "plus") are left out: they would make English
/// look foreign.
#[rustfmt::skip]
const FUNCTION_WORDS: &[(&str, u8)] = &[
    ("aber", 0x04), ("ainda", 0x08), ("ancora", 0x10), ("auch", 0x04), ("aucun", 0x01),
    ("aucune", 0x01), ("auf", 0x04), ("aux", 0x01), ("avec", 0x01), ("avez", 0x01),
    ("bedankt", 0x20), ("bei", 0x04), ("bestelling", 0x20), ("bestellung", 0x04),
    ("bien", 0x01), ("bitte", 0x04), ("bonjour", 0x01), ("c'est", 0x01), ("ce", 0x01),
    ("cette", 0x01), ("che", 0x10), ("ciao", 0x10), ("commande", 0x01), ("como", 0x02),
    ("cuando", 0x02), ("danke", 0x04), ("dans", 0x01), ("das", 0x04), ("dat", 0x20),
    ("del", 0x12), ("della", 0x10), ("depuis", 0x01), ("der", 0x04), ("des", 0x01),
    ("desde", 0x02), ("donde", 0x02), ("du", 0x01), ("een", 0x20), ("ein", 0x04),
    ("eine", 0x04), ("einen", 0x04), ("el", 0x02), ("es", 0x02), ("ese", 0x02), ("eso", 0x02),
    ("essa", 0x08), ("esse", 0x08), ("esta", 0x02), ("este", 0x02), ("esto", 0x02),
    ("estou", 0x08), ("estoy", 0x02), ("está", 0x0a), ("están", 0x02), ("euch", 0x04),
    ("fait", 0x01), ("foi", 0x08), ("für", 0x04), ("geen", 0x20), ("già", 0x10), ("gli", 0x10),
    ("gracias", 0x02), ("grazie", 0x10), ("habe", 0x04), ("hace", 0x02), ("hai", 0x10),
    ("hallo", 0x24), ("heb", 0x20), ("hebben", 0x20), ("het", 0x20), ("hola", 0x02),
    ("ich", 0x04), ("ihnen", 0x04), ("ihr", 0x04), ("ihre", 0x04), ("ik", 0x20), ("il", 0x10),
    ("immer", 0x04), ("isso", 0x08), ("ist", 0x04), ("j'ai", 0x01), ("jamais", 0x01),
    ("je", 0x01), ("jij", 0x20), ("já", 0x08), ("kein", 0x04), ("keine", 0x04), ("le", 0x01),
    ("los", 0x02), ("maar", 0x20), ("mai", 0x10), ("mais", 0x01), ("mas", 0x08),
    ("mein", 0x04), ("meine", 0x04), ("merci", 0x01), ("mes", 0x01), ("meu", 0x08),
    ("mia", 0x10), ("mich", 0x04), ("mijn", 0x20), ("minha", 0x08), ("mio", 0x10),
    ("mir", 0x04), ("mit", 0x04), ("molto", 0x10), ("muito", 0x08), ("muy", 0x02),
    ("n'ai", 0x01), ("n'est", 0x01), ("nada", 0x0a), ("nessun", 0x10), ("nicht", 0x04),
    ("niente", 0x10), ("niet", 0x20), ("ninguna", 0x02), ("ningún", 0x02), ("noch", 0x04),
    ("nog", 0x20), ("nous", 0x01), ("nunca", 0x0a), ("nur", 0x04), ("não", 0x08),
    ("obrigada", 0x08), ("obrigado", 0x08), ("oder", 0x04), ("olá", 0x08), ("ook", 0x20),
    ("ordine", 0x10), ("ou", 0x01), ("où", 0x01), ("para", 0x0a), ("pas", 0x01),
    ("pedido", 0x0a), ("perché", 0x10), ("pero", 0x02), ("por", 0x0a), ("porque", 0x0a),
    ("pourquoi", 0x01), ("quand", 0x01), ("quando", 0x18), ("que", 0x0b), ("questa", 0x10),
    ("questo", 0x10), ("qui", 0x01), ("qué", 0x02), ("rien", 0x01), ("schon", 0x04),
    ("sei", 0x10), ("seit", 0x04), ("seu", 0x08), ("sie", 0x04), ("siete", 0x10),
    ("sind", 0x04), ("sono", 0x10), ("sont", 0x01), ("sua", 0x08), ("suis", 0x01),
    ("sur", 0x01), ("são", 0x08), ("también", 0x02), ("tengo", 0x02), ("tenho", 0x08),
    ("tiene", 0x02), ("tienen", 0x02), ("todavía", 0x02), ("toujours", 0x01), ("très", 0x01),
    ("uma", 0x08), ("una", 0x12), ("unas", 0x02), ("und", 0x04), ("une", 0x01), ("unos", 0x02),
    ("uw", 0x20), ("vez", 0x02), ("você", 0x08), ("vocês", 0x08), ("von", 0x04),
    ("voor", 0x20), ("vos", 0x01), ("votre", 0x01), ("vous", 0x01), ("waarom", 0x20),
    ("wanneer", 0x20), ("warum", 0x04), ("weer", 0x20), ("wie", 0x04), ("wieder", 0x04),
    ("wij", 0x20), ("wir", 0x04), ("wurde", 0x04), ("zijn", 0x20), ("zu", 0x04), ("è", 0x10),
    ("é", 0x08), ("été", 0x01),
];

/// English function words and support-chat staples, sorted by bytes.
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "about", "account", "after", "again", "an", "and", "any", "are", "at", "be", "because",
    "been", "before", "but", "can", "can't", "could", "didn't", "do", "doesn't", "don't", "for",
    "from", "get", "had", "has", "have", "he", "help", "her", "his", "how", "i", "i'm", "i've",
    "if", "is", "isn't", "it", "it's", "just", "know", "me", "my", "need", "not", "of", "or",
    "order", "our", "please", "she", "should", "since", "still", "thank", "thanks", "that",
    "the", "their", "them", "there", "they", "this", "to", "us", "want", "was", "we", "were",
    "what", "when", "where", "why", "will", "with", "would", "yet", "you", "your",
];

/// The mask bit that marks an [`ENGLISH`] word in [`words`].
const ENGLISH_BIT: u8 = 0x80;

/// Both word lists as one table of (FNV-1a hash of the word, language mask), sorted by
/// hash: one integer binary search per word instead of two searches comparing strings
/// (this runs on every word of every message).
fn words() -> &'static [(u64, u8)] {
    static TABLE: std::sync::OnceLock<Vec<(u64, u8)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(u64, u8)> = FUNCTION_WORDS
            .iter()
            .map(|&(w, m)| (crate::lexicon::fnv(w), m))
            .chain(
                ENGLISH
                    .iter()
                    .map(|w| (crate::lexicon::fnv(w), ENGLISH_BIT)),
            )
            .collect();
        crate::order::sort_by_key(&mut t, |&(h, _)| h);
        t
    })
}

/// The language of a message when it is not English; `None` when it is English, or when
/// there is too little evidence to say it is not (one foreign word, no words at all).
///
/// Letters in another script than Latin, if they are the majority, name the language by
/// their script. Otherwise function words vote: a Latin-script language wins when it has at
/// least two of its words and more than twice as many as English has.
pub fn detect(tokens: &[Token<'_>]) -> Option<Language> {
    let table = words();
    let mut latin = 0u32;
    let mut scripts = [0u32; 11];
    let mut votes = [0u32; LATIN.len()];
    let mut english = 0u32;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        for c in t.text.chars() {
            if c.is_ascii() {
                latin += u32::from(c.is_ascii_alphabetic());
                continue;
            }
            match script(c) {
                Some(s) => scripts[s] += 1,
                None => latin += u32::from(c.is_alphabetic()),
            }
        }
        // Every listed word is 1-12 bytes long: longer or shorter ones need no lookup.
        if !(1..=12).contains(&t.norm.len()) {
            continue;
        }
        let hash = crate::lexicon::fnv(&t.norm);
        if let Ok(i) = table.binary_search_by_key(&hash, |&(h, _)| h) {
            let mask = table[i].1;
            if mask == ENGLISH_BIT {
                english += 1;
            }
            for (b, v) in votes.iter_mut().enumerate() {
                *v += u32::from(mask >> b & 1);
            }
        }
    }
    let other: u32 = scripts.iter().sum();
    if other > latin {
        return Some(by_script(&scripts));
    }
    let (best, &n) = votes
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))?;
    (n >= 2 && n > 2 * english).then_some(LATIN[best])
}

/// Which of the non-Latin scripts `c` belongs to (an index into the counts of
/// [`by_script`]), if any.
fn script(c: char) -> Option<usize> {
    Some(match u32::from(c) {
        0x0400..=0x052f => 0,                                     // Cyrillic
        0x0370..=0x03ff => 1,                                     // Greek
        0x0600..=0x06ff | 0x0750..=0x077f => 2,                   // Arabic
        0x0590..=0x05ff => 3,                                     // Hebrew
        0x0900..=0x097f => 4,                                     // Devanagari
        0x0e00..=0x0e7f => 5,                                     // Thai
        0x4e00..=0x9fff | 0x3400..=0x4dbf => 6,                   // Han
        0x3040..=0x30ff => 7,                                     // kana
        0xac00..=0xd7af | 0x1100..=0x11ff | 0x3130..=0x318f => 8, // Hangul
        // Other letters outside Latin: Armenian, Georgian, Bengali, Tamil... (index 9);
        // Latin letters with accents and everything that is not a letter are not counted.
        0x0530..=0x058f | 0x10a0..=0x10ff | 0x0980..=0x0dff | 0x0e80..=0x0fff => 9,
        _ => return None,
    })
}

/// The language the majority script names; kana anywhere makes Han Japanese.
fn by_script(counts: &[u32; 11]) -> Language {
    let (best, _) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
        .unwrap_or((9, &0));
    match best {
        0 => Language::Cyrillic,
        1 => Language::Greek,
        2 => Language::Arabic,
        3 => Language::Hebrew,
        4 => Language::Devanagari,
        5 => Language::Thai,
        6 if counts[7] > 0 => Language::Japanese,
        6 => Language::Chinese,
        7 => Language::Japanese,
        8 => Language::Korean,
        _ => Language::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn lang(text: &str) -> Option<&'static str> {
        detect(&tokenize(text)).map(Language::code)
    }

    #[test]
    fn word_lists_are_sorted_for_the_binary_search() {
        assert!(FUNCTION_WORDS
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
        assert!(ENGLISH
            .windows(2)
            .all(|w| w[0].as_bytes() < w[1].as_bytes()));
        assert!(FUNCTION_WORDS
            .iter()
            .all(|(w, _)| ENGLISH.binary_search(w).is_err()));
    }

    #[test]
    fn the_hashed_table_holds_every_word_once_within_the_looked_up_lengths() {
        let t = words();
        assert!(
            t.windows(2).all(|w| w[0].0 < w[1].0),
            "no two words share a hash"
        );
        assert_eq!(t.len(), FUNCTION_WORDS.len() + ENGLISH.len());
        let mut lengths = FUNCTION_WORDS.iter().map(|(w, _)| w.len());
        assert!(lengths.all(|n| (1..=12).contains(&n)));
        assert!(ENGLISH.iter().all(|w| (1..=12).contains(&w.len())));
    }

    #[test]
    fn latin_script_languages() {
        for (text, code) in [
            (
                "C'est la troisième fois que je vous écris et toujours rien. Vous êtes nuls !",
                "fr",
            ),
            (
                "Es la tercera vez que pregunto. Son unos inútiles, quiero mi dinero ya.",
                "es",
            ),
            (
                "Ich warte seit zwei Wochen auf meine Bestellung und niemand antwortet mir!",
                "de",
            ),
            (
                "Já é a terceira vez que peço o reembolso e vocês não respondem.",
                "pt",
            ),
            (
                "Sono tre settimane che aspetto il mio ordine e nessuno mi risponde. Vergogna!",
                "it",
            ),
            (
                "Ik wacht al twee weken op mijn bestelling en niemand reageert.",
                "nl",
            ),
        ] {
            assert_eq!(lang(text), Some(code), "{text}");
        }
    }

    #[test]
    fn other_scripts() {
        for (text, code) in [
            ("Где мой заказ? Я жду уже три недели!", "ru"),
            ("لم يصل طلبي بعد، أين هو؟", "ar"),
            ("我的订单还没有到，请尽快处理！", "zh"),
            ("注文した商品がまだ届きません。", "ja"),
            ("주문한 물건이 아직 안 왔어요", "ko"),
            ("Πού είναι η παραγγελία μου;", "el"),
            ("ההזמנה שלי עדיין לא הגיעה", "he"),
            ("मेरा ऑर्डर अभी तक नहीं आया", "hi"),
        ] {
            assert_eq!(lang(text), Some(code), "{text}");
        }
    }

    #[test]
    fn english_with_foreign_words_stays_english() {
        for text in [
            "Merci for the quick reply, but my order is still missing.",
            "I ordered the café au lait set and it arrived broken, c'est la vie I guess.",
            "Gracias! That fixed it.",
            "The package says 'Bestellung' on it, is that my order?",
            "My order #1234 from @CafeDeParis hasn't arrived",
            "Where is my refund???",
            "ok",
            "",
            "😡😡😡",
            "I spoke to José at the Zürich store and he was no help",
        ] {
            assert_eq!(lang(text), None, "{text}");
        }
    }
}
