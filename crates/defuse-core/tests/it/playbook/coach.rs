//! The draft coach: every listed pattern, with its span and a rewrite; true negatives; the
//! verdict.

use defuse_core::playbook::{advise, coach, Config, DraftFlagKind as K, Verdict};
use defuse_core::{Conversation, Message, Millis, Role};

fn conversation(messages: &[(Role, &str)]) -> Conversation {
    let mut c = Conversation::new();
    for (i, (role, text)) in messages.iter().enumerate() {
        c.push(Message {
            role: *role,
            text: text.to_string(),
            at: Some(Millis(1_000 * i as i64)),
        });
    }
    c
}

fn calm() -> Conversation {
    conversation(&[(
        Role::Customer,
        "Hi, could you tell me when my parcel will arrive?",
    )])
}

/// The flags of `draft` in a calm conversation, as (kind, flagged words).
fn flags(draft: &str) -> Vec<(K, String)> {
    coach(draft, &calm(), &Config::default())
        .flags
        .into_iter()
        .map(|f| (f.kind, f.span.slice(draft).to_string()))
        .collect()
}

#[test]
fn each_pattern_is_flagged_with_its_words() {
    let cases: &[(&str, &[(K, &str)])] = &[
        (
            "You should have checked the size chart first.",
            &[(K::Blame, "You should have")],
        ),
        (
            "If you had read the email this would not happen.",
            &[(K::Blame, "If you had")],
        ),
        (
            "Please calm down, it's a simple fix.",
            &[(K::Dismissal, "calm down")],
        ),
        (
            "Relax, the parcel will get there by Friday.",
            &[(K::Dismissal, "Relax")],
        ),
        (
            "It's not a big deal, I'll resend it today.",
            &[(K::Dismissal, "not a big deal")],
        ),
        (
            "It's our policy not to refund opened items.",
            &[(K::PolicyHiding, "It's our policy")],
        ),
        (
            "Per policy, refunds take 10 days.",
            &[(K::PolicyHiding, "Per policy")],
        ),
        (
            "Unfortunately there is nothing I can do.",
            &[(K::NothingToDo, "Unfortunately there is nothing")],
        ),
        (
            "That's out of my hands now.",
            &[(K::NothingToDo, "out of my hands")],
        ),
        (
            "As I said, the refund takes 5 days.",
            &[(K::AsISaid, "As I said")],
        ),
        (
            "Like I said before, it ships Monday.",
            &[(K::AsISaid, "Like I said")],
        ),
        (
            "Well, obviously the app needs an update.",
            &[(K::Sarcasm, "obviously")],
        ),
        (
            "Good luck with that.",
            &[(K::Sarcasm, "Good luck with that")],
        ),
        (
            "I HAVE ALREADY SENT IT to you today.",
            &[(K::Shouting, "HAVE ALREADY SENT IT")],
        ),
        ("Please check your inbox today!!!", &[(K::Shouting, "!!!")]),
        (
            "We're very busy today, sorry for the wait.",
            &[(K::ExcuseBeforeApology, "We're very busy")],
        ),
        (
            "That's not my fault, sorry.",
            &[(K::ExcuseBeforeApology, "not my fault")],
        ),
        ("I'll try to fix it.", &[(K::VaguePromise, "I'll try")]),
        ("We will send it soon.", &[(K::VaguePromise, "soon")]),
        ("I'll get back to you ASAP.", &[(K::VaguePromise, "ASAP")]),
        ("The RMA is ready by Friday.", &[(K::Jargon, "RMA")]),
        (
            "The backend missed our SLA today.",
            &[(K::Jargon, "backend"), (K::Jargon, "SLA")],
        ),
    ];
    for (draft, expected) in cases {
        let expected: Vec<(K, String)> =
            expected.iter().map(|(k, w)| (*k, w.to_string())).collect();
        assert_eq!(flags(draft), expected, "{draft}");
    }
}

#[test]
fn every_flag_has_a_reason_and_a_rewrite() {
    let draft = "As I said, calm down. It's our policy and I'll try ASAP!!!";
    let feedback = coach(draft, &calm(), &Config::default());
    assert!(feedback.flags.len() >= 5, "{feedback:?}");
    for f in &feedback.flags {
        assert!(!f.reason.is_empty() && !f.rewrite.is_empty(), "{f:?}");
    }
    assert_eq!(feedback.verdict, Verdict::LikelyToEscalate);
}

#[test]
fn vague_promise_rewrite_uses_the_configured_follow_up() {
    let config = Config::from_json(r#"{"followUpMinutes": 30}"#).unwrap();
    let feedback = coach("I'll update you soon.", &calm(), &config);
    assert_eq!(feedback.flags.len(), 1);
    assert_eq!(feedback.flags[0].rewrite, "within 30 minutes");
}

#[test]
fn a_promise_with_a_time_is_not_vague() {
    for draft in [
        "I'll update you soon, by 3pm at the latest.",
        "I will try the reset again in 10 minutes.",
        "You'll have it as soon as possible, and no later than tomorrow.",
    ] {
        assert_eq!(flags(draft), vec![], "{draft}");
    }
}

#[test]
fn an_apology_first_makes_the_explanation_fine() {
    assert_eq!(flags("Sorry for the wait, we're very busy today."), vec![]);
}

#[test]
fn calm_specific_drafts_get_no_flags() {
    for draft in [
        "I'm sorry your parcel is late. I've asked the courier for an update and I'll message you by 3pm today.",
        "Thanks for the details. I've issued the refund; it will show on your card within 5 business days.",
        "I understand. Your PDF invoice and tracking ID are attached, and the order ships on Monday.",
        "Could you tell me the order number so I can check it for you?",
        "",
    ] {
        let feedback = coach(draft, &calm(), &Config::default());
        assert_eq!(feedback.flags, vec![], "{draft}");
        assert_eq!(feedback.verdict, Verdict::Ok, "{draft}");
    }
}

#[test]
fn mild_problems_could_be_warmer() {
    let feedback = coach("The RMA label is attached.", &calm(), &Config::default());
    assert_eq!(feedback.verdict, Verdict::CouldBeWarmer);
}

fn angry() -> Conversation {
    conversation(&[
        (Role::Customer, "My order never came and nobody answers my emails!!!"),
        (
            Role::Customer,
            "This is OUTRAGEOUS. I am absolutely furious, you people are useless and I want a refund NOW!!!",
        ),
    ])
}

#[test]
fn an_angry_customer_needs_an_apology_or_acknowledgement() {
    let draft = "Your refund will be processed by Friday.";
    let feedback = coach(draft, &angry(), &Config::default());
    let missing: Vec<_> = feedback
        .flags
        .iter()
        .filter(|f| f.kind == K::MissingEmpathy)
        .collect();
    assert_eq!(missing.len(), 1, "{feedback:?}");
    assert!(missing[0].span.is_empty() && missing[0].span.start == 0);
    assert!(missing[0].rewrite.contains("I'm sorry"), "{:?}", missing[0]);
    assert_ne!(feedback.verdict, Verdict::Ok);

    let kind = "I'm so sorry about this. Your refund will be processed by Friday.";
    assert_eq!(coach(kind, &angry(), &Config::default()).flags, vec![]);
    // The same terse draft is fine when the customer is calm.
    assert_eq!(coach(draft, &calm(), &Config::default()).flags, vec![]);
}

#[test]
fn spans_are_in_draft_offsets_with_utf16() {
    let draft = "🙂 It’s our policy";
    let feedback = coach(draft, &calm(), &Config::default());
    assert_eq!(feedback.flags.len(), 1);
    let span = feedback.flags[0].span;
    assert_eq!(span.slice(draft), "It’s our policy");
    assert_eq!((span.start_utf16, span.end_utf16), (3, 18));
}

#[test]
fn the_suggested_replies_pass_the_coach() {
    let c = conversation(&[
        (Role::Customer, "Hi, I'm Dana. My parcel never came."),
        (Role::Agent, "Hi Dana, let me check that for you."),
        (Role::Customer, "Thanks, it was order 5512."),
    ]);
    for tone in ["friendly", "formal"] {
        let config = Config::from_json(&format!(
            r#"{{"tone": "{tone}", "remedies": ["replacement"]}}"#
        ))
        .unwrap();
        let advice = advise(&c, &config, None);
        for reply in &advice.replies {
            let feedback = coach(&reply.text, &c, &config);
            assert_eq!(feedback.flags, vec![], "{}", reply.text);
        }
    }
}
