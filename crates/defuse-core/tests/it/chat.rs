//! Tests: the chat set's fixed cases. Messages of `tests/data/chat/fit.tsv` that the cue
//! rules once misread, listed by id in `tests/data/chat/fixed.txt` with what they must keep
//! reading (a signal found or not, a level bound). Adding a case is adding a line.

use defuse_core::{analyze, Conversation, Message, Role, SignalKind};

/// The level of `text` as the first customer message of a conversation, as
/// `defuse eval support` scores it.
fn level_of(text: &str) -> u8 {
    let mut c = Conversation::new();
    c.push(Message {
        role: Role::Customer,
        text: text.to_string(),
        at: None,
    })
    .level
}

fn kind(name: &str) -> SignalKind {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .unwrap_or_else(|e| panic!("fixed.txt: unknown signal kind {name}: {e}"))
}

/// One expectation of `fixed.txt` against `text`: `None` when it holds, else what failed.
fn check(text: &str, expectation: &str) -> Option<String> {
    let analysis = analyze(text);
    let level = level_of(text);
    let bound = |s: &str| {
        s.parse::<u8>()
            .unwrap_or_else(|e| panic!("fixed.txt: bad level {s}: {e}"))
    };
    let holds = if let Some(k) = expectation.strip_prefix('+') {
        analysis.has(kind(k))
    } else if let Some(k) = expectation.strip_prefix('-') {
        !analysis.has(kind(k))
    } else if let Some(n) = expectation.strip_prefix(">=") {
        level >= bound(n)
    } else if let Some(n) = expectation.strip_prefix('<') {
        level < bound(n)
    } else {
        panic!("fixed.txt: bad expectation {expectation}")
    };
    let kinds: Vec<SignalKind> = analysis.signals.iter().map(|s| s.kind).collect();
    (!holds).then(|| format!("{expectation} fails: level {level}, signals {kinds:?}"))
}

#[test]
fn fixed_chat_cases_stay_fixed() {
    // Compiled in: the test reads no files.
    let fit = include_str!("../data/chat/fit.tsv");
    let fixed = include_str!("../data/chat/fixed.txt");
    let text_of = |id: &str| {
        fit.lines()
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .find(|f| f.first() == Some(&id))
            .and_then(|f| f.get(8).map(|t| t.to_string()))
            .unwrap_or_else(|| panic!("fixed.txt: no message {id} in fit.tsv"))
    };
    let mut cases = 0;
    let mut fails = Vec::new();
    for line in fixed
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let mut parts = line.split_whitespace();
        let id = parts.next().unwrap_or_default();
        let text = text_of(id);
        cases += 1;
        for expectation in parts {
            if let Some(fail) = check(&text, expectation) {
                fails.push(format!("{id} {text:?}: {fail}"));
            }
        }
    }
    assert!(
        cases >= 20,
        "fixed.txt should list at least 20 cases, has {cases}"
    );
    assert!(
        fails.is_empty(),
        "{} failures:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

/// Levels of the check set `tests/data/chat/calm-reports.tsv` (never fitted on): per silver
/// level, the count and the messages that miss their bound (calm below 20, frustrated 20+,
/// angry 40+), with their levels.
fn calm_reports() -> [(usize, Vec<String>); 3] {
    let set = include_str!("../data/chat/calm-reports.tsv");
    let mut tally: [(usize, Vec<String>); 3] = Default::default();
    for line in set.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (silver, text) = (fields[1], fields[8]);
        let level = level_of(text);
        let (i, hit) = match silver {
            "0" => (0, level < 20),
            "1" => (1, level >= 20),
            "2" => (2, level >= 40),
            other => panic!("calm-reports.tsv: level {other}"),
        };
        tally[i].0 += 1;
        if !hit {
            tally[i].1.push(format!("{level:>3} {text}"));
        }
    }
    tally
}

/// Asserts that at least `percent` of the check set's calm reports read below 20, 85% of
/// its frustrated messages 20+, and 95% of its angry ones 40+.
fn assert_calm_reports(percent: usize) {
    let [calm, frustrated, angry] = calm_reports();
    assert!(calm.0 >= 40 && frustrated.0 >= 20 && angry.0 >= 20);
    let kept = calm.0 - calm.1.len();
    assert!(
        kept * 100 >= calm.0 * percent,
        "calm below 20: {kept} of {}; read 20+:\n{}",
        calm.0,
        calm.1.join("\n")
    );
    let upset = frustrated.0 - frustrated.1.len();
    assert!(
        upset * 100 >= frustrated.0 * 85,
        "frustrated 20+: {upset} of {}; read calm:\n{}",
        frustrated.0,
        frustrated.1.join("\n")
    );
    assert!(
        angry.1.len() * 20 <= angry.0,
        "angry below 40:\n{}",
        angry.1.join("\n")
    );
}

/// Faults stated as fact ("I was charged twice", "the app keeps crashing") must not read
/// hotter than they do now, and frustrated and angry messages about the same faults keep
/// reading upset. The committed weights keep 32 of 44 calm reports below 20 (issue 14: the
/// learned heads read plain fault words as negative and offensive).
#[test]
fn calm_problem_reports_read_no_hotter() {
    assert_calm_reports(70);
}

/// Issue 14's target: 85% of calm reports below 20. Not met (see weights/README.md, "Issue
/// 14"): `cargo test -p defuse-core --test it -- --ignored calm_problem` shows the misses.
#[test]
#[ignore = "issue 14's target, not met by the committed weights"]
fn calm_problem_reports_read_calm() {
    assert_calm_reports(85);
}
