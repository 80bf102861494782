//! Where in a text a signal came from, in the two units its consumers need.

use serde::{Deserialize, Serialize};

/// A half-open range of a message's text.
///
/// `start`/`end` are UTF-8 byte offsets (what Rust slices with); `start_utf16`/`end_utf16`
/// are UTF-16 code-unit offsets (what JavaScript's `String.prototype.slice` and DOM ranges
/// use). Both always describe the same characters, and the byte offsets always lie on char
/// boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// Last byte (exclusive).
    pub end: usize,
    /// First UTF-16 code unit (inclusive).
    pub start_utf16: usize,
    /// Last UTF-16 code unit (exclusive).
    pub end_utf16: usize,
}

impl Span {
    /// Builds a span from byte offsets into `text`, computing the UTF-16 offsets.
    ///
    /// Offsets that are out of range or not on a char boundary are moved to the nearest
    /// boundary at or before them (never panics), and `end` is kept `>= start`.
    pub fn new(text: &str, start: usize, end: usize) -> Span {
        let start = floor_boundary(text, start);
        let end = floor_boundary(text, end).max(start);
        let start_utf16 = utf16_len(&text[..start]);
        let end_utf16 = start_utf16 + utf16_len(&text[start..end]);
        Span {
            start,
            end,
            start_utf16,
            end_utf16,
        }
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the span covers no text.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "😡 late again";
        let start = text.find("late").unwrap();
        let span = Span::new(text, start, start + 4);
        assert_eq!(span.slice(text), "late");
        assert_eq!((span.start, span.end), (5, 9));
        // The emoji is one char, two UTF-16 units, four bytes.
        assert_eq!((span.start_utf16, span.end_utf16), (3, 7));
    }

    #[test]
    fn bad_offsets_snap_to_boundaries() {
        let text = "é!";
        let span = Span::new(text, 1, 99);
        assert_eq!((span.start, span.end), (0, 3));
        assert_eq!(span.slice(text), "é!");
    }
}
