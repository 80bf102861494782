//! How hot one customer message is on its own: the figure the conversation's escalation
//! level moves towards.
//!
//! Three steps. [`features`] sums up what the rules and the learned heads found into a few
//! numbers; a small ordinal model fitted on customer messages to support accounts
//! (`model::calibration`, written by `defuse fit`) weighs them into one score, and a fixed
//! monotone curve maps that score onto 0-100 so that its fitted cut points land on the band
//! edges (20: no longer calm, 60: hostile). Then [`floor`] applies severity on arrival: a
//! threat or abuse is hostile, a serious accusation heated, whatever the score says.

use crate::model::calibration::{AT_20, AT_60, WEIGHTS};
use crate::model::Scores;
use crate::signal::{Signal, SignalKind};

/// How many numbers [`features`] gives.
pub const FEATURES: usize = 25;

/// What each of the [`features`] is, in order (for `defuse fit`'s report).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "rules",
    "anger",
    "offensive",
    "negativity",
    "positivity",
    "escalation upset",
    "escalation angry",
    "threat (legal, chargeback, public)",
    "threat to cancel",
    "abuse at agent",
    "profanity",
    "shouting",
    "exclamation",
    "repetition",
    "elapsed time",
    "sarcasm",
    "demand",
    "accusation",
    "anger words",
    "frustration words",
    "negative words",
    "calming words",
    "anxiety",
    "question",
    "dissatisfaction",
];

/// The inputs of the calibrated heat: the rules' saturating escalation, the learned heads'
/// probabilities and log-odds, the strongest weight of each cue family and the summed
/// emotion words, and whether the message asks something. `offensive` and `sentiment` are
/// the analysis' (rules merged in).
pub fn features(
    text: &str,
    signals: &[Signal],
    scores: &Scores,
    offensive: f32,
    sentiment: f32,
) -> [f32; FEATURES] {
    let max = |kinds: &[SignalKind]| {
        signals
            .iter()
            .filter(|s| kinds.contains(&s.kind))
            .map(|s| s.weight)
            .fold(0.0_f32, f32::max)
    };
    let squash = |x: f32| x / (1.0 + x);
    let words = |kinds: &[SignalKind]| {
        squash(
            signals
                .iter()
                .filter(|s| kinds.contains(&s.kind))
                .map(|s| s.weight.max(0.0))
                .sum(),
        )
    };
    let log_odds = |p: f32, q: f32| (p.max(1e-4) / q.max(1e-4)).ln().clamp(-8.0, 8.0);
    let [calm, frustrated, angry] = scores.escalation;
    use SignalKind as K;
    [
        1.0 - (-escalating_weight(signals) / 1.5).exp(),
        scores.anger,
        offensive,
        (-sentiment).max(0.0),
        sentiment.max(0.0),
        log_odds(frustrated + angry, calm),
        log_odds(angry, calm + frustrated),
        max(&[K::ThreatLegal, K::ThreatChargeback, K::ThreatPublic]),
        max(&[K::ThreatCancel]),
        max(&[K::AbuseAtAgent]),
        max(&[K::Profanity]),
        // "THANK YOU!!!" is loud, not angry: shouting counts less beside thanks.
        max(&[K::Shouting]) * (1.0 - squash(calming_weight(signals))),
        max(&[K::Exclamation]),
        max(&[K::Repetition]),
        max(&[K::ElapsedTime]),
        max(&[K::Sarcasm]),
        max(&[K::Demand, K::DemandManager]),
        max(&[K::Accusation]),
        max(&[K::Anger]),
        max(&[K::Frustration, K::Disappointment]),
        words(&[K::Negative, K::EmojiNegative]),
        squash(calming_weight(signals)),
        words(&[K::Anxiety]),
        f32::from(u8::from(text.contains('?'))),
        max(&[K::Dissatisfaction]),
    ]
}

/// The calibrated model's score for `features`: higher is more upset.
pub fn score(features: &[f32; FEATURES]) -> f32 {
    features.iter().zip(&WEIGHTS).map(|(x, w)| x * w).sum()
}

/// Maps a score onto 0-100: `AT_20` lands on 20 and `AT_60` on 60, straight between them,
/// and exponential tails towards 0 and 100, so the curve is strictly increasing. The lower
/// tail's slope meets the straight part's; the upper one rises [`HOSTILE_SPREAD`] times
/// more slowly, so that "hostile" and "critical" stay apart (only the bands' edges are
/// fitted: the spread inside a band changes no figure `defuse eval support` reports).
pub fn level_of_score(score: f32, at_20: f32, at_60: f32) -> f32 {
    let width = (at_60 - at_20).max(1e-3);
    if score < at_20 {
        20.0 * ((score - at_20) / (width / 2.0)).exp()
    } else if score <= at_60 {
        20.0 + 40.0 * (score - at_20) / width
    } else {
        60.0 + 40.0 * (1.0 - (-(score - at_60) / (HOSTILE_SPREAD * width)).exp())
    }
}

/// How much more slowly the level climbs above 60 than between 20 and 60: the fitted
/// frustrated range is narrow (under one logit), and at the same slope any message past
/// the hostile edge would read critical.
const HOSTILE_SPREAD: f32 = 3.0;

/// The lowest heat a message with these signals can have, whatever its wording scores:
/// severity on arrival. Legal, chargeback and public threats and abuse aimed at the agent
/// are hostile (60); a serious accusation (data sold, fraud, being lied to, discrimination,
/// a safety hazard) is heated (40); saying the conversation is not helping is more than
/// calm (25); sarcasm is tense (20), heated (40) when it names a failure; disappointment
/// said outright ("disappointed", "let down", "zero stars", "won't ever go here again") is
/// tense (20). A failure told plainly is never calm: told again and again ("four dead units
/// in a row", "you promised a callback three times and nobody called") it is heated (40),
/// told with how long it took ("it arrived 10 days late") tense (20).
pub fn floor(signals: &[Signal]) -> f32 {
    // Sarcasm is upset, never calm: tense, or heated when it names a failure ("thanks for
    // ignoring me for three days", "love waiting 40 minutes").
    let failure = signals.iter().any(|s| {
        s.weight > 0.0
            && matches!(
                s.kind,
                SignalKind::Negative
                    | SignalKind::Frustration
                    | SignalKind::ElapsedTime
                    | SignalKind::Disappointment
            )
    });
    // A failure word of weight ("late", "dead", "nobody ever called"), not a mild "issue".
    let told = signals
        .iter()
        .any(|s| s.kind == SignalKind::Negative && s.weight >= 0.3);
    signals
        .iter()
        .map(|s| match s.kind {
            SignalKind::Repetition if told && s.weight >= 0.6 => 40.0,
            // The wait and the failure said together ("arrived 10 days late", "late by a
            // week"); a wait beside some other trouble ("couldn't open my mail since last
            // night", "how many days of data ... if not syncing") is no lateness told.
            SignalKind::ElapsedTime
                if signals.iter().any(|n| {
                    n.kind == SignalKind::Negative
                        && n.weight >= 0.3
                        && n.span.start.max(s.span.start) <= n.span.end.min(s.span.end) + 4
                }) =>
            {
                20.0
            }
            SignalKind::Sarcasm if failure => 40.0,
            SignalKind::Sarcasm => 20.0,
            SignalKind::ThreatLegal
            | SignalKind::ThreatChargeback
            | SignalKind::ThreatPublic
            | SignalKind::AbuseAtAgent
                if s.weight >= 0.6 =>
            {
                60.0
            }
            SignalKind::Accusation => 40.0,
            SignalKind::Dissatisfaction => 25.0,
            SignalKind::Disappointment if s.weight >= 0.5 => 20.0,
            _ => 0.0,
        })
        .fold(0.0, f32::max)
}

/// Heat of one message, `0.0..=100.0`, from its [`features`] and signals.
/// `asked`: the message asks for a cancellation; `public`: it is a public post, not a
/// private chat; `aimed`: it names someone (see [`ceiling`]).
pub(crate) fn heat(
    signals: &[Signal],
    features: &[f32; FEATURES],
    asked: bool,
    public: bool,
    aimed: bool,
) -> f32 {
    let level = level_of_score(score(features), AT_20, AT_60)
        .min(ceiling(signals, features, asked, public, aimed));
    let level = if critical(features) || level <= 60.0 {
        level
    } else {
        60.0 + (level - 60.0) * BELOW_CRITICAL
    };
    level.max(floor(signals)).clamp(0.0, 100.0)
}

/// Whether a message may read critical (80+), from its [`features`]: abuse aimed at the
/// agent (not the milder forms: "do you even read", "you are the worst airline"), a legal,
/// chargeback or public threat, a message all in capitals, or swearing with anger words or
/// shouting behind it. A strongly worded complaint without any of these ("the worst service
/// ever, never again", "cancelling today", one swear word in a jab) is at most hostile:
/// [`heat`] squeezes its 60-100 into 60-79, order kept.
pub fn critical(x: &[f32; FEATURES]) -> bool {
    x[9] >= 0.7 || x[7] >= 0.6 || x[11] >= ALL_CAPS || (x[10] >= 0.6 && x[18] + x[11] > 0.0)
}

/// See [`critical`]: the shouting weight of a message written all in capitals.
const ALL_CAPS: f32 = 0.5;
/// See [`critical`]: how much of the rise above 60 a message without a sign of fury keeps
/// (60-100 becomes 60-79).
const BELOW_CRITICAL: f32 = 0.485;

/// The highest heat a message can have without a sign of hostility: frustration,
/// disappointment or a long wait alone ("so annoying, the same popup every time", "nobody
/// got back to me in two weeks") is at most tense (support leads judge such messages shown
/// heated too high, and tense right; session 12), or heated when the escalation head reads
/// an angry customer as nearly as likely as not. A serious accusation alone ("I was sick
/// all night after eating there", "the blade cut my hand") is heated at most: its floor
/// makes it heated, and hostile is for fury, abuse and threats. Anger, a threat, swearing,
/// an insult, shouting or sarcasm lifts the ceiling, as does the escalation head reading an
/// angry customer as likely as not, unless the message asks for a cancellation or says the
/// customer will not come back to a place (`asked`): a customer leaving over a fault ("I
/// want to cancel, the app keeps crashing", "the soup was cold, we'll never go again") is
/// frustrated, heated at most, and the head reads "cancel" and "never ... again" as anger.
///
/// The head's readings hold for a `public` post, the channel of its training messages
/// (tweets to brands). Said in a private chat to the shop or restaurant, a complaint the
/// head reads as less likely angry than not is tense ("Very much disappointed with this
/// company", "it won't load any more songs and customer service has no idea what to do":
/// support leads judge such messages heated too high), and one it reads as angry is heated
/// ("Customer service was terrible.", "Battery is terrible.": review sentences read
/// hostile), unless it asks to cancel (nearly angry only), is exasperated (a frustration
/// word of 0.5 and up: "ridiculous", "incompetent"), has a strong word ("the worst", weight
/// 0.7 and up) or insults someone (`analyze_in` reads a message with an insult as `public`
/// here). A strong word that is only a bad verdict ("Worst martini ever!") keeps it heated
/// (support leads judge such review sentences shown hostile too high; session 28).
///
/// A message that names no one (`aimed` false: no "you", "they", staff, company or
/// people) is a verdict on a thing: a swear word, an anger word short of fury or capitals
/// ("crappy headphones", "the smell is disgusting", "DON'T BUY THIS KETTLE.") keep it
/// heated, not hostile, and posted in public it reads as said in private (session 28).
pub fn ceiling(
    signals: &[Signal],
    features: &[f32; FEATURES],
    asked: bool,
    public: bool,
    aimed: bool,
) -> f32 {
    let odds = features[ANGRY_ODDS];
    // A verdict word: a bad verdict ("worst", "poor"), or, when the message names no one,
    // a swear word, an anger word short of fury or capitals about a thing.
    let verdict = |s: &Signal| {
        s.kind == SignalKind::Negative
            || !aimed
                && s.weight < 0.9
                && matches!(
                    s.kind,
                    SignalKind::Anger | SignalKind::Profanity | SignalKind::Shouting
                )
    };
    // Such a word about a thing, of some weight: it keeps the message heated, and a public
    // post that names no one and has one ("the smell is disgusting") reads as said in
    // private.
    let thing = signals
        .iter()
        .any(|s| s.kind != SignalKind::Negative && verdict(s) && s.weight >= 0.4);
    let public = public && !thing;
    // A strong word or exasperation: the private chat's exceptions.
    let strong = signals
        .iter()
        .any(|s| s.weight >= 0.7 || s.kind == SignalKind::Frustration && s.weight >= 0.5);
    // Nor is the threat to leave that came with it ("we'll never go again"), unless it is
    // outright ("I'm switching to BT").
    // One word in capitals and nothing else shouted ("The WORST part is the screen") is
    // emphasis, not a raised voice.
    let shouts = signals
        .iter()
        .filter(|s| s.kind == SignalKind::Shouting)
        .count();
    // A bad verdict alone ("Worst martini ever!", "The manager was the worst.") lifts a
    // private chat to heated, not hostile.
    let fierce = signals.iter().any(|s| {
        !verdict(s) && s.weight >= 0.7 || s.kind == SignalKind::Frustration && s.weight >= 0.5
    });
    let hostile = odds >= ANGRY_LOG_ODDS && !asked && (public || fierce)
        || signals.iter().any(|s| {
            s.kind.is_hostile()
                && !verdict(s)
                && !(asked && s.kind == SignalKind::ThreatCancel && s.weight < 0.8)
                && !(s.kind == SignalKind::Shouting && s.weight < 0.3 && shouts == 1)
        });
    if hostile {
        100.0
    } else if (public || asked || strong) && odds >= NEARLY_ANGRY_LOG_ODDS
        || odds >= ANGRY_LOG_ODDS
        || thing
        || signals.iter().any(|s| s.kind == SignalKind::Accusation)
    {
        HEATED_CEILING
    } else {
        CEILING
    }
}

/// See [`ceiling`]: the top of the tense band.
const CEILING: f32 = 39.0;
/// See [`ceiling`]: the top of the heated band, with room below the hostile edge.
pub(crate) const HEATED_CEILING: f32 = 55.0;
/// See [`ceiling`]: the escalation head's log-odds of an angry customer at or above which
/// the ceiling lifts.
const ANGRY_LOG_ODDS: f32 = 0.0;
/// See [`ceiling`]: the log-odds at or above which it is heated, not tense (on support
/// train the angry messages the ceiling holds read -0.69 to -0.18, 127 of the 136
/// frustrated ones below -0.75).
const NEARLY_ANGRY_LOG_ODDS: f32 = -0.75;
/// Where [`features`] puts the escalation head's log-odds of angry against the rest.
const ANGRY_ODDS: usize = 6;

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

    fn heat_of(signals: &[Signal]) -> f32 {
        heat(
            signals,
            &features("", signals, &Scores::default(), 0.0, 0.0),
            false,
            true,
            true,
        )
    }

    #[test]
    fn frustration_without_hostility_is_at_most_tense() {
        let mut inputs = [0.0; FEATURES];
        inputs[ANGRY_ODDS] = -1.0;
        let frustrated = [sig(SignalKind::Frustration, 0, 5, 0.4)];
        assert_eq!(ceiling(&frustrated, &inputs, false, true, true), CEILING);
        // A head reading anger as nearly as likely as not keeps it heated in a public post;
        // in a private chat it is tense, unless it is a serious accusation.
        inputs[ANGRY_ODDS] = -0.5;
        assert_eq!(
            ceiling(&frustrated, &inputs, false, true, true),
            HEATED_CEILING
        );
        assert_eq!(ceiling(&frustrated, &inputs, false, false, true), CEILING);
        // A strong word ("the worst"), exasperation ("ridiculous") or a cancellation asked
        // for keeps it heated in private too.
        let worst = [sig(SignalKind::Negative, 0, 5, 0.7)];
        assert_eq!(ceiling(&worst, &inputs, false, false, true), HEATED_CEILING);
        let exasperated = [sig(SignalKind::Frustration, 0, 5, 0.5)];
        assert_eq!(
            ceiling(&exasperated, &inputs, false, false, true),
            HEATED_CEILING
        );
        assert_eq!(
            ceiling(&frustrated, &inputs, true, false, true),
            HEATED_CEILING
        );
        // Read as angry: hostile in a public post or with a strong word, heated otherwise
        // in a private chat.
        inputs[ANGRY_ODDS] = 0.5;
        assert_eq!(ceiling(&frustrated, &inputs, false, true, true), 100.0);
        // A bad verdict alone stays heated in private; exasperation lifts it.
        assert_eq!(ceiling(&worst, &inputs, false, false, true), HEATED_CEILING);
        assert_eq!(ceiling(&exasperated, &inputs, false, false, true), 100.0);
        assert_eq!(
            ceiling(&frustrated, &inputs, false, false, true),
            HEATED_CEILING
        );
        inputs[ANGRY_ODDS] = -0.5;
        let hazard = [sig(SignalKind::Accusation, 0, 5, 0.7)];
        assert_eq!(
            ceiling(&hazard, &inputs, false, false, true),
            HEATED_CEILING
        );
        inputs[ANGRY_ODDS] = -1.0;
        let threat = [sig(SignalKind::ThreatLegal, 0, 5, 1.0)];
        assert_eq!(ceiling(&threat, &inputs, false, true, true), 100.0);
        // A serious accusation alone is heated at most; beside a threat, hostile.
        assert_eq!(ceiling(&hazard, &inputs, false, true, true), HEATED_CEILING);
        assert_eq!(
            ceiling(
                &[threat[0].clone(), hazard[0].clone()],
                &inputs,
                false,
                true,
                true
            ),
            100.0
        );
        // The escalation head reading an angry customer as likely as not lifts it too.
        inputs[ANGRY_ODDS] = 0.5;
        assert_eq!(ceiling(&frustrated, &inputs, false, true, true), 100.0);
        // Not for a cancellation asked for: the head reads "cancel" as anger.
        assert_eq!(
            ceiling(&frustrated, &inputs, true, true, true),
            HEATED_CEILING
        );
        assert_eq!(ceiling(&threat, &inputs, true, true, true), 100.0);
        // Nor by the milder threat to leave that came with it; an outright one still does.
        let leaving = [sig(SignalKind::ThreatCancel, 0, 5, 0.7)];
        assert_eq!(ceiling(&leaving, &inputs, true, true, true), HEATED_CEILING);
        assert_eq!(ceiling(&leaving, &inputs, false, true, true), 100.0);
        let switching = [sig(SignalKind::ThreatCancel, 0, 5, 0.8)];
        assert_eq!(ceiling(&switching, &inputs, true, true, true), 100.0);
        // ANGRY_ODDS is where `features` puts the escalation head's angry log-odds.
        let angry = Scores {
            escalation: [0.1, 0.1, 0.8],
            ..Scores::default()
        };
        assert!(features("", &[], &angry, 0.0, 0.0)[ANGRY_ODDS] > 0.0);
        let calm = Scores {
            escalation: [0.8, 0.1, 0.1],
            ..Scores::default()
        };
        assert!(features("", &[], &calm, 0.0, 0.0)[ANGRY_ODDS] < 0.0);
        // Floors still win over the ceiling: a threat is hostile however it is worded.
        assert!(heat(&threat, &[0.0; FEATURES], false, true, true) >= 60.0);
    }

    #[test]
    fn one_word_in_capitals_is_emphasis_not_a_shout() {
        let mut inputs = [0.0; FEATURES];
        inputs[ANGRY_ODDS] = -1.0;
        // "The WORST part is the screen": one lone capitalised word leaves it tense.
        let emphasis = [sig(SignalKind::Shouting, 0, 5, 0.2)];
        assert_eq!(ceiling(&emphasis, &inputs, false, false, true), CEILING);
        // Two of them ("STILL waiting on this URGENT matter"), or a run, is a raised voice.
        let twice = [emphasis[0].clone(), sig(SignalKind::Shouting, 10, 16, 0.2)];
        assert_eq!(ceiling(&twice, &inputs, false, false, true), 100.0);
        let run = [sig(SignalKind::Shouting, 0, 9, 0.3)];
        assert_eq!(ceiling(&run, &inputs, false, false, true), 100.0);
    }

    #[test]
    fn a_verdict_on_a_thing_is_not_hostile() {
        let mut inputs = [0.0; FEATURES];
        inputs[ANGRY_ODDS] = -1.0;
        // "crappy headphones", "the smell is disgusting", "DON'T BUY THIS KETTLE.": a swear
        // word, an anger word short of fury or capitals naming no one stay below hostile.
        for s in [
            sig(SignalKind::Profanity, 0, 6, 0.6),
            sig(SignalKind::Anger, 10, 20, 0.8),
            sig(SignalKind::Shouting, 0, 20, 0.5),
        ] {
            let one = [s];
            assert_eq!(ceiling(&one, &inputs, false, false, false), HEATED_CEILING);
            assert_eq!(ceiling(&one, &inputs, false, true, false), HEATED_CEILING);
            // Aimed at someone ("your service is crap"), they are anger at the business.
            assert_eq!(ceiling(&one, &inputs, false, false, true), 100.0);
        }
        // Fury, abuse and threats need no one named.
        let fury = [sig(SignalKind::Anger, 0, 7, 0.9)];
        assert_eq!(ceiling(&fury, &inputs, false, false, false), 100.0);
        let threat = [sig(SignalKind::ThreatLegal, 0, 3, 0.9)];
        assert_eq!(ceiling(&threat, &inputs, false, false, false), 100.0);
    }

    #[test]
    fn only_fury_abuse_or_a_threat_reads_critical() {
        let mut hot = [0.0; FEATURES];
        hot[0] = 100.0;
        hot[ANGRY_ODDS] = 8.0;
        let angry = [sig(SignalKind::Anger, 0, 5, 0.8)];
        let level = heat(&angry, &hot, false, true, true);
        assert!((60.0..80.0).contains(&level), "{level}");
        // A cancel threat, one swear word, milder abuse: hostile at most.
        for (i, w) in [(8, 0.8), (10, 0.6), (9, 0.6)] {
            let mut x = hot;
            x[i] = w;
            assert!(heat(&angry, &x, false, true, true) < 80.0, "{i}");
        }
        // Abuse, a legal threat, all capitals, swearing with anger: critical.
        for fury in [
            &[(9, 0.7)][..],
            &[(7, 0.9)],
            &[(11, ALL_CAPS)],
            &[(10, 0.6), (18, 0.6)],
        ] {
            let mut x = hot;
            for &(i, w) in fury {
                x[i] = w;
            }
            assert!(heat(&angry, &x, false, true, true) >= 80.0, "{fury:?}");
        }
        // Below 60 nothing changes.
        let mut warm = [0.0; FEATURES];
        warm[ANGRY_ODDS] = 8.0;
        assert_eq!(
            heat(&angry, &warm, false, true, true),
            level_of_score(score(&warm), AT_20, AT_60)
        );
    }

    #[test]
    fn nothing_noticed_is_calm() {
        assert!(heat_of(&[]) < 20.0, "{}", heat_of(&[]));
    }

    #[test]
    fn the_curve_meets_the_band_edges_and_only_rises() {
        assert!((level_of_score(1.0, 1.0, 3.0) - 20.0).abs() < 1e-4);
        assert!((level_of_score(3.0, 1.0, 3.0) - 60.0).abs() < 1e-4);
        let mut last = -1.0;
        for k in -100..=100 {
            let l = level_of_score(k as f32 / 10.0, 1.0, 3.0);
            assert!(l > last && (0.0..=100.0).contains(&l), "{k}: {l}");
            last = l;
        }
    }

    #[test]
    fn a_threat_is_hostile_and_thanks_do_not_cancel_it() {
        let threat = [
            sig(SignalKind::ThreatLegal, 0, 3, 0.9),
            sig(SignalKind::Gratitude, 4, 10, -0.6),
        ];
        assert!(heat_of(&threat) >= 60.0, "{}", heat_of(&threat));
        let accusation = [sig(SignalKind::Accusation, 0, 3, 0.7)];
        assert!(heat_of(&accusation) >= 40.0);
        let unhappy = [sig(SignalKind::Dissatisfaction, 0, 3, 0.5)];
        assert!(heat_of(&unhappy) >= 20.0);
    }

    #[test]
    fn sarcasm_is_tense_or_heated_and_disappointment_tense() {
        let sarcasm = [sig(SignalKind::Sarcasm, 0, 6, 0.5)];
        assert_eq!(floor(&sarcasm), 20.0);
        let failure = [
            sig(SignalKind::Sarcasm, 0, 6, 0.6),
            sig(SignalKind::Frustration, 11, 19, 0.4),
        ];
        assert_eq!(floor(&failure), 40.0);
        assert_eq!(floor(&failure[1..]), 0.0);
        // Disappointment said outright is tense; a milder word ("a letdown") sets no floor.
        assert_eq!(floor(&[sig(SignalKind::Disappointment, 0, 9, 0.5)]), 20.0);
        assert_eq!(floor(&[sig(SignalKind::Disappointment, 0, 9, 0.4)]), 0.0);
    }

    /// A failure told again and again is heated, told with how long it took tense; a
    /// repeat or a wait alone sets no floor.
    #[test]
    fn a_failure_told_repeated_is_heated_and_timed_tense() {
        let dead = sig(SignalKind::Negative, 0, 4, 0.4);
        let in_a_row = sig(SignalKind::Repetition, 5, 13, 0.6);
        assert_eq!(floor(&[dead.clone(), in_a_row.clone()]), 40.0);
        assert_eq!(floor(&[in_a_row]), 0.0);
        let ten_days = sig(SignalKind::ElapsedTime, 5, 12, 0.4);
        assert_eq!(floor(&[dead.clone(), ten_days.clone()]), 20.0);
        let far = sig(SignalKind::ElapsedTime, 30, 40, 0.4);
        assert_eq!(floor(&[dead, far]), 0.0);
        assert_eq!(floor(&[ten_days]), 0.0);
        // "I've restarted it 3 times and it still says Unable": their own tries.
        let again = sig(SignalKind::Repetition, 5, 10, 0.5);
        assert_eq!(floor(&[sig(SignalKind::Negative, 0, 4, 0.4), again]), 0.0);
    }

    #[test]
    fn repeats_of_one_kind_add_less() {
        let one = [sig(SignalKind::Shouting, 0, 2, 0.4)];
        let three = [
            sig(SignalKind::Shouting, 0, 2, 0.4),
            sig(SignalKind::Shouting, 3, 5, 0.4),
            sig(SignalKind::Shouting, 6, 8, 0.4),
        ];
        let (w1, w3) = (escalating_weight(&one), escalating_weight(&three));
        assert!(w3 > w1 && w3 < 2.0 * w1, "{w1} {w3}");
    }

    #[test]
    fn sarcastic_thanks_do_not_cool() {
        let s = [
            sig(SignalKind::Gratitude, 0, 6, -0.6),
            sig(SignalKind::Sarcasm, 0, 18, 0.6),
        ];
        assert_eq!(calming_weight(&s), 0.0);
        assert_eq!(calming_weight(&s[..1]), 0.6);
    }
}
