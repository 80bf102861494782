//! Where a reply goes in a draft: pure string work for the composer, in the browser's
//! UTF-16 offsets (what `selectionStart` reports) at the edges and UTF-8 inside.

use defuse_core::text::Search;
use defuse_ui::InsertMode;

/// A draft after an insert.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spliced {
    /// The whole new draft.
    pub value: String,
    /// Where the caret goes, in UTF-16 units: right after the inserted text.
    pub caret: u32,
    /// Exactly what was added (the reply plus any separating spaces).
    pub inserted: String,
}

/// Puts `text` into `draft`. Insert goes at the end of the selection (a selection is never
/// overwritten: the agent did not choose to), or at the end of the draft when the caret is
/// unknown, with a space on either side where words would otherwise run together. Replace
/// takes the whole draft.
pub fn splice(draft: &str, selection: Option<(u32, u32)>, text: &str, mode: InsertMode) -> Spliced {
    match mode {
        InsertMode::Replace => Spliced {
            value: text.to_string(),
            caret: utf16_len(text),
            inserted: text.to_string(),
        },
        InsertMode::Insert => {
            let at = selection.map_or(draft.len(), |(start, end)| {
                byte_offset(draft, start.max(end))
            });
            let (before, after) = draft.split_at(at);
            let (lead, trail) = padding(before, after);
            let inserted = format!("{lead}{text}{trail}");
            Spliced {
                value: format!("{before}{inserted}{after}"),
                caret: utf16_len(before) + utf16_len(lead) + utf16_len(text),
                inserted,
            }
        }
    }
}

/// The spaces to put before and after an insert between `before` and `after`.
pub fn padding(before: &str, after: &str) -> (&'static str, &'static str) {
    let lead = if before
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
    {
        " "
    } else {
        ""
    };
    let trail = if after.chars().next().is_some_and(|c| !c.is_whitespace()) {
        " "
    } else {
        ""
    };
    (lead, trail)
}

/// The draft with one copy of `inserted` taken out, for an undo after the agent typed more
/// (restoring the old draft would lose what they typed). `None` if it is no longer there.
pub fn remove_insert(current: &str, inserted: &str) -> Option<String> {
    if inserted.is_empty() {
        return None;
    }
    let at = current.find_str(inserted)?;
    Some(format!(
        "{}{}",
        &current[..at],
        &current[at + inserted.len()..]
    ))
}

/// How to take back one insert into a `value` composer (textarea, input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueUndo {
    /// The draft before the insert.
    pub before: String,
    /// The selection before the insert, in UTF-16 units.
    pub selection: (u32, u32),
    /// The draft right after the insert.
    pub after: String,
    /// What the insert added.
    pub inserted: String,
}

impl ValueUndo {
    /// The value and selection to write back, given the draft now: the old draft exactly if
    /// nothing changed since the insert; else the current draft with only the inserted text
    /// taken out (the caret at its end), so what the agent typed since survives; `None` when
    /// the inserted text is gone.
    pub fn restore(&self, current: &str) -> Option<(String, (u32, u32))> {
        if current == self.after {
            return Some((self.before.clone(), self.selection));
        }
        let kept = remove_insert(current, &self.inserted)?;
        let caret = utf16_len(&kept);
        Some((kept, (caret, caret)))
    }
}

/// Length in UTF-16 units.
pub fn utf16_len(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// The byte offset of a UTF-16 offset, clamped to the string and never inside a character.
pub fn byte_offset(s: &str, utf16: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in s.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_at_the_caret_keeps_the_draft_around_it() {
        let s = splice(
            "Hi Sam, thanks",
            Some((7, 7)),
            "I'm sorry.",
            InsertMode::Insert,
        );
        assert_eq!(s.value, "Hi Sam, I'm sorry. thanks");
        assert_eq!(s.inserted, " I'm sorry.");
        assert_eq!(s.caret, 18);
        let glued = splice("Hi Sam,thanks", Some((7, 7)), "Sorry.", InsertMode::Insert);
        assert_eq!(glued.value, "Hi Sam, Sorry. thanks");
    }

    #[test]
    fn a_selection_is_kept_and_the_reply_goes_after_it() {
        let s = splice("keep this", Some((0, 4)), "x", InsertMode::Insert);
        assert_eq!(s.value, "keep x this");
    }

    #[test]
    fn unknown_caret_appends_and_empty_draft_gets_no_spaces() {
        assert_eq!(
            splice("draft", None, "reply", InsertMode::Insert).value,
            "draft reply"
        );
        assert_eq!(
            splice("", Some((0, 0)), "reply", InsertMode::Insert).value,
            "reply"
        );
        assert_eq!(
            splice("draft ", None, "reply", InsertMode::Insert).value,
            "draft reply"
        );
    }

    #[test]
    fn replace_takes_the_whole_draft() {
        let s = splice("old draft", Some((3, 3)), "new", InsertMode::Replace);
        assert_eq!((s.value.as_str(), s.caret), ("new", 3));
    }

    #[test]
    fn utf16_offsets_past_astral_characters_land_on_char_boundaries() {
        // "😀" is 2 UTF-16 units and 4 bytes; "é" is 1 unit and 2 bytes.
        let draft = "😀é!";
        assert_eq!(byte_offset(draft, 2), 4);
        assert_eq!(byte_offset(draft, 3), 6);
        assert_eq!(
            byte_offset(draft, 1),
            4,
            "inside a surrogate pair snaps forward"
        );
        assert_eq!(byte_offset(draft, 99), draft.len());
        let s = splice(draft, Some((3, 3)), "ok", InsertMode::Insert);
        assert_eq!(s.value, "😀é ok !");
        assert_eq!(s.caret, 6);
    }

    #[test]
    fn undo_after_more_typing_removes_only_the_insert() {
        assert_eq!(
            remove_insert("Hi I'm sorry. there, more", " I'm sorry."),
            Some("Hi there, more".to_string())
        );
        assert_eq!(remove_insert("all rewritten", " I'm sorry."), None);
    }
}
