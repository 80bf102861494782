//! `cargo xtask test`, the one test command: every check CI runs, in order, stopping at
//! the first failure. Also the process helpers the other chores share.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

/// Runs the whole suite. Each step prints a header; the first failure ends the run.
pub fn test(root: &Path) -> Result<()> {
    let cargo = crate::cargo();
    // `--all-features` covers defuse-web's `extension` feature (the extension panel's
    // exports), which the script tag's build leaves out.
    let cargo_steps: [&[&str]; 6] = [
        &["fmt", "--all", "--check"],
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ],
        &[
            "clippy",
            "-p",
            "defuse-ui",
            "-p",
            "defuse-web",
            "--all-features",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ],
        // The script tag's wasm, without the extension feature.
        &[
            "clippy",
            "-p",
            "defuse-web",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ],
        &["test", "--workspace", "--all-features"],
        // The browser component tests (wasm-bindgen-test-runner drives headless Chromium).
        &[
            "test",
            "-p",
            "defuse-ui",
            "--target",
            "wasm32-unknown-unknown",
        ],
    ];
    for args in cargo_steps {
        header(&format!("cargo {}", args.join(" ")));
        run(Command::new(&cargo).current_dir(root).args(args))?;
    }
    header("cargo xtask dist");
    crate::dist::dist(root)?;
    crate::dist::npm_ci_if_needed(root)?;
    header("node tests/e2e/run.mjs");
    node(root, &["tests/e2e/run.mjs"])?;
    header("node tests/e2e/extension/run.mjs");
    node(root, &["tests/e2e/extension/run.mjs"])?;
    println!("\nall steps passed");
    Ok(())
}

/// Runs a node script from the workspace root.
pub fn node(root: &Path, args: &[&str]) -> Result<()> {
    crate::dist::npm_ci_if_needed(root)?;
    run(Command::new("node").current_dir(root).args(args))
}

/// Runs a command with inherited output; a non-zero exit is an error naming the command.
pub fn run(command: &mut Command) -> Result<()> {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .with_context(|| format!("could not start {shown}"))?;
    if !status.success() {
        bail!("{shown} failed with {status}");
    }
    Ok(())
}

fn header(step: &str) {
    println!("\n==== {step} ====");
}
