//! The draft coach: points at the words in the agent's unsent draft that tend to escalate,
//! says why, offers a calmer wording, and gives the draft a verdict.
//!
//! Runs on every keystroke: one folded copy of the draft, static phrase tables, no
//! analysis of the draft itself beyond technique detection, and the conversation is only
//! read (its mirrored complaint is computed only when a rewrite needs it).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::conversation::{Conversation, Role};
use crate::signal::SignalKind;
use crate::span::Span;
use crate::technique::{detect_techniques, find_phrase, Technique};
use crate::text::is_one_of;

use super::config::Config;
use super::{context_mirror, DraftFeedback, DraftFlag, Verdict};
use phrases::{ACRONYMS, PHRASES, TIME_WORDS};

mod phrases;

/// What kind of problem a flagged phrase has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftFlagKind {
    /// Puts the fault on the customer ("you should have").
    Blame,
    /// Tells the customer how to feel ("calm down", "relax").
    Dismissal,
    /// Hides behind policy ("it's our policy").
    PolicyHiding,
    /// Closes the door ("unfortunately there is nothing I can do").
    NothingToDo,
    /// Impatience ("as I said").
    AsISaid,
    /// Reads as sarcasm ("good luck with that").
    Sarcasm,
    /// Capitals or `!!!`.
    Shouting,
    /// An explanation before (or without) an apology ("we're very busy").
    ExcuseBeforeApology,
    /// A promise with no time ("I'll try", "soon", "ASAP").
    VaguePromise,
    /// Internal jargon ("SLA", "backend").
    Jargon,
    /// The customer is angry and the draft neither apologizes nor acknowledges.
    MissingEmpathy,
}

impl DraftFlagKind {
    /// Why this kind of phrase escalates.
    pub fn reason(self) -> &'static str {
        match self {
            DraftFlagKind::Blame => {
                "puts the fault on the customer: they hear an accusation, not help"
            }
            DraftFlagKind::Dismissal => {
                "tells the customer how to feel, which usually makes them angrier"
            }
            DraftFlagKind::PolicyHiding => "hides behind policy: say what you can do instead",
            DraftFlagKind::NothingToDo => {
                "closes the door: offer what you can do, even something small"
            }
            DraftFlagKind::AsISaid => "sounds impatient and implies they were not listening",
            DraftFlagKind::Sarcasm => "reads as sarcasm in text, whatever the intent",
            DraftFlagKind::Shouting => "capitals and !!! read as shouting",
            DraftFlagKind::ExcuseBeforeApology => {
                "an explanation before an apology sounds like an excuse"
            }
            DraftFlagKind::VaguePromise => "a promise without a time is easy to break: give a time",
            DraftFlagKind::Jargon => "internal jargon: use plain words",
            DraftFlagKind::MissingEmpathy => {
                "the customer is angry and the draft has no apology or acknowledgement"
            }
        }
    }

    /// How much the problem risks escalation: 3 is enough on its own to escalate.
    fn severity(self) -> u8 {
        match self {
            DraftFlagKind::Blame | DraftFlagKind::Dismissal | DraftFlagKind::Sarcasm => 3,
            DraftFlagKind::Shouting
            | DraftFlagKind::PolicyHiding
            | DraftFlagKind::NothingToDo
            | DraftFlagKind::AsISaid
            | DraftFlagKind::ExcuseBeforeApology
            | DraftFlagKind::MissingEmpathy => 2,
            DraftFlagKind::VaguePromise | DraftFlagKind::Jargon => 1,
        }
    }
}

/// Level from which the customer counts as angry for the missing-apology check.
const ANGRY_LEVEL: u8 = 40;

/// The draft with ASCII lowercased and curly apostrophes folded, plus a way back to the
/// draft's byte offsets (they differ only when a curly apostrophe was folded).
struct Folded {
    text: String,
    /// For each byte of `text` (and one past the end), the draft's byte offset.
    map: Option<Vec<usize>>,
}

impl Folded {
    fn new(draft: &str) -> Folded {
        if !draft.contains(['\u{2019}', '\u{2018}']) {
            return Folded {
                text: draft.to_ascii_lowercase(),
                map: None,
            };
        }
        let mut text = String::with_capacity(draft.len());
        let mut map = Vec::with_capacity(draft.len() + 1);
        for (i, c) in draft.char_indices() {
            let c = match c {
                '\u{2019}' | '\u{2018}' => '\'',
                c => c.to_ascii_lowercase(),
            };
            for _ in 0..c.len_utf8() {
                map.push(i);
            }
            text.push(c);
        }
        map.push(draft.len());
        Folded {
            text,
            map: Some(map),
        }
    }

    fn original(&self, i: usize) -> usize {
        self.map
            .as_ref()
            .map_or(i, |m| m.get(i).copied().unwrap_or(i))
    }
}

/// Reviews an agent's draft against the conversation so far.
pub fn coach(draft: &str, conversation: &Conversation, config: &Config) -> DraftFeedback {
    let mut flags: Vec<DraftFlag> = Vec::new();
    if draft.trim().is_empty() {
        return DraftFeedback {
            verdict: Verdict::Ok,
            flags,
        };
    }
    let folded = Folded::new(draft);
    let hay = folded.text.as_str();
    let apology_at = ["sorry", "apologi", "apologies", "my mistake", "our mistake"]
        .iter()
        .filter_map(|p| hay.find(p))
        .min();
    let has_time = has_time(hay);
    for &(kind, phrase, rewrite) in phrase_table() {
        let Some(at) = find_phrase(hay, phrase) else {
            continue;
        };
        let relevant = match kind {
            DraftFlagKind::VaguePromise => !has_time,
            DraftFlagKind::ExcuseBeforeApology => {
                apology_at.is_none_or(|a| a > at) || phrase.starts_with("not ")
            }
            _ => true,
        };
        if !relevant {
            continue;
        }
        let span = Span::new(
            draft,
            folded.original(at),
            folded.original(at + phrase.len()),
        );
        if flags.iter().any(|f| overlaps(&f.span, &span)) {
            continue;
        }
        let rewrite = if rewrite == "{follow_up}" {
            config.follow_up_phrase()
        } else {
            rewrite.to_string()
        };
        flags.push(DraftFlag {
            kind,
            span,
            reason: kind.reason().to_string(),
            rewrite,
        });
    }
    shouting(draft, &mut flags);
    if customer_is_angry(conversation) {
        let empathic = detect_techniques(draft)
            .iter()
            .any(|u| matches!(u.technique, Technique::Apologize | Technique::Acknowledge));
        if !empathic {
            let complaint =
                context_mirror(conversation).unwrap_or_else(|| "this has happened".to_string());
            flags.push(DraftFlag {
                kind: DraftFlagKind::MissingEmpathy,
                span: Span::new(draft, 0, 0),
                reason: DraftFlagKind::MissingEmpathy.reason().to_string(),
                rewrite: format!("Start with an apology: \"I'm sorry {complaint}.\""),
            });
        }
    }
    crate::order::sort_by_key(&mut flags, |f| {
        crate::order::pair(f.span.start as u32, f.span.end as u32)
    });
    let total: u32 = flags.iter().map(|f| u32::from(f.kind.severity())).sum();
    let worst = flags.iter().map(|f| f.kind.severity()).max().unwrap_or(0);
    let verdict = if flags.is_empty() {
        Verdict::Ok
    } else if worst >= 3 || total >= 4 {
        Verdict::LikelyToEscalate
    } else {
        Verdict::CouldBeWarmer
    };
    DraftFeedback { verdict, flags }
}

/// [`PHRASES`] split into `(kind, phrase, rewrite)` once: the coach runs on every keystroke.
fn phrase_table() -> &'static [(DraftFlagKind, &'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(DraftFlagKind, &'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::new();
        for &(kind, phrases) in PHRASES {
            for pair in phrases.split('|') {
                let (phrase, rewrite) = pair.split_once('=').unwrap_or((pair, ""));
                table.push((kind, phrase, rewrite));
            }
        }
        table
    })
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn has_time(hay: &str) -> bool {
    if TIME_WORDS.split('|').any(|w| find_phrase(hay, w).is_some()) {
        return true;
    }
    // A number followed by a unit or a clock time: "by 5pm", "in 20 min", "at 14:30".
    let bytes = hay.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        if !b.is_ascii_digit() {
            return false;
        }
        let rest = hay[i + 1..].trim_start();
        rest.starts_with(':')
            || ["am", "pm", "min", "h ", "hr", "day", "business"]
                .iter()
                .any(|u| rest.starts_with(u))
    })
}

/// Flags runs of capitalised words (acronyms aside) and `!!` or longer.
fn shouting(draft: &str, flags: &mut Vec<DraftFlag>) {
    let mut run: Option<(usize, usize)> = None;
    let mut runs: Vec<(usize, usize)> = Vec::new();
    fn push(run: &mut Option<(usize, usize)>, runs: &mut Vec<(usize, usize)>) {
        if let Some(r) = run.take() {
            runs.push(r);
        }
    }
    let mut i = 0;
    let bytes = draft.as_bytes();
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'\'') {
                i += 1;
            }
            let word = &draft[start..i];
            let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
            let upper = word.bytes().all(|b| !b.is_ascii_lowercase());
            // An acronym does not start a run of shouting, but it does not end one either
            // ("I HAVE SENT IT").
            let acronym = is_one_of(word, ACRONYMS);
            if upper && letters >= 2 && (!acronym || run.is_some()) {
                run = Some((run.map_or(start, |r| r.0), i));
            } else {
                push(&mut run, &mut runs);
            }
        } else if bytes[i] == b'!' && bytes.get(i + 1) == Some(&b'!') {
            let start = i;
            while i < bytes.len() && bytes[i] == b'!' {
                i += 1;
            }
            push(&mut run, &mut runs);
            runs.push((start, i));
        } else {
            if !(bytes[i] == b' ' || bytes[i] == b',') {
                push(&mut run, &mut runs);
            }
            i += 1;
        }
    }
    push(&mut run, &mut runs);
    for (start, end) in runs {
        let span = Span::new(draft, start, end);
        if flags.iter().any(|f| overlaps(&f.span, &span)) {
            continue;
        }
        let text = span.slice(draft);
        let rewrite = if text.starts_with('!') {
            ".".to_string()
        } else {
            crate::case::lowercase(text)
        };
        flags.push(DraftFlag {
            kind: DraftFlagKind::Shouting,
            span,
            reason: DraftFlagKind::Shouting.reason().to_string(),
            rewrite,
        });
    }
}

/// Whether the customer is angry now: a high level, or an angry latest message.
fn customer_is_angry(conversation: &Conversation) -> bool {
    let state = conversation.state();
    if state.level >= ANGRY_LEVEL {
        return true;
    }
    conversation
        .turns()
        .iter()
        .rev()
        .take_while(|t| t.role == Role::Customer)
        .filter_map(|t| t.analysis.as_ref())
        .any(|a| {
            // The learned score alone is noisy on short questions: ask for a word that
            // shows the anger too.
            a.heat >= f32::from(ANGRY_LEVEL)
                && a.signals.iter().any(|s| {
                    s.kind.is_cue() || matches!(s.kind, SignalKind::Anger | SignalKind::Frustration)
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_offsets_map_back_through_curly_apostrophes() {
        let draft = "It’s our policy";
        let f = Folded::new(draft);
        let at = find_phrase(&f.text, "it's our policy").unwrap_or(usize::MAX);
        assert_eq!(at, 0);
        let end = f.original(at + "it's our policy".len());
        assert_eq!(&draft[..end], draft);
    }

    #[test]
    fn every_phrase_has_a_rewrite() {
        // The table the coach reads: a pair without `=` gets an empty rewrite there.
        for &(kind, phrase, rewrite) in phrase_table() {
            assert!(
                !phrase.is_empty() && !rewrite.is_empty(),
                "{kind:?}: {phrase}={rewrite}"
            );
            assert_eq!(phrase, phrase.to_lowercase(), "{phrase}");
        }
    }
}
