//! Tests: conversation.
