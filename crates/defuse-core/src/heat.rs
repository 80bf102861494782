//! How hot one customer message is on its own: the figure the conversation's escalation
//! level moves towards.

use crate::analysis::Emotions;
use crate::signal::Signal;

/// Heat of one message, `0.0..=100.0`, from its signals, emotions and offensiveness.
pub(crate) fn heat(signals: &[Signal], emotions: &Emotions, offensive: f32) -> f32 {
    let squash = |x: f32| (x / (1.0 + x)).clamp(0.0, 1.0);
    let push: f32 = signals.iter().map(|s| s.weight).sum();
    (100.0 * squash(push.max(0.0)) * 0.7 + 30.0 * emotions.anger.max(offensive)).clamp(0.0, 100.0)
}
