//! The sentences replies are composed from, written for Defuse (our own words, never the
//! seed articles'). Each pool holds several wordings of one move, so that two conversations
//! rarely share a sentence; `compose/` picks one per slot.
//!
//! Placeholders: `{subject}` the problem as a noun phrase ("your missing parcel"), `{parcel}`
//! the customer's word for what was sent, `{item}` an item they named, `{thing}` "the app" or
//! "the website", `{name}`, `{follow_up}` the configured time ("within the hour"),
//! `{action}` what the agent will do ("trace the parcel"), `{remedy}` the site owner's offer
//! completing "I can ...", `{amount}` the sum the customer asked back, `{staff}` the member of
//! staff praised, `{complaint}` the
//! mirrored clause.
//!
//! Honesty rules every sentence here keeps: no outcome or fix time that nobody has
//! verified; an apology for a fault only in the `Company` pools; nothing that claims to
//! have read back through a conversation the agent has not taken part in.

/// Several wordings of one move, written with [`list!`](crate::list::list) as a list, one
/// text in the wasm (see `crate::list`).
pub(crate) type Pool = crate::list::List;

mod answer;
mod close;
mod lines;
mod next_step;
mod open;
mod requests;

pub(super) use answer::*;
pub(super) use close::*;
pub(super) use lines::*;
pub(super) use next_step::*;
pub(super) use open::*;
pub(super) use requests::*;
