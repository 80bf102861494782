//! The one place the sidebar touches `defuse_core::playbook`: running it, and reading its
//! results for display. Components call the small accessors here, so a change in the
//! playbook's types changes this file only.
//!
//! TEMPORARY: the playbook module is still being written; until it lands, the types below
//! mirror its agreed API and `advise`/`coach` return nothing.

use defuse_core::{Conversation, Millis, Span, Technique};

use crate::settings::ToneChoice;

/// Site-owner configuration of the playbook (placeholder for `defuse_core::playbook::Config`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {}

/// Identify / Guide / Act / Review (placeholder for `defuse_core::playbook::Stage`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Finding out what happened.
    Identify,
    /// Steering towards a fix.
    Guide,
    /// Fixing it.
    Act,
    /// Checking it worked.
    Review,
}

/// A ready reply (placeholder for `defuse_core::playbook::Reply`).
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The technique it uses.
    pub technique: Technique,
    /// The reply.
    pub text: String,
}

/// What to do next (placeholder for `defuse_core::playbook::Advice`).
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// The technique to use now.
    pub technique: Technique,
    /// Why, in one line.
    pub why: String,
    /// The conversation's stage.
    pub stage: Stage,
    /// Three ranked replies.
    pub replies: Vec<Reply>,
}

/// The coach's overall verdict (placeholder for `defuse_core::playbook::Verdict`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Fine to send.
    Ok,
    /// Could be warmer.
    CouldBeWarmer,
    /// Likely to escalate.
    LikelyToEscalate,
}

/// One flagged phrase (placeholder for `defuse_core::playbook::DraftFlag`).
#[derive(Debug, Clone, PartialEq)]
pub struct DraftFlag {
    /// What kind of problem.
    pub kind: &'static str,
    /// Where in the draft.
    pub span: Span,
    /// Why it may escalate.
    pub reason: String,
    /// A calmer alternative.
    pub rewrite: Option<String>,
}

/// The coach's feedback (placeholder for `defuse_core::playbook::DraftFeedback`).
#[derive(Debug, Clone, PartialEq)]
pub struct DraftFeedback {
    /// The verdict.
    pub verdict: Verdict,
    /// The flagged phrases.
    pub flags: Vec<DraftFlag>,
}

/// The agent's preferences that change the playbook's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preferences {
    /// Voice of replies.
    pub tone: ToneChoice,
    /// Whether configured remedies may be offered.
    pub remedies: bool,
}

/// The site owner's configuration with the agent's preferences applied.
pub fn effective_config(base: &Config, _prefs: Preferences) -> Config {
    base.clone()
}

/// The playbook's advice for the conversation now.
pub fn advise(
    _conversation: &Conversation,
    _config: &Config,
    _now: Option<Millis>,
) -> Option<Advice> {
    None
}

/// The coach's feedback on a draft; `None` for an empty draft.
pub fn coach(
    _draft: &str,
    _conversation: &Conversation,
    _config: &Config,
) -> Option<DraftFeedback> {
    None
}

/// The stage's name and its position (0-3) in Identify, Guide, Act, Review.
pub fn stage_position(stage: Stage) -> usize {
    match stage {
        Stage::Identify => 0,
        Stage::Guide => 1,
        Stage::Act => 2,
        Stage::Review => 3,
    }
}

/// The stages' names, in order.
pub const STAGE_NAMES: [&str; 4] = ["Identify", "Guide", "Act", "Review"];

/// The verdict as display text and a CSS modifier.
pub fn verdict_text(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Ok => ("Looks good", "ok"),
        Verdict::CouldBeWarmer => ("Could be warmer", "warm"),
        Verdict::LikelyToEscalate => ("Likely to escalate", "bad"),
    }
}

/// A flag's short label.
pub fn flag_label(flag: &DraftFlag) -> String {
    flag.kind.to_string()
}

/// A flag's reason.
pub fn flag_reason(flag: &DraftFlag) -> &str {
    &flag.reason
}

/// A flag's calmer alternative, if it has one.
pub fn flag_rewrite(flag: &DraftFlag) -> Option<&str> {
    flag.rewrite.as_deref()
}
