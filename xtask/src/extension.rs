//! The browser extension in `dist/`: `dist/extension/` (unpacked Chromium Manifest V3, to
//! "Load unpacked") and `dist/defuse-extension.zip` (the same files, for a store upload or
//! to hand around). The wasm and glue come from the same crate as the script tag's, built
//! with `--features extension` (the panel's exports, which the script tag does not
//! download), plus the extension's own pages and scripts from `www/extension/`.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use anyhow::{ensure, Context, Result};
use zip::write::SimpleFileOptions;

/// Files taken from the extension's wasm build (`wasm`, staged by `dist::dist`).
const FROM_BUILD: [&str; 2] = ["defuse_web.js", "defuse_web_bg.wasm"];

/// Assembles `dist/extension/` and `dist/defuse-extension.zip` from `www/extension/` and
/// the extension's wasm build in `wasm` (called by `dist::dist`).
pub fn extension(root: &Path, wasm: &Path) -> Result<()> {
    let dist = root.join("dist");
    let out = dist.join("extension");
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
    }
    std::fs::create_dir_all(&out)?;
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let source = root.join("www/extension");
    let mut names: Vec<_> = std::fs::read_dir(&source)
        .with_context(|| format!("reading {}", source.display()))?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<std::io::Result<_>>()?;
    names.sort();
    for name in names {
        let bytes = std::fs::read(source.join(&name))?;
        files.push((name, bytes));
    }
    for name in FROM_BUILD {
        let path = wasm.join(name);
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        files.push((name.to_string(), bytes));
    }
    ensure!(
        files.iter().any(|(n, _)| n == "manifest.json"),
        "www/extension/manifest.json is missing"
    );
    for (name, bytes) in &files {
        std::fs::write(out.join(name), bytes)?;
    }

    // Fixed order and the zip format's default timestamps: the same files, the same zip.
    let zip_path = dist.join("defuse-extension.zip");
    let mut zip = zip::ZipWriter::new(File::create(&zip_path)?);
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in &files {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    zip.finish()?;
    let size = std::fs::metadata(&zip_path)?.len();
    println!(
        "dist/extension/ ({} files), dist/defuse-extension.zip ({:.1} KB)",
        files.len(),
        size as f64 / 1000.0
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    fn manifest() -> Value {
        let path = crate::workspace_root().join("www/extension/manifest.json");
        let text = std::fs::read_to_string(&path).expect("www/extension/manifest.json");
        serde_json::from_str(&text).expect("the manifest is JSON")
    }

    fn strings(value: &Value) -> Vec<&str> {
        let list = value.as_array().expect("a list");
        list.iter().filter_map(Value::as_str).collect()
    }

    #[test]
    fn the_manifest_asks_for_least_privilege() {
        let m = manifest();
        assert_eq!(m["manifest_version"], 3);
        assert_eq!(
            strings(&m["permissions"]),
            ["sidePanel", "storage", "activeTab", "scripting"]
        );
        // Sites are granted one by one at setup, never up front.
        assert!(m.get("host_permissions").is_none());
        assert_eq!(
            strings(&m["optional_host_permissions"]),
            ["https://*/*", "http://*/*"]
        );
        for absent in [
            "content_scripts",
            "web_accessible_resources",
            "externally_connectable",
        ] {
            assert!(m.get(absent).is_none(), "{absent} must not be declared");
        }
    }

    #[test]
    fn extension_pages_may_run_the_wasm_and_reach_nothing_outside() {
        let csp = manifest()["content_security_policy"]["extension_pages"]
            .as_str()
            .expect("an extension_pages CSP")
            .to_string();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{csp}"
        );
        assert!(csp.contains("connect-src 'self'"), "{csp}");
        assert!(!csp.contains("http") && !csp.contains('*'), "{csp}");
    }
}
