//! Golden conversations: each file in `tests/data/conversations/` is a transcript and what
//! the conversation state must look like after it. Adding a case is adding a file.

use std::path::Path;

use defuse_core::{Band, Conversation, Message, SignalKind, Technique, Trend};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    #[allow(dead_code)]
    description: String,
    messages: Vec<Message>,
    /// A public post to the brand, not a private chat (the default).
    #[serde(default)]
    public: bool,
    expect: Expect,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct Expect {
    band: Option<Band>,
    min_level: Option<u8>,
    max_level: Option<u8>,
    trend: Option<Trend>,
    cues: Vec<SignalKind>,
    no_cues: Vec<SignalKind>,
    venting: Option<bool>,
    unanswered: Option<u32>,
    repeated_questions: Option<u32>,
    abuse_count: Option<u32>,
    recovering: Option<bool>,
    techniques_used: Option<Vec<Technique>>,
    /// The least level after each message, in order (`null`: no check).
    min_levels: Vec<Option<u8>>,
    /// The most level after each message, in order (`null`: no check).
    max_levels: Vec<Option<u8>>,
    /// The language code of the last message, when Defuse cannot read it (`"en"`: readable).
    language: Option<String>,
    /// Whether the last message left the level exactly where it was.
    level_kept: Option<bool>,
}

fn check(name: &str, case: Case) -> Vec<String> {
    let mut c = Conversation::new();
    c.set_public(case.public);
    let mut levels = Vec::new();
    let mut language = None;
    for m in case.messages {
        let turn = c.push(m);
        levels.push(turn.level);
        language = Some(
            turn.analysis
                .as_ref()
                .and_then(|a| a.language)
                .map_or("en", |l| l.code()),
        );
    }
    let s = c.state();
    let e = case.expect;
    let mut fails = Vec::new();
    let mut fail = |what: String| {
        fails.push(format!(
            "{name}: {what} (levels {levels:?}, cues {:?})",
            s.cues_seen
        ))
    };
    if let Some(band) = e.band {
        if s.band != band {
            fail(format!("band {:?}, expected {band:?}", s.band));
        }
    }
    if e.min_level.is_some_and(|m| s.level < m) {
        fail(format!(
            "level {} below {}",
            s.level,
            e.min_level.unwrap_or(0)
        ));
    }
    if e.max_level.is_some_and(|m| s.level > m) {
        fail(format!(
            "level {} above {}",
            s.level,
            e.max_level.unwrap_or(0)
        ));
    }
    if e.trend.is_some_and(|t| t != s.trend) {
        fail(format!("trend {:?}, expected {:?}", s.trend, e.trend));
    }
    for cue in &e.cues {
        if !s.cues_seen.contains(cue) {
            fail(format!("cue {cue:?} missing"));
        }
    }
    for cue in &e.no_cues {
        if s.cues_seen.contains(cue) {
            fail(format!("cue {cue:?} should not be there"));
        }
    }
    if e.venting.is_some_and(|v| v != s.venting.is_some()) {
        fail(format!("venting {:?}", s.venting));
    }
    if e.unanswered.is_some_and(|n| n != s.unanswered) {
        fail(format!("unanswered {}", s.unanswered));
    }
    if e.repeated_questions
        .is_some_and(|n| n != s.repeated_questions)
    {
        fail(format!("repeated_questions {}", s.repeated_questions));
    }
    if e.abuse_count.is_some_and(|n| n != s.abuse_count) {
        fail(format!("abuse_count {}", s.abuse_count));
    }
    if e.recovering.is_some_and(|r| r != s.recovering) {
        fail(format!("recovering {}", s.recovering));
    }
    for (i, (min, max)) in e
        .min_levels
        .iter()
        .map(Some)
        .chain(std::iter::repeat(None))
        .zip(e.max_levels.iter().map(Some).chain(std::iter::repeat(None)))
        .take(levels.len())
        .enumerate()
    {
        if let Some(&Some(m)) = min {
            if levels[i] < m {
                fail(format!("message {}: level {} below {m}", i + 1, levels[i]));
            }
        }
        if let Some(&Some(m)) = max {
            if levels[i] > m {
                fail(format!("message {}: level {} above {m}", i + 1, levels[i]));
            }
        }
    }
    if let Some(code) = &e.language {
        if language != Some(code.as_str()) {
            fail(format!("language {language:?}, expected {code}"));
        }
    }
    if let Some(kept) = e.level_kept {
        let n = levels.len();
        let was = if n >= 2 { levels[n - 2] } else { 0 };
        if kept != (levels[n - 1] == was) {
            fail(format!(
                "level kept: {kept} expected, {was} -> {}",
                levels[n - 1]
            ));
        }
    }
    if let Some(t) = &e.techniques_used {
        if *t != s.techniques_used {
            fail(format!(
                "techniques_used {:?}, expected {t:?}",
                s.techniques_used
            ));
        }
    }
    fails
}

#[test]
// Tests are an edge: reading golden files here is fine; the core itself never does IO.
#[allow(clippy::disallowed_methods)]
fn golden_conversations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/conversations");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    assert!(
        entries.len() >= 10,
        "expected the golden conversations in {}",
        dir.display()
    );
    let mut fails = Vec::new();
    for path in entries {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("readable golden file");
        let case: Case = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        fails.extend(check(&name, case));
    }
    assert!(
        fails.is_empty(),
        "{} golden failures:\n{}",
        fails.len(),
        fails.join("\n")
    );
}

#[test]
fn push_cost_does_not_depend_on_history() {
    // Structural check behind the benchmark: the remembered windows stay bounded.
    let mut c = Conversation::new();
    for i in 0..2_000 {
        let text = format!("Where is my order number {i}? This is taking forever!!!");
        c.push(Message {
            role: defuse_core::Role::Customer,
            text,
            at: Some(defuse_core::Millis(i * 1000)),
        });
    }
    assert_eq!(c.turns().len(), 2_000);
    assert!(c.state().level > 0);
}

#[test]
fn a_message_defuse_cannot_read_is_never_mirrored() {
    use defuse_core::playbook::{advise, Config};
    let mut c = Conversation::new();
    c.push(Message {
        role: defuse_core::Role::Customer,
        text: "Mi pedido nunca llegó y nadie me responde. Es la tercera vez que pregunto."
            .to_string(),
        at: None,
    });
    let turn = &c.turns()[0];
    assert!(!turn.readable());
    let analysis = turn.analysis.as_ref().expect("a customer turn is analysed");
    assert_eq!(analysis.language.map(|l| l.code()), Some("es"));
    assert!(analysis.has(SignalKind::UnsupportedLanguage));
    let advice = advise(&c, &Config::default(), None);
    assert_eq!(advice.mirrored, None);
    for reply in &advice.replies {
        assert!(!reply.text.contains("pedido"), "{}", reply.text);
    }
}
