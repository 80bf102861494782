//! defuse-core's integration tests: one binary, one module per area.

mod chat;
mod conversation;
mod cues;
mod model;
mod playbook;
mod props;
mod replies_corpus;
mod robust;
