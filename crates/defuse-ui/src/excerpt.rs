//! Cutting a message around a span so the sidebar can show the triggering words
//! highlighted: three plain strings (before, words, after) that become text nodes, never
//! HTML.

use defuse_core::text::Search;
use defuse_core::Span;

/// How many characters of context to keep on each side of the highlighted words.
const CONTEXT_CHARS: usize = 36;

/// A span's words with a little context on each side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt<'t> {
    /// Text before the words (with a leading `…` when cut).
    pub before: String,
    /// The words themselves (`Span::slice`).
    pub words: &'t str,
    /// Text after the words (with a trailing `…` when cut).
    pub after: String,
}

/// The excerpt of `text` around `span`, with at most [`CONTEXT_CHARS`] characters of
/// context each side. A span that does not fit the text gives empty words, never a panic.
pub fn excerpt(text: &str, span: Span) -> Excerpt<'_> {
    let words = span.slice(text);
    let (head, tail) = if words.is_empty() && span.start > text.len() {
        (text, "")
    } else {
        (
            text.get(..span.start).unwrap_or(""),
            text.get(span.end..).unwrap_or(""),
        )
    };
    let before = match head.char_indices().rev().nth(CONTEXT_CHARS - 1) {
        Some((i, _)) if i > 0 => format!("…{}", &head[i..]),
        _ => head.to_string(),
    };
    let after = match tail.char_indices().nth(CONTEXT_CHARS) {
        Some((i, _)) => format!("{}…", &tail[..i]),
        None => tail.to_string(),
    };
    Excerpt {
        before,
        words,
        after,
    }
}

/// The draft with the phrase the coach flagged replaced by `rewrite`.
///
/// `coached` is the draft the coach read; `current` is the draft now (the agent may have
/// typed since). The span is used when it still covers the same words, else the first
/// occurrence of those words; `None` when they are gone, so nothing is replaced blindly.
pub fn apply_rewrite(current: &str, coached: &str, span: Span, rewrite: &str) -> Option<String> {
    let phrase = span.slice(coached);
    if phrase.is_empty() {
        return None;
    }
    let start = if current.get(span.start..span.end) == Some(phrase) {
        span.start
    } else {
        current.find_str(phrase)?
    };
    let end = start + phrase.len();
    Some(format!(
        "{}{}{}",
        &current[..start],
        rewrite,
        &current[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, words: &str) -> Span {
        let i = text.find(words).unwrap();
        Span::new(text, i, i + words.len())
    }

    #[test]
    fn short_text_is_kept_whole() {
        let text = "I will sue you!";
        let e = excerpt(text, span_of(text, "sue"));
        assert_eq!(
            (e.before.as_str(), e.words, e.after.as_str()),
            ("I will ", "sue", " you!")
        );
    }

    #[test]
    fn long_context_is_cut_on_char_boundaries() {
        let text = format!("{}FURIOUS{}", "é".repeat(50), "😡".repeat(50));
        let e = excerpt(&text, span_of(&text, "FURIOUS"));
        assert_eq!(e.words, "FURIOUS");
        assert_eq!(e.before, format!("…{}", "é".repeat(CONTEXT_CHARS)));
        assert_eq!(e.after, format!("{}…", "😡".repeat(CONTEXT_CHARS)));
    }

    #[test]
    fn span_past_the_end_gives_empty_words() {
        let e = excerpt(
            "short",
            Span {
                start: 10,
                end: 20,
                start_utf16: 10,
                end_utf16: 20,
            },
        );
        assert_eq!(e.words, "");
    }

    #[test]
    fn rewrite_replaces_only_the_phrase() {
        let coached = "Calm down, I'll fix it.";
        let span = span_of(coached, "Calm down");
        assert_eq!(
            apply_rewrite(coached, coached, span, "I hear you").as_deref(),
            Some("I hear you, I'll fix it.")
        );
        // The agent typed in front since: the phrase is found where it moved to.
        let current = "Ok. Calm down, I'll fix it.";
        assert_eq!(
            apply_rewrite(current, coached, span, "I hear you").as_deref(),
            Some("Ok. I hear you, I'll fix it.")
        );
        // The phrase is gone: nothing is replaced.
        assert_eq!(
            apply_rewrite("I'll fix it.", coached, span, "I hear you"),
            None
        );
    }
}
