//! The draft coach: points at the words in the agent's unsent draft that tend to escalate,
//! says why, offers a calmer wording, and gives the draft a verdict.
//!
//! Precision first: a coach that nags good agents gets switched off, so each check knows
//! the support idiom that looks like a problem and is not (initials and product names in
//! capitals, "if you forgot your password", "we're here for you"). Runs on every
//! keystroke: one folded copy of the draft, static phrase tables, and the conversation is
//! only read (its mirrored complaint is computed only when a rewrite needs it).

use serde::{Deserialize, Serialize};

use crate::conversation::Conversation;
use crate::list::list;
use crate::span::Span;
use crate::text::Search;

use super::config::Config;
use super::{DraftFeedback, DraftFlag, Verdict};
use empathy::Hay;
use phrases::{FINE, PHRASES, PROMISE_MARKERS, TIME_WORDS, UPSET_ONLY};

mod empathy;
mod phrases;
mod shouting;

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
    /// The customer is upset and the draft neither acknowledges the problem nor acts on it.
    MissingEmpathy,
    /// An apology that names nothing ("sorry for any inconvenience this may have caused",
    /// "sorry if you feel").
    NonApology,
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
                "the customer is upset and the draft neither acknowledges the problem nor says what you will do"
            }
            DraftFlagKind::NonApology => {
                "a stock apology names nothing and can sound like blame: say sorry for their actual problem"
            }
        }
    }

    /// How much the problem risks escalation: 3 is enough on its own to escalate. The
    /// sidebar shows the most severe flags first.
    pub fn severity(self) -> u8 {
        match self {
            DraftFlagKind::Blame | DraftFlagKind::Dismissal | DraftFlagKind::Sarcasm => 3,
            DraftFlagKind::Shouting
            | DraftFlagKind::PolicyHiding
            | DraftFlagKind::NothingToDo
            | DraftFlagKind::AsISaid
            | DraftFlagKind::ExcuseBeforeApology
            | DraftFlagKind::MissingEmpathy
            | DraftFlagKind::NonApology => 2,
            DraftFlagKind::VaguePromise | DraftFlagKind::Jargon => 1,
        }
    }
}

/// The draft with ASCII lowercased and curly apostrophes folded, plus a way back to the
/// draft's byte offsets (they differ only when a curly apostrophe was folded).
struct Folded {
    text: String,
    /// For each byte of `text` (and one past the end), the draft's byte offset.
    map: Option<Vec<usize>>,
}

impl Folded {
    fn new(draft: &str) -> Folded {
        if !draft.chars().any(|c| matches!(c, '\u{2019}' | '\u{2018}')) {
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
    let words = Hay::new(hay);
    // Whether the customer is upset reads their messages: only asked when it matters.
    let mut upset = None;
    let mut is_upset = || *upset.get_or_insert_with(|| empathy::customer_is_upset(conversation));
    let to_span =
        |start: usize, end: usize| Span::new(draft, folded.original(start), folded.original(end));

    // Stock apologies first: their flag covers the sentence, and a draft that also says
    // sorry for the real problem keeps its stock phrase unflagged.
    let stock = empathy::non_apologies(&words);
    let acknowledges = empathy::acknowledges(&words, &stock);
    let mut named_apology = None;
    if !acknowledges {
        for &(start, end) in &stock {
            let rewrite = named_apology
                .get_or_insert_with(|| empathy::named_apology(conversation))
                .clone();
            push(
                &mut flags,
                DraftFlagKind::NonApology,
                to_span(start, end),
                rewrite,
            );
        }
    }

    let apology_at = list!["sorry", "apologi", "apologies", "my mistake", "our mistake"]
        .iter()
        .filter_map(|p| hay.find_str(p))
        .min();
    let has_time = TIME_WORDS.iter().any(|w| words.has(w)) || has_clock(hay);
    // Words already flagged do not count as acting ("nothing we can do" is not "we can").
    let mut flagged: Vec<(usize, usize)> = stock.clone();
    // Explaining a policy the customer asked about is not hiding behind it.
    let asked_policy = empathy::fresh_customer_text(conversation)
        .any(|t| crate::case::lowercase(t).contains_str("polic"));
    let tables = PHRASES.iter().map(|t| (t, false));
    for (&(kind, pairs), upset_only) in tables.chain(UPSET_ONLY.iter().map(|t| (t, true))) {
        for (phrase, rewrite) in pairs.iter() {
            for at in words.find_all(phrase) {
                if is_fine(&words, at, phrase.len()) || !in_context(kind, phrase, hay, at) {
                    continue;
                }
                if upset_only && !is_upset() {
                    break;
                }
                let relevant = match kind {
                    DraftFlagKind::VaguePromise => !has_time,
                    DraftFlagKind::PolicyHiding => !asked_policy,
                    DraftFlagKind::ExcuseBeforeApology => {
                        apology_at.is_none_or(|a| a > at) || phrase.starts_with("not ")
                    }
                    _ => true,
                };
                if relevant {
                    let rewrite = if rewrite == "{follow_up}" {
                        config.follow_up_phrase()
                    } else {
                        rewrite.to_string()
                    };
                    push(&mut flags, kind, to_span(at, at + phrase.len()), rewrite);
                    flagged.push((at, at + phrase.len()));
                    break;
                }
            }
        }
    }

    for (start, end) in shouting::shouting_runs(draft) {
        let sentence_start = draft[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':'));
        let rewrite = shouting::calmer(&draft[start..end], sentence_start);
        push(
            &mut flags,
            DraftFlagKind::Shouting,
            Span::new(draft, start, end),
            rewrite,
        );
    }

    let stock_flagged = flags.iter().any(|f| f.kind == DraftFlagKind::NonApology);
    if !stock_flagged && !acknowledges && !empathy::acts(&words, &flagged) && is_upset() {
        let apology = named_apology.unwrap_or_else(|| empathy::named_apology(conversation));
        flags.push(DraftFlag {
            kind: DraftFlagKind::MissingEmpathy,
            span: Span::new(draft, 0, 0),
            reason: DraftFlagKind::MissingEmpathy.reason().to_string(),
            rewrite: format!("Start by acknowledging it: \"{apology}.\""),
        });
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

/// Adds a flag unless its words are already flagged.
fn push(flags: &mut Vec<DraftFlag>, kind: DraftFlagKind, span: Span, rewrite: String) {
    if flags.iter().any(|f| overlaps(&f.span, &span)) {
        return;
    }
    flags.push(DraftFlag {
        kind,
        span,
        reason: kind.reason().to_string(),
        rewrite,
    });
}

fn overlaps(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether the hit at `at` lies inside a phrase that is fine ("if you forgot").
fn is_fine(hay: &Hay, at: usize, len: usize) -> bool {
    FINE.iter().any(|fine| {
        hay.find_all(fine)
            .any(|i| i <= at && at + len <= i + fine.len())
    })
}

/// Whether a hit needs and has its context: a vague time word is a promise only in a
/// sentence that promises ("we'll reply soon", not "hope to hear from you soon").
fn in_context(kind: DraftFlagKind, phrase: &str, hay: &str, at: usize) -> bool {
    if kind != DraftFlagKind::VaguePromise
        || phrase.contains_str("try")
        || phrase.contains_str("see what")
    {
        return true;
    }
    let start = crate::text::rfind_any(&hay[..at], b".!?\n").map_or(0, |i| i + 1);
    let end = crate::text::find_any(&hay[at..], b".!?\n").map_or(hay.len(), |i| at + i);
    PROMISE_MARKERS
        .iter()
        .any(|m| hay[start..end].contains_str(m))
}

/// A number followed by a unit or a clock time: "by 5pm", "in 20 min", "at 14:30".
fn has_clock(hay: &str) -> bool {
    let bytes = hay.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        if !b.is_ascii_digit() {
            return false;
        }
        let rest = hay[i + 1..].trim_start();
        rest.starts_with(':')
            || list!["am", "pm", "min", "h ", "hr", "day", "business", "week"]
                .iter()
                .any(|u| rest.starts_with(u))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::technique::find_phrase;

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
        for &(kind, pairs) in PHRASES.iter().chain(UPSET_ONLY) {
            for (phrase, rewrite) in pairs.iter() {
                assert!(
                    !phrase.is_empty() && !rewrite.is_empty(),
                    "{kind:?}: {phrase}={rewrite}"
                );
                assert_eq!(phrase, phrase.to_lowercase(), "{phrase}");
            }
        }
    }
}
