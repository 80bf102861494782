//! The sidebar's UI state and its pure reducer. No yew here: `reduce` is a plain function
//! over data, tested natively; a five-line `Reducible` impl in `components::sidebar` calls
//! it. Side effects (host calls, storage, timers) happen in components and effects, which
//! then report what happened with an [`Action`].

use std::rc::Rc;

use defuse_core::{Band, Millis};

use crate::engine::{Coached, Snapshot};
use crate::settings::{clamp_width, Dock, Settings, Theme, ToneChoice};

/// How many reply cards the sidebar shows.
pub const CARDS: usize = 3;

/// One reply card's UI state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Card {
    /// The composer has a draft: the card asks "insert at cursor" or "replace draft".
    pub choosing: bool,
    /// The agent's edited text, while the card is in edit mode.
    pub edit: Option<String>,
    /// The agent copied the card's text (its button says "Copied" until the card is
    /// no longer shown: fewer replies, or the sidebar folded).
    pub copied: bool,
}

/// Everything the sidebar displays.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UiState {
    /// The latest analysis.
    pub snapshot: Rc<Snapshot>,
    /// The coach's latest feedback on the draft.
    pub coached: Option<Rc<Coached>>,
    /// The agent's preferences.
    pub settings: Settings,
    /// Whether the settings panel is open.
    pub settings_open: bool,
    /// The reply cards.
    pub cards: [Card; CARDS],
    /// An insert happened that the host can undo.
    pub undo_available: bool,
    /// When the follow-up reminder is due.
    pub follow_up_due: Option<Millis>,
    /// A quiet error line.
    pub error: Option<String>,
    /// The text of the ARIA live region.
    pub announcement: String,
    /// The time the timers read, in ms since the epoch: re-read every second while a
    /// shown timer runs ([`Action::Tick`]).
    pub now_ms: i64,
}

impl UiState {
    /// The starting state for the agent's `settings`.
    pub fn new(settings: Settings) -> UiState {
        UiState {
            settings,
            ..UiState::default()
        }
    }

    /// The text of reply `card` (the edited text while editing).
    pub fn reply_text(&self, card: usize) -> Option<&str> {
        if let Some(edit) = self.cards.get(card).and_then(|c| c.edit.as_deref()) {
            return Some(edit);
        }
        let advice = self.snapshot.advice.as_ref()?;
        advice.replies.get(card).map(|r| r.text.as_str())
    }
}

/// A change to one setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingChange {
    /// Dock side.
    Dock(Dock),
    /// Colours.
    Theme(Theme),
    /// Voice of replies.
    Tone(ToneChoice),
    /// Default follow-up minutes.
    FollowUpMinutes(u32),
    /// Whether remedies may be offered.
    Remedies(bool),
    /// Width in CSS pixels.
    Width(u32),
}

/// Everything that can happen to the sidebar.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A message was analysed (or the conversation reset / reconfigured).
    Snapshot(Rc<Snapshot>),
    /// The coach read the draft.
    Coached(Rc<Coached>),
    /// The agent asked to insert reply `card` while the composer has a draft.
    AskInsertMode {
        /// Which card.
        card: usize,
    },
    /// The agent cancelled the insert-or-replace question.
    CancelInsert {
        /// Which card.
        card: usize,
    },
    /// The host inserted text (from reply `card`, or the coach when `None`).
    Inserted {
        /// Which card, if any.
        card: Option<usize>,
    },
    /// The host undid the last insert.
    Undone,
    /// The agent copied reply `card`'s text.
    Copied {
        /// Which card.
        card: usize,
    },
    /// Open reply `card` for editing.
    StartEdit {
        /// Which card.
        card: usize,
    },
    /// The agent typed in reply `card`'s editor.
    EditText {
        /// Which card.
        card: usize,
        /// The whole edited text.
        text: String,
    },
    /// Close reply `card`'s editor, dropping the edit.
    CancelEdit {
        /// Which card.
        card: usize,
    },
    /// Set the follow-up reminder.
    SetFollowUp {
        /// When it is due.
        due: Millis,
    },
    /// Clear the follow-up reminder.
    ClearFollowUp,
    /// Collapse or expand.
    ToggleCollapsed,
    /// Open or close the settings panel.
    ToggleSettings,
    /// Change a setting.
    Setting(SettingChange),
    /// Show a quiet error.
    ShowError(String),
    /// Hide the error.
    DismissError,
    /// The clock moved on: the time now, in ms since the epoch.
    Tick(i64),
}

/// Applies `action`. Returns the same `Rc` when nothing changed, so Yew skips the render.
pub fn reduce(state: Rc<UiState>, action: Action) -> Rc<UiState> {
    let mut next = (*state).clone();
    apply(&mut next, action);
    if next == *state {
        state
    } else {
        Rc::new(next)
    }
}

/// Applies `action` to `s` in place (one path for every action: [`reduce`] keeps the old
/// `Rc` when the result is equal).
fn apply(s: &mut UiState, action: Action) {
    match action {
        Action::Snapshot(snapshot) => {
            if Rc::ptr_eq(&snapshot, &s.snapshot) {
                return;
            }
            if let Some(announcement) = announcement(&s.snapshot, &snapshot) {
                s.announcement = announcement;
            }
            let replies_changed = s.snapshot.advice.as_ref().map(|a| &a.replies)
                != snapshot.advice.as_ref().map(|a| &a.replies);
            if replies_changed {
                // The agent must insert the words they saw: a pending choice is for old text.
                for card in &mut s.cards {
                    card.choosing = false;
                }
            }
            // A card no longer shown starts over (its button says "Copy" again).
            let shown = snapshot.advice.as_ref().map_or(0, |a| a.replies.len());
            for card in s.cards.iter_mut().skip(shown) {
                card.copied = false;
            }
            s.snapshot = snapshot;
        }
        Action::Coached(coached) => s.coached = Some(coached),
        Action::AskInsertMode { card } => card_mut(s, card, |c| c.choosing = true),
        Action::CancelInsert { card } => card_mut(s, card, |c| c.choosing = false),
        Action::Inserted { card } => {
            s.undo_available = true;
            for c in &mut s.cards {
                c.choosing = false;
            }
            if let Some(c) = card.and_then(|i| s.cards.get_mut(i)) {
                c.edit = None;
            }
        }
        Action::Undone => s.undo_available = false,
        Action::Copied { card } => card_mut(s, card, |c| c.copied = true),
        Action::StartEdit { card } => {
            if let Some(text) = s.reply_text(card).map(str::to_string) {
                card_mut(s, card, |c| c.edit = Some(text));
            }
        }
        Action::EditText { card, text } => card_mut(s, card, |c| c.edit = Some(text)),
        Action::CancelEdit { card } => card_mut(s, card, |c| c.edit = None),
        Action::SetFollowUp { due } => s.follow_up_due = Some(due),
        Action::ClearFollowUp => s.follow_up_due = None,
        Action::ToggleCollapsed => {
            // Folding hides the cards: shown again, they start over.
            s.settings.collapsed = !s.settings.collapsed;
            for card in &mut s.cards {
                card.copied = false;
            }
        }
        Action::ToggleSettings => s.settings_open = !s.settings_open,
        Action::Setting(change) => {
            let settings = &mut s.settings;
            match change {
                SettingChange::Dock(v) => settings.dock = v,
                SettingChange::Theme(v) => settings.theme = v,
                SettingChange::Tone(v) => settings.tone = v,
                SettingChange::FollowUpMinutes(v) => settings.follow_up_minutes = v.max(1),
                SettingChange::Remedies(v) => settings.remedies = v,
                SettingChange::Width(v) => settings.width = clamp_width(v),
            }
        }
        Action::ShowError(message) => s.error = Some(message),
        Action::DismissError => s.error = None,
        Action::Tick(now_ms) => s.now_ms = now_ms,
    }
}

/// Applies `f` to reply card `card`, if there is such a card.
fn card_mut(s: &mut UiState, card: usize, f: impl FnOnce(&mut Card)) {
    if let Some(card) = s.cards.get_mut(card) {
        f(card);
    }
}

/// What the live region says when the band changes ("Escalation rising: heated (52)").
pub fn announcement(before: &Snapshot, after: &Snapshot) -> Option<String> {
    let (old, new) = (before.state.band, after.state.band);
    if after.messages == 0 || old == new {
        return None;
    }
    let direction = if new > old { "rising" } else { "falling" };
    Some(format!(
        "Escalation {direction}: {} ({})",
        new.label(),
        after.state.level
    ))
}

/// The band's CSS class ("band-calm", "band-tense", ...), which sets `--d-band`.
pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Calm => "band-calm",
        Band::Tense => "band-tense",
        Band::Heated => "band-heated",
        Band::Hostile => "band-hostile",
        Band::Critical => "band-critical",
    }
}

#[cfg(test)]
mod tests {
    use defuse_core::State;

    use super::*;

    fn snapshot(level: u8, messages: u64) -> Rc<Snapshot> {
        Rc::new(Snapshot {
            state: State {
                level,
                band: Band::of(level),
                ..State::default()
            },
            messages,
            ..Snapshot::default()
        })
    }

    fn start() -> Rc<UiState> {
        Rc::new(UiState::new(Settings::default()))
    }

    #[test]
    fn every_band_class_is_styled() {
        for level in [0, 20, 40, 60, 80] {
            let class = band_class(Band::of(level));
            assert_eq!(class, format!("band-{}", Band::of(level).label()));
            assert!(crate::STYLE.contains(&format!(".{class} {{")), "{class}");
        }
    }

    #[test]
    fn band_changes_are_announced_with_direction() {
        let s = reduce(start(), Action::Snapshot(snapshot(10, 1)));
        assert_eq!(s.announcement, "");
        let s = reduce(s, Action::Snapshot(snapshot(52, 2)));
        assert_eq!(s.announcement, "Escalation rising: heated (52)");
        // Same band: the last announcement stays (the live region does not repeat itself).
        let s = reduce(s, Action::Snapshot(snapshot(55, 3)));
        assert_eq!(s.announcement, "Escalation rising: heated (52)");
        let s = reduce(s, Action::Snapshot(snapshot(31, 4)));
        assert_eq!(s.announcement, "Escalation falling: tense (31)");
    }

    #[test]
    fn nothing_changed_returns_the_same_rc() {
        let s = reduce(start(), Action::Snapshot(snapshot(10, 1)));
        let again = reduce(s.clone(), Action::Snapshot(s.snapshot.clone()));
        assert!(Rc::ptr_eq(&s, &again));
        let same = reduce(s.clone(), Action::DismissError);
        assert!(Rc::ptr_eq(&s, &same));
        let same = reduce(s.clone(), Action::Setting(SettingChange::Dock(Dock::Right)));
        assert!(Rc::ptr_eq(&s, &same));
        let out_of_range = reduce(s.clone(), Action::AskInsertMode { card: 7 });
        assert!(Rc::ptr_eq(&s, &out_of_range));
        // No reply to edit yet.
        let same = reduce(s.clone(), Action::StartEdit { card: 0 });
        assert!(Rc::ptr_eq(&s, &same));
        // The same feedback again (a new Rc with equal contents).
        let coached = || {
            Rc::new(Coached {
                draft: "hello".into(),
                feedback: None,
            })
        };
        let s = reduce(s, Action::Coached(coached()));
        let same = reduce(s.clone(), Action::Coached(coached()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn a_new_snapshot_is_shown_even_when_it_reads_the_same() {
        let s = reduce(start(), Action::Snapshot(snapshot(52, 1)));
        let next = reduce(s.clone(), Action::Snapshot(snapshot(52, 1)));
        assert!(!Rc::ptr_eq(&s, &next) && !Rc::ptr_eq(&s.snapshot, &next.snapshot));
        // The band did not move: nothing new to announce.
        assert_eq!(next.announcement, s.announcement);
    }

    #[test]
    fn a_tick_moves_the_clock_and_the_same_time_changes_nothing() {
        let s = reduce(start(), Action::Tick(61_000));
        assert_eq!(s.now_ms, 61_000);
        let same = reduce(s.clone(), Action::Tick(61_000));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn insert_flow_asks_then_clears_and_enables_undo() {
        let s = reduce(start(), Action::AskInsertMode { card: 1 });
        assert!(s.cards[1].choosing && !s.cards[0].choosing);
        let s = reduce(s, Action::Inserted { card: Some(1) });
        assert!(!s.cards[1].choosing && s.undo_available);
        let s = reduce(s, Action::Undone);
        assert!(!s.undo_available);
    }

    #[test]
    fn edits_survive_new_messages_and_close_on_insert() {
        let s = reduce(
            start(),
            Action::EditText {
                card: 0,
                text: "my words".into(),
            },
        );
        let s = reduce(s, Action::Snapshot(snapshot(40, 1)));
        assert_eq!(s.reply_text(0), Some("my words"));
        let s = reduce(s, Action::Inserted { card: Some(0) });
        assert_eq!(s.cards[0].edit, None);
    }

    #[test]
    fn copied_lasts_while_the_card_is_shown() {
        use crate::advice::Config;
        use crate::engine::Engine;
        use defuse_core::{Message, Role};
        let mut engine = Engine::new(Config::default(), &Settings::default());
        let message = Message {
            role: Role::Customer,
            text: "My order never arrived.".to_string(),
            at: None,
        };
        let three = engine.push(message, None);
        assert_eq!(three.advice.as_ref().map(|a| a.replies.len()), Some(CARDS));
        let with_replies = |n: usize| {
            let mut snapshot = three.clone();
            if let Some(advice) = &mut snapshot.advice {
                advice.replies.truncate(n);
            }
            Rc::new(snapshot)
        };
        let s = reduce(start(), Action::Snapshot(with_replies(3)));
        let s = reduce(s, Action::Copied { card: 0 });
        let s = reduce(s, Action::Copied { card: 2 });
        // Still shown: still copied, whatever the replies now say.
        let s = reduce(s, Action::Snapshot(with_replies(2)));
        assert!(s.cards[0].copied && !s.cards[2].copied);
        let s = reduce(s, Action::Snapshot(snapshot(40, 1)));
        assert!(!s.cards[0].copied);
        let s = reduce(s, Action::Snapshot(with_replies(3)));
        let s = reduce(s, Action::Copied { card: 1 });
        let s = reduce(s, Action::ToggleCollapsed);
        assert!(!s.cards[1].copied);
    }

    #[test]
    fn start_edit_without_a_reply_does_nothing() {
        let s = start();
        assert!(Rc::ptr_eq(
            &s,
            &reduce(s.clone(), Action::StartEdit { card: 0 })
        ));
    }

    #[test]
    fn settings_and_toggles() {
        let s = reduce(start(), Action::ToggleCollapsed);
        assert!(s.settings.collapsed);
        let s = reduce(s, Action::Setting(SettingChange::Width(10)));
        assert_eq!(s.settings.width, crate::settings::WIDTH_RANGE.0);
        let s = reduce(s, Action::SetFollowUp { due: Millis(5) });
        assert_eq!(s.follow_up_due, Some(Millis(5)));
        let s = reduce(s, Action::ShowError("bad input".into()));
        assert_eq!(s.error.as_deref(), Some("bad input"));
    }
}
