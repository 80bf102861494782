//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! The offensive weight and a shift of both cut points refitted to a smaller offensive head
//! (`defuse fit --refit-offensive-input`: least squares of the committed score on 1065 support
//! train messages); the rest as fitted before:
//! Chosen by 5-fold cross-validation on 1065 training messages: L2 1e-3; the level crosses 20 at
//! log-odds +0.70 of being upset and 60 at log-odds -0.70 of being angry. Cross-validated
//! (out-of-fold, severity floors included): AUC upset 0.846, AUC angry 0.867, Spearman 0.599,
//! calm below 20 87.1%, angry at 60+ 73.1%.
//! 420 chat messages (`tests/data/chat/fit.tsv`), not fitted on
//! (weight 0); their own folds, cross-validated: AUC upset 0.897, AUC angry 0.945,
//! Spearman 0.754, calm below 20 87.1%, angry at 60+ 89.5%.

/// Weight of each of `heat::FEATURES`, in `heat::FEATURE_NAMES` order.
#[rustfmt::skip]
pub const WEIGHTS: [f32; crate::heat::FEATURES] = [
    2.7063954, // 0: rules
    0.78516483, // 1: anger
    2.0497608, // 2: offensive
    1.0641149, // 3: negativity
    -0.9684301, // 4: positivity
    0.6710735, // 5: escalation upset
    -0.065004304, // 6: escalation angry
    1.1929835, // 7: threat (legal, chargeback, public)
    1.6765333, // 8: threat to cancel
    0.5683191, // 9: abuse at agent
    -0.25556415, // 10: profanity
    1.7724535, // 11: shouting
    -0.2426088, // 12: exclamation
    0.42115644, // 13: repetition
    -0.5075059, // 14: elapsed time
    -0.2858386, // 15: sarcasm
    0.6937417, // 16: demand
    1.8042417, // 17: accusation
    0.15336919, // 18: anger words
    -2.1512268, // 19: frustration words
    -1.0718421, // 20: negative words
    2.1246672, // 21: calming words
    -0.9448459, // 22: anxiety
    -0.5328076, // 23: question
    -0.5932286, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.1596465;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 2.9408767;
