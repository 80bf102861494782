//! Empathy in the draft: whether the customer is upset, whether the draft acknowledges or
//! acts in support's own idiom, and the stock apologies that name nothing.

use crate::conversation::{Conversation, Role};
use crate::signal::SignalKind;
use crate::technique::{find_phrase, WordStarts};
use crate::text::Search;

use super::phrases::{
    ACKNOWLEDGE, ACT, APOLOGY_LEAD, APOLOGY_STEMS, HEDGES, NON_APOLOGY_ANY, NON_APOLOGY_FILLER,
    NON_APOLOGY_IF, UPSET_WORDS,
};

/// Level from which the customer counts as upset.
const UPSET_LEVEL: u8 = 40;

/// The folded draft with the start of every word, so that a phrase is tried only where a
/// word starts with its first letter: the coach looks for some six hundred phrases per
/// keystroke, and a scan of the whole draft per phrase cost ten times the rest.
pub(super) struct Hay<'h> {
    /// The folded draft.
    pub(super) text: &'h str,
    /// Byte offsets where a word starts (an alphanumeric char after a non-alphanumeric one).
    starts: Vec<usize>,
    /// The first two bytes of the words: most of the coach's phrases cannot begin any, and
    /// are then not looked for at each word.
    begins: WordStarts,
}

impl<'h> Hay<'h> {
    pub(super) fn new(text: &'h str) -> Hay<'h> {
        let mut starts = Vec::new();
        let mut in_word = false;
        for (i, c) in text.char_indices() {
            let alnum = crate::text::is_word_char(c);
            if alnum && !in_word {
                starts.push(i);
            }
            in_word = alnum;
        }
        Hay {
            text,
            starts,
            begins: WordStarts::of(text),
        }
    }

    /// Every start of `phrase` at word boundaries (what [`find_phrase`] finds first).
    pub(super) fn find_all<'a>(&'a self, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
        let first = phrase.as_bytes().first().copied();
        let mut last_end = 0;
        let starts = if phrase.is_empty() || self.begins.may_begin(phrase) {
            &self.starts[..]
        } else {
            &[]
        };
        starts.iter().copied().filter(move |&i| {
            let bytes = self.text.as_bytes();
            if i < last_end || first.is_some_and(|b| bytes[i] != b) {
                return false;
            }
            let found = self.text[i..].starts_with(phrase)
                && (phrase.ends_with(' ')
                    || self.text[i + phrase.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !crate::text::is_word_char(c)));
            if found {
                last_end = i + phrase.len().max(1);
            }
            found
        })
    }

    /// Whether `phrase` occurs at word boundaries.
    pub(super) fn has(&self, phrase: &str) -> bool {
        self.find_all(phrase).next().is_some()
    }
}

/// Whether `hay` (the folded draft) has one of `phrases` outside the `skip` ranges.
fn has_any(hay: &Hay, phrases: crate::list::List, skip: &[(usize, usize)]) -> bool {
    phrases.iter().any(|p| {
        hay.find_all(p)
            .any(|at| !skip.iter().any(|&(s, e)| s <= at && at < e))
    })
}

/// Whether the draft acknowledges the problem (regret, apology, ownership,
/// acknowledgement) outside the stock apologies in `skip`.
pub(super) fn acknowledges(hay: &Hay, skip: &[(usize, usize)]) -> bool {
    has_any(hay, ACKNOWLEDGE, skip)
}

/// Whether the draft acts, outside the words in `skip` (flagged already): an offer of help
/// or a first-person step.
pub(super) fn acts(hay: &Hay, skip: &[(usize, usize)]) -> bool {
    has_any(hay, ACT, skip)
}

/// Whether the customer is upset now: a high level, an upset latest message, or the words
/// of an unhappy customer in the messages the agent is answering.
pub(super) fn customer_is_upset(conversation: &Conversation) -> bool {
    if conversation.state().level >= UPSET_LEVEL {
        return true;
    }
    let fresh = || {
        conversation
            .turns()
            .iter()
            .rev()
            .take(8)
            .take_while(|t| t.role == Role::Customer)
    };
    let heated = fresh().filter_map(|t| t.analysis.as_ref()).any(|a| {
        // The learned score alone is noisy on short questions: ask for a word that shows
        // the anger too.
        let shown = a.signals.iter().any(|s| {
            (s.kind.is_cue() && s.kind != SignalKind::Demand)
                || matches!(s.kind, SignalKind::Anger | SignalKind::Frustration)
        });
        shown && (a.heat >= f32::from(UPSET_LEVEL) || a.sentiment <= -0.4)
    });
    heated
        || fresh().any(|t| {
            let text = crate::case::lowercase(&t.text).replace_str("\u{2019}", "'");
            UPSET_WORDS.iter().any(|w| find_phrase(&text, w).is_some())
        })
}

/// The stock apologies in `hay` (the folded draft), as byte ranges: from the apology's
/// first word ("We apologise") to the end of its sentence.
pub(super) fn non_apologies(words: &Hay) -> Vec<(usize, usize)> {
    let hay = words.text;
    let mut found: Vec<(usize, usize)> = Vec::new();
    for stem in APOLOGY_STEMS {
        for at in words.find_all(stem) {
            let stem_end = at + stem.len();
            let sentence_end = crate::text::find_any(&hay[stem_end..], b".!?\n")
                .map_or(hay.len(), |i| stem_end + i);
            let tail = &hay[stem_end..sentence_end];
            let rest = crate::text::trim_start_any(tail, b" ,");
            let conditional = NON_APOLOGY_IF.iter().any(|p| starts_with_phrase(rest, p));
            let vague = !conditional
                && NON_APOLOGY_ANY
                    .iter()
                    .find(|p| starts_with_phrase(rest, p))
                    .is_some_and(|p| names_nothing(&rest[p.len()..]));
            if !(conditional || vague) {
                continue;
            }
            let start = lead_start(hay, at);
            let end = start.max(hay[..sentence_end].trim_end().len());
            if !found.iter().any(|&(s, e)| s < end && start < e) {
                found.push((start, end));
            }
        }
    }
    // The crate's one sort (see `order`): by start, then end.
    crate::order::sort_by_key(&mut found, |&(s, e)| crate::order::pair(s as u32, e as u32));
    found
}

/// Whether `text` starts with `phrase` ending at a word boundary.
fn starts_with_phrase(text: &str, phrase: &str) -> bool {
    text.starts_with(phrase)
        && text[phrase.len()..]
            .chars()
            .next()
            .is_none_or(|c| !crate::text::is_word_char(c))
}

/// Whether what follows "sorry for any inconvenience" leaves it naming nothing: nothing,
/// a filler ("this may have caused"), a hedge, or the start of another clause.
fn names_nothing(after: &str) -> bool {
    let mut rest = after.trim_start();
    if HEDGES.iter().any(|h| find_phrase(rest, h).is_some()) {
        return true;
    }
    if let Some(f) = NON_APOLOGY_FILLER
        .iter()
        .find(|f| starts_with_phrase(rest, f))
    {
        rest = rest[f.len()..].trim_start();
    }
    let clause = crate::text::split_any(rest, b",;:(").next().unwrap_or("");
    let clause = clause
        .find_str(" and ")
        .map_or(clause, |i| &clause[..i])
        .trim();
    clause.split_whitespace().count() < 2
}

/// Where the apology at `at` starts, taking in "we do sincerely" before "apologise".
fn lead_start(hay: &str, at: usize) -> usize {
    let mut start = at;
    loop {
        let before = hay[..start].trim_end();
        let word_start = crate::text::rfind_char(before, char::is_whitespace).map_or(0, |i| i + 1);
        let word = &before[word_start..];
        if word.is_empty() || !APOLOGY_LEAD.contains(word) {
            return start;
        }
        start = word_start;
    }
}

/// The customer's messages since the agent last wrote (at most the last eight).
pub(super) fn fresh_customer_text(conversation: &Conversation) -> impl Iterator<Item = &str> {
    conversation
        .turns()
        .iter()
        .rev()
        .take(8)
        .take_while(|t| t.role == Role::Customer)
        .map(|t| t.text.as_str())
}

/// The customer's actual problem, as an apology that names it: the mirrored complaint, else
/// the topic, else a plain apology.
pub(super) fn named_apology(conversation: &Conversation) -> String {
    if let Some(complaint) = super::super::context_mirror(conversation) {
        return format!("I'm sorry {complaint}");
    }
    let topic = super::super::topic::detect_topic(fresh_customer_text(conversation));
    match topic {
        Some(topic) => format!("I'm sorry about the trouble with {}", topic.phrase()),
        None => "I'm sorry this went wrong".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stock(draft: &str) -> Vec<&str> {
        let hay = draft.to_ascii_lowercase();
        non_apologies(&Hay::new(&hay))
            .into_iter()
            .map(|(s, e)| &draft[s..e])
            .collect()
    }

    #[test]
    fn stock_apologies_are_found_whole() {
        assert_eq!(
            stock("We apologise for any inconvenience this may have caused. Thanks."),
            ["We apologise for any inconvenience this may have caused"]
        );
        assert_eq!(
            stock("@pete_w Sorry if you feel the delivery was late. *KD"),
            ["Sorry if you feel the delivery was late"]
        );
        assert_eq!(
            stock("Hi. We do sincerely apologize for any confusion."),
            ["We do sincerely apologize for any confusion"]
        );
        assert_eq!(
            stock("I apologize for any confusion the update may have caused."),
            ["I apologize for any confusion the update may have caused"]
        );
    }

    #[test]
    fn apologies_that_name_the_problem_are_not_stock() {
        for draft in [
            "I'm sorry your parcel arrived damaged.",
            "I apologize for any inconvenience caused by the delay in receiving your refund.",
            "Sorry for the wait, I'm checking now.",
            "Sorry about the double charge on your card.",
        ] {
            assert_eq!(stock(draft), Vec::<&str>::new(), "{draft}");
        }
    }
}
