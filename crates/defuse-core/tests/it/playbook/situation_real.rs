//! The situation read on real customer tweets: the labels in
//! `tests/data/replies/real-train.tsv` (tweet ids and labels only, no text: the dataset is
//! not ours to commit) joined by tweet id with `../shared/data/support-escalation/train.tsv`.
//! Skips, saying so, when that folder is absent.
//!
//! Two parts: `tune` (the rules were broadened with these in view) and `held` (a third of
//! the labels, never looked at while tuning). Floors: issue-type accuracy on each, and how
//! often the situation is sure of an issue type that is wrong (a wrong confident name is
//! worse than none).

use std::collections::HashMap;
use std::path::PathBuf;

use defuse_core::playbook::{advise, Config, IssueType};
use defuse_core::{Conversation, Message, Role};

const LABELS: &str = include_str!("../../data/replies/real-train.tsv");

/// One labelled tweet.
struct Label {
    id: String,
    held: bool,
    issue: IssueType,
}

fn labels() -> Vec<Label> {
    LABELS
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 7, "{line}");
            let issue: IssueType =
                serde_json::from_value(serde_json::Value::String(cols[2].to_string()))
                    .unwrap_or_else(|e| panic!("{line}: {e}"));
            assert!(matches!(cols[1], "tune" | "held"), "{line}");
            Label {
                id: cols[0].to_string(),
                held: cols[1] == "held",
                issue,
            }
        })
        .collect()
}

/// Tweet id -> text, from the shared data, if present.
fn texts() -> Option<HashMap<String, String>> {
    let dir = std::env::var_os("DEFUSE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    let path = dir.join("support-escalation/train.tsv");
    // The tests read the shared data; the core itself never does IO.
    #[allow(clippy::disallowed_methods)]
    let raw = std::fs::read_to_string(path).ok()?;
    Some(
        raw.lines()
            .skip(1)
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                Some((cols.first()?.to_string(), cols.get(8..)?.join("\t")))
            })
            .collect(),
    )
}

#[test]
fn labels_are_well_formed() {
    let labels = labels();
    assert!(labels.len() >= 150, "{}", labels.len());
    assert!(labels.iter().filter(|l| l.held).count() >= 50);
    let mut ids: Vec<&str> = labels.iter().map(|l| l.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), labels.len(), "a tweet id is labelled twice");
}

#[test]
fn issue_types_on_real_tweets_meet_the_floors() {
    let Some(texts) = texts() else {
        eprintln!("skipping: ../shared/data/support-escalation not found (set DEFUSE_DATA)");
        return;
    };
    let config = Config {
        public_channel: true,
        ..Config::default()
    };
    // [tune, held]: (judged, right, sure and wrong, named)
    let mut tally = [(0usize, 0usize, 0usize, 0usize); 2];
    for label in labels() {
        let text = texts
            .get(&label.id)
            .unwrap_or_else(|| panic!("{}: not in train.tsv", label.id));
        let mut conversation = Conversation::new();
        conversation.push(Message {
            role: Role::Customer,
            text: text.clone(),
            at: None,
        });
        let s = advise(&conversation, &config, None).situation;
        if std::env::var_os("DEFUSE_SHOW").is_some() {
            // For review: what each tweet reads as.
            eprintln!(
                "{}\t{:?}{}\t{:?}\t{:?}\t{}",
                label.id,
                s.issue,
                if s.issue_sure { "" } else { "?" },
                s.facets,
                s.names,
                text.chars().take(90).collect::<String>()
            );
        }
        let t = &mut tally[usize::from(label.held)];
        t.0 += 1;
        t.1 += usize::from(s.issue == label.issue);
        t.2 += usize::from(s.issue_sure && s.issue != label.issue);
        t.3 += usize::from(!s.names.is_empty());
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    for (part, t) in ["tune", "held"].iter().zip(tally) {
        eprintln!(
            "real tweets, {part}: issue {:.1}% ({} of {}), sure and wrong {:.1}%, named {:.1}%",
            pct(t.1, t.0),
            t.1,
            t.0,
            pct(t.2, t.0),
            pct(t.3, t.0)
        );
    }
    let [tune, held] = tally;
    assert!(pct(tune.1, tune.0) >= 80.0, "tune issue accuracy");
    assert!(pct(held.1, held.0) >= 75.0, "held-out issue accuracy");
    assert!(
        pct(tune.2, tune.0) <= 10.0,
        "tune: sure of a wrong issue type"
    );
    assert!(
        pct(held.2, held.0) <= 12.0,
        "held: sure of a wrong issue type"
    );
}
