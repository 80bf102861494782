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
