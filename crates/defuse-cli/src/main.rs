//! The `defuse` command line: analyze transcripts, coach drafts, evaluate, refit weights.

fn main() {}
