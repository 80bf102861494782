//! `cargo xtask dist`: build the cdylib for wasm32, bind it with wasm-bindgen, shrink it
//! with wasm-opt, minify the JS with terser, assemble `dist/`, and print raw / gzip /
//! brotli sizes.
//!
//! dist/ holds exactly what a site owner copies: `defuse.js` (the loader, minified from
//! www/defuse.js), the bindgen glue `defuse_web.js`, the wasm `defuse_web_bg.wasm`, and the TypeScript types
//! `defuse.d.ts`. `dist/bench/` holds the benchmark baselines and (after `bench-web` or `demo`)
//! the benchmark build of the bundle; it is not part of the bundle.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, ensure, Context, Result};

use crate::names;
use crate::steps::run;

/// The bundle a page downloads (loader + glue + wasm), brotli-compressed, must stay under
/// this many bytes (issue 12: 240 KB, with serde at the JS boundary). `dist` fails over it,
/// and so does CI, which runs `dist`.
const BROTLI_BUDGET: u64 = 240 * 1000;

/// The wasm-opt pass list for every shipped or measured wasm.
///
/// memory-packing is skipped: it cuts each run of zeros out of the data segments (the
/// model's pruned weights are mostly zeros), which saves raw bytes, but every cut leaves a
/// segment header that compresses worse than the zeros did. Skipping it made the wasm 88 KB
/// bigger raw and 6.4 KB smaller in brotli (7.6 KB in gzip), and compressed bytes are what a
/// page downloads. `--converge` was tried: it gains 0.2 KB alone but loses 0.3 KB with the
/// renaming below, which would then have to run on its own.
///
/// The `producers` and `target_features` custom sections (which compilers made the wasm,
/// which features it was built with) are dropped: no browser reads them, and wasm-bindgen,
/// which does, has already run (0.2 KB brotli).
///
/// After the first `-Oz`, every function is flattened and its control flow rebuilt by the
/// Relooper (`--flatten --rereloop`), then shrunk twice more: rustc's nested blocks and
/// branch tables come out as fewer, simpler ones (1.1 KB brotli on the script tag; one
/// more `-Oz` or `--converge` gained nothing, `--flatten` without `--rereloop` lost 0.6 KB).
/// Then the functions are laid out in the order of their (mangled) names, which puts each
/// module's functions next to each other, where brotli finds more repeats than in rustc's
/// order (0.5 KB), and locals are merged by the slower, deterministic
/// `--coalesce-locals-learning` (0.3 KB). Together 233,598 -> 231,714 B for the script
/// tag's wasm at 6f0515d and 234,779 -> 233,331 B at 2096687 (brotli finds what it finds:
/// the gain moves with the code); they add about 10 s to a build.
///
/// A function called from one place is inlined there only when it is as small as any
/// function binaryen inlines freely (20 bytes, its `--flexible-inline-max-function-size`;
/// by default it inlines a one-caller function of any size): the big ones (the playbook's
/// `advise` into the engine's snapshot, `mirror::restate` into its one caller) stay
/// functions of their own, laid out by name beside their module's others, where brotli
/// packs them better. The script tag's wasm at fc2ecff: 231,779 B brotli by default,
/// 231,030 with 20 (-749; raw +585); 10 to 150 gave 230,981-231,175, 0 gave 231,328, 300
/// and 500 231,308 and 231,344.
///
/// With functions kept apart that way, a second flatten and Relooper round after the first
/// shrink (`--flatten --rereloop -Oz` twice, then one more `-Oz`) gains again: 231,030 ->
/// 230,308 B (-722, raw -419) at 3d39f6b; a third round gave 230,711, an extra `-Oz` after
/// one round 230,810, `--merge-locals` at the end lost 0.15 KB. About 10 s more per build.
///
/// `--low-memory-unused` lets every pass assume the first kilobyte of memory is never read
/// or written, so a constant added to a pointer can become the offset of the load or store
/// itself (they differ only for an address that wraps round into that kilobyte). That holds
/// for a Rust wasm: its shadow stack starts at 1 MB and grows down (a frame reaches the first
/// kilobyte only after 1 MB of stack), the data and the heap lie above it, and nothing
/// computes an address by wrapping. Script tag at 5768f3c: 648,530 -> 646,199 B raw,
/// 233,052 -> 232,411 B brotli (by name; the linker's order 233,314 -> 232,593).
/// `--ignore-implicit-traps` on top took 0.7 KB more raw but gave 0.13 KB back in brotli.
///
/// Tried on the script tag's wasm at eb046a3 (by name: 232,987 B brotli) and not kept:
/// `--generate-global-effects` before the first `-Oz` (+95 B), `--gufa-optimizing` after it
/// (+260), `--const-hoisting` before the layout (3.7 KB less raw, +1,185 brotli), and
/// `--precompute-propagate`, `--once-reduction` or `--dae-optimizing` (byte-identical
/// output); skipping `inlining-optimizing` +1.2 KB, skipping `merge-similar-functions` 2.8 KB
/// more raw for -93 / -45 B brotli (by name / the linker's order: noise). On the rustc
/// side, `opt-level = "s"` made it +20.5 KB and LLVM's `-inline-threshold=10` +1.5 KB.
pub(crate) const WASM_OPT: [&str; 15] = [
    "--low-memory-unused",
    "--one-caller-inline-max-function-size=20",
    "-Oz",
    "--skip-pass=memory-packing",
    "--strip-producers",
    "--strip-target-features",
    "--flatten",
    "--rereloop",
    "-Oz",
    "--flatten",
    "--rereloop",
    "-Oz",
    "-Oz",
    "--reorder-functions-by-name",
    "--coalesce-locals-learning",
];

/// The function layouts `dist` tries for the script tag's wasm, each in place of
/// [`WASM_OPT`]'s last two passes (the first is WASM_OPT's own): it ships whichever is
/// smaller in brotli. The code is the same in all, only the order of the functions
/// differs, and brotli's result moves with the order by up to a kilobyte either way: on
/// the same tree at f1ac085, renaming one helper (which moves it in the by-name order)
/// changed the script tag's wasm by 995 B. By name / the linker's order measured 233,817 /
/// 233,718 B at main 3da6f88 and 233,358 / 232,935 at f1ac085; most-called first
/// (`--reorder-functions`) was the largest both times (234,794 and 233,874) and is not
/// tried. The layouts by likeness (see `likeness.rs`) rename the functions before the
/// pipeline so that the by-name order is the likeness chain's: at c9d1f9b they measured
/// 232,473 B (4-byte windows, 128 hashes) and 232,708 B (5-byte) against 233,969 B by name
/// and 234,156 B in the linker's order; with 4-byte windows, 64 / 256 / 512 hashes measured
/// 233,041 / 232,217 / 232,536 B, 3-byte windows 232,953 B (one chain each: the figures move
/// by a few hundred bytes with the hash functions alone: at 5cbc036 two families of 256
/// measured 233,840 and 233,618 B). 5-byte windows lost to 4-byte ones in all five builds
/// that tried both (by 400-650 B), so the other tries are 4-byte chains with other hash
/// families (a third family won by 218 B at aef410c; a fourth and fifth gained nothing).
/// The tries run side by side (~20 s each alone); the hosted wasm, which has no budget,
/// keeps the first.
const LAYOUTS: [Layout; 5] = [
    Layout {
        name: "by name",
        likeness: None,
        passes: &["--reorder-functions-by-name", "--coalesce-locals-learning"],
    },
    Layout {
        name: "the linker's order",
        likeness: None,
        passes: &["--coalesce-locals-learning"],
    },
    Layout {
        name: "by likeness",
        likeness: Some((4, 256, 0)),
        passes: &["--reorder-functions-by-name", "--coalesce-locals-learning"],
    },
    Layout {
        name: "by likeness, other hashes",
        likeness: Some((4, 256, 1)),
        passes: &["--reorder-functions-by-name", "--coalesce-locals-learning"],
    },
    Layout {
        name: "by likeness, third hashes",
        likeness: Some((4, 256, 2)),
        passes: &["--reorder-functions-by-name", "--coalesce-locals-learning"],
    },
];

/// One function layout `dist` tries.
struct Layout {
    /// What the build log calls it.
    name: &'static str,
    /// The likeness chain's (window bytes, min-hashes, hash family), when the functions
    /// are renamed after their place in it first.
    likeness: Option<(usize, usize, u64)>,
    /// The passes that end the pipeline.
    passes: &'static [&'static str],
}

/// wasm-opt's pass that gives imports, exports and the import module short names and
/// prints the mapping, which `names::apply` carries over to the glue: wasm-bindgen's
/// hashed import names cost about 3 KB brotli in the wasm alone.
const MINIFY_NAMES: &str = "--minify-imports-and-exports-and-modules";

/// The files a page loads, in load order.
const BUNDLE: [&str; 3] = ["defuse.js", "defuse_web.js", "defuse_web_bg.wasm"];

/// Size of one file, raw and compressed.
pub(crate) struct FileSize {
    /// File name inside dist/.
    pub(crate) name: String,
    /// Bytes on disk.
    pub(crate) raw: u64,
    /// Bytes after gzip -9.
    pub(crate) gzip: u64,
    /// Bytes after brotli quality 11.
    pub(crate) brotli: u64,
}

/// Builds dist/ and returns the sizes of its files.
pub fn dist(root: &Path) -> Result<()> {
    npm_ci_if_needed(root)?;
    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).with_context(|| format!("removing {}", dist.display()))?;
    }
    std::fs::create_dir_all(dist.join("bench"))?;
    // The script tag's wasm, without the extension panel's exports.
    build_wasm(root, None, &dist)?;

    // The loader ships minified too: a classic script.
    minify(
        root,
        &root.join("www/defuse.js"),
        &dist.join("defuse.js"),
        false,
    )?;
    copy(&root.join("www/defuse.d.ts"), &dist.join("defuse.d.ts"))?;
    copy(
        &root.join("node_modules/vader-sentiment/build/vaderSentiment.bundle.js"),
        &dist.join("bench/vaderSentiment.bundle.js"),
    )?;

    let mut files: Vec<PathBuf> = BUNDLE.iter().map(|f| dist.join(f)).collect();
    files.push(dist.join("defuse.d.ts"));
    report(&sizes(root, &files)?)?;
    // One "hosted" wasm for everything that is not the script tag: the extension's panel
    // (bootLinked, composerState, ...) and the help-desk apps' host (the `host` setting),
    // built from the same crate with `--features extension,apps`. One build instead of two
    // saves CI a release build; each side downloads the other's few KB.
    let staged = crate::target_dir(root).join("defuse-hosted-wasm");
    std::fs::create_dir_all(&staged)?;
    build_wasm(root, Some("extension,apps"), &staged)?;
    crate::extension::extension(root, &staged)?;
    crate::apps::apps(root, &staged)
}

/// The benchmark page's build in dist/bench/ (run after [`dist`]): the script tag's loader,
/// glue and wasm with the `bench` feature, whose `Defuse.__benchAnalyze` times the core
/// analysis; the shipped bundle does not carry that export.
pub fn bench_build(root: &Path) -> Result<()> {
    let bench = root.join("dist/bench");
    std::fs::create_dir_all(&bench)?;
    build_wasm(root, Some("bench"), &bench)?;
    copy(&root.join("dist/defuse.js"), &bench.join("defuse.js"))
}

/// Builds defuse-web for wasm32 (with `feature` if given), binds it, shrinks it with
/// wasm-opt, renames the glue to the wasm's short names and minifies it: writes
/// `defuse_web_bg.wasm` and `defuse_web.js` into `out`.
fn build_wasm(root: &Path, feature: Option<&str>, out: &Path) -> Result<()> {
    let cargo = crate::cargo();
    let mut args = vec![
        "build",
        "-p",
        "defuse-web",
        "--release",
        "--target",
        "wasm32-unknown-unknown",
    ];
    if let Some(feature) = feature {
        args.extend(["--features", feature]);
    }
    println!("==> cargo {}", args.join(" "));
    run(Command::new(&cargo).current_dir(root).args(&args))?;

    let target = crate::target_dir(root);
    let wasm = target.join("wasm32-unknown-unknown/release/defuse_web.wasm");
    let bound = target.join("defuse-bind");
    if bound.exists() {
        std::fs::remove_dir_all(&bound).with_context(|| format!("removing {}", bound.display()))?;
    }
    println!("==> wasm-bindgen --target web");
    // Our own defuse.d.ts describes the public API (the loader's), so no generated types.
    run(Command::new("wasm-bindgen")
        .current_dir(root)
        .args(["--target", "web", "--no-typescript", "--out-dir"])
        .arg(&bound)
        .arg(&wasm))
    .context("wasm-bindgen failed: is wasm-bindgen-cli 0.2.130 installed? (cargo install wasm-bindgen-cli --version 0.2.130)")?;

    let bound_wasm = std::fs::read(bound.join("defuse_web_bg.wasm"))?;
    for note in std_searcher_notes(&bound_wasm) {
        println!("{note}");
    }

    let wasm_out = out.join("defuse_web_bg.wasm");
    // The hosted wasm has no budget: one layout, the first.
    let layouts = if feature.is_none() {
        &LAYOUTS[..]
    } else {
        &LAYOUTS[..1]
    };
    let bound_wasm_file = bound.join("defuse_web_bg.wasm");
    let mut running = Vec::new();
    for (i, layout) in layouts.iter().enumerate() {
        let input = match layout.likeness {
            Some((window, hashes, family)) => {
                let renamed = bound.join(format!("layout{i}.in.wasm"));
                std::fs::write(
                    &renamed,
                    crate::likeness::by_likeness(&bound_wasm, window, hashes, family)?,
                )?;
                renamed
            }
            None => bound_wasm_file.clone(),
        };
        let shrunk = bound.join(format!("layout{i}.wasm"));
        let passes = [&WASM_OPT[..WASM_OPT.len() - 2], layout.passes].concat();
        println!("==> wasm-opt {} {MINIFY_NAMES}", passes.join(" "));
        let child = Command::new(root.join("node_modules/.bin/wasm-opt"))
            .current_dir(root)
            .args(&passes)
            .arg(MINIFY_NAMES)
            .arg(&input)
            .arg("-o")
            .arg(&shrunk)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .context("could not start wasm-opt")?;
        running.push((layout.name, shrunk, child));
    }
    let mut tries = Vec::new();
    for (name, shrunk, child) in running {
        let output = child.wait_with_output().context("waiting for wasm-opt")?;
        ensure!(
            output.status.success(),
            "wasm-opt failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        tries.push((name, shrunk, output.stdout));
    }
    let files: Vec<PathBuf> = tries.iter().map(|(_, file, _)| file.clone()).collect();
    let brotli: Vec<u64> = sizes(root, &files)?.iter().map(|s| s.brotli).collect();
    let best = smallest(&brotli);
    if tries.len() > 1 {
        let each: Vec<String> = tries
            .iter()
            .zip(&brotli)
            .map(|((name, _, _), b)| format!("{name} {b} B"))
            .collect();
        println!(
            "==> function layouts (brotli): {}; shipping {}",
            each.join(", "),
            tries[best].0
        );
    }
    let (_, shrunk, stdout) = tries.swap_remove(best);
    copy(&shrunk, &wasm_out)?;

    // The glue gets the same short names as the wasm (see names.rs).
    let mapping = names::parse(&String::from_utf8(stdout)?)?;
    let wasm =
        std::fs::read(&wasm_out).with_context(|| format!("reading {}", wasm_out.display()))?;
    let mut modules = names::import_modules(&wasm)?;
    modules.dedup();
    let [module] = &modules[..] else {
        bail!("expected one import module in the minified wasm, found {modules:?}")
    };
    let glue_in = bound.join("defuse_web.js");
    let glue = std::fs::read_to_string(&glue_in)
        .with_context(|| format!("reading {}", glue_in.display()))?;
    let renamed = bound.join("defuse_web.renamed.js");
    std::fs::write(&renamed, names::apply(&glue, &mapping, module)?)?;

    // The glue ships minified as an ES module. terser only renames locals and folds
    // expressions: no eval, nothing CSP would refuse.
    println!("==> terser");
    minify(root, &renamed, &out.join("defuse_web.js"), true)
}

/// The index of the smallest of `sizes` (the first of equals).
fn smallest(sizes: &[u64]) -> usize {
    (0..sizes.len()).min_by_key(|&i| sizes[i]).unwrap_or(0)
}

/// Warnings when the bound wasm (which still has its function names) links std's string
/// searchers that `defuse_core::text` keeps out: one `contains("..")`, `find(..)` or
/// `replace("..", ..)` with a `&str` pattern in defuse-core, -ui or -web brings back ~1.2 KB
/// brotli that `text::Search` (`contains_str`, `find_str`, `replace_str`) keeps out; one
/// `split(' ')`, `split_once('=')` or `find('?')` brings back the `char` searcher that
/// `text::split_byte`, `split_once_byte` and `find_byte` keep out.
fn std_searcher_notes(wasm: &[u8]) -> impl Iterator<Item = &'static str> + '_ {
    const SEARCHERS: [(&[u8], &str); 2] = [
        (
            b"StrSearcher",
            "==> note: std's StrSearcher is linked (~1.2 KB brotli): a `&str` pattern in \
             contains/find/replace/split; use defuse_core::text::Search (see ARCHITECTURE.md)",
        ),
        (
            b"::CharSearcher",
            "==> note: std's CharSearcher is linked (~0.5 KB brotli): a `char` pattern in \
             split/split_once/find; use defuse_core::text::split_byte, split_once_byte, \
             find_byte (see ARCHITECTURE.md)",
        ),
    ];
    SEARCHERS
        .into_iter()
        .filter_map(|(name, note)| wasm.windows(name.len()).any(|w| w == name).then_some(note))
}

/// Prints the size table and checks the brotli budget.
fn report(sizes: &[FileSize]) -> Result<()> {
    println!(
        "\n{:<22} {:>10} {:>10} {:>10}",
        "dist/", "raw", "gzip", "brotli"
    );
    for s in sizes {
        println!(
            "{:<22} {:>10} {:>10} {:>10}",
            s.name, s.raw, s.gzip, s.brotli
        );
    }
    let bundle = sizes.iter().filter(|s| BUNDLE.contains(&s.name.as_str()));
    let (raw, gzip, brotli) = bundle.fold((0, 0, 0), |(r, g, b), s| {
        (r + s.raw, g + s.gzip, b + s.brotli)
    });
    println!(
        "{:<22} {:>10} {:>10} {:>10}   (loader + glue + wasm)",
        "bundle total", raw, gzip, brotli
    );
    println!(
        "bundle: {:.1} KB raw, {:.1} KB gzip, {:.1} KB brotli",
        kb(raw),
        kb(gzip),
        kb(brotli)
    );
    println!("{}", within_budget(brotli)?);
    Ok(())
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1000.0
}

/// The budget and the headroom left under it, or the error that fails `dist` (and CI).
fn within_budget(brotli: u64) -> Result<String> {
    ensure!(
        brotli <= BROTLI_BUDGET,
        "the bundle is {:.1} KB brotli, {:.1} KB over its {:.0} KB budget \
         (BROTLI_BUDGET in xtask/src/dist.rs): make it smaller, or raise the budget in an \
         issue that says why",
        kb(brotli),
        kb(brotli - BROTLI_BUDGET),
        kb(BROTLI_BUDGET)
    );
    Ok(format!(
        "budget: {:.1} KB brotli, {:.1} KB of headroom",
        kb(BROTLI_BUDGET),
        kb(BROTLI_BUDGET - brotli)
    ))
}

/// Measures gzip -9 and brotli q11 sizes with node's zlib (node is already required for
/// wasm-opt and the browser tests, so no compression crates are built for this).
pub(crate) fn sizes(root: &Path, files: &[PathBuf]) -> Result<Vec<FileSize>> {
    const SCRIPT: &str = "const z=require('zlib'),fs=require('fs');\
        for(const f of process.argv.slice(1)){const b=fs.readFileSync(f);\
        const g=z.gzipSync(b,{level:9}).length;\
        const r=z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,\
        [z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length;\
        console.log([b.length,g,r].join(' '))}";
    let out = Command::new("node")
        .current_dir(root)
        .arg("-e")
        .arg(SCRIPT)
        .args(files)
        .output()
        .context("running node to measure compressed sizes")?;
    if !out.status.success() {
        bail!("node failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let text = String::from_utf8(out.stdout)?;
    files
        .iter()
        .zip(text.lines())
        .map(|(file, line)| {
            let n: Vec<u64> = line
                .split_whitespace()
                .map(str::parse)
                .collect::<Result<_, _>>()
                .with_context(|| format!("bad size line {line:?}"))?;
            let [raw, gzip, brotli] = n[..] else {
                bail!("bad size line {line:?}")
            };
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
            Ok(FileSize {
                name: name.unwrap_or_default(),
                raw,
                gzip,
                brotli,
            })
        })
        .collect()
}

/// Runs `npm ci` when node_modules is missing (a fresh clone).
pub fn npm_ci_if_needed(root: &Path) -> Result<()> {
    let ready = [
        "node_modules/.bin/wasm-opt",
        "node_modules/.bin/terser",
        "node_modules/playwright-core",
        "node_modules/esbuild",
    ]
    .iter()
    .all(|p| root.join(p).exists());
    if !ready {
        println!("==> npm ci");
        run(Command::new("npm")
            .current_dir(root)
            .args(["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

/// Minifies one JS file with terser (compress + mangle).
fn minify(root: &Path, from: &Path, to: &Path, module: bool) -> Result<()> {
    let mut command = Command::new(root.join("node_modules/.bin/terser"));
    command
        .current_dir(root)
        .arg(from)
        .args(["--compress", "--mangle"]);
    if module {
        command.arg("--module");
    }
    run(command.arg("--output").arg(to))
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)
        .map(drop)
        .with_context(|| format!("copying {} to {}", from.display(), to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linked_std_searcher_is_named() {
        let notes = |wasm: &[u8]| std_searcher_notes(wasm).collect::<Vec<_>>();
        let linked = notes(b"\0asm..<core::str::pattern::StrSearcher>::new..");
        assert!(
            linked.len() == 1 && linked[0].contains("StrSearcher"),
            "{linked:?}"
        );
        let linked = notes(b"\0asm..<core::str::pattern::CharSearcher as Searcher>..");
        assert!(
            linked.len() == 1 && linked[0].contains("CharSearcher"),
            "{linked:?}"
        );
        // The searchers for closures and sets of chars stay std's.
        let unlinked = b"\0asm..pattern::MultiCharEqSearcher..pattern::CharPredicateSearcher..";
        assert_eq!(notes(unlinked), Vec::<&str>::new());
    }

    #[test]
    fn the_smallest_layout_is_shipped() {
        assert_eq!(smallest(&[233_358, 232_935, 233_874]), 1);
        assert_eq!(smallest(&[5, 5, 4]), 2);
        assert_eq!(smallest(&[5, 5]), 0);
        assert_eq!(smallest(&[]), 0);
    }

    #[test]
    fn over_budget_fails_and_says_by_how_much() {
        let over = within_budget(BROTLI_BUDGET + 1500).unwrap_err().to_string();
        assert!(over.contains("1.5 KB over its 240 KB budget"), "{over}");
        let under = within_budget(BROTLI_BUDGET - 40_000).unwrap();
        assert_eq!(under, "budget: 240.0 KB brotli, 40.0 KB of headroom");
        assert!(within_budget(BROTLI_BUDGET).is_ok());
    }
}
