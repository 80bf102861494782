//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! Every weight and a shift of both cut points refitted to smaller heads (escalation)
//! (`defuse fit --only escalation --keep-others --prune-committed escalation:0.6
//! --refit-offensive-input --distil-ridge 0`: least squares of the committed score
//! on 1485 support train and chat fit messages, labels unread); the committed file's summary:
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
    2.777758, // 0: rules
    0.87542504, // 1: anger
    1.9133254, // 2: offensive
    1.088653, // 3: negativity
    -0.9196374, // 4: positivity
    0.71732366, // 5: escalation upset
    -0.05659814, // 6: escalation angry
    1.112369, // 7: threat (legal, chargeback, public)
    1.6050415, // 8: threat to cancel
    0.5223123, // 9: abuse at agent
    -0.3764051, // 10: profanity
    1.587384, // 11: shouting
    0.32931614, // 12: exclamation
    0.29914978, // 13: repetition
    -0.9047377, // 14: elapsed time
    -0.11277788, // 15: sarcasm
    0.5248601, // 16: demand
    1.717123, // 17: accusation
    0.042573832, // 18: anger words
    -2.1051557, // 19: frustration words
    -1.0553578, // 20: negative words
    2.1294193, // 21: calming words
    -1.0442863, // 22: anxiety
    -0.53331023, // 23: question
    -0.88978606, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.1936986;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 2.9749289;
