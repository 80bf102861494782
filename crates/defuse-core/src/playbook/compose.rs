//! Replies composed from the situation: three ways to do the chosen technique (a short chat
//! line, a fuller and warmer one, one with the concrete next step), each naming this
//! customer's problem, asking the one detail the case needs, and promising only what the
//! agent controls.
//!
//! The sentences are in `library.rs`; this module chooses among them. Choices are seeded by
//! the conversation's text, so one conversation always gets the same replies and two
//! conversations rarely share a sentence.

use crate::technique::Technique;

use super::config::{Config, Tone};
use super::library as lib;
use super::situation::{Channel, Detail, Fault, IssueType, Request, Situation};

/// What the replies are composed from.
pub(crate) struct Scene<'a> {
    pub technique: Technique,
    pub situation: &'a Situation,
    /// The customer's name, if known.
    pub name: Option<&'a str>,
    /// The complaint restated in the agent's voice, only when it reads cleanly.
    pub mirrored: Option<&'a str>,
    pub config: &'a Config,
    /// Varies the wording between conversations (a hash of the customer's words).
    pub seed: u64,
    /// Whether the agent has written anything yet.
    pub agent_has_written: bool,
    /// The customer's messages, folded (see `situation::fold`), oldest first.
    pub texts: &'a [String],
    /// The remedy that fits, if the site owner configured any.
    pub remedy: Option<&'a str>,
    /// Whether the latest customer message says the problem is solved.
    pub solved: bool,
    /// Agent messages so far (recent ones), lowercased: stock phrases in them are not
    /// suggested again.
    pub agent_said: &'a [String],
    /// Whether the agent already asked for the case's details (a question or a DM request):
    /// the customer's next message is taken as the answer, not asked for again.
    pub asked: bool,
}

/// The three shapes of a reply.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// One or two sentences, chat length.
    Short,
    /// Fuller and warmer: the impact acknowledged, the name used.
    Warm,
    /// With the concrete next step and what happens after it.
    Step,
}

impl Scene<'_> {
    /// Picks one of `pool`, varied by the conversation and by `salt` (one per slot, so the
    /// slots of one reply vary independently).
    fn pick<'p>(&self, pool: &'p [&'p str], salt: u64) -> &'p str {
        if pool.is_empty() {
            return "";
        }
        let mut h = self.seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= h >> 31;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^= h >> 29;
        let start = (h % pool.len() as u64) as usize;
        // The first wording, from the seeded start, that repeats no stock phrase the agent
        // already used (a customer notices the script).
        (0..pool.len())
            .map(|k| pool[(start + k) % pool.len()])
            .find(|text| !super::reply::repeats_agent(text, self.agent_said))
            .unwrap_or(pool[start])
    }

    fn public(&self) -> bool {
        self.situation.channel == Channel::Public
    }

    fn mentions(&self, phrases: &[&str]) -> bool {
        self.texts
            .iter()
            .any(|t| super::situation::has_any(t, phrases))
    }

    /// The word the customer uses for what was sent: parcel, package, delivery or order.
    fn parcel(&self) -> &'static str {
        super::subject::parcel(self.texts)
    }

    /// The problem named in plain words, or `None` when the situation cannot name it (then
    /// the replies use wording that needs no name).
    fn named(&self) -> Option<String> {
        match self.situation.issue {
            // "Sorry about your question" reads as a bot: a question or thanks needs no name.
            IssueType::HowTo | IssueType::Thanks => None,
            // "Sorry about your refund" to someone asking for one: the refund is the request,
            // not the problem.
            IssueType::RefundStatus
                if self.situation.asked_for == Request::Refund && !self.waiting() =>
            {
                None
            }
            _ => super::subject::name(self.situation, self.texts, self.seed),
        }
    }

    /// Whether the latest customer message says they already sent what was asked.
    fn says_sent(&self) -> bool {
        self.asked
            && self.texts.last().is_some_and(|t| {
                super::situation::has_any(
                    t,
                    &[
                        "already sent",
                        "i sent",
                        "sent it",
                        "sent you",
                        "sent a dm",
                        "dm'd",
                        "dmed",
                        "check your dm",
                        "check your dms",
                        "i did",
                        "i have sent",
                        "i've sent",
                    ],
                )
            })
    }

    /// The missing detail as a noun phrase ("your order number"), or a general request for
    /// the story when nothing specific is missing.
    fn details(&self, salt: u64) -> String {
        let s = self.situation;
        let missing = &s.missing;
        let phrase: &[&str] = match missing.first() {
            Some(Detail::OrderNumber) if s.issue == IssueType::Billing => lib::DETAIL_CHARGE,
            Some(Detail::OrderNumber) => lib::DETAIL_ORDER,
            Some(Detail::AccountEmail) => lib::DETAIL_EMAIL,
            Some(Detail::Device | Detail::AppVersion) => lib::DETAIL_DEVICE,
            Some(Detail::ErrorText) => lib::DETAIL_ERROR,
            Some(Detail::Product) => lib::DETAIL_PRODUCT,
            Some(Detail::HowLong) | None => match s.issue {
                IssueType::OutageError => lib::DETAIL_OUTAGE,
                IssueType::AccountAccess
                | IssueType::Billing
                | IssueType::Cancellation
                | IssueType::Privacy => lib::DETAIL_EMAIL,
                IssueType::RefundStatus
                | IssueType::DeliveryLate
                | IssueType::DeliveryMissing
                | IssueType::DeliveryDamaged => lib::DETAIL_ORDER,
                IssueType::ProductBug => lib::DETAIL_DEVICE,
                _ => lib::DETAIL_STORY,
            },
        };
        self.pick(phrase, salt).to_string()
    }

    /// The one question the case needs now in a private chat, if a detail is missing.
    fn question(&self, salt: u64) -> Option<String> {
        let missing = &self.situation.missing;
        let first = *missing.first()?;
        let device_and_version =
            missing.contains(&Detail::Device) && missing.contains(&Detail::AppVersion);
        let pool = match first {
            Detail::OrderNumber if self.situation.issue == IssueType::Billing => lib::ASK_CHARGE,
            Detail::OrderNumber => lib::ASK_ORDER,
            Detail::AccountEmail => lib::ASK_EMAIL,
            Detail::Device | Detail::AppVersion if device_and_version => lib::ASK_DEVICE_VERSION,
            Detail::Device => lib::ASK_DEVICE,
            Detail::AppVersion => lib::ASK_VERSION,
            Detail::ErrorText => lib::ASK_ERROR,
            Detail::Product => lib::ASK_PRODUCT,
            Detail::HowLong => lib::ASK_HOW_LONG,
        };
        Some(self.pick(pool, salt).to_string())
    }

    /// What the agent will do for this issue, as a clause after "I'll" or "we'll" ("check
    /// where your parcel is"): a check, never an outcome.
    fn action(&self, salt: u64) -> String {
        let s = self.situation;
        let pool = match s.issue {
            IssueType::AccountAccess => lib::ACT_ACCOUNT,
            IssueType::Billing => lib::ACT_BILLING,
            IssueType::RefundStatus if s.asked_for == Request::Refund && !self.waiting() => {
                lib::ACT_REFUND_WANTED
            }
            IssueType::RefundStatus => lib::ACT_REFUND,
            _ if s.asked_for == Request::Refund => lib::ACT_REFUND_WANTED,
            IssueType::DeliveryLate | IssueType::DeliveryMissing => lib::ACT_DELIVERY,
            IssueType::DeliveryDamaged => lib::ACT_DAMAGED,
            IssueType::OutageError => lib::ACT_OUTAGE,
            IssueType::ProductBug => lib::ACT_BUG,
            IssueType::PolicyComplaint => lib::ACT_POLICY,
            IssueType::Cancellation => lib::ACT_CANCEL,
            IssueType::Privacy
                if self.mentions(&["spam", "emails", "marketing", "unsubscribe"]) =>
            {
                lib::ACT_SPAM
            }
            IssueType::Privacy => lib::ACT_PRIVACY,
            IssueType::HowTo | IssueType::Thanks | IssueType::Other => lib::ACT_OTHER,
        };
        self.pick(pool, salt).replace("{parcel}", self.parcel())
    }

    /// Whether the customer is waiting on a refund already promised, rather than asking for
    /// one.
    fn waiting(&self) -> bool {
        self.mentions(&[
            "still waiting",
            "still not",
            "haven't received",
            "haven't got",
            "not received",
            "where is my refund",
            "where's my refund",
            "still no",
            "yet to",
            "weeks",
            "days",
        ])
    }

    /// The request to move to a direct message, naming the exact detail and what happens
    /// once it arrives.
    fn dm(&self, salt: u64) -> String {
        self.pick(lib::DM, salt)
            .replace("{details}", &self.details(salt + 1))
            .replace("{action}", &self.action(salt + 2))
    }

    /// The same, in two sentences: the detail, then what will be checked once it arrives.
    fn dm_step(&self, salt: u64) -> String {
        self.pick(lib::DM_STEP, salt)
            .replace("{details}", &self.details(salt + 1))
            .replace("{action}", &self.action(salt + 2))
    }

    /// A step the customer can take now, when there is an honest one for the issue.
    fn tip(&self, salt: u64) -> Option<String> {
        let pool: &[&str] = match self.situation.issue {
            IssueType::AccountAccess if self.mentions(&["hacked", "someone else", "not me"]) => {
                lib::TIP_HACKED
            }
            IssueType::AccountAccess if self.mentions(&["code", "2fa", "verification"]) => {
                lib::TIP_CODE
            }
            IssueType::AccountAccess
                if self.mentions(&["password", "sign in", "log in", "login"]) =>
            {
                lib::TIP_ACCOUNT
            }
            IssueType::ProductBug if self.mentions(&["app"]) => lib::TIP_BUG,
            IssueType::Billing if self.mentions(&["declined", "failed"]) => lib::TIP_DECLINED,
            _ => return None,
        };
        Some(self.pick(pool, salt).to_string())
    }

    /// The opening that fits who is at fault: an apology for the company's faults,
    /// acknowledgement of the impact for the rest; the problem named when it can be.
    fn opener(&self, subject: Option<&str>, salt: u64) -> String {
        let pool = match (self.situation.fault, subject.is_some()) {
            (Fault::Company, true) => lib::OPEN_COMPANY,
            (Fault::Company, false) => lib::OPEN_COMPANY_BARE,
            (Fault::Policy, true) => lib::OPEN_POLICY,
            (Fault::Policy, false) => lib::OPEN_POLICY_BARE,
            (Fault::Outage, true) => lib::OPEN_OUTAGE,
            (Fault::Outage, false) => lib::OPEN_OUTAGE_BARE,
            (Fault::Customer, true) => lib::OPEN_CUSTOMER,
            (Fault::Customer, false) => lib::OPEN_BARE,
            (Fault::ThirdParty, true) => lib::OPEN_THIRD_PARTY,
            (Fault::Unknown | Fault::ThirdParty, _) if subject.is_none() => lib::OPEN_BARE,
            (Fault::Unknown | Fault::ThirdParty, _) => lib::OPEN_UNKNOWN,
        };
        self.pick(pool, salt)
            .replace("{subject}", subject.unwrap_or_default())
    }

    /// One sentence on what the problem costs the customer, when the problem is known.
    fn impact(&self, salt: u64) -> Option<String> {
        let pool = match self.situation.issue {
            IssueType::AccountAccess => lib::IMPACT_ACCOUNT,
            IssueType::Billing => lib::IMPACT_BILLING,
            IssueType::RefundStatus if self.waiting() => lib::IMPACT_REFUND,
            IssueType::DeliveryLate => lib::IMPACT_LATE,
            IssueType::DeliveryMissing => lib::IMPACT_MISSING,
            IssueType::DeliveryDamaged => lib::IMPACT_DAMAGED,
            IssueType::OutageError => lib::IMPACT_OUTAGE,
            IssueType::ProductBug => lib::IMPACT_BUG,
            IssueType::PolicyComplaint => lib::IMPACT_POLICY,
            IssueType::Cancellation => lib::IMPACT_CANCEL,
            IssueType::Privacy => lib::IMPACT_PRIVACY,
            _ => return None,
        };
        Some(self.pick(pool, salt).replace("{parcel}", self.parcel()))
    }

    /// "Sorry you've had to chase this": said when they contacted us before.
    fn chased(&self, salt: u64) -> Option<&'static str> {
        if !self.situation.repeat_contact {
            return None;
        }
        let pool = if self.situation.fault == Fault::Company {
            lib::CHASED_SORRY
        } else {
            lib::CHASED_THANKS
        };
        Some(self.pick(pool, salt))
    }

    /// "Hi Dana," for the warm shape, or nothing.
    fn greeting(&self, salt: u64) -> String {
        match self.name {
            Some(name) => self.pick(lib::GREET_NAME, salt).replace("{name}", name),
            None => String::new(),
        }
    }

    /// Whether the agent has what it needs to act: nothing missing, and either a detail
    /// given or an exchange already under way. Only then may a reply promise an update time.
    fn has_details(&self) -> bool {
        self.situation.missing.is_empty()
            && (self.agent_has_written || !self.situation.known.is_empty())
    }

    /// The concrete next step for the channel: the detail by DM on a public channel, the one
    /// question in a chat, else what the agent does now.
    fn next_move(&self, salt: u64) -> String {
        if self.says_sent() {
            if self.public() {
                return self
                    .pick(lib::GOT_IT, salt)
                    .replace("{action}", &self.action(salt + 1));
            }
            // Never ask again for what they say they sent.
            return self.plan(salt);
        }
        if self.public() {
            if self.situation.issue == IssueType::PolicyComplaint {
                return self.pick(lib::PROMISE_POLICY, salt).to_string();
            }
            return self.dm(salt);
        }
        match self.question(salt) {
            Some(q) => {
                let plan = self
                    .pick(lib::PLAN_NEEDS, salt + 1)
                    .replace("{action}", &self.action(salt + 2));
                [q, plan].join(" ")
            }
            None => self.plan(salt),
        }
    }

    /// What the agent does now with nothing missing: an update time only once the agent
    /// has the details; on a first message with no case to look up, the story.
    fn plan(&self, salt: u64) -> String {
        let s = self.situation;
        if s.issue == IssueType::PolicyComplaint {
            return self.pick(lib::PROMISE_POLICY, salt).to_string();
        }
        if matches!(s.issue, IssueType::Other | IssueType::HowTo) && !self.agent_has_written {
            return outcome_or_story(self, salt);
        }
        let action = self.action(salt + 1);
        let pool = if self.has_details() {
            if s.issue == IssueType::OutageError {
                lib::PLAN_OUTAGE
            } else if s.issue == IssueType::Cancellation && s.asked_for == Request::Cancel {
                lib::PLAN_CANCEL
            } else {
                lib::PLAN_NOW
            }
        } else {
            lib::PLAN_FIRST
        };
        self.pick(pool, salt)
            .replace("{action}", &action)
            .replace("{follow_up}", &self.config.follow_up_phrase())
    }
}

/// Three replies for the scene's technique, in the shapes short, warm and next step.
pub(crate) fn compose(scene: &Scene<'_>) -> [String; 3] {
    let shapes = [Shape::Short, Shape::Warm, Shape::Step];
    let subject = scene.named();
    let mut out: [String; 3] = Default::default();
    for (slot, shape) in out.iter_mut().zip(shapes) {
        let mut parts = render(scene, subject.as_deref(), shape);
        // "Hi Dana," runs into the next sentence: "Hi Dana, thanks for ...", but "Hi Dana, I ...".
        if parts.first().is_some_and(|g| g.ends_with(',')) {
            if let Some(next) = parts.get_mut(1) {
                *next = lower_first(next);
            }
        }
        *slot = finish(&parts.join(" "), scene.config.tone);
    }
    // Two shapes can meet on the same words: vary the later one with a fuller version of
    // its own step rather than show the same card twice.
    for i in 1..3 {
        if out[..i].iter().any(|o| o == &out[i]) {
            let extra = match scene.tip(40 + i as u64) {
                Some(tip) => tip,
                None => scene.pick(lib::VARIETY, 40 + i as u64).to_string(),
            };
            let text = format!("{} {extra}", out[i]);
            out[i] = finish(&text, scene.config.tone);
        }
    }
    out
}

/// The parts of one reply, as sentences.
fn render(s: &Scene<'_>, subject: Option<&str>, shape: Shape) -> Vec<String> {
    use Technique as T;
    let salt = match shape {
        Shape::Short => 100,
        Shape::Warm => 200,
        Shape::Step => 300,
    };
    let topic = subject.unwrap_or("this");
    let greeting = s.greeting(salt);
    let mut parts: Vec<String> = Vec::new();
    let mut push = |p: String| {
        if !p.trim().is_empty() {
            parts.push(p);
        }
    };
    match s.technique {
        T::Answer => {
            let answer = answer_line(s, salt + 1);
            match shape {
                Shape::Short => push(answer),
                Shape::Warm => {
                    push(greeting);
                    push(s.pick(lib::ANSWER_LEAD, salt + 2).to_string());
                    push(answer);
                }
                Shape::Step => {
                    push(answer);
                    if !s.public() {
                        push(s.pick(lib::ANSWER_MORE, salt + 3).to_string());
                    } else if let Some(tip) = s.tip(salt + 3) {
                        push(tip);
                    } else {
                        push(s.pick(lib::ANSWER_MORE_PUBLIC, salt + 3).to_string());
                    }
                }
            }
        }
        T::ThankAndClose => {
            let close = if s.situation.issue == IssueType::Thanks {
                lib::THANKS_PRAISE
            } else if s.solved || s.texts.last().is_some_and(|t| evidence_solved(t)) {
                lib::THANKS_SOLVED
            } else {
                lib::THANKS_WELCOME
            };
            let line = s
                .pick(close, salt + 1)
                .replace("{subject}", topic)
                .replace("{follow_up}", &s.config.follow_up_phrase());
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(line);
                    push(s.pick(lib::THANKS_WARM, salt + 2).to_string());
                }
                Shape::Step => {
                    push(line);
                    push(s.pick(lib::THANKS_DOOR_OPEN, salt + 3).to_string());
                }
            }
        }
        T::InviteFeedback => {
            let line = s.pick(lib::FEEDBACK, salt + 1).to_string();
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(s.pick(lib::THANKS_WARM, salt + 2).to_string());
                    push(line);
                }
                Shape::Step => {
                    push(s.pick(lib::THANKS_DOOR_OPEN, salt + 3).to_string());
                    push(line);
                }
            }
        }
        T::Listen => {
            let line = s.pick(lib::LISTEN, salt + 1).to_string();
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(line);
                    push(s.pick(lib::LISTEN_WARM, salt + 2).to_string());
                }
                Shape::Step => {
                    push(line);
                    push(s.pick(lib::LISTEN_THEN, salt + 3).to_string());
                }
            }
        }
        T::SetBoundary => {
            let line = match subject {
                Some(name) => s.pick(lib::BOUNDARY, salt + 1).replace("{subject}", name),
                None => s.pick(lib::BOUNDARY_PLAIN, salt + 1).to_string(),
            };
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(match subject {
                        Some(name) => s
                            .pick(lib::BOUNDARY_ACK, salt + 2)
                            .replace("{subject}", name),
                        None => s.pick(lib::BOUNDARY_ACK_BARE, salt + 2).to_string(),
                    });
                    push(s.pick(lib::BOUNDARY_PLAIN, salt + 1).to_string());
                }
                Shape::Step => {
                    push(line);
                    push(s.next_move(salt + 3));
                }
            }
        }
        T::Escalate => {
            let legal = s.mentions(&["lawyer", "solicitor", "attorney", "sue", "court", "legal"]);
            let line = match (legal, subject) {
                (true, _) => s.pick(lib::ESCALATE_LEGAL, salt + 1).to_string(),
                (false, Some(name)) => s.pick(lib::ESCALATE, salt + 1).replace("{subject}", name),
                (false, None) => s.pick(lib::ESCALATE_BARE, salt + 1).to_string(),
            };
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(subject, salt + 2));
                    push(line);
                }
                Shape::Step => {
                    push(line);
                    push(s.pick(lib::ESCALATE_MEANWHILE, salt + 3).to_string());
                }
            }
        }
        T::Clarify => {
            let restated = match (s.mirrored, subject) {
                (Some(m), _) => Some(
                    s.pick(lib::CLARIFY_MIRROR, salt + 1)
                        .replace("{complaint}", m),
                ),
                (None, Some(name)) => Some(
                    s.pick(lib::CLARIFY_SUBJECT, salt + 1)
                        .replace("{subject}", name),
                ),
                (None, None) => None,
            };
            let lead_pool = if s.says_sent() {
                lib::CLARIFY_SENT
            } else if s.agent_has_written {
                lib::CLARIFY_LEAD_AFTER_REPLY
            } else {
                lib::CLARIFY_LEAD
            };
            let lead = s.pick(lead_pool, salt + 2).to_string();
            // They sent it already: own the miss and get on with it, no restating.
            let restated = restated.filter(|_| !s.says_sent());
            match shape {
                Shape::Short => {
                    push(lead);
                    push(restated.unwrap_or_else(|| s.next_move(salt + 4)));
                }
                Shape::Warm => {
                    push(greeting);
                    push(lead);
                    match restated {
                        Some(r) => {
                            push(r);
                            push(s.pick(lib::CLARIFY_CHECK, salt + 3).to_string());
                        }
                        None => push(s.next_move(salt + 4)),
                    }
                }
                Shape::Step => {
                    push(lead);
                    if let Some(r) = restated {
                        push(r);
                    }
                    push(s.next_move(salt + 5));
                }
            }
        }
        T::OfferRemedy => {
            let remedy = s
                .remedy
                .unwrap_or("look at what I can offer to make up for it");
            let offer = match subject {
                Some(name) => s
                    .pick(lib::OFFER, salt + 1)
                    .replace("{remedy}", remedy)
                    .replace("{subject}", name),
                None => s
                    .pick(lib::OFFER_BARE, salt + 1)
                    .replace("{remedy}", remedy),
            };
            match shape {
                Shape::Short => push(offer),
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(subject, salt + 2));
                    push(offer);
                }
                Shape::Step => {
                    push(offer);
                    push(s.pick(lib::OFFER_CONFIRM, salt + 3).to_string());
                }
            }
        }
        T::Propose => {
            let plan = propose_line(s, salt + 1);
            match shape {
                Shape::Short => push(plan),
                Shape::Warm => {
                    push(greeting);
                    if s.situation.asked_for == Request::Cancel
                        && s.situation.fault != Fault::Company
                    {
                        push(s.pick(lib::PROPOSE_LEAD, salt + 2).to_string());
                    } else {
                        push(s.opener(subject, salt + 2));
                    }
                    push(plan);
                }
                Shape::Step => {
                    push(plan);
                    if let Some(tip) = s.tip(salt + 3) {
                        push(tip);
                    } else if let Some(impact) = s.impact(salt + 3) {
                        push(impact);
                    }
                }
            }
        }
        T::Ask => {
            let lead = match subject {
                Some(name) => s.pick(lib::ASK_LEAD, salt + 2).replace("{subject}", name),
                None => s.pick(lib::ASK_LEAD_BARE, salt + 2).to_string(),
            };
            match shape {
                Shape::Short => {
                    if s.public() {
                        push(s.dm(salt + 1));
                    } else {
                        push(lead);
                        push(
                            s.question(salt + 1)
                                .unwrap_or_else(|| outcome_or_story(s, salt + 1)),
                        );
                    }
                }
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(subject, salt + 3));
                    push(s.next_move(salt + 1));
                }
                Shape::Step => {
                    if s.public() {
                        push(s.dm_step(salt + 1));
                    } else {
                        push(s.next_move(salt + 1));
                    }
                    if let Some(tip) = s.tip(salt + 4) {
                        push(tip);
                    }
                }
            }
        }
        T::RespondNow => {
            let lead = match subject {
                Some(name) => s
                    .pick(lib::RESPOND_NOW, salt + 1)
                    .replace("{subject}", name),
                None => s.pick(lib::RESPOND_NOW_BARE, salt + 1).to_string(),
            };
            match shape {
                Shape::Short => {
                    push(lead);
                    push(s.next_move(salt + 2));
                }
                Shape::Warm => {
                    push(greeting);
                    push(lead);
                    if s.situation.fault == Fault::Company {
                        push(s.opener(subject, salt + 3));
                    } else if let Some(impact) = s.impact(salt + 3) {
                        push(impact);
                    }
                    push(s.next_move(salt + 2));
                }
                Shape::Step => {
                    push(lead);
                    push(s.next_move(salt + 2));
                    if let Some(tip) = s.tip(salt + 4) {
                        push(tip);
                    }
                }
            }
        }
        T::TakePrivate | T::Apologize | T::Acknowledge => {
            let first = match (s.technique, shape, s.mirrored) {
                // The warm apology names the problem in the customer's own (cleaned) words.
                (T::Apologize | T::TakePrivate, Shape::Warm, Some(m))
                    if s.situation.fault == Fault::Company =>
                {
                    s.pick(lib::SORRY_MIRROR, salt + 1)
                        .replace("{complaint}", m)
                }
                (T::Acknowledge, Shape::Warm, _) => acknowledge_line(s, subject, salt + 1),
                _ => s.opener(subject, salt + 1),
            };
            match shape {
                Shape::Short => {
                    push(first);
                    push(s.next_move(salt + 2));
                }
                Shape::Warm => {
                    push(greeting);
                    push(first);
                    if let Some(chased) = s.chased(salt + 3) {
                        push(chased.to_string());
                    } else if let Some(impact) = s.impact(salt + 3) {
                        push(impact);
                    }
                    push(s.next_move(salt + 2));
                }
                Shape::Step => {
                    push(first);
                    if s.public()
                        && !s.says_sent()
                        && s.situation.issue != IssueType::PolicyComplaint
                    {
                        push(s.dm_step(salt + 2));
                    } else {
                        push(s.next_move(salt + 2));
                    }
                    if let Some(tip) = s.tip(salt + 4) {
                        push(tip);
                    }
                }
            }
        }
    }
    parts
}

/// The answer to a general question; on a public channel, any account detail it needs is
/// asked for by DM instead.
fn answer_line(s: &Scene<'_>, salt: u64) -> String {
    let answer = s
        .pick(lib::answers(s.texts), salt)
        .replace("{follow_up}", &s.config.follow_up_phrase());
    if !s.public() {
        return answer;
    }
    let private = ["order", "email", "address", "postcode"];
    let mut kept: Vec<&str> = Vec::new();
    let mut dropped = String::new();
    for sentence in answer.split_inclusive(['.', '?']) {
        let asks_private = sentence.ends_with('?') && private.iter().any(|w| sentence.contains(w));
        if asks_private {
            dropped.push_str(sentence);
        } else {
            kept.push(sentence.trim());
        }
    }
    if dropped.is_empty() {
        return answer;
    }
    let details = if dropped.contains("email") {
        s.pick(lib::DETAIL_EMAIL, salt + 1)
    } else if dropped.contains("order") {
        s.pick(lib::DETAIL_ORDER, salt + 1)
    } else {
        "the details"
    };
    let dm = s
        .pick(lib::DM_ANSWER, salt + 2)
        .replace("{details}", details);
    kept.push(&dm);
    kept.join(" ")
}

/// "Here's what happens next": for a customer who already said what they want (a refund,
/// a cancellation), the agent's action, conditional on a missing detail.
fn propose_line(s: &Scene<'_>, salt: u64) -> String {
    if s.says_sent() {
        return s.next_move(salt);
    }
    let action = s.action(salt);
    let pool = if s.public() {
        lib::PLAN_PUBLIC
    } else if s.situation.missing.is_empty() {
        return s.plan(salt);
    } else {
        lib::PLAN_ASK
    };
    let question = if s.public() {
        s.details(salt + 7)
    } else {
        s.question(salt + 7).unwrap_or_default()
    };
    s.pick(pool, salt)
        .replace("{action}", &action)
        .replace("{details}", &question)
        .replace("{question}", &question)
}

/// Whether a thank-you also says the problem went away ("it just turned up, thanks").
fn evidence_solved(text: &str) -> bool {
    super::situation::has_any(
        text,
        &[
            "turned up",
            "arrived",
            "came today",
            "landed",
            "got it",
            "it worked",
            "works now",
            "working now",
            "all good",
            "sorted",
            "fixed",
            "received it",
            "in now",
            "back in",
        ],
    )
}

/// An acknowledgement naming the problem: the customer's own clause when it reads cleanly.
fn acknowledge_line(s: &Scene<'_>, subject: Option<&str>, salt: u64) -> String {
    match (s.mirrored, subject) {
        (Some(m), _) => s.pick(lib::ACK_MIRROR, salt).replace("{complaint}", m),
        (None, Some(name)) => s.pick(lib::ACK_SUBJECT, salt).replace("{subject}", name),
        (None, None) => s.opener(None, salt),
    }
}

/// With no detail missing: what they want, when that is truly unknown, else what happened.
fn outcome_or_story(s: &Scene<'_>, salt: u64) -> String {
    let pool = match (s.situation.asked_for, s.situation.issue) {
        (Request::None, IssueType::Other) if s.mirrored.is_some() => lib::ASK_OUTCOME,
        (_, IssueType::PolicyComplaint) => lib::ASK_POLICY,
        _ => lib::ASK_STORY,
    };
    s.pick(pool, salt).to_string()
}

/// The sentence with its first letter in lowercase, unless it opens with "I".
fn lower_first(sentence: &str) -> String {
    let first_word = sentence.split([' ', ',']).next().unwrap_or("");
    let keep = first_word == "I" || first_word.starts_with("I'");
    let mut chars = sentence.chars();
    match chars.next() {
        Some(c) if !keep => {
            let mut out = String::with_capacity(sentence.len());
            out.push(crate::case::lower(c));
            out.push_str(chars.as_str());
            out
        }
        _ => sentence.to_string(),
    }
}

/// Tidies the joined parts: single spaces, capitalised sentence starts, formal contractions
/// spelled out.
fn finish(text: &str, tone: Tone) -> String {
    let mut s = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if tone == Tone::Formal {
        for (short, long) in lib::CONTRACTIONS {
            s = s.replace(short, long);
        }
    }
    let mut out = String::with_capacity(s.len());
    let mut capitalise = true;
    for c in s.chars() {
        if capitalise && c.is_alphabetic() {
            out.push(crate::case::upper(c));
            capitalise = false;
            continue;
        }
        if capitalise && !c.is_whitespace() && c != '"' {
            capitalise = false;
        }
        if matches!(c, '.' | '!' | '?') {
            capitalise = true;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::Conversation;

    fn situation(issue: IssueType, fault: Fault, channel: Channel, missing: bool) -> Situation {
        Situation {
            issue,
            known: Vec::new(),
            missing: if missing {
                issue.needs().to_vec()
            } else {
                Vec::new()
            },
            fault,
            channel,
            asked_for: Request::None,
            repeat_contact: missing,
            general_question: false,
            issue_sure: true,
            sent_privately: false,
            facets: Vec::new(),
            names: Vec::new(),
        }
    }

    /// Every technique, issue, fault and channel composes three tidy, distinct replies with
    /// no placeholder left, that the draft coach has nothing to say about.
    #[test]
    fn every_combination_is_tidy_and_passes_the_coach() {
        let config = Config::default();
        let formal = Config {
            tone: Tone::Formal,
            ..Config::default()
        };
        let empty = Conversation::new();
        let texts =
            vec!["my parcel never arrived and the app keeps crashing on my iphone".to_string()];
        let faults = [
            Fault::Company,
            Fault::Policy,
            Fault::Outage,
            Fault::Customer,
            Fault::ThirdParty,
            Fault::Unknown,
        ];
        let mut checked = 0;
        let mut flagged: Vec<String> = Vec::new();
        for technique in Technique::ALL {
            for issue in IssueType::ALL {
                for (i, fault) in faults.into_iter().enumerate() {
                    for channel in [Channel::Private, Channel::Public] {
                        let sit = situation(issue, fault, channel, i % 2 == 0);
                        let scene = Scene {
                            technique,
                            situation: &sit,
                            name: (i % 3 == 0).then_some("Dana"),
                            mirrored: (i % 2 == 1).then_some("your order never arrived"),
                            config: if i == 4 { &formal } else { &config },
                            seed: (checked as u64).wrapping_mul(7919),
                            agent_has_written: i % 2 == 0,
                            texts: &texts,
                            remedy: Some("offer you a full refund"),
                            solved: i == 3,
                            agent_said: &[],
                            asked: i == 5,
                        };
                        let replies = compose(&scene);
                        for text in &replies {
                            assert!(
                                !text.contains(['{', '}']) && !text.contains("  "),
                                "{technique:?} {issue:?} {fault:?}: {text}"
                            );
                            assert!(text.starts_with(|c: char| c.is_uppercase()), "{text}");
                            assert!(text.ends_with(['.', '?', '!']), "{text}");
                            let feedback = crate::playbook::coach(text, &empty, &config);
                            if let Some(flag) = feedback.flags.first() {
                                flagged.push(format!(
                                    "{technique:?} {issue:?} {fault:?}: {text}: {:?} at {:?}",
                                    flag.kind,
                                    flag.span.slice(text)
                                ));
                            }
                        }
                        assert!(replies[0] != replies[1] && replies[1] != replies[2]);
                        checked += 1;
                    }
                }
            }
        }
        flagged.dedup();
        assert!(flagged.is_empty(), "{}", flagged.join("\n"));
        assert_eq!(checked, 14 * 14 * 6 * 2);
    }

    /// Apologies for a fault only when the fault is the company's.
    #[test]
    fn no_apology_for_what_is_not_our_fault() {
        let config = Config::default();
        let texts = vec!["why did you raise the price".to_string()];
        for fault in [Fault::Policy, Fault::Outage, Fault::Customer] {
            for seed in 0..40 {
                let sit = situation(IssueType::PolicyComplaint, fault, Channel::Private, false);
                let scene = Scene {
                    technique: Technique::Acknowledge,
                    situation: &sit,
                    name: None,
                    mirrored: None,
                    config: &config,
                    seed,
                    agent_has_written: false,
                    texts: &texts,
                    remedy: None,
                    solved: false,
                    agent_said: &[],
                    asked: false,
                };
                for text in compose(&scene) {
                    let lower = text.to_lowercase();
                    assert!(
                        !lower.contains("on us") && !lower.contains("our mistake"),
                        "{fault:?}: {text}"
                    );
                }
            }
        }
    }
}
