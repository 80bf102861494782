//! Letter case for the scripts support chat is written in, as arithmetic instead of tables.
//!
//! `char::to_lowercase` and `char::to_uppercase` link the standard library's full Unicode
//! case tables: about 25 KB of the wasm, a sixth of the size budget for everything that is
//! not the sidebar's code. Defuse only needs case to match words and to capitalise a
//! name, so this covers ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic and fullwidth
//! Latin, exactly as Unicode maps them (tested against the standard library), and leaves
//! every other character as it is.

/// The lowercase form of `c` (itself when it has none, or lies outside the scripts above).
pub fn lower(c: char) -> char {
    shift(c, Case::Lower)
}

/// The uppercase form of `c` (itself when it has none, or lies outside the scripts above).
pub fn upper(c: char) -> char {
    shift(c, Case::Upper)
}

/// Whether `c` is a capital letter of the scripts above: it has a lowercase form of its
/// own. `char::is_uppercase` would link the standard library's Unicode table.
pub fn is_upper(c: char) -> bool {
    lower(c) != c
}

/// Whether `c` is a small letter of the scripts above: it has an uppercase form of its
/// own (so not `ß`, which has none). `char::is_lowercase` would link the standard
/// library's Unicode table.
pub fn is_lower(c: char) -> bool {
    upper(c) != c
}

/// `text` in lowercase; borrows nothing, allocates once.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower).collect()
}

#[derive(Clone, Copy, PartialEq)]
enum Case {
    Lower,
    Upper,
}

/// Moves `c` by `delta` code points toward `to` when it lies in the capital range
/// `first..=last` (`to` lower) or in that range moved by `delta` (`to` upper).
fn offset(c: u32, first: u32, last: u32, delta: u32, to: Case) -> Option<u32> {
    match to {
        Case::Lower if (first..=last).contains(&c) => Some(c + delta),
        Case::Upper if (first + delta..=last + delta).contains(&c) => Some(c - delta),
        _ => None,
    }
}

/// Pairs written capital then small (`Ā ā`), the capital at an even code point when
/// `even_upper`, odd otherwise.
fn paired(c: u32, first: u32, last: u32, even_upper: bool, to: Case) -> Option<u32> {
    if !(first..=last).contains(&c) {
        return None;
    }
    let is_upper = (c % 2 == 0) == even_upper;
    match (to, is_upper) {
        (Case::Lower, true) => Some(c + 1),
        (Case::Upper, false) => Some(c - 1),
        _ => Some(c),
    }
}

fn shift(c: char, to: Case) -> char {
    let code = c as u32;
    if code < 0x80 {
        return match to {
            Case::Lower => c.to_ascii_lowercase(),
            Case::Upper => c.to_ascii_uppercase(),
        };
    }
    let special = match (code, to) {
        (0xB5, Case::Upper) => Some(0x39C), // micro sign -> Greek capital mu
        (0xFF, Case::Upper) => Some(0x178),
        (0x178, Case::Lower) => Some(0xFF),
        (0x130, Case::Lower) => Some(0x69), // Turkish dotted capital I
        (0x131, Case::Upper) => Some(0x49), // Turkish dotless small i
        (0x17F, Case::Upper) => Some(0x53), // long s
        (0x3C2, Case::Upper) => Some(0x3A3), // final sigma
        (0x386, Case::Lower) => Some(0x3AC),
        (0x3AC, Case::Upper) => Some(0x386),
        (0x38C, Case::Lower) => Some(0x3CC),
        (0x3CC, Case::Upper) => Some(0x38C),
        (0xD7 | 0xF7, _) => Some(code), // multiplication and division signs
        _ => None,
    };
    let mapped = special
        .or_else(|| offset(code, 0xC0, 0xDE, 0x20, to))
        .or_else(|| paired(code, 0x100, 0x12F, true, to))
        .or_else(|| paired(code, 0x132, 0x137, true, to))
        .or_else(|| paired(code, 0x139, 0x148, false, to))
        .or_else(|| paired(code, 0x14A, 0x177, true, to))
        .or_else(|| paired(code, 0x179, 0x17E, false, to))
        .or_else(|| offset(code, 0x388, 0x38A, 0x25, to))
        .or_else(|| offset(code, 0x38E, 0x38F, 0x3F, to))
        .or_else(|| offset(code, 0x391, 0x3A1, 0x20, to))
        .or_else(|| offset(code, 0x3A3, 0x3AB, 0x20, to))
        .or_else(|| offset(code, 0x400, 0x40F, 0x50, to))
        .or_else(|| offset(code, 0x410, 0x42F, 0x20, to))
        .or_else(|| paired(code, 0x460, 0x481, true, to))
        .or_else(|| paired(code, 0x48A, 0x4BF, true, to))
        .or_else(|| offset(code, 0xFF21, 0xFF3A, 0x20, to));
    mapped.and_then(char::from_u32).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's mapping where it is a single character.
    fn std_lower(c: char) -> char {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) => l,
            // U+0130 lowercases to "i" + combining dot; the plain "i" is what words need.
            (Some(l), Some(_)) => l,
            _ => c,
        }
    }

    fn std_upper(c: char) -> char {
        let mut it = c.to_uppercase();
        match (it.next(), it.next()) {
            (Some(u), None) => u,
            // Expansions (ß -> SS, ŉ -> ʼN) have no one-character form: left alone.
            _ => c,
        }
    }

    const COVERED: [(u32, u32); 6] = [
        (0, 0x24F),
        (0x370, 0x3FF),
        (0x400, 0x4FF),
        (0xFF00, 0xFF5F),
        (0x2000, 0x206F),
        (0x1F600, 0x1F64F),
    ];

    #[test]
    fn matches_the_standard_library_on_the_covered_scripts() {
        let mut differ = Vec::new();
        for (first, last) in COVERED {
            for c in (first..=last).filter_map(char::from_u32) {
                let in_scope = (c as u32) < 0x180
                    || (0x386..=0x3CE).contains(&(c as u32))
                    || (0x400..=0x4BF).contains(&(c as u32))
                    || (0xFF21..=0xFF5A).contains(&(c as u32))
                    || !c.is_alphabetic();
                if !in_scope {
                    continue;
                }
                if lower(c) != std_lower(c) {
                    differ.push(format!("lower {c:?} {:?} vs {:?}", lower(c), std_lower(c)));
                }
                let expected_upper = if std_upper(c) == c && c.to_uppercase().count() > 1 {
                    c
                } else {
                    std_upper(c)
                };
                if upper(c) != expected_upper {
                    differ.push(format!("upper {c:?} {:?} vs {expected_upper:?}", upper(c)));
                }
            }
        }
        assert!(differ.is_empty(), "{differ:#?}");
    }

    #[test]
    fn letter_case_matches_the_standard_library_on_the_covered_scripts() {
        // Small letters without a capital of their own read as neither.
        let uncased = ['ß', 'ĸ', 'ŉ', 'ª', 'º', 'ΐ', 'ΰ'];
        let mut differ = Vec::new();
        for c in ('\0'..='\u{17F}')
            .chain('\u{386}'..='\u{3CE}')
            .chain('\u{400}'..='\u{4BF}')
            .chain('\u{FF21}'..='\u{FF5A}')
            .filter(|c| !uncased.contains(c))
        {
            if (is_upper(c), is_lower(c)) != (c.is_uppercase(), c.is_lowercase()) {
                differ.push(c);
            }
        }
        assert!(differ.is_empty(), "{differ:?}");
        assert!(uncased.iter().all(|&c| !is_upper(c) && !is_lower(c)));
        assert!(is_upper('Я') && is_lower('я') && !is_upper('中') && !is_lower('1'));
    }

    #[test]
    fn other_scripts_are_left_alone() {
        for c in ['ა', 'Ա', '中', '😀'] {
            assert_eq!((lower(c), upper(c)), (c, c));
        }
        assert_eq!(lowercase("ÉLODIE Ἀ"), "élodie Ἀ");
        assert_eq!(lowercase("THIRD TIME"), "third time");
        assert_eq!(lowercase("ПРИВЕТ"), "привет");
    }
}
