//! Lines that meet what the latest message says about the thread before any step: a
//! request to us done, history owned. Three a kind, in `evidence::Thread` order, one a
//! shape, so the three replies never open alike.

use super::Pool;
use crate::list::list;

pub(crate) const THREAD_LEAD: Pool = list!(
    // They ask us to pass their message on: yes, and when they will hear.
    "Yes, I'll pass this on today and confirm here once it's with them.",
    "Yes, I can do that: I'll pass your message on and let you know here when it's done.",
    "Happy to. I'll pass this on today and confirm here once it's with them.",
    // They ask us to escalate it (the step says to whom).
    "Yes, I can escalate this for you.",
    "Yes, this can be escalated.",
    "Happy to escalate this.",
    // They ask whether their connection is the cause: how to tell.
    "It could be, and it's quick to check: try it on mobile data or another network, and if it works there, it's the connection.",
    "It might be. Trying it on another network or on mobile data tells: if it works there, the connection is the cause.",
    "Possibly: if it works on mobile data or another network, it's the connection; if not, we'll dig into it.",
    // They ask whether the model or serial number they sent is the whole one.
    "It may not be: the full one is everything on the label, including any letters after the numbers.",
    "Good question: the full one includes any letters after the numbers, and a photo of the label settles it.",
    "A photo of the label is the surest check: the full one includes any letters after the numbers.",
    // Visits or call-outs that fixed nothing.
    "Visit after visit without a fix isn't good enough, and I'm sorry.",
    "I'm sorry: that many visits without a fix isn't good enough.",
    "That's too many visits without a fix, and I'm sorry.",
    // Earlier messages to us unanswered.
    "Sorry we missed your earlier messages.",
    "Sorry your earlier messages went unanswered; that shouldn't have happened.",
    "You should have had a reply to your earlier messages, and I'm sorry you didn't.",
    // Told something would happen that did not.
    "I'm sorry that what you were told would happen didn't.",
    "You were told one thing and it didn't happen, and I'm sorry.",
    "Sorry we didn't do what you were told we would.",
);

/// A warranty, repair or claim refused: sympathy for the answer, no fault owned and no
/// thanks for "feedback".
pub(crate) const OPEN_REFUSED: Pool = list!(
    "I'm sorry the claim was turned down.",
    "I understand that isn't the answer you wanted.",
    "Sorry to hear it was turned down.",
);
/// A warranty, repair or claim refused: what finds the decision, to look at it again.
pub(crate) const REFUSED_DETAIL: &str =
    "your order or serial number, when you bought it, and the reason you were given";
/// What the agent does about a refused claim: the decision checked, no outcome promised.
pub(crate) const REFUSED_ACTION: &str = "look at that decision again";
