//! Every text in `../shared/data`, read straight from the files: TSV and CSV fields
//! (quoted CSV fields may span lines), JSON arrays of `{"text": ...}`, and plain text
//! files with one text per line. Labels and ids come along as texts too; they are short
//! strings the core must survive like any other.

use std::fs;
use std::path::{Path, PathBuf};

/// `$DEFUSE_DATA`, else `../shared/data` beside the workspace, if there is one.
pub fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("DEFUSE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    dir.is_dir().then_some(dir)
}

/// One data file's texts, with the file's path relative to the data folder.
pub struct Source {
    pub name: String,
    pub texts: Vec<String>,
}

/// Every data file under `dir` (SOURCE.md and other docs excluded), sorted by path so a
/// failure names the same file on every run. Tests may read files; the core may not.
#[allow(clippy::disallowed_methods)]
pub fn sources(dir: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    collect_files(dir, &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_none_or(|e| e != "md"))
        .filter_map(|path| {
            let raw = fs::read(&path).ok()?;
            let text = String::from_utf8_lossy(&raw);
            let texts = match path.extension().and_then(|e| e.to_str()) {
                Some("csv") => csv_fields(&text),
                Some("tsv") => text
                    .lines()
                    .flat_map(|l| l.split('\t').map(str::to_string))
                    .collect(),
                Some("json") => json_texts(&text),
                _ => text.lines().map(str::to_string).collect(),
            };
            let name = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .display()
                .to_string();
            Some(Source { name, texts })
        })
        .collect()
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every field of an RFC 4180 CSV: quoted fields may hold commas, newlines and `""`.
fn csv_fields(text: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',' | '\n') => fields.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() {
        fields.push(field);
    }
    fields
}

/// The string values of a JSON document (the UCI files are arrays of `{"text", "class"}`).
fn json_texts(text: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            serde_json::Value::Object(map) => map.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => walk(&v, &mut out),
        // Not one document: JSON lines.
        Err(_) => text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .for_each(|v| walk(&v, &mut out)),
    }
    out
}

#[test]
fn csv_fields_follow_rfc_4180() {
    let fields = csv_fields("a,\"b, \"\"c\"\"\nd\",e\r\nf,g\n");
    assert_eq!(fields, ["a", "b, \"c\"\nd", "e", "f", "g"]);
}

#[test]
fn json_texts_reads_arrays_and_lines() {
    assert_eq!(
        json_texts(r#"[{"text":"hi","class":1},{"text":"yo","class":0}]"#),
        ["hi", "yo"]
    );
    assert_eq!(
        json_texts("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"),
        ["a", "b"]
    );
}
