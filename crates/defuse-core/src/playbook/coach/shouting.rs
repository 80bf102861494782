//! Shouting: a run of capitalised ordinary words ("I HAVE ALREADY SENT IT"), or `!!!`.
//!
//! Support writing is full of capitals that are not shouting: agents' initials and
//! signatures (`^JS`, `*MS`, `-EF`), @handles, #hashtags, links, order numbers and codes,
//! acronyms and product names (GPS, DM, FAQ, PIN, iOS). So a capitalised word counts only
//! when it is an ordinary word: five letters or more and not a known name, or one of the
//! short everyday words (`COMMON_SHORT`). A run is shouting when it has three ordinary
//! words, or two with one of five letters or more; names inside a run neither start nor
//! end it.

use super::phrases::{ACRONYMS, COMMON_SHORT};

/// What one whitespace-separated token is, for the run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    /// A capitalised ordinary word with this many letters.
    Loud(usize),
    /// Capitals that are not shouting (a name, an acronym, "I"): they continue a run.
    Neutral,
    /// Anything else: ends a run.
    Quiet,
}

/// Byte ranges of the draft that shout: runs of capitalised ordinary words, and `!!!`.
pub(super) fn shouting_runs(draft: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    // The current run: start, end of its last loud word, loud words, longest loud word.
    let mut run: Option<(usize, usize, usize, usize)> = None;
    let close = |run: &mut Option<(usize, usize, usize, usize)>, runs: &mut Vec<_>| {
        if let Some((start, end, count, longest)) = run.take() {
            if count >= 3 || (count >= 2 && longest >= 5) {
                runs.push((start, end));
            }
        }
    };
    for (start, token) in tokens(draft) {
        let (core_start, core) = core(token);
        let core_start = start + core_start;
        match classify(token, core) {
            Token::Loud(letters) => {
                let end = core_start + core.len();
                run = Some(match run {
                    Some((s, _, count, longest)) => (s, end, count + 1, longest.max(letters)),
                    None => (core_start, end, 1, letters),
                });
            }
            Token::Neutral => {}
            Token::Quiet => close(&mut run, &mut runs),
        }
        // A sentence end inside the token ("NOW. Please") ends the run after it.
        if token.ends_with(['.', '?', ';', ':']) && !token.ends_with("...") {
            close(&mut run, &mut runs);
        }
    }
    close(&mut run, &mut runs);
    let bytes = draft.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'!' {
            let start = i;
            while i < bytes.len() && matches!(bytes[i], b'!' | b'?' | b'1') {
                i += 1;
            }
            if draft[start..i].bytes().filter(|&b| b == b'!').count() >= 3 {
                runs.push((start, i));
            }
        } else {
            i += 1;
        }
    }
    // The crate's one sort (see `order`): by start, then end.
    crate::order::sort_by_key(&mut runs, |&(s, e)| crate::order::pair(s as u32, e as u32));
    runs
}

/// The calmer wording of a shouted run: lowercase, keeping "I" and the names.
pub(super) fn calmer(text: &str, sentence_start: bool) -> String {
    if text.starts_with('!') {
        return ".".to_string();
    }
    let mut out = String::with_capacity(text.len());
    for (i, word) in crate::text::split_byte(text, b' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = crate::text::trim_to(word, |c| c.is_ascii_alphabetic());
        let keep = bare.is_empty()
            || bare == "I"
            || bare.starts_with("I'")
            || classify(word, bare) == Token::Neutral;
        if keep {
            out.push_str(word);
        } else {
            out.push_str(&crate::case::lowercase(word));
        }
    }
    if sentence_start {
        if let Some(first) = out.chars().next() {
            // A new string, not `replace_range`: its splice is code of its own in the wasm.
            let mut capitalised = String::with_capacity(out.len());
            capitalised.push(crate::case::upper(first));
            capitalised.push_str(&out[first.len_utf8()..]);
            out = capitalised;
        }
    }
    out
}

/// Whitespace-separated tokens with their byte offsets.
fn tokens(draft: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in draft.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &draft[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &draft[s..]));
    }
    out
}

/// The token without the punctuation around it, and where that starts in the token.
fn core(token: &str) -> (usize, &str) {
    let trimmed = crate::text::trim_start_to(token, crate::text::is_word_char);
    let start = token.len() - trimmed.len();
    let core = crate::text::trim_end_to(trimmed, crate::text::is_word_char);
    (start, core)
}

fn classify(token: &str, core: &str) -> Token {
    let first = token.chars().next().unwrap_or(' ');
    // Signatures and initials (^JS, *MS, -EF, ~AB), handles, hashtags, links.
    if matches!(
        first,
        '^' | '*' | '~' | '@' | '#' | '-' | '\u{2013}' | '\u{2014}' | '+'
    ) || token.contains('/')
        || token.starts_with("www.")
        || core.contains('.')
        || core.contains('@')
    {
        return Token::Neutral;
    }
    if core.is_empty() {
        return Token::Neutral;
    }
    if !core.bytes().any(|b| b.is_ascii_uppercase()) {
        return Token::Quiet;
    }
    if core.chars().any(crate::case::is_lower) {
        return Token::Quiet;
    }
    // Codes and order numbers (A-5521, ORD12345, 4G).
    if core.bytes().any(|b| b.is_ascii_digit()) {
        return Token::Neutral;
    }
    let word: String = core.chars().filter(char::is_ascii_alphabetic).collect();
    let letters = word.len();
    if letters >= 5 {
        if ACRONYMS.contains(&word) {
            Token::Neutral
        } else {
            Token::Loud(letters)
        }
    } else if word == "I" || !COMMON_SHORT.contains(&word) {
        // "I" and short unknown capitals (GPS, DM, FAQ, PIN, YT) are not loud.
        Token::Neutral
    } else {
        Token::Loud(letters)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shouted(draft: &str) -> Vec<&str> {
        shouting_runs(draft)
            .into_iter()
            .map(|(s, e)| &draft[s..e])
            .collect()
    }

    #[test]
    fn tables_are_sorted_and_acronyms_long() {
        for table in [ACRONYMS, COMMON_SHORT] {
            let words: Vec<&str> = table.iter().collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]));
        }
        // A shorter one is never looked up.
        assert!(ACRONYMS.iter().all(|w| w.len() >= 5));
    }

    #[test]
    fn runs_of_ordinary_capitals_shout() {
        assert_eq!(
            shouted("I HAVE ALREADY SENT IT to you."),
            ["HAVE ALREADY SENT IT"]
        );
        assert_eq!(
            shouted("NO WE DO NOT SHIP OUTSIDE THE US."),
            ["NO WE DO NOT SHIP OUTSIDE THE"]
        );
        assert_eq!(shouted("Please check today!!!"), ["!!!"]);
        assert_eq!(
            shouted("I APOLOGISE FOR THE WAIT."),
            ["APOLOGISE FOR THE WAIT"]
        );
    }

    #[test]
    fn names_codes_and_signatures_do_not_shout() {
        for draft in [
            "@jordy_plays DM us your GPS log and iOS version via our FAQ page ^JS",
            "Order #A-5521 ships with UPS. Use PIN 1234 at the ATM. *MS",
            "Thanks! -EF",
            "Follow @GameHubStatus and #XboxSupport for news. ^MK",
            "See https://EXAMPLE.COM/HELP for details",
            "Please do NOT share your PASSWORD.",
            "Check the NVIDIA driver and your HDMI cable.",
            "Great!! Glad it works.",
        ] {
            assert_eq!(shouted(draft), Vec::<&str>::new(), "{draft}");
        }
    }

    #[test]
    fn calmer_keeps_i_and_names() {
        assert_eq!(
            calmer("HAVE ALREADY SENT IT", false),
            "have already sent it"
        );
        assert_eq!(
            calmer("I APOLOGISE FOR THE DM", true),
            "I apologise for the DM"
        );
        assert_eq!(calmer("WARRANTY CLAIMS MUST", true), "Warranty claims must");
    }
}
