//! Lines that meet what the latest message says about the thread before any step: a
//! request to us done, history owned. One a kind, in `evidence::Thread` order.

use super::Pool;
use crate::list::list;

pub(crate) const THREAD_LEAD: Pool = list!(
    "Yes, I'll pass this on today and confirm here once it's with them.",
    // History, owned (`compose` adds the apology where the reply has none).
    "All those visits and it's still not sorted: that isn't good enough.",
    "Your earlier messages should have had an answer.",
    "That isn't what you were told would happen.",
);

/// A warranty, repair or claim refused: sympathy for the answer, no fault owned and no
/// thanks for "feedback".
pub(crate) const OPEN_REFUSED: Pool = list!(
    "Sorry to hear it was turned down.",
    "I understand that isn't the answer you wanted.",
);
/// What finds a refused warranty or repair, to look at it again.
pub(crate) const REFUSED_DETAIL: &str =
    "your order or serial number, when you bought it and the reason given";
/// What the agent does about a refused claim: the decision checked, no outcome promised.
pub(crate) const REFUSED_ACTION: &str = "look at that decision again";
