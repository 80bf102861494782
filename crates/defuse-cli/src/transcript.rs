//! Reading transcripts: a JSON array, or JSON lines, of
//! `{"role": "customer"|"agent", "text": ..., "at": <ms since epoch | RFC 3339, optional>}`.
//!
//! Every error names the file and the line, and nothing panics on bad input.

use std::io::Read;
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use defuse_core::{Message, Millis, Role};
use serde::Deserialize;

/// Longest message accepted, in bytes. Chat messages are short; a longer "message" is a
/// wrong file, and rejecting it names the line instead of analysing megabytes.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;

/// Reads the transcript at `path` (`-` reads standard input).
pub fn read(path: &Path) -> anyhow::Result<Vec<Message>> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("{name}: cannot read file"))?
    };
    let name = if name == "-" {
        "<stdin>".to_string()
    } else {
        name
    };
    parse(&name, &bytes)
}

/// Parses transcript bytes; `name` is used in error messages.
pub fn parse(name: &str, bytes: &[u8]) -> anyhow::Result<Vec<Message>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        anyhow!("{name}:{line}: not valid UTF-8 (byte {})", e.valid_up_to())
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        bail!("{name}: empty transcript: expected a JSON array or JSON lines of messages");
    }
    let raw: Vec<(usize, RawMessage)> = if trimmed.starts_with('[') {
        let items: Vec<serde_json::Value> = serde_json::from_str(text)
            .map_err(|e| anyhow!("{name}:{}: invalid JSON: {e}", e.line()))?;
        // A `Value` keeps no positions, so array errors name the message by its index.
        items
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                RawMessage::deserialize(v)
                    .map(|m| (i, m))
                    .map_err(|e| anyhow!("{name}: message {} (0-based {i}): {e}", i + 1))
            })
            .collect::<anyhow::Result<_>>()?
    } else {
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() {
                continue;
            }
            if line.len() > MAX_MESSAGE_BYTES + 1024 {
                bail!("{name}:{line_no}: line is {} bytes, over the {MAX_MESSAGE_BYTES}-byte message limit", line.len());
            }
            if !line.trim_start().starts_with('{') {
                bail!(
                    "{name}:{line_no}: not a JSON message; each line is one message, e.g. \
                     {{\"role\": \"customer\", \"text\": \"my parcel never came\"}}"
                );
            }
            let m: RawMessage =
                serde_json::from_str(line).map_err(|e| anyhow!("{name}:{line_no}: {e}"))?;
            out.push((line_no, m));
        }
        out
    };
    let array = trimmed.starts_with('[');
    let at = |i: usize| {
        if array {
            format!("{name}: message {}", i + 1)
        } else {
            format!("{name}:{i}")
        }
    };
    let mut messages = Vec::with_capacity(raw.len());
    for (i, m) in raw {
        if m.text.len() > MAX_MESSAGE_BYTES {
            bail!(
                "{}: text is {} bytes, over the {MAX_MESSAGE_BYTES}-byte message limit",
                at(i),
                m.text.len()
            );
        }
        let at_ms = match m.at {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::Number(n)) => {
                Some(Millis(n.as_i64().ok_or_else(|| {
                    anyhow!("{}: `at` must be whole milliseconds, got {n}", at(i))
                })?))
            }
            Some(serde_json::Value::String(s)) => Some(parse_rfc3339(&s).ok_or_else(|| {
                anyhow!(
                    "{}: `at` is not RFC 3339 (e.g. 2026-11-23T09:30:00Z): {s:?}",
                    at(i)
                )
            })?),
            Some(other) => bail!(
                "{}: `at` must be milliseconds or an RFC 3339 string, got {other}",
                at(i)
            ),
        };
        messages.push(Message {
            role: m.role,
            text: m.text,
            at: at_ms,
        });
    }
    if messages.is_empty() {
        bail!("{name}: the transcript has no messages");
    }
    Ok(messages)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMessage {
    role: Role,
    text: String,
    #[serde(default)]
    at: Option<serde_json::Value>,
}

/// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` into milliseconds since the epoch.
pub fn parse_rfc3339(s: &str) -> Option<Millis> {
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, min, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || min > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut ms = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return None;
        }
        let frac = &s[start..i.min(start + 3)];
        ms = frac.parse::<i64>().ok()? * 10_i64.pow(3 - frac.len() as u32);
    }
    let offset_min = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if b.len() == i + 6 && b[i + 3] == b':' => {
            let m = num(i + 1..i + 3)? * 60 + num(i + 4..i + 6)?;
            if *sign == b'-' {
                -m
            } else {
                m
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3_600 + min * 60 + sec - offset_min * 60;
    Some(Millis(secs * 1_000 + ms))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(input: &[u8]) -> String {
        format!("{:#}", parse("t.json", input).unwrap_err())
    }

    #[test]
    fn array_and_lines_parse_the_same() {
        let array = br#"[{"role":"customer","text":"hi","at":1000},{"role":"agent","text":"hello","at":"1970-01-01T00:00:02Z"}]"#;
        let lines = b"{\"role\":\"customer\",\"text\":\"hi\",\"at\":1000}\n\n{\"role\":\"agent\",\"text\":\"hello\",\"at\":\"1970-01-01T00:00:02Z\"}\n";
        let a = parse("a", array).unwrap();
        assert_eq!(a, parse("b", lines).unwrap());
        assert_eq!(a[1].at, Some(Millis(2_000)));
        assert_eq!(a[0].role, Role::Customer);
    }

    #[test]
    fn rfc3339_with_fraction_and_offset() {
        assert_eq!(
            parse_rfc3339("2026-11-23T09:30:00.5+01:00"),
            Some(Millis(1_795_422_600_500))
        );
        assert_eq!(
            parse_rfc3339("2000-02-29T00:00:00Z"),
            Some(Millis(951_782_400_000))
        );
        assert_eq!(parse_rfc3339("2026-13-01T00:00:00Z"), None);
        assert_eq!(parse_rfc3339("yesterday"), None);
    }

    #[test]
    fn bad_input_names_file_and_line() {
        assert_eq!(
            err(b""),
            "t.json: empty transcript: expected a JSON array or JSON lines of messages"
        );
        assert_eq!(
            err(b"  \n"),
            "t.json: empty transcript: expected a JSON array or JSON lines of messages"
        );
        assert!(
            err(b"{\"role\":\"customer\",\"text\":\"ok\"}\n{\"role\":\"customer\"}\n")
                .starts_with("t.json:2: missing field `text`")
        );
        assert!(err(b"{\"role\":\"boss\",\"text\":\"x\"}")
            .starts_with("t.json:1: unknown variant `boss`"));
        assert!(
            err(b"[{\"role\":\"agent\",\"text\":\"x\"},\n{\"role\":\"agent\",\"text\":1}]")
                .starts_with("t.json: message 2")
        );
        assert!(err(b"[{\"role\":\"agent\",\n\"text\":\"x\"").starts_with("t.json:2: invalid JSON"));
        assert!(err(
            b"{\"role\":\"agent\",\"text\":\"x\"}\n{\"role\":\"agent\",\"text\":\"\xff\"}"
        )
        .starts_with("t.json:2: not valid UTF-8"));
        assert!(err(b"{\"role\":\"agent\",\"text\":\"x\",\"at\":\"noon\"}")
            .starts_with("t.json:1: `at` is not RFC 3339"));
        assert!(err(b"[]").starts_with("t.json: the transcript has no messages"));
        // Plain text instead of JSON says what a line should look like.
        assert_eq!(
            err(b"{\"role\":\"customer\",\"text\":\"x\"}\nmy parcel never came\n"),
            "t.json:2: not a JSON message; each line is one message, e.g. \
             {\"role\": \"customer\", \"text\": \"my parcel never came\"}"
        );
        assert!(
            err(b"{\"role\":\"agent\",\"text\":\"x\",\"mood\":1}").contains("unknown field `mood`")
        );
    }

    #[test]
    fn a_megabyte_line_is_rejected_by_size() {
        let mut line = b"{\"role\":\"customer\",\"text\":\"".to_vec();
        line.extend(std::iter::repeat_n(b'a', 1 << 20));
        line.extend(b"\"}\n");
        assert!(err(&line)
            .starts_with("t.json:1: line is 1048605 bytes, over the 65536-byte message limit"));
    }
}
