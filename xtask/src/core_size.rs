//! `cargo xtask core-size`: what `defuse-core` alone adds to a wasm.
//!
//! Issue 2 budgets the core's contribution to the wasm (well under 100 KB gzip). The
//! sidebar's bundle mixes the core with Yew, the UI and the JS glue, so this builds a
//! throwaway cdylib (under the target dir, never committed) that links exactly what the
//! sidebar calls in the core, with the same release profile and wasm-opt pass as `dist`,
//! twice: the analysis engine alone (`Conversation::push`, so `analyze` and the learned
//! layer), then with the playbook (`advise`, `coach`, `Config::read`).

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::steps::run;

const MANIFEST: &str = r#"[package]
name = "defuse-core-probe"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
crate-type = ["cdylib"]
path = "lib.rs"

[dependencies]
defuse-core = { path = "@CORE@" }
# A serde deserializer for the config, as the sidebar has one (serde-wasm-bindgen's).
serde = "1"

[features]
# Without it only the analysis engine (issue 2) is linked; with it the playbook too.
playbook = []

# The workspace's release profile (see the root Cargo.toml).
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"

[workspace]
"#;

const SOURCE: &str = r#"//! Links everything the sidebar calls in defuse-core behind one export. The inputs
//! depend on the argument so nothing is folded away at compile time.
use defuse_core::{Conversation, Message, Millis, Role};

const TEXTS: [&str; 3] = [
    "This is the THIRD time I'm asking!!! Where is my refund??? I will sue you",
    "Sorry about that, I'll fix it within the hour. Thanks for your patience",
    "hasn't changed in 9 days, honestly your service is a joke 😡",
];

#[no_mangle]
pub extern "C" fn probe(n: u32) -> u32 {
    let mut conversation = Conversation::new();
    for i in 0..n {
        let role = if i % 2 == 0 { Role::Customer } else { Role::Agent };
        let text = TEXTS[(i % 3) as usize].repeat((n % 4 + 1) as usize);
        conversation.push(Message { role, text, at: Some(Millis(i64::from(i) * 1000)) });
    }
    u32::from(conversation.state().level) + playbook(&conversation, n)
}

#[cfg(feature = "playbook")]
fn playbook(conversation: &Conversation, n: u32) -> u32 {
    use defuse_core::playbook::{advise, coach, Config};
    use serde::de::value::{Error, MapDeserializer};
    // Through `Config::read`, as the sidebar reads a config (there from a JS value).
    let entries = [("followUpMinutes", n % 90 + 1)];
    let config = Config::read(MapDeserializer::<_, Error>::new(entries.into_iter()), |e| {
        e.to_string()
    })
    .unwrap_or_default();
    let advice = advise(conversation, &config, Some(Millis(i64::from(n))));
    let feedback = coach(TEXTS[(n % 3) as usize], conversation, &config);
    advice.replies.len() as u32 + feedback.flags.len() as u32
}

#[cfg(not(feature = "playbook"))]
fn playbook(_: &Conversation, _: u32) -> u32 {
    0
}
"#;

/// Builds the probe and prints its raw / gzip / brotli sizes.
pub fn core_size(root: &Path) -> Result<()> {
    let dir = crate::target_dir(root).join("core-probe");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let core = root.join("crates/defuse-core");
    let manifest = MANIFEST.replace("@CORE@", &core.to_string_lossy());
    std::fs::write(dir.join("Cargo.toml"), manifest)?;
    std::fs::write(dir.join("lib.rs"), SOURCE)?;
    // The workspace's lock file, so the probe builds the same dependency versions.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;

    crate::dist::npm_ci_if_needed(root)?;
    let mut lines = Vec::new();
    for (features, what) in [
        ("", "analysis engine (analyze, learned layer, Conversation)"),
        ("playbook", "whole core (+ playbook: advise, coach, config)"),
    ] {
        println!("==> cargo build (defuse-core probe, features [{features}]) --release --target wasm32-unknown-unknown");
        run(Command::new(crate::cargo())
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", dir.join("target"))
            .args([
                "build",
                "--release",
                "--target",
                "wasm32-unknown-unknown",
                "--features",
                features,
            ]))?;
        let built = dir.join("target/wasm32-unknown-unknown/release/defuse_core_probe.wasm");
        let optimized = dir.join(format!("defuse_core_{features}.wasm"));
        println!("==> wasm-opt {}", crate::dist::WASM_OPT.join(" "));
        run(Command::new(root.join("node_modules/.bin/wasm-opt"))
            .args(crate::dist::WASM_OPT)
            .arg(&built)
            .arg("-o")
            .arg(&optimized))?;
        let s = &crate::dist::sizes(root, &[optimized])?[0];
        lines.push(format!(
            "{what}: {:.1} KB raw, {:.1} KB gzip, {:.1} KB brotli",
            s.raw as f64 / 1000.0,
            s.gzip as f64 / 1000.0,
            s.brotli as f64 / 1000.0
        ));
    }
    println!("\ndefuse-core alone in a wasm (same profile and wasm-opt pass as dist):");
    for line in lines {
        println!("  {line}");
    }
    Ok(())
}
