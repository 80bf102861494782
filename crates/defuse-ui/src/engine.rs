//! The sidebar's analysis engine: the one [`Conversation`] and configuration, held outside
//! the Yew state so a long conversation is never cloned per message.
//!
//! Each push runs `Conversation::push` and the playbook once and hands back a small
//! [`Snapshot`] (the state, the latest customer message's signals, the recent levels,
//! the advice) for the reducer to display.

use defuse_core::{Conversation, Message, Millis, Role, Signal, State};

use crate::advice::{self, Advice, Config, DraftFeedback, Preferences};
use crate::settings::Settings;

/// How many levels the trend chart shows.
pub const TREND_POINTS: usize = 60;

/// The latest customer message and what was noticed in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Latest {
    /// The message.
    pub text: String,
    /// Its signals, in text order.
    pub signals: Vec<Signal>,
}

/// What the sidebar shows after a message: small, whatever the conversation's length.
///
/// Snapshots compare by identity: the engine makes a new one for every change, the
/// reducer takes each new one and skips only the one already on display. Comparing their
/// contents would walk the advice, signals and levels (1.6 KB of wasm) to spare one render
/// in the rare case a new snapshot says the same as the shown one (a reset of an empty
/// conversation, the same configuration again), and that render changes nothing.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The conversation's state.
    pub state: State,
    /// The latest customer message, if any.
    pub latest: Option<Latest>,
    /// The level after each of the last [`TREND_POINTS`] messages, oldest first.
    pub levels: Vec<u8>,
    /// What to do next (`None` before the playbook has anything to say).
    pub advice: Option<Advice>,
    /// Messages pushed so far.
    pub messages: u64,
}

impl PartialEq for Snapshot {
    /// The same snapshot, not an equal one (see the type's docs).
    fn eq(&self, other: &Snapshot) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The coach's feedback and the draft it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Coached {
    /// The draft as it was read.
    pub draft: String,
    /// The feedback, `None` for an empty draft.
    pub feedback: Option<DraftFeedback>,
}

/// The conversation, the configuration and the recent levels.
#[derive(Debug)]
pub struct Engine {
    conversation: Conversation,
    base: Config,
    prefs: Preferences,
    config: Config,
    levels: Vec<u8>,
    latest: Option<Latest>,
    messages: u64,
    draft: String,
}

impl Engine {
    /// An empty conversation under the site owner's `config` and the agent's `settings`.
    pub fn new(config: Config, settings: &Settings) -> Engine {
        let prefs = preferences(settings);
        Engine {
            conversation: Conversation::new(),
            config: advice::effective_config(&config, prefs),
            base: config,
            prefs,
            levels: Vec::with_capacity(TREND_POINTS),
            latest: None,
            messages: 0,
            draft: String::new(),
        }
    }

    /// Adds a message; `now` is the time the playbook judges waits against.
    pub fn push(&mut self, message: Message, now: Option<Millis>) -> Snapshot {
        self.conversation.set_public(self.config.public_channel);
        let turn = self.conversation.push(message);
        if turn.role == Role::Customer {
            self.latest = Some(Latest {
                text: turn.text.clone(),
                signals: turn
                    .analysis
                    .as_ref()
                    .map(|a| a.signals.clone())
                    .unwrap_or_default(),
            });
        }
        // The chart's window slides: the oldest level out (a shift of at most 59 bytes).
        if self.levels.len() == TREND_POINTS {
            self.levels.remove(0);
        }
        self.levels.push(turn.level);
        self.messages += 1;
        self.snapshot(now)
    }

    /// Starts a new, empty conversation (the configuration and draft stay).
    pub fn reset(&mut self) -> Snapshot {
        self.conversation = Conversation::new();
        self.levels.clear();
        self.latest = None;
        self.messages = 0;
        self.snapshot(None)
    }

    /// Replaces the site owner's configuration.
    pub fn set_config(&mut self, config: Config, now: Option<Millis>) -> Snapshot {
        self.base = config;
        self.config = advice::effective_config(&self.base, self.prefs);
        self.snapshot(now)
    }

    /// Applies the agent's changed settings; `None` when nothing the playbook reads changed.
    pub fn set_settings(&mut self, settings: &Settings, now: Option<Millis>) -> Option<Snapshot> {
        let prefs = preferences(settings);
        if prefs == self.prefs {
            return None;
        }
        self.prefs = prefs;
        self.config = advice::effective_config(&self.base, prefs);
        Some(self.snapshot(now))
    }

    /// Coaches a new draft and remembers it, so later messages can re-coach it.
    pub fn coach(&mut self, draft: String) -> Coached {
        self.draft = draft;
        self.recoach()
    }

    /// Coaches the last draft again (the conversation changed under it).
    pub fn recoach(&self) -> Coached {
        let feedback = if self.draft.trim().is_empty() {
            None
        } else {
            advice::coach(&self.draft, &self.conversation, &self.config)
        };
        Coached {
            draft: self.draft.clone(),
            feedback,
        }
    }

    /// The conversation so far.
    pub fn conversation(&self) -> &Conversation {
        &self.conversation
    }

    /// The current snapshot.
    pub fn snapshot(&self, now: Option<Millis>) -> Snapshot {
        let advice = (self.messages > 0)
            .then(|| advice::advise(&self.conversation, &self.config, now))
            .flatten();
        Snapshot {
            state: self.conversation.state().clone(),
            latest: self.latest.clone(),
            levels: self.levels.clone(),
            advice,
            messages: self.messages,
        }
    }
}

fn preferences(settings: &Settings) -> Preferences {
    Preferences {
        tone: settings.tone,
        remedies: settings.remedies,
    }
}

#[cfg(test)]
mod tests {
    use defuse_core::Band;

    use super::*;

    fn customer(text: &str) -> Message {
        Message {
            role: Role::Customer,
            text: text.to_string(),
            at: Some(Millis(0)),
        }
    }

    #[test]
    fn snapshot_keeps_latest_customer_signals_and_levels() {
        let mut engine = Engine::new(Config::default(), &Settings::default());
        engine.push(customer("Hi, quick question about my order"), None);
        let angry = "This is the THIRD time I'm asking!!! I will sue you";
        let s = engine.push(customer(angry), None);
        let latest = s.latest.as_ref().expect("a customer message");
        // The engine shows exactly what the core found, in the core's order.
        assert_eq!(latest.text, angry);
        assert_eq!(latest.signals, defuse_core::analyze(angry).signals);
        assert_eq!(s.levels.len(), 2);
        assert_eq!(*s.levels.last().unwrap(), s.state.level);
        assert_eq!(s.state, *engine.conversation().state());
        assert_eq!(s.messages, 2);
        // An agent reply keeps the latest *customer* message on display.
        let s = engine.push(
            Message {
                role: Role::Agent,
                text: "I'm sorry, let me fix this.".into(),
                at: None,
            },
            None,
        );
        assert_eq!(s.latest.as_ref().unwrap(), latest);
    }

    #[test]
    fn levels_are_bounded_to_the_chart_window() {
        let mut engine = Engine::new(Config::default(), &Settings::default());
        let mut last = Snapshot::default();
        for i in 0..(TREND_POINTS + 25) {
            last = engine.push(customer(&format!("message {i}")), None);
        }
        assert_eq!(last.levels.len(), TREND_POINTS);
        assert_eq!(last.messages, (TREND_POINTS + 25) as u64);
        assert_eq!(engine.conversation().turns().len(), TREND_POINTS + 25);
    }

    #[test]
    fn reset_clears_everything_but_the_draft() {
        let mut engine = Engine::new(Config::default(), &Settings::default());
        engine.push(customer("WHERE IS MY REFUND???"), None);
        engine.coach("As I said, wait.".into());
        let s = engine.reset();
        assert_eq!(s.state.band, Band::Calm);
        assert!(s.latest.is_none() && s.levels.is_empty() && s.advice.is_none());
        assert_eq!(engine.recoach().draft, "As I said, wait.");
    }

    #[test]
    fn unchanged_settings_do_not_rebuild_the_snapshot() {
        let mut engine = Engine::new(Config::default(), &Settings::default());
        let mut settings = Settings {
            width: 500,
            ..Settings::default()
        };
        assert!(engine.set_settings(&settings, None).is_none());
        settings.remedies = false;
        assert!(engine.set_settings(&settings, None).is_some());
    }

    #[test]
    fn empty_draft_gets_no_feedback() {
        let mut engine = Engine::new(Config::default(), &Settings::default());
        assert_eq!(engine.coach("   ".into()).feedback, None);
    }
}
