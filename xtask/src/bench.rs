//! The in-browser benchmark's second baseline: the npm `sentiment` package (AFINN word
//! sums), bundled for the bench page next to vader-sentiment.
//!
//! `sentiment` is CommonJS (six files, two of them JSON) with no browser build, so this
//! wraps each file in a function and gives it a `require` that knows only the files the
//! package names with string literals: a few lines instead of a bundler dependency. The
//! bundle sets `window.Sentiment`; it is not part of the shipped bundle (`dist/bench/`).

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Where the bench page loads it from (`www/bench.html`).
pub const SENTIMENT_BUNDLE: &str = "dist/bench/sentiment.bundle.js";

/// Writes [`SENTIMENT_BUNDLE`] from node_modules/sentiment.
pub fn bundle_sentiment(root: &Path) -> Result<()> {
    let package = root.join("node_modules/sentiment");
    let bundle = commonjs_bundle(&package, "lib/index.js", "Sentiment")?;
    let out = root.join(SENTIMENT_BUNDLE);
    std::fs::create_dir_all(out.parent().unwrap_or(root))?;
    std::fs::write(&out, bundle).with_context(|| format!("writing {}", out.display()))
}

/// One script that defines `window[global]` as the exports of `entry` (a path inside
/// `package`), with every file it requires by a string literal.
fn commonjs_bundle(package: &Path, entry: &str, global: &str) -> Result<String> {
    // id (path inside the package) -> (source, its requires: specifier -> id)
    let mut modules: BTreeMap<String, (String, BTreeMap<String, String>)> = BTreeMap::new();
    let mut queue = vec![entry.to_string()];
    while let Some(id) = queue.pop() {
        if modules.contains_key(&id) {
            continue;
        }
        let path = package.join(&id);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {} (is `npm ci` done?)", path.display()))?;
        let mut requires = BTreeMap::new();
        let source = if id.ends_with(".json") {
            format!("module.exports = {text};")
        } else {
            for spec in required(&text) {
                let target = resolve(package, &id, &spec)?;
                queue.push(target.clone());
                requires.insert(spec, target);
            }
            text
        };
        modules.insert(id, (source, requires));
    }
    let mut out = String::from("(function () {\n  var defs = {\n");
    for (id, (source, requires)) in &modules {
        out += &format!(
            "    {}: [function (module, exports, require) {{\n{source}\n}}, {}],\n",
            serde_json::to_string(id)?,
            serde_json::to_string(requires)?
        );
    }
    out += &format!(
        r#"  }};
  var cache = {{}};
  function load(id) {{
    if (cache[id]) return cache[id].exports;
    var module = (cache[id] = {{ exports: {{}} }});
    var def = defs[id];
    def[0].call(module.exports, module, module.exports, function (spec) {{
      if (!def[1][spec]) throw new Error("not in the bundle: " + spec);
      return load(def[1][spec]);
    }});
    return module.exports;
  }}
  window[{}] = load({});
}})();
"#,
        serde_json::to_string(global)?,
        serde_json::to_string(entry)?
    );
    Ok(out)
}

/// The specifiers of `require('...')` / `require("...")` calls whose argument is one
/// string literal (a computed `require('a' + b)` is left out).
fn required(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("require(") {
        rest = &rest[at + "require(".len()..];
        let Some(quote) = rest.chars().next().filter(|c| *c == '\'' || *c == '"') else {
            continue;
        };
        let Some(len) = rest[1..].find(quote) else {
            break;
        };
        if rest[1 + len + 1..].starts_with(')') {
            found.push(rest[1..1 + len].to_string());
        }
    }
    found
}

/// The file a relative specifier in module `from` names: as written, or with `.js`,
/// `.json` or `/index.js` added, like Node.
fn resolve(package: &Path, from: &str, spec: &str) -> Result<String> {
    if !spec.starts_with('.') {
        bail!("{from} requires {spec:?}, a package: the bundle only holds the package's own files");
    }
    let mut path = PathBuf::new();
    for part in Path::new(from)
        .parent()
        .unwrap_or(Path::new(""))
        .join(spec)
        .components()
    {
        match part {
            Component::ParentDir => {
                path.pop();
            }
            Component::Normal(p) => path.push(p),
            _ => {}
        }
    }
    let base = path.to_string_lossy().replace('\\', "/");
    [
        base.clone(),
        format!("{base}.js"),
        format!("{base}.json"),
        format!("{base}/index.js"),
    ]
    .into_iter()
    .find(|candidate| package.join(candidate).is_file())
    .with_context(|| {
        format!(
            "{from} requires {spec:?}, which is not in {}",
            package.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literal_requires_only() {
        let source = "var a = require('./a');\nvar b = require(\"../b/index\");\n\
                      var c = require('../languages/' + code + '/index');";
        assert_eq!(required(source), ["./a", "../b/index"]);
    }

    #[test]
    fn bundles_a_small_package_and_resolves_like_node() {
        let dir = std::env::temp_dir().join(format!("defuse-bundle-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("lib")).unwrap();
        std::fs::create_dir_all(dir.join("data/en")).unwrap();
        std::fs::write(
            dir.join("lib/index.js"),
            "var w = require('../data/en');\nmodule.exports = function () { return w.labels.good; };",
        )
        .unwrap();
        std::fs::write(
            dir.join("data/en/index.js"),
            "module.exports = { labels: require('./labels.json') };",
        )
        .unwrap();
        std::fs::write(dir.join("data/en/labels.json"), "{\"good\": 3}").unwrap();
        let bundle = commonjs_bundle(&dir, "lib/index.js", "Thing").unwrap();
        assert!(bundle.contains("\"lib/index.js\": [function"), "{bundle}");
        assert!(
            bundle.contains("{\"../data/en\":\"data/en/index.js\"}"),
            "{bundle}"
        );
        assert!(
            bundle.contains("module.exports = {\"good\": 3};"),
            "{bundle}"
        );
        assert!(bundle.contains("window[\"Thing\"] = load(\"lib/index.js\");"));
        assert!(resolve(&dir, "lib/index.js", "lodash").is_err());
        assert!(resolve(&dir, "lib/index.js", "./missing").is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
