//! The vocabulary of what Defuse notices in one message: [`SignalKind`] and [`Signal`].

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// Everything Defuse can notice in a message. Emotions, escalation cues and the modifiers
/// that change how words read (negation, contrast) share one list so the UI can explain any
/// of them the same way: a kind and the words that produced it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    // -- emotions --
    /// Anger at the company or the situation ("furious", "outrageous").
    Anger,
    /// Frustration, annoyance ("annoying", "fed up", "ridiculous").
    Frustration,
    /// Anxiety or urgency ("urgent", "worried", "need it today").
    Anxiety,
    /// Disappointment ("disappointed", "expected better").
    Disappointment,
    /// Gratitude or relief: the customer is calming ("thank you so much", "that worked").
    Gratitude,
    /// Other positive words ("great", "love") read literally.
    Positive,
    /// Other negative words ("broken", "terrible") read literally.
    Negative,

    // -- escalation cues --
    /// Threat to cancel, close the account or leave for a competitor.
    ThreatCancel,
    /// Threat to dispute the charge with the bank or card issuer.
    ThreatChargeback,
    /// Threat of legal action, a lawyer, a regulator.
    ThreatLegal,
    /// Threat to post a review, go to social media or the press.
    ThreatPublic,
    /// Demand for a manager, a supervisor or a human.
    DemandManager,
    /// Profanity not aimed at anyone ("this is bullshit").
    Profanity,
    /// Abuse aimed at the agent ("you are useless", "you idiot").
    AbuseAtAgent,
    /// Words written in capitals.
    Shouting,
    /// Runs of `!!!`, `???`, `?!`.
    Exclamation,
    /// "third time", "again", "I already told you": the customer is repeating themselves.
    Repetition,
    /// "three weeks", "since Monday", "for hours": complaints about elapsed time.
    ElapsedTime,
    /// Sarcasm ("great, another bug", "thanks for nothing").
    Sarcasm,
    /// An imperative demand ("refund me now", "fix it"), where politeness words do not soften.
    Demand,
    /// A serious accusation: data sold or leaked, fraud, being lied to, discrimination, a
    /// safety hazard. Heated on arrival, however calmly it is worded.
    Accusation,
    /// Dissatisfaction with the conversation itself ("that's not what I asked for", "this
    /// isn't helping", "you already asked me that") or with how the customer was treated
    /// ("it was your driver's mistake", "nobody has called us", "Joke that!").
    Dissatisfaction,

    // -- modifiers --
    /// A negation that flips the words after it ("not bad", "never arrived").
    Negation,
    /// A contrast that shifts weight to the clause after it ("..., but it broke again").
    Contrast,
    /// A negative emoji (😡, 🤬, 👎).
    EmojiNegative,
    /// A positive emoji (🙂, 🙏, 👍).
    EmojiPositive,

    // -- what Defuse cannot read --
    /// The message is not in English: Defuse makes no claim about its level (the span
    /// covers the whole message).
    UnsupportedLanguage,
}

impl SignalKind {
    /// Every kind, in declaration order.
    pub const ALL: [SignalKind; 27] = [
        SignalKind::Anger,
        SignalKind::Frustration,
        SignalKind::Anxiety,
        SignalKind::Disappointment,
        SignalKind::Gratitude,
        SignalKind::Positive,
        SignalKind::Negative,
        SignalKind::ThreatCancel,
        SignalKind::ThreatChargeback,
        SignalKind::ThreatLegal,
        SignalKind::ThreatPublic,
        SignalKind::DemandManager,
        SignalKind::Profanity,
        SignalKind::AbuseAtAgent,
        SignalKind::Shouting,
        SignalKind::Exclamation,
        SignalKind::Repetition,
        SignalKind::ElapsedTime,
        SignalKind::Sarcasm,
        SignalKind::Demand,
        SignalKind::Accusation,
        SignalKind::Dissatisfaction,
        SignalKind::Negation,
        SignalKind::Contrast,
        SignalKind::EmojiNegative,
        SignalKind::EmojiPositive,
        SignalKind::UnsupportedLanguage,
    ];

    /// A short human label ("threat to cancel"), for the sidebar and the CLI.
    pub fn label(self) -> &'static str {
        match self {
            SignalKind::Anger => "anger",
            SignalKind::Frustration => "frustration",
            SignalKind::Anxiety => "anxiety / urgency",
            SignalKind::Disappointment => "disappointment",
            SignalKind::Gratitude => "gratitude / relief",
            SignalKind::Positive => "positive words",
            SignalKind::Negative => "negative words",
            SignalKind::ThreatCancel => "threat to cancel",
            SignalKind::ThreatChargeback => "threat of a chargeback",
            SignalKind::ThreatLegal => "legal threat",
            SignalKind::ThreatPublic => "threat to go public",
            SignalKind::DemandManager => "asks for a manager",
            SignalKind::Profanity => "profanity",
            SignalKind::AbuseAtAgent => "abuse aimed at you",
            SignalKind::Shouting => "shouting",
            SignalKind::Exclamation => "!!! / ???",
            SignalKind::Repetition => "repeating themselves",
            SignalKind::ElapsedTime => "waiting a long time",
            SignalKind::Sarcasm => "sarcasm",
            SignalKind::Demand => "demand",
            SignalKind::Accusation => "serious accusation",
            SignalKind::Dissatisfaction => "not satisfied with the answers",
            SignalKind::Negation => "negation",
            SignalKind::Contrast => "contrast",
            SignalKind::EmojiNegative => "negative emoji",
            SignalKind::EmojiPositive => "positive emoji",
            SignalKind::UnsupportedLanguage => "unsupported language",
        }
    }

    /// Whether this kind shows hostility, not just frustration: anger, a threat, a demand
    /// for a manager, swearing, abuse, sarcasm or shouting.
    pub fn is_hostile(self) -> bool {
        matches!(
            self,
            SignalKind::Anger
                | SignalKind::ThreatCancel
                | SignalKind::ThreatChargeback
                | SignalKind::ThreatLegal
                | SignalKind::ThreatPublic
                | SignalKind::DemandManager
                | SignalKind::Profanity
                | SignalKind::AbuseAtAgent
                | SignalKind::Sarcasm
                | SignalKind::Shouting
        )
    }

    /// Whether this kind is an escalation cue (as opposed to an emotion or a modifier).
    pub fn is_cue(self) -> bool {
        matches!(
            self,
            SignalKind::ThreatCancel
                | SignalKind::ThreatChargeback
                | SignalKind::ThreatLegal
                | SignalKind::ThreatPublic
                | SignalKind::DemandManager
                | SignalKind::Profanity
                | SignalKind::AbuseAtAgent
                | SignalKind::Shouting
                | SignalKind::Exclamation
                | SignalKind::Repetition
                | SignalKind::ElapsedTime
                | SignalKind::Sarcasm
                | SignalKind::Demand
                | SignalKind::Accusation
                | SignalKind::Dissatisfaction
        )
    }
}

/// One thing noticed in a message, with the words that produced it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// What was noticed.
    pub kind: SignalKind,
    /// Where, in bytes and UTF-16 units.
    #[serde(flatten)]
    pub span: Span,
    /// How strongly it pushes escalation: positive escalates, negative calms. Roughly -1..=1.
    pub weight: f32,
}
