//! A function layout by likeness for the script tag's wasm.
//!
//! brotli finds repeats within its window, but a repeat close by costs fewer bits than one
//! far away, and the code section is 400 KB. wasm-opt lays functions out by name or keeps the
//! linker's order; neither puts functions that look alike next to each other. [`by_likeness`]
//! orders the functions of the bound wasm (before wasm-opt) in a chain where each next one is
//! the most alike left, and names each after its place in the chain, so that wasm-opt's
//! `--reorder-functions-by-name` at the end of the pipeline lays them out in that order. The
//! code is byte for byte what the other layouts ship, in another order.
//!
//! Likeness is the share of two functions' 4-byte instruction windows they have in common,
//! estimated by min-hashing: for each of `hashes` hash functions, the smallest hash of a
//! function's windows; two functions agree on a hash as often as their window sets overlap.
//! On the script tag's wasm at c9d1f9b (233,969 B brotli by name, 234,156 B in the linker's
//! order), chains with 32 to 128 hashes and 4- to 6-byte windows measured 232,473 to
//! 233,197 B (the same chain computed on wasm-opt's output, the functions matched by name,
//! measured 232,311 to 233,925 B: no better, and it needs a second pipeline run). Sorting by
//! the body bytes alone gave 233,048 B; by size 233,678 B.

use anyhow::{ensure, Context, Result};

use crate::names::{leb, sections, skip_import_kind};

/// The wasm with every defined function named after its place in the likeness chain
/// (`000000`, `000001`, ...); other names and sections are kept as they are. `window` is the
/// instruction window in bytes (1-8), `hashes` the number of min-hashes per function and
/// `family` picks which hash functions (another family estimates the same likeness with
/// other errors, so its chain differs a little).
pub(crate) fn by_likeness(
    wasm: &[u8],
    window: usize,
    hashes: usize,
    family: u64,
) -> Result<Vec<u8>> {
    ensure!(wasm.starts_with(b"\0asm"), "not a wasm binary");
    ensure!((1..=8).contains(&window), "window must be 1-8 bytes");
    let sections = sections(wasm)?;
    let imported = sections
        .iter()
        .find(|s| s.0 == 2)
        .map(|s| imported_functions(&wasm[s.1.clone()]))
        .transpose()?
        .unwrap_or(0);
    let code = sections
        .iter()
        .find(|s| s.0 == 10)
        .context("the wasm has no code section")?;
    let bodies = bodies(&wasm[code.1.clone()])?;
    let signatures: Vec<Vec<u64>> = bodies
        .iter()
        .map(|body| signature(body, window, hashes, family))
        .collect();
    let order = chain(&signatures);
    let mut place = vec![0; order.len()];
    for (i, &function) in order.iter().enumerate() {
        place[function] = i;
    }

    let mut out = wasm[..8].to_vec();
    let mut named = false;
    for (id, range) in &sections {
        let section = &wasm[range.clone()];
        let payload = if *id == 0 && custom_name(section)? == "name" {
            named = true;
            rename(section, imported, &place)?
        } else {
            section.to_vec()
        };
        out.push(*id);
        write_leb(&mut out, payload.len());
        out.extend_from_slice(&payload);
    }
    ensure!(
        named,
        "the wasm has no name section (wasm-bindgen keeps it; was it stripped?)"
    );
    Ok(out)
}

/// How many of the imports are functions (they come first in the function index space).
fn imported_functions(section: &[u8]) -> Result<usize> {
    let mut at = 0;
    let count = leb(section, &mut at)?;
    let mut functions = 0;
    for _ in 0..count {
        for _ in 0..2 {
            let len = leb(section, &mut at)? as usize;
            at += len;
        }
        functions += usize::from(section.get(at) == Some(&0));
        skip_import_kind(section, &mut at)?;
    }
    Ok(functions)
}

/// The instructions of each function body in the code section (its locals left out: they
/// are alike in most functions and say little).
fn bodies(section: &[u8]) -> Result<Vec<&[u8]>> {
    let mut at = 0;
    let count = leb(section, &mut at)?;
    let mut out = Vec::new();
    for _ in 0..count {
        let size = leb(section, &mut at)? as usize;
        let body = section.get(at..at + size).context("truncated body")?;
        at += size;
        let mut p = 0;
        let groups = leb(body, &mut p)?;
        for _ in 0..groups {
            leb(body, &mut p)?;
            p += 1; // value type
        }
        out.push(body.get(p..).context("truncated locals")?);
    }
    Ok(out)
}

/// The min-hash signature of one body's `window`-byte windows, with the hash functions of
/// `family`.
fn signature(body: &[u8], window: usize, hashes: usize, family: u64) -> Vec<u64> {
    let mut signature = vec![u64::MAX; hashes];
    for w in body.windows(window.min(body.len()).max(1)) {
        let mut gram = [0u8; 8];
        gram[..w.len()].copy_from_slice(w);
        let gram = u64::from_le_bytes(gram);
        for (h, slot) in signature.iter_mut().enumerate() {
            let salt = (family * hashes as u64 + h as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            *slot = (*slot).min(mix(gram ^ salt));
        }
    }
    signature
}

/// splitmix64's finaliser: a fixed, well-spread 64-bit hash (the layout must not change
/// between builds of the same code).
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The greedy chain: start at the first function, then always the most alike of those left
/// (the one with most min-hashes equal; the lowest index among equals).
fn chain(signatures: &[Vec<u64>]) -> Vec<usize> {
    let mut left: Vec<usize> = (1..signatures.len()).collect();
    let mut order = Vec::with_capacity(signatures.len());
    if signatures.is_empty() {
        return order;
    }
    order.push(0);
    while !left.is_empty() {
        let last = &signatures[order[order.len() - 1]];
        let mut best = 0;
        let mut best_equal = 0;
        for (i, &f) in left.iter().enumerate() {
            let equal = last
                .iter()
                .zip(&signatures[f])
                .filter(|(a, b)| a == b)
                .count();
            if equal > best_equal {
                best = i;
                best_equal = equal;
            }
        }
        order.push(left.remove(best));
    }
    order
}

/// A custom section's name.
fn custom_name(section: &[u8]) -> Result<String> {
    let mut at = 0;
    let len = leb(section, &mut at)? as usize;
    let name = section.get(at..at + len).context("truncated custom name")?;
    Ok(String::from_utf8_lossy(name).into_owned())
}

/// The name section with its function-name map replaced: imports keep their names, each
/// defined function is named after its `place`; the other subsections are copied.
fn rename(section: &[u8], imported: usize, place: &[usize]) -> Result<Vec<u8>> {
    let mut at = 0;
    let len = leb(section, &mut at)? as usize;
    at += len;
    let mut out = section[..at].to_vec();
    let mut wrote = false;
    while at < section.len() {
        let id = section[at];
        at += 1;
        let size = leb(section, &mut at)? as usize;
        let sub = section
            .get(at..at + size)
            .context("truncated name subsection")?;
        at += size;
        let payload = if id == 1 {
            wrote = true;
            function_names(sub, imported, place)?
        } else {
            sub.to_vec()
        };
        out.push(id);
        write_leb(&mut out, payload.len());
        out.extend_from_slice(&payload);
    }
    ensure!(wrote, "the name section has no function names");
    Ok(out)
}

/// The function-name map: the imports' entries as they were, then one entry per defined
/// function, in index order (the format asks for ascending indices).
fn function_names(map: &[u8], imported: usize, place: &[usize]) -> Result<Vec<u8>> {
    let mut at = 0;
    let count = leb(map, &mut at)?;
    let mut imports = Vec::new();
    let mut named_imports = 0;
    for _ in 0..count {
        let start = at;
        let index = leb(map, &mut at)? as usize;
        let len = leb(map, &mut at)? as usize;
        at += len;
        ensure!(at <= map.len(), "truncated function name");
        if index < imported {
            imports.extend_from_slice(&map[start..at]);
            named_imports += 1;
        }
    }
    let mut out = Vec::new();
    write_leb(&mut out, named_imports + place.len());
    out.extend_from_slice(&imports);
    for (i, p) in place.iter().enumerate() {
        let name = format!("{p:06}");
        write_leb(&mut out, imported + i);
        write_leb(&mut out, name.len());
        out.extend_from_slice(name.as_bytes());
    }
    Ok(out)
}

fn write_leb(out: &mut Vec<u8>, mut value: usize) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A wasm with one imported function, three defined ones (`a` like `c`, `b` unlike
    /// either) and a name section naming all four.
    fn module() -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut section = |id: u8, payload: &[u8]| {
            wasm.push(id);
            write_leb(&mut wasm, payload.len());
            wasm.extend_from_slice(payload);
        };
        section(1, &[1, 0x60, 0, 0]); // type 0: [] -> []
        section(2, b"\x01\x01m\x01f\x00\x00"); // import m.f: func type 0
        section(3, &[3, 0, 0, 0]);
        let a: &[u8] = &[0x41, 1, 0x1a, 0x41, 2, 0x1a, 0x41, 3, 0x1a, 0x0b];
        let b: &[u8] = &[0x10, 0, 0x10, 0, 0x0b];
        let c: &[u8] = &[0x41, 1, 0x1a, 0x41, 2, 0x1a, 0x41, 4, 0x1a, 0x0b];
        let mut code = vec![3];
        for body in [a, b, c] {
            code.push(body.len() as u8 + 1);
            code.push(0); // no locals
            code.extend_from_slice(body);
        }
        section(10, &code);
        let mut names = b"\x04name".to_vec();
        let map: &[u8] = b"\x04\x00\x03imp\x01\x01a\x02\x01b\x03\x01c";
        names.push(1);
        names.push(map.len() as u8);
        names.extend_from_slice(map);
        section(0, &names);
        wasm
    }

    fn function_names_of(wasm: &[u8]) -> Vec<(usize, String)> {
        let (_, range) = sections(wasm)
            .unwrap()
            .into_iter()
            .find(|s| s.0 == 0)
            .unwrap();
        let section = &wasm[range];
        let mut at = 5; // "\x04name"
        assert_eq!(section[at], 1);
        at += 1;
        leb(section, &mut at).unwrap();
        let count = leb(section, &mut at).unwrap();
        (0..count)
            .map(|_| {
                let index = leb(section, &mut at).unwrap() as usize;
                let len = leb(section, &mut at).unwrap() as usize;
                at += len;
                let name = String::from_utf8(section[at - len..at].to_vec()).unwrap();
                (index, name)
            })
            .collect()
    }

    #[test]
    fn alike_functions_are_named_next_to_each_other() {
        let renamed = by_likeness(&module(), 3, 16, 0).unwrap();
        assert_eq!(
            function_names_of(&renamed),
            [
                (0, "imp".to_string()),
                (1, "000000".to_string()),
                (2, "000002".to_string()),
                (3, "000001".to_string()),
            ]
        );
        // Everything but the names is kept.
        let original = module();
        let keep = |w: &[u8]| -> Vec<Vec<u8>> {
            sections(w)
                .unwrap()
                .into_iter()
                .filter(|s| s.0 != 0)
                .map(|s| w[s.1].to_vec())
                .collect()
        };
        assert_eq!(keep(&renamed), keep(&original));
    }

    #[test]
    fn the_chain_is_greedy_and_stable() {
        let s = |v: &[u64]| v.to_vec();
        let order = chain(&[s(&[1, 2, 3]), s(&[9, 9, 9]), s(&[1, 2, 4]), s(&[1, 9, 9])]);
        assert_eq!(order, [0, 2, 3, 1]);
        assert_eq!(chain(&[]), Vec::<usize>::new());
    }

    #[test]
    fn a_wasm_without_names_is_refused() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[10, 1, 0]);
        let err = by_likeness(&wasm, 4, 8, 0).unwrap_err().to_string();
        assert!(err.contains("no name section"), "{err}");
    }
}
