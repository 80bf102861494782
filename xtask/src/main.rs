//! `cargo xtask`: the project's build chores (wasm build, dist, sizes, serve, the full test
//! run, the in-browser benchmark and the demo screenshots).
//!
//! Each chore is one function; external tools (cargo, wasm-bindgen, wasm-opt, node) are
//! called as processes. Cargo is called through the `CARGO` environment variable so the
//! same toolchain that runs xtask builds everything else.

mod apps;
mod bench;
mod core_size;
mod dist;
mod extension;
mod fuzz;
mod likeness;
mod names;
mod prereq;
mod serve;
mod steps;
#[cfg(test)]
mod tidy;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

const USAGE: &str = "\
usage: cargo xtask <command>

dist, demo, test, bench-web and screenshots first check what they need (wasm32 target,
wasm-bindgen-cli at the pinned version, npm packages, Chromium) and install what is missing,
or stop naming the command to run.

commands:
  dist          build the wasm, bind, optimize, assemble dist/ (and the browser
                extension: dist/extension/, dist/defuse-extension.zip; the help-desk apps:
                dist/chatwoot/, dist/zendesk/ + defuse-zendesk.zip, dist/front/), print sizes
  demo [PORT]   dist, then serve the demo on http://127.0.0.1:8080 (or PORT)
  serve [PORT]  serve www/ and dist/ as they are (no build)
  test          the whole test suite: fmt, clippy (native + wasm), unit tests, browser
                component tests, dist, end-to-end tests
  core-size     build what defuse-core alone adds to a wasm and print its sizes
  fuzz [CASES]  mutate real sentences through the core's invariants (default 1,000,000)
  bench-web     dist and its benchmark build (dist/bench/), then run www/bench.html in
                headless Chromium and print the figures
  screenshots   dist, then save the demo in three states to docs/screenshots/";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let port = |i: usize| -> Result<u16> {
        match args.get(i) {
            Some(p) => p.parse().with_context(|| format!("bad port {p:?}")),
            None => Ok(8080),
        }
    };
    match args.first().map(String::as_str) {
        Some("dist") => {
            prereq::ensure(&root, prereq::DEMO)?;
            dist::dist(&root)
        }
        Some("demo") => {
            prereq::ensure(&root, prereq::DEMO)?;
            dist::dist(&root)?;
            dist::bench_build(&root)?;
            bench::bundle_sentiment(&root)?;
            serve::serve(&root, port(1)?)
        }
        Some("serve") => serve::serve(&root, port(1)?),
        Some("test") => {
            prereq::ensure(&root, prereq::TEST)?;
            steps::test(&root)
        }
        Some("core-size") => core_size::core_size(&root),
        Some("fuzz") => fuzz::fuzz(&root, args.get(1).map(String::as_str)),
        Some("bench-web") => {
            prereq::ensure(&root, prereq::BROWSER)?;
            dist::dist(&root)?;
            dist::bench_build(&root)?;
            bench::bundle_sentiment(&root)?;
            steps::node(&root, &["tests/e2e/bench-web.mjs"])
        }
        Some("screenshots") => {
            prereq::ensure(&root, prereq::BROWSER)?;
            dist::dist(&root)?;
            steps::node(&root, &["tests/e2e/screenshots.mjs"])
        }
        Some("help" | "--help" | "-h") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => bail!("unknown command {other:?}\n\n{USAGE}"),
    }
}

/// The workspace root: xtask lives one level below it. `cargo run` sets
/// `CARGO_MANIFEST_DIR` for the process too; that run-time value wins over the one compiled
/// in, so an xtask binary built in one checkout (a copied `target/`, a worktree) still works
/// on the checkout it is run from, not on the one it was compiled in.
fn workspace_root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest
        .parent()
        .map_or_else(|| manifest.clone(), Path::to_path_buf)
}

/// The cargo that runs us, so every build uses the same toolchain.
fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// Where cargo puts its builds: `CARGO_TARGET_DIR` when set (relative to the root), else
/// `<root>/target`.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}
