//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An ordinal
//! model over `heat::features`, fitted on `support-escalation/train.tsv` (see
//! `weights/README.md`), and the two scores where the level crosses 20 and 60.
//!
//! Chosen by 5-fold cross-validation on 1065 training messages: L2 1e-3; the level crosses 20 at
//! log-odds +0.70 of being upset and 60 at log-odds -0.40 of being angry. Cross-validated
//! (out-of-fold, severity floors included): AUC upset 0.827, AUC angry 0.866, Spearman 0.569,
//! calm below 20 85.0%, angry at 60+ 71.0%.

/// Weight of each of `heat::FEATURES`, in `heat::FEATURE_NAMES` order.
#[rustfmt::skip]
pub const WEIGHTS: [f32; crate::heat::FEATURES] = [
    3.544163, // 0: rules
    0.9504729, // 1: anger
    2.2487123, // 2: offensive
    1.325228, // 3: negativity
    -0.9610942, // 4: positivity
    0.39183718, // 5: escalation upset
    -0.22785325, // 6: escalation angry
    0.93402624, // 7: threat (legal, chargeback, public)
    1.9804943, // 8: threat to cancel
    0.65120816, // 9: abuse at agent
    0.23764293, // 10: profanity
    2.301731, // 11: shouting
    0.16045855, // 12: exclamation
    0.7956133, // 13: repetition
    -0.5082547, // 14: elapsed time
    -0.11479024, // 15: sarcasm
    0.49889973, // 16: demand
    1.9274251, // 17: accusation
    0.074302346, // 18: anger words
    -1.962185, // 19: frustration words
    -1.450045, // 20: negative words
    1.9151986, // 21: calming words
    -1.283795, // 22: anxiety
    -0.75816023, // 23: question
    -0.3522929, // 24: dissatisfaction
];

/// The score at which the level is 20 (no longer calm).
pub const AT_20: f32 = 2.694258;

/// The score at which the level is 60 (hostile).
pub const AT_60: f32 = 3.7362452;
