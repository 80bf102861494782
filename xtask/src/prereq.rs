//! What `cargo xtask demo` and `cargo xtask test` need on the machine, checked before they
//! start: the wasm32 target, rustfmt and clippy, `wasm-bindgen-cli` at the version
//! Cargo.toml pins, the npm packages package.json pins, and Chromium.
//!
//! [`plan`] is the decision (what is missing -> what to run, or the one line telling the
//! user what to run); it is pure, so it is tested without installing anything. [`ensure`]
//! looks at the machine ([`Found`]), asks [`plan`], and runs the fixes it can: a fresh
//! Debian machine needs no step beyond the README's two commands (`.ci/run` is just
//! `cargo xtask test`).

use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

/// One thing a chore needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The `wasm32-unknown-unknown` standard library.
    WasmTarget,
    /// `cargo fmt` and `cargo clippy`.
    Components,
    /// `wasm-bindgen` (and `wasm-bindgen-test-runner`) at the pinned version.
    WasmBindgen,
    /// node_modules as package.json pins it (wasm-opt, terser, playwright-core, ...).
    NpmPackages,
    /// `/usr/bin/chromium` and `chromedriver` for the browser tests.
    Chromium,
}

/// What `cargo xtask demo` (and `dist`) needs.
pub const DEMO: &[Need] = &[Need::WasmTarget, Need::WasmBindgen, Need::NpmPackages];

/// What `cargo xtask bench-web` and `screenshots` need: the demo's tools and a browser.
pub const BROWSER: &[Need] = &[
    Need::WasmTarget,
    Need::WasmBindgen,
    Need::NpmPackages,
    Need::Chromium,
];

/// What `cargo xtask test` needs.
pub const TEST: &[Need] = &[
    Need::Components,
    Need::WasmTarget,
    Need::WasmBindgen,
    Need::NpmPackages,
    Need::Chromium,
];

/// The browser the end-to-end tests launch (tests/e2e/browser.mjs).
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// The machine as [`ensure`] found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// `rustup` runs (it can add targets and components).
    pub rustup: bool,
    /// The wasm32 standard library is installed for the active toolchain.
    pub wasm_target: bool,
    /// `cargo fmt --version` and `cargo clippy --version` both work.
    pub components: bool,
    /// The version `wasm-bindgen --version` prints (`None`: not installed).
    pub wasm_bindgen: Option<String>,
    /// The version Cargo.toml pins with `wasm-bindgen = "=X"`.
    pub pinned_wasm_bindgen: String,
    /// `npm` runs.
    pub npm: bool,
    /// Every devDependency of package.json is in node_modules at its pinned version.
    pub npm_packages: bool,
    /// [`CHROMIUM`] exists.
    pub chromium: bool,
    /// `chromedriver` is on the PATH (wasm-bindgen-test-runner drives Chromium with it).
    pub chromedriver: bool,
    /// We run as root, so `apt-get install` works without sudo.
    pub root: bool,
}

/// What to do about one missing thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fix {
    /// Run this command (program and arguments), then go on.
    Run(Vec<String>),
    /// We cannot fix it: stop with this one line, which names the command to run.
    Stop(String),
}

/// Decides, for the `needs` of a chore, what to run given what was `found`. Pure: the
/// unit tests below check every branch without touching the machine.
pub fn plan(needs: &[Need], found: &Found) -> Vec<Fix> {
    let run = |args: &[&str]| Fix::Run(args.iter().map(|a| a.to_string()).collect());
    let mut fixes = Vec::new();
    for need in needs {
        match need {
            Need::Components if !found.components => fixes.push(if found.rustup {
                run(&["rustup", "component", "add", "rustfmt", "clippy"])
            } else {
                Fix::Stop("rustfmt and clippy are missing: install them with your Rust toolchain (rustup: `rustup component add rustfmt clippy`)".into())
            }),
            Need::WasmTarget if !found.wasm_target => fixes.push(if found.rustup {
                run(&["rustup", "target", "add", "wasm32-unknown-unknown"])
            } else {
                Fix::Stop("the wasm32-unknown-unknown target is missing and rustup is not installed: install Rust with rustup (https://rustup.rs), then run `rustup target add wasm32-unknown-unknown`".into())
            }),
            Need::WasmBindgen
                if found.wasm_bindgen.as_deref() != Some(found.pinned_wasm_bindgen.as_str()) =>
            {
                // Without --locked: a locked dependency of the CLI is newer than the
                // registry holds (../shared/TOOLCHAIN.md).
                fixes.push(run(&[
                    "cargo",
                    "install",
                    "wasm-bindgen-cli",
                    "--version",
                    &found.pinned_wasm_bindgen,
                ]))
            }
            Need::NpmPackages if !found.npm_packages => fixes.push(if found.npm {
                run(&["npm", "ci", "--no-audit", "--no-fund"])
            } else {
                Fix::Stop("npm is missing: install Node.js 20 or newer with npm, then run this command again".into())
            }),
            Need::Chromium if !(found.chromium && found.chromedriver) => {
                fixes.push(if found.root {
                    run(&["apt-get", "update", "-qq"])
                } else {
                    Fix::Stop(format!(
                        "Chromium is missing ({CHROMIUM} and chromedriver): run `sudo apt-get update && sudo apt-get install -y chromium chromium-driver`, then run this command again"
                    ))
                });
                if found.root {
                    fixes.push(run(&[
                        "apt-get",
                        "install",
                        "-y",
                        "-qq",
                        "chromium",
                        "chromium-driver",
                    ]));
                }
            }
            _ => {}
        }
    }
    fixes
}

/// Checks what `needs` lists and installs what is missing, or fails with one line per
/// thing it cannot install, each naming the command to run.
pub fn ensure(root: &Path, needs: &[Need]) -> Result<()> {
    let found = Found::look(root, needs)?;
    let fixes = plan(needs, &found);
    let stops: Vec<&str> = fixes
        .iter()
        .filter_map(|f| match f {
            Fix::Stop(line) => Some(line.as_str()),
            Fix::Run(_) => None,
        })
        .collect();
    if !stops.is_empty() {
        bail!("{}", stops.join("\n"));
    }
    for fix in &fixes {
        if let Fix::Run(args) = fix {
            println!("==> missing prerequisite: {}", args.join(" "));
            crate::steps::run(
                Command::new(&args[0])
                    .args(&args[1..])
                    .current_dir(root)
                    .env("DEBIAN_FRONTEND", "noninteractive"),
            )?;
        }
    }
    Ok(())
}

impl Found {
    /// Looks at the machine; only what `needs` asks about is probed (each probe runs a
    /// program), the rest is reported as present.
    fn look(root: &Path, needs: &[Need]) -> Result<Found> {
        let wants = |n: Need| needs.contains(&n);
        let cargo = crate::cargo();
        let manifest = std::fs::read_to_string(root.join("Cargo.toml"))
            .context("reading Cargo.toml for the pinned wasm-bindgen")?;
        let pinned_wasm_bindgen = pinned_version(&manifest, "wasm-bindgen")
            .context("Cargo.toml must pin wasm-bindgen as `wasm-bindgen = \"=X.Y.Z\"`")?;
        let wasm_bindgen = if wants(Need::WasmBindgen) {
            output("wasm-bindgen", &["--version"])
                .and_then(|out| out.strip_prefix("wasm-bindgen ").map(str::to_string))
        } else {
            Some(pinned_wasm_bindgen.clone())
        };
        let npm_packages = !wants(Need::NpmPackages) || npm_packages_ready(root)?;
        Ok(Found {
            rustup: output("rustup", &["--version"]).is_some(),
            wasm_target: !wants(Need::WasmTarget) || wasm_target_installed(),
            components: !wants(Need::Components)
                || (output(&cargo, &["fmt", "--version"]).is_some()
                    && output(&cargo, &["clippy", "--version"]).is_some()),
            wasm_bindgen,
            pinned_wasm_bindgen,
            npm: output("npm", &["--version"]).is_some(),
            npm_packages,
            chromium: !wants(Need::Chromium) || Path::new(CHROMIUM).exists(),
            chromedriver: !wants(Need::Chromium)
                || output("chromedriver", &["--version"]).is_some(),
            root: output("id", &["-u"]).as_deref() == Some("0"),
        })
    }
}

/// Whether rustc's sysroot holds the wasm32 standard library (works with or without
/// rustup).
fn wasm_target_installed() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    output(&rustc, &["--print", "sysroot"]).is_some_and(|sysroot| {
        Path::new(&sysroot)
            .join("lib/rustlib/wasm32-unknown-unknown/lib")
            .is_dir()
    })
}

/// Whether node_modules holds every devDependency of package.json at the exact version
/// it pins (a rebase that adds a package makes this false, and `npm ci` runs).
fn npm_packages_ready(root: &Path) -> Result<bool> {
    let text =
        std::fs::read_to_string(root.join("package.json")).context("reading package.json")?;
    let manifest: serde_json::Value =
        serde_json::from_str(&text).context("parsing package.json")?;
    let Some(deps) = manifest["devDependencies"].as_object() else {
        return Ok(true);
    };
    Ok(deps.iter().all(|(name, version)| {
        let installed =
            std::fs::read_to_string(root.join("node_modules").join(name).join("package.json"))
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
        installed.is_some_and(|p| Some(p["version"].as_str().unwrap_or("")) == version.as_str())
    }))
}

/// The version a `name = "=X"` (or `name = { version = "=X", ... }`) line pins in a
/// Cargo manifest.
pub fn pinned_version(manifest: &str, name: &str) -> Option<String> {
    manifest.lines().find_map(|line| {
        let rest = line
            .trim()
            .strip_prefix(name)?
            .trim_start()
            .strip_prefix('=')?;
        let start = rest.find("\"=")? + 2;
        let len = rest[start..].find('"')?;
        Some(rest[start..start + len].to_string())
    })
}

/// A program's trimmed standard output, or `None` when it does not run or fails.
fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A machine with everything in place.
    fn ready() -> Found {
        Found {
            rustup: true,
            wasm_target: true,
            components: true,
            wasm_bindgen: Some("0.2.130".into()),
            pinned_wasm_bindgen: "0.2.130".into(),
            npm: true,
            npm_packages: true,
            chromium: true,
            chromedriver: true,
            root: true,
        }
    }

    /// The plan as one line per fix: `run: ...` or `stop: ...`.
    fn check(needs: &[Need], found: Found, expected: &[&str]) {
        let lines: Vec<String> = plan(needs, &found)
            .into_iter()
            .map(|f| match f {
                Fix::Run(args) => format!("run: {}", args.join(" ")),
                Fix::Stop(line) => format!("stop: {line}"),
            })
            .collect();
        assert_eq!(lines, expected);
    }

    #[test]
    fn nothing_to_do_on_a_ready_machine() {
        check(TEST, ready(), &[]);
    }

    #[test]
    fn a_fresh_debian_machine_as_root_installs_everything_in_order() {
        let fresh = Found {
            wasm_target: false,
            wasm_bindgen: None,
            npm_packages: false,
            chromium: false,
            chromedriver: false,
            ..ready()
        };
        check(
            TEST,
            fresh,
            &[
                "run: rustup target add wasm32-unknown-unknown",
                "run: cargo install wasm-bindgen-cli --version 0.2.130",
                "run: npm ci --no-audit --no-fund",
                "run: apt-get update -qq",
                "run: apt-get install -y -qq chromium chromium-driver",
            ],
        );
    }

    #[test]
    fn the_demo_does_not_need_a_browser() {
        let found = Found {
            chromium: false,
            chromedriver: false,
            root: false,
            ..ready()
        };
        check(DEMO, found.clone(), &[]);
        check(
            BROWSER,
            found,
            &["stop: Chromium is missing (/usr/bin/chromium and chromedriver): run `sudo apt-get update && sudo apt-get install -y chromium chromium-driver`, then run this command again"],
        );
    }

    #[test]
    fn a_wasm_bindgen_of_another_version_is_replaced_by_the_pinned_one() {
        let found = Found {
            wasm_bindgen: Some("0.2.100".into()),
            pinned_wasm_bindgen: "0.2.131".into(),
            ..ready()
        };
        check(
            DEMO,
            found,
            &["run: cargo install wasm-bindgen-cli --version 0.2.131"],
        );
    }

    #[test]
    fn without_rustup_or_npm_the_user_is_told_what_to_run() {
        let found = Found {
            rustup: false,
            wasm_target: false,
            components: false,
            npm: false,
            npm_packages: false,
            ..ready()
        };
        check(
            TEST,
            found,
            &[
                "stop: rustfmt and clippy are missing: install them with your Rust toolchain (rustup: `rustup component add rustfmt clippy`)",
                "stop: the wasm32-unknown-unknown target is missing and rustup is not installed: install Rust with rustup (https://rustup.rs), then run `rustup target add wasm32-unknown-unknown`",
                "stop: npm is missing: install Node.js 20 or newer with npm, then run this command again",
            ],
        );
    }

    #[test]
    fn missing_components_are_added_with_rustup() {
        let found = Found {
            components: false,
            ..ready()
        };
        check(
            TEST,
            found.clone(),
            &["run: rustup component add rustfmt clippy"],
        );
        check(DEMO, found, &[]);
    }

    #[test]
    fn the_pinned_version_is_read_from_the_manifest() {
        let manifest = "[workspace.dependencies]\nwasm-bindgen-test = \"0.3.80\"\n# pinned\nwasm-bindgen = \"=0.2.130\"\n";
        assert_eq!(
            pinned_version(manifest, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        let table = "wasm-bindgen = { version = \"=0.2.99\", default-features = false }";
        assert_eq!(
            pinned_version(table, "wasm-bindgen").as_deref(),
            Some("0.2.99")
        );
        assert_eq!(
            pinned_version("wasm-bindgen = \"0.2\"", "wasm-bindgen"),
            None
        );
        let ours = std::fs::read_to_string(crate::workspace_root().join("Cargo.toml")).unwrap();
        assert!(
            pinned_version(&ours, "wasm-bindgen").is_some(),
            "Cargo.toml pins wasm-bindgen"
        );
    }
}
