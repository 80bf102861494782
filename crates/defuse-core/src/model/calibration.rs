//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! Chosen by 5-fold cross-validation on 1065 training messages: L2 1e-3; the level crosses 20 at
//! log-odds +0.70 of being upset and 60 at log-odds -0.70 of being angry. Cross-validated
//! (out-of-fold, severity floors included): AUC upset 0.845, AUC angry 0.866, Spearman 0.597,
//! calm below 20 87.0%, angry at 60+ 73.1%.

/// Weight of each of `heat::FEATURES`, in `heat::FEATURE_NAMES` order.
#[rustfmt::skip]
pub const WEIGHTS: [f32; crate::heat::FEATURES] = [
    2.7933185, // 0: rules
    0.5411668, // 1: anger
    2.042713, // 2: offensive
    1.3028307, // 3: negativity
    -0.8095834, // 4: positivity
    0.65292466, // 5: escalation upset
    -0.042569708, // 6: escalation angry
    1.0758274, // 7: threat (legal, chargeback, public)
    1.618929, // 8: threat to cancel
    0.52232474, // 9: abuse at agent
    -0.06074094, // 10: profanity
    1.6570152, // 11: shouting
    -0.2748907, // 12: exclamation
    0.5775125, // 13: repetition
    -0.540877, // 14: elapsed time
    -0.09025004, // 15: sarcasm
    0.67146456, // 16: demand
    1.9666748, // 17: accusation
    0.1259654, // 18: anger words
    -2.2037382, // 19: frustration words
    -1.2574025, // 20: negative words
    2.142433, // 21: calming words
    -1.0347655, // 22: anxiety
    -0.5215912, // 23: question
    -0.41950214, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.0763237;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 2.8667278;
