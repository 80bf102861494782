//! Replies composed from the situation: three ways to do the chosen technique (a short chat
//! line, a fuller and warmer one, one with the concrete next step), each naming this
//! customer's problem, asking the one detail the case needs, and promising only what the
//! agent controls.
//!
//! The sentences are in `library/`; this module chooses among them: `moves.rs` builds the
//! parts (the opener, the one question, the DM request, the plan), `render.rs` puts them
//! together per technique and shape. Choices are seeded by
//! the conversation's text, so one conversation always gets the same replies and two
//! conversations rarely share a sentence.

use crate::list::list;
use crate::technique::Technique;
use crate::text::Search;

use super::config::{Config, Tone};
use super::library as lib;
use super::situation::{Channel, IssueType, Request, Situation};
use super::Want;

mod moves;
mod render;
#[cfg(test)]
mod tests;

use render::render;

/// What the replies are composed from.
pub(crate) struct Scene<'a> {
    pub technique: Technique,
    pub situation: &'a Situation,
    /// The customer's name, if known.
    pub name: Option<&'a str>,
    /// The complaint restated in the agent's voice, only when it reads cleanly.
    pub mirrored: Option<&'a str>,
    /// The restated complaint when it names the problem itself, on either channel ("your
    /// booking isn't showing in the app any more", see `mirror::names_problem`): an
    /// opener with no name for the problem says it.
    pub clause: Option<&'a str>,
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
    /// Whether that message went on to a new ask, read here on its own (see
    /// `playbook::fixed_then_asked`): the reply is led by thanks for the fix.
    pub fixed_then_asked: bool,
    /// Agent messages so far (recent ones), lowercased: stock phrases in them are not
    /// suggested again.
    pub agent_said: &'a [String],
    /// Whether the agent already asked for the case's details (a question or a DM request):
    /// the customer's next message is taken as the answer, not asked for again.
    pub asked: bool,
    /// Whether the problem's name is the customer's own words ("the broken front glass",
    /// see `mirror::own_name`) rather than a name from the situation's table.
    pub own_name: bool,
    /// How the latest customer message reads (see [`mood`]).
    pub mood: Mood,
    /// The customer's question as a clause in the agent's voice ("whether we ship to
    /// Canada", see `mirror::asked`), when it reads cleanly and the technique is to answer
    /// or the agent has written.
    pub asked_as: Option<&'a str>,
}

/// How the latest customer message reads, for an opening that has no name for the problem:
/// the feeling met in plain words instead of a stock apology, and none at all when calm.
/// The order is `lib::ACK_STEP`'s (a line a mood from `Mild`).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mood {
    /// Nothing upset in it: no apology, no feeling named.
    Calm,
    /// Negative words and nothing stronger: a problem reported, a verdict given.
    Mild,
    /// Fed up ("ridiculous", "!!!", sarcasm, a demand).
    FedUp,
    /// Angry, swearing or shouting.
    Angry,
    /// Let down ("disappointed", "expected better").
    LetDown,
    /// Threatening to leave ("never again", "I'm switching").
    Leaving,
    /// Waiting or repeating themselves ("still", "three weeks", "again").
    Waiting,
}

/// The mood of a customer message from its signals.
pub(crate) fn mood(a: &crate::analysis::MessageAnalysis) -> Mood {
    use crate::signal::SignalKind as K;
    if !super::situation::upset(a) {
        return Mood::Calm;
    }
    [
        (K::ThreatCancel, Mood::Leaving),
        (K::Disappointment, Mood::LetDown),
        (K::Anger, Mood::Angry),
        (K::Profanity, Mood::Angry),
        (K::Shouting, Mood::Angry),
        (K::AbuseAtAgent, Mood::Angry),
        (K::EmojiNegative, Mood::Angry),
        (K::ElapsedTime, Mood::Waiting),
        (K::Repetition, Mood::Waiting),
        (K::Frustration, Mood::FedUp),
        (K::Exclamation, Mood::FedUp),
        (K::Sarcasm, Mood::FedUp),
        (K::Demand, Mood::FedUp),
    ]
    .into_iter()
    // Frustration, "!!" or a demand at a calm heat ("it has still not arrived?", "can't
    // find the link") reports a problem: "I get why you're fed up" overstates it.
    .find(|&(k, m)| a.has(k) && (m != Mood::FedUp || k == K::Sarcasm || a.heat >= 20.0))
    .map_or(Mood::Mild, |(_, m)| m)
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
    fn pick(&self, pool: lib::Pool, salt: u64) -> &'static str {
        self.pick_from(pool, self.hash(salt))
    }

    /// Picks one of `pool` by shape (the salts run 100, 200, 300; the slot is the rest):
    /// neighbouring shapes take neighbouring wordings, so the short, warm and step replies
    /// never open or ask alike.
    fn pick_shape(&self, pool: lib::Pool, salt: u64) -> &'static str {
        self.pick_from(pool, self.hash(salt % 100).wrapping_add(salt / 100))
    }

    /// The conversation's seed mixed with `salt`.
    fn hash(&self, salt: u64) -> u64 {
        let mut h = self.seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= h >> 31;
        h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h ^ h >> 29
    }

    /// The first wording of `pool` from `start` (wrapped) that repeats no stock phrase the
    /// agent already used.
    fn pick_from(&self, pool: lib::Pool, start: u64) -> &'static str {
        let len = pool.len();
        if len == 0 {
            return "";
        }
        let start = (start % len as u64) as usize;
        // The first wording, from the seeded start, that repeats no stock phrase the agent
        // already used (a customer notices the script).
        pool.iter()
            .cycle()
            .skip(start)
            .take(len)
            .find(|text| !super::reply::repeats_agent(text, self.agent_said))
            .unwrap_or_else(|| pool.get(start))
    }

    /// One of `pool` other than `taken` (another shape's wording), when it has one.
    fn pick_besides(&self, pool: lib::Pool, salt: u64, taken: &str) -> &'static str {
        (salt..salt + 8)
            .map(|k| self.pick(pool, k))
            .find(|l| *l != taken)
            .unwrap_or_else(|| self.pick(pool, salt))
    }

    fn public(&self) -> bool {
        self.situation.channel == Channel::Public
    }

    fn mentions(&self, phrases: crate::list::List) -> bool {
        self.texts
            .iter()
            .any(|t| super::situation::has_any(t, phrases))
    }

    /// The latest customer message, folded ("" before any).
    fn last(&self) -> &str {
        self.texts.last().map_or("", String::as_str)
    }

    /// Whether the agent suggested steps ("could you try restarting it?", "hold the button
    /// for 15 seconds") and the latest message says they did not help ("reset hasn't
    /// worked", "no, still the same", "did that, same thing"): the failed try is owned
    /// first, no step is suggested again, and the reply moves on.
    fn steps_failed(&self) -> bool {
        use super::situation::has_any;
        let last = self.last();
        self.agent_said.iter().any(|a| {
            has_any(
                a,
                list![
                    "try",
                    "restart",
                    "reset",
                    "update",
                    "clear",
                    "hold",
                    "remove",
                    "reinstall",
                    "unplug"
                ],
            )
        }) && has_any(
            last,
            list![
                "still",
                "didn't work",
                "hasn't worked",
                "no luck",
                "didn't help",
                "didn't fix",
                "same thing",
                "same problem",
                "same issue",
                "no change",
                "nope"
            ],
        ) && !has_any(
            last,
            list![
                "that worked",
                "it worked",
                "fixed it",
                "works now",
                "working now"
            ],
        )
    }

    /// Whether our last reply said the case was sorted and the latest message says it is
    /// not ("i was not sorted", "it still doesn't work"): that is owned first.
    fn we_were_wrong(&self) -> bool {
        use super::situation::has_any;
        let last = self.last();
        self.agent_said
            .last()
            .is_some_and(|a| has_any(a, list!["resolved", "fixed", "sorted", "should work"]))
            && (last.contains_str("n't") || has_any(last, list!["not", "still", "nothing"]))
    }

    /// What we promised and have not done, when the latest message chases it ("still
    /// waiting for your DM", "no call yet"): its `lib::PROMISE_NOW` action (a DM, a call,
    /// an update; on a public post the update comes in the DM).
    fn promise_broken(&self) -> Option<usize> {
        use super::situation::has_any;
        if !(self.chased() || super::situation::awaits_us(self.last())) {
            return None;
        }
        let promised = |words| self.agent_said.iter().any(|a| has_any(a, words));
        if promised(list!["dm you", "send you a dm", "message you"]) {
            Some(0)
        } else if promised(list!["call you", "you a call", "ring you", "call back"]) {
            Some(1)
        // An update owed beside a request made now ("can you just send me a new one?"):
        // the request is taken up, after the chase is owned.
        } else if promised(list!["update you", "get back to you", "be in touch"])
            && self.situation.request.is_none()
        {
            Some(2 + usize::from(self.public()))
        } else {
            None
        }
    }

    /// The word the customer uses for what was sent: parcel, package, delivery or order.
    fn parcel(&self) -> &'static str {
        super::subject::parcel(self.texts)
    }

    /// The problem named in plain words, or `None` when the situation cannot name it (then
    /// the replies use wording that needs no name).
    fn named(&self) -> Option<String> {
        let first = self.situation.names.first();
        match self.situation.issue {
            // "Sorry about your question" reads as a bot: a question or thanks needs no name,
            // unless the customer's own words name a fault ("my edit button doesn't display",
            // "the watery sauce").
            IssueType::HowTo if self.situation.facets.is_empty() || self.own_name => {
                first.filter(|n| !super::subject::is_question(n)).cloned()
            }
            IssueType::HowTo | IssueType::Thanks => None,
            // "Sorry about your refund" to someone asking for one: the refund is the request,
            // not the problem.
            IssueType::RefundStatus
                if self.situation.asked_for == Request::Refund && !self.waiting() =>
            {
                None
            }
            // A document to send: nothing went wrong to name ("the missing delivery").
            _ if self.situation.request == Some(Want::Document) => None,
            // `advise` names the problem once, in the situation.
            _ => first.cloned(),
        }
    }

    /// Whether the latest customer message says they already sent what was asked, or
    /// answers the agent's request with a reference ("It's ALCBA41872"); a DM sent ("check
    /// your DMs") is the situation's `sent_privately`.
    fn says_sent(&self) -> bool {
        self.situation.sent_privately
            || self.asked
                && self.texts.last().is_some_and(|t| {
                    // A five-digit number on a public post may be a build or a model.
                    t.split_whitespace()
                        .any(|w| is_reference(w) && (w.len() > 5 || !self.public()))
                        || super::situation::has_any(
                            t,
                            list![
                                "already sent",
                                "given it",
                                "i sent",
                                "sent it",
                                "sent you",
                                "dm'd",
                                "dmed",
                                "i did",
                                "i have sent",
                                "i've sent",
                            ],
                        )
                        // "I sent it back on the 3rd" is a return posted, not the detail.
                        && !t.contains_str("sent it back")
                })
    }

    /// Whether the latest customer message says yes to what the agent offered.
    fn accepts(&self) -> bool {
        let agent = self.agent_said.last().map_or("", String::as_str);
        self.texts
            .last()
            .is_some_and(|t| super::wants::accepts(t, agent))
    }

    /// "Hi Dana," for the warm shape, or nothing.
    fn greeting(&self, salt: u64) -> String {
        match self.name {
            Some(name) => self.pick(lib::GREET_NAME, salt).replace_str("{name}", name),
            None => String::new(),
        }
    }
}

/// Three replies for the scene's technique, in the shapes short, warm and next step.
/// After a question that asks for a detail, where the customer finds it: the order number
/// (asked as such or "which order is it", not any "order": "when did you come in or
/// order?" is a visit's time), the account's email; else what happens once it is in.
pub(super) fn where_found(question: &str) -> lib::Pool {
    if question.contains_str("order number") || question.contains_str("order is it") {
        lib::FIND_ORDER
    } else if question.contains_str("email") {
        lib::FIND_EMAIL
    } else {
        lib::NO_RUSH
    }
}

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
        let mut text = crate::text::join(&parts, " ");
        // Nothing is told yet on a first message: "everything you've told me" reads as a
        // script.
        if scene.texts.len() < 2 && !scene.agent_has_written {
            text = text.replace_str("everything you've told me", "the details");
        }
        *slot = finish(&text, scene.config.tone);
    }
    // Two shapes can meet on the same words: the later one gets a step the customer can
    // take, or when they will hear back (only where nothing is asked and no time promised
    // yet), or what they can use (where the detail is found, that nothing more is needed).
    for i in 1..3 {
        if out[..i].iter().any(|o| o == &out[i]) {
            // No time or "meanwhile" tail after a question or a promise to reply here.
            let asks = ["?", "DM", "Send me", "Tell me", "within", " here"]
                .iter()
                .any(|w| out[i].contains_str(w));
            // Candidates in order of use; the first that makes this shape differ wins.
            let o = out[i].clone();
            let salt = 40 + i as u64;
            let mut extras: Vec<String> = Vec::new();
            if let Some(tip) = scene.tip(salt) {
                extras.push(tip);
            }
            // A meal or a visit passed to the kitchen or the manager: theirs to act on.
            let passed = scene.technique == Technique::Acknowledge || out[i].contains_str(" today");
            if passed && !asks {
                // Feedback passed on: nothing comes back to wait for ("you'll hear back
                // within the hour" after "I'll log your feedback" promises a reply).
                extras.extend(lib::LOGGED.iter().map(str::to_string));
            } else if !asks {
                extras.push(
                    scene
                        .pick(lib::WHEN, salt)
                        .replace_str("{follow_up}", &scene.config.follow_up_phrase()),
                );
            } else {
                // Something they can use: where the detail asked for is found, or that
                // nothing more is needed from them (never "tell me if anything changes");
                // "nothing needed" never after a request to send us something.
                let pool = if !["?", "Send", "send us", "Tell me", "by DM", "DM us", "a DM"]
                    .iter()
                    .any(|w| o.contains_str(w))
                {
                    lib::NOTHING_NEEDED
                } else if scene.situation.notes.contains(&super::Note::Safety) {
                    lib::PHOTO
                } else {
                    where_found(&o)
                };
                extras
                    .extend((0..pool.len() as u64).map(|k| scene.pick(pool, salt + k).to_string()));
                extras.extend(lib::NO_RUSH.iter().map(str::to_string));
            }
            let fresh = extras
                .iter()
                .map(|extra| finish(&format!("{o} {extra}"), scene.config.tone))
                .find(|text| !out[..i].contains(text));
            if let Some(text) = fresh {
                out[i] = text;
            }
        }
    }
    out
}

/// The sentence with its first letter in lowercase, unless it opens with "I".
pub(super) fn lower_first(sentence: &str) -> String {
    let first_word = crate::text::split_any(sentence, b" ,").next().unwrap_or("");
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
    let mut s = crate::text::join(&text.split_whitespace().collect::<Vec<_>>(), " ");
    if tone == Tone::Formal {
        for (short, long) in lib::CONTRACTIONS.iter() {
            s = s.replace_str(short, long);
        }
    }
    super::reply::capitalise_sentences(&s)
}

/// Whether a word is a reference, an order or a phone number (five or more letters, digits
/// and dashes with at least four digits: "ALCBA41872", "55123"); a price, a date, a year
/// or a model name ("op5t") is not.
fn is_reference(word: &str) -> bool {
    let w = crate::text::trim_to(word, |c| c.is_ascii_alphanumeric());
    w.len() >= 5
        && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && w.bytes().filter(u8::is_ascii_digit).count() >= 4
}
