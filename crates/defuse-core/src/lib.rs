//! Defuse's analysis core: text -> signals -> conversation -> playbook -> replies, draft coach.
//!
//! Pure Rust with no IO, no clock and no browser types: the same code runs in the wasm
//! sidebar, the CLI, the tests and the benchmarks. Time is an input ([`Millis`]), text
//! offsets are output both as UTF-8 bytes and UTF-16 units ([`Span`]), and nothing here can
//! fail on text input.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod analysis;
pub mod case;
mod conversation;
mod cues;
pub mod heat;
pub mod language;
mod lexicon;
mod list;
pub mod model;
mod order;
pub mod playbook;
mod signal;
mod span;
mod technique;
pub mod text;

pub use analysis::{
    analyze, analyze_in, analyze_with_scores, heat_features, Emotions, MessageAnalysis, Polarity,
};
pub use conversation::{Band, Burst, Conversation, Message, Millis, Role, State, Trend, Turn};
pub use language::Language;
pub use signal::{Signal, SignalKind};
pub use span::Span;
pub use technique::{detect_techniques, Technique, TechniqueUse};
