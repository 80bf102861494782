//! Golden conversations, one file per playbook row of PRODUCT.md, in
//! `tests/data/playbook/*.json`. Adding a case is adding a file:
//!
//! ```json
//! { "row": "which PRODUCT.md row this covers",
//!   "config": { ...optional site-owner config... },
//!   "now": 1700000300000,                      // optional, ms
//!   "messages": [{"role": "customer", "text": "...", "at": 1700000000000}],
//!   "expect": { "technique": "apologize", "stage": "identify", "topic": "order",
//!               "mirrored": "your order never arrived",   // or null for the fallback
//!               "mirrored_in_replies": true, "why_contains": "apolog",
//!               "tags": ["apologize", "acknowledge", "propose"],
//!               "replies_contain": ["Dana"], "follow_up": "overdue",
//!               "issue": "delivery_missing", "fault": "company",
//!               "replies_lack": ["within the hour with a fix"] },
//!   "draft": { "text": "...", "verdict": "likely_to_escalate", "flags": ["dismissal"] } }
//! ```
//!
//! Every case also checks the invariants: exactly three replies, the first tagged with the
//! chosen technique, no placeholder left, no remedy offered that is not configured, and no
//! stock phrase the agent already used.

use std::path::{Path, PathBuf};

use defuse_core::playbook::{advise, coach, Advice, Config, Remedy, Stage, Verdict};
use defuse_core::{Conversation, Message, Millis, Technique};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[allow(dead_code)]
    row: String,
    #[serde(default)]
    config: Option<serde_json::Value>,
    #[serde(default)]
    now: Option<i64>,
    messages: Vec<Message>,
    expect: Expect,
    #[serde(default)]
    draft: Option<Draft>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    technique: Technique,
    #[serde(default)]
    stage: Option<Stage>,
    #[serde(default)]
    topic: Option<String>,
    /// `Some(None)` (JSON null) expects the fallback.
    #[serde(default, deserialize_with = "some")]
    mirrored: Option<Option<String>>,
    #[serde(default)]
    mirrored_in_replies: bool,
    #[serde(default)]
    why_contains: Option<String>,
    #[serde(default)]
    tags: Option<Vec<Technique>>,
    #[serde(default)]
    replies_contain: Vec<String>,
    #[serde(default)]
    follow_up: Option<String>,
    /// The situation's issue type (serde name).
    #[serde(default)]
    issue: Option<String>,
    /// The situation's likely fault (serde name).
    #[serde(default)]
    fault: Option<String>,
    /// Words no reply may contain (case-insensitive).
    #[serde(default)]
    replies_lack: Vec<String>,
}

fn some<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Draft {
    text: String,
    verdict: Verdict,
    flags: Vec<String>,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/playbook")
}

/// Each remedy with the words that would offer it.
const OFFERS: &[(Remedy, &[&str])] = &[
    (Remedy::Refund, &["full refund"]),
    (Remedy::PartialRefund, &["partial refund"]),
    (
        Remedy::Credit,
        &["credit on your account", "account credit"],
    ),
    (Remedy::FreeMonth, &["free month"]),
    (Remedy::Replacement, &["replacement sent out"]),
    (Remedy::ExpeditedShipping, &["expedited shipping"]),
    // Offering one ("a discount on your next order"), not naming a discount code refused.
    (Remedy::Discount, &["a discount on"]),
    (Remedy::WaiveFee, &["waiving the fee", "waive the fee"]),
];

fn check(name: &str, case: &Case) -> Vec<String> {
    let mut errors = Vec::new();
    let config = match &case.config {
        Some(v) => match Config::from_json(&v.to_string()) {
            Ok(c) => c,
            Err(e) => return vec![format!("bad config: {e}")],
        },
        None => Config::default(),
    };
    let mut conversation = Conversation::new();
    conversation.set_public(config.public_channel);
    for m in &case.messages {
        conversation.push(m.clone());
    }
    let advice: Advice = advise(&conversation, &config, case.now.map(Millis));
    let e = &case.expect;
    let mut fail = |msg: String| errors.push(msg);

    if advice.technique != e.technique {
        fail(format!(
            "technique {:?}, expected {:?}",
            advice.technique, e.technique
        ));
    }
    if let Some(stage) = e.stage {
        if advice.stage != stage {
            fail(format!("stage {:?}, expected {stage:?}", advice.stage));
        }
    }
    if let Some(topic) = &e.topic {
        let got = advice.topic.map(|t| t.label().to_string());
        if got.as_deref() != Some(topic.as_str()) {
            fail(format!("topic {got:?}, expected {topic}"));
        }
    }
    if let Some(mirrored) = &e.mirrored {
        if &advice.mirrored != mirrored {
            fail(format!(
                "mirrored {:?}, expected {mirrored:?}",
                advice.mirrored
            ));
        }
    }
    if e.mirrored_in_replies {
        match &advice.mirrored {
            Some(m) if advice.replies.iter().any(|r| r.text.contains(m.as_str())) => {}
            _ => fail(format!(
                "no reply contains the mirrored complaint {:?}",
                advice.mirrored
            )),
        }
    }
    if let Some(words) = &e.why_contains {
        if !advice.why.contains(words.as_str()) {
            fail(format!("why {:?} lacks {words:?}", advice.why));
        }
    }
    let tags: Vec<Technique> = advice.replies.iter().map(|r| r.technique).collect();
    if let Some(expected) = &e.tags {
        if &tags != expected {
            fail(format!("reply tags {tags:?}, expected {expected:?}"));
        }
    }
    for words in &e.replies_contain {
        if !advice
            .replies
            .iter()
            .any(|r| r.text.contains(words.as_str()))
        {
            fail(format!("no reply contains {words:?}"));
        }
    }
    let serde_name = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
    if let Some(issue) = &e.issue {
        let got = serde_name(serde_json::to_value(advice.situation.issue).unwrap_or_default());
        if &got != issue {
            fail(format!("issue {got}, expected {issue}"));
        }
    }
    if let Some(fault) = &e.fault {
        let got = serde_name(serde_json::to_value(advice.situation.fault).unwrap_or_default());
        if &got != fault {
            fail(format!("fault {got}, expected {fault}"));
        }
    }
    for words in &e.replies_lack {
        let lower = words.to_lowercase();
        if let Some(r) = advice
            .replies
            .iter()
            .find(|r| r.text.to_lowercase().contains(&lower))
        {
            fail(format!("a reply contains {words:?}: {:?}", r.text));
        }
    }
    if let Some(status) = &e.follow_up {
        let got = advice
            .follow_up
            .as_ref()
            .map(|f| serde_json::to_value(f.status).unwrap_or_default());
        if got.as_ref().and_then(|v| v.as_str()) != Some(status.as_str()) {
            fail(format!("follow-up {got:?}, expected {status}"));
        }
    }

    // Invariants for every case.
    if advice.replies.len() != 3 {
        fail(format!("{} replies, expected 3", advice.replies.len()));
    }
    if tags.first() != Some(&advice.technique) {
        fail(format!(
            "first reply is {:?}, not the chosen technique",
            tags.first()
        ));
    }
    for reply in &advice.replies {
        let lower = reply.text.to_lowercase();
        if reply.text.contains(['{', '}', '\u{1}']) || reply.text.contains("  ") {
            fail(format!("unfilled or untidy reply {:?}", reply.text));
        }
        for (remedy, words) in OFFERS {
            if !config.remedies.contains(&(*remedy).into())
                && words.iter().any(|w| lower.contains(w))
            {
                fail(format!("offers unconfigured {remedy:?}: {:?}", reply.text));
            }
        }
        if reply.technique == Technique::OfferRemedy && config.remedies.is_empty() {
            fail("offer_remedy reply without configured remedies".to_string());
        }
        for m in case
            .messages
            .iter()
            .filter(|m| m.role == defuse_core::Role::Agent)
        {
            let said = m.text.to_lowercase().replace('\u{2019}', "'");
            for stock in STOCK {
                if said.contains(stock) && lower.contains(stock) {
                    fail(format!(
                        "repeats the agent's stock phrase {stock:?}: {:?}",
                        reply.text
                    ));
                }
            }
        }
    }
    if let Some(draft) = &case.draft {
        let feedback = coach(&draft.text, &conversation, &config);
        if feedback.verdict != draft.verdict {
            fail(format!(
                "draft verdict {:?}, expected {:?}",
                feedback.verdict, draft.verdict
            ));
        }
        let kinds: Vec<String> = feedback
            .flags
            .iter()
            .filter_map(|f| serde_json::to_value(f.kind).ok())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        if kinds != draft.flags {
            fail(format!("draft flags {kinds:?}, expected {:?}", draft.flags));
        }
    }
    errors
        .into_iter()
        .map(|e| {
            format!(
                "{name}: {e}\n    why: {}\n    replies: {:#?}",
                advice.why, advice.replies
            )
        })
        .collect()
}

/// Phrases a customer notices when repeated.
const STOCK: &[&str] = &[
    "i understand your frustration",
    "sorry for the inconvenience",
    "thank you for your patience",
    "i'm really sorry",
    "i'm so sorry",
    "i hear you",
    "thanks for waiting",
    "sorry to keep you waiting",
];

#[test]
fn golden_conversations() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("tests/data/playbook exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 13, "one file per playbook row at least");
    let mut errors = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Tests may read their data; the lint is there to keep IO out of the core itself.
        #[allow(clippy::disallowed_methods)]
        let text = std::fs::read_to_string(path).expect("readable");
        match serde_json::from_str::<Case>(&text) {
            Ok(case) => errors.extend(check(&name, &case)),
            Err(e) => errors.push(format!("{name}: bad case file: {e}")),
        }
    }
    assert!(
        errors.is_empty(),
        "{} problems:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn next_turn_gets_different_wording() {
    // Same conversation, one more customer message, the same technique (the customer has
    // waited five minutes either way): the top reply's sentence changes.
    let mut c = Conversation::new();
    let push = |c: &mut Conversation, text: &str, at: i64| {
        c.push(Message {
            role: defuse_core::Role::Customer,
            text: text.into(),
            at: Some(Millis(at)),
        });
    };
    let now = Some(Millis(300_000));
    push(&mut c, "Hello, is anyone there?", 0);
    let first = advise(&c, &Config::default(), now);
    push(&mut c, "I need help with my order.", 10_000);
    let second = advise(&c, &Config::default(), now);
    assert_eq!(first.technique, Technique::RespondNow, "{first:#?}");
    assert_eq!(second.technique, Technique::RespondNow, "{second:#?}");
    assert_ne!(first.replies[0].text, second.replies[0].text);
    // And it is deterministic.
    assert_eq!(second, advise(&c, &Config::default(), now));
}
