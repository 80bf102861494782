//! Every combination of technique, issue, fault and channel composes tidy replies that the
//! draft coach passes; apologies only for the company's own faults.

use super::*;
use crate::conversation::Conversation;
use crate::playbook::situation::{Detail, Fault};

fn situation(issue: IssueType, fault: Fault, channel: Channel, missing: bool) -> Situation {
    Situation {
        issue,
        known: Vec::new(),
        missing: if missing {
            issue.needs().to_vec()
        } else {
            Vec::new()
        },
        fault,
        channel,
        asked_for: Request::None,
        repeat_contact: missing,
        general_question: false,
        issue_sure: true,
        sent_privately: false,
        facets: Vec::new(),
        ..Situation::default()
    }
}

/// Every technique, issue, fault and channel composes three tidy, distinct replies with
/// no placeholder left, that the draft coach has nothing to say about.
/// A scene with nothing said yet by the agent and nothing mirrored: tests set what they vary.
fn plain<'a>(
    technique: Technique,
    sit: &'a Situation,
    config: &'a Config,
    texts: &'a [String],
    seed: u64,
) -> Scene<'a> {
    Scene {
        technique,
        situation: sit,
        name: None,
        mirrored: None,
        clause: None,
        config,
        seed,
        agent_has_written: false,
        texts,
        remedy: None,
        solved: false,
        fixed_then_asked: false,
        agent_said: &[],
        asked: false,
        own_name: false,
        mood: Mood::FedUp,
        asked_as: None,
    }
}

#[test]
fn every_combination_is_tidy_and_passes_the_coach() {
    let config = Config::default();
    let formal = Config {
        tone: Tone::Formal,
        ..Config::default()
    };
    let empty = Conversation::new();
    let texts = vec!["my parcel never arrived and the app keeps crashing on my iphone".to_string()];
    let raw: Vec<&str> = texts.iter().map(String::as_str).collect();
    let faults = [
        Fault::Company,
        Fault::Policy,
        Fault::Outage,
        Fault::Customer,
        Fault::ThirdParty,
        Fault::Unknown,
    ];
    let mut checked = 0;
    let mut flagged: Vec<String> = Vec::new();
    for technique in Technique::ALL {
        for issue in IssueType::ALL {
            for (i, fault) in faults.into_iter().enumerate() {
                for channel in [Channel::Private, Channel::Public] {
                    let mut sit = situation(issue, fault, channel, i % 2 == 0);
                    sit.names = crate::playbook::subject::names(&sit, &texts, &raw, 7).0;
                    let scene = Scene {
                        technique,
                        situation: &sit,
                        name: (i % 3 == 0).then_some("Dana"),
                        mirrored: (i % 2 == 1).then_some("your order never arrived"),
                        clause: (i == 3).then_some("your order never arrived"),
                        config: if i == 4 { &formal } else { &config },
                        seed: (checked as u64).wrapping_mul(7919),
                        agent_has_written: i % 2 == 0,
                        texts: &texts,
                        remedy: Some("offer you a full refund"),
                        solved: i == 3,
                        fixed_then_asked: false,
                        agent_said: &[],
                        asked: i == 5,
                        own_name: i == 3,
                        mood: [Mood::Calm, Mood::Angry, Mood::Leaving][checked % 3],
                        asked_as: (i % 2 == 0).then_some("whether we ship to Canada"),
                    };
                    let replies = compose(&scene);
                    for text in &replies {
                        assert!(
                            !text.contains(['{', '}']) && !text.contains("  "),
                            "{technique:?} {issue:?} {fault:?}: {text}"
                        );
                        assert!(text.starts_with(|c: char| c.is_uppercase()), "{text}");
                        assert!(text.ends_with(['.', '?', '!']), "{text}");
                        let feedback = crate::playbook::coach(text, &empty, &config);
                        if let Some(flag) = feedback.flags.first() {
                            flagged.push(format!(
                                "{technique:?} {issue:?} {fault:?}: {text}: {:?} at {:?}",
                                flag.kind,
                                flag.span.slice(text)
                            ));
                        }
                    }
                    assert!(replies[0] != replies[1] && replies[1] != replies[2]);
                    checked += 1;
                }
            }
        }
    }
    flagged.dedup();
    assert!(flagged.is_empty(), "{}", flagged.join("\n"));
    assert_eq!(checked, 14 * 14 * 6 * 2);
}

/// Apologies for a fault only when the fault is the company's.
#[test]
fn no_apology_for_what_is_not_our_fault() {
    let config = Config::default();
    let texts = vec!["why did you raise the price".to_string()];
    for fault in [Fault::Policy, Fault::Outage, Fault::Customer] {
        for seed in 0..40 {
            let mut sit = situation(IssueType::PolicyComplaint, fault, Channel::Private, false);
            sit.names = crate::playbook::subject::names(&sit, &texts, &[], 7).0;
            let scene = plain(Technique::Acknowledge, &sit, &config, &texts, seed);
            for text in compose(&scene) {
                let lower = text.to_lowercase();
                assert!(
                    !lower.contains("on us") && !lower.contains("our mistake"),
                    "{fault:?}: {text}"
                );
            }
        }
    }
}

/// A type read from weak evidence is not named in what the agent will do or what the
/// problem costs: "the charge" for an import error reads worse than "look into it".
#[test]
fn a_weak_reading_is_not_named_in_the_plan() {
    let config = Config::default();
    let texts = vec!["our accounting software rejects the invoice import".to_string()];
    for (sure, expect_named) in [(true, true), (false, false)] {
        let mut named = false;
        for seed in 0..40 {
            let mut sit = situation(IssueType::Billing, Fault::Unknown, Channel::Private, false);
            sit.issue_sure = sure;
            sit.known = vec![Detail::AccountEmail];
            let scene = Scene {
                agent_has_written: true,
                ..plain(Technique::Propose, &sit, &config, &texts, seed)
            };
            for text in compose(&scene) {
                let lower = text.to_lowercase();
                named |= ["charge", "payment", "bill", "statement"]
                    .iter()
                    .any(|w| lower.contains(w));
            }
        }
        assert_eq!(named, expect_named, "issue_sure {sure}");
    }
}

#[test]
fn references_are_told_from_prices_dates_and_models() {
    for w in ["ALCBA41872", "BBY01-806714552", "9812045573.", "55123,"] {
        assert!(super::is_reference(w), "{w}");
    }
    for w in ["$1500", "op5t", "12/05/2024", "4.7.4", "yesterday", "2024."] {
        assert!(!super::is_reference(w), "{w}");
    }
}

/// With no name for the problem, a calm message gets no apology and no feeling named; an
/// upset one gets its feeling met in plain words, never a stock "sorry for the trouble",
/// in the short and warm replies in two wordings, and not again in the step (in all three
/// it read as one reply reworded).
#[test]
fn unnamed_openers_fit_the_mood() {
    let config = Config::default();
    let texts = vec!["something is off with my account".to_string()];
    for seed in 0..20 {
        let sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
        let calm = Scene {
            mood: Mood::Calm,
            ..plain(Technique::TakePrivate, &sit, &config, &texts, seed)
        };
        for text in compose(&calm) {
            assert!(!text.to_lowercase().contains("sorry"), "{text}");
        }
        let angry = Scene {
            mood: Mood::Angry,
            ..plain(Technique::TakePrivate, &sit, &config, &texts, seed)
        };
        let replies = compose(&angry);
        let opens = |r: &str| lib::OPEN_ANGRY.iter().any(|o| r.starts_with(o));
        assert!(opens(&replies[0]) && opens(&replies[1]), "{replies:?}");
        assert!(!opens(&replies[2]), "{}", replies[2]);
        let first = |r: &str| r.split(". ").next().unwrap_or("").to_string();
        assert_ne!(first(&replies[0]), first(&replies[1]));
    }
}

/// Frustration at a calm heat ("it still hasn't arrived?") is a problem reported: mild,
/// never "I get why you're fed up"; heated, the same words are fed up, and sarcasm is never
/// softened.
#[test]
fn calm_frustration_is_mild() {
    let mut a = crate::analysis::analyze(
        "Hi, I bought a coat on the 19th, it shipped on the 21st and it has still not arrived?",
    );
    assert!(
        a.has(crate::signal::SignalKind::Frustration) && a.heat < 20.0,
        "{a:?}"
    );
    assert!(mood(&a) == Mood::Mild);
    a.heat = 45.0;
    assert!(mood(&a) == Mood::FedUp);
    let mut sarcastic = crate::analysis::analyze("Oh wonderful, another delay. Just what I needed");
    sarcastic.heat = 10.0;
    assert!(mood(&sarcastic) == Mood::FedUp);
}

/// "Sorry for the wait" only where a wait is said: a fault repeated ("three times") or
/// dated ("after 5 years") is met as a problem, not a delay.
#[test]
fn a_wait_is_owned_only_where_one_is_said() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    let waits = |text: &str, seed| {
        let texts = vec![text.to_string()];
        let scene = Scene {
            mood: Mood::Waiting,
            ..plain(Technique::TakePrivate, &sit, &config, &texts, seed)
        };
        compose(&scene)
            .iter()
            .any(|r| lib::OPEN_WAITING.iter().any(|o| r.contains(o)))
    };
    for seed in 0..20 {
        assert!(!waits("the card machine refused my card three times", seed));
        assert!(!waits(
            "how long should it last? mine needs replacing after 5 yrs",
            seed
        ));
        assert!(waits("still waiting on this after two weeks", seed));
        assert!(waits("any answer on my message from monday?", seed));
    }
}

/// The three shapes are three options, not one with a tail: no two open with the same
/// sentence or one a word or two apart ("I'm sorry about X." / "We're sorry about X."), and
/// the short and warm replies never ask for the DM in the same words.
#[test]
fn three_shapes_open_and_ask_apart() {
    let config = Config::default();
    let texts = vec!["charged twice for the same order and nobody has sorted it".to_string()];
    let words = |r: &str| -> Vec<String> {
        let first = r.split(['.', '!', '?']).next().unwrap_or("").to_lowercase();
        first.split_whitespace().map(str::to_string).collect()
    };
    let apart = |a: &[String], b: &[String]| {
        a.iter().filter(|w| !b.contains(w)).count() + b.iter().filter(|w| !a.contains(w)).count()
            > 2
    };
    for (fault, named) in [
        (Fault::Unknown, false),
        (Fault::Company, true),
        (Fault::Unknown, true),
    ] {
        let mut sit = situation(IssueType::Billing, fault, Channel::Public, false);
        if named {
            sit.names = vec!["the double charge".to_string()];
        }
        sit.missing = vec![Detail::AccountEmail];
        for seed in 0..40 {
            let scene = plain(Technique::TakePrivate, &sit, &config, &texts, seed);
            let r = compose(&scene);
            let w: Vec<Vec<String>> = r.iter().map(|t| words(t)).collect();
            for (i, j) in [(0, 1), (0, 2), (1, 2)] {
                assert!(apart(&w[i], &w[j]), "{fault:?} {seed}: {r:?}");
            }
            let ask = |t: &str| t.split(". ").nth(1).unwrap_or("").to_string();
            assert_ne!(ask(&r[0]), ask(&r[1]), "{r:?}");
        }
    }
}

/// Praise on a first message: the warm reply thanks them for the time at most once and
/// with no stock "I really appreciate you taking the time", the third leaves the door open,
/// so the two never meet and no stray "I'll reply here within the hour" is added to a close.
#[test]
fn a_close_has_three_wordings_of_its_own() {
    let config = Config::default();
    let texts = vec!["your team was brilliant, thank you".to_string()];
    let mut sit = situation(IssueType::Thanks, Fault::Unknown, Channel::Private, false);
    sit.notes = vec![crate::playbook::Note::Praise];
    for seed in 0..60 {
        let scene = plain(Technique::ThankAndClose, &sit, &config, &texts, seed);
        let replies = compose(&scene);
        assert!(replies[1].matches("the time").count() <= 1, "{replies:?}");
        assert!(!replies[1].contains("appreciate"), "{replies:?}");
        assert!(
            lib::THANKS_DOOR_OPEN
                .iter()
                .any(|d| replies[2].ends_with(d)),
            "{replies:?}"
        );
        for text in &replies {
            assert!(
                !text.contains("within") && !text.contains("meantime"),
                "{text}"
            );
        }
    }
}

/// "To sort out ..." leads only a fault: a wait, someone's conduct or a question gets an
/// opener instead ("To sort out the wait for a reply" read garbled).
#[test]
fn only_a_fault_is_sorted_out() {
    let config = Config::default();
    let texts = vec!["still no reply to my messages".to_string()];
    let mut sit = situation(IssueType::Other, Fault::Company, Channel::Public, true);
    sit.names = vec!["the wait for a reply".to_string()];
    sit.facets = vec![crate::playbook::situation::Facet::NoReply];
    for seed in 0..20 {
        let step = &compose(&plain(Technique::TakePrivate, &sit, &config, &texts, seed))[2];
        assert!(!step.starts_with("To "), "{step}");
    }
}

/// The third reply's DM step says the reply comes in the DM, with no time (when the DM
/// comes is the customer's to say); a call back needs no reply there.
#[test]
fn the_dm_step_says_where_unless_a_call_is_the_step() {
    let config = Config::default();
    let texts = vec!["my parcel never arrived".to_string()];
    let sit = situation(
        IssueType::DeliveryMissing,
        Fault::Unknown,
        Channel::Public,
        true,
    );
    let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 5);
    let step = scene.dm_step(1);
    assert!(
        step.contains("reply to you there") && !step.contains("within the hour"),
        "{step}"
    );
    let mut sit = sit.clone();
    sit.request = Some(Want::Callback);
    let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 5);
    let step = scene.dm_step(1);
    assert!(step.contains("call"), "{step}");
    assert!(
        !step.contains("reply there") && !step.contains("hear back"),
        "{step}"
    );
}

/// The step shape leads with the step, the problem named in it; on an upset post after a
/// short acknowledgement.
#[test]
fn the_step_names_the_problem_and_leads_with_it() {
    let config = Config::default();
    let texts = vec!["my parcel never arrived".to_string()];
    let mut sit = situation(
        IssueType::DeliveryMissing,
        Fault::Company,
        Channel::Public,
        true,
    );
    sit.names = vec!["your missing parcel".to_string()];
    let mut scene = plain(Technique::TakePrivate, &sit, &config, &texts, 3);
    scene.mood = Mood::Calm;
    let step = &compose(&scene)[2];
    assert!(
        step.starts_with("To sort out your missing parcel, ")
            || step.starts_with("To get your missing parcel sorted, "),
        "{step}"
    );
    assert!(step.contains("DM"), "{step}");
    scene.mood = Mood::FedUp;
    let step = &compose(&scene)[2];
    assert!(!step.starts_with("To sort out"), "{step}");
    assert!(
        step.contains(". To sort out your missing parcel, "),
        "{step}"
    );
}

/// In a private chat with a detail missing, the short apology asks and stops; the fuller
/// and the step replies say what happens once it is in (three alike read as one).
#[test]
fn the_short_chat_reply_asks_and_stops() {
    let config = Config::default();
    let texts = vec!["my parcel came with the box crushed and the mug broken".to_string()];
    let sit = situation(
        IssueType::DeliveryDamaged,
        Fault::Company,
        Channel::Private,
        true,
    );
    for seed in 0..20 {
        let [short, warm, step] =
            compose(&plain(Technique::Apologize, &sit, &config, &texts, seed));
        let plans = |r: &str| {
            ["Once I have", "With that", "Then I"]
                .iter()
                .any(|w| r.contains(w))
        };
        assert!(short.contains('?') && !plans(&short), "{short}");
        assert!(plans(&warm) && plans(&step), "{warm} / {step}");
    }
}

/// The word for a postcode follows the customer: "ZIP code" in an American thread,
/// "postcode or ZIP code" when nothing says which, "postcode" for a British business.
#[test]
fn the_postcode_word_follows_the_customer() {
    let config = Config::default();
    let mut sit = situation(
        IssueType::OutageError,
        Fault::Outage,
        Channel::Public,
        false,
    );
    sit.facets = vec![crate::playbook::situation::Facet::NoService];
    sit.sector = crate::playbook::Sector::Utilities;
    let cases = [
        (
            "a $200 bill and still no power",
            false,
            "ZIP code",
            "postcode",
        ),
        (
            "no power since last night",
            false,
            "postcode or ZIP code",
            "@",
        ),
        ("no power since last night", true, "postcode", "ZIP"),
    ];
    for (text, uk, has, lacks) in cases {
        sit.uk = uk;
        let texts = [text.to_string()];
        for seed in 0..4 {
            let scene = plain(Technique::TakePrivate, &sit, &config, &texts, seed);
            let d = scene.details(seed).unwrap_or_default();
            assert!(d.contains(has) && !d.contains(lacks), "{text}: {d}");
        }
    }
}

/// A device's serial number is asked only for a fault of its own ("went out", "dead", "won't
/// turn on"); a device named in praise, a wait or a question is handed over to DM alone.
#[test]
fn a_serial_number_needs_a_fault_of_the_device() {
    let config = Config::default();
    let mut sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    sit.sector = crate::playbook::Sector::Devices;
    sit.known = vec![Detail::Device];
    for (text, serial) in [
        ("my powerbeats went out after two weeks", true),
        ("the galaxy s8 won't turn on", true),
        ("so excited, my new oneplus 5t arrives tomorrow", false),
        ("loyal to whirlpool for 20 years and not anymore", false),
    ] {
        let texts = [text.to_string()];
        let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 1);
        let d = scene.details(1).unwrap_or_default();
        assert_eq!(d.contains("serial"), serial, "{text}: {d}");
    }
}

/// A meal asks where, when and any receipt, less what was said: a restaurant named is
/// never asked again.
#[test]
fn a_meal_asks_only_what_was_not_said() {
    let config = Config::default();
    let mut sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    sit.facets = vec![crate::playbook::situation::Facet::Food];
    sit.sector = crate::playbook::Sector::Food;
    let texts = ["a hair in my burger".to_string()];
    let cases = [
        (
            vec![],
            "which restaurant it was, roughly when you ordered and any receipt you have",
        ),
        (
            vec![Detail::Place],
            "roughly when you ordered and any receipt you have",
        ),
        (vec![Detail::Place, Detail::Time], "any receipt you have"),
    ];
    for (known, want) in cases {
        sit.known = known;
        let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 1);
        assert_eq!(scene.details(1).as_deref(), Some(want));
    }
}

/// A food or drink brand alone makes no meal of a drink bought at a shop: no restaurant asked.
#[test]
fn a_drink_sold_in_a_shop_is_no_meal() {
    let config = Config::default();
    let mut sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    sit.sector = crate::playbook::Sector::Food;
    let texts = ["thanks @bigmart for selling expired beer #fail @lagerco".to_string()];
    for seed in 0..4 {
        let scene = plain(Technique::TakePrivate, &sit, &config, &texts, seed);
        let d = scene.details(seed).unwrap_or_default();
        assert!(!d.contains("restaurant"), "{d}");
    }
}

/// A calm suggestion is thanked; a complaint about a change is acknowledged, not thanked.
#[test]
fn a_calm_suggestion_is_thanked() {
    let config = Config::default();
    let mut sit = situation(
        IssueType::PolicyComplaint,
        Fault::Policy,
        Channel::Public,
        false,
    );
    sit.notes = vec![crate::playbook::wants::Note::Feedback];
    let thanked = |text: &str, sit: &Situation| {
        let texts = [text.to_string()];
        let mut scene = plain(Technique::Acknowledge, sit, &config, &texts, 1);
        scene.mood = Mood::Calm;
        let open = scene.opener(None, 1);
        open.contains("suggestion") || open.contains("good idea")
    };
    assert!(thanked(
        "you guys should add a sleep timer to the app",
        &sit
    ));
    assert!(!thanked("not a fan of the new layout", &sit));
    sit.notes.clear();
    assert!(!thanked("you should add a fee for that too, great", &sit));
}

/// Three different replies even where every shape comes out the same words (a claim taken
/// to DM with nothing to ask: "I've been scammed and can't find how to contact you"), and
/// no "nothing needed from you" after asking them to send us a DM.
#[test]
fn three_replies_differ_when_the_shapes_meet() {
    let config = Config::default();
    let mut sit = situation(IssueType::HowTo, Fault::Unknown, Channel::Public, false);
    sit.notes = vec![crate::playbook::wants::Note::Claim];
    let texts = ["i have been scammed and cannot find how to contact you".to_string()];
    for seed in 0..16 {
        for mood in [Mood::Calm, Mood::Angry, Mood::FedUp] {
            let mut scene = plain(Technique::TakePrivate, &sit, &config, &texts, seed);
            scene.mood = mood;
            let r = compose(&scene);
            assert!(r[0] != r[1] && r[1] != r[2] && r[0] != r[2], "{r:?}");
            for text in &r {
                assert!(
                    !(text.contains("a DM") && text.contains("nothing you need to do")),
                    "{text}"
                );
            }
        }
    }
}

/// On an upset public post every reply acknowledges first, the step reply too, with a line
/// for the mood (never one stock line for all); a calm post's step goes straight to it.
#[test]
fn every_reply_to_an_upset_post_acknowledges_first() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    let texts = ["@shopco seriously?? this is the third time".to_string()];
    let mut lines = std::collections::BTreeSet::new();
    for technique in [Technique::TakePrivate, Technique::Ask, Technique::Propose] {
        for mood in [Mood::Mild, Mood::FedUp, Mood::Angry, Mood::Waiting] {
            for seed in 0..4 {
                let mut scene = plain(technique, &sit, &config, &texts, seed);
                scene.mood = mood;
                for reply in compose(&scene) {
                    let first = reply.split(['.', '!']).next().unwrap_or_default();
                    assert!(
                        !["Please", "Send", "Could you", "If you", "So we", "We"]
                            .iter()
                            .any(|w| first.starts_with(w)),
                        "{technique:?} {reply}"
                    );
                }
                lines.extend(scene.step_ack());
            }
        }
    }
    assert!(lines.len() >= 4, "{lines:?}");
    let mut scene = plain(Technique::Ask, &sit, &config, &texts, 1);
    scene.mood = Mood::Calm;
    assert_eq!(scene.step_ack(), None);
}

/// A mild post's step acknowledgement varies by conversation: one fixed line for every mild
/// post ("Sorry to hear it.") was in a fifth of real public posts' replies.
#[test]
fn a_mild_posts_acknowledgement_varies_by_conversation() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    let texts = ["@shopco the app keeps logging me out".to_string()];
    let lines: std::collections::BTreeSet<_> = (0..16)
        .filter_map(|seed| {
            let mut scene = plain(Technique::TakePrivate, &sit, &config, &texts, seed);
            scene.mood = Mood::Mild;
            scene.step_ack()
        })
        .collect();
    assert!(lines.len() >= 3, "{lines:?}");
}

/// Escalating and listening are three ways to do it (a short line; fuller and warmer; the
/// next step), never one reply growing a sentence at a time.
#[test]
fn escalate_and_listen_replies_are_three_ways_not_one_growing() {
    let config = Config::default();
    let texts = ["my order is two weeks late, put me through to a manager".to_string()];
    for channel in [Channel::Private, Channel::Public] {
        for named in [false, true] {
            let mut sit = situation(IssueType::DeliveryLate, Fault::Company, channel, true);
            if named {
                sit.names = vec!["your late order".to_string()];
            }
            for technique in [Technique::Escalate, Technique::Listen] {
                for seed in 0..8 {
                    let r = compose(&plain(technique, &sit, &config, &texts, seed));
                    for (i, j) in [(0, 1), (1, 2), (0, 2)] {
                        let grown = r[j].starts_with(r[i].trim_end_matches('.'));
                        assert!(!grown, "{technique:?} {r:?}");
                    }
                    if technique == Technique::Escalate && named {
                        assert!(r[1].contains("your late order"), "{r:?}");
                        assert_eq!(r[1].matches("your late order").count(), 1, "{r:?}");
                    }
                }
            }
        }
    }
}

/// Answering and proposing are three ways too: no reply is the one before it plus a
/// sentence (a lead on the short answer, a tail on the warm plan), in a chat or in public,
/// calm or upset.
#[test]
fn answer_and_propose_replies_are_three_ways_not_one_growing() {
    let config = Config::default();
    let cases = [
        (
            Technique::Answer,
            IssueType::Billing,
            "can you send me a copy of my invoice?",
        ),
        (
            Technique::Answer,
            IssueType::RefundStatus,
            "can I get a refund on my order?",
        ),
        (
            Technique::Propose,
            IssueType::DeliveryLate,
            "my order is two weeks late, I want a refund",
        ),
        (
            Technique::Propose,
            IssueType::DeliveryDamaged,
            "the mug arrived broken, can you replace it",
        ),
    ];
    for (technique, issue, text) in cases {
        let texts = [text.to_string()];
        for channel in [Channel::Private, Channel::Public] {
            for upset in [false, true] {
                let mut sit = situation(issue, Fault::Company, channel, true);
                sit.upset = upset;
                for seed in 0..8 {
                    let r = compose(&plain(technique, &sit, &config, &texts, seed));
                    for (i, j) in [(0, 1), (1, 2)] {
                        let grown = r[j].contains(r[i].trim_end_matches(['.', '?']));
                        assert!(!grown, "{technique:?} {channel:?} {r:?}");
                    }
                }
            }
        }
    }
}

/// A scene after one agent reply: the customer's messages and the agent's, folded.
fn thread_replies(technique: Technique, customer: &[&str], agent: &str) -> [String; 3] {
    let config = Config::default();
    let sit = situation(IssueType::ProductBug, Fault::Unknown, Channel::Public, true);
    let texts: Vec<String> = customer.iter().map(|t| t.to_lowercase()).collect();
    let agent_said = [agent.to_lowercase()];
    let scene = Scene {
        agent_has_written: true,
        agent_said: &agent_said,
        ..plain(technique, &sit, &config, &texts, 7)
    };
    compose(&scene)
}

#[test]
fn steps_we_gave_that_failed_are_not_suggested_again() {
    let r = thread_replies(
        Technique::Propose,
        &[
            "the app freezes when i open the map",
            "done both, still freezing",
        ],
        "Could you try updating the app and restarting your phone?",
    );
    assert!(r.iter().all(|t| !t.contains("worth a try")), "{r:?}");
    // The customer's own "updated it" counts too.
    let r = thread_replies(
        Technique::Propose,
        &["the app freezes when i open the map. tried restarting, no joy"],
        "",
    );
    assert!(r.iter().all(|t| !t.contains("worth a try")), "{r:?}");
}

#[test]
fn our_wrong_resolved_is_owned_first() {
    let r = thread_replies(
        Technique::Propose,
        &["my refund hasn't come", "well it isn't in my account"],
        "Our records show the refund was resolved on the 3rd.",
    );
    for t in &r {
        assert!(t.contains("our last reply said"), "{r:?}");
    }
    let r = thread_replies(
        Technique::Propose,
        &["my refund hasn't come", "it's in my account now"],
        "Our records show the refund was resolved on the 3rd.",
    );
    assert!(r.iter().all(|t| !t.contains("our last reply")), "{r:?}");
}

#[test]
fn a_promise_chased_is_owned_and_kept_now() {
    let dm = thread_replies(
        Technique::TakePrivate,
        &["internet down since monday", "still waiting for your dm"],
        "Sorry, we'll send you a DM shortly.",
    );
    assert!(dm.iter().all(|t| t.contains("send you a DM now")), "{dm:?}");
    assert!(dm.iter().all(|t| !t.contains("DM us")), "{dm:?}");
    let call = thread_replies(
        Technique::Propose,
        &[
            "internet down since monday",
            "no call yet, been waiting all day",
        ],
        "We'll give you a call this afternoon.",
    );
    assert!(
        call.iter().all(|t| t.contains("chase that call")),
        "{call:?}"
    );
    // A first message chasing nothing of ours gets the usual reply.
    let none = thread_replies(
        Technique::Propose,
        &["internet down since monday", "still waiting"],
        "Which router do you have?",
    );
    assert!(none.iter().all(|t| !t.contains("as promised")), "{none:?}");
}

#[test]
fn nothing_told_yet_is_not_everything_told() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    let texts = ["i'd like to speak to a supervisor".to_string()];
    for seed in 0..12 {
        let r = compose(&plain(Technique::Escalate, &sit, &config, &texts, seed));
        assert!(r.iter().all(|t| !t.contains("you've told me")), "{r:?}");
    }
}

#[test]
fn a_failed_follow_up_or_visit_after_our_reply_is_owned_first() {
    for last in [
        "it's been three days and nobody followed up",
        "someone said they'd call me yesterday and nobody did",
        "your engineer has been out twice and it still leaks",
        "that was yesterday, no reply",
        "no one has replied to my emails since",
    ] {
        let r = thread_replies(
            Technique::Propose,
            &["my dishwasher is leaking", last],
            "Sorry about that, let me look into it.",
        );
        assert!(r.iter().all(|t| t.contains("had to c")), "{last}: {r:?}");
    }
    // "Nobody trusts you" tells of no follow-up of ours.
    let r = thread_replies(
        Technique::Propose,
        &["my dishwasher is leaking", "this is why nobody trusts you"],
        "Sorry about that, let me look into it.",
    );
    assert!(r.iter().all(|t| !t.contains("had to c")), "{r:?}");
}

#[test]
fn a_direct_ask_after_our_reply_is_what_we_check() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    let texts = ["my flight got cancelled".to_string()];
    let agent_said = ["sorry about that. what's your booking reference?".to_string()];
    let check = |asked: &str, written: bool| {
        let scene = Scene {
            agent_has_written: written,
            agent_said: &agent_said,
            asked_as: Some(asked),
            ..plain(Technique::Propose, &sit, &config, &texts, 7)
        };
        compose(&scene)
            .iter()
            .any(|r| r.contains(&format!("check {asked}")))
    };
    assert!(check("whether we can rebook you on the next flight", true));
    // Not before we have written, and not a question about a thing ("whether it is
    // coming back"): that is the answer technique's.
    assert!(!check(
        "whether we can rebook you on the next flight",
        false
    ));
    assert!(!check("whether it is coming back", true));
}

#[test]
fn a_manager_to_pass_it_on_to_is_no_escalation() {
    let config = Config::default();
    let mut sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    sit.request = Some(Want::Manager);
    let agent_said = ["sorry about that. when did you visit?".to_string()];
    let replies = |last: &str| {
        let texts = ["the service was slow".to_string(), last.to_string()];
        let scene = Scene {
            agent_has_written: true,
            agent_said: &agent_said,
            ..plain(Technique::Propose, &sit, &config, &texts, 7)
        };
        compose(&scene)
    };
    let r = replies("friday night. can you pass this on to the manager?");
    assert!(
        r.iter()
            .all(|t| t.contains("pass this on to the manager") && !t.contains("decided")),
        "{r:?}"
    );
    let r = replies("friday night. i want to speak to a manager");
    assert!(r.iter().all(|t| !t.contains("pass this on")), "{r:?}");
}

#[test]
fn an_update_owed_beside_a_request_takes_the_request_up() {
    let config = Config::default();
    let mut sit = situation(
        IssueType::ProductBug,
        Fault::Unknown,
        Channel::Private,
        false,
    );
    let agent_said = ["sorry about that! i'll get back to you today.".to_string()];
    let texts = [
        "my new phone case cracked".to_string(),
        "that was monday and nobody got back to me. can you send me a new one?".to_string(),
    ];
    let replies = |sit: &Situation| {
        compose(&Scene {
            agent_has_written: true,
            agent_said: &agent_said,
            ..plain(Technique::Propose, sit, &config, &texts, 7)
        })
    };
    // With no request read, the update we owe is what we do now.
    let r = replies(&sit);
    assert!(r.iter().all(|t| t.contains("where things stand")), "{r:?}");
    sit.request = Some(Want::Replacement);
    let r = replies(&sit);
    assert!(
        r.iter()
            .all(|t| t.contains("had to c") && !t.contains("where things stand")),
        "{r:?}"
    );
    assert!(r.iter().any(|t| t.contains("replacement")), "{r:?}");
}

/// A fault told in words no thing names gets the order number, a feature missed or a thing
/// hard to use what they hoped to do: never "what went wrong?" nor "roughly when?".
#[test]
fn a_told_fault_or_a_missed_feature_is_not_asked_what_went_wrong() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    let cases = [
        (
            "they sent me a new ad2600 with the same problem.",
            true,
            "order",
        ),
        (
            "no fm or voice recording, which would have been nice.",
            true,
            "hoping to do",
        ),
        (
            "otherwise, it is difficult to figure out and awkward.",
            false,
            "hoping to do",
        ),
    ];
    for (text, mirrored, want) in cases {
        let texts = [text.to_string()];
        for seed in 0..6 {
            let mut scene = plain(Technique::Ask, &sit, &config, &texts, seed);
            scene.mirrored = mirrored.then_some(text);
            let step = scene.plan(seed);
            assert!(step.contains(want), "{text}: {step}");
            assert!(
                !step.contains("went wrong") && !step.contains("Roughly when"),
                "{step}"
            );
        }
    }
}

/// A complaint in a chat, however calmly worded, is never met with a bare question ("What
/// let you down most?" alone reads cold): every reply acknowledges it before asking.
#[test]
fn a_chat_complaint_is_acknowledged_before_the_question() {
    let config = Config::default();
    let texts = vec!["I've never been treated so bad.".to_string()];
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    for (technique, seed) in [Technique::Propose, Technique::Ask]
        .into_iter()
        .flat_map(|t| (0..20).map(move |seed| (t, seed)))
    {
        let mut scene = plain(technique, &sit, &config, &texts, seed);
        scene.mood = Mood::Calm;
        let replies = compose(&scene);
        for reply in &replies {
            let first = reply.split_inclusive(['.', '?', '!']).next().unwrap_or("");
            assert!(reply.contains('?') && !first.ends_with('?'), "{replies:?}");
        }
    }
}

/// Steps we gave that did not help are owned in every reply, in place of a stock lead,
/// and not suggested again; steps that worked, or none given, are not mistaken for it.
#[test]
fn a_failed_step_is_owned_in_every_reply() {
    let config = Config::default();
    let sit = situation(
        IssueType::ProductBug,
        Fault::Unknown,
        Channel::Private,
        false,
    );
    let said = ["could you try clearing the app cache and reopening it?".to_string()];
    let failed = [
        "the app crashes when i open my basket".to_string(),
        "did that, same thing. can i just order by phone instead?".to_string(),
    ];
    for technique in [Technique::Answer, Technique::Propose, Technique::Ask] {
        for seed in 0..4 {
            let mut scene = plain(technique, &sit, &config, &failed, seed);
            scene.agent_said = &said;
            assert!(scene.steps_failed());
            assert!(scene.tip(1).is_none());
            for shape in [Shape::Short, Shape::Warm, Shape::Step] {
                let reply = render(&scene, None, shape).join(" ");
                let owned = lib::OPEN_STEPS_FAILED
                    .iter()
                    .any(|o| reply.contains(&o.replace("{subject}", "this")));
                assert!(owned, "{technique:?}: {reply}");
                assert!(!reply.contains("Thanks for asking"), "{reply}");
                assert_eq!(
                    reply.matches("giving it a go").count()
                        + reply.matches("Thanks for trying").count(),
                    1,
                    "{reply}"
                );
            }
        }
    }
    for (agent, last) in [
        (
            "hold the button for 15 seconds",
            "that worked, still a bit slow though",
        ),
        ("sorry about that, we'll look into it", "still waiting"),
        ("try restarting it", "ok will do"),
    ] {
        let said = [agent.to_string()];
        let texts = ["my tracker screen went blank".to_string(), last.to_string()];
        let mut scene = plain(Technique::Propose, &sit, &config, &texts, 1);
        scene.agent_said = &said;
        assert!(!scene.steps_failed(), "{agent} / {last}");
    }
}

/// A told fault with nothing to look up is asked what fits it: a visit ("they", "waited",
/// the floor) when it was, a thing's lasting fault ("it now") which model, anything else
/// (a meal that "was" average, a missing feature) what let them down; never a time for a
/// product nor a model for a meal.
#[test]
fn a_told_fault_is_asked_when_only_if_it_was_a_visit() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    let cases = [
        (
            "they poured salt in the wound by drawing out the time it took to bring the check.",
            "Roughly when",
        ),
        (
            "i put the latest os on it and it now likes to slow to a crawl and lock up.",
            "Which model",
        ),
        (
            "maybe it's just their fare, but i've been twice and i thought it was average.",
            "went wrong",
        ),
        ("can't upload ringtones from a third party.", "went wrong"),
    ];
    for (text, want) in cases {
        let texts = [text.to_string()];
        let asked: Vec<String> = (0..6)
            .map(|seed| plain(Technique::Ask, &sit, &config, &texts, seed).plan(seed))
            .collect();
        assert!(asked.iter().any(|s| s.contains(want)), "{text}: {asked:?}");
        for (other, step) in ["Roughly when", "Which model", "went wrong"]
            .iter()
            .filter(|o| **o != want)
            .flat_map(|o| asked.iter().map(move |s| (o, s)))
        {
            assert!(!step.contains(other), "{text}: {step}");
        }
    }
}

/// A first post that says its details were given before is not asked them again (a number
/// never given, or given after our reply, is).
#[test]
fn details_given_before_are_not_asked_again() {
    let config = Config::default();
    let mut sit = situation(
        IssueType::DeliveryLate,
        Fault::Unknown,
        Channel::Public,
        true,
    );
    sit.missing = vec![Detail::OrderNumber];
    for (text, again) in [
        ("i already gave you my order number, where is it", false),
        ("already told you the order number three times now", false),
        ("the details have been forwarded, still waiting", false),
        ("why am i getting texts? i never gave you my number", true),
        ("where is my parcel", true),
    ] {
        let texts = [text.to_string()];
        let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 1);
        let dm = scene.dm(1);
        assert_eq!(dm.contains("order number"), again, "{text}: {dm}");
    }
}

/// A thing bought with nothing else to find it asks a photo and the receipt on a public
/// post; an email "just got" is no thing bought.
#[test]
fn a_thing_bought_asks_a_photo_and_the_receipt() {
    let config = Config::default();
    let sit = situation(IssueType::Other, Fault::Unknown, Channel::Public, false);
    for (text, photo) in [
        (
            "bought these boots a month ago and the sole is peeling off",
            true,
        ),
        (
            "just got my first tracker and it has a line across the screen",
            true,
        ),
        ("just got an email saying my account is closed", false),
    ] {
        let texts = [text.to_string()];
        let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 1);
        let d = scene.details(1).unwrap_or_default();
        assert_eq!(d.contains("photo"), photo, "{text}: {d}");
    }
}

/// Feedback goes to whoever runs what was judged: a thing's design to our product team, a
/// meal's taste to the kitchen team, a restaurant to its manager, a hotel to the hotel team,
/// a shop to the team at that branch; never a product team for a place.
#[test]
fn feedback_reaches_who_runs_the_place() {
    use crate::conversation::{Message, Role};
    let config = Config::default();
    let replies = |text: &str| {
        let mut c = Conversation::new();
        c.push(Message {
            role: Role::Customer,
            text: text.to_string(),
            at: None,
        });
        crate::playbook::advise(&c, &config, None)
            .replies
            .iter()
            .map(|r| r.text.clone())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    for (text, team) in [
        (
            "The buttons on this speaker are in an awkward place.",
            "product team",
        ),
        ("The pancakes taste like cardboard.", "kitchen team"),
        ("Not my kind of food, to be honest.", "kitchen team"),
        ("Honestly, this place is overrated.", "the manager"),
        ("The rooms at this hotel are tiny and dated.", "hotel team"),
        ("This store is overrated.", "team at that branch"),
    ] {
        let said = replies(text);
        assert!(said.contains(team), "{text}: {said}");
        if team != "product team" {
            assert!(
                !said.contains("product team") && !said.contains("return"),
                "{text}: {said}"
            );
        }
    }
}

/// A chat's first message with nothing that finds the case (a model and how long are no
/// account or order) is asked the one thing that moves it, never "let me look into it":
/// the software a phone runs once how long was said.
#[test]
fn a_first_chat_with_nothing_found_asks_rather_than_stalls() {
    let config = Config::default();
    let mut sit = situation(IssueType::Other, Fault::Unknown, Channel::Private, false);
    sit.known = vec![Detail::Device, Detail::Product, Detail::HowLong];
    let texts = ["my pixel 6 restarts itself three or four times a day now.".to_string()];
    for seed in 0..6 {
        let plan = plain(Technique::Ask, &sit, &config, &texts, seed).plan(seed);
        assert!(plan.contains("software version"), "{plan}");
        assert!(!plan.contains("bear with me"), "{plan}");
    }
}

/// A failure told on two devices is no one device's: the error shown is asked, never the
/// exact model; once the error was quoted, never again.
#[test]
fn a_failure_on_two_devices_asks_the_error_not_a_model() {
    let config = Config::default();
    let mut sit = situation(
        IssueType::ProductBug,
        Fault::Unknown,
        Channel::Public,
        false,
    );
    let texts = ["@streamco the app keeps failing on both my tv and my laptop".to_string()];
    let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 1);
    assert_eq!(scene.details(1).as_deref(), Some("the exact error you see"));
    sit.known = vec![Detail::ErrorText];
    let scene = plain(Technique::TakePrivate, &sit, &config, &texts, 1);
    assert_ne!(scene.details(1).as_deref(), Some("the exact error you see"));
}
