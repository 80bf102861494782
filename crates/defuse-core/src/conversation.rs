//! A conversation, one message at a time: the escalation level, its band and trend, the
//! wait, venting bursts, repeated questions, recovery, and the techniques already used.
//!
//! Every [`Conversation::push`] does a fixed amount of work (bounded windows, no rescans),
//! so message 10,000 costs what message 10 does.

use serde::{Deserialize, Serialize};

use crate::analysis::{analyze_in, MessageAnalysis};
use crate::signal::SignalKind;
use crate::technique::{detect_techniques, Technique, TechniqueUse};

/// Milliseconds since the Unix epoch. Time is always an input: the core never reads a clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Millis(pub i64);

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The customer.
    Customer,
    /// The support agent (the user of Defuse).
    Agent,
}

/// A message as it arrives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(expecting = "a message {role, text, at?}")]
pub struct Message {
    /// Who wrote it.
    pub role: Role,
    /// What they wrote.
    pub text: String,
    /// When, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Millis>,
}

/// Named ranges of the escalation level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// 0-19: nothing to worry about.
    Calm,
    /// 20-39: some irritation.
    Tense,
    /// 40-59: clearly upset.
    Heated,
    /// 60-79: angry, threats likely.
    Hostile,
    /// 80-100: at breaking point.
    Critical,
}

impl Band {
    /// The band a level falls in.
    pub fn of(level: u8) -> Band {
        match level {
            0..=19 => Band::Calm,
            20..=39 => Band::Tense,
            40..=59 => Band::Heated,
            60..=79 => Band::Hostile,
            _ => Band::Critical,
        }
    }

    /// The band's name, for display.
    pub fn label(self) -> &'static str {
        match self {
            Band::Calm => "calm",
            Band::Tense => "tense",
            Band::Heated => "heated",
            Band::Hostile => "hostile",
            Band::Critical => "critical",
        }
    }
}

/// Which way the level is moving over the last few customer messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Going up.
    Rising,
    /// About the same.
    Steady,
    /// Going down.
    Falling,
}

/// One message of the conversation with what Defuse made of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// Who wrote it.
    pub role: Role,
    /// What they wrote.
    pub text: String,
    /// When, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Millis>,
    /// The analysis, for customer messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<MessageAnalysis>,
    /// The techniques used, for agent messages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub techniques: Vec<TechniqueUse>,
    /// The conversation's escalation level right after this message.
    pub level: u8,
    /// Whether this customer message repeats a question they asked before.
    #[serde(default)]
    pub repeats_question: bool,
}

impl Turn {
    /// Whether Defuse could read this message: agent messages always, customer messages
    /// when they are in English (see [`MessageAnalysis::readable`]). Nothing should be
    /// built from the words of an unreadable message (no mirrored reply).
    pub fn readable(&self) -> bool {
        self.analysis.as_ref().is_none_or(MessageAnalysis::readable)
    }
}

/// A burst of customer messages in a row, close together: the customer is venting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Burst {
    /// How many customer messages in a row.
    pub messages: u32,
    /// From the first to the last of them, when timestamps are known.
    pub span_ms: Option<i64>,
}

/// The conversation's state after the latest message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Escalation level, 0-100.
    pub level: u8,
    /// The level's band.
    pub band: Band,
    /// Which way the level is moving.
    pub trend: Trend,
    /// The highest level so far.
    pub peak: u8,
    /// When the oldest customer message the agent has not answered yet arrived.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting_since: Option<Millis>,
    /// How many customer messages in a row are unanswered.
    pub unanswered: u32,
    /// The current venting burst, if the customer is venting right now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venting: Option<Burst>,
    /// How many customer questions repeated an earlier one.
    pub repeated_questions: u32,
    /// Whether the level has come down after an agent reply (the reply worked).
    pub recovering: bool,
    /// Customer messages in a row (latest first) that were calm or calming.
    pub calm_streak: u32,
    /// Techniques the agent has used so far, in the order first used.
    pub techniques_used: Vec<Technique>,
    /// Messages with abuse aimed at the agent.
    pub abuse_count: u32,
    /// Every cue kind the customer has shown so far, sorted.
    pub cues_seen: Vec<SignalKind>,
    /// Customer messages so far.
    pub customer_messages: u32,
    /// Agent messages so far.
    pub agent_messages: u32,
}

impl State {
    /// How long the customer has been waiting at `now`, in milliseconds.
    pub fn wait_ms(&self, now: Millis) -> Option<i64> {
        self.waiting_since.map(|t| (now.0 - t.0).max(0))
    }

    /// Whether the agent has used `technique` in this conversation.
    pub fn used(&self, technique: Technique) -> bool {
        self.techniques_used.contains(&technique)
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            level: 0,
            band: Band::Calm,
            trend: Trend::Steady,
            peak: 0,
            waiting_since: None,
            unanswered: 0,
            venting: None,
            repeated_questions: 0,
            recovering: false,
            calm_streak: 0,
            techniques_used: Vec::new(),
            abuse_count: 0,
            cues_seen: Vec::new(),
            customer_messages: 0,
            agent_messages: 0,
        }
    }
}

/// Customer messages in a row that make a venting burst...
const BURST_MESSAGES: u32 = 3;
/// ...when they all arrive within this window (or have no timestamps).
const BURST_WINDOW_MS: i64 = 60_000;
/// How many recent customer questions are remembered to spot repeats (bounded: keeps
/// `push` constant-time).
const QUESTION_MEMORY: usize = 16;
/// How many recent customer levels the trend looks at.
const TREND_WINDOW: usize = 3;

/// A conversation, fed one message at a time.
#[derive(Debug, Clone, Default)]
pub struct Conversation {
    turns: Vec<Turn>,
    state: State,
    /// Exact level, kept as a float so small moves accumulate.
    heat: f32,
    burst_start: Option<Millis>,
    recent_questions: Vec<Vec<u64>>,
    recent_levels: Vec<u8>,
    level_at_last_agent: Option<u8>,
    /// Whether a customer message Defuse could read has set the level yet.
    levelled: bool,
    /// Whether this is a public post rather than a private chat (see [`Conversation::push`]).
    public: bool,
}

impl Conversation {
    /// An empty conversation.
    pub fn new() -> Conversation {
        Conversation::default()
    }

    /// The state after the latest message.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Every message so far, with its analysis.
    pub fn turns(&self) -> &[Turn] {
        &self.turns
    }

    /// Says whether the customer writes in public (a post to the brand) or, the default, in
    /// a private chat with the business: each message's heat is read for its channel (see
    /// [`crate::analyze_in`]).
    pub fn set_public(&mut self, public: bool) {
        self.public = public;
    }

    /// Adds the next message and updates the state; returns the new turn.
    pub fn push(&mut self, message: Message) -> &Turn {
        let Message { role, text, at } = message;
        let turn = match role {
            Role::Customer => self.push_customer(text, at),
            Role::Agent => self.push_agent(text, at),
        };
        self.state.level = self.heat.round().clamp(0.0, 100.0) as u8;
        self.state.band = Band::of(self.state.level);
        self.state.peak = self.state.peak.max(self.state.level);
        let turn = Turn {
            level: self.state.level,
            ..turn
        };
        self.turns.push(turn);
        self.turns.last().expect("just pushed")
    }

    fn push_customer(&mut self, text: String, at: Option<Millis>) -> Turn {
        let analysis = analyze_in(&text, self.public);
        let s = &mut self.state;
        s.customer_messages += 1;
        s.unanswered += 1;
        if s.unanswered == 1 {
            s.waiting_since = at;
            self.burst_start = at;
        } else if s.waiting_since.is_none() {
            s.waiting_since = at;
        }

        // Venting: several customer messages in a row, close together.
        let span_ms = match (self.burst_start, at) {
            (Some(a), Some(b)) => Some(b.0 - a.0),
            _ => None,
        };
        s.venting = (s.unanswered >= BURST_MESSAGES
            && span_ms.is_none_or(|ms| ms <= BURST_WINDOW_MS))
        .then_some(Burst {
            messages: s.unanswered,
            span_ms,
        });
        if !analysis.readable() {
            // A language Defuse cannot read: the customer wrote (the wait and the burst
            // count), but the level, trend and streaks stay what they were.
            return Turn {
                role: Role::Customer,
                text,
                at,
                analysis: Some(analysis),
                techniques: Vec::new(),
                level: 0,
                repeats_question: false,
            };
        }

        // Repeated questions, compared by their content words.
        let mut repeats_question = false;
        if let Some(words) = question_words(&text) {
            repeats_question = self
                .recent_questions
                .iter()
                .any(|q| overlap(q, &words) >= 0.6);
            if self.recent_questions.len() == QUESTION_MEMORY {
                self.recent_questions.remove(0);
            }
            self.recent_questions.push(words);
        }
        s.repeated_questions += u32::from(repeats_question);
        if analysis.has(SignalKind::AbuseAtAgent) {
            s.abuse_count += 1;
        }
        for signal in &analysis.signals {
            if signal.kind.is_cue() {
                if let Err(i) = s.cues_seen.binary_search(&signal.kind) {
                    s.cues_seen.insert(i, signal.kind);
                }
            }
        }

        // The level moves towards this message's heat: fast up, slower down.
        let mut target = analysis.heat;
        if repeats_question {
            target += 10.0;
        }
        if s.venting.is_some() {
            target += 5.0;
        }
        // The first customer message Defuse could read has no history to smooth against:
        // it sets the level.
        let rate = if !self.levelled {
            1.0
        } else if target > self.heat {
            0.7
        } else {
            0.35
        };
        let before = self.heat;
        self.heat += rate * (target - self.heat);
        // A cooperative answer to the agent (no sign of hostility, no escalation cue, cooler
        // than the band the conversation is in: "It's order 5512, and the email is ...")
        // brings the level down a band at once; smoothing alone would leave it where the
        // outburst put it. Thanks with no complaint beside them ("thanks, someone came
        // over") close the case: calm at once, unless a threat, abuse or fury made the
        // conversation critical (then it comes down a band at a time).
        let mut edge = (before / 20.0).floor() * 20.0;
        if s.peak < 80
            && analysis.emotions.gratitude > 0.3
            && analysis.signals.iter().all(|x| x.weight <= 0.0)
        {
            edge = edge.min(20.0);
        }
        if self.levelled
            && s.agent_messages > 0
            && s.unanswered == 1
            && target < edge
            && !analysis
                .signals
                .iter()
                .any(|x| x.kind.is_hostile() || (x.kind.is_cue() && x.weight > 0.0))
        {
            self.heat = self.heat.min(edge - 1.0).max(target);
        }
        self.levelled = true;
        // Severity on arrival: a threat, abuse or a serious accusation sets its floor at
        // once, whatever came before; smoothing only ever slows the way down.
        self.heat = self.heat.max(crate::heat::floor(&analysis.signals));
        let calming = analysis.heat < 20.0 || analysis.emotions.gratitude > 0.3;
        s.calm_streak = if calming { s.calm_streak + 1 } else { 0 };

        let level = self.heat.round().clamp(0.0, 100.0) as u8;
        s.recovering = self
            .level_at_last_agent
            .is_some_and(|before| level + 5 <= before);
        if self.recent_levels.len() == TREND_WINDOW {
            self.recent_levels.remove(0);
        }
        self.recent_levels.push(level);
        s.trend = trend(&self.recent_levels);

        Turn {
            role: Role::Customer,
            text,
            at,
            analysis: Some(analysis),
            techniques: Vec::new(),
            level: 0,
            repeats_question,
        }
    }

    fn push_agent(&mut self, text: String, at: Option<Millis>) -> Turn {
        let techniques = detect_techniques(&text);
        let s = &mut self.state;
        s.agent_messages += 1;
        s.unanswered = 0;
        s.waiting_since = None;
        s.venting = None;
        self.burst_start = None;
        for u in &techniques {
            if !s.techniques_used.contains(&u.technique) {
                s.techniques_used.push(u.technique);
            }
        }
        // A good reply takes a little heat out at once; the customer's answer shows the rest.
        let soothing = techniques
            .iter()
            .filter(|u| {
                matches!(
                    u.technique,
                    Technique::Apologize
                        | Technique::Acknowledge
                        | Technique::Propose
                        | Technique::OfferRemedy
                )
            })
            .count();
        self.heat *= 1.0 - 0.06 * soothing.min(3) as f32;
        self.level_at_last_agent = Some(self.heat.round().clamp(0.0, 100.0) as u8);
        Turn {
            role: Role::Agent,
            text,
            at,
            analysis: None,
            techniques,
            level: 0,
            repeats_question: false,
        }
    }
}

fn trend(levels: &[u8]) -> Trend {
    match (levels.first(), levels.last()) {
        (Some(&a), Some(&b)) if b >= a.saturating_add(8) => Trend::Rising,
        (Some(&a), Some(&b)) if b.saturating_add(8) <= a => Trend::Falling,
        _ => Trend::Steady,
    }
}

/// Content words of the message's question, if it asks one, as sorted 64-bit hashes
/// (the lexicon's FNV-1a): cheaper to keep and compare than strings, and collisions between the few
/// words of two questions are vanishingly rare.
fn question_words(text: &str) -> Option<Vec<u64>> {
    let q = crate::text::last_byte(text, b'?')?;
    let start = crate::text::rfind_any(&text[..q], b".!\n").map_or(0, |i| i + 1);
    let mut words: Vec<u64> = crate::text::tokenize(&text[start..q])
        .into_iter()
        .filter(|t| {
            t.kind == crate::text::TokenKind::Word
                && t.norm.len() > 2
                && !crate::text::is_one_of(&t.norm, STOP)
        })
        .map(|t| crate::lexicon::fnv(&t.norm))
        .collect();
    crate::order::sort_by_key(&mut words, |&h| h);
    words.dedup();
    (words.len() >= 2).then_some(words)
}

/// Words too common to tell two questions apart (see `text::is_one_of`).
const STOP: &str = "the and you your are can did does what when where why how who this that have \
    has for with was were will would could there any yet just still please now again mine not \
    don't i'm it's";

/// Share of the smaller set's words found in the other (both sorted).
fn overlap(a: &[u64], b: &[u64]) -> f32 {
    let common = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    common as f32 / a.len().min(b.len()).max(1) as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(role: Role, text: &str, at: i64) -> Message {
        Message {
            role,
            text: text.to_string(),
            at: Some(Millis(at)),
        }
    }

    #[test]
    fn wait_starts_at_first_unanswered_customer_message() {
        let mut c = Conversation::new();
        c.push(msg(Role::Customer, "hello?", 1_000));
        c.push(msg(Role::Customer, "anyone there?", 5_000));
        assert_eq!(c.state().wait_ms(Millis(11_000)), Some(10_000));
        c.push(msg(Role::Agent, "Hi, I'm here.", 12_000));
        assert_eq!(c.state().wait_ms(Millis(20_000)), None);
    }

    #[test]
    fn three_fast_messages_are_a_burst_slow_ones_are_not() {
        let mut c = Conversation::new();
        for (i, t) in ["one", "two", "three"].iter().enumerate() {
            c.push(msg(Role::Customer, t, i as i64 * 10_000));
        }
        assert_eq!(
            c.state().venting,
            Some(Burst {
                messages: 3,
                span_ms: Some(20_000)
            })
        );
        let mut slow = Conversation::new();
        for (i, t) in ["one", "two", "three"].iter().enumerate() {
            slow.push(msg(Role::Customer, t, i as i64 * 120_000));
        }
        assert_eq!(slow.state().venting, None);
    }

    #[test]
    fn repeated_question_is_noticed() {
        let mut c = Conversation::new();
        c.push(msg(Role::Customer, "Where is my refund for order 5512?", 0));
        c.push(msg(Role::Agent, "Let me check.", 1));
        let turn = c.push(msg(
            Role::Customer,
            "So where is the refund for my order?",
            2,
        ));
        assert!(turn.repeats_question);
        assert_eq!(c.state().repeated_questions, 1);
    }

    #[test]
    fn agent_techniques_accumulate_once() {
        let mut c = Conversation::new();
        c.push(msg(Role::Agent, "Sorry about that!", 0));
        c.push(msg(Role::Agent, "Sorry again, I understand.", 1));
        assert_eq!(
            c.state().techniques_used,
            vec![Technique::Apologize, Technique::Acknowledge]
        );
        assert_eq!(c.state().customer_messages, 0);
        assert_eq!(c.state().level, 0);
    }
}
