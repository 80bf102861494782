//! Choosing the next technique, with a one-line why, from the conversation's state; and the
//! check that a promised follow-up was kept.

use crate::conversation::{Millis, Role, State, Trend, Turn};
use crate::signal::SignalKind;
use crate::technique::Technique;
use crate::text::{is_one_of, lookup};

use super::config::{follow_up_phrase, Config};
use super::situation::{fold, has_any, Fault, IssueType, Situation};
use super::{FollowUp, FollowUpStatus};

/// How long an unanswered customer may wait before the advice is to reply at once.
const LONG_WAIT_MS: i64 = 2 * 60_000;
/// A venting burst is over once the customer has paused this long: time to reply.
const VENT_PAUSE_MS: i64 = 30_000;
/// Calm customer messages in a row before the advice moves to closing.
const CALM_TURNS: u32 = 3;
/// Level from which a customer counts as angry (the "heated" band).
const ANGRY_LEVEL: u8 = 40;
/// Level from which a customer counts as upset (the "tense" band).
const UPSET_LEVEL: u8 = 20;

/// What the choice is made from.
pub(crate) struct Facts<'a> {
    pub state: &'a State,
    /// The customer messages since the agent last wrote (the ones to answer now).
    pub fresh: &'a [Turn],
    /// Recent turns, oldest first (bounded, so long conversations cost the same).
    pub recent: &'a [Turn],
    pub now: Option<Millis>,
    pub situation: &'a Situation,
    pub mirrored: bool,
    pub follow_up: Option<&'a FollowUp>,
}

impl Facts<'_> {
    fn fresh_has(&self, kind: SignalKind) -> Option<&str> {
        self.fresh.iter().find_map(|t| {
            let a = t.analysis.as_ref()?;
            a.signals
                .iter()
                .find(|s| s.kind == kind)
                .map(|s| s.span.slice(&t.text))
        })
    }

    /// Whether the fresh messages show the customer upset by what they say (emotion words,
    /// escalation cues), not only by the learned score, which is noisy on short messages.
    fn fresh_negative(&self) -> bool {
        self.fresh.iter().any(|t| {
            t.analysis.as_ref().is_some_and(|a| {
                a.signals.iter().any(|s| {
                    s.kind.is_cue()
                        || matches!(
                            s.kind,
                            SignalKind::Anger
                                | SignalKind::Frustration
                                | SignalKind::Disappointment
                                | SignalKind::Negative
                                | SignalKind::Anxiety
                                | SignalKind::EmojiNegative
                        )
                })
            })
        })
    }

    fn recent_count(&self, kind: SignalKind) -> usize {
        self.recent
            .iter()
            .filter(|t| t.analysis.as_ref().is_some_and(|a| a.has(kind)))
            .count()
    }

    /// The fresh customer messages addressed to the agent: on a public feed, replies that
    /// open by naming someone else ("@sam lol same") are not said to the brand.
    fn addressed(&self) -> Vec<&Turn> {
        let fresh: Vec<&Turn> = self
            .fresh
            .iter()
            .filter(|t| t.role == Role::Customer)
            .collect();
        let handle = |t: &Turn| -> Option<String> {
            let first = t.text.split_whitespace().next()?;
            first
                .starts_with('@')
                .then(|| fold(first.trim_end_matches([':', ','])))
        };
        let brand = fresh.first().and_then(|t| handle(t));
        fresh
            .into_iter()
            .filter(|t| match (handle(t), &brand) {
                (Some(h), Some(b)) => &h == b,
                (Some(_), None) => false,
                (None, _) => true,
            })
            .collect()
    }

    /// The words that show the customer feels misunderstood ("I already told you", "that's
    /// not what I asked"), or a question asked again after the agent answered.
    fn misunderstanding(&self) -> Option<String> {
        for t in self.fresh.iter().filter(|t| t.role == Role::Customer) {
            let low = fold(&t.text);
            if let Some(p) = MISUNDERSTOOD.iter().find(|p| has_any(&low, &[p])) {
                return Some(format!("\"{p}\""));
            }
        }
        let asked_again = self.state.agent_messages > 0
            && self
                .fresh
                .iter()
                .any(|t| t.role == Role::Customer && t.repeats_question);
        asked_again.then(|| "asked the same question again".to_string())
    }

    /// Whether the customer is at most mildly annoyed: no threat, abuse or swearing, and
    /// below the hostile band.
    fn mild(&self) -> bool {
        self.state.level < 60
            && !self.fresh.iter().any(|t| {
                t.analysis.as_ref().is_some_and(|a| {
                    a.signals.iter().any(|s| {
                        matches!(
                            s.kind,
                            SignalKind::ThreatCancel
                                | SignalKind::ThreatChargeback
                                | SignalKind::ThreatLegal
                                | SignalKind::ThreatPublic
                                | SignalKind::DemandManager
                                | SignalKind::Profanity
                                | SignalKind::AbuseAtAgent
                                | SignalKind::Sarcasm
                        )
                    })
                })
            })
    }

    /// Whether the customer's latest messages are calm (no emotion words, no cues).
    fn fresh_calm(&self) -> bool {
        !self.fresh_negative()
            && self
                .fresh
                .iter()
                .all(|t| t.analysis.as_ref().is_none_or(|a| a.heat < 35.0))
    }
}

/// Phrases that show the customer feels misunderstood.
const MISUNDERSTOOD: &[&str] = &[
    "i already told you",
    "i already said",
    "already told you",
    "as i said",
    "like i said",
    "as i told you",
    "as i mentioned",
    "like i told you",
    "i just told you",
    "i just said",
    "i said",
    "i told you",
    "not what i asked",
    "not what i said",
    "not what i meant",
    "you're not listening",
    "you are not listening",
    "you aren't listening",
    "you're not reading",
    "read my message",
    "read what i wrote",
    "did you even read",
    "did you read",
    "you misunderstood",
    "you misunderstand",
    "that's not the problem",
    "that's not the issue",
    "you didn't answer",
    "didn't answer my question",
    "doesn't answer my question",
    "answer my question",
    "i never said",
    "how many times do i have to",
    "how many times must i",
];

/// Phrases that say the problem is solved.
const SOLVED: &[&str] = &[
    "that worked",
    "it worked",
    "worked now",
    "works now",
    "working now",
    "working again",
    "all sorted",
    "sorted now",
    "that fixed it",
    "fixed it",
    "fixed now",
    "problem solved",
    "all good now",
    "it arrived",
    "just arrived",
    "has arrived",
    "came today",
    "arrived today",
    "got it now",
    "received it",
    "refund came",
    "refund has come",
    "that helped",
    "that did it",
    "that did the trick",
    "perfect, thanks",
    "perfect thanks",
];

/// Whether a folded customer message says the problem is solved.
pub(crate) fn says_solved(low: &str) -> bool {
    has_any(low, SOLVED)
}

/// The technique to use now and why, in one line.
pub(crate) fn choose(s: &Facts<'_>, config: &Config) -> (Technique, String) {
    use Technique as T;
    let st = s.state;
    let used = |t| st.used(t);
    let sit = s.situation;
    let issue = sit.issue.label();

    if st.customer_messages == 0 {
        return (
            T::Ask,
            "no message from the customer yet -> open by asking how you can help".into(),
        );
    }
    if s.fresh_has(SignalKind::AbuseAtAgent).is_some() {
        if st.abuse_count >= config.abuse_limit {
            return (
                T::Escalate,
                format!(
                    "{} abusive messages, past the limit of {} -> hand over to a supervisor",
                    st.abuse_count, config.abuse_limit
                ),
            );
        }
        return (
            T::SetBoundary,
            "abuse aimed at you -> set a boundary calmly, then return to the issue".into(),
        );
    }
    if let Some(f) = s.follow_up {
        if f.status == FollowUpStatus::Overdue {
            let late = s.now.map_or(0, |n| (n.0 - f.due.0).max(0) / 60_000);
            return (
                T::RespondNow,
                format!(
                    "you promised an update {}, now {late} min overdue -> send it now, even if it is partial",
                    f.promised
                ),
            );
        }
    }
    // Venting is anger coming out in bursts at the agent; three quick "thanks", or replies
    // to other people on a public feed, are not venting.
    let addressed = s.addressed();
    let heated = addressed
        .iter()
        .filter(|t| t.analysis.as_ref().is_some_and(super::situation::upset))
        .count();
    if let Some(burst) = st.venting.filter(|_| addressed.len() >= 3 && heated >= 1) {
        let last_at = s.fresh.last().and_then(|t| t.at);
        let paused = match (s.now, last_at) {
            (Some(now), Some(at)) => now.0 - at.0 >= VENT_PAUSE_MS,
            _ => false,
        };
        if !paused {
            let over = burst
                .span_ms
                .map(|ms| format!(" in {} s", (ms + 999) / 1000))
                .unwrap_or_default();
            return (
                T::Listen,
                format!(
                    "{} messages in a row{over} -> let them finish, then reflect back",
                    addressed.len()
                ),
            );
        }
    }
    if let Some(wait) = s.now.and_then(|n| st.wait_ms(n)) {
        if wait >= LONG_WAIT_MS {
            return (
                T::RespondNow,
                format!(
                    "waiting {} min for a reply -> answer now, even briefly",
                    wait / 60_000
                ),
            );
        }
    }
    let calm = s.fresh_calm();
    let public_threat = s.fresh_has(SignalKind::ThreatPublic);
    let upset_in_public = config.public_channel && st.level >= UPSET_LEVEL && !calm;
    if !used(T::TakePrivate) && (public_threat.is_some() || upset_in_public) {
        let why = match public_threat {
            Some(words) => format!(
                "threatens to go public (\"{words}\") -> offer to continue in private or by phone"
            ),
            None => format!(
                "upset about the {issue} on a public channel -> move the details to a private message"
            ),
        };
        return (T::TakePrivate, why);
    }
    if s.fresh_has(SignalKind::ThreatLegal).is_some() && !used(T::Escalate) {
        return (
            T::Escalate,
            "legal threat -> involve a supervisor; don't argue the point".into(),
        );
    }
    if let Some(words) = s.fresh_has(SignalKind::DemandManager) {
        let again = s.recent_count(SignalKind::DemandManager) >= 2;
        if again || st.level >= 60 || used(T::Propose) {
            return (
                T::Escalate,
                format!("asks for a manager (\"{words}\") and is still upset -> hand over with a full summary"),
            );
        }
        return (
            T::Propose,
            format!("asks for a manager (\"{words}\") -> show you can fix it now; offer the handover if not"),
        );
    }
    if let Some(words) = s.misunderstanding() {
        return (
            T::Clarify,
            format!("feels misunderstood ({words}) -> restate what you know, without excuses"),
        );
    }
    let grateful = s.fresh_has(SignalKind::Gratitude).is_some();
    let solved = s
        .fresh
        .iter()
        .rev()
        .find(|t| t.role == Role::Customer)
        .is_some_and(|t| says_solved(&fold(&t.text)));
    if sit.issue == IssueType::Thanks || (calm && (solved || (grateful && st.agent_messages > 0))) {
        if !used(T::ThankAndClose) || sit.issue == IssueType::Thanks {
            return (
                T::ThankAndClose,
                "thanks, nothing left to fix -> a warm close".into(),
            );
        }
        if !used(T::InviteFeedback) {
            return (
                T::InviteFeedback,
                "calm and wrapped up -> ask how the handling went".into(),
            );
        }
    }
    if sit.general_question && s.mild() {
        return (
            T::Answer,
            format!("a question about the {issue} you can answer -> answer it, or give the next step towards the answer"),
        );
    }
    let company_fault = sit.fault == Fault::Company;
    let rising = st.trend == Trend::Rising && st.level >= UPSET_LEVEL;
    let angry = (st.level >= ANGRY_LEVEL || rising) && !calm;
    if angry && !used(T::Apologize) && !used(T::Acknowledge) {
        let how = if rising { "anger rising" } else { "angry" };
        if company_fault || sit.repeat_contact {
            return (
                T::Apologize,
                format!(
                    "{how} about the {issue}, no apology yet -> apologize and name the problem"
                ),
            );
        }
        return (
            T::Acknowledge,
            format!(
                "{how} about the {issue}, not clearly our fault -> acknowledge the impact without owning it"
            ),
        );
    }
    let compromise = [SignalKind::ThreatCancel, SignalKind::ThreatChargeback]
        .into_iter()
        .find_map(|k| s.fresh_has(k).map(|w| (k, w)));
    if let Some((kind, words)) = compromise {
        if !config.remedies.is_empty() && !used(T::OfferRemedy) {
            return (
                T::OfferRemedy,
                format!(
                    "{} (\"{words}\") -> offer something back from your remedies",
                    kind.label()
                ),
            );
        }
        return (
            T::Propose,
            format!(
                "{} (\"{words}\") -> a concrete next step keeps them",
                kind.label()
            ),
        );
    }
    let still_upset = st.level >= ANGRY_LEVEL && used(T::Apologize) && used(T::Propose);
    if still_upset && !config.remedies.is_empty() && !used(T::OfferRemedy) {
        return (
            T::OfferRemedy,
            "still upset after an apology and a plan -> offer something back".into(),
        );
    }
    let calm_streak = st.calm_streak >= CALM_TURNS && st.agent_messages > 0;
    if st.level < ANGRY_LEVEL && calm_streak {
        if !used(T::ThankAndClose) {
            return (
                T::ThankAndClose,
                format!(
                    "calmer for {} turn{} -> thank them, confirm the next step, follow up {}",
                    st.calm_streak,
                    if st.calm_streak == 1 { "" } else { "s" },
                    follow_up_phrase(config.follow_up_minutes)
                ),
            );
        }
        if !used(T::InviteFeedback) {
            return (
                T::InviteFeedback,
                "calm and wrapped up -> ask how the handling went".into(),
            );
        }
    }
    if st.level >= UPSET_LEVEL
        && s.fresh_negative()
        && !used(T::Acknowledge)
        && (s.mirrored || !used(T::Apologize))
    {
        return (
            T::Acknowledge,
            format!("upset about the {issue} -> name the problem before solving it"),
        );
    }
    let upset_now = s.fresh_negative() && st.level >= UPSET_LEVEL;
    if let Some(detail) = sit.missing.first().filter(|_| !upset_now) {
        let detail = serde_key(*detail);
        return (
            T::Ask,
            format!("the {issue} case needs the {detail} -> ask for it, one question"),
        );
    }
    if sit.issue == IssueType::Other && !used(T::Ask) && !s.mirrored {
        return (
            T::Ask,
            "what went wrong is still unclear -> ask one specific question".into(),
        );
    }
    if !used(T::Propose) {
        return (
            T::Propose,
            format!(
                "the {issue} problem is clear -> propose a next step and a time ({})",
                follow_up_phrase(config.follow_up_minutes)
            ),
        );
    }
    (
        T::Propose,
        "keep it moving -> confirm the next step and when they will hear from you".into(),
    )
}

/// A detail's name in words ("order number").
fn serde_key(detail: super::situation::Detail) -> &'static str {
    use super::situation::Detail as D;
    match detail {
        D::OrderNumber => "order number",
        D::Product => "product",
        D::Device => "device",
        D::AppVersion => "app version",
        D::ErrorText => "exact error",
        D::AccountEmail => "account email",
        D::HowLong => "how long",
    }
}

/// The latest follow-up the agent promised ("I'll get back to you within the hour") and
/// whether it was kept, as of `now`.
pub(crate) fn follow_up(recent: &[Turn], now: Option<Millis>) -> Option<FollowUp> {
    let (i, minutes, at) = recent.iter().enumerate().rev().find_map(|(i, t)| {
        if t.role != Role::Agent {
            return None;
        }
        Some((i, promised_minutes(&t.text)?, t.at?))
    })?;
    let due = Millis(at.0 + i64::from(minutes) * 60_000);
    let answered = recent[i + 1..]
        .iter()
        .find(|t| t.role == Role::Agent)
        .and_then(|t| t.at);
    let status = match (answered, now) {
        (Some(a), _) if a <= due => FollowUpStatus::Kept,
        (Some(_), _) => FollowUpStatus::Late,
        (None, Some(n)) if n > due => FollowUpStatus::Overdue,
        (None, _) => FollowUpStatus::Pending,
    };
    Some(FollowUp {
        promised: follow_up_phrase(minutes),
        due,
        status,
    })
}

/// Minutes promised in an agent message ("within the hour", "in 30 minutes", "within 2
/// hours"), when the message promises to come back.
fn promised_minutes(text: &str) -> Option<u32> {
    let lower = text.to_ascii_lowercase();
    let promise = [
        "get back",
        "update you",
        "follow up",
        "back to you",
        "i'll",
        "i will",
        "we'll",
        "we will",
        "hear from",
    ]
    .iter()
    .any(|p| lower.contains(p));
    if !promise {
        return None;
    }
    for (phrase, minutes) in [
        ("within the hour", 60),
        ("within an hour", 60),
        ("in an hour", 60),
        ("within half an hour", 30),
        ("in half an hour", 30),
        ("by tomorrow", 1440),
        ("within a day", 1440),
        ("within 24 hours", 1440),
    ] {
        if lower.contains(phrase) {
            return Some(minutes);
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).find_map(|w| {
        if !is_one_of(w[0], "in within") {
            return None;
        }
        let number = "a=1 an=1 one=1 two=2 three=3 five=5 ten=10 fifteen=15 thirty=30";
        let n: u32 = lookup(w[1], number).unwrap_or(w[1]).parse().ok()?;
        let units = "minute=1 minutes=1 min=1 mins=1 hour=60 hours=60 hr=60 hrs=60 day=1440 \
            days=1440";
        let unit: u32 = lookup(w[2], units)?.parse().ok()?;
        Some(n.saturating_mul(unit)).filter(|m| *m > 0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn promises_are_read() {
        assert_eq!(
            promised_minutes("I'll get back to you within the hour."),
            Some(60)
        );
        assert_eq!(
            promised_minutes("I will update you in 30 minutes"),
            Some(30)
        );
        assert_eq!(
            promised_minutes("We'll have news within 2 hours"),
            Some(120)
        );
        assert_eq!(promised_minutes("Orders ship within 2 days"), None);
        assert_eq!(promised_minutes("Thanks for waiting"), None);
    }
}
