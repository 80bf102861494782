//! Tests: cues.
