//! Lines for single techniques: acknowledging in the customer's words, replying after a
//! wait, listening, setting a boundary, escalating, clarifying, offering a remedy.

use super::Pool;
use crate::list::list;

// -- technique-specific lines ----------------------------------------------------------------

pub(crate) const GREET_NAME: Pool = list!("Hi {name},", "{name},", "Hi {name}!");

pub(crate) const ACK_MIRROR: Pool = list!(
    "I can see {complaint}.",
    "Thanks for laying it out: {complaint}.",
    "So {complaint}, and I understand why you're fed up.",
    "You've told me {complaint}, and that's a fair reason to be annoyed.",
);
/// An apology naming the problem in the customer's words (company faults only).
pub(crate) const SORRY_MIRROR: Pool = list!(
    "I'm sorry {complaint}.",
    "I'm sorry to hear that {complaint}.",
    "{complaint}, and I'm sorry about that.",
);
pub(crate) const ACK_SUBJECT: Pool = list!(
    "I can see why you're frustrated about {subject}.",
    "I'm sorry about {subject}; I can see why it's annoying.",
    "Anyone would be fed up with {subject}, I get it.",
    "It's totally fair to be annoyed about {subject}.",
);

pub(crate) const RESPOND_NOW: Pool = list!(
    "Sorry for the wait, I'm picking up {subject} now.",
    "Thanks for waiting; I've got {subject} in front of me now.",
    "Sorry to keep you, I'm on {subject} now.",
);
pub(crate) const RESPOND_NOW_BARE: Pool = list!(
    "Thanks for waiting, I'm here now.",
    "I'm with you now, sorry for the wait.",
    "Sorry to keep you waiting; I'm here.",
    "Hi, sorry for the delay in getting to you.",
    "Thanks for holding on, I'm with you now.",
);

pub(crate) const LISTEN: Pool = list!(
    "I'm reading everything you've sent; I'll wait until you're done.",
    "Go ahead, I'll keep following along.",
    "I'm taking all of this in, and I'll reply once you're done.",
    "Keep going; I'll hold my reply until you've said it all.",
);
pub(crate) const LISTEN_WARM: Pool = list!(
    "Say everything you need to; I'd rather have the full picture.",
    "There's no rush on my side.",
    "I want to get this right, so I'm not going to interrupt.",
);
pub(crate) const LISTEN_THEN: Pool = list!(
    "When you're ready, I'll go through each point with you.",
    "When you've finished, I'll pick up every point you've raised.",
    "Once you've said it all, we'll work through it together.",
);

pub(crate) const BOUNDARY: Pool = list!(
    "I want to help with {subject}, and I can do that best if we keep this respectful.",
    "I'm here to sort out {subject}, so let's keep it to the issue.",
    "I'll keep working on {subject} with you, but I need the personal remarks to stop.",
    "Let's keep this about {subject}; that's where I can actually help.",
);
pub(crate) const BOUNDARY_PLAIN: Pool = list!(
    "I want to help, and I can do that best if we keep this respectful.",
    "I'm on your side here, so let's keep it about the problem.",
    "I'll keep working on it with you, but I need the personal remarks to stop.",
);
pub(crate) const BOUNDARY_ACK_BARE: Pool = list!(
    "I understand you're angry.",
    "I can tell this has pushed you to the limit.",
);
pub(crate) const BOUNDARY_ACK: Pool = list!(
    "I understand you're angry about {subject}.",
    "I can tell you're at the end of your patience with {subject}.",
    "I know {subject} has put you through a lot.",
);

pub(crate) const ESCALATE: Pool = list!(
    "I'll bring in a supervisor now and pass on everything you've told me, so you won't have to repeat it.",
    "I'll hand {subject} to my team lead with the full details.",
    "I'll ask a senior colleague to take this over, with a summary of {subject}.",
);
pub(crate) const ESCALATE_BARE: Pool = list!(
    "I'll bring in a supervisor now and pass on everything you've told me.",
    "I'll ask a senior colleague to take this over, with a summary so you won't repeat yourself.",
);
pub(crate) const ESCALATE_LEGAL: Pool = list!(
    "I'll pass this to a senior colleague who handles formal complaints.",
    "I'll refer this to the team who handle formal complaints.",
    "I'll make sure this goes to the right people to respond formally.",
);
/// A legal threat's opener when the problem has no name: calm and formal, never a mood
/// line ("Sorry you've run into this" reads chirpy beside a solicitor's letter).
pub(crate) const OPEN_FORMAL: Pool = list!(
    "Thank you for setting this out.",
    "I understand you want this dealt with formally.",
);
/// The handover as the next step in a chat: a senior colleague, or formal complaints.
pub(crate) const ESCALATE_STEP: Pool = list!(
    "I'll have a senior colleague pick this up here {follow_up}, with everything you've told me.",
    "I'll pass this to our formal complaints team today, and they'll contact you directly.",
);

pub(crate) const CLARIFY_LEAD: Pool = list!("Sorry for the mix-up.",);
pub(crate) const CLARIFY_LEAD_AFTER_REPLY: Pool = list!(
    "You're right, I didn't answer what you asked.",
    "Sorry, I misread that the first time.",
    "You're right, I missed that.",
);
/// They had told us and our reply missed it ("I said Safari and Chrome. Did you even read
/// my tweet??"): that they told us, owned; not "what you asked", which they did not.
pub(crate) const CLARIFY_TOLD: Pool = list!(
    "You're right, you did tell us, and I'm sorry I missed it.",
    "You're right, you'd already said that; sorry I missed it.",
);
/// The customer says they already sent what the agent asks for.
pub(crate) const CLARIFY_SENT: Pool = list!(
    "Sorry, you did send it, and I should have picked it up.",
    "You're right, you already sent that; sorry for asking again.",
);
/// "What more do you need?": we have what we need; one thing is still missing (asked
/// again, with an apology); "you didn't even ask what was wrong": owned, then asked.
pub(crate) const CLARIFY_NEED: Pool = list!(
    "Thanks, that's all we need.",
    "Sorry to ask again; there's just one more thing we need.",
    "You're right, I should have asked.",
);
pub(crate) const CLARIFY_MIRROR: Pool = list!(
    "As I understand it, {complaint}.",
    "What I have is that {complaint}.",
    "So {complaint}.",
);
pub(crate) const CLARIFY_SUBJECT: Pool = list!(
    "You're asking about {subject}.",
    "This is about {subject}.",
    "It's about {subject}, then.",
);
pub(crate) const CLARIFY_CHECK: Pool = list!("Have I got that right?",);
/// Asked who it was passed to: who has it and what happens next (with its own lead).
pub(crate) const CLARIFY_PASSED: Pool = list!(
    "Sorry, I should have said: it's with the team that handles {subject}, and I'll chase them myself and update you {follow_up}.",
    "Sorry, I should have been clearer. It went to the team that handles {subject}; I'll follow it up with them myself and come back to you {follow_up}.",
    "Sorry, that wasn't clear: the team that handles {subject} has it now, and I'll check in with them myself and get back to you {follow_up}.",
);
/// A question the agent misread, restated with what happens next.
pub(crate) const CLARIFY_ASKED: Pool = list!(
    "You asked {question}: I'll find out and come back to you {follow_up}.",
    "I'll find out {question} and reply {follow_up}.",
);
/// The same, when the question does not read cleanly as a clause.
pub(crate) const CLARIFY_ASKED_BARE: Pool =
    list!("I'll find out and give you a straight answer {follow_up}.",);

pub(crate) const OFFER: Pool = list!("To put {subject} right, I can {remedy}.",);
pub(crate) const OFFER_BARE: Pool = list!("To make up for it, I can {remedy}.",);
pub(crate) const OFFER_CONFIRM: Pool = list!("Would that work for you?",);
