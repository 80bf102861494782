//! The learned layer: logistic regression over hashed n-grams plus rule features.
//!
//! Four heads, fitted by `defuse fit` on the shared data's training splits (see
//! `weights/README.md` for which data and how) and compiled in as `weights/model.bin`:
//! anger (yes / no), offensive, polarity, and escalation
//! (calm / frustrated / angry, fitted on customer messages to support accounts). A head
//! missing from the file scores as "no evidence" (neutral, not angry, not offensive, calm).
//! `calibration.rs`, written by the same fit, turns them and the rules into the 0-100 heat.

pub mod calibration;
pub mod features;
pub mod weights;

use std::sync::OnceLock;

use crate::cues;
use crate::signal::Signal;
use crate::text::{tokenize, Token};
use features::Feature;
use weights::{HeadKind, Heads, OUTPUTS};

/// The fitted weights, compiled in: nothing is read at run time.
pub const WEIGHTS: &[u8] = include_bytes!("weights/model.bin");

/// What the learned layer says about one message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Probability of anger.
    pub anger: f32,
    /// Probability the message is offensive.
    pub offensive: f32,
    /// Probabilities of negative, neutral, positive; they sum to 1.
    pub polarity: [f32; 3],
    /// Probabilities of calm, frustrated, angry (a support message on arrival); they sum
    /// to 1.
    pub escalation: [f32; 3],
}

impl Default for Scores {
    fn default() -> Self {
        Scores {
            anger: 0.0,
            offensive: 0.0,
            polarity: [0.0, 1.0, 0.0],
            escalation: [1.0, 0.0, 0.0],
        }
    }
}

/// Decodes the compiled-in weights. They are checked by the tests, so an error here means a
/// broken build; callers fall back to [`Scores::default`] rather than fail on a message.
pub fn heads() -> Result<Heads, weights::WeightsError> {
    weights::decode(WEIGHTS)
}

/// Scores `text` the way [`crate::analyze`] does (same tokens, same rule signals).
pub fn score(text: &str) -> Scores {
    let tokens = tokenize(text);
    let (signals, _) = cues::detect(text, &tokens);
    predict(&tokens, &signals)
}

/// The features of `text` the way [`crate::analyze`] sees them, for `defuse fit`.
pub fn features_of(text: &str) -> Vec<Feature> {
    let tokens = tokenize(text);
    let (signals, _) = cues::detect(text, &tokens);
    let mut out = Vec::with_capacity(2 * tokens.len() + 8);
    features::extract(&tokens, &signals, &mut out);
    out
}

/// Scores one tokenized message.
pub(crate) fn predict(tokens: &[Token<'_>], signals: &[Signal]) -> Scores {
    // Decoded once into a table: the weights are compiled in, so every call would decode
    // the same bytes.
    static HEADS: OnceLock<Option<Heads>> = OnceLock::new();
    let Some(heads) = HEADS.get_or_init(|| heads().ok()) else {
        return Scores::default();
    };
    // Room for every feature up front (two per token, at most two character grams per
    // byte of a word, the shape and signal counts), so the buffer is never regrown.
    let room: usize = tokens.iter().map(|t| 2 + 2 * t.norm.len()).sum();
    let mut feats = Vec::with_capacity(room + signals.len() + 16);
    features::extract(tokens, signals, &mut feats);
    scores_from(
        heads,
        &heads.logits(feats.iter().map(|f| (f.hash, f.value))),
    )
}

/// Turns the table's logits into probabilities, head by head; a missing head keeps its
/// "no evidence" default.
pub fn scores_from(heads: &Heads, z: &[f32; OUTPUTS]) -> Scores {
    let mut scores = Scores::default();
    if heads.anger.is_some() {
        scores.anger = sigmoid(z[HeadKind::Anger.column()]);
    }
    if heads.offensive.is_some() {
        scores.offensive = sigmoid(z[HeadKind::Offensive.column()]);
    }
    if heads.polarity.is_some() {
        let mut p = [0.0; 3];
        p.copy_from_slice(&z[HeadKind::Polarity.column()..][..3]);
        softmax(&mut p);
        scores.polarity = p;
    }
    if heads.escalation.is_some() {
        let mut p = [0.0; 3];
        p.copy_from_slice(&z[HeadKind::Escalation.column()..][..3]);
        softmax(&mut p);
        scores.escalation = p;
    }
    scores
}

/// In-place softmax; numerically safe for any finite logits.
pub fn softmax(z: &mut [f32]) {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in z.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in z.iter_mut() {
        *v /= sum;
    }
}

/// The logistic function.
pub fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}
