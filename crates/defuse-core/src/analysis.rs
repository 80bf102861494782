//! One message in, one [`MessageAnalysis`] out: the rules in `cues` and the learned layer in
//! `model` combined into the figures the rest of Defuse reads.

use serde::{Deserialize, Serialize};

use crate::heat::heat;
use crate::signal::{Signal, SignalKind};
use crate::text::tokenize;
use crate::{cues, model};

/// Overall polarity of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Negative.
    Negative,
    /// Neither clearly negative nor clearly positive.
    Neutral,
    /// Positive.
    Positive,
}

/// Emotion strengths of one message, each `0.0..=1.0`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Emotions {
    /// Anger.
    pub anger: f32,
    /// Frustration / annoyance.
    pub frustration: f32,
    /// Anxiety / urgency.
    pub anxiety: f32,
    /// Disappointment.
    pub disappointment: f32,
    /// Gratitude / relief.
    pub gratitude: f32,
}

/// Everything Defuse reads from one message on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageAnalysis {
    /// Sentiment, `-1.0` (very negative) ..= `1.0` (very positive).
    pub sentiment: f32,
    /// Sentiment as a class.
    pub polarity: Polarity,
    /// Emotion strengths.
    pub emotions: Emotions,
    /// Probability that the message is offensive (profanity, insults), `0.0..=1.0`.
    pub offensive: f32,
    /// How hot this message is on its own, `0.0..=100.0`; the conversation's escalation
    /// level moves towards it.
    pub heat: f32,
    /// What was noticed, each with its span, in text order.
    pub signals: Vec<Signal>,
}

impl MessageAnalysis {
    /// Whether any signal of `kind` was found.
    pub fn has(&self, kind: SignalKind) -> bool {
        self.signals.iter().any(|s| s.kind == kind)
    }
}

/// Analyses one customer message. Never fails: any text, however odd, gets an analysis.
pub fn analyze(text: &str) -> MessageAnalysis {
    let tokens = tokenize(text);
    let signals = cues::detect(text, &tokens);
    let scores = model::predict(&tokens, &signals);
    combine(signals, scores)
}

/// [`analyze`] with the learned layer's scores given instead of computed: `defuse fit` judges
/// its cross-validated scores the way the product merges them with the rules.
pub fn analyze_with_scores(text: &str, scores: model::Scores) -> MessageAnalysis {
    let tokens = tokenize(text);
    combine(cues::detect(text, &tokens), scores)
}

/// Escalation cues that make a message negative whatever its words say: a threat or an
/// insult is never "positive", however politely it is worded.
const NEGATIVE_CUES: [SignalKind; 9] = [
    SignalKind::ThreatCancel,
    SignalKind::ThreatChargeback,
    SignalKind::ThreatLegal,
    SignalKind::ThreatPublic,
    SignalKind::DemandManager,
    SignalKind::AbuseAtAgent,
    SignalKind::Sarcasm,
    SignalKind::Repetition,
    SignalKind::Profanity,
];

/// Merges the learned layer's probabilities with the rule signals. The model reads plain
/// language well; the rules know support-chat cues the training tweets rarely contain, so
/// where a rule fires it sets a floor (anger, offensive) or overrides (polarity).
fn combine(signals: Vec<Signal>, scores: model::Scores) -> MessageAnalysis {
    let sum = |kinds: &[SignalKind]| -> f32 {
        signals
            .iter()
            .filter(|s| kinds.contains(&s.kind))
            .map(|s| s.weight.abs())
            .sum()
    };
    let squash = |x: f32| (x / (1.0 + x)).clamp(0.0, 1.0);
    let emotions = Emotions {
        anger: scores
            .anger
            .max(squash(sum(&[SignalKind::Anger, SignalKind::AbuseAtAgent]))),
        frustration: squash(sum(&[
            SignalKind::Frustration,
            SignalKind::Repetition,
            SignalKind::Sarcasm,
        ])),
        anxiety: squash(sum(&[SignalKind::Anxiety, SignalKind::ElapsedTime])),
        disappointment: squash(sum(&[SignalKind::Disappointment])),
        gratitude: squash(sum(&[SignalKind::Gratitude])),
    };

    // Profanity and insults are what "offensive" means in the data the head was fitted on;
    // when the rules see them, the message is offensive whatever the model's n-grams say.
    let rude = sum(&[SignalKind::Profanity, SignalKind::AbuseAtAgent]);
    let offensive = if rude > 0.0 {
        scores.offensive.max(0.5 + 0.5 * squash(rude))
    } else {
        scores.offensive
    };

    let [neg, neu, pos] = scores.polarity;
    let mut sentiment = (pos - neg).clamp(-1.0, 1.0);
    let mut polarity = if neu >= neg && neu >= pos {
        Polarity::Neutral
    } else if neg > pos {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    let cue = signals
        .iter()
        .filter(|s| NEGATIVE_CUES.contains(&s.kind))
        .map(|s| s.weight)
        .fold(0.0_f32, f32::max);
    if cue >= 0.4 {
        polarity = Polarity::Negative;
        sentiment = sentiment.min(-cue.min(1.0));
    } else if signals.iter().any(|s| s.kind == SignalKind::Demand) {
        // "Please refund me NOW": the politeness is not the message, whether the learned
        // layer called it positive or only leaned that way.
        if polarity == Polarity::Positive {
            polarity = Polarity::Neutral;
        }
        sentiment = sentiment.min(0.0);
    }

    let heat = heat(&signals, &emotions, offensive, sentiment);
    MessageAnalysis {
        sentiment,
        polarity,
        emotions,
        offensive,
        heat,
        signals,
    }
}
