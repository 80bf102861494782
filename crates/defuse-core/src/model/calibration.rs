//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! Every weight and a shift of both cut points refitted to smaller heads (escalation)
//! (`defuse fit --only escalation --keep-others --prune-committed escalation:0.9
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
    2.7375083, // 0: rules
    0.8884315, // 1: anger
    1.9305563, // 2: offensive
    1.0678397, // 3: negativity
    -0.94242376, // 4: positivity
    0.66357046, // 5: escalation upset
    -0.04763882, // 6: escalation angry
    1.1614771, // 7: threat (legal, chargeback, public)
    1.6656055, // 8: threat to cancel
    0.56462634, // 9: abuse at agent
    -0.33483058, // 10: profanity
    1.732543, // 11: shouting
    0.451545, // 12: exclamation
    0.3966461, // 13: repetition
    -0.82712173, // 14: elapsed time
    -0.1322244, // 15: sarcasm
    0.51148003, // 16: demand
    1.7110821, // 17: accusation
    0.11726295, // 18: anger words
    -1.9722918, // 19: frustration words
    -0.93329984, // 20: negative words
    2.0795841, // 21: calming words
    -0.96261483, // 22: anxiety
    -0.5542173, // 23: question
    -0.8594105, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.1587212;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 2.9399514;
