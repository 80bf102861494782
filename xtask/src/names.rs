//! Short import and export names for the shipped wasm.
//!
//! wasm-bindgen names every import after the JS function it wraps plus a 16-digit hash
//! (`__wbg_addEventListener_4b3ac9d4a1c5e8f2`), and each name is stored twice: in the wasm's
//! import section and as a key in the glue's import object. Hashes do not compress, so
//! `wasm-opt --minify-imports-and-exports-and-modules` renames them (and the exports, and
//! the import module) to one- or two-character names and prints the mapping; [`apply`]
//! makes the same renames in the glue. Every name must be found exactly where expected, or
//! the build fails: a glue that no longer matches its wasm must never ship.

use anyhow::{bail, ensure, Context, Result};

/// wasm-opt's printed mapping: `{"imports": [[module, name, new]...], "exports": [[name, new]...]}`.
#[derive(Debug, PartialEq)]
pub(crate) struct Mapping {
    /// (module, old name, new name) per import.
    pub(crate) imports: Vec<(String, String, String)>,
    /// (old name, new name) per export.
    pub(crate) exports: Vec<(String, String)>,
}

/// Reads the mapping wasm-opt prints. Its names are plain identifiers and paths, so the
/// quoted strings on each line are the fields; anything else is an error.
pub(crate) fn parse(text: &str) -> Result<Mapping> {
    let mut mapping = Mapping {
        imports: Vec::new(),
        exports: Vec::new(),
    };
    let mut section = None;
    for line in text.lines().map(str::trim) {
        if line.starts_with("\"imports\"") {
            // One mapping per run: a pass list that ran the pass twice printed two.
            ensure!(
                section.is_none(),
                "wasm-opt printed more than one name mapping"
            );
            section = Some(true);
        } else if line.starts_with("\"exports\"") {
            section = Some(false);
        } else if line.starts_with('[') {
            let fields = quoted(line).with_context(|| format!("bad mapping line {line}"))?;
            match (section, fields.as_slice()) {
                (Some(true), [module, old, new]) => {
                    mapping
                        .imports
                        .push((module.clone(), old.clone(), new.clone()))
                }
                (Some(false), [old, new]) => mapping.exports.push((old.clone(), new.clone())),
                _ => bail!("unexpected mapping line {line}"),
            }
        }
    }
    ensure!(
        !mapping.imports.is_empty() && !mapping.exports.is_empty(),
        "wasm-opt printed no name mapping"
    );
    Ok(mapping)
}

/// The double-quoted strings of one line; names never contain quotes or backslashes.
fn quoted(line: &str) -> Result<Vec<String>> {
    ensure!(!line.contains('\\'), "escaped characters");
    let parts: Vec<&str> = line.split('"').collect();
    ensure!(parts.len() % 2 == 1, "unbalanced quotes");
    Ok(parts
        .iter()
        .skip(1)
        .step_by(2)
        .map(|s| s.to_string())
        .collect())
}

/// Renames the glue's import keys, import module and export uses to `mapping`'s names;
/// `module` is the one import module the minified wasm uses.
pub(crate) fn apply(glue: &str, mapping: &Mapping, module: &str) -> Result<String> {
    let mut out = glue.to_string();
    let mut old_modules: Vec<&str> = mapping.imports.iter().map(|i| i.0.as_str()).collect();
    old_modules.dedup();
    ensure!(
        old_modules.len() == 1,
        "expected one import module, found {old_modules:?}"
    );
    out = replace_once(
        &out,
        &format!("\"{}\": import0", old_modules[0]),
        &format!("\"{module}\": import0"),
    )?;
    for (_, old, new) in &mapping.imports {
        // In the import object: `        name: function(...`
        out = replace_once(
            &out,
            &format!("\n        {old}: "),
            &format!("\n        \"{new}\": "),
        )?;
    }
    for (old, new) in &mapping.exports {
        out = replace_uses(&out, &format!("wasm.{old}"), &format!("wasm.{new}"));
    }
    Ok(out)
}

/// Replaces the one occurrence of `from`; none or several is an error.
fn replace_once(text: &str, from: &str, to: &str) -> Result<String> {
    let count = text.matches(from).count();
    ensure!(
        count == 1,
        "expected {from:?} once in the glue, found it {count} times"
    );
    Ok(text.replacen(from, to, 1))
}

/// Replaces every `from` not followed by an identifier character (`wasm.start` but not
/// `wasm.start_x`). An export the glue never uses (wasm-bindgen's own) is fine.
fn replace_uses(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let after = &rest[at + from.len()..];
        let whole = !after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
        out.push_str(&rest[..at]);
        out.push_str(if whole { to } else { from });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The module name of every import in a wasm binary (read from its import section).
pub(crate) fn import_modules(wasm: &[u8]) -> Result<Vec<String>> {
    ensure!(wasm.starts_with(b"\0asm"), "not a wasm binary");
    let Some((_, range)) = sections(wasm)?.into_iter().find(|s| s.0 == 2) else {
        return Ok(Vec::new());
    };
    let section = &wasm[range];
    let mut p = 0;
    let count = leb(section, &mut p)?;
    let mut modules = Vec::new();
    for _ in 0..count {
        modules.push(name(section, &mut p)?);
        name(section, &mut p)?;
        skip_import_kind(section, &mut p)?;
    }
    Ok(modules)
}

/// Each section of a wasm binary: its id and the range of its payload.
pub(crate) fn sections(wasm: &[u8]) -> Result<Vec<(u8, std::ops::Range<usize>)>> {
    let mut at = 8;
    let mut out = Vec::new();
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at)? as usize;
        let end = at
            .checked_add(size)
            .filter(|&e| e <= wasm.len())
            .context("truncated section")?;
        out.push((id, at..end));
        at = end;
    }
    Ok(out)
}

pub(crate) fn leb(bytes: &[u8], at: &mut usize) -> Result<u32> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(*at).context("truncated number")?;
        *at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    bail!("number too long")
}

fn name(bytes: &[u8], at: &mut usize) -> Result<String> {
    let len = leb(bytes, at)? as usize;
    let raw = bytes.get(*at..*at + len).context("truncated name")?;
    *at += len;
    Ok(String::from_utf8(raw.to_vec())?)
}

/// Skips an import's description: function (type index), table, memory, global or tag.
pub(crate) fn skip_import_kind(bytes: &[u8], at: &mut usize) -> Result<()> {
    let kind = *bytes.get(*at).context("truncated import")?;
    *at += 1;
    let limits = |at: &mut usize| -> Result<()> {
        let flags = *bytes.get(*at).context("truncated limits")?;
        *at += 1;
        leb(bytes, at)?;
        if flags & 1 != 0 {
            leb(bytes, at)?;
        }
        Ok(())
    };
    match kind {
        0 => leb(bytes, at).map(drop),
        1 => {
            *at += 1; // element type
            limits(at)
        }
        2 => limits(at),
        3 => {
            *at += 2; // value type, mutability
            Ok(())
        }
        4 => {
            *at += 1; // attribute
            leb(bytes, at).map(drop)
        }
        _ => bail!("unknown import kind {kind}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAPPING: &str = r#"{
 "imports": [
  ["./x_bg.js", "__wbg_now_0123456789abcdef", "a"],
  ["./x_bg.js", "__wbg_set_fedcba9876543210", "$b"]
 ],
"exports": [
  ["start", "c"],
  ["memory", "d"]
 ]
}"#;

    const GLUE: &str = "export function start() {\n    wasm.start();\n}\nfunction __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n        __wbg_now_0123456789abcdef: function() { return Date.now(); },\n        __wbg_set_fedcba9876543210: function(a) { wasm.start_x(a); },\n    };\n    return {\n        __proto__: null,\n        \"./x_bg.js\": import0,\n    };\n}\nconst m = new Uint8Array(wasm.memory.buffer);\n";

    #[test]
    fn parses_wasm_opts_mapping() {
        let m = parse(MAPPING).unwrap();
        assert_eq!(m.imports.len(), 2);
        assert_eq!(
            m.imports[1],
            (
                "./x_bg.js".into(),
                "__wbg_set_fedcba9876543210".into(),
                "$b".into()
            )
        );
        assert_eq!(
            m.exports,
            [("start".into(), "c".into()), ("memory".into(), "d".into())]
        );
        assert!(parse("{}").is_err());
        assert!(parse(&format!("{MAPPING}\n{MAPPING}")).is_err());
    }

    #[test]
    fn renames_imports_module_and_exports_in_the_glue() {
        let out = apply(GLUE, &parse(MAPPING).unwrap(), "m").unwrap();
        assert!(out.contains("\n        \"a\": function() { return Date.now(); }"));
        assert!(out.contains("\n        \"$b\": function(a) { wasm.start_x(a); }"));
        assert!(out.contains("\"m\": import0"));
        assert!(out.contains("    wasm.c();\n"));
        assert!(out.contains("wasm.d.buffer"));
        // The JS API's own names and longer identifiers stay.
        assert!(out.contains("export function start()") && out.contains("wasm.start_x(a)"));
        assert!(!out.contains("__wbg_now"));
    }

    #[test]
    fn a_name_missing_from_the_glue_fails_the_build() {
        let glue = GLUE.replace("__wbg_set_fedcba9876543210", "__wbg_set_other");
        let err = apply(&glue, &parse(MAPPING).unwrap(), "m").unwrap_err();
        assert!(
            err.to_string().contains("__wbg_set_fedcba9876543210"),
            "{err}"
        );
    }

    #[test]
    fn reads_import_modules_from_a_wasm_binary() {
        // (module (import "m" "f" (func)) (import "m" "mem" (memory 1)))
        let wasm = [
            0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, // header
            1, 4, 1, 0x60, 0, 0, // type section: () -> ()
            2, 16, 2, // import section, 2 imports
            1, b'm', 1, b'f', 0, 0, // func, type 0
            1, b'm', 3, b'm', b'e', b'm', 2, 0, 1, // memory, min 1
        ];
        assert_eq!(import_modules(&wasm).unwrap(), ["m", "m"]);
        assert!(import_modules(&wasm[..20]).is_err());
        assert!(import_modules(b"nope").is_err());
    }
}
