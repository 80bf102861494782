//! The replies corpus (`tests/data/replies/conversations.jsonl`, read by `defuse eval
//! replies`) is well-formed: every line parses into the documented shape with no unknown
//! fields, ids are unique, the reply is always to a customer message, times never go back,
//! and every issue type, technique and channel is covered. Labels are read as the core's
//! own types (`IssueType`, `Technique`, `Fault`, `Detail`, `Request`), so the corpus and
//! `defuse eval replies` cannot drift apart. See the README in that folder.

use std::collections::{BTreeMap, HashMap, HashSet};

use defuse_core::playbook::{advise, coach, Channel, Config, Detail, Fault, IssueType, Request};
use defuse_core::{Conversation, Message, Millis, Role, Technique};
use serde::Deserialize;

const CORPUS: &str = include_str!("../data/replies/conversations.jsonl");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    channel: Channel,
    messages: Vec<Msg>,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Msg {
    role: Role,
    text: String,
    #[serde(default)]
    at: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    issue: IssueType,
    technique: Technique,
    #[allow(dead_code)]
    fault: Fault,
    missing: Vec<Detail>,
    #[allow(dead_code)]
    asked_for: Request,
}

fn cases() -> Vec<Case> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1))
        })
        .collect()
}

#[test]
fn every_conversation_is_well_formed() {
    let cases = cases();
    assert!(cases.len() >= 150, "only {} conversations", cases.len());
    let mut ids = HashSet::new();
    for case in &cases {
        let id = &case.id;
        assert!(ids.insert(id.as_str()), "{id}: id used twice");
        assert!(
            !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}: ids are lowercase-with-dashes"
        );
        let (first, last) = (case.messages.first(), case.messages.last());
        assert!(
            (1..=8).contains(&case.messages.len()),
            "{id}: 1 to 8 messages"
        );
        assert_eq!(first.map(|m| &m.role), Some(&Role::Customer), "{id}");
        assert_eq!(
            last.map(|m| &m.role),
            Some(&Role::Customer),
            "{id}: the reply is to the customer's last message"
        );
        assert!(
            case.messages.iter().all(|m| !m.text.trim().is_empty()),
            "{id}: empty message"
        );
        let timed = case.messages.iter().filter(|m| m.at.is_some()).count();
        assert!(
            timed == 0 || timed == case.messages.len(),
            "{id}: times on every message or on none"
        );
        let times: Vec<i64> = case.messages.iter().filter_map(|m| m.at).collect();
        assert!(
            times.windows(2).all(|w| w[0] <= w[1]),
            "{id}: times go back"
        );
        let missing: HashSet<&Detail> = case.expect.missing.iter().collect();
        assert_eq!(
            missing.len(),
            case.expect.missing.len(),
            "{id}: a missing detail listed twice"
        );
    }
}

#[test]
fn every_issue_type_technique_and_channel_is_covered() {
    let cases = cases();
    let mut issues = BTreeMap::new();
    let mut techniques = BTreeMap::new();
    let mut channels = HashMap::new();
    for case in &cases {
        *issues.entry(case.expect.issue).or_insert(0) += 1;
        *techniques.entry(case.expect.technique).or_insert(0) += 1;
        *channels.entry(&case.channel).or_insert(0) += 1;
    }
    assert_eq!(
        issues.len(),
        IssueType::ALL.len(),
        "issue types covered: {issues:?}"
    );
    assert!(
        issues.values().all(|&n| n >= 10),
        "at least 10 conversations per issue type: {issues:?}"
    );
    assert_eq!(
        techniques.len(),
        Technique::ALL.len(),
        "techniques covered: {techniques:?}"
    );
    assert!(
        techniques.values().all(|&n| n >= 3),
        "at least 3 conversations per technique: {techniques:?}"
    );
    assert!(
        channels.values().all(|&n| n * 5 >= cases.len()),
        "at least a fifth of the conversations on each channel: {channels:?}"
    );
}

/// Every reply suggested on the corpus passes the draft coach, in both tones: a suggestion
/// the coach would flag is one we should not offer.
#[test]
fn every_suggested_reply_passes_the_coach() {
    let mut failures = Vec::new();
    for case in cases() {
        let mut c = Conversation::new();
        c.set_public(case.channel == Channel::Public);
        for (i, m) in case.messages.iter().enumerate() {
            c.push(Message {
                role: m.role,
                text: m.text.clone(),
                at: Some(Millis(m.at.unwrap_or(60_000 * i as i64))),
            });
        }
        for tone in ["friendly", "formal"] {
            let mut config =
                Config::from_json(&format!(r#"{{"tone": "{tone}"}}"#)).expect("a valid config");
            config.public_channel = case.channel == Channel::Public;
            let now = case.messages.iter().filter_map(|m| m.at).max().map(Millis);
            for reply in advise(&c, &config, now).replies {
                let flags = coach(&reply.text, &c, &config).flags;
                if !flags.is_empty() {
                    let kinds: Vec<_> = flags.iter().map(|f| f.kind).collect();
                    failures.push(format!("{} ({tone}): {:?}: {}", case.id, kinds, reply.text));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
