//! Cues in how a message is written rather than what it says: capitals, `!!!`, emoji.

use super::lexemes::Lexeme;
use super::{Hit, Origin};
use crate::lexicon::class;
use crate::signal::SignalKind;
use crate::text::TokenKind;

/// How a capitalised word counts towards shouting.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caps {
    /// A shouted word (`NOW`, `REFUND`).
    Shout,
    /// Neither shouting nor ordinary: acronyms, codes, `I` (`OK`, `PDF`, `AB12`).
    Neutral,
    /// An ordinary word with lowercase letters: ends a run of shouting.
    Calm,
}

fn caps(l: &Lexeme<'_>) -> Caps {
    if l.kind != TokenKind::Word {
        return Caps::Neutral;
    }
    if !l.shouted {
        return if l.text.chars().any(crate::case::is_lower) {
            Caps::Calm
        } else {
            Caps::Neutral
        };
    }
    let letters = l
        .text
        .chars()
        .filter(|c| crate::text::is_letter(*c))
        .count();
    let has_digit = l.text.chars().any(|c| c.is_ascii_digit());
    if has_digit || l.is(class::ACRONYM) || (letters <= 3 && !l.is(class::SHORT_SHOUT)) {
        Caps::Neutral
    } else {
        Caps::Shout
    }
}

/// Runs of shouted words. A lone capitalised word in an ordinary message is emphasis and
/// weighs little; a run weighs more; a message written entirely in capitals, most.
pub(super) fn shouting(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    // Only a `shouted` lexeme can read as a shout: most messages have none, and then there
    // is nothing to classify.
    if !lex.iter().any(|l| l.shouted) {
        return;
    }
    let classes: Vec<Caps> = lex
        .iter()
        .enumerate()
        .map(|(i, l)| {
            // A hashtag (`#PUBG`) is a name, however it is written.
            let tagged = i > 0 && lex[i - 1].norm == "#" && lex[i - 1].end == l.start;
            if tagged {
                Caps::Neutral
            } else {
                caps(l)
            }
        })
        .collect();
    let shouted = classes.iter().filter(|&&c| c == Caps::Shout).count();
    if shouted == 0 {
        return;
    }
    let all_caps = shouted >= 2 && !classes.contains(&Caps::Calm);
    let mut run: Option<(usize, usize, usize)> = None; // (first, last, count)
    let flush = |run: &mut Option<(usize, usize, usize)>, hits: &mut Vec<Hit>| {
        if let Some((first, last, count)) = run.take() {
            let weight = if all_caps {
                0.5
            } else {
                match count {
                    1 => 0.2,
                    2 => 0.3,
                    _ => 0.4,
                }
            };
            hits.push(Hit {
                kind: SignalKind::Shouting,
                start: first,
                end: last + 1,
                weight,
                origin: Origin::Rule,
            });
        }
    };
    for (i, class) in classes.iter().enumerate() {
        match class {
            Caps::Shout => {
                run = Some(match run {
                    Some((first, _, count)) => (first, i, count + 1),
                    None => (i, i, 1),
                });
            }
            Caps::Calm => flush(&mut run, hits),
            Caps::Neutral => {}
        }
    }
    flush(&mut run, hits);
}

/// Runs of two or more `!`/`?` (`!!!`, `???`, `?!`).
pub(super) fn exclamation(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    for (i, l) in lex.iter().enumerate() {
        if l.kind != TokenKind::Punct {
            continue;
        }
        let marks = l.text.chars().filter(|c| matches!(c, '!' | '?')).count();
        if marks >= 2 {
            hits.push(Hit {
                kind: SignalKind::Exclamation,
                start: i,
                end: i + 1,
                weight: if marks >= 3 { 0.3 } else { 0.2 },
                origin: Origin::Rule,
            });
        }
    }
}

/// Emoji that carry a clear feeling in support chat, and the text faces `:(` `:-)`.
pub(super) fn emoji(lex: &[Lexeme<'_>], hits: &mut Vec<Hit>) {
    for (i, l) in lex.iter().enumerate() {
        if let Some((end, kind, weight)) = text_face(lex, i) {
            hits.push(Hit {
                kind,
                start: i,
                end,
                weight,
                origin: Origin::Rule,
            });
            continue;
        }
        if l.kind != TokenKind::Emoji {
            continue;
        }
        let Some(base) = l.text.chars().next() else {
            continue;
        };
        let found = match base {
            '🖕' => Some((SignalKind::EmojiNegative, 0.6)),
            '😡' | '🤬' | '😠' | '💢' | '👿' => Some((SignalKind::EmojiNegative, 0.4)),
            '👎' | '😤' | '💩' | '😒' | '🙄' | '😩' | '😫' | '😭' | '😢' | '😞' | '☹' | '🙁'
            | '😑' | '😣' | '😖' | '🤦' | '🤮' | '🤢' | '😾' | '😰' | '😟' | '😔' | '😱' => {
                Some((SignalKind::EmojiNegative, 0.3))
            }
            '🙂' | '😊' | '🙏' | '👍' | '❤' | '😀' | '😃' | '😄' | '😁' | '😍' | '🥰' | '💯'
            | '✅' | '👌' | '🎉' | '🤗' | '😌' | '💙' | '💚' | '💜' | '♥' | '😘' | '☺' | '🥳'
            | '😇' | '🤩' | '💕' | '💖' | '🌟' | '⭐' | '😎' => {
                Some((SignalKind::EmojiPositive, -0.3))
            }
            _ => None,
        };
        if let Some((kind, weight)) = found {
            hits.push(Hit {
                kind,
                start: i,
                end: i + 1,
                weight,
                origin: Origin::Rule,
            });
        }
    }
}

/// A face typed as punctuation that touches: `:(`, `:-(`, `:'(`, `:)`, `:-)`, `:D`, `;)`.
fn text_face(lex: &[Lexeme<'_>], i: usize) -> Option<(usize, SignalKind, f32)> {
    if !matches!(lex[i].text, ":" | ";") {
        return None;
    }
    let mut j = i + 1;
    let touches = |j: usize| lex.get(j).filter(|n| n.start == lex[j - 1].end);
    if touches(j).is_some_and(|n| matches!(n.text, "-" | "'")) {
        j += 1;
    }
    let mouth = touches(j)?;
    let (kind, weight) = match mouth.text {
        "(" | "[" | "/" => (SignalKind::EmojiNegative, 0.3),
        ")" | "]" | "D" | "P" | "p" => (SignalKind::EmojiPositive, -0.3),
        _ => return None,
    };
    Some((j + 1, kind, weight))
}

#[cfg(test)]
mod tests {
    use crate::signal::SignalKind;
    use crate::text::tokenize;

    fn shouts(text: &str) -> Vec<(String, f32)> {
        let tokens = tokenize(text);
        super::super::detect(text, &tokens)
            .0
            .into_iter()
            .filter(|s| s.kind == SignalKind::Shouting)
            .map(|s| (s.span.slice(text).to_string(), s.weight))
            .collect()
    }

    #[test]
    fn acronyms_and_codes_are_not_shouting() {
        assert!(shouts("Is my ID OK? I sent the PDF to the USA office").is_empty());
        assert!(shouts("Order AB12 and XR500 are fine").is_empty());
        assert!(shouts("I live in the UK, ETA?").is_empty());
    }

    #[test]
    fn a_lone_capital_word_is_weak_and_a_caps_message_is_strong() {
        assert_eq!(shouts("please refund me NOW"), vec![("NOW".into(), 0.2)]);
        assert_eq!(
            shouts("WHERE IS MY ORDER"),
            vec![("WHERE IS MY ORDER".into(), 0.5)]
        );
        assert_eq!(
            shouts("I said REFUND IT NOW and nothing"),
            vec![("REFUND IT NOW".into(), 0.3)]
        );
    }

    #[test]
    fn acronyms_inside_a_shouted_run_do_not_break_it() {
        assert_eq!(
            shouts("WHERE IS MY PDF INVOICE"),
            vec![("WHERE IS MY PDF INVOICE".into(), 0.5)]
        );
    }
}
