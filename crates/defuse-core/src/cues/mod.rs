//! Rule-based detection of emotions, escalation cues and modifiers, each with its span.

use crate::signal::Signal;
use crate::text::Token;

/// Finds every signal in `text` (already split into `tokens`), in text order.
pub(crate) fn detect(_text: &str, _tokens: &[Token<'_>]) -> Vec<Signal> {
    Vec::new()
}
