//! Tokenizing: splits a message into words, numbers, punctuation runs and emoji, each with
//! its byte range, so every later stage can point back at the text it used.

use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits inside words, and inner apostrophes (`don't`).
    Word,
    /// Digits, possibly with separators (`3`, `1,000`, `#12345` is a word `12345` after `#`).
    Number,
    /// A run of punctuation (`!!!`, `?!`, `...`, `,`).
    Punct,
    /// One emoji or pictographic symbol.
    Emoji,
    /// `@user` style mentions.
    Mention,
    /// `http://...` / `www....` links.
    Url,
}

/// One token of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'t> {
    /// The token exactly as written.
    pub text: &'t str,
    /// Lowercased, with typographic apostrophes folded to `'`. Borrowed from the text when
    /// that changes nothing (most chat words are already lowercase): no allocation per token.
    pub norm: Cow<'t, str>,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// Whether the token is shouted (see [`Token::is_shouted`]), found while tokenizing.
    shouted: bool,
}

impl Token<'_> {
    /// Whether the token is a word written in capitals with at least two letters (`NOW`,
    /// `REFUND`), the usual way of shouting in chat.
    pub fn is_shouted(&self) -> bool {
        // Decided while the tokenizer walks the word's characters: this is asked of every
        // token by both the rules and the learned layer.
        self.shouted
    }
}

/// Whether a word's text has no lowercase letter and at least two letters.
fn shouted_word(text: &str) -> bool {
    let mut letters = 0;
    for c in text.chars() {
        if crate::case::is_lower(c) {
            return false;
        }
        letters += usize::from(is_letter(c));
    }
    letters >= 2
}

/// Splits `text` into tokens; whitespace is dropped. Never fails.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    // The char at byte `i` (always a char boundary here). Chat text is nearly all ASCII,
    // which is read as a byte without decoding.
    let at = |i: usize| -> Option<char> {
        match *bytes.get(i)? {
            b if b.is_ascii() => Some(char::from(b)),
            _ => text.get(i..)?.chars().next(),
        }
    };
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut pos = 0;
    while let Some(c) = at(pos) {
        let start = pos;
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        let rest = &text[start..];
        let kind;
        let mut end = start + c.len_utf8();
        if starts_url(rest) {
            kind = TokenKind::Url;
            end = start + find_char(rest, char::is_whitespace).unwrap_or(rest.len());
        } else if c == '@' && rest[1..].starts_with(|n: char| is_word_char(n) || n == '_') {
            kind = TokenKind::Mention;
            while let Some(n) = at(end) {
                if !(is_word_char(n) || n == '_') {
                    break;
                }
                end += n.len_utf8();
            }
        } else if is_word_char(c) {
            let mut all_digits = c.is_ascii_digit();
            loop {
                // ASCII letters and digits, the bulk of every word, a byte at a time.
                while let Some(b) = bytes.get(end).filter(|b| b.is_ascii_alphanumeric()) {
                    all_digits &= b.is_ascii_digit();
                    end += 1;
                }
                let Some(n) = at(end) else {
                    break;
                };
                if is_word_char(n) {
                    all_digits &= n.is_ascii_digit();
                } else if is_apostrophe(n) || (all_digits && (n == ',' || n == '.')) {
                    // Keep `don't` and `1,000` whole, but not a trailing `'` or `.`.
                    let joins = match at(end + n.len_utf8()) {
                        Some(a) if is_apostrophe(n) => is_letter(a),
                        Some(a) => a.is_ascii_digit(),
                        None => false,
                    };
                    if !joins {
                        break;
                    }
                } else {
                    break;
                }
                end += n.len_utf8();
            }
            kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
        } else if is_emoji(c) {
            // Fold variation selectors, skin tones and zero-width joiner sequences in.
            while let Some(n) = at(end) {
                let joined =
                    n == '\u{200d}' || n == '\u{fe0f}' || ('\u{1f3fb}'..='\u{1f3ff}').contains(&n);
                let after_zwj = text[..end].ends_with('\u{200d}') && is_emoji(n);
                if !(joined || after_zwj) {
                    break;
                }
                end += n.len_utf8();
            }
            kind = TokenKind::Emoji;
        } else {
            // A run of sentence punctuation is one token: `!!!`, `?!?`, `...`.
            if matches!(c, '!' | '?' | '.') {
                while let Some(n @ ('!' | '?' | '.')) = at(end) {
                    end += n.len_utf8();
                }
            }
            kind = TokenKind::Punct;
        }
        pos = end;
        let raw = &text[start..end];
        tokens.push(Token {
            text: raw,
            norm: normalized(raw),
            start,
            end,
            kind,
            shouted: kind == TokenKind::Word && shouted_word(raw),
        });
    }
    tokens
}

/// [`normalize`], borrowing `s` when it is already in normal form (no allocation).
fn normalized(s: &str) -> Cow<'_, str> {
    // A lone capital ("I", "A") borrows its lowercase from a static alphabet.
    if let [b @ b'A'..=b'Z'] = s.as_bytes() {
        let i = usize::from(b - b'A');
        return Cow::Borrowed(&"abcdefghijklmnopqrstuvwxyz"[i..=i]);
    }
    let unchanged = if s.is_ascii() {
        !s.bytes().any(|b| b.is_ascii_uppercase() || b == b'`')
    } else {
        s.chars()
            .all(|c| !(is_apostrophe(c) && c != '\'') && crate::case::lower(c) == c)
    };
    if unchanged {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(normalize(s))
    }
}

/// Lowercases and folds typographic apostrophes, the form lexicons are written in.
pub fn normalize(s: &str) -> String {
    // ASCII (nearly every chat token) lowercases byte by byte into one exact-size buffer.
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        out.extend(s.bytes().map(|b| match b {
            b'`' => '\'',
            _ => char::from(b.to_ascii_lowercase()),
        }));
        return out;
    }
    // `case::lower`, not `char::to_lowercase`: std's case tables would cost the wasm ~12 KB.
    s.chars()
        .map(crate::case::lower)
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

fn starts_url(s: &str) -> bool {
    // Compared in place: this runs at every token start, and a lowercased copy would be an
    // allocation each time.
    let b = s.as_bytes();
    // Most tokens start with neither `h` nor `w`: one comparison rules them out.
    if !matches!(b.first(), Some(b'h' | b'H' | b'w' | b'W')) {
        return false;
    }
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    starts(b"http://") || starts(b"https://") || starts(b"www.")
}

/// Whether `word` is one of the space-separated words of `list`.
///
/// The rules write their small closed word sets as one string read by this loop: a `match`
/// on string literals is a length test and a comparison per word in the wasm, and a table of
/// `&str` is eight bytes of pointer per word, each more than the word itself.
///
/// Bytes, not `str::split`: these lookups run for every word the playbook reads, and a
/// byte split with a slice comparison is several times faster than `str`'s char searcher.
pub(crate) fn is_one_of(word: &str, list: &str) -> bool {
    words(list).any(|w| w == word.as_bytes())
}

/// The value `list` gives `word`: `list` is space-separated `key=value` pairs (see
/// [`is_one_of`] for why a string).
pub(crate) fn lookup(word: &str, list: &'static str) -> Option<&'static str> {
    let mut at = 0;
    for entry in words(list) {
        let (key, has_value) = split_key(entry);
        if has_value && key == word.as_bytes() {
            // `=` and spaces are ASCII, so these offsets are char boundaries.
            return list.get(at + key.len() + 1..at + entry.len());
        }
        at += entry.len() + 1;
    }
    None
}

/// The space-separated entries of `list`, as bytes.
fn words(list: &str) -> impl Iterator<Item = &[u8]> {
    list.as_bytes().split(|&b| b == b' ')
}

/// An entry's key (up to its first `=`) and whether it has a value after it.
fn split_key(entry: &[u8]) -> (&[u8], bool) {
    match entry.iter().position(|&b| b == b'=') {
        Some(i) => (&entry[..i], true),
        None => (entry, false),
    }
}

/// Whether `word` is one of the words of `list`, space-separated and sorted (byte order):
/// [`is_one_of`] by binary search, for the long lists asked about every word of a message.
pub(crate) fn is_in_sorted(word: &str, list: &str) -> bool {
    sorted_entry(word, list).is_some()
}

/// [`lookup`] by binary search: `list` is `key=value` pairs sorted by key.
pub(crate) fn lookup_sorted(word: &str, list: &'static str) -> Option<&'static str> {
    let entry = sorted_entry(word, list)?;
    // `=` is ASCII: the value starts on a char boundary.
    entry
        .get(word.len() + 1..)
        .filter(|_| split_key(entry.as_bytes()).1)
}

/// The entry of a sorted space-separated `list` whose key (the entry up to any `=`) is `key`.
fn sorted_entry<'l>(key: &str, list: &'l str) -> Option<&'l str> {
    let bytes = list.as_bytes();
    // `lo..hi` always holds whole entries: it starts after a space (or at 0) and ends
    // before one (or at the end).
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[mid..hi]
            .iter()
            .position(|&b| b == b' ')
            .map_or(hi, |i| mid + i);
        // Spaces are ASCII, so `start` and `end` are char boundaries.
        let entry = list.get(start..end)?;
        match split_key(entry.as_bytes()).0.cmp(key.as_bytes()) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start.saturating_sub(1).max(lo),
            std::cmp::Ordering::Equal => return Some(entry),
        }
    }
    None
}

/// `str`'s search for a `&str` (`find`, `contains`, `replace`), as a plain scan of byte
/// windows.
///
/// std's substring searcher (Two-Way, with its critical-factorisation setup) is about 3 KB
/// of wasm, and each kind of use links its own copy; the core and the sidebar only look for
/// short phrases in texts of a few hundred bytes, where the scan is as fast. A match of the
/// whole of a UTF-8 `needle` starts and ends on char boundaries, so the offsets slice the
/// text as `str::find`'s do. Searches for an ASCII `char` or set of them go through
/// [`find_byte`], [`split_byte`], [`find_any`] and their kin; `contains('?')` stays std's (a
/// byte scan already).
pub trait Search {
    /// Byte offset of the first `needle`, as `str::find(needle)`.
    fn find_str(&self, needle: &str) -> Option<usize>;
    /// Whether `needle` occurs, as `str::contains(needle)`.
    fn contains_str(&self, needle: &str) -> bool;
    /// Every `from` (left to right, not overlapping) replaced by `to`, as
    /// `str::replace(from, to)`. An empty `from` replaces nothing (std puts `to` between
    /// every char); every caller replaces a placeholder or a phrase.
    fn replace_str(&self, from: &str, to: &str) -> String;
}

impl Search for str {
    fn find_str(&self, needle: &str) -> Option<usize> {
        let Some((&first, rest)) = needle.as_bytes().split_first() else {
            return Some(0);
        };
        self.as_bytes()
            .windows(needle.len())
            .position(|w| w[0] == first && w[1..] == *rest)
    }

    fn contains_str(&self, needle: &str) -> bool {
        self.find_str(needle).is_some()
    }

    fn replace_str(&self, from: &str, to: &str) -> String {
        let mut out = String::with_capacity(self.len());
        let mut rest = self;
        while let Some(at) = rest.find_str(from).filter(|_| !from.is_empty()) {
            out.push_str(&rest[..at]);
            out.push_str(to);
            rest = &rest[at + from.len()..];
        }
        out.push_str(rest);
        out
    }
}

/// Byte offset of the first `byte` (ASCII) in `text`, as `text.find(char)`.
///
/// This and [`split_byte`] and [`split_once_byte`] are the forward `char` searches the
/// core and the sidebar use (`find('?')`, `split(' ')`, `split_once('=')`): std's
/// `CharSearcher` and its `Split` iterator are about 1 KB of wasm for texts of a few hundred
/// bytes, where a byte loop is as fast. An ASCII byte never occurs inside a longer UTF-8
/// char, so the offsets are char boundaries.
pub fn find_byte(text: &str, byte: u8) -> Option<usize> {
    text.bytes().position(|b| b == byte)
}

/// The parts of `text` between its `byte`s (ASCII), as `text.split(char)`: empty parts
/// included, and one part (all of `text`) without a `byte`.
pub fn split_byte(text: &str, byte: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let part = rest?;
        match split_once_byte(part, byte) {
            Some((head, tail)) => {
                rest = Some(tail);
                Some(head)
            }
            None => {
                rest = None;
                Some(part)
            }
        }
    })
}

/// `text` before and after its first `byte` (ASCII), as `text.split_once(char)`.
pub fn split_once_byte(text: &str, byte: u8) -> Option<(&str, &str)> {
    find_byte(text, byte).map(|i| (&text[..i], &text[i + 1..]))
}

/// Byte offset of the first byte of `text` that is one of `set` (ASCII), as
/// `text.find([..])` with those chars: std's searcher for a set of chars is linked once per
/// set size and direction (see [`find_byte`]).
pub fn find_any(text: &str, set: &[u8]) -> Option<usize> {
    text.bytes().position(|b| set.contains(&b))
}

/// Byte offset of the last byte of `text` that is one of `set` (ASCII), as
/// `text.rfind([..])`.
pub fn rfind_any(text: &str, set: &[u8]) -> Option<usize> {
    text.bytes().rposition(|b| set.contains(&b))
}

/// The parts of `text` between the bytes of it that are in `set` (ASCII), as
/// `text.split([..])`.
pub fn split_any<'t>(text: &'t str, set: &'t [u8]) -> impl Iterator<Item = &'t str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let part = rest?;
        match find_any(part, set) {
            Some(i) => {
                rest = Some(&part[i + 1..]);
                Some(&part[..i])
            }
            None => {
                rest = None;
                Some(part)
            }
        }
    })
}

/// The parts of `text` that each end with a byte of `set` (ASCII), and what follows the
/// last such byte if anything does, as `text.split_inclusive([..])`: sentences with their
/// stops.
pub fn split_inclusive_any<'t>(text: &'t str, set: &'t [u8]) -> impl Iterator<Item = &'t str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = find_any(rest, set).map_or(rest.len(), |i| i + 1);
        let (part, tail) = rest.split_at(end);
        rest = tail;
        Some(part)
    })
}

/// `text` without the bytes of `set` (ASCII) it starts with, as
/// `text.trim_start_matches([..])` (or `trim_start_matches(char)` for one byte).
pub fn trim_start_any<'t>(text: &'t str, set: &[u8]) -> &'t str {
    let n = text.bytes().take_while(|b| set.contains(b)).count();
    &text[n..]
}

/// `text` without the bytes of `set` (ASCII) it ends with, as `text.trim_end_matches([..])`
/// (or `trim_end_matches(char)` for one byte).
pub fn trim_end_any<'t>(text: &'t str, set: &[u8]) -> &'t str {
    let n = text.bytes().rev().take_while(|b| set.contains(b)).count();
    &text[..text.len() - n]
}

/// Byte offset of the last `byte` (ASCII) in `text`, as `str::rfind(char)`.
pub(crate) fn last_byte(text: &str, byte: u8) -> Option<usize> {
    text.bytes().rposition(|b| b == byte)
}

/// The part of `text` after its last `byte` (ASCII), all of it without one: as
/// `text.rsplit(char).next()`.
pub(crate) fn after_last(text: &str, byte: u8) -> &str {
    // ASCII: the byte after it starts a char.
    last_byte(text, byte).map_or(text, |i| &text[i + 1..])
}

/// Byte offset of the first char of `text` that `is` accepts, as `text.find(is)` with a
/// closure.
///
/// This, [`rfind_char`], [`split_char`] and the trims ([`trim_start_to`], [`trim_end_to`],
/// [`trim_to`]) take a plain `fn`, so one copy serves every test (`char::is_whitespace`,
/// "not a word char", a set with non-ASCII chars such as `'\u{a0}'`): std's searcher for a
/// closure or a set of chars is linked once per closure or set size.
pub fn find_char(text: &str, is: fn(char) -> bool) -> Option<usize> {
    text.char_indices().find(|&(_, c)| is(c)).map(|(i, _)| i)
}

/// Byte offset of the last char of `text` that `is` accepts, as `text.rfind(is)`.
pub fn rfind_char(text: &str, is: fn(char) -> bool) -> Option<usize> {
    text.char_indices()
        .rev()
        .find(|&(_, c)| is(c))
        .map(|(i, _)| i)
}

/// The parts of `text` between its chars that `is` accepts, as `text.split(is)`: empty
/// parts included.
pub fn split_char(text: &str, is: fn(char) -> bool) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let part = rest?;
        match part.char_indices().find(|&(_, c)| is(c)) {
            Some((i, c)) => {
                rest = Some(&part[i + c.len_utf8()..]);
                Some(&part[..i])
            }
            None => {
                rest = None;
                Some(part)
            }
        }
    })
}

/// `text` from its first char that `keep` accepts, as `text.trim_start_matches(|c|
/// !keep(c))` (see [`find_char`]).
pub fn trim_start_to(text: &str, keep: fn(char) -> bool) -> &str {
    &text[find_char(text, keep).unwrap_or(text.len())..]
}

/// `text` up to and with its last char that `keep` accepts, as `text.trim_end_matches(|c|
/// !keep(c))`.
pub fn trim_end_to(text: &str, keep: fn(char) -> bool) -> &str {
    let end = text.char_indices().rev().find(|&(_, c)| keep(c));
    &text[..end.map_or(0, |(i, c)| i + c.len_utf8())]
}

/// `text` from its first to its last char that `keep` accepts, as `text.trim_matches(|c|
/// !keep(c))`: a word without the punctuation around it.
pub fn trim_to(text: &str, keep: fn(char) -> bool) -> &str {
    trim_end_to(trim_start_to(text, keep), keep)
}

/// `parts` with `sep` between them, as `parts.join(sep)` (and `parts.concat()` with an
/// empty `sep`): std's join is a copy of its two-pass, unchecked copy per element type.
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// `parts` one after the other, as `parts.concat()` (see [`join`]).
pub fn concat<S: AsRef<str>>(parts: &[S]) -> String {
    join(parts, "")
}

/// Whether `c` is a letter, of any script.
///
/// Not `char::is_alphabetic`, which links the standard library's Unicode table for it (1.2
/// KB of the wasm brotli): outside ASCII, chat's non-letters sit in a few blocks (Latin-1
/// signs, spacing and combining accents, punctuation and symbols, CJK punctuation, emoji)
/// and the punctuation of the scripts Defuse names, so everything else is taken as a
/// letter. Of the 830 characters outside ASCII in the training texts and the test data,
/// only `ⁿ` reads otherwise than `char::is_alphabetic` reads it; digits of other scripts
/// read as letters, and unassigned code points and rare signs of other scripts may differ.
pub fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7f => c.is_ascii_alphabetic(),
        0xaa | 0xb5 | 0xba => true, // ª µ º
        // Latin-1 signs and punctuation, × and ÷, spacing and combining accents (˜ ´),
        // Greek and Cyrillic signs.
        0x80..=0xbf | 0xd7 | 0xf7 | 0x2c2..=0x2c5 | 0x2d2..=0x2df | 0x2e5..=0x2eb | 0x2ed
        | 0x2ef..=0x344 | 0x346..=0x362 | 0x375 | 0x37e | 0x384 | 0x385 | 0x387 | 0x3f6
        | 0x482..=0x489
        // Armenian, Hebrew, Arabic, Devanagari and Thai punctuation and signs.
        | 0x55a..=0x55f | 0x589 | 0x58a | 0x5be | 0x5c0 | 0x5c3 | 0x5c6 | 0x5f3 | 0x5f4
        | 0x60c | 0x61b | 0x61f | 0x66a..=0x66d | 0x6d4 | 0x964 | 0x965 | 0x970 | 0xe3f
        | 0xe4f | 0xe5a | 0xe5b
        // Punctuation, symbols, arrows, maths, shapes and dingbats; CJK punctuation and the
        // katakana middle dot.
        | 0x2000..=0x2bff | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x302a..=0x3030
        | 0x3036 | 0x3037 | 0x303d..=0x303f | 0x30fb
        // Private use, variation selectors, small and fullwidth punctuation, specials,
        // emoji and other pictographs, tags.
        | 0xe000..=0xf8ff | 0xfe00..=0xfe0f | 0xfe30..=0xfe6f | 0xff00..=0xff0f | 0xff1a..=0xff20
        | 0xff3b..=0xff40 | 0xff5b..=0xff65 | 0xfff0..=0xffff | 0x1f000..=0x1ffff
        | 0xe0000.. => false,
        _ => true,
    }
}

/// Whether `c` is part of a word: a letter ([`is_letter`]) or a digit (`²` and `½` too, as
/// `char::is_alphanumeric` has them).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || matches!(c, '²' | '³' | '¹' | '¼'..='¾')
}

/// Whether the text right after a word carries it on into a code: a hyphen and a digit
/// ("ad-1600", "xr-5"). Such a word is a model's name, never the word itself ("the
/// AD-1600" is no advert), so a phrase ending there is no match.
pub fn continues_code(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() > 1 && b[0] == b'-' && b[1].is_ascii_digit()
}

/// Whether `c` is an emoji or pictograph (the ranges chat emoji come from).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF | 0x2B00..=0x2BFF | 0x2190..=0x21FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hyphen_and_a_digit_carry_a_word_into_a_code() {
        assert!(continues_code("-1600 broke"));
        assert!(!continues_code("-hoc"));
        assert!(!continues_code("- 16"));
        assert!(!continues_code("-"));
        assert!(!continues_code(""));
    }

    #[test]
    fn the_last_byte_and_what_follows_it_are_read_as_std_reads_them() {
        for text in [
            "",
            "?",
            "why? how?",
            "no question",
            "caf\u{e9} au lait?",
            "a\nb\n",
            "\u{1f600} x",
        ] {
            for byte in [b'?', b' ', b'\n'] {
                let c = char::from(byte);
                assert_eq!(last_byte(text, byte), text.rfind(c), "{text:?} {c:?}");
                assert_eq!(Some(after_last(text, byte)), text.rsplit(c).next());
            }
        }
    }

    #[test]
    fn byte_searches_find_and_split_as_std_does() {
        for text in [
            "",
            " ",
            "a",
            "a b  c ",
            "key=value=more",
            "=x",
            "{name} and {x}",
            "caf\u{e9}|cr\u{e8}me br\u{fb}l\u{e9}e|",
            "\u{1f600} ok?",
        ] {
            for byte in [b' ', b'=', b'|', b'?', b'{', b'}'] {
                let c = char::from(byte);
                assert_eq!(find_byte(text, byte), text.find(c), "{text:?} {c:?}");
                assert_eq!(split_once_byte(text, byte), text.split_once(c));
                let parts: Vec<&str> = split_byte(text, byte).collect();
                assert_eq!(parts, text.split(c).collect::<Vec<_>>(), "{text:?} {c:?}");
            }
        }
    }

    #[test]
    fn byte_set_searches_find_split_and_trim_as_std_does() {
        for text in [
            "",
            ".",
            "Hi. How are you? Fine!",
            "  , a, b ,  ",
            "v1.2.3.",
            "\"(quoted)\"",
            "caf\u{e9}. cr\u{e8}me!",
            "\u{1f600}!?",
        ] {
            for set in [&b".!?"[..], b" ,", b"\"(", b"v", b"."] {
                let chars: Vec<char> = set.iter().map(|&b| char::from(b)).collect();
                let c = &chars[..];
                assert_eq!(find_any(text, set), text.find(c), "{text:?} {c:?}");
                assert_eq!(rfind_any(text, set), text.rfind(c), "{text:?} {c:?}");
                let parts: Vec<&str> = split_any(text, set).collect();
                assert_eq!(parts, text.split(c).collect::<Vec<_>>(), "{text:?} {c:?}");
                let parts: Vec<&str> = split_inclusive_any(text, set).collect();
                assert_eq!(parts, text.split_inclusive(c).collect::<Vec<_>>());
                assert_eq!(trim_start_any(text, set), text.trim_start_matches(c));
                assert_eq!(trim_end_any(text, set), text.trim_end_matches(c));
            }
        }
    }

    #[test]
    fn char_searches_find_split_and_trim_as_std_does() {
        fn nbsp(c: char) -> bool {
            matches!(c, ' ' | '\t' | '\u{a0}')
        }
        fn word(c: char) -> bool {
            is_word_char(c) || c == '\''
        }
        for text in [
            "",
            " ",
            "\u{a0}a\tb  c\u{a0}",
            "\"(don't)\"!",
            "caf\u{e9}, cr\u{e8}me\u{2014}br\u{fb}l\u{e9}e",
            "\u{1f600} ok? \u{1f600}",
            "http://x.y/z rest",
        ] {
            for is in [char::is_whitespace, nbsp, word, is_letter] {
                assert_eq!(find_char(text, is), text.find(is), "{text:?}");
                assert_eq!(rfind_char(text, is), text.rfind(is), "{text:?}");
                let parts: Vec<&str> = split_char(text, is).collect();
                assert_eq!(parts, text.split(is).collect::<Vec<_>>(), "{text:?}");
                let not = |c: char| !is(c);
                assert_eq!(trim_start_to(text, is), text.trim_start_matches(not));
                assert_eq!(trim_end_to(text, is), text.trim_end_matches(not));
                assert_eq!(trim_to(text, is), text.trim_matches(not), "{text:?}");
            }
        }
    }

    #[test]
    fn join_joins_as_std_does() {
        for parts in [&[][..], &["a"], &["a", "", "b c"], &["", ""]] {
            for sep in ["", " ", " \u{b7} "] {
                assert_eq!(join(parts, sep), parts.join(sep));
                let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
                assert_eq!(join(&owned, sep), owned.join(sep));
            }
            assert_eq!(concat(parts), parts.concat());
        }
    }

    #[test]
    fn search_finds_and_replaces_as_std_does() {
        let texts = [
            "",
            "a",
            "order",
            "my order and your order",
            "aaaa",
            "I'll see what I can do, and we'll try",
            "caf\u{e9} caf\u{e9}s na\u{ef}ve \u{1f600}\u{1f600} {subject}{subject}",
            "  ,  , ,, \u{1}, x",
        ];
        let needles = [
            "a",
            "aa",
            "order",
            " and ",
            "\u{e9}",
            "\u{1f600}",
            "{subject}",
            " ,",
            ",,",
            "we'll",
            "x",
            "order and your order and",
            "\u{e9}s",
        ];
        for text in texts {
            assert_eq!(text.find_str(""), text.find(""));
            for needle in needles {
                assert_eq!(
                    text.find_str(needle),
                    text.find(needle),
                    "{text:?} {needle:?}"
                );
                assert_eq!(text.contains_str(needle), text.contains(needle));
                for to in ["", "b", "aa", "{subject}"] {
                    assert_eq!(text.replace_str(needle, to), text.replace(needle, to));
                }
            }
            assert_eq!(text.replace_str("", "-"), text);
        }
    }

    #[test]
    fn letters_are_read_as_the_standard_library_reads_them() {
        // Latin, IPA, accents, Cyrillic, general and CJK punctuation, fullwidth forms,
        // emoticons: every code point assigned. Digits of other scripts are taken as
        // letters, which makes no difference to words.
        let ranges = [
            0..=0x377,
            0x400..=0x52f,
            0x2000..=0x2064,
            0x3000..=0x303f,
            0xff00..=0xff65,
            0x1f600..=0x1f64f,
        ];
        let mut letters = Vec::new();
        let mut words = Vec::new();
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            if is_letter(c) != c.is_alphabetic() {
                letters.push(c);
            }
            if is_word_char(c) != c.is_alphanumeric() {
                words.push(c);
            }
        }
        assert_eq!(letters, ('０'..='９').collect::<Vec<_>>());
        assert_eq!(words, Vec::<char>::new());
    }

    fn kinds(text: &str) -> Vec<(String, TokenKind)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.text.to_string(), t.kind))
            .collect()
    }

    #[test]
    fn words_numbers_punct_emoji() {
        use TokenKind::*;
        assert_eq!(
            kinds("I don’t have order #1,234!!! 😡😡 @user www.x.com"),
            vec![
                ("I".into(), Word),
                ("don’t".into(), Word),
                ("have".into(), Word),
                ("order".into(), Word),
                ("#".into(), Punct),
                ("1,234".into(), Number),
                ("!!!".into(), Punct),
                ("😡".into(), Emoji),
                ("😡".into(), Emoji),
                ("@user".into(), Mention),
                ("www.x.com".into(), Url),
            ]
        );
        assert_eq!(tokenize("don’t")[0].norm, "don't");
    }

    #[test]
    fn word_lists() {
        assert!(is_one_of("why", "where why when"));
        assert!(!is_one_of("wh", "where why when"));
        assert!(!is_one_of("", "where why when"));
        assert_eq!(lookup("i'm", "i=you i'm=you're"), Some("you're"));
        assert_eq!(lookup("you", "i=you i'm=you're"), None);
    }

    proptest::proptest! {
        #[test]
        fn sorted_lists_find_what_a_scan_finds(
            mut words in proptest::collection::vec("[a-d]{1,3}", 1..30),
            word in "[a-d]{0,3}",
        ) {
            words.sort();
            words.dedup();
            let list = words.join(" ");
            proptest::prop_assert_eq!(is_in_sorted(&word, &list), is_one_of(&word, &list));
            let pairs: Vec<String> = words.iter().map(|w| format!("{w}={w}!")).collect();
            let pairs: &'static str = Box::leak(pairs.join(" ").into_boxed_str());
            proptest::prop_assert_eq!(lookup_sorted(&word, pairs), lookup(&word, pairs));
        }
    }

    #[test]
    fn shouting_needs_two_capital_letters() {
        let t = tokenize("I want it NOW ok A");
        let shouted: Vec<_> = t
            .iter()
            .filter(|t| t.is_shouted())
            .map(|t| t.text)
            .collect();
        assert_eq!(shouted, vec!["NOW"]);
    }

    #[test]
    fn trailing_apostrophe_and_period_are_not_word() {
        assert_eq!(
            kinds("customers' 3."),
            vec![
                ("customers".into(), TokenKind::Word),
                ("'".into(), TokenKind::Punct),
                ("3".into(), TokenKind::Number),
                (".".into(), TokenKind::Punct),
            ]
        );
    }
}
