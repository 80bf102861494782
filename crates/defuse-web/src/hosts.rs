//! Reading the help desks' conversations (`--features apps`): Chatwoot's `appContext`,
//! Zendesk's `ticket.conversation` and Front's `listMessages()` results, as the JS of each
//! app hands them over (plain data through serde), turned into the visible thread that
//! [`crate::host::Feed`] follows. Pure: no browser types, tested natively.
//!
//! The rules, one place per help desk:
//! - Chatwoot: `message_type` 0 is the customer, 1 the agent; 2 (activity) and 3
//!   (template) are skipped, and so are private notes (`private: true`, the agents' own
//!   words: never analysed nor quoted). `created_at` is in seconds.
//! - Zendesk: an author with role `end-user` is the customer, `agent` and `admin` the
//!   agent, any other role (system lines) is skipped. Internal notes are skipped whichever
//!   way they are marked: `channel.name == "internal"` (how the ZAF ticket conversation
//!   names the channel of a note) or `public: false` (how the Support REST API's comments
//!   mark it), on the comment or on its message.
//! - Front: `inbound` is the customer, `outbound` the agent; comments (internal notes) are
//!   never listed by the app at all; a message without content is skipped.
//!
//! HTML content is read as text by [`html_text`], a small scanner over the string: it is
//! never parsed into a document, so nothing in it can run or load.

use defuse_core::{Millis, Role};
use serde::Deserialize;

use crate::thread::Visible;

/// A message as the thread follows it, with its time.
pub(crate) type Read = (Visible, Option<Millis>);

/// An id as a help desk gives it: a number or a string.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub(crate) enum Id {
    /// A numeric id (Chatwoot, Zendesk).
    Number(f64),
    /// A string id (Front).
    Text(String),
}

impl Id {
    /// The id as text: integers without a fraction.
    pub(crate) fn text(&self) -> String {
        match self {
            Id::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => format!("{}", *n as i64),
            Id::Number(n) => n.to_string(),
            Id::Text(s) => s.clone(),
        }
    }
}

/// One message, or the reason it is not read.
fn visible(id: Option<String>, role: Option<Role>, text: &str, at: Option<i64>) -> Option<Read> {
    let text = text.trim();
    let role = role?;
    if text.is_empty() {
        return None;
    }
    let visible = Visible {
        id,
        role,
        text: text.to_string(),
    };
    Some((visible, at.map(Millis)))
}

// ---- Chatwoot ----

/// What Chatwoot posts to a dashboard app: `{event: "appContext", data: {conversation}}`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ChatwootEnvelope {
    /// `"appContext"` for the conversation; anything else is ignored.
    pub event: String,
    /// The context.
    pub data: Option<ChatwootContext>,
}

/// The app context's part we read.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ChatwootContext {
    /// The conversation on screen.
    pub conversation: Option<ChatwootConversation>,
}

/// A Chatwoot conversation.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ChatwootConversation {
    /// Its id: a new id is a new conversation.
    pub id: Option<Id>,
    /// Its messages, in any order.
    pub messages: Vec<ChatwootMessage>,
}

/// A Chatwoot message.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ChatwootMessage {
    /// Its id.
    pub id: Option<Id>,
    /// Its text.
    pub content: Option<String>,
    /// 0 incoming (customer), 1 outgoing (agent), 2 activity, 3 template.
    pub message_type: Option<f64>,
    /// A private note.
    pub private: Option<bool>,
    /// Seconds since the epoch.
    pub created_at: Option<f64>,
}

/// The conversation key and thread of a Chatwoot `appContext`, or `None` for anything else.
pub(crate) fn chatwoot(envelope: ChatwootEnvelope) -> Option<(String, Vec<Read>)> {
    if envelope.event != "appContext" {
        return None;
    }
    let conversation = envelope.data?.conversation?;
    let key = conversation.id.as_ref()?.text();
    let mut messages = conversation.messages;
    let id_of = |m: &ChatwootMessage| {
        m.id.as_ref().map_or(0.0, |id| match id {
            Id::Number(n) => *n,
            Id::Text(_) => 0.0,
        })
    };
    messages.sort_by(|a, b| {
        let (ta, tb) = (a.created_at.unwrap_or(0.0), b.created_at.unwrap_or(0.0));
        ta.total_cmp(&tb).then(id_of(a).total_cmp(&id_of(b)))
    });
    let thread = messages
        .iter()
        .filter(|m| m.private != Some(true))
        .filter_map(|m| {
            let role = match m.message_type {
                Some(0.0) => Some(Role::Customer),
                Some(1.0) => Some(Role::Agent),
                _ => None,
            };
            let at = m.created_at.map(|s| (s * 1000.0) as i64);
            visible(m.id.as_ref().map(Id::text), role, m.content.as_deref()?, at)
        })
        .collect();
    Some((key, thread))
}

// ---- Zendesk ----

/// What the Zendesk app hands over: the ticket id, `ticket.conversation` and the agent's
/// draft (`ticket.comment.text`, HTML).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ZendeskTicket {
    /// `ticket.id`: a new id is a new conversation.
    pub ticket: Option<Id>,
    /// `ticket.conversation`, oldest first.
    pub conversation: Vec<ZendeskEntry>,
    /// `ticket.comment.text`.
    pub draft: Option<String>,
}

/// One entry of `ticket.conversation`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ZendeskEntry {
    /// Its id, when given.
    pub id: Option<Id>,
    /// Who wrote it.
    pub author: Option<ZendeskAuthor>,
    /// Where it came from: `"internal"` for a note.
    pub channel: Option<ZendeskChannel>,
    /// What it says.
    pub message: Option<ZendeskMessage>,
    /// ISO 8601.
    pub timestamp: Option<String>,
    /// false for a note, as the REST API marks comments.
    pub public: Option<bool>,
}

/// A conversation entry's author.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ZendeskAuthor {
    /// `end-user`, `agent`, `admin`, or another role for system lines.
    pub role: String,
}

/// A conversation entry's channel.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ZendeskChannel {
    /// `email`, `web`, `internal`, ...
    pub name: String,
}

/// A conversation entry's message.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct ZendeskMessage {
    /// HTML unless `content_type` says plain text.
    pub content: String,
    /// `text/html` or `text/plain`.
    #[serde(rename = "contentType")]
    pub content_type: Option<String>,
    /// false for a note.
    pub public: Option<bool>,
}

/// The ticket's key and thread, or `None` without a ticket id.
pub(crate) fn zendesk(ticket: &ZendeskTicket) -> Option<(String, Vec<Read>)> {
    let key = ticket.ticket.as_ref()?.text();
    let thread = ticket
        .conversation
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| {
            let message = entry.message.as_ref()?;
            let internal = entry.channel.as_ref().is_some_and(|c| c.name == "internal")
                || entry.public == Some(false)
                || message.public == Some(false);
            if internal {
                return None;
            }
            let role = match entry.author.as_ref()?.role.as_str() {
                "end-user" => Some(Role::Customer),
                "agent" | "admin" => Some(Role::Agent),
                _ => None,
            };
            let plain = message.content_type.as_deref() == Some("text/plain");
            let text = if plain {
                message.content.clone()
            } else {
                html_text(&message.content)
            };
            let at = entry.timestamp.as_deref().and_then(iso_millis);
            let id = match &entry.id {
                Some(id) => id.text(),
                None => format!("{i}:{}", entry.timestamp.as_deref().unwrap_or("")),
            };
            visible(Some(id), role, &text, at)
        })
        .collect();
    Some((key, thread))
}

// ---- Front ----

/// What the Front plugin hands over: the conversation on screen (none, or several selected:
/// `conversation` absent), its messages from `listMessages()` (every page), and the
/// agent's draft.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct FrontConversation {
    /// The conversation's id.
    pub conversation: Option<Id>,
    /// Its messages, any order.
    pub messages: Vec<FrontMessage>,
    /// The draft's body, when there is a draft.
    pub draft: Option<FrontContent>,
}

/// A Front message.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct FrontMessage {
    /// Its id.
    pub id: Option<Id>,
    /// `inbound` (the customer) or `outbound` (the agent).
    pub status: String,
    /// ms since the epoch (the app turns the SDK's `Date` into a number).
    pub date: Option<f64>,
    /// Its body; absent for a message without content.
    pub content: Option<FrontContent>,
}

/// A body: text or HTML.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct FrontContent {
    /// The body.
    pub body: String,
    /// `text` or `html`.
    #[serde(rename = "type")]
    pub kind: String,
}

impl FrontContent {
    /// The body as text.
    pub(crate) fn text(&self) -> String {
        if self.kind == "html" {
            html_text(&self.body)
        } else {
            self.body.trim().to_string()
        }
    }
}

/// The conversation's key and thread (oldest first), or `None` when no single
/// conversation is open.
pub(crate) fn front(conversation: &FrontConversation) -> Option<(String, Vec<Read>)> {
    let key = conversation.conversation.as_ref()?.text();
    let mut messages: Vec<&FrontMessage> = conversation.messages.iter().collect();
    messages.sort_by(|a, b| a.date.unwrap_or(0.0).total_cmp(&b.date.unwrap_or(0.0)));
    let thread = messages
        .into_iter()
        .filter_map(|m| {
            let role = match m.status.as_str() {
                "inbound" => Some(Role::Customer),
                "outbound" => Some(Role::Agent),
                _ => None,
            };
            let text = m.content.as_ref()?.text();
            visible(
                m.id.as_ref().map(Id::text),
                role,
                &text,
                m.date.map(|d| d as i64),
            )
        })
        .collect();
    Some((key, thread))
}

// ---- HTML as text ----

/// Elements whose content is not the message: code, styles, the quoted history of an email.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "template",
    "noscript",
    "head",
    "blockquote",
    "title",
];

/// Elements that start a line of their own.
const BLOCKS: &[&str] = &[
    "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol", "table",
    "section", "article",
];

/// Class names of quoted history inside a `div` (Gmail, Front).
const QUOTE_CLASSES: &[&str] = &["gmail_quote", "front-quote"];

/// The text of an HTML fragment: tags dropped, a `<br>` or a block a line break, entities
/// decoded, scripts, styles and quoted history left out, spaces collapsed. It only scans
/// the string: nothing is ever parsed into a document.
pub(crate) fn html_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.trim().to_string();
    }
    let mut out = String::new();
    // While inside a skipped element: its name and how deep.
    let mut skipping: Option<(String, usize)> = None;
    let mut rest = html;
    while let Some(lt) = defuse_core::text::find_byte(rest, b'<') {
        if skipping.is_none() {
            decode_into(&rest[..lt], &mut out);
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(end) = tag_end(rest) else {
            if skipping.is_none() {
                decode_into(rest, &mut out);
            }
            rest = "";
            break;
        };
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        let closing = tag.starts_with('/');
        let name: String = defuse_core::text::trim_start_any(tag, b"/")
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if let Some((skipped, depth)) = skipping.as_mut() {
            if *skipped == name {
                if closing {
                    *depth -= 1;
                } else if !tag.ends_with('/') {
                    *depth += 1;
                }
                if *depth == 0 {
                    skipping = None;
                }
            }
            continue;
        }
        let quote = !closing && name == "div" && has_quote_class(tag);
        if !closing && (SKIPPED.contains(&name.as_str()) || quote) && !tag.ends_with('/') {
            skipping = Some((name, 1));
            continue;
        }
        if name == "br" || BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    if skipping.is_none() {
        decode_into(rest, &mut out);
    }
    tidy(&out)
}

/// Where a tag that starts `s` (at `<`) ends: its `>` outside quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Whether a tag's `class` attribute names quoted history.
fn has_quote_class(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    let Some(at) = lower.find("class=") else {
        return false;
    };
    let value = &lower[at + 6..];
    let value = defuse_core::text::trim_start_any(value, b"\"'");
    let value = defuse_core::text::split_any(value, b"\"'>")
        .next()
        .unwrap_or("");
    value.split_whitespace().any(|c| QUOTE_CLASSES.contains(&c))
}

/// Appends text from between tags: entities decoded, source line breaks as spaces.
fn decode_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = defuse_core::text::find_byte(rest, b'&') {
        push_spaced(&rest[..amp], out);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|i| i + 1);
        match end.filter(|&e| rest[e..].starts_with(';')) {
            Some(e) => match entity(&rest[1..e]) {
                Some(c) => {
                    out.push(c);
                    rest = &rest[e + 1..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            },
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    push_spaced(rest, out);
}

fn push_spaced(text: &str, out: &mut String) {
    out.extend(
        text.chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
    );
}

/// The character an entity names (the common ones and numeric references).
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "rsquo" => '\u{2019}',
        "lsquo" => '\u{2018}',
        "rdquo" => '\u{201d}',
        "ldquo" => '\u{201c}',
        "hellip" => '\u{2026}',
        "mdash" => '\u{2014}',
        "ndash" => '\u{2013}',
        _ => return None,
    })
}

/// Spaces collapsed, one line break between lines, no blank lines, trimmed.
fn tidy(text: &str) -> String {
    let lines: Vec<String> = defuse_core::text::split_byte(text, b'\n')
        .map(|line| {
            line.split([' ', '\t', '\u{a0}'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// Milliseconds since the epoch of an ISO 8601 time (`2026-12-04T18:48:00Z`, with an
/// optional fraction and offset), or `None` if it is not one.
pub(crate) fn iso_millis(text: &str) -> Option<i64> {
    let b = text.trim().as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = b.get(from..from + len)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
    };
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || !matches!(b.get(10), Some(b'T' | b' '))
    {
        return None;
    }
    let (hour, minute) = (num(11, 2)?, num(14, 2)?);
    let mut i = 16;
    let mut second = 0;
    if b.get(i) == Some(&b':') {
        second = num(17, 2)?;
        i = 19;
    }
    let mut millis = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = &b[start..i];
        millis = digits
            .iter()
            .chain(std::iter::repeat(&b'0'))
            .take(3)
            .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    }
    let offset = match b.get(i) {
        Some(b'Z' | b'z') if i + 1 == b.len() => 0,
        Some(sign @ (b'+' | b'-')) => {
            let minutes = num(i + 1, 2)? * 60 + num(i + 4, 2)?;
            if *sign == b'+' {
                minutes
            } else {
                -minutes
            }
        }
        None => 0,
        _ => return None,
    };
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset * 60;
    Some(seconds * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn roles_and_texts(thread: &[Read]) -> Vec<(Role, &str)> {
        thread
            .iter()
            .map(|(v, _)| (v.role, v.text.as_str()))
            .collect()
    }

    #[test]
    fn html_is_read_as_text_without_quotes_scripts_or_markup() {
        let cases = [
            ("<p>My order <b>#5512</b> is late.</p><p>Due Monday.</p>", "My order #5512 is late.\nDue Monday."),
            ("<div>RIDICULOUS!!!<br>Useless</div><blockquote>On Monday: <blockquote>x</blockquote> thanks</blockquote>", "RIDICULOUS!!!\nUseless"),
            ("Fish &amp; chips &lt;3 &#39;ok&#x27; &nbsp; &bogus; & done", "Fish & chips <3 'ok' &bogus; & done"),
            ("<img src=x onerror=\"alert('>')\">Hi<script>var a = '<p>';</script> there", "Hi there"),
            ("<div class=\"gmail_quote\">old <div>older</div></div>new<!-- <p>hidden</p> -->", "new"),
            ("line\none", "line\none"),
            ("<p>a\n b</p>", "a b"),
            ("<p>unclosed <b", "unclosed <b"),
        ];
        for (html, text) in cases {
            assert_eq!(html_text(html), text, "{html}");
        }
    }

    #[test]
    fn iso_times_parse_with_fractions_and_offsets() {
        assert_eq!(iso_millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(
            iso_millis("2026-12-04T18:48:00.5Z"),
            Some(1_796_410_080_500)
        );
        assert_eq!(
            iso_millis("2026-12-04T20:48:00+02:00"),
            Some(1_796_410_080_000)
        );
        assert_eq!(iso_millis("2000-02-29T00:00:00Z"), Some(951_782_400_000));
        assert_eq!(iso_millis("yesterday"), None);
        assert_eq!(iso_millis("2026-13-04T18:48:00Z"), None);
    }

    #[test]
    fn chatwoot_skips_notes_activity_and_templates_and_sorts_by_time() {
        let envelope: ChatwootEnvelope = serde_json::from_value(json!({
            "event": "appContext",
            "data": {"conversation": {"id": 4021, "messages": [
                {"id": 5, "content": "THIS IS RIDICULOUS", "message_type": 0, "private": false, "created_at": 50},
                {"id": 1, "content": "Where is my order?", "message_type": 0, "private": false, "created_at": 10},
                {"id": 2, "content": "Looking now.", "message_type": 1, "private": false, "created_at": 20},
                {"id": 3, "content": "Assigned to Sam", "message_type": 2, "created_at": 30},
                {"id": 4, "content": "nightmare customer", "message_type": 1, "private": true, "created_at": 40},
                {"id": 6, "content": "Rate us", "message_type": 3, "created_at": 60},
                {"id": 7, "content": "   ", "message_type": 0, "created_at": 70},
                {"id": 8, "content": null, "message_type": 0, "private": null, "created_at": 80}
            ]}}
        }))
        .unwrap();
        let (key, thread) = chatwoot(envelope).unwrap();
        assert_eq!(key, "4021");
        assert_eq!(
            roles_and_texts(&thread),
            [
                (Role::Customer, "Where is my order?"),
                (Role::Agent, "Looking now."),
                (Role::Customer, "THIS IS RIDICULOUS"),
            ]
        );
        assert_eq!(thread[0].1, Some(Millis(10_000)));
        assert_eq!(thread[0].0.id.as_deref(), Some("1"));
        let other: ChatwootEnvelope =
            serde_json::from_value(json!({"event": "other", "data": {"conversation": {"id": 1}}}))
                .unwrap();
        assert!(chatwoot(other).is_none());
    }

    #[test]
    fn zendesk_skips_internal_notes_either_way_they_are_marked_and_system_lines() {
        let entry = |role: &str, html: &str, extra: serde_json::Value| {
            let mut e = json!({
                "author": {"role": role, "name": "x"},
                "channel": {"name": "email"},
                "message": {"content": html, "contentType": "text/html"},
                "timestamp": "2026-12-04T18:48:00Z"
            });
            for (k, v) in extra.as_object().unwrap() {
                e[k] = v.clone();
            }
            e
        };
        let ticket: ZendeskTicket = serde_json::from_value(json!({
            "ticket": 311,
            "conversation": [
                entry("end-user", "<p>Late <b>again</b></p>", json!({})),
                entry("agent", "<p>Checking.</p>", json!({})),
                entry("agent", "<p>note by channel</p>", json!({"channel": {"name": "internal"}})),
                entry("admin", "<p>note by public</p>", json!({"public": false})),
                entry("agent", "<p>note on message</p>", json!({"message": {"content": "x", "public": false}})),
                entry("system", "<p>Escalated: RIDICULOUS</p>", json!({})),
                entry("admin", "plain <b>text</b>", json!({"message": {"content": "plain <b>text</b>", "contentType": "text/plain"}})),
                entry("end-user", "<p>Still here</p>", json!({"public": true}))
            ],
            "draft": "<p>Hi</p>"
        }))
        .unwrap();
        let (key, thread) = zendesk(&ticket).unwrap();
        assert_eq!(key, "311");
        assert_eq!(
            roles_and_texts(&thread),
            [
                (Role::Customer, "Late again"),
                (Role::Agent, "Checking."),
                (Role::Agent, "plain <b>text</b>"),
                (Role::Customer, "Still here"),
            ]
        );
        assert_eq!(thread[0].1, Some(Millis(1_796_410_080_000)));
        assert_eq!(thread[0].0.id.as_deref(), Some("0:2026-12-04T18:48:00Z"));
        assert!(zendesk(&ZendeskTicket::default()).is_none());
    }

    #[test]
    fn front_maps_directions_skips_empty_messages_and_sorts_by_date() {
        let conversation: FrontConversation = serde_json::from_value(json!({
            "conversation": "cnv_55",
            "messages": [
                {"id": "msg_2", "status": "outbound", "date": 2000.0, "content": {"body": "On it.", "type": "text"}},
                {"id": "msg_1", "status": "inbound", "date": 1000.0, "content": {"body": "<p>Where &amp; when?</p>", "type": "html"}},
                {"id": "msg_3", "status": "inbound", "date": 3000.0},
                {"id": "msg_4", "status": "draft", "date": 4000.0, "content": {"body": "x", "type": "text"}}
            ]
        }))
        .unwrap();
        let (key, thread) = front(&conversation).unwrap();
        assert_eq!(key, "cnv_55");
        assert_eq!(
            roles_and_texts(&thread),
            [(Role::Customer, "Where & when?"), (Role::Agent, "On it.")]
        );
        assert_eq!(thread[0].1, Some(Millis(1000)));
        assert!(front(&FrontConversation::default()).is_none());
    }
}
