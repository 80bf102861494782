//! The playbook's techniques, and spotting which of them an agent's own message used.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// A de-escalation technique from the playbook (see PRODUCT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Technique {
    /// Reply now, even briefly: the customer has been waiting.
    RespondNow,
    /// Let them finish venting before replying.
    Listen,
    /// Reflect and validate: mirror the complaint back.
    Acknowledge,
    /// Apologize, even when it is not the agent's fault.
    Apologize,
    /// Clear up a breakdown in communication, without excuses.
    Clarify,
    /// Ask what happened or what they want to happen.
    Ask,
    /// Propose a concrete next step with a time.
    Propose,
    /// Offer something back (a configured remedy).
    OfferRemedy,
    /// Set a boundary on abuse and return to the issue.
    SetBoundary,
    /// Hand over to a supervisor.
    Escalate,
    /// Move a public or threatened-public complaint to a private channel or a call.
    TakePrivate,
    /// Thank them, confirm the next step and the follow-up time.
    ThankAndClose,
    /// Once calm, ask how the handling went.
    InviteFeedback,
    /// A calm question: answer it, or give the next step towards the answer.
    Answer,
}

impl Technique {
    /// Every technique, in declaration order.
    pub const ALL: [Technique; 14] = [
        Technique::RespondNow,
        Technique::Listen,
        Technique::Acknowledge,
        Technique::Apologize,
        Technique::Clarify,
        Technique::Ask,
        Technique::Propose,
        Technique::OfferRemedy,
        Technique::SetBoundary,
        Technique::Escalate,
        Technique::TakePrivate,
        Technique::ThankAndClose,
        Technique::InviteFeedback,
        Technique::Answer,
    ];

    /// The technique's name in configs and events (its serde name): `offer_remedy`.
    pub fn key(self) -> &'static str {
        match self {
            Technique::RespondNow => "respond_now",
            Technique::Listen => "listen",
            Technique::Acknowledge => "acknowledge",
            Technique::Apologize => "apologize",
            Technique::Clarify => "clarify",
            Technique::Ask => "ask",
            Technique::Propose => "propose",
            Technique::OfferRemedy => "offer_remedy",
            Technique::SetBoundary => "set_boundary",
            Technique::Escalate => "escalate",
            Technique::TakePrivate => "take_private",
            Technique::ThankAndClose => "thank_and_close",
            Technique::InviteFeedback => "invite_feedback",
            Technique::Answer => "answer",
        }
    }

    /// A short human label.
    pub fn label(self) -> &'static str {
        match self {
            Technique::RespondNow => "respond now",
            Technique::Listen => "let them finish",
            Technique::Acknowledge => "acknowledge",
            Technique::Apologize => "apologize",
            Technique::Clarify => "clarify",
            Technique::Ask => "ask a question",
            Technique::Propose => "propose a next step",
            Technique::OfferRemedy => "offer a remedy",
            Technique::SetBoundary => "set a boundary",
            Technique::Escalate => "escalate to a supervisor",
            Technique::TakePrivate => "take it private",
            Technique::ThankAndClose => "thank and close",
            Technique::InviteFeedback => "invite feedback",
            Technique::Answer => "answer the question",
        }
    }
}

/// One technique found in an agent's message, with the words that show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechniqueUse {
    /// The technique.
    pub technique: Technique,
    /// The words that show it.
    #[serde(flatten)]
    pub span: Span,
}

/// Phrases that show a technique in an agent's message, lowercase, separated by `|`.
const PHRASES: &[(Technique, &str)] = &[
    (
        Technique::Apologize,
        "sorry|apologize|apologise|apologies|my fault|our fault|our mistake|my mistake|\
         i regret",
    ),
    (
        Technique::Acknowledge,
        "i understand|i can see|i hear you|i get why|that sounds|you're right|you are right|\
         that's frustrating|really frustrating|so frustrating|must be frustrating|\
         not what you expected|that is frustrating|understandably|i see why|makes sense that|\
         must be|i can imagine|totally fair|completely fair|fair point|i know how",
    ),
    (
        Technique::Clarify,
        "to clarify|to be clear|just to confirm|to make sure i|let me make sure|\
         let me clarify|what i meant",
    ),
    (
        Technique::Propose,
        "i will |i'll |we will |we'll |here's what|here is what|next step|i've |i have just|\
         i have now|i am going to|i'm going to|i've issued|i've sent",
    ),
    (
        Technique::OfferRemedy,
        "refund|credit|free month|replacement|discount|voucher|expedited|complimentary|on us|\
         waive",
    ),
    (
        Technique::SetBoundary,
        "happy to help, but|keep this respectful|keep it respectful|not acceptable language|\
         that language|that kind of language|i want to help you, and|focus on the issue|\
         focus on solving",
    ),
    (
        Technique::Escalate,
        "supervisor|my manager|team lead|escalate|escalating|senior colleague|specialist",
    ),
    (
        Technique::TakePrivate,
        "direct message|dm|private message|call you|phone call|give you a call|by phone|\
         email you directly|private chat",
    ),
    (
        Technique::ThankAndClose,
        "thank you|thanks|appreciate your patience|appreciate you|grateful",
    ),
    (
        Technique::InviteFeedback,
        "how did we do|how was your experience|rate us|rate this|rate your|feedback|survey|\
         how i handled|anything else i can",
    ),
];

/// Finds the techniques an agent's message uses, in text order, at most one use per
/// technique. Questions (a sentence ending in `?`) count as [`Technique::Ask`].
pub fn detect_techniques(text: &str) -> Vec<TechniqueUse> {
    let norm = fold(text);
    let mut found: Vec<TechniqueUse> = Vec::new();
    for &(technique, phrases) in PHRASES {
        let hit = crate::text::split_byte(phrases, b'|')
            .filter_map(|p| find_phrase(&norm, p).map(|i| (i, p.trim_end().len())))
            .min();
        if let Some((i, len)) = hit {
            found.push(TechniqueUse {
                technique,
                span: Span::new(text, i, i + len),
            });
        }
    }
    if let Some(q) = crate::text::find_byte(text, b'?') {
        let start = crate::text::rfind_any(&text[..q], b".!\n").map_or(0, |i| i + 1);
        let lead = text[start..q].len() - text[start..q].trim_start().len();
        found.push(TechniqueUse {
            technique: Technique::Ask,
            span: Span::new(text, start + lead, q + 1),
        });
    }
    crate::order::sort_by_key(&mut found, |u| u.span.start as u64);
    found
}

/// Lowercases with ASCII-only case folding, so byte offsets into the result are byte
/// offsets into the original (full Unicode lowercasing can change lengths).
fn fold(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect();
    if folded.len() == text.len() {
        folded.to_ascii_lowercase()
    } else {
        // A curly apostrophe is 3 bytes and `'` is 1: keep the original bytes instead.
        text.to_ascii_lowercase()
    }
}

/// Whether any of `phrases` occurs in `hay` at word boundaries (as [`find_phrase`]).
pub(crate) fn has_any_phrase(hay: &str, phrases: crate::list::List) -> bool {
    any_phrase_in(&[hay], phrases)
}

/// Whether any of `phrases` occurs in any of `hays` (as [`has_any_phrase`] on each): the
/// playbook asks this of all the recent customer messages at once, and the list is walked
/// once for all of them.
pub(crate) fn has_any_phrase_in(hays: &[String], phrases: crate::list::List) -> bool {
    let hays: Vec<&str> = hays.iter().map(String::as_str).collect();
    any_phrase_in(&hays, phrases)
}

/// The playbook asks this for long phrase lists; most phrases cannot occur at all. One pass
/// over the texts notes the first two bytes of every word, and only the phrases whose first
/// two bytes begin some word are searched for.
fn any_phrase_in(hays: &[&str], phrases: crate::list::List) -> bool {
    let found = |p: &str| hays.iter().any(|hay| find_phrase(hay, p).is_some());
    if phrases.iter().nth(3).is_none() {
        return phrases.iter().any(found);
    }
    let mut starts = WordStarts { pairs: [0; 12] };
    for hay in hays {
        starts.add(hay);
    }
    phrases.iter().any(|p| starts.may_begin(p) && found(p))
}

/// The first two bytes of every word in some texts, as a set of classes (a lowercase
/// letter, or anything else): a superset of where a phrase can match. The draft coach
/// keeps one for the draft too.
pub(crate) struct WordStarts {
    /// One bit per (first, second) class pair, 27 x 27.
    pairs: [u64; 12],
}

impl WordStarts {
    fn class(b: u8) -> usize {
        if b.is_ascii_lowercase() {
            usize::from(b - b'a')
        } else {
            26
        }
    }

    /// The word starts of `hay`.
    pub(crate) fn of(hay: &str) -> WordStarts {
        let mut starts = WordStarts { pairs: [0; 12] };
        starts.add(hay);
        starts
    }

    /// Notes the word starts of `hay`.
    pub(crate) fn add(&mut self, hay: &str) {
        let bytes = hay.as_bytes();
        let mut prev_alnum = false;
        for (i, &b) in bytes.iter().enumerate() {
            // A match needs no letter or digit before it; a byte of a non-ASCII letter
            // counts as a possible start, so the set stays a superset.
            if !prev_alnum {
                let second = bytes.get(i + 1).map_or(26, |&c| Self::class(c));
                let bit = Self::class(b) * 27 + second;
                self.pairs[bit / 64] |= 1 << (bit % 64);
            }
            prev_alnum = b.is_ascii_alphanumeric();
        }
    }

    /// Whether `phrase` may begin at one of the word starts.
    pub(crate) fn may_begin(&self, phrase: &str) -> bool {
        let p = phrase.as_bytes();
        match p {
            [] => false,
            [only] => {
                let first = Self::class(*only) * 27;
                (0..27).any(|second| {
                    let bit = first + second;
                    self.pairs[bit / 64] & (1 << (bit % 64)) != 0
                })
            }
            [a, b, ..] => {
                let bit = Self::class(*a) * 27 + Self::class(*b);
                self.pairs[bit / 64] & (1 << (bit % 64)) != 0
            }
        }
    }
}

/// Finds `phrase` in `hay` at word boundaries.
///
/// A byte scan rather than `str::find`: the coach asks for about a hundred short phrases
/// in one short draft on every keystroke, and `str::find` builds a two-way searcher per
/// phrase, which cost more than the search. Like `str::find` in a loop, a match rejected
/// at a word boundary is skipped whole.
pub(crate) fn find_phrase(hay: &str, phrase: &str) -> Option<usize> {
    let wanted = phrase.as_bytes();
    let Some(&first) = wanted.first() else {
        // Every caller passes a word; an empty phrase matches nothing.
        return None;
    };
    let bytes = hay.as_bytes();
    let mut i = 0;
    while i + wanted.len() <= bytes.len() {
        // Jump to the next place the first byte occurs (the common case is no match at all:
        // this scan is what advise spends its time on).
        i += bytes[i..=bytes.len() - wanted.len()]
            .iter()
            .position(|&b| b == first)?;
        // The last byte before the whole comparison: most first-byte hits end there.
        let end = i + wanted.len();
        if bytes[end - 1] != wanted[wanted.len() - 1] || bytes[i + 1..end] != wanted[1..] {
            i += 1;
            continue;
        }
        let before_ok = hay[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !crate::text::is_word_char(c));
        let after = i + phrase.len();
        let after_ok = phrase.ends_with(' ')
            || hay[after..]
                .chars()
                .next()
                .is_none_or(|c| !crate::text::is_word_char(c));
        if before_ok && after_ok {
            return Some(i);
        }
        i += phrase.len();
        while !hay.is_char_boundary(i) {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn used(text: &str) -> Vec<(Technique, &str)> {
        detect_techniques(text)
            .into_iter()
            .map(|u| (u.technique, u.span.slice(text)))
            .collect()
    }

    #[test]
    fn apology_acknowledgement_proposal_question() {
        let text = "I'm so sorry about this, I understand how annoying it is. I'll send a new one by 5pm today. Does that work?";
        assert_eq!(
            used(text),
            vec![
                (Technique::Apologize, "sorry"),
                (Technique::Acknowledge, "I understand"),
                (Technique::Propose, "I'll"),
                (Technique::Ask, "Does that work?"),
            ]
        );
    }

    /// The phrase search as it was before the first-byte skip, for comparison.
    fn find_phrase_reference(hay: &str, phrase: &str) -> Option<usize> {
        let (bytes, wanted) = (hay.as_bytes(), phrase.as_bytes());
        let mut i = 0;
        while i + wanted.len() <= bytes.len() {
            let first_ok = wanted.first().is_none_or(|&b| bytes[i] == b);
            if !first_ok || !bytes[i..].starts_with(wanted) {
                i += 1;
                continue;
            }
            let before_ok = hay[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = i + phrase.len();
            let after_ok = phrase.ends_with(' ')
                || hay[after..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                return Some(i);
            }
            i += phrase.len().max(1);
            while !hay.is_char_boundary(i) {
                i += 1;
            }
        }
        None
    }

    #[test]
    fn any_phrase_agrees_with_searching_each() {
        let hays = [
            "",
            "i'm sorry, so sorry",
            "café sorry é order",
            "x-ray ordered; re-order now",
            "DM sent dm'd you",
            "a b c",
        ];
        let lists: [&[&str]; 4] = [
            &["order", "sorry", "dm'd you", "é"],
            &["ordered", "x", "a", "zz", "ray"],
            &["re", "now", "café", "b c"],
            &["nothing", "here", "at", "all"],
        ];
        for hay in hays {
            for list in lists {
                for end in 1..=list.len() {
                    let phrases = &list[..end];
                    let each = phrases.iter().any(|p| find_phrase(hay, p).is_some());
                    let text: String = phrases.iter().map(|p| format!("{p}\n")).collect();
                    let packed = crate::list::List(text.leak());
                    assert_eq!(has_any_phrase(hay, packed), each, "{hay:?} {phrases:?}");
                    let with_others = [String::new(), "top qq".to_string(), hay.to_string()];
                    assert_eq!(has_any_phrase_in(&with_others, packed), each);
                    assert!(!has_any_phrase_in(&with_others[..2], packed));
                }
            }
        }
    }

    #[test]
    fn phrase_search_matches_the_plain_scan() {
        let hays = [
            "",
            "a",
            "sorry",
            "i'm sorry, so sorry",
            "unsorry sorry",
            "café sorry é",
            "ééé order order",
            "the order-number is 12",
            "dm sent dm'd you",
            "  ",
            "x sorry",
            "sorryx sorry!",
        ];
        // (No empty phrase: the plain scan never ends on one.)
        let phrases = ["sorry", "order", "é", " ", "dm'd you", "r", "sorry ", "x"];
        for hay in hays {
            for phrase in phrases {
                assert_eq!(
                    find_phrase(hay, phrase),
                    find_phrase_reference(hay, phrase),
                    "{hay:?} {phrase:?}"
                );
            }
        }
    }

    #[test]
    fn words_inside_other_words_do_not_count() {
        assert!(used("The firmware updates automatically").is_empty());
    }

    #[test]
    fn phrases_are_found_at_word_boundaries_first_match_first() {
        let cases = [
            ("the refund, refund", "refund", Some(4)),
            ("refunded, then refund", "refund", Some(15)),
            ("caf\u{e9} sorry", "sorry", Some(6)),
            ("sorryé sorry", "sorry", Some(8)),
            ("i'll do it", "i'll ", Some(0)),
            ("ill", "i'll ", None),
            // A match rejected at a boundary is skipped whole, as `str::find` in a loop does.
            ("xa a a", "a a", None),
            ("", "sorry", None),
        ];
        for (hay, phrase, want) in cases {
            assert_eq!(find_phrase(hay, phrase), want, "{hay:?} {phrase:?}");
        }
    }
}
