//! The help-desk apps in `dist/`: `dist/chatwoot/` (a Chatwoot dashboard app),
//! `dist/zendesk/` plus `dist/defuse-zendesk.zip` (a Zendesk Support ticket sidebar app,
//! ready to upload) and `dist/front/` (a Front plugin).
//!
//! Each app is its folder in `www/apps/`, the shared host script (`www/apps/host.js`,
//! `app.css`), the help desk's SDK from `node_modules` where it has one, the script tag's
//! loader (`dist/defuse.js`) and the hosted wasm and glue (`--features extension,apps`,
//! shared with the extension: the apps' host is in it, the script tag's wasm does not
//! carry it). Each app folder stands alone, so a site owner can host or upload it by
//! itself.
//!
//! The Zendesk manifest's author (Zendesk shows it and requires a name and an email) comes
//! from `DEFUSE_APP_AUTHOR_NAME`, `DEFUSE_APP_AUTHOR_EMAIL` and `DEFUSE_APP_AUTHOR_URL`
//! when `cargo xtask dist` runs ([`AUTHOR`] has the defaults, which `dist` warns about).

use std::path::Path;

use anyhow::{ensure, Context, Result};

/// Files every app page loads from its own folder: the shared host script and the page
/// style.
const SHARED: [&str; 2] = ["host.js", "app.css"];

/// The hosted build's glue and wasm (with the apps' host), next to the script tag's loader.
const HOSTED: [&str; 2] = ["defuse_web.js", "defuse_web_bg.wasm"];

/// The Zendesk manifest's author when the environment names none: (variable, default).
/// Zendesk requires a name and an email; the url is left out when empty.
pub const AUTHOR: [(&str, &str); 3] = [
    ("DEFUSE_APP_AUTHOR_NAME", "Defuse"),
    ("DEFUSE_APP_AUTHOR_EMAIL", "defuse@example.com"),
    ("DEFUSE_APP_AUTHOR_URL", ""),
];

/// One app: its folder under `www/apps/` and `dist/`, and the folder (inside it) of the
/// page the help desk opens, where the bundle goes.
struct App {
    name: &'static str,
    page_dir: &'static str,
}

const APPS: [App; 3] = [
    App {
        name: "chatwoot",
        page_dir: "",
    },
    App {
        name: "zendesk",
        page_dir: "assets",
    },
    App {
        name: "front",
        page_dir: "",
    },
];

/// The ZAF SDK's CommonJS modules (`zendesk_app_framework_sdk/lib/`), bundled into one
/// classic script that sets `window.ZAFClient`, as Zendesk's own build does.
const ZAF_MODULES: [&str; 4] = ["index", "client", "utils", "vendor/native-promise-only"];

/// Assembles the three apps and the Zendesk zip (after `dist::dist`), with the hosted
/// wasm and glue from `hosted`.
pub fn apps(root: &Path, hosted: &Path) -> Result<()> {
    let dist = root.join("dist");
    for app in &APPS {
        let out = dist.join(app.name);
        if out.exists() {
            std::fs::remove_dir_all(&out).with_context(|| format!("removing {}", out.display()))?;
        }
        copy_tree(&root.join("www/apps").join(app.name), &out)?;
        let page = out.join(app.page_dir);
        std::fs::create_dir_all(&page)?;
        for name in SHARED {
            copy(&root.join("www/apps").join(name), &page.join(name))?;
        }
        copy(&dist.join("defuse.js"), &page.join("defuse.js"))?;
        for name in HOSTED {
            copy(&hosted.join(name), &page.join(name))?;
        }
    }
    let zendesk = dist.join("zendesk");
    let manifest = zendesk.join("manifest.json");
    let author = author(|name| std::env::var(name).ok());
    std::fs::write(
        &manifest,
        with_author(&std::fs::read_to_string(&manifest)?, &author)?,
    )?;
    if author["email"] == AUTHOR[1].1 {
        println!(
            "apps: the Zendesk manifest's author email is the placeholder {}: set \
             DEFUSE_APP_AUTHOR_NAME / _EMAIL / _URL before building a zip to upload",
            AUTHOR[1].1
        );
    }
    std::fs::write(
        zendesk.join("assets/zaf_sdk.js"),
        bundle_zaf(&root.join("node_modules/zendesk_app_framework_sdk/lib"))?,
    )?;
    std::fs::write(
        zendesk.join("assets/logo.png"),
        png(320, [0xd9, 0x4b, 0x2b])?,
    )?;
    std::fs::write(
        zendesk.join("assets/logo-small.png"),
        png(128, [0xd9, 0x4b, 0x2b])?,
    )?;
    copy(
        &root.join("node_modules/@frontapp/plugin-sdk/dist/index.umd.js"),
        &dist.join("front/front_sdk.js"),
    )?;

    let mut files = Vec::new();
    collect(&zendesk, "", &mut files)?;
    files.sort();
    let entries = files
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(zendesk.join(&name))?;
            Ok((name, bytes))
        })
        .collect::<Result<Vec<_>>>()?;
    let zip = dist.join("defuse-zendesk.zip");
    std::fs::write(&zip, self::zip(&entries)?)?;
    println!(
        "apps: dist/chatwoot/, dist/front/, dist/zendesk/ and {} ({} files)",
        zip.strip_prefix(root).unwrap_or(&zip).display(),
        entries.len()
    );
    Ok(())
}

/// The manifest's `author` object, from `var` (the environment) or the defaults.
fn author(var: impl Fn(&str) -> Option<String>) -> serde_json::Map<String, serde_json::Value> {
    let mut out = serde_json::Map::new();
    for ((name, default), key) in AUTHOR.iter().zip(["name", "email", "url"]) {
        let value = var(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| default.to_string());
        if !value.is_empty() {
            out.insert(key.to_string(), value.into());
        }
    }
    out
}

/// The manifest text with its `author` set.
fn with_author(
    manifest: &str,
    author: &serde_json::Map<String, serde_json::Value>,
) -> Result<String> {
    let mut value: serde_json::Value =
        serde_json::from_str(manifest).context("www/apps/zendesk/manifest.json is not JSON")?;
    let object = value
        .as_object_mut()
        .context("the Zendesk manifest is not an object")?;
    object.insert("author".into(), author.clone().into());
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)
        .with_context(|| format!("copying {} to {}", from.display(), to.display()))?;
    Ok(())
}

/// Copies a folder and everything in it.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            copy(&entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Every file under `dir`, as `/`-separated paths relative to it.
fn collect(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<()> {
    for entry in std::fs::read_dir(dir.join(prefix))? {
        let entry = entry?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type()?.is_dir() {
            collect(dir, &format!("{name}/"), out)?;
        } else {
            out.push(name);
        }
    }
    Ok(())
}

/// The ZAF SDK as one script: each module wrapped in a function, `require` resolving the
/// SDK's own relative names (`./client`, `./vendor/native-promise-only`), nothing else.
fn bundle_zaf(lib: &Path) -> Result<String> {
    let mut out = String::from(
        "/* zendesk_app_framework_sdk (Apache-2.0), from npm, bundled by cargo xtask dist */\n\
         (function () {\n\"use strict\";\nvar defs = {}, cache = {};\n\
         function require(name) {\n  name = name.replace(/^\\.\\//, \"\");\n\
         if (!cache[name]) {\n    var module = { exports: {} };\n    cache[name] = module;\n\
         defs[name].call(window, module, module.exports, require);\n  }\n\
         return cache[name].exports;\n}\n",
    );
    for name in ZAF_MODULES {
        let path = lib.join(format!("{name}.js"));
        let source = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {} (npm ci?)", path.display()))?;
        out.push_str(&format!(
            "defs[{name:?}] = function (module, exports, require) {{\n{source}\n}};\n"
        ));
    }
    out.push_str("window.ZAFClient = require(\"index\");\n})();\n");
    Ok(out)
}

/// CRC-32 (IEEE), as zip and PNG both use it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// Compresses with node's zlib (node already measures the bundle's sizes, so no compression
/// crate is built): raw deflate for zip entries, or with the zlib wrapper for PNG.
fn deflate(bytes: &[u8], zlib_wrapper: bool) -> Result<Vec<u8>> {
    use std::io::Write as _;
    let call = if zlib_wrapper {
        "deflateSync"
    } else {
        "deflateRawSync"
    };
    let mut child = std::process::Command::new("node")
        .arg("-e")
        .arg(format!(
            "process.stdout.write(require('zlib').{call}(require('fs').readFileSync(0),{{level:9}}))"
        ))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .context("running node to compress")?;
    let mut stdin = child.stdin.take().context("node's stdin")?;
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output()?;
    writer
        .join()
        .map_err(|_| anyhow::anyhow!("writing to node panicked"))??;
    ensure!(out.status.success(), "node could not compress");
    Ok(out.stdout)
}

/// A zip archive of `files` (path, bytes), deflated, dated 1 Jan 1980 so that the same
/// files give the same zip.
fn zip(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = u32::try_from(out.len()).context("zip over 4 GB")?;
        let size = u32::try_from(bytes.len()).context("file over 4 GB")?;
        let packed = deflate(bytes, false)?;
        let packed_size = u32::try_from(packed.len()).context("file over 4 GB")?;
        let name_len = u16::try_from(name.len()).context("file name too long")?;
        let crc = crc32(bytes);
        // version 2.0, no flags, deflate, time 00:00 1 Jan 1980.
        let common = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(&8u16.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(&0x21u16.to_le_bytes());
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&packed_size.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&name_len.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);

        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        common(&mut central);
        central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let start = u32::try_from(out.len()).context("zip over 4 GB")?;
    let count = u16::try_from(files.len()).context("too many files")?;
    let central_len = u32::try_from(central.len()).context("zip over 4 GB")?;
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&central_len.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Ok(out)
}

/// A square PNG of one colour (the Zendesk app's logos): no image crate.
fn png(side: u32, rgb: [u8; 3]) -> Result<Vec<u8>> {
    let row: Vec<u8> = std::iter::once(0) // filter: none
        .chain(std::iter::repeat_n(rgb, side as usize).flatten())
        .collect();
    let raw: Vec<u8> = std::iter::repeat_n(row, side as usize).flatten().collect();
    let zlib = deflate(&raw, true)?;

    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8; 4], data: &[u8]| -> Result<()> {
        let len = u32::try_from(data.len()).context("PNG chunk too big")?;
        out.extend_from_slice(&len.to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
        Ok(())
    };
    let mut header = Vec::new();
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(b"IHDR", &header)?;
    chunk(b"IDAT", &zlib)?;
    chunk(b"IEND", &[])?;
    ensure!(out.len() > 8, "empty PNG");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_author_comes_from_the_environment_or_the_defaults() {
        let manifest =
            std::fs::read_to_string(crate::workspace_root().join("www/apps/zendesk/manifest.json"))
                .unwrap();
        let set = |name: &str| match name {
            "DEFUSE_APP_AUTHOR_EMAIL" => Some(" apps@acme.test ".to_string()),
            "DEFUSE_APP_AUTHOR_URL" => Some("https://acme.test".to_string()),
            _ => None,
        };
        let out: serde_json::Value =
            serde_json::from_str(&with_author(&manifest, &author(set)).unwrap()).unwrap();
        assert_eq!(
            out["author"],
            serde_json::json!({"name": "Defuse", "email": "apps@acme.test", "url": "https://acme.test"})
        );
        assert_eq!(
            out["location"]["support"]["ticket_sidebar"]["url"],
            "assets/iframe.html"
        );
        let defaults = author(|_| None);
        assert_eq!(defaults["email"], AUTHOR[1].1);
        assert!(!defaults.contains_key("url"), "an empty url is left out");
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn a_zip_lists_its_files_in_the_central_directory() {
        let zip = zip(&[
            ("manifest.json".into(), b"{}".to_vec()),
            ("assets/iframe.html".into(), b"<!doctype html>".to_vec()),
        ])
        .unwrap();
        let end = &zip[zip.len() - 22..];
        assert_eq!(&end[..4], &0x0605_4b50u32.to_le_bytes());
        assert_eq!(u16::from_le_bytes([end[10], end[11]]), 2);
        let start = u32::from_le_bytes([end[16], end[17], end[18], end[19]]) as usize;
        assert_eq!(&zip[start..start + 4], &0x0201_4b50u32.to_le_bytes());
        assert!(zip.windows(18).any(|w| w == b"assets/iframe.html"));
    }
}
