//! Openings that fit who is at fault (an apology only in the `Company` pools), with and
//! without a name for the problem, and a sentence on what the problem costs the customer.

use super::Pool;
use crate::list::list;

// -- openings that fit who is at fault ----------------------------------------------------

/// The company got it wrong: apologize, conceding nothing a first contact has not shown
/// (support leads mark "that shouldn't have happened" about an unchecked charge harmful).
pub(crate) const OPEN_COMPANY: Pool = list!(
    "I'm sorry about {subject}.",
    "Thanks for telling us about {subject}, and sorry for the trouble.",
    "Sorry to hear about {subject}; let's get it sorted.",
);
/// The thread shows it is on us (a repeat contact, messages unanswered, a promise broken):
/// the apology may concede it.
pub(crate) const OPEN_OWNED: Pool = list!(
    "Sorry about {subject}, that's not the service you should get.",
    "Sorry about {subject}, that shouldn't have happened.",
    "We're sorry about {subject}; that's not good enough.",
);
/// The company got it wrong, and the problem has no name yet.
pub(crate) const OPEN_COMPANY_BARE: Pool = list!(
    "I'm sorry this happened.",
    "We're sorry about this.",
    "Apologies for the trouble.",
);
/// A rule or price working as designed: acknowledge, neither own a fault nor agree the rule
/// is wrong ("how you feel about" read as distancing).
pub(crate) const OPEN_POLICY: Pool = list!(
    "I can see the frustration with {subject}.",
    "I understand you're unhappy with {subject}.",
    "Thanks for telling us about {subject}.",
);
/// A calm remark asking nothing ("the vinaigrette was bland"): thanked, never met with
/// frustration.
pub(crate) const OPEN_REMARK: Pool = list!(
    "Thanks for telling us about {subject}.",
    "Thanks for letting us know about {subject}.",
    "Thanks for taking the time to tell us.",
);
pub(crate) const OPEN_POLICY_BARE: Pool = list!(
    "Thanks for the honest feedback.",
    "Thanks for taking the time to tell us.",
    "I understand this isn't what you wanted.",
);
/// A calm suggestion: thanks for the idea, no sympathy for a loss.
pub(crate) const OPEN_SUGGESTION: Pool = list!(
    "Thanks for the suggestion!",
    "That's a good idea, thank you.",
    "I like that idea; thanks for sharing it.",
);
/// An outage: acknowledge the disruption.
pub(crate) const OPEN_OUTAGE: Pool = list!(
    "Sorry for {subject}; I know it's getting in your way.",
    "Sorry about {subject}, it's a real nuisance.",
    "I'm sorry you've been affected by {subject}.",
);
pub(crate) const OPEN_OUTAGE_BARE: Pool = list!(
    "Sorry for the disruption.",
    "Sorry you're caught up in this.",
    "Thanks for flagging it, and sorry for the disruption.",
);
/// The customer's own slip: help without blame.
pub(crate) const OPEN_CUSTOMER: Pool = list!("That's an easy slip to make, so don't worry.",);
/// Their own mishap, with no name for it: help, no blame and nothing owned.
pub(crate) const OPEN_CUSTOMER_BARE: Pool = list!(
    "Thanks for getting in touch; let's see what we can do.",
    "Happy to help with this.",
);
/// They chased up our earlier reply: the wait owned, whatever else is still open.
pub(crate) const OPEN_CHASED: Pool = list!(
    "Sorry you've had to chase us about {subject}.",
    "You shouldn't have had to come back to us about {subject}; I'm sorry.",
);
/// The steps we suggested did not help ("tried it, still crashes"): thanked and owned
/// before anything else, by name ("the crashing") or "this".
pub(crate) const OPEN_STEPS_FAILED: Pool = list!(
    "Thanks for trying that, and I'm sorry it didn't fix {subject}.",
    "Sorry that didn't help with {subject}; thanks for giving it a go.",
);
/// Months of chasing (`{wait}`: "four months"), owned in their own figure.
pub(crate) const OPEN_LONG_WAIT: Pool = list!(
    "{wait} is far too long to be chasing this, and I'm sorry.",
    "I'm sorry: {wait} is far too long to wait for an answer.",
);
/// Our last reply said it was sorted and it is not: owned before the next step.
pub(crate) const OPEN_WRONG: Pool =
    list!("You're right, and I apologise: our last reply said this was sorted, and it isn't.",);
/// We promised to message or call and have not: owned (the other shapes own the chase).
pub(crate) const PROMISE_OWN: Pool =
    list!("You're right, and I'm sorry: we should have been in touch by now.",);
/// What we do now, by what was promised (`lib::PLAN_NOW`'s action): a DM, a call, an
/// update (on a public post, in the DM).
pub(crate) const PROMISE_NOW: Pool = list!(
    "send you a DM",
    "chase that call",
    "find out where things stand",
    "pick this up in our DMs",
);
/// A short acknowledgement ahead of the step on an upset post (or an angry chat), one a
/// mood in `Mood` order from `Mild`: the feeling met in its own words; the last for a
/// serious claim, which is thanked, never apologised for before it is checked. One line
/// for every mood ("I can tell how strongly you feel about this") read to panel 11 as
/// stock, and as patronising on a resigned post.
pub(crate) const ACK_STEP: Pool = list!(
    "Sorry to hear it.",
    "I get why you're fed up.",
    "I'm really sorry about this.",
    "I know you expected better.",
    "I'd rather fix this than lose you.",
    "Sorry for all the hassle.",
    "Thank you for raising this with us.",
);
/// A calm or mild complaint in a chat, before the question that moves it.
pub(crate) const ACK_MILD: Pool = list!(
    "Sorry to hear it.",
    "I'm sorry to hear that.",
    "Thanks for telling me, and I'm sorry.",
    "I'm sorry about that.",
    "Sorry, that's disappointing.",
);
/// A courier, bank or other party: sympathy, and we chase it.
pub(crate) const OPEN_THIRD_PARTY: Pool = list!(
    "Sorry about {subject}; we'll chase it for you.",
    "I can see why you're fed up with {subject}.",
);
/// Not clear yet whose fault it is.
pub(crate) const OPEN_UNKNOWN: Pool = list!(
    "Sorry to hear about {subject}.",
    "Thanks for letting us know about {subject}.",
    "That's frustrating, sorry about {subject}.",
);
/// A calm message with a name: help offered, no apology. Not "thanks for flagging": that
/// thanks a report, not a fault the customer suffers ("the laptop that won't wake up").
pub(crate) const OPEN_CALM: Pool = list!(
    "Sorry to hear about {subject}; I can help.",
    "I can help with {subject}.",
);

/// No name for the problem, but the customer's restated words say it.
pub(crate) const OPEN_CLAUSE: Pool = list!("Sorry to hear {complaint}.", "I'm sorry {complaint}.",);

/// The concrete step led by the problem's name.
pub(crate) const STEP_LEAD: &str = "To sort out {subject},";

// -- no name for the problem: the feeling met in plain words, by mood --------------------

/// Mildly upset, with nothing established: sympathy that concedes no fault ("that's not
/// how it should be" agreed to an accusation, or to the customer's own mishap).
pub(crate) const OPEN_MILD: Pool =
    list!("Sorry to hear about this.", "Sorry you've run into this.",);
/// Waiting: sorry for the wait itself, not a verdict on how long is too long ("gone on too
/// long" read wrong on a three-hour wait).
pub(crate) const OPEN_WAITING: Pool = list!(
    "Sorry this is taking so long.",
    "Sorry for the wait on this.",
);
/// Fed up: the frustration named plainly, not how the customer feels about us ("you've had
/// enough", "tested your patience" read presumptuous on a light or wry post).
pub(crate) const OPEN_FED_UP: Pool = list!(
    "That's frustrating, and I'm sorry.",
    "Sorry, I know this is frustrating.",
);
pub(crate) const OPEN_ANGRY: Pool = list!(
    "I can see how much this has upset you.",
    "I understand why you're upset, and I want to help.",
);
pub(crate) const OPEN_LET_DOWN: Pool = list!(
    "I'm sorry it's left you feeling let down.",
    "I can see you expected better, and I'm sorry.",
);
pub(crate) const OPEN_LEAVING: Pool = list!(
    "I'd like the chance to make this right before you go.",
    "I'd hate to lose you over this, so let me help.",
);

// -- what the problem costs the customer --------------------------------------------------

/// Unanswered messages or a long hold.
pub(crate) const IMPACT_WAITING: Pool = list!("You shouldn't have to chase us for an answer.",);
