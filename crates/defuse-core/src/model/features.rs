//! What the learned layer sees of a message: hashed word unigrams and bigrams (with
//! negation marking), plus counts of the rule signals and of shouting and `!`/`?` runs.
//!
//! Features are hashed (FNV-1a, then a finalizer mix) straight from the tokens' normalized
//! text, so no vocabulary is stored and nothing is allocated per feature. `defuse fit` and
//! [`super::predict`] call the same [`extract`], which is what keeps fitted weights valid.

use crate::signal::{Signal, SignalKind};
use crate::text::{Token, TokenKind};

/// One hashed feature and its value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Feature {
    /// 32-bit hash; a head uses its low bits as the bucket.
    pub hash: u32,
    /// How much of it there is (1.0 per occurrence for words).
    pub value: f32,
}

// Tags keep the feature families apart in the hash space.
const UNIGRAM: u8 = 1;
const NEGATED: u8 = 2;
const BIGRAM: u8 = 3;
const SIGNAL: u8 = 4;
const SHAPE: u8 = 5;
const CHARS: u8 = 6;

/// Appends the features of a tokenized message, and the rule `signals` found in it, to `out`.
pub fn extract(tokens: &[Token<'_>], signals: &[Signal], out: &mut Vec<Feature>) {
    let first = out.len();
    let mut negated = false;
    let mut prev: Option<u32> = None;
    let (mut shouted, mut bangs, mut questions) = (0u32, 0u32, 0u32);
    for token in tokens {
        let term = term_hash(token);
        if token.kind == TokenKind::Punct {
            if crate::text::find_any(token.text, b".!?,;:").is_some() {
                negated = false;
            }
            bangs += u32::from(token.text.contains('!'));
            questions += u32::from(token.text.contains('?'));
        }
        shouted += u32::from(token.is_shouted());
        let tag = if negated && token.kind == TokenKind::Word {
            NEGATED
        } else {
            UNIGRAM
        };
        out.push(Feature {
            hash: finish(mix(tag as u32, term)),
            value: 1.0,
        });
        let before = prev.unwrap_or(0x5eed);
        out.push(Feature {
            hash: finish(mix(mix(BIGRAM as u32, before), term)),
            value: 1.0,
        });
        prev = Some(term);
        if token.kind == TokenKind::Word {
            char_grams(&token.norm, out);
        }
        if token.kind == TokenKind::Word && is_negator(&token.norm) {
            negated = true;
        }
    }
    // Scale to unit length so long and short messages weigh alike (as tf-idf pipelines
    // do); the rule and shape features after this keep their own scale.
    let norm: f32 = out[first..]
        .iter()
        .map(|f| f.value * f.value)
        .sum::<f32>()
        .sqrt();
    if norm > 0.0 {
        for f in &mut out[first..] {
            f.value /= norm;
        }
    }
    let shape = |id: u32, n: u32, out: &mut Vec<Feature>| {
        if n > 0 {
            out.push(Feature {
                hash: finish(mix(SHAPE as u32, id)),
                value: (n as f32).min(3.0) / 3.0,
            });
        }
    };
    shape(1, shouted, out);
    shape(2, bangs, out);
    shape(3, questions, out);
    // Counted in one pass over the signals, not one pass per kind; emitted in `ALL` order
    // as before, so the features (and their float sums) are unchanged.
    let mut counts = [0u32; 64];
    for s in signals {
        if let Some(n) = counts.get_mut(s.kind as usize) {
            *n += 1;
        }
    }
    for kind in SignalKind::ALL {
        let n = counts
            .get(kind as usize)
            .copied()
            .unwrap_or_else(|| signals.iter().filter(|s| s.kind == kind).count() as u32);
        shape_signal(kind, n, out);
    }
    // The rules' sentiment words summed into one valence, split by sign: our own lexicon
    // generalises beyond the training text where n-grams do not.
    let valence: f32 = signals
        .iter()
        .filter(|s| {
            !s.kind.is_cue() && !matches!(s.kind, SignalKind::Negation | SignalKind::Contrast)
        })
        .map(|s| -s.weight)
        .sum();
    for (id, v) in [(4, valence.max(0.0)), (5, (-valence).max(0.0))] {
        if v > 0.0 {
            out.push(Feature {
                hash: finish(mix(SHAPE as u32, id)),
                value: v.min(3.0),
            });
        }
    }
}

/// Character 3- and 4-grams of a word with its edges marked (`^fck`, `ck$`): they catch
/// misspellings, censored swearing and word families the word features miss.
fn char_grams(norm: &str, out: &mut Vec<Feature>) {
    // A stack buffer instead of a Vec per word: this runs for every word of every message.
    // Words longer than the buffer contribute the grams of their first 62 characters.
    let mut chars = ['\0'; 64];
    let mut len = 1;
    chars[0] = '^';
    // Letter runs longer than two are cut to two, as in the word features.
    let mut run = 0;
    for c in norm.chars() {
        run = if chars[len - 1] == c { run + 1 } else { 1 };
        if run > 2 {
            continue;
        }
        if len == 63 {
            break;
        }
        chars[len] = c;
        len += 1;
    }
    chars[len] = '$';
    len += 1;
    if len < 5 {
        return;
    }
    for n in 3..=4 {
        for gram in chars[..len].windows(n) {
            let mut h: u32 = 0x811c_9dc5;
            for &c in gram {
                h ^= c as u32;
                h = h.wrapping_mul(0x0100_0193);
            }
            out.push(Feature {
                hash: finish(mix(CHARS as u32, h)),
                value: 0.5,
            });
        }
    }
}

fn shape_signal(kind: SignalKind, n: u32, out: &mut Vec<Feature>) {
    if n > 0 {
        out.push(Feature {
            hash: finish(mix(SIGNAL as u32, kind as u32)),
            value: (n as f32).min(2.0),
        });
    }
}

/// Words that flip what follows them, up to the next punctuation. A `match` rather than a
/// list scan: it is asked of every word, and the match dispatches on length first.
fn is_negator(norm: &str) -> bool {
    matches!(
        norm,
        "not"
            | "no"
            | "never"
            | "nothing"
            | "nobody"
            | "none"
            | "neither"
            | "nor"
            | "cannot"
            | "without"
            | "hardly"
            | "cant"
            | "dont"
            | "wont"
            | "didnt"
            | "doesnt"
            | "isnt"
            | "wasnt"
            | "aint"
    ) || norm.ends_with("n't")
}

/// Hash of the token's term: its normalized text with letter runs longer than two cut to
/// two (`soooo` reads as `soo`), all numbers as one term, mentions and links as one term each.
fn term_hash(token: &Token<'_>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut feed = |b: u8| {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    };
    match token.kind {
        TokenKind::Number => feed(b'0'),
        TokenKind::Mention => feed(b'@'),
        TokenKind::Url => feed(b'/'),
        _ => {
            let (mut last, mut run) = ('\0', 0);
            for c in token.norm.chars() {
                run = if c == last { run + 1 } else { 1 };
                last = c;
                if run > 2 {
                    continue;
                }
                let mut buf = [0u8; 4];
                for &b in c.encode_utf8(&mut buf).as_bytes() {
                    feed(b);
                }
            }
        }
    }
    h
}

fn mix(a: u32, b: u32) -> u32 {
    (a ^ b.rotate_left(5)).wrapping_mul(0x9e37_79b1) ^ b
}

/// The murmur3 finalizer: spreads the bits so the low ones make good buckets.
fn finish(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn hashes(text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        extract(&tokenize(text), &[], &mut out);
        out.into_iter().map(|f| f.hash).collect()
    }

    #[test]
    fn elongation_and_case_fold_to_the_same_features() {
        assert_eq!(hashes("sooooo Good"), hashes("soo good")[..]);
    }

    #[test]
    fn negation_changes_the_word_after_it_until_punctuation() {
        let plain = hashes("good");
        let negated = hashes("not good");
        let after_stop = hashes("not. good");
        assert!(!negated.contains(&plain[0]));
        assert!(after_stop.contains(&plain[0]));
    }
}
