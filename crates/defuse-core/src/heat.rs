//! How hot one customer message is on its own: the figure the conversation's escalation
//! level moves towards.
//!
//! The rules carry most of it (they know a threat from a complaint); the learned layer's
//! anger and offensiveness set a floor for heated text the rules have no words for.

use crate::analysis::Emotions;
use crate::signal::{Signal, SignalKind};

/// Heat of one message, `0.0..=100.0`, from its signals, emotions, offensiveness and
/// sentiment (`-1.0..=1.0`).
pub(crate) fn heat(signals: &[Signal], emotions: &Emotions, offensive: f32, sentiment: f32) -> f32 {
    let push = escalating_weight(signals);
    let calm = calming_weight(signals);
    // Saturating: one strong threat is ~45, two strong cues ~70, never past 100.
    let rules = 100.0 * (1.0 - (-push / 1.5).exp());
    // The learned scores are probabilities fitted on tweets: calm support questions still
    // get ~0.3-0.55 anger, so only the confident part above one half counts.
    let confident = |p: f32| ((p - 0.5) * 2.0).max(0.0);
    let learned = (60.0 * confident(emotions.anger)).max(50.0 * confident(offensive));
    let negativity = 10.0 * (-sentiment).max(0.0);
    let raw = rules.max(learned) + negativity;
    // Thanks and relief cool a message down, but never cancel a threat or an insult.
    let has_strong_cue = signals.iter().any(|s| s.kind.is_cue() && s.weight >= 0.6);
    let cooling = if has_strong_cue {
        0.0
    } else {
        (0.6 * calm).min(0.8)
    };
    (raw * (1.0 - cooling)).clamp(0.0, 100.0)
}

/// Sum of escalating weights, where repeats of one kind add less than the first
/// ("NO", "NOT", "NOW" is one shout, a little louder, not three), and plain emotion words
/// count for less than cues: "hasn't arrived" is a complaint, "I'll sue" is escalation.
fn escalating_weight(signals: &[Signal]) -> f32 {
    // One pass over the signals, then the kinds in declaration order: the same sums, added
    // in the same order, as a pass per kind.
    let mut max = [0.0_f32; SignalKind::ALL.len()];
    let mut sum = [0.0_f32; SignalKind::ALL.len()];
    for s in signals.iter().filter(|s| s.weight > 0.0) {
        let k = s.kind as usize;
        max[k] = max[k].max(s.weight);
        sum[k] += s.weight;
    }
    let mut total = 0.0;
    for kind in SignalKind::ALL {
        let (max, sum) = (max[kind as usize], sum[kind as usize]);
        let soft = if kind.is_cue() { 1.0 } else { 0.6 };
        total += soft * (max + 0.25 * (sum - max));
    }
    total
}

/// Sum of calming weights, except those inside a sarcastic phrase ("thanks for nothing").
fn calming_weight(signals: &[Signal]) -> f32 {
    let sarcastic: Vec<_> = signals
        .iter()
        .filter(|s| s.kind == SignalKind::Sarcasm)
        .map(|s| s.span)
        .collect();
    signals
        .iter()
        .filter(|s| s.weight < 0.0)
        .filter(|s| {
            !sarcastic
                .iter()
                .any(|x| s.span.start < x.end && x.start < s.span.end)
        })
        .map(|s| -s.weight)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn sig(kind: SignalKind, start: usize, end: usize, weight: f32) -> Signal {
        Signal {
            kind,
            span: Span {
                start,
                end,
                start_utf16: start,
                end_utf16: end,
            },
            weight,
        }
    }

    #[test]
    fn nothing_noticed_is_cold() {
        assert_eq!(heat(&[], &Emotions::default(), 0.0, 0.0), 0.0);
    }

    #[test]
    fn a_threat_is_hot_and_thanks_do_not_cancel_it() {
        let threat = [
            sig(SignalKind::ThreatLegal, 0, 3, 0.9),
            sig(SignalKind::Gratitude, 4, 10, -0.6),
        ];
        let h = heat(&threat, &Emotions::default(), 0.0, 0.0);
        assert!((40.0..55.0).contains(&h), "{h}");
    }

    #[test]
    fn repeats_of_one_kind_add_less() {
        let one = [sig(SignalKind::Shouting, 0, 2, 0.4)];
        let three = [
            sig(SignalKind::Shouting, 0, 2, 0.4),
            sig(SignalKind::Shouting, 3, 5, 0.4),
            sig(SignalKind::Shouting, 6, 8, 0.4),
        ];
        let (h1, h3) = (
            heat(&one, &Emotions::default(), 0.0, 0.0),
            heat(&three, &Emotions::default(), 0.0, 0.0),
        );
        assert!(h3 > h1 && h3 < 2.0 * h1, "{h1} {h3}");
    }

    #[test]
    fn sarcastic_thanks_do_not_cool() {
        let s = [
            sig(SignalKind::Gratitude, 0, 6, -0.6),
            sig(SignalKind::Sarcasm, 0, 18, 0.6),
        ];
        let plain = [sig(SignalKind::Sarcasm, 0, 18, 0.6)];
        let e = Emotions::default();
        assert_eq!(heat(&s, &e, 0.0, 0.0), heat(&plain, &e, 0.0, 0.0));
    }
}
