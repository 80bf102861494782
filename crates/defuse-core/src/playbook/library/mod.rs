//! The sentences replies are composed from, written for Defuse (our own words, never the
//! seed articles'). Each pool holds several wordings of one move, so that two conversations
//! rarely share a sentence; `compose/` picks one per slot.
//!
//! Placeholders: `{subject}` the problem as a noun phrase ("your missing parcel"), `{parcel}`
//! the customer's word for what was sent, `{item}` an item they named, `{thing}` "the app" or
//! "the website", `{name}`, `{follow_up}` the configured time ("within the hour"),
//! `{action}` what the agent will do ("trace the parcel"), `{remedy}` the site owner's offer
//! completing "I can ...", `{complaint}` the
//! mirrored clause.
//!
//! Honesty rules every sentence here keeps: no outcome or fix time that nobody has
//! verified; an apology for a fault only in the `Company` pools; nothing that claims to
//! have read back through a conversation the agent has not taken part in.

/// Writes a [`Pool`]: its wordings as a list, like an array of strings, kept as one text.
macro_rules! pool {
    ($($wording:literal),* $(,)?) => {
        super::Pool(concat!($($wording, "\n"),*))
    };
}

/// Several wordings of one move, one per line.
///
/// A pool is one string rather than a `&[&str]`: the wasm keeps a (pointer, length) pair
/// for every string literal, and with about 900 wordings here those pairs cost about
/// 2 KB brotli (measured when the library went over the bundle budget).
#[derive(Clone, Copy)]
pub(crate) struct Pool(pub(crate) &'static str);

impl Pool {
    /// The wordings, in order.
    pub(crate) fn iter(self) -> std::str::Lines<'static> {
        self.0.lines()
    }

    /// How many wordings the pool holds.
    pub(crate) fn len(self) -> usize {
        self.iter().count()
    }

    /// Whether the pool holds no wording.
    pub(crate) fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The `k`-th wording (`k < len()`), or "".
    pub(crate) fn get(self, k: usize) -> &'static str {
        self.iter().nth(k).unwrap_or("")
    }
}

mod answer;
mod close;
mod lines;
mod next_step;
mod open;

pub(super) use answer::*;
pub(super) use close::*;
pub(super) use lines::*;
pub(super) use next_step::*;
pub(super) use open::*;
