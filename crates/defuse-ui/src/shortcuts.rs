//! Keyboard shortcuts. Matched on `KeyboardEvent.code` (the physical key), because with
//! Alt held macOS turns `key` into other characters.

/// The shortcuts, as (keys, what they do), for the help line and documentation.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Alt+Shift+D", "collapse or expand the sidebar"),
    ("Alt+1", "insert reply 1"),
    ("Alt+2", "insert reply 2"),
    ("Alt+3", "insert reply 3"),
];

/// What a shortcut asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Collapse or expand.
    ToggleCollapsed,
    /// Insert reply card `0..=2`.
    InsertReply {
        /// Which card.
        card: usize,
    },
}

/// Which modifier keys were held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Modifiers {
    /// Alt / Option.
    pub alt: bool,
    /// Shift.
    pub shift: bool,
    /// Control.
    pub ctrl: bool,
    /// Meta / Command.
    pub meta: bool,
}

/// The shortcut a key press means, if any.
pub fn shortcut(code: &str, m: Modifiers) -> Option<Shortcut> {
    if !m.alt || m.ctrl || m.meta {
        return None;
    }
    match (code, m.shift) {
        ("KeyD", true) => Some(Shortcut::ToggleCollapsed),
        ("Digit1", false) => Some(Shortcut::InsertReply { card: 0 }),
        ("Digit2", false) => Some(Shortcut::InsertReply { card: 1 }),
        ("Digit3", false) => Some(Shortcut::InsertReply { card: 2 }),
        _ => None,
    }
}

/// One line listing the shortcuts, as the sidebar's footer shows it (a test checks it
/// against [`SHORTCUTS`]).
pub const HELP_LINE: &str = "Alt+Shift+D collapse or expand the sidebar · Alt+1 insert reply 1 · \
    Alt+2 insert reply 2 · Alt+3 insert reply 3";

#[cfg(test)]
mod tests {
    use super::*;

    const ALT: Modifiers = Modifiers {
        alt: true,
        shift: false,
        ctrl: false,
        meta: false,
    };

    #[test]
    fn matches_only_the_documented_combinations() {
        let alt_shift = Modifiers { shift: true, ..ALT };
        assert_eq!(shortcut("KeyD", alt_shift), Some(Shortcut::ToggleCollapsed));
        assert_eq!(shortcut("KeyD", ALT), None);
        assert_eq!(
            shortcut("Digit2", ALT),
            Some(Shortcut::InsertReply { card: 1 })
        );
        assert_eq!(shortcut("Digit1", Modifiers { ctrl: true, ..ALT }), None);
        assert_eq!(shortcut("Digit1", Modifiers::default()), None);
    }

    #[test]
    fn the_help_line_lists_every_shortcut_in_order() {
        let line: Vec<String> = SHORTCUTS
            .iter()
            .map(|(keys, what)| format!("{keys} {what}"))
            .collect();
        assert_eq!(HELP_LINE, line.join(" · "));
    }
}
