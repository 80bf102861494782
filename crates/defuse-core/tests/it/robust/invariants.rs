//! What must hold after any input: shared by the corpus test, the fuzz and the regression
//! cases. Each check returns the first broken invariant as a sentence, so a caller can
//! report it with the input that broke it.

use defuse_core::playbook::{advise, coach, Config};
use defuse_core::{analyze, Conversation, Message, Millis, Role};

/// Analyses `text`, then advises and coaches on `conversation` with `text` pushed as the
/// customer's newest message and used as the agent's draft. `Err` names what broke.
pub fn check_all(conversation: &mut Conversation, text: &str, at: i64) -> Result<(), String> {
    check_analysis(text)?;
    let config = Config::default();
    let mut alone = Conversation::new();
    alone.push(customer(text, at));
    check_advice(&alone, &config, at)?;
    conversation.push(customer(text, at));
    check_advice(conversation, &config, at)?;
    check_coach(text, conversation, &config)
}

/// A customer message at `at` milliseconds.
pub fn customer(text: &str, at: i64) -> Message {
    Message {
        role: Role::Customer,
        text: text.to_string(),
        at: Some(Millis(at)),
    }
}

/// An agent message at `at` milliseconds.
pub fn agent(text: &str, at: i64) -> Message {
    Message {
        role: Role::Agent,
        text: text.to_string(),
        at: Some(Millis(at)),
    }
}

fn check_analysis(text: &str) -> Result<(), String> {
    let a = analyze(text);
    if !a.sentiment.is_finite() || !a.heat.is_finite() {
        return Err(format!("non-finite scores {} / {}", a.sentiment, a.heat));
    }
    for s in &a.signals {
        let sp = s.span;
        if sp.start > sp.end || sp.end > text.len() {
            return Err(format!(
                "{:?} span {}..{} outside the text",
                s.kind, sp.start, sp.end
            ));
        }
        if !text.is_char_boundary(sp.start) || !text.is_char_boundary(sp.end) {
            return Err(format!("{:?} span off a char boundary", s.kind));
        }
        let utf16 = |at: usize| text[..at].encode_utf16().count();
        if sp.start_utf16 != utf16(sp.start) || sp.end_utf16 != utf16(sp.end) {
            return Err(format!(
                "{:?} UTF-16 offsets disagree with the UTF-8 ones",
                s.kind
            ));
        }
    }
    Ok(())
}

fn check_advice(conversation: &Conversation, config: &Config, now: i64) -> Result<(), String> {
    let level = conversation.state().level;
    if level > 100 {
        return Err(format!("level {level} outside 0..=100"));
    }
    let advice = advise(conversation, config, Some(Millis(now)));
    if advice.replies.is_empty() {
        return Err("no replies".into());
    }
    if advice.why.is_empty() {
        return Err("advice without a why".into());
    }
    for r in &advice.replies {
        if r.text.trim().is_empty() {
            return Err(format!("an empty {:?} reply", r.technique));
        }
    }
    Ok(())
}

fn check_coach(draft: &str, conversation: &Conversation, config: &Config) -> Result<(), String> {
    let feedback = coach(draft, conversation, config);
    for f in &feedback.flags {
        let sp = f.span;
        if sp.start > sp.end || sp.end > draft.len() {
            return Err(format!(
                "coach flag span {}..{} outside the draft",
                sp.start, sp.end
            ));
        }
        if !draft.is_char_boundary(sp.start) || !draft.is_char_boundary(sp.end) {
            return Err("coach flag span off a char boundary".into());
        }
    }
    Ok(())
}
