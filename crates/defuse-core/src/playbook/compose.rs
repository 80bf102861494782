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

    /// The one question the case needs now, if a detail is missing (in the channel's form).
    fn question(&self, salt: u64) -> Option<String> {
        let missing = &self.situation.missing;
        let first = *missing.first()?;
        let device_and_version =
            missing.contains(&Detail::Device) && missing.contains(&Detail::AppVersion);
        if self.public() {
            let pool = match first {
                Detail::OrderNumber => lib::DM_ORDER,
                Detail::AccountEmail => lib::DM_EMAIL,
                Detail::Device | Detail::AppVersion | Detail::ErrorText => lib::DM_DEVICE,
                _ => lib::DM_GENERIC,
            };
            return Some(self.pick(pool, salt).to_string());
        }
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

    /// What the agent promises next: a check once the detail arrives, an update by the
    /// configured time, never an outcome nobody has verified.
    fn promise(&self, salt: u64) -> String {
        let s = self.situation;
        let pool = if self.public() {
            lib::PROMISE_PUBLIC
        } else if !s.missing.is_empty() {
            lib::PROMISE_ONCE_SENT
        } else {
            match s.issue {
                IssueType::OutageError => lib::PROMISE_OUTAGE,
                IssueType::PolicyComplaint => lib::PROMISE_POLICY,
                IssueType::Thanks => lib::PROMISE_CLOSE,
                _ => lib::PROMISE_UPDATE,
            }
        };
        self.pick(pool, salt)
            .replace("{follow_up}", &self.config.follow_up_phrase())
    }

    /// What the agent will do for this issue, as a clause after "I'll" ("trace the parcel").
    fn action(&self, salt: u64) -> String {
        let parcel = self.parcel();
        let pool = match self.situation.issue {
            IssueType::AccountAccess => lib::ACT_ACCOUNT,
            IssueType::Billing => lib::ACT_BILLING,
            IssueType::RefundStatus => lib::ACT_REFUND,
            IssueType::DeliveryLate | IssueType::DeliveryMissing => lib::ACT_DELIVERY,
            IssueType::DeliveryDamaged => lib::ACT_DAMAGED,
            IssueType::OutageError => lib::ACT_OUTAGE,
            IssueType::ProductBug => lib::ACT_BUG,
            IssueType::PolicyComplaint => lib::ACT_POLICY,
            IssueType::Cancellation => lib::ACT_CANCEL,
            IssueType::Privacy => lib::ACT_PRIVACY,
            IssueType::HowTo | IssueType::Thanks | IssueType::Other => lib::ACT_OTHER,
        };
        self.pick(pool, salt).replace("{parcel}", parcel)
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
            IssueType::AccountAccess => lib::TIP_ACCOUNT,
            IssueType::ProductBug => lib::TIP_BUG,
            IssueType::OutageError => lib::TIP_OUTAGE,
            IssueType::Billing if self.mentions(&["declined", "failed"]) => lib::TIP_DECLINED,
            _ => return None,
        };
        Some(self.pick(pool, salt).to_string())
    }

    /// The opening that fits who is at fault: an apology for the company's faults,
    /// acknowledgement of the impact for the rest.
    fn opener(&self, subject: &str, salt: u64) -> String {
        let pool = match self.situation.fault {
            Fault::Company => lib::OPEN_COMPANY,
            Fault::Policy => lib::OPEN_POLICY,
            Fault::Outage => lib::OPEN_OUTAGE,
            Fault::Customer => lib::OPEN_CUSTOMER,
            Fault::ThirdParty => lib::OPEN_THIRD_PARTY,
            Fault::Unknown => lib::OPEN_UNKNOWN,
        };
        self.pick(pool, salt).replace("{subject}", subject)
    }

    /// One sentence on what the problem costs the customer.
    fn impact(&self, salt: u64) -> String {
        let pool = match self.situation.issue {
            IssueType::AccountAccess => lib::IMPACT_ACCOUNT,
            IssueType::Billing => lib::IMPACT_BILLING,
            IssueType::RefundStatus => lib::IMPACT_REFUND,
            IssueType::DeliveryLate => lib::IMPACT_LATE,
            IssueType::DeliveryMissing => lib::IMPACT_MISSING,
            IssueType::DeliveryDamaged => lib::IMPACT_DAMAGED,
            IssueType::OutageError => lib::IMPACT_OUTAGE,
            IssueType::ProductBug => lib::IMPACT_BUG,
            IssueType::PolicyComplaint => lib::IMPACT_POLICY,
            IssueType::Cancellation => lib::IMPACT_CANCEL,
            IssueType::Privacy => lib::IMPACT_PRIVACY,
            IssueType::HowTo | IssueType::Thanks | IssueType::Other => lib::IMPACT_OTHER,
        };
        self.pick(pool, salt).replace("{parcel}", self.parcel())
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

    /// The next move when nothing is missing: the question or, failing that, a promise.
    fn next_move(&self, salt: u64) -> String {
        self.question(salt).unwrap_or_else(|| self.promise(salt))
    }
}

/// Three replies for the scene's technique, in the shapes short, warm and next step.
pub(crate) fn compose(scene: &Scene<'_>) -> [String; 3] {
    let shapes = [Shape::Short, Shape::Warm, Shape::Step];
    let mut out: [String; 3] = Default::default();
    for (slot, shape) in out.iter_mut().zip(shapes) {
        let mut parts = render(scene, shape);
        // "Hi Dana," runs into the next sentence: "Hi Dana, thanks for ...", but "Hi Dana, I ...".
        if parts.first().is_some_and(|g| g.ends_with(',')) {
            if let Some(next) = parts.get_mut(1) {
                *next = lower_first(next);
            }
        }
        *slot = finish(&parts.join(" "), scene.config.tone);
    }
    // Two shapes can meet on the same words (a short line with nothing to add): vary the
    // later one rather than show the same card twice.
    for i in 1..3 {
        let earlier = out[..i].iter().any(|o| o == &out[i]);
        if earlier {
            let extra = scene.pick(lib::VARIETY, 40 + i as u64);
            let text = format!("{} {extra}", out[i]);
            out[i] = finish(&text, scene.config.tone);
        }
    }
    out
}

/// The parts of one reply, as sentences.
fn render(s: &Scene<'_>, shape: Shape) -> Vec<String> {
    use Technique as T;
    let salt = match shape {
        Shape::Short => 100,
        Shape::Warm => 200,
        Shape::Step => 300,
    };
    let subject = super::subject::name(s.situation, s.texts, s.seed)
        .unwrap_or_else(|| super::subject::vague(s.seed));
    let greeting = s.greeting(salt);
    let mut parts: Vec<String> = Vec::new();
    let mut push = |p: String| {
        if !p.trim().is_empty() {
            parts.push(p);
        }
    };
    match s.technique {
        T::Answer => {
            let answer = s
                .pick(lib::answers(s.texts), salt + 1)
                .replace("{follow_up}", &s.config.follow_up_phrase());
            match shape {
                Shape::Short => push(answer),
                Shape::Warm => {
                    push(greeting);
                    push(s.pick(lib::ANSWER_LEAD, salt + 2).to_string());
                    push(answer);
                }
                Shape::Step => {
                    push(answer);
                    push(s.pick(lib::ANSWER_MORE, salt + 3).to_string());
                }
            }
        }
        T::ThankAndClose => {
            let close = if s.situation.issue == IssueType::Thanks {
                lib::THANKS_PRAISE
            } else if s.solved {
                lib::THANKS_SOLVED
            } else {
                lib::THANKS_NEXT_STEP
            };
            let line = s
                .pick(close, salt + 1)
                .replace("{subject}", &subject)
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
            let line = s.pick(lib::LISTEN, salt + 1).replace("{subject}", &subject);
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(line);
                    push(s.pick(lib::LISTEN_WARM, salt + 2).to_string());
                }
                Shape::Step => {
                    push(line);
                    push(
                        s.pick(lib::LISTEN_THEN, salt + 3)
                            .replace("{subject}", &subject),
                    );
                }
            }
        }
        T::SetBoundary => {
            let line = s
                .pick(lib::BOUNDARY, salt + 1)
                .replace("{subject}", &subject);
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(
                        s.pick(lib::BOUNDARY_ACK, salt + 2)
                            .replace("{subject}", &subject),
                    );
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
            let pool = if legal {
                lib::ESCALATE_LEGAL
            } else {
                lib::ESCALATE
            };
            let line = s.pick(pool, salt + 1).replace("{subject}", &subject);
            match shape {
                Shape::Short => push(line),
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(&subject, salt + 2));
                    push(line);
                }
                Shape::Step => {
                    push(line);
                    push(s.pick(lib::ESCALATE_MEANWHILE, salt + 3).to_string());
                }
            }
        }
        T::TakePrivate => {
            let dm = s
                .question(salt + 1)
                .unwrap_or_else(|| s.pick(lib::DM_GENERIC, salt + 1).to_string());
            match shape {
                Shape::Short => {
                    push(s.opener(&subject, salt + 2));
                    push(dm);
                }
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(&subject, salt + 2));
                    push(s.impact(salt + 3));
                    push(dm);
                }
                Shape::Step => {
                    push(
                        s.pick(lib::PRIVATE_LEAD, salt + 4)
                            .replace("{subject}", &subject),
                    );
                    push(dm);
                    push(s.pick(lib::PRIVATE_CALL, salt + 5).to_string());
                }
            }
        }
        T::Clarify => {
            let restated = match s.mirrored {
                Some(m) => s
                    .pick(lib::CLARIFY_MIRROR, salt + 1)
                    .replace("{complaint}", m),
                None => s
                    .pick(lib::CLARIFY_SUBJECT, salt + 1)
                    .replace("{subject}", &subject),
            };
            let lead_pool = if s.agent_has_written {
                lib::CLARIFY_LEAD_AFTER_REPLY
            } else {
                lib::CLARIFY_LEAD
            };
            match shape {
                Shape::Short => {
                    push(s.pick(lead_pool, salt + 2).to_string());
                    push(restated);
                }
                Shape::Warm => {
                    push(greeting);
                    push(s.pick(lead_pool, salt + 2).to_string());
                    push(restated);
                    push(s.pick(lib::CLARIFY_CHECK, salt + 3).to_string());
                }
                Shape::Step => {
                    push(s.pick(lead_pool, salt + 2).to_string());
                    push(restated);
                    push(s.next_move(salt + 4));
                }
            }
        }
        T::OfferRemedy => {
            let remedy = s
                .remedy
                .unwrap_or("look at what I can offer to make up for it");
            let offer = s
                .pick(lib::OFFER, salt + 1)
                .replace("{remedy}", remedy)
                .replace("{subject}", &subject);
            match shape {
                Shape::Short => push(offer),
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(&subject, salt + 2));
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
                    push(s.opener(&subject, salt + 2));
                    push(plan);
                }
                Shape::Step => {
                    push(plan);
                    match s.tip(salt + 3) {
                        Some(tip) => push(tip),
                        None => push(s.pick(lib::PROPOSE_CHECK, salt + 3).to_string()),
                    }
                }
            }
        }
        T::Ask => {
            let question = s
                .question(salt + 1)
                .unwrap_or_else(|| outcome_or_story(s, salt + 1));
            match shape {
                Shape::Short => {
                    push(
                        s.pick(lib::ASK_LEAD, salt + 2)
                            .replace("{subject}", &subject),
                    );
                    push(question);
                }
                Shape::Warm => {
                    push(greeting);
                    push(s.opener(&subject, salt + 2));
                    push(question);
                }
                Shape::Step => {
                    push(question);
                    push(s.promise(salt + 3));
                }
            }
        }
        T::RespondNow => {
            let lead = s
                .pick(lib::RESPOND_NOW, salt + 1)
                .replace("{subject}", &subject);
            match shape {
                Shape::Short => {
                    push(lead);
                    push(s.next_move(salt + 2));
                }
                Shape::Warm => {
                    push(greeting);
                    push(lead);
                    if s.situation.fault == Fault::Company {
                        push(s.opener(&subject, salt + 3));
                    } else {
                        push(s.impact(salt + 3));
                    }
                    push(s.next_move(salt + 2));
                }
                Shape::Step => {
                    push(lead);
                    push(s.next_move(salt + 2));
                    if !s.situation.missing.is_empty() || s.public() {
                        push(s.promise(salt + 4));
                    }
                }
            }
        }
        T::Apologize | T::Acknowledge => {
            let first = match (s.technique, shape, s.mirrored) {
                (T::Acknowledge, _, _) => acknowledge_line(s, &subject, salt + 1),
                // The warm apology names the problem in the customer's own (cleaned) words.
                (_, Shape::Warm, Some(m)) if s.situation.fault == Fault::Company => s
                    .pick(lib::SORRY_MIRROR, salt + 1)
                    .replace("{complaint}", m),
                (_, Shape::Warm, Some(_)) => acknowledge_line(s, &subject, salt + 1),
                _ => s.opener(&subject, salt + 1),
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
                    } else {
                        push(s.impact(salt + 3));
                    }
                    push(s.next_move(salt + 2));
                }
                Shape::Step => {
                    push(first);
                    match s.question(salt + 2) {
                        Some(q) => {
                            push(q);
                            push(s.promise(salt + 4));
                        }
                        None => push(propose_line(s, salt + 4)),
                    }
                }
            }
        }
    }
    parts
}

/// "Here's what I'll do": the agent's action, conditional on a missing detail.
fn propose_line(s: &Scene<'_>, salt: u64) -> String {
    let action = s.action(salt);
    let private_details = !s.situation.missing.is_empty()
        || matches!(
            s.situation.issue,
            IssueType::AccountAccess
                | IssueType::Billing
                | IssueType::Privacy
                | IssueType::RefundStatus
                | IssueType::DeliveryLate
                | IssueType::DeliveryMissing
                | IssueType::DeliveryDamaged
                | IssueType::Cancellation
        );
    if s.public() && private_details {
        let dm = s
            .question(salt + 7)
            .unwrap_or_else(|| s.pick(lib::DM_GENERIC, salt + 7).to_string());
        return [
            s.pick(lib::PLAN_PUBLIC, salt).replace("{action}", &action),
            dm,
        ]
        .join(" ");
    }
    match s.question(salt + 7) {
        Some(q) => {
            let plan = s.pick(lib::PLAN_NEEDS, salt).replace("{action}", &action);
            [q, plan].join(" ")
        }
        None => s
            .pick(lib::PLAN_NOW, salt)
            .replace("{action}", &action)
            .replace("{follow_up}", &s.config.follow_up_phrase()),
    }
}

/// An acknowledgement naming the problem: the customer's own clause when it reads cleanly.
fn acknowledge_line(s: &Scene<'_>, subject: &str, salt: u64) -> String {
    match s.mirrored {
        Some(m) => s.pick(lib::ACK_MIRROR, salt).replace("{complaint}", m),
        None => s.pick(lib::ACK_SUBJECT, salt).replace("{subject}", subject),
    }
}

/// With no detail missing: what they want, when that is truly unknown, else what happened.
fn outcome_or_story(s: &Scene<'_>, salt: u64) -> String {
    let pool = match (s.situation.asked_for, s.situation.issue) {
        (Request::None, IssueType::Other | IssueType::PolicyComplaint) => lib::ASK_OUTCOME,
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
