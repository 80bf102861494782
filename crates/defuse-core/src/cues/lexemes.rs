//! Lexemes: the tokens the rules read, with obfuscated profanity glued back together.
//!
//! The tokenizer splits `f*ck` into `f`, `*`, `ck`, and keeps `sh1t` as one odd word. Chat
//! writers obfuscate exactly the words the rules most need to see, so runs of touching
//! tokens that spell a profanity once leetspeak is undone become one lexeme whose `norm` is
//! the plain word ("fuck"), with the span of everything that was written.

use std::borrow::Cow;

use crate::lexicon::{self, Entry};
use crate::text::{Token, TokenKind};

/// One unit the rules match on.
#[derive(Debug, Clone)]
pub(super) struct Lexeme<'a> {
    /// Lowercased, apostrophes folded, profanity de-obfuscated.
    pub norm: Cow<'a, str>,
    /// As written.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is; a glued profanity is a [`TokenKind::Word`].
    pub kind: TokenKind,
    /// Written in capitals (two or more letters, none lowercase).
    pub shouted: bool,
    /// The vocabulary's entry for `norm` (always `lexicon::entry(norm)`), looked up once here
    /// for every rule.
    pub entry: Option<&'static Entry>,
}

impl Lexeme<'_> {
    /// Whether the word is in a `lexicon::class` class.
    pub fn is(&self, class: u16) -> bool {
        self.entry.is_some_and(|e| e.is(class))
    }

    /// Whether the word negates what follows.
    pub fn negates(&self) -> bool {
        self.kind == TokenKind::Word && lexicon::negates(&self.norm, self.entry)
    }

    /// The value of a number word ("three"), not of digits.
    pub fn number_word(&self) -> Option<u32> {
        self.entry.and_then(|e| e.number)
    }
}

/// Profanity stems that obfuscation hides, longest first so `bullshit` wins over `shit`
/// (one text: see `lexicon::words`).
const HIDDEN: &str =
    "motherfucker bullshit asshole bastard bitch fuck shit cunt dick crap damn piss";

/// Builds the lexemes of a tokenized message.
pub(super) fn build<'a>(tokens: &'a [Token<'_>]) -> Vec<Lexeme<'a>> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some((end, word)) = glued_profanity(tokens, i) {
            let (start, stop) = (tokens[i].start, tokens[end - 1].end);
            let shouted = tokens[i..end]
                .iter()
                .all(|t| t.kind != TokenKind::Word || !t.text.chars().any(crate::case::is_lower))
                && tokens[i..end]
                    .iter()
                    .map(|t| {
                        t.text
                            .chars()
                            .filter(|&c| crate::text::is_letter(c))
                            .count()
                    })
                    .sum::<usize>()
                    >= 2;
            let entry = lexicon::entry(&word);
            out.push(Lexeme {
                entry,
                norm: Cow::Owned(word),
                // Only the first token's text: callers read it for capitalisation alone.
                text: tokens[i].text,
                start,
                end: stop,
                kind: TokenKind::Word,
                shouted,
            });
            i = end;
            continue;
        }
        let t = &tokens[i];
        // Every vocabulary word starts with a letter or digit (a lexicon test checks), and
        // unstretching keeps the first character: punctuation, emoji and mentions are
        // neither looked up nor unstretched ("!!!" stays "!!!").
        let wordlike = matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Url);
        let exact = if wordlike {
            lexicon::entry(&t.norm)
        } else {
            None
        };
        // A word only stands for its unstretched form when it is not itself a word the rules
        // know ("sooo" is "so"); a word that merely appears inside a phrase does not count.
        let (norm, entry) = match exact.filter(|e| e.known()) {
            Some(entry) => (Cow::Borrowed(&*t.norm), Some(entry)),
            None if !wordlike => (Cow::Borrowed(&*t.norm), None),
            None => match unstretch(&t.norm) {
                Some((word, entry)) => (Cow::Owned(word), Some(entry)),
                None => (Cow::Borrowed(&*t.norm), exact),
            },
        };
        out.push(Lexeme {
            entry,
            norm,
            text: t.text,
            start: t.start,
            end: t.end,
            kind: t.kind,
            shouted: t.is_shouted(),
        });
        i += 1;
    }
    out
}

/// Chat stretches words for feeling ("sooo angryyy", "pleeease"): a word the vocabulary does
/// not know, with a letter three or more times in a row, is looked up with each such run
/// cut to one letter and then to two ("angryyy" -> "angry", "cooool" -> "cool").
fn unstretch(norm: &str) -> Option<(String, &'static Entry)> {
    let bytes = norm.as_bytes();
    if !bytes.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
        return None;
    }
    for keep in [1, 2] {
        let mut word = String::with_capacity(norm.len());
        let mut chars = norm.chars().peekable();
        while let Some(c) = chars.next() {
            let mut run = 1;
            while chars.peek() == Some(&c) {
                chars.next();
                run += 1;
            }
            // Only stretched runs shrink: "annoyingggg" keeps its "nn".
            let n = if run >= 3 { keep } else { run };
            word.extend(std::iter::repeat_n(c, n));
        }
        if let Some(entry) = lexicon::entry(&word).filter(|e| e.known()) {
            return Some((word, entry));
        }
    }
    None
}

/// If the tokens from `i` on touch each other and spell a hidden profanity, returns the
/// index one past the run and the plain word.
fn glued_profanity(tokens: &[Token<'_>], i: usize) -> Option<(usize, String)> {
    let first = &tokens[i];
    let touches_next = tokens.get(i + 1).is_some_and(|n| n.start == first.end);
    // Most tokens stand alone, and alone only a word with digits in it (`sh1t`) can be
    // hiding one: a lone mask cannot (see below).
    let plain_word =
        first.kind == TokenKind::Word && !first.norm.bytes().any(|b| b.is_ascii_digit());
    if !touches_next && (plain_word || first.kind != TokenKind::Word) {
        return None;
    }
    if !(first.kind == TokenKind::Word || is_mask(first)) {
        return None;
    }
    // Collect the run of touching word / number / mask tokens.
    let mut end = i + 1;
    while end < tokens.len()
        && tokens[end].start == tokens[end - 1].end
        && (matches!(tokens[end].kind, TokenKind::Word | TokenKind::Number)
            || is_mask(&tokens[end]))
        && end - i < 8
    {
        end += 1;
    }
    // Masks at the end are only part of the word when a letter was masked (`f***`);
    // punctuation like a closing `!` is not.
    while end > i + 1
        && tokens[end - 1].kind == TokenKind::Punct
        && !tokens[end - 1].text.starts_with('*')
    {
        end -= 1;
    }
    // A lone mask cannot spell a stem either: it is one character, or a run of `!`/`.`,
    // which unmask to `i` or nothing, and no stem starts with `i`.
    if end == i + 1 && (plain_word || first.kind == TokenKind::Punct) {
        return None;
    }
    // On the stack: a stem is at most `SPELLED` letters with its ending, and a longer run
    // spells none of them.
    let mut spelled = [None; SPELLED + 1];
    let mut len = 0;
    for t in &tokens[i..end] {
        for c in t.norm.chars() {
            if len > SPELLED {
                return None;
            }
            spelled[len] = unmask(c);
            len += 1;
        }
    }
    let spelled = &spelled[..len];
    for stem in HIDDEN.split_ascii_whitespace() {
        if spells(spelled, stem) {
            let mut word = String::with_capacity(stem.len() + 4);
            word.push_str(stem);
            word.extend(spelled[stem.chars().count()..].iter().flatten());
            return Some((end, word));
        }
    }
    None
}

/// The longest spelling of a hidden stem with its ending: `motherfucker` and four more.
const SPELLED: usize = 16;

fn is_mask(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct
        && t.text
            .chars()
            .all(|c| matches!(c, '*' | '@' | '$' | '#' | '%' | '!' | '.' | '-' | '_'))
}

/// Undoes leetspeak; `None` is a masked letter that matches any letter.
fn unmask(c: char) -> Option<char> {
    Some(match c {
        '1' | '!' | '|' => 'i',
        '0' => 'o',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' | '+' => 't',
        '*' | '#' | '%' | '.' | '-' | '_' => return None,
        c => c,
    })
}

/// Whether `spelled` is `stem` (masked letters match anything) plus at most four more
/// letters ("f*cking"), with at least two letters written plainly and the first unmasked.
fn spells(spelled: &[Option<char>], stem: &str) -> bool {
    let n = stem.chars().count();
    if spelled.len() < n || spelled.len() > n + 4 || spelled.first().copied().flatten().is_none() {
        return false;
    }
    let mut plain = 0;
    for (s, c) in spelled.iter().zip(stem.chars()) {
        match s {
            Some(s) if *s == c => plain += 1,
            Some(_) => return false,
            None => {}
        }
    }
    let ending = &spelled[n..];
    // With every letter but the first masked ("f***ing"), a written ending of two or more
    // letters ("ing", "ed") is the second letter the reader recognises the word by.
    (plain >= 2 || ending.len() >= 2)
        && ending.iter().all(|c| c.is_some_and(crate::text::is_letter))
}

/// Whether lexeme `i` begins a sentence: nothing before it but punctuation or emoji.
pub(super) fn sentence_start(lex: &[Lexeme<'_>], i: usize) -> bool {
    match i.checked_sub(1) {
        None => true,
        Some(p) => matches!(lex[p].kind, TokenKind::Punct | TokenKind::Emoji),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn norms(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        build(&tokens).iter().map(|l| l.norm.to_string()).collect()
    }

    #[test]
    fn masked_and_leet_profanity_is_glued() {
        assert_eq!(norms("f*ck this"), vec!["fuck", "this"]);
        assert_eq!(norms("sh1t!"), vec!["shit", "!"]);
        assert_eq!(norms("f**king hell"), vec!["fucking", "hell"]);
        assert_eq!(norms("$hit"), vec!["shit"]);
        assert_eq!(norms("a**hole"), vec!["asshole"]);
    }

    #[test]
    fn spelled_buffer_fits_every_stem_and_lone_masks_spell_nothing() {
        assert!(HIDDEN
            .split_ascii_whitespace()
            .all(|s| s.len() + 4 <= SPELLED));
        assert!(HIDDEN.split_ascii_whitespace().all(|s| !s.starts_with('i')));
        assert_eq!(
            norms("f*ck!!!! $ @ !!!! ..."),
            vec!["fuck", "!!!!", "$", "@", "!!!!", "..."]
        );
    }

    #[test]
    fn ordinary_words_and_codes_are_left_alone() {
        assert_eq!(norms("shift"), vec!["shift"]);
        assert_eq!(norms("A1-B2"), vec!["a1", "-", "b2"]);
        assert_eq!(norms("***"), vec!["*", "*", "*"]);
        assert_eq!(norms("f"), vec!["f"]);
        assert_eq!(norms("p.s"), vec!["p", ".", "s"]);
    }

    #[test]
    fn stretched_words_are_looked_up_unstretched() {
        assert_eq!(norms("sooo angryyyy"), vec!["so", "angry"]);
        assert_eq!(norms("cooool"), vec!["cool"]);
        assert_eq!(norms("annoyingggg"), vec!["annoying"]);
        assert_eq!(norms("zzzz"), vec!["zzzz"]);
    }

    #[test]
    fn glued_span_covers_what_was_written() {
        let text = "oh f*cking hell";
        let tokens = tokenize(text);
        let lex = build(&tokens);
        assert_eq!(&text[lex[1].start..lex[1].end], "f*cking");
    }
}
