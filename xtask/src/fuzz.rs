//! `cargo xtask fuzz [CASES]`: the core's structure-aware fuzz (real sentences, mutated)
//! for a million cases by default, in release. The test suite runs the same property for
//! a few thousand; a failure prints the line to add to the committed regression cases.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

/// Runs `robust::fuzz` in defuse-core's test binary with `DEFUSE_FUZZ_CASES` set.
pub fn fuzz(root: &Path, cases: Option<&str>) -> Result<()> {
    let cases = cases.unwrap_or("1000000");
    let n: u64 = cases
        .replace('_', "")
        .parse()
        .with_context(|| format!("CASES must be a number, got {cases:?}"))?;
    println!("fuzzing defuse-core with {n} mutated real sentences (release build)");
    crate::steps::run(
        Command::new(crate::cargo())
            .current_dir(root)
            .env("DEFUSE_FUZZ_CASES", n.to_string())
            .args([
                "test",
                "--release",
                "-p",
                "defuse-core",
                "--test",
                "it",
                "robust::fuzz::mutated_real_sentences_keep_the_invariants",
                "--",
                "--nocapture",
            ]),
    )
}
