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

use defuse_core::playbook::{advise, Config, IssueType, Sector};
use defuse_core::{Conversation, Message, Role};

const LABELS: &str = include_str!("../../data/replies/real-train.tsv");
/// The second set: 398 more tweets (297 `tune`, 101 `held`, the split written before any
/// tuning), with the sector, facets, notes, question and request.
const LABELS_2: &str = include_str!("../../data/replies/real-train-2.tsv");

/// One labelled tweet.
struct Label {
    id: String,
    held: bool,
    issue: IssueType,
    /// The sector, in the second set only.
    sector: Option<Sector>,
    /// The second set's notes, question and request columns, as written (`-` for none).
    extra: Option<[String; 3]>,
}

fn labels() -> Vec<Label> {
    read_labels(LABELS, 7)
}

fn read_labels(text: &str, columns: usize) -> Vec<Label> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), columns, "{line}");
            let issue: IssueType =
                serde_json::from_value(serde_json::Value::String(cols[2].to_string()))
                    .unwrap_or_else(|e| panic!("{line}: {e}"));
            let sector: Option<Sector> = cols.get(7).map(|s| {
                serde_json::from_value(serde_json::Value::String(s.to_string()))
                    .unwrap_or_else(|e| panic!("{line}: {e}"))
            });
            assert!(matches!(cols[1], "tune" | "held"), "{line}");
            Label {
                id: cols[0].to_string(),
                held: cols[1] == "held",
                issue,
                sector,
                extra: (cols.len() == 12).then(|| {
                    [
                        cols[9].to_string(),
                        cols[10].to_string(),
                        cols[11].to_string(),
                    ]
                }),
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

/// Per part [tune, held]: (judged, right, sure and wrong, named, sector right, sector judged).
type Tally = [(usize, usize, usize, usize, usize, usize); 2];

/// Reads every labelled tweet and tallies the situation against its labels.
fn tally(labels: Vec<Label>, texts: &HashMap<String, String>, set: &str) -> Tally {
    let config = Config {
        public_channel: true,
        ..Config::default()
    };
    let mut tally: Tally = [(0, 0, 0, 0, 0, 0); 2];
    // Notes, question and request read right, per part.
    let mut extras = [[0usize; 3]; 2];
    let key = |v: serde_json::Value| match v {
        serde_json::Value::String(s) => s,
        serde_json::Value::Array(a) if !a.is_empty() => a
            .iter()
            .filter_map(|x| x.as_str())
            .collect::<Vec<_>>()
            .join(","),
        _ => "-".to_string(),
    };
    for label in labels {
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
                "{}\t{:?}\t{:?}{}\t{:?}\t{:?}\t{:?}\t{}",
                label.id,
                label.issue,
                s.issue,
                if s.issue_sure { "" } else { "?" },
                s.facets,
                s.names,
                s.sector,
                text.chars().take(90).collect::<String>()
            );
        }
        let t = &mut tally[usize::from(label.held)];
        t.0 += 1;
        t.1 += usize::from(s.issue == label.issue);
        t.2 += usize::from(s.issue_sure && s.issue != label.issue);
        t.3 += usize::from(!s.names.is_empty());
        if let Some(extra) = &label.extra {
            let got = [
                key(serde_json::to_value(&s.notes).unwrap_or_default()),
                key(serde_json::to_value(s.question).unwrap_or_default()),
                key(serde_json::to_value(s.request).unwrap_or_default()),
            ];
            for k in 0..3 {
                extras[usize::from(label.held)][k] += usize::from(got[k] == extra[k]);
            }
        }
        if let Some(sector) = label.sector {
            t.4 += usize::from(s.sector == sector);
            t.5 += 1;
        }
    }
    for (part, t) in ["tune", "held"].iter().zip(tally) {
        eprintln!(
            "real tweets ({set}), {part}: issue {:.1}% ({} of {}), sure and wrong {:.1}%, \
             named {:.1}%, sector {:.1}% ({} of {})",
            pct(t.1, t.0),
            t.1,
            t.0,
            pct(t.2, t.0),
            pct(t.3, t.0),
            pct(t.4, t.5),
            t.4,
            t.5
        );
    }
    for (part, (e, t)) in ["tune", "held"].iter().zip(extras.iter().zip(tally)) {
        if t.5 > 0 {
            eprintln!(
                "real tweets ({set}), {part}: notes {:.1}%, question {:.1}%, request {:.1}%",
                pct(e[0], t.0),
                pct(e[1], t.0),
                pct(e[2], t.0)
            );
        }
    }
    tally
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

#[test]
fn issue_types_on_real_tweets_meet_the_floors() {
    let Some(texts) = texts() else {
        eprintln!("skipping: ../shared/data/support-escalation not found (set DEFUSE_DATA)");
        return;
    };
    let [tune, held] = tally(labels(), &texts, "first set");
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

#[test]
fn the_second_set_is_well_formed() {
    let labels = read_labels(LABELS_2, 12);
    assert!(labels.len() >= 350, "{}", labels.len());
    let mut ids: Vec<&str> = labels.iter().map(|l| l.id.as_str()).collect();
    ids.extend(LABELS.lines().skip(1).filter_map(|l| l.split('\t').next()));
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        n,
        "a tweet id is labelled twice across the two sets"
    );
}

#[test]
fn issue_types_and_sectors_on_the_second_set_meet_the_floors() {
    let Some(texts) = texts() else {
        eprintln!("skipping: ../shared/data/support-escalation not found (set DEFUSE_DATA)");
        return;
    };
    let [tune, held] = tally(read_labels(LABELS_2, 12), &texts, "second set");
    // Floors a little under what the final code measured (tune 49.2 / 3.0 / sector 92.3,
    // held 45.5 / 6.9 / sector 94.1): most real tweets are venting with no case, and
    // the situation names no problem it is unsure of.
    assert!(pct(tune.1, tune.0) >= 45.0, "tune issue accuracy");
    assert!(pct(held.1, held.0) >= 40.0, "held-out issue accuracy");
    assert!(
        pct(tune.2, tune.0) <= 6.0,
        "tune: sure of a wrong issue type"
    );
    assert!(
        pct(held.2, held.0) <= 9.0,
        "held: sure of a wrong issue type"
    );
    assert!(pct(tune.4, tune.5) >= 85.0, "tune sector accuracy");
    assert!(pct(held.4, held.5) >= 85.0, "held-out sector accuracy");
}
