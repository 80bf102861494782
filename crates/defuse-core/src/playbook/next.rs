//! Choosing the next technique, with a one-line why, from the conversation's state; and the
//! check that a promised follow-up was kept.

use crate::conversation::{Millis, Role, State, Turn};
use crate::list::{list, List};
use crate::signal::SignalKind;
use crate::technique::Technique;
use crate::text::Search;
use crate::text::{is_one_of, lookup};

use super::config::{follow_up_phrase, Config};
use super::evidence;
use super::situation::{fold, Channel, Fault, IssueType, Request, Situation};
use super::{FollowUp, FollowUpStatus};

/// How long an unanswered customer may wait before the advice is to reply at once.
const LONG_WAIT_MS: i64 = 2 * 60_000;
/// A venting burst is over once the customer has paused this long: time to reply.
const VENT_PAUSE_MS: i64 = 30_000;
/// Level from which a customer on a public channel counts as upset enough to move the
/// conversation to a private one.
const PUBLIC_UPSET_LEVEL: u8 = 35;

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
                .then(|| fold(crate::text::trim_end_any(first, b":,")))
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
        // A misunderstanding is between the customer and the agent: none before the agent
        // has written ("I already told you" in a first message is about an earlier contact).
        if self.state.agent_messages == 0 {
            return None;
        }
        for t in self.fresh.iter().filter(|t| t.role == Role::Customer) {
            let low = fold(&t.text);
            if let Some(p) = evidence::misunderstood(&low) {
                return Some(format!("\"{p}\""));
            }
        }
        // "How about the passenger seat?" after an answer asks about something new.
        let asked_again = self.fresh.iter().any(|t| {
            t.role == Role::Customer
                && t.repeats_question
                && !super::situation::has_any(&fold(&t.text), evidence::FOLLOW_ON)
        });
        asked_again.then(|| "asked the same question again".to_string())
    }

    /// Whether the customer is at most mildly annoyed: frustration is fine; anger, a
    /// threat, swearing, sarcasm or shouting is not.
    fn mild(&self) -> bool {
        self.state.level < 60
            && !self.fresh.iter().any(|t| {
                t.analysis
                    .as_ref()
                    .is_some_and(|a| a.signals.iter().any(|s| s.kind.is_hostile()))
            })
    }

    /// Whether the customer is upset now: anger, frustration or disappointment in their
    /// words, an escalation cue, a serious accusation (heated at most when said flatly:
    /// fraud, data sold, a hazard), or a hostile level. A calm report of a problem ("my parcel
    /// never arrived") is not upset, however negative its words.
    fn upset_now(&self) -> bool {
        let cancelling = self.situation.asked_for == Request::Cancel;
        let says_so = self
            .fresh
            .iter()
            .any(|t| t.role == Role::Customer && evidence::feels_upset(&fold(&t.text)));
        // A private chat's complaint without hostility tops out heated (`heat::ceiling`).
        let hostile_at = if self.situation.channel == Channel::Public {
            60
        } else {
            40
        };
        self.state.level >= hostile_at
            || says_so
            || self.fresh.iter().any(|t| {
                t.analysis.as_ref().is_some_and(|a| {
                    a.signals.iter().any(|s| {
                        !(cancelling && s.kind == SignalKind::ThreatCancel)
                            && matches!(
                                s.kind,
                                SignalKind::Anger
                                    | SignalKind::Frustration
                                    | SignalKind::Disappointment
                                    | SignalKind::EmojiNegative
                                    | SignalKind::ThreatCancel
                                    | SignalKind::ThreatChargeback
                                    | SignalKind::ThreatLegal
                                    | SignalKind::ThreatPublic
                                    | SignalKind::DemandManager
                                    | SignalKind::Profanity
                                    | SignalKind::AbuseAtAgent
                                    | SignalKind::Shouting
                                    | SignalKind::Exclamation
                                    | SignalKind::Sarcasm
                                    | SignalKind::Accusation
                            )
                    })
                })
            })
    }

    /// The folded text of the latest customer message.
    fn latest(&self) -> String {
        self.fresh
            .iter()
            .rev()
            .find(|t| t.role == Role::Customer)
            .map(|t| fold(&t.text))
            .unwrap_or_default()
    }

    /// Whether any fresh customer message shows gratitude.
    fn grateful(&self) -> bool {
        self.fresh_has(SignalKind::Gratitude).is_some()
    }
}

/// The technique to use now and why, in one line. The order is the one an experienced
/// team lead applies: abuse, then escalation, venting, a wait, thanks, a misunderstanding,
/// a question to answer, a public complaint, apology or acknowledgement, an offer, a
/// question to ask, a proposal.
pub(crate) fn choose(s: &Facts<'_>, config: &Config) -> (Technique, String) {
    use Technique as T;
    let st = s.state;
    let used = |t| st.used(t);
    let sit = s.situation;
    let issue = match sit.issue {
        IssueType::Other => "problem",
        other => other.label(),
    };
    let latest = s.latest();

    if st.customer_messages == 0 {
        return (
            T::Ask,
            "no message from the customer yet -> open by asking how you can help".into(),
        );
    }
    // On a public feed, a first post's "you" is the brand: abuse is at the agent only once
    // the agent has answered.
    let at_agent = !config.public_channel || st.agent_messages > 0;
    // Before the agent has written, a customer chasing the same problem again ("third time
    // I'm explaining this to you clueless people") insults those who failed them before:
    // that is owed an apology first, not a boundary.
    let chasing_first = st.agent_messages == 0 && s.situation.repeat_contact;
    let abusive = at_agent
        && !chasing_first
        && (s.fresh_has(SignalKind::AbuseAtAgent).is_some() || evidence::insults_agent(&latest));
    // A first insult thrown because the agent missed what they said ("are you an idiot? I
    // said the BACK door") is answered by owning the miss; a boundary if it goes on.
    let misread = (abusive && st.abuse_count <= 1 && !used(T::SetBoundary))
        .then(|| s.misunderstanding())
        .flatten();
    if let Some(words) = misread {
        return (
            T::Clarify,
            format!("lashes out after being misread ({words}) -> own the miss and restate; set a boundary if it goes on"),
        );
    }
    if abusive {
        if st.abuse_count >= config.abuse_limit {
            return (
                T::Escalate,
                format!(
                    "{} abusive messages, past the limit of {} -> hand over to a supervisor",
                    st.abuse_count, config.abuse_limit
                ),
            );
        }
        if used(T::SetBoundary) {
            return (
                T::Escalate,
                "abuse aimed at you after a boundary was set -> hand over to a supervisor".into(),
            );
        }
        return (
            T::SetBoundary,
            "abuse aimed at you -> set a boundary calmly, then return to the issue".into(),
        );
    }
    let legal =
        s.fresh_has(SignalKind::ThreatLegal).is_some() || evidence::formal_complaint(&latest);
    if legal && !used(T::Escalate) {
        return (
            T::Escalate,
            "a legal threat or a formal complaint -> involve a supervisor; don't argue the point"
                .into(),
        );
    }
    // On a public post with no details yet, a supervisor promised "now" has nothing to pick
    // up: the case reference comes first, by DM.
    let manager =
        s.fresh_has(SignalKind::DemandManager).is_some() || sit.asked_for == Request::Escalation;
    if manager && config.public_channel && st.agent_messages == 0 && sit.known.is_empty() {
        return (
            T::TakePrivate,
            "wants it escalated, in public, no details yet -> the case reference by DM first"
                .into(),
        );
    }
    if let Some(words) = s.fresh_has(SignalKind::DemandManager) {
        let again = s.recent_count(SignalKind::DemandManager) >= 2;
        if (again || st.agent_messages > 0 || st.level >= 60)
            && s.misunderstanding().is_none()
            // "I want the manager to know how I was treated": passed on, not handed over.
            && !super::wants::passes_on(&latest)
        {
            return (
                T::Escalate,
                format!("asks for a manager (\"{words}\") after your answers -> hand over with a full summary"),
            );
        }
    }
    if let Some(words) = s.fresh_has(SignalKind::DemandManager) {
        if s.misunderstanding().is_none() {
            return (
                T::Propose,
                format!("asks for a manager (\"{words}\") -> show you can fix it now; offer the handover if not"),
            );
        }
    }
    // Venting is anger coming out in a burst at the agent: quick thanks, or replies to
    // other people on a public feed, are not venting.
    let addressed = s.addressed();
    let heated = addressed
        .iter()
        .filter(|t| t.analysis.as_ref().is_some_and(super::situation::upset))
        .count();
    let venting = addressed.len() >= 3 && !s.grateful() && (heated >= 1 || addressed.len() >= 4);
    if let Some(burst) = st.venting.filter(|_| venting) {
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
    // "Still there?" after the agent said "one moment" or promised an update.
    let promised = s
        .recent
        .iter()
        .rev()
        .find(|t| t.role == Role::Agent)
        .is_some_and(|t| evidence::agent_promised(&fold(&t.text)));
    if promised && evidence::nudges(&latest) {
        return (
            T::RespondNow,
            "they are chasing the update you promised -> send it now, even if it is partial".into(),
        );
    }
    let upset = s.upset_now();
    // Settled since our reply in words no fix phrase knows ("they gave us a credit").
    let solved = evidence::says_solved(&latest)
        || evidence::thanks_for_a_fix(&latest, s.grateful())
        || st.agent_messages > 0 && super::situation::settled(&latest);
    // A short thank-you ("THANK YOU!!!") is thanks, however loud.
    let words: Vec<&str> = latest
        .split_whitespace()
        .filter(|w| !w.starts_with('@'))
        .collect();
    let short_thanks = words.len() <= 5 && words.first().is_some_and(|w| w.starts_with("thank"));
    let trying = st.agent_messages > 0 && evidence::will_try(&latest);
    // Thanks beside the number or version we asked for ("Thanks! It's order 112-3345",
    // "13.1 on Sonoma 14.2, thanks", "thanks, DMed you the VIN") is politeness: the case goes on.
    let asked_before = used(T::Ask) || used(T::TakePrivate);
    let answers = asked_before
        && (latest.bytes().filter(u8::is_ascii_digit).count() > 2
            || super::situation::has_any(&latest, list!["dmed", "dm'd", "sent it", "sent you"]));
    let thanked = sit.issue == IssueType::Thanks && !answers
        || solved
        || trying
        || (short_thanks && s.grateful() || s.grateful() && st.agent_messages > 0) && !answers;
    let sarcastic =
        s.fresh_has(SignalKind::Sarcasm).is_some() || super::situation::sarcastic_thanks(&latest);
    // A thank-you beside a question or a request ("thanks, what happens to those now?") is
    // politeness: the open ask is taken up first.
    let open = super::wants::open_ask(&latest);
    let agent_last = s
        .recent
        .iter()
        .rev()
        .find(|t| t.role == Role::Agent)
        .map(|t| fold(&t.text))
        .unwrap_or_default();
    // Their email address or phone number in a public post: out of sight and on to a DM
    // first, whatever else the post needs.
    if let Some(detail) = config
        .public_channel
        .then(|| evidence::exposed(&latest))
        .flatten()
    {
        return (
            T::TakePrivate,
            format!(
                "their {detail} is in a public post -> ask them to delete it and send it by DM"
            ),
        );
    }
    // "oh great, i didn't know that. yes please send the label": a plain yes is no sarcasm.
    let plain_yes = super::situation::has_any(&latest, list!["yes please", "yes, please"]);
    if (!sarcastic || plain_yes) && super::wants::accepts(&latest, &agent_last) {
        return (
            T::Propose,
            "they accept what you offered -> do it and confirm when it's done".into(),
        );
    }
    if thanked && !open && !sarcastic && !sit.general_question && s.misunderstanding().is_none() {
        let wrapped_up = s
            .recent
            .iter()
            .rev()
            .find(|t| t.role == Role::Agent)
            .is_some_and(|t| t.techniques.iter().any(|u| u.technique == T::ThankAndClose))
            && !sit.repeat_contact;
        if !wrapped_up || used(T::InviteFeedback) {
            return (
                T::ThankAndClose,
                "thanks, nothing left to fix -> a warm close".into(),
            );
        }
        {
            return (
                T::InviteFeedback,
                "you already thanked them and they sign off -> ask how the handling went".into(),
            );
        }
    }
    if let Some(words) = s.misunderstanding() {
        return (
            T::Clarify,
            format!("feels misunderstood ({words}) -> restate what you know, without excuses"),
        );
    }
    if evidence::asks_where_passed(&latest, &agent_last) {
        return (
            T::Clarify,
            "asks who it was passed to -> say who has it and what happens next".into(),
        );
    }
    if let Some(words) = SENT_ALREADY
        .iter()
        .find(|p| asked_before && crate::technique::find_phrase(&latest, p).is_some())
    {
        return (
            T::Clarify,
            format!("says they already sent it (\"{words}\") -> own the miss, don't ask again"),
        );
    }
    // "What more do you need?" after our reply is no question to look into.
    if st.agent_messages > 0 && super::situation::has_any(&latest, evidence::WHAT_MORE) {
        return (
            T::Clarify,
            "asks what more we need -> say exactly what, or that we have it, and go on".into(),
        );
    }
    let wants_action = matches!(
        sit.asked_for,
        Request::Refund | Request::Cancel | Request::Replacement
    );
    // A question asked in frustration gets its answer, with a short acknowledgement in
    // the reply (support leads: the answer is what calms a frustrated how-to); only a
    // hostile one (anger, threats, swearing, shouting) is acknowledged first.
    // "how to add a second device?" is a how-to however the question reads; with a
    // booking or their account named it is about their own case.
    let how_to = sit.issue == IssueType::HowTo
        && latest.contains_str("how to")
        && !super::situation::has_any(&latest, list!["my account", "booking", "solve it"]);
    if (sit.general_question || how_to)
        && s.mild()
        && !(wants_action
            && sit.missing.is_empty()
            && st.agent_messages == 0
            && !latest.contains_str("how do"))
    {
        return (
            T::Answer,
            format!("a question about the {issue} you can answer -> answer it, or give the next step towards the answer"),
        );
    }
    // They said what they want (a refund, a cancellation): say how it happens, with the
    // apology in the reply when it is on us, rather than asking what they want.
    let owed_now = sit.fault == Fault::Company
        && sit.missing.is_empty()
        && matches!(sit.asked_for, Request::Refund | Request::Replacement);
    let says_what = super::situation::has_any(&latest, WANTS);
    if wants_action
        && says_what
        && !used(T::Propose)
        && !used(T::OfferRemedy)
        && (!owed_now || config.remedies.is_empty())
    {
        return (
            T::Propose,
            format!(
                "asks for a {} -> say how you'll do it and what you need for it",
                match sit.asked_for {
                    Request::Refund => "refund",
                    Request::Cancel => "cancellation",
                    _ => "replacement",
                }
            ),
        );
    }
    let public_threat = s.fresh_has(SignalKind::ThreatPublic);
    let needs_details = !sit.missing.is_empty()
        || matches!(
            sit.issue,
            IssueType::AccountAccess
                | IssueType::Billing
                | IssueType::Privacy
                | IssueType::RefundStatus
        );
    let staff = crate::playbook::situation::has_any(
        &latest,
        list![
            "staff",
            "cashier",
            "rude",
            "shouted at",
            "employee",
            "manager at",
        ],
    );
    // A public complaint the brand has not answered yet: the details move to a DM, with an
    // apology when it is the company's fault. A rule or price complaint needs no details.
    let complaint = needs_details
        || staff
        || matches!(
            sit.fault,
            Fault::Company | Fault::Unknown | Fault::ThirdParty
        ) && sit.issue != IssueType::PolicyComplaint;
    // Something found in food, however calmly posted, is a case to take to a DM; so is a
    // DM that won't open, by another private way. Details already sent by DM are there.
    let upset_in_public = config.public_channel
        && (upset
            || st.level >= PUBLIC_UPSET_LEVEL
            || sit.fault == Fault::Company
            || sit.notes.contains(&super::Note::FoodHarm)
            || super::situation::dm_fails(&latest))
        && complaint
        && !sit.general_question
        && !sit.sent_privately;
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
    let company_fault = sit.fault == Fault::Company;
    // Chasing a company fault again is reason enough to apologize, and so is a delay of
    // ours told plainly, however calmly ("it arrived 10 days late and I needed it for a
    // birthday"): owned with a sorry, not met with a question.
    let chasing = company_fault
        && (sit.repeat_contact || sit.issue == IssueType::DeliveryLate && st.level >= 20);
    if (upset || chasing) && !used(T::Apologize) && !used(T::Acknowledge) {
        if company_fault {
            return (
                T::Apologize,
                format!("upset about the {issue}, on us, no apology yet -> apologize and name the problem"),
            );
        }
        return (
            T::Acknowledge,
            format!(
                "upset about the {issue}, not clearly our fault -> acknowledge the impact without owning it"
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
    if upset && s.mirrored && !used(T::Acknowledge) {
        return (
            T::Acknowledge,
            format!(
                "still upset about the {issue} -> reflect it back in their words before solving"
            ),
        );
    }
    if sit.issue == IssueType::PolicyComplaint && !used(T::Acknowledge) && !used(T::Apologize) {
        return (
            T::Acknowledge,
            "a complaint about a rule, price or feature -> acknowledge the impact, don't own a fault"
                .into(),
        );
    }
    let owed = company_fault
        && sit.missing.is_empty()
        && matches!(sit.asked_for, Request::Refund | Request::Replacement);
    if owed && !config.remedies.is_empty() && !used(T::OfferRemedy) {
        return (
            T::OfferRemedy,
            "owed a refund or replacement and the details are known -> offer it".into(),
        );
    }
    // Once the agent has asked, the customer's next message is taken as the answer.
    // An agent's "please DM us your account number" is a question already asked.
    let asked = used(T::Ask) || used(T::TakePrivate);
    if let Some(detail) = sit.missing.first().filter(|_| !upset && !asked) {
        let detail = serde_key(*detail);
        return (
            T::Ask,
            format!("the case needs the {detail} -> ask for it, one question"),
        );
    }
    // A problem with a named part (no water, no reply) or one that is plainly on us is not
    // unclear: asking "what happened?" would show the message was not read.
    // A hazard reported is clear enough to act on.
    if sit.issue == IssueType::Other
        && !sit.notes.contains(&super::Note::Safety)
        && sit.facets.is_empty()
        && sit.fault != Fault::Company
        && !used(T::Ask)
        && !s.mirrored
        && !sit.sent_privately
        && sit.asked_for == Request::None
        && sit.request.is_none()
    {
        return (
            T::Ask,
            "what the case needs is still unclear -> ask one specific question".into(),
        );
    }
    (
        T::Propose,
        format!(
            "what the {issue} needs is clear -> say exactly what happens next and when ({})",
            follow_up_phrase(config.follow_up_minutes)
        ),
    )
}

/// How a customer says what they want done, in so many words.
const WANTS: List = list![
    "want a refund",
    "want my money back",
    "refund me",
    "give me a refund",
    "like a refund",
    "need a refund",
    "i want to cancel",
    "i'd like to cancel",
    "i would like to cancel",
    "please cancel",
    "cancel my",
    "i'm cancelling",
    "i am cancelling",
    "want a replacement",
    "like a replacement",
    "send me a new one",
    "extra one back",
    "second payment back",
];

/// What a customer says when the agent asks again for something they already sent.
const SENT_ALREADY: List = list![
    "already sent",
    "already dmed",
    "already dm'd",
    "i did send",
    "i sent it already",
    "i've sent it",
    "i have sent it",
    "sent it yesterday",
    "sent you a dm yesterday",
    "gave it already",
    "already gave",
    "already given",
    "given it",
    "literally gave",
    "gave you the details",
    "gave it to you",
    "you already have",
    "you have all",
];

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
        D::Place => "place",
        D::Time => "time",
        D::Discs => "discs",
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
    let promise = list![
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
    .any(|p| lower.contains_str(p));
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
        if lower.contains_str(phrase) {
            return Some(minutes);
        }
    }
    let words: Vec<&str> = lower
        .split(|c: char| !crate::text::is_word_char(c))
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
