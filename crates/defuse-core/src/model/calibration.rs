//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! Every weight and a shift of both cut points refitted to a smaller offensive head
//! (`defuse fit --refit-offensive-input --distil-ridge 0`: least squares of the committed score
//! on 1485 support train and chat fit messages, labels unread); the committed file's summary:
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
    2.624767, // 0: rules
    0.7027904, // 1: anger
    1.9208813, // 2: offensive
    1.0832692, // 3: negativity
    -0.94270784, // 4: positivity
    0.65019315, // 5: escalation upset
    -0.043636966, // 6: escalation angry
    1.1931635, // 7: threat (legal, chargeback, public)
    1.7081151, // 8: threat to cancel
    0.6169388, // 9: abuse at agent
    -0.16870052, // 10: profanity
    1.7808552, // 11: shouting
    0.54528946, // 12: exclamation
    0.4296429, // 13: repetition
    -0.77251554, // 14: elapsed time
    -0.14256713, // 15: sarcasm
    0.5283701, // 16: demand
    1.8392853, // 17: accusation
    0.1467798, // 18: anger words
    -2.1671107, // 19: frustration words
    -0.8254417, // 20: negative words
    1.9544666, // 21: calming words
    -0.97474885, // 22: anxiety
    -0.54676425, // 23: question
    -0.84958035, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.0716162;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 2.8528464;
