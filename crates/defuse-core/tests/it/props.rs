//! Tests: props. Whatever the text, `analyze` returns, and every span it returns is sound:
//! inside the text, on char boundaries, `start <= end`, UTF-16 offsets that match the
//! prefix, signals sorted by start, weights finite and within -1..=1.

use defuse_core::analyze;
use proptest::prelude::*;

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let a = analyze(text);
    prop_assert!(a.sentiment.is_finite() && a.heat.is_finite());
    // UTF-16 offset of every byte boundary, counted once: recounting the prefix per signal
    // is quadratic on a 100 KB message with thousands of signals.
    let mut utf16_at = vec![usize::MAX; text.len() + 1];
    let mut units = 0;
    for (i, c) in text.char_indices() {
        utf16_at[i] = units;
        units += c.len_utf16();
    }
    utf16_at[text.len()] = units;
    let mut last_start = 0;
    for s in &a.signals {
        let sp = s.span;
        prop_assert!(sp.start <= sp.end, "{:?} start > end", s.kind);
        prop_assert!(sp.end <= text.len(), "{:?} ends past the text", s.kind);
        prop_assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        prop_assert_eq!(sp.start_utf16, utf16_at[sp.start]);
        prop_assert_eq!(sp.end_utf16, utf16_at[sp.end]);
        prop_assert!(sp.start >= last_start, "signals not sorted by start");
        last_start = sp.start;
        prop_assert!(s.weight.is_finite() && (-1.0..=1.0).contains(&s.weight));
    }
    Ok(())
}

/// Characters that stress tokenizing: caps, apostrophes, masks, marks, emoji sequences,
/// combining accents, CRLF, right-to-left text, surrogate-pair symbols.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('a', 'z'),
        2 => prop::char::range('A', 'Z'),
        2 => Just(' '),
        1 => prop::sample::select(vec![
            '!', '?', '.', ',', '*', '@', '$', '#', '\'', '’', '`', '-', '_', '\r', '\n', '\t',
            '0', '1', '3', '5', '\u{301}', '\u{308}', '\u{200d}', '\u{fe0f}', '😡', '🤬', '👍',
            '🙏', '❤', '👩', '🏽', '🇬', '🇧', 'é', 'ß', 'İ', 'ﬁ', 'ا', 'ש', '中', '\u{0}',
            '\u{feff}', '\u{1f3fb}', '𝔘',
        ]),
    ]
}

/// Words the rules react to, so random text reaches the phrase and modifier code.
fn cue_word() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "not", "never", "but", "sorry", "for", "you", "are", "useless", "THIRD", "time", "again",
        "still", "f*ck", "sh1t", "a**hole", "!!!", "???", "great", ",", "another", "cancel", "my",
        "account", "three", "weeks", "since", "Monday", "sue", "manager", "please", "refund", "me",
        "NOW", "thanks", "nothing", "😡", "🙏", "1", "star", "over", "a", "month", "so", "very",
        "happy", "bad", "idiot", "oh", "yeah", "right", "love", "how", "already", "told", "in",
        "24", "hours", "I'm", "don’t", "OK", "PDF", "\r\n",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string(text in any::<String>()) {
        check_spans(&text)?;
    }

    #[test]
    fn tricky_characters(chars in prop::collection::vec(tricky_char(), 0..300)) {
        let text: String = chars.into_iter().collect();
        check_spans(&text)?;
    }

    #[test]
    fn cue_words_in_any_order(
        words in prop::collection::vec(cue_word(), 0..40),
        seps in prop::collection::vec(prop::sample::select(vec![" ", "", "  ", "\r\n", "—", "😡"]), 40),
    ) {
        let mut text = String::new();
        for (w, sep) in words.iter().zip(seps.iter()) {
            text.push_str(w);
            text.push_str(sep);
        }
        check_spans(&text)?;
    }

    #[test]
    fn very_long_words(letter in prop::char::range('a', 'z'), n in 1usize..5000, caps in any::<bool>()) {
        let word: String = std::iter::repeat_n(letter, n).collect();
        let word = if caps { word.to_uppercase() } else { word };
        check_spans(&format!("this is {word}!!! {word}"))?;
    }
}

proptest! {
    // 100 KB messages are slow in debug builds; a handful of cases is enough to show they
    // neither panic nor break a span.
    #![proptest_config(ProptestConfig::with_cases(4))]

    #[test]
    fn hundred_kilobyte_messages(
        words in prop::collection::vec(cue_word(), 64),
        chars in prop::collection::vec(tricky_char(), 64),
    ) {
        let mut text = String::with_capacity(110_000);
        let mut i = 0;
        while text.len() < 100_000 {
            text.push_str(words[i % words.len()]);
            text.push(chars[i % chars.len()]);
            i += 1;
        }
        check_spans(&text)?;
    }
}
