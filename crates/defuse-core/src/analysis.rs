//! One message in, one [`MessageAnalysis`] out: the rules in `cues` and the learned layer in
//! `model` combined into the figures the rest of Defuse reads.

use serde::{Deserialize, Serialize};

use crate::heat;
use crate::language::{self, Language};
use crate::signal::{Signal, SignalKind};
use crate::span::Span;
use crate::text::{is_one_of, tokenize, Search, Token};
use crate::{cues, lexicon, model};

/// Overall polarity of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Negative.
    Negative,
    /// Neither clearly negative nor clearly positive.
    Neutral,
    /// Positive.
    Positive,
}

/// Emotion strengths of one message, each `0.0..=1.0`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Emotions {
    /// Anger.
    pub anger: f32,
    /// Frustration / annoyance.
    pub frustration: f32,
    /// Anxiety / urgency.
    pub anxiety: f32,
    /// Disappointment.
    pub disappointment: f32,
    /// Gratitude / relief.
    pub gratitude: f32,
}

/// Everything Defuse reads from one message on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageAnalysis {
    /// Sentiment, `-1.0` (very negative) ..= `1.0` (very positive).
    pub sentiment: f32,
    /// Sentiment as a class.
    pub polarity: Polarity,
    /// Emotion strengths.
    pub emotions: Emotions,
    /// Probability that the message is offensive (profanity, insults), `0.0..=1.0`.
    pub offensive: f32,
    /// How hot this message is on its own, `0.0..=100.0`; the conversation's escalation
    /// level moves towards it.
    pub heat: f32,
    /// What was noticed, each with its span, in text order.
    pub signals: Vec<Signal>,
    /// The message's language when it is one Defuse cannot read (not English). Such a
    /// message makes no claim: its only signal is [`SignalKind::UnsupportedLanguage`], its
    /// heat is 0 and the conversation keeps the level it had.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

impl MessageAnalysis {
    /// Whether Defuse could read the message (it is in English). When not, nothing in the
    /// analysis is a claim about it, and no reply should be built from its words.
    pub fn readable(&self) -> bool {
        self.language.is_none()
    }

    /// Whether any signal of `kind` was found.
    pub fn has(&self, kind: SignalKind) -> bool {
        self.signals.iter().any(|s| s.kind == kind)
    }
}

/// Analyses one customer message, as posted in public (see [`analyze_in`]). Never fails:
/// any text, however odd, gets an analysis.
pub fn analyze(text: &str) -> MessageAnalysis {
    analyze_in(text, true)
}

/// Analyses one customer message written in public (`public`: a post to the brand) or in a
/// private chat with the business, whose heat reads differently (see [`heat::ceiling`]).
pub fn analyze_in(text: &str, public: bool) -> MessageAnalysis {
    let tokens = tokenize(text);
    if let Some(language) = language::detect(&tokens) {
        return unreadable(text, language);
    }
    let (signals, asked) = cues::detect(text, &tokens);
    let scores = model::predict(&tokens, &signals);
    combine(text, &tokens, (signals, asked), scores, public)
}

/// [`analyze`] with the learned layer's scores given instead of computed: `defuse fit` judges
/// its cross-validated scores the way the product merges them with the rules.
pub fn analyze_with_scores(text: &str, scores: model::Scores) -> MessageAnalysis {
    let tokens = tokenize(text);
    if let Some(language) = language::detect(&tokens) {
        return unreadable(text, language);
    }
    combine(text, &tokens, cues::detect(text, &tokens), scores, true)
}

/// The analysis of a message in a language Defuse cannot read: no emotion, no sentiment, no
/// heat, one signal over the whole text saying why.
fn unreadable(text: &str, language: Language) -> MessageAnalysis {
    MessageAnalysis {
        sentiment: 0.0,
        polarity: Polarity::Neutral,
        emotions: Emotions::default(),
        offensive: 0.0,
        heat: 0.0,
        signals: vec![Signal {
            kind: SignalKind::UnsupportedLanguage,
            span: Span::new(text, 0, text.len()),
            weight: 0.0,
        }],
        language: Some(language),
    }
}

/// The inputs of the calibrated heat (`heat::features`) for `text` with the learned layer's
/// `scores` given: `defuse fit` fits the calibration on them.
pub fn heat_features(text: &str, scores: model::Scores) -> [f32; heat::FEATURES] {
    let a = analyze_with_scores(text, scores);
    heat::features(text, &a.signals, &scores, a.offensive, a.sentiment)
}

/// Escalation cues that make a message negative whatever its words say: a threat or an
/// insult is never "positive", however politely it is worded.
const NEGATIVE_CUES: [SignalKind; 9] = [
    SignalKind::ThreatCancel,
    SignalKind::ThreatChargeback,
    SignalKind::ThreatLegal,
    SignalKind::ThreatPublic,
    SignalKind::DemandManager,
    SignalKind::AbuseAtAgent,
    SignalKind::Sarcasm,
    SignalKind::Repetition,
    SignalKind::Profanity,
];

/// Words that name someone a message may be angry at (see `heat::ceiling`): the agent, the
/// business, its staff, people.
/// A refund or an order is the business's doing too.
const AIMED: &str = "you your yours u ur you're youre yourself yall they them their staff \
     company business shop store seller sellers merchant merchants management manager \
     employee employees agent agents rep reps people team service support refund order";

/// Insults that make a message offensive whoever they are aimed at (abuse at the agent is a
/// signal of its own): TweetEval's offensive tweets insult third parties as often as the
/// reader. Each counts as much as strong profanity. Chosen by 5-fold cross-validation on
/// TweetEval offensive train (macro-F1 72.7 -> 73.4, session 6; ten more words, 73.4 ->
/// 73.8, session 8; see model/weights/README.md). Their order is the one brotli packs best.
const INSULTS: &str =
    "stupid dumb ugly nasty pathetic loser losers scum trash garbage liar liars disgusting racist \
     clown clowns hypocrite hypocrites coward cowards traitor traitors idiotic ignorant fool fools \
     suck sucks pussy whore fascist";

/// A 256-bit filter of [`INSULTS`], one bit per word at the low byte of its
/// [`lexicon::fnv`] hash, built at compile time. The check runs on every word of every
/// message: one hash and one bit test rule out nearly all of them without reading the list
/// (reading it for every word made `analyze` 40% slower).
const INSULT_BITS: [u64; 4] = filter(INSULTS);

const fn filter(list: &str) -> [u64; 4] {
    let b = list.as_bytes();
    let mut bits = [0u64; 4];
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        // `lexicon::fnv`, written out: a `const fn` cannot call it.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        while i < b.len() && b[i] != b' ' {
            h ^= b[i] as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        let k = (h ^ (h >> 29)) as u8;
        bits[(k >> 6) as usize] |= 1 << (k & 63);
    }
    bits
}

/// Whether `word` (normalized) is one of [`INSULTS`].
fn is_insult(word: &str) -> bool {
    // Every insult has 4 to 10 letters; most words of a message have fewer.
    if !(4..=10).contains(&word.len()) {
        return false;
    }
    let k = lexicon::fnv(word) as u8;
    (INSULT_BITS[usize::from(k >> 6)] >> (k & 63)) & 1 == 1 && is_one_of(word, INSULTS)
}

/// Merges the learned layer's probabilities with the rule signals. The model reads plain
/// language well; the rules know support-chat cues the training tweets rarely contain, so
/// where a rule fires it sets a floor (anger, offensive) or overrides (polarity).
fn combine(
    text: &str,
    tokens: &[Token<'_>],
    (signals, asked): (Vec<Signal>, bool),
    scores: model::Scores,
    public: bool,
) -> MessageAnalysis {
    let sum = |kinds: &[SignalKind]| -> f32 {
        signals
            .iter()
            .filter(|s| kinds.contains(&s.kind))
            .map(|s| s.weight.abs())
            .sum()
    };
    let squash = |x: f32| (x / (1.0 + x)).clamp(0.0, 1.0);
    let emotions = Emotions {
        anger: scores
            .anger
            .max(squash(sum(&[SignalKind::Anger, SignalKind::AbuseAtAgent]))),
        frustration: squash(sum(&[
            SignalKind::Frustration,
            SignalKind::Repetition,
            SignalKind::Sarcasm,
        ])),
        anxiety: squash(sum(&[SignalKind::Anxiety, SignalKind::ElapsedTime])),
        disappointment: squash(sum(&[SignalKind::Disappointment])),
        gratitude: squash(sum(&[SignalKind::Gratitude])),
    };

    // Profanity and insults are what "offensive" means in the data the head was fitted on;
    // when the rules see them, the message is offensive whatever the model's n-grams say.
    let insults = tokens.iter().filter(|t| is_insult(&t.norm)).count();
    let rude = sum(&[SignalKind::Profanity, SignalKind::AbuseAtAgent]) + 0.6 * insults as f32;
    let offensive = if rude > 0.0 {
        scores.offensive.max(0.5 + 0.5 * squash(rude))
    } else {
        scores.offensive
    };

    let [neg, neu, pos] = scores.polarity;
    let mut sentiment = (pos - neg).clamp(-1.0, 1.0);
    let mut polarity = if neu >= neg && neu >= pos {
        Polarity::Neutral
    } else if neg > pos {
        Polarity::Negative
    } else {
        Polarity::Positive
    };
    let cue = signals
        .iter()
        .filter(|s| NEGATIVE_CUES.contains(&s.kind))
        .map(|s| s.weight)
        .fold(0.0_f32, f32::max);
    if cue >= 0.4 {
        polarity = Polarity::Negative;
        sentiment = sentiment.min(-cue.min(1.0));
    } else if signals.iter().any(|s| s.kind == SignalKind::Demand) {
        // "Please refund me NOW": the politeness is not the message, whether the learned
        // layer called it positive or only leaned that way.
        if polarity == Polarity::Positive {
            polarity = Polarity::Neutral;
        }
        sentiment = sentiment.min(0.0);
    }

    let features = heat::features(text, &signals, &scores, offensive, sentiment);
    // An insult, at anyone named ("absolute clowns, the lot of them"), keeps the head's
    // nearly-angry reading in a private chat too (see `heat::ceiling`); "disgusting" said
    // of a smell names no one.
    // Whether it names someone: a verdict on a thing alone is no anger at the business.
    let aimed = text.contains('@') || tokens.iter().any(|t| is_one_of(&t.norm, AIMED));
    let heat = heat::heat(
        &signals,
        &features,
        asked,
        public || insults > 0 && aimed,
        aimed,
    );
    // A hazard reported, however many it names ("it started smoking and fried my router"),
    // is heated: hostile only with anger, a threat or abuse beside it.
    let heat = if reports_hazard(text, &signals) {
        heat.min(heat::HEATED_CEILING)
    } else {
        heat
    };
    MessageAnalysis {
        sentiment,
        polarity,
        emotions,
        offensive,
        heat,
        signals,
        language: None,
    }
}

/// Whether every serious accusation in `text` names a hazard (fire, smoke, sparks, a
/// shock, an injury), with nothing hostile beside them: a safety report, not a charge of
/// fraud, a breach or lies.
fn reports_hazard(text: &str, signals: &[Signal]) -> bool {
    let hazard = crate::list::list![
        "fire",
        "smok",
        "spark",
        "melt",
        "burn",
        "fried",
        "short",
        "explod",
        "shock",
        "overheat",
        "hurt",
        "injur",
        "electrocut",
        "scald",
        "hazard",
        "risk",
        "swel",
        "swol",
        "bulg",
    ];
    // Every accusation names a hazard, and nothing hostile stands beside them.
    let names_hazard = |s: &Signal| {
        let said = text.get(s.span.start..s.span.end).unwrap_or("");
        hazard
            .iter()
            .any(|h| said.to_ascii_lowercase().contains_str(h))
    };
    signals.iter().any(|s| s.kind == SignalKind::Accusation)
        && signals
            .iter()
            .all(|s| !s.kind.is_hostile() && (s.kind != SignalKind::Accusation || names_hazard(s)))
}

#[cfg(test)]
mod tests {
    use super::{analyze, analyze_in, is_insult};

    #[test]
    fn a_hazard_report_is_heated_however_many_hazards_it_names() {
        for public in [true, false] {
            for text in [
                "started smoking and fried my router",
                "This phone overheated and burnt my hand",
            ] {
                let heat = analyze_in(text, public).heat;
                assert!((40.0..=55.0).contains(&heat), "{text}: {heat}");
            }
            // Anger or a threat beside it still reads hostile.
            let furious = "Your heater caught fire in my living room. Absolutely furious, \
                I'm reporting you to trading standards";
            assert!(analyze_in(furious, public).heat >= 60.0);
        }
        // A breach is no hazard: its own reading stands.
        let breach = "shoppers beware: talking with @Nordstrom about potential data \
            breach-customer service line connected to my personal phone.";
        assert!(analyze_in(breach, false).heat >= 60.0);
    }

    /// A failure told plainly is never calm: heated when told again and again or as a
    /// promise broken more than once, tense when told with how long it took;
    /// the customer's own tries ("restarted it 3 times") are no failure repeated.
    #[test]
    fn a_failure_told_plainly_is_not_calm() {
        for public in [true, false] {
            for text in [
                "I got four dead units in a row",
                "you promised a callback three times and nobody ever called",
            ] {
                let heat = analyze_in(text, public).heat;
                assert!((40.0..60.0).contains(&heat), "{text}: {heat}");
            }
            let late = "the item arrived 10 days late and I needed it for a birthday";
            assert!(analyze_in(late, public).heat >= 20.0);
        }
        let tries = "I've restarted the app 3 times and it still says 'Unable to connect'.";
        assert!(analyze_in(tries, false).heat < 40.0);
    }

    #[test]
    fn a_swear_word_about_a_thing_is_not_hostile() {
        use super::analyze_in;
        for text in [
            "crappy headphones.",
            "the software is crap",
            "DON'T BUY THIS KETTLE.",
        ] {
            assert!(analyze_in(text, false).heat < 60.0, "{text}");
        }
        for text in ["your service is crap", "you people are useless"] {
            assert!(analyze_in(text, false).heat >= 60.0, "{text}");
        }
    }

    #[test]
    fn insults_make_a_message_offensive_whoever_they_insult() {
        for text in [
            "those politicians are hypocrites and cowards",
            "what a stupid call by the referee",
            "he is a liar",
            "what an ugly, ignorant take",
        ] {
            assert!(analyze(text).offensive >= 0.5, "{text}");
        }
        // Whole words only, each listed one (the filter lets every one through).
        assert!(super::INSULTS.split_whitespace().all(is_insult));
        assert!(["stupidity", "scummy", "trashy", "lose", "", "d"]
            .iter()
            .all(|w| !is_insult(w)));
    }
}
