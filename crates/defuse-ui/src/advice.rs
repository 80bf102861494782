//! The one place the sidebar touches `defuse_core::playbook`: running it with the agent's
//! preferences applied, and the display words for its results. Components call the small
//! accessors here, so a change in the playbook's types changes this file only.

use defuse_core::playbook::{self, DraftFlagKind, Stage, Tone, Verdict};
use defuse_core::{Conversation, Millis};

pub use defuse_core::playbook::{Advice, Config, DraftFeedback, DraftFlag};

use crate::settings::ToneChoice;

/// The agent's preferences that change the playbook's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preferences {
    /// Voice of replies.
    pub tone: ToneChoice,
    /// Whether configured remedies may be offered.
    pub remedies: bool,
}

/// The site owner's configuration with the agent's preferences applied. The agent can
/// only narrow what is offered (turn remedies off), never add a remedy the site owner did
/// not configure.
pub fn effective_config(base: &Config, prefs: Preferences) -> Config {
    let mut config = base.clone();
    match prefs.tone {
        ToneChoice::Site => {}
        ToneChoice::Formal => config.tone = Tone::Formal,
        ToneChoice::Friendly => config.tone = Tone::Friendly,
    }
    if !prefs.remedies {
        config.remedies.clear();
    }
    config
}

/// The playbook's advice for the conversation now.
pub fn advise(conversation: &Conversation, config: &Config, now: Option<Millis>) -> Option<Advice> {
    Some(playbook::advise(conversation, config, now))
}

/// The coach's feedback on a draft.
pub fn coach(draft: &str, conversation: &Conversation, config: &Config) -> Option<DraftFeedback> {
    Some(playbook::coach(draft, conversation, config))
}

/// The stages' names, in order.
pub const STAGE_NAMES: [&str; 4] = ["Identify", "Guide", "Act", "Review"];

/// The stage's position (0-3) in [`STAGE_NAMES`].
pub fn stage_position(stage: Stage) -> usize {
    match stage {
        Stage::Identify => 0,
        Stage::Guide => 1,
        Stage::Act => 2,
        Stage::Review => 3,
    }
}

/// The verdict as display text and a CSS modifier.
pub fn verdict_text(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Ok => ("Looks good", "ok"),
        Verdict::CouldBeWarmer => ("Could be warmer", "warm"),
        Verdict::LikelyToEscalate => ("Likely to escalate", "bad"),
    }
}

/// A flag's short label.
pub fn flag_label(flag: &DraftFlag) -> &'static str {
    match flag.kind {
        DraftFlagKind::Blame => "blame",
        DraftFlagKind::Dismissal => "dismissive",
        DraftFlagKind::PolicyHiding => "hiding behind policy",
        DraftFlagKind::NothingToDo => "closes the door",
        DraftFlagKind::AsISaid => "impatient",
        DraftFlagKind::Sarcasm => "sarcasm",
        DraftFlagKind::Shouting => "shouting",
        DraftFlagKind::ExcuseBeforeApology => "excuse before apology",
        DraftFlagKind::VaguePromise => "vague promise",
        DraftFlagKind::Jargon => "jargon",
        DraftFlagKind::MissingEmpathy => "no acknowledgement",
        DraftFlagKind::NonApology => "non-apology",
    }
}

/// A flag's reason.
pub fn flag_reason(flag: &DraftFlag) -> &str {
    &flag.reason
}

/// The replacement for a flagged phrase, when the flag points at words (an "apply" can
/// swap them).
pub fn flag_rewrite(flag: &DraftFlag) -> Option<&str> {
    (!flag.span.is_empty() && !flag.rewrite.is_empty()).then_some(flag.rewrite.as_str())
}

/// Advice for a whole-draft flag (no words to point at, e.g. a missing apology).
pub fn flag_tip(flag: &DraftFlag) -> Option<&str> {
    (flag.span.is_empty() && !flag.rewrite.is_empty()).then_some(flag.rewrite.as_str())
}

#[cfg(test)]
mod tests {
    use defuse_core::playbook::Remedy;

    use super::*;

    #[test]
    fn preferences_narrow_the_site_config() {
        let base = Config {
            remedies: vec![Remedy::Refund.into(), Remedy::Credit.into()],
            tone: Tone::Friendly,
            ..Config::default()
        };
        let same = effective_config(
            &base,
            Preferences {
                tone: ToneChoice::Site,
                remedies: true,
            },
        );
        assert_eq!(same, base);
        let narrowed = effective_config(
            &base,
            Preferences {
                tone: ToneChoice::Formal,
                remedies: false,
            },
        );
        assert_eq!(narrowed.tone, Tone::Formal);
        assert!(narrowed.remedies.is_empty());
        assert_eq!(narrowed.follow_up_minutes, base.follow_up_minutes);
    }
}
