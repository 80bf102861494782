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

/// Function words of the [`LATIN`] languages, grouped by their mask (bit `i`: `LATIN[i]`),
/// one text per group (see `lexicon::words` for why a text). Words that are also English
/// words or common chat tokens ("me", "no", "die", "son", "con", "est", "plus") are left out:
/// they would make English look foreign.
const FUNCTION_WORDS: &[(u8, &str)] = &[
    (
        0x01,
        "aucun aucune aux avec avez bien bonjour c'est ce cette commande dans depuis des \
         du fait j'ai jamais je le mais merci mes n'ai n'est nous ou où pas pourquoi \
         quand qui rien sont suis sur toujours très une vos votre vous été",
    ),
    (
        0x02,
        "como cuando desde donde el es ese eso esta este esto estoy están gracias hace \
         hola los muy ninguna ningún pero qué también tengo tiene tienen todavía unas \
         unos vez",
    ),
    (
        0x04,
        "aber auch auf bei bestellung bitte danke das der ein eine einen euch für habe \
         ich ihnen ihr ihre immer ist kein keine mein meine mich mir mit nicht noch nur \
         oder schon seit sie sind und von warum wie wieder wir wurde zu",
    ),
    (
        0x08,
        "ainda essa esse estou foi isso já mas meu minha muito não obrigada obrigado olá \
         seu sua são tenho uma você vocês é",
    ),
    (0x0a, "está nada nunca para pedido por porque"),
    (0x0b, "que"),
    (
        0x10,
        "ancora che ciao della già gli grazie hai il mai mia mio molto nessun niente \
         ordine perché questa questo sei siete sono è",
    ),
    (0x12, "del una"),
    (0x18, "quando"),
    (
        0x20,
        "bedankt bestelling dat een geen heb hebben het ik jij maar mijn niet nog ook uw \
         voor waarom wanneer weer wij zijn",
    ),
    (0x24, "hallo"),
];

/// English function words and support-chat staples.
const ENGLISH: &str =
    "about account after again an and any are at be because been before but can can't \
     could didn't do doesn't don't for from get had has have he help her his how i \
     i'm i've if is isn't it it's just know me my need not of or order our please she \
     should since still thank thanks that the their them there they this to us want \
     was we were what when where why will with would yet you your";

/// The mask bit that marks an [`ENGLISH`] word in [`words`].
const ENGLISH_BIT: u8 = 0x80;

/// Both word lists as one table of (FNV-1a hash of the word, language mask), sorted by
/// hash: one integer binary search per word instead of two searches comparing strings
/// (this runs on every word of every message).
fn words() -> &'static [(u64, u8)] {
    static TABLE: std::sync::OnceLock<Vec<(u64, u8)>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(u64, u8)> = Vec::new();
        for &(m, ws) in FUNCTION_WORDS.iter().chain(&[(ENGLISH_BIT, ENGLISH)]) {
            for w in ws.split_ascii_whitespace() {
                t.push((crate::lexicon::fnv(w), m));
            }
        }
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
                None => latin += u32::from(crate::text::is_letter(c)),
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

    fn function_words() -> impl Iterator<Item = &'static str> {
        FUNCTION_WORDS
            .iter()
            .flat_map(|&(_, ws)| ws.split_ascii_whitespace())
    }

    #[test]
    fn no_word_is_both_english_and_foreign() {
        let english: Vec<&str> = ENGLISH.split_ascii_whitespace().collect();
        assert!(function_words().all(|w| !english.contains(&w)));
    }

    #[test]
    fn the_hashed_table_holds_every_word_once_within_the_looked_up_lengths() {
        let t = words();
        assert!(
            t.windows(2).all(|w| w[0].0 < w[1].0),
            "no two words share a hash"
        );
        let english = ENGLISH.split_ascii_whitespace();
        assert_eq!(t.len(), function_words().count() + english.clone().count());
        assert!(function_words().all(|w| (1..=12).contains(&w.len())));
        assert!(english.clone().all(|w| (1..=12).contains(&w.len())));
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
