//! Placeholder replaced by the playbook benchmark.
fn main() {}
