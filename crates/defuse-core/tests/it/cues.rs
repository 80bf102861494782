//! Tests: cues. The rule-based signals, through the public `analyze`.
//!
//! Most cases live in `tests/data/cues/cases.txt` (one `check` for all of them, rewritten
//! with `UPDATE_EXPECT=1`); the cases from issue 2 are also spelled out below with the
//! properties that matter for them.

use std::fmt::Write as _;
use std::path::PathBuf;

use defuse_core::{analyze, MessageAnalysis, SignalKind};

/// The signals of `text` as golden-file lines: `Kind "triggering words"`.
fn render(text: &str) -> String {
    let analysis = analyze(text);
    let mut out = String::new();
    for s in &analysis.signals {
        let _ = writeln!(out, "{:?} {:?}", s.kind, s.span.slice(text));
    }
    out
}

fn cases_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/cues/cases.txt")
}

/// One case of the golden file: the message and the expectation lines under it.
struct Case {
    message: String,
    expected: String,
}

/// Reads the golden file into its leading comments (kept for rewriting) and cases.
fn parse(file: &str) -> Vec<(Vec<String>, Option<Case>)> {
    // Each entry: comment/blank lines before a case, then the case (None at the end).
    let mut out = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    let mut current: Option<Case> = None;
    for line in file.lines() {
        if let Some(message) = line.strip_prefix("> ") {
            if let Some(case) = current.take() {
                out.push((std::mem::take(&mut pending), Some(case)));
            }
            current = Some(Case {
                message: message.to_string(),
                expected: String::new(),
            });
        } else if line.trim().is_empty() || line.starts_with('#') {
            if let Some(case) = current.take() {
                out.push((std::mem::take(&mut pending), Some(case)));
            }
            pending.push(line.to_string());
        } else if let Some(case) = current.as_mut() {
            case.expected.push_str(line.trim());
            case.expected.push('\n');
        } else {
            panic!("expectation line outside a case: {line}");
        }
    }
    if let Some(case) = current.take() {
        out.push((std::mem::take(&mut pending), Some(case)));
    }
    out.push((pending, None));
    out
}

#[test]
fn golden_cases() {
    let path = cases_path();
    // Compiled in, so the test needs no file reading; UPDATE_EXPECT writes it back.
    let file = include_str!("../data/cues/cases.txt");
    let entries = parse(file);
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut rewritten = String::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for (comments, case) in &entries {
        for c in comments {
            rewritten.push_str(c);
            rewritten.push('\n');
        }
        let Some(case) = case else { continue };
        count += 1;
        let actual = render(&case.message);
        if actual != case.expected {
            failures.push(format!(
                "> {}\n--- expected\n{}--- actual\n{}",
                case.message, case.expected, actual
            ));
        }
        rewritten.push_str("> ");
        rewritten.push_str(&case.message);
        rewritten.push('\n');
        rewritten.push_str(&actual);
    }
    assert!(
        count >= 80,
        "the golden file should hold at least 80 cases, has {count}"
    );
    if update {
        std::fs::write(&path, rewritten).expect("rewrite golden file");
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of {count} golden cases differ (UPDATE_EXPECT=1 to accept):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn kinds(a: &MessageAnalysis) -> Vec<SignalKind> {
    a.signals.iter().map(|s| s.kind).collect()
}

/// The rules' own verdict on sentiment: the sum of signal weights, where positive
/// escalates. `analysis.sentiment` combines this with the learned layer (analysis.rs); the
/// tests assert both, so a regression shows which side it came from.
fn rule_push(a: &MessageAnalysis) -> f32 {
    a.signals.iter().map(|s| s.weight).sum()
}

#[test]
fn third_time_asking_is_repetition_shouting_and_frustration() {
    let a = analyze("This is the THIRD time I'm asking!!! Where is my refund???");
    for kind in [
        SignalKind::Repetition,
        SignalKind::Shouting,
        SignalKind::Exclamation,
    ] {
        assert!(a.has(kind), "{kind:?} missing: {:?}", kinds(&a));
    }
    assert!(a.has(SignalKind::Frustration) || a.has(SignalKind::Anger));
    assert!(rule_push(&a) > 0.0, "rules must read it as negative");
    assert!(a.sentiment < 0.0, "sentiment {}", a.sentiment);
}

#[test]
fn service_is_a_joke_then_cancel_is_a_churn_threat() {
    let a = analyze("Honestly your service is a joke. I want to cancel");
    assert!(a.has(SignalKind::ThreatCancel), "{:?}", kinds(&a));
    assert!(!a.has(SignalKind::Positive));
    assert!(rule_push(&a) > 0.0);
    assert!(a.sentiment < 0.0, "sentiment {}", a.sentiment);
}

#[test]
fn great_another_bug_is_sarcasm_not_praise() {
    let a = analyze("Great, another bug.");
    assert!(a.has(SignalKind::Sarcasm), "{:?}", kinds(&a));
    assert!(!a.has(SignalKind::Positive));
    assert!(rule_push(&a) > 0.0);
    assert!(a.sentiment < 0.0, "sentiment {}", a.sentiment);
}

#[test]
fn legal_threat_and_manager_demand() {
    assert!(analyze("I will sue you").has(SignalKind::ThreatLegal));
    assert!(analyze("Let me speak to your manager").has(SignalKind::DemandManager));
}

#[test]
fn an_agent_apology_is_not_angry() {
    let a = analyze("I'm so sorry for the trouble, I'll fix this right away");
    assert!(!a.has(SignalKind::Anger));
    assert!(!a.has(SignalKind::AbuseAtAgent));
    assert!(!a.has(SignalKind::Demand), "{:?}", kinds(&a));
    assert!(a.signals.iter().all(|s| s.weight <= 0.0), "{:?}", kinds(&a));
    // Below the "heated" band. The rules add nothing here; what heat there is comes from
    // the learned layer's floor (heat.rs / model.rs).
    assert!(a.heat < 40.0, "heat {}", a.heat);
}

#[test]
fn please_does_not_soften_a_shouted_demand() {
    let a = analyze("please refund me NOW");
    assert!(a.has(SignalKind::Demand), "{:?}", kinds(&a));
    assert!(a.has(SignalKind::Shouting));
    assert!(!a.has(SignalKind::Positive) && !a.has(SignalKind::Gratitude));
    assert!(rule_push(&a) > 0.0);
    assert!(a.sentiment <= 0.0, "sentiment {}", a.sentiment);
}

#[test]
fn abuse_at_the_agent_is_not_anger_at_the_situation() {
    assert!(analyze("you are useless").has(SignalKind::AbuseAtAgent));
    assert!(analyze("you people are incompetent").has(SignalKind::AbuseAtAgent));
    let situation = analyze("this is useless");
    assert!(!situation.has(SignalKind::AbuseAtAgent));
    assert!(situation.has(SignalKind::Frustration));
}

#[test]
fn signals_are_sorted_and_spans_cover_their_words() {
    let text = "I already told you 😡 — WHERE is my refund??? It's been three weeks!";
    let a = analyze(text);
    assert!(a.signals.len() >= 4, "{:?}", kinds(&a));
    for pair in a.signals.windows(2) {
        assert!(pair[0].span.start <= pair[1].span.start);
    }
    for s in &a.signals {
        assert!(
            !s.span.slice(text).is_empty(),
            "{:?} has an empty span",
            s.kind
        );
        assert_eq!(
            s.span.start_utf16,
            text[..s.span.start].encode_utf16().count()
        );
    }
}
