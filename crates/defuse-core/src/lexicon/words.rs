//! Single words with what they mean on their own: emotion, sentiment or cue, and a weight.
//!
//! Written by us for support chat (not copied from any published lexicon). Weights follow
//! the signal convention: positive escalates, negative calms, roughly -1..=1. A trailing `*`
//! marks a stem that matches any word starting with it ("lawyer*" matches "lawyers").
//! Words are grouped by sense in one space-separated string each: a table of string
//! pointers per word would cost the wasm more than the words themselves.

use super::Sense::{self, Expectation as X, Signal as S};
use crate::signal::SignalKind::{
    AbuseAtAgent, Anger, Anxiety, Disappointment, Frustration, Gratitude, Negative, Positive,
    Profanity, Repetition, ThreatCancel, ThreatChargeback, ThreatLegal, ThreatPublic,
};

/// The word lexicon: (space-separated words, their sense).
pub(crate) static WORDS: &[(&str, Sense)] = &[
    ("furious livid enraged outraged irate fuming", S(Anger, 0.9)),
    (
        "outrage outrageous infuriating infuriated disgusted disgusting disgrace disgraceful \
         appalled appalling scam scammed scammers scamming scammy fraud fraudulent thieves \
         crooks robbery rage atrocious horrified",
        S(Anger, 0.8),
    ),
    (
        "angry angrier angriest unacceptable ripoff robbed stole stealing steal loathe \
         despise shameful shameless insulting pissed upset criminal theft extortion",
        S(Anger, 0.7),
    ),
    (
        "mad hate hated hating pathetic insult liar liars lied lying nonsense shambolic \
         robbers mistreated mistreating disrespect disrespectful disrespected crooked",
        S(Anger, 0.6),
    ),
    (
        "frustrated frustrating frustration frustrates ridiculous absurd useless hopeless \
         nightmare unbelievable exasperated exasperating shambles farce joke incompetent \
         incompetence pointless laughable",
        S(Frustration, 0.5),
    ),
    (
        "annoyed annoying annoyance annoys irritated irritating irritates hassle ugh ughh \
         argh sigh smh mess wasted waste tedious exhausting impossible endless sucks suck \
         sucked ignored ignoring",
        S(Frustration, 0.4),
    ),
    (
        "headache stuck confusing confused bothered tiresome",
        S(Frustration, 0.3),
    ),
    (
        "urgent urgently emergency panic panicking desperate desperately",
        S(Anxiety, 0.5),
    ),
    (
        "worried worrying anxious scared stressed stressful asap frightened terrified",
        S(Anxiety, 0.4),
    ),
    (
        "worry nervous afraid stress deadline critical concerned concerning immediately hurry",
        S(Anxiety, 0.3),
    ),
    (
        "disappointed disappointing disappointment disappoints dissatisfied unhappy overrated",
        S(Disappointment, 0.5),
    ),
    (
        "letdown unsatisfied underwhelmed underwhelming regret regretted regretting regrettable \
         flop",
        S(Disappointment, 0.4),
    ),
    ("sad shame pity", S(Disappointment, 0.3)),
    (
        "thanks thank thankyou thx thanx tnx appreciate appreciated appreciation grateful \
         thankful relieved lifesaver",
        S(Gratitude, -0.6),
    ),
    ("relief kudos", S(Gratitude, -0.5)),
    ("phew cheers ty", S(Gratitude, -0.4)),
    (
        "excellent amazing awesome fantastic wonderful brilliant superb outstanding delighted \
         terrific love loved loving exceptional phenomenal marvelous marvellous fabulous",
        S(Positive, -0.5),
    ),
    (
        "great perfect lovely happy glad pleased helpful impressed impressive best beautiful \
         pleasure satisfied yay fab gorgeous delicious tasty yummy",
        S(Positive, -0.4),
    ),
    (
        "good nice kind friendly smooth enjoyed recommend solved reliable patient \
         professional efficient valuable responsive courteous polite improved",
        S(Positive, -0.3),
    ),
    (
        "fine cool better fast easy resolved fixed haha handy neat",
        S(Positive, -0.2),
    ),
    ("worst horrendous horrific disaster", S(Negative, 0.7)),
    (
        "terrible awful horrible dreadful rude unprofessional unfair worthless cheated",
        S(Negative, 0.6),
    ),
    (
        "worse defective rubbish garbage trash junk lousy unusable misleading unhelpful \
         overcharged lie lies deceptive dishonest",
        S(Negative, 0.5),
    ),
    (
        "bad poor poorly broken broke fail failed fails failing failure wrong missing lost \
         damaged faulty dead crash crashes crashed crashing buggy unreliable refused painful",
        S(Negative, 0.4),
    ),
    (
        "messed messing screwed disappeared disappears vanished drained",
        S(Negative, 0.4),
    ),
    (
        "difficult complicated stopped unable bug bugs glitch glitches glitchy error errors \
         problem problems late delayed delay delays slow mistake incorrect denied mediocre \
         inconvenient inconvenience hurt pain complaint complain complained declined overdue",
        S(Negative, 0.3),
    ),
    ("issue issues trouble", S(Negative, 0.2)),
    (
        "sue suing lawsuit lawsuits lawyer* attorney* solicitor* litigation ombudsman ftc fcc \
         cfpb ofcom ofgem ofwat bbb",
        S(ThreatLegal, 0.9),
    ),
    ("illegal unlawful", S(ThreatLegal, 0.6)),
    (
        "chargeback* dispute disputing disputed",
        S(ThreatChargeback, 0.8),
    ),
    (
        "trustpilot yelp tripadvisor glassdoor sitejabber",
        S(ThreatPublic, 0.7),
    ),
    ("unsubscribe", S(ThreatCancel, 0.3)),
    ("boycott boycotting", S(ThreatPublic, 0.6)),
    (
        "fuck* shit* bullshit crap crappy dammit damnit goddamn* wtf ffs stfu omfg bastard* \
         bitch* asshole* ass arse arsehole* dick dickhead cunt* bollocks motherfuck* \
         horseshit",
        S(Profanity, 0.6),
    ),
    (
        "damn bloody hell freaking frickin friggin fricking effing bugger",
        S(Profanity, 0.3),
    ),
    (
        "idiot idiots moron morons imbecile imbeciles dumbass jackass retard retarded",
        S(AbuseAtAgent, 0.7),
    ),
    ("again", S(Repetition, 0.3)),
    (
        "arrive arrived arrives arriving come came comes coming receive received receiving \
         get got gotten getting work works worked working respond responded responding \
         response responses reply replied replies answer answered answers help helped helping \
         heard hear fix deliver delivered delivery refund refunded update updated updates \
         load loads loading loaded log login access open opens opened show showed shown \
         showing appear appeared contact contacted call called callback email emails \
         confirmation tracking sent ship shipped shipping processed care cares cared reach \
         reached connect connected happen happened happening find found stream streaming \
         print prints printing sync syncing install download upload play plays playing unlock \
         send sign boot start starts run runs pay see seen use able broadband internet \
         service signal wifi connection power heating back",
        X,
    ),
];
