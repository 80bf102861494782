//! Tests: playbook.
