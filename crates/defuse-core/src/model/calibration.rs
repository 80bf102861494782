//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! Chosen by 5-fold cross-validation on 1065 training messages: L2 1e-3; the level crosses 20 at
//! log-odds +0.70 of being upset and 60 at log-odds -0.50 of being angry. Cross-validated
//! (out-of-fold, severity floors included): AUC upset 0.844, AUC angry 0.868, Spearman 0.594,
//! calm below 20 86.8%, angry at 60+ 72.0%.

/// Weight of each of `heat::FEATURES`, in `heat::FEATURE_NAMES` order.
#[rustfmt::skip]
pub const WEIGHTS: [f32; crate::heat::FEATURES] = [
    2.797852, // 0: rules
    0.5451636, // 1: anger
    1.826546, // 2: offensive
    1.3436755, // 3: negativity
    -0.8802707, // 4: positivity
    0.6619663, // 5: escalation upset
    -0.04636002, // 6: escalation angry
    1.1273986, // 7: threat (legal, chargeback, public)
    1.5819504, // 8: threat to cancel
    0.5384559, // 9: abuse at agent
    0.018198283, // 10: profanity
    1.6550412, // 11: shouting
    -0.2547827, // 12: exclamation
    0.5695201, // 13: repetition
    -0.59937805, // 14: elapsed time
    -0.09384685, // 15: sarcasm
    0.64992726, // 16: demand
    1.9871892, // 17: accusation
    0.15483871, // 18: anger words
    -2.2272058, // 19: frustration words
    -1.2591786, // 20: negative words
    2.238047, // 21: calming words
    -1.0392958, // 22: anxiety
    -0.53161573, // 23: question
    -0.44611344, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.0397482;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 3.0202427;
