//! Reading questions: whether a sentence opens as one (a question is never mirrored back
//! as a complaint), and the subject and verb helpers `asked` uses to embed a calm question
//! ("do you ship to Canada?" -> "whether we ship to Canada").
//!
//! A complaint question ("where is my refund?") is not restated: the reply names the issue
//! in neutral words ("your refund"). Turning such questions into statements cost 0.9 KB of
//! the script tag for 2 of 495 corpus conversations (README, session 16).

use super::Word;
use crate::text::{is_one_of, lookup};

/// Whether `words` open with a question word or an inverted auxiliary.
pub(super) fn starts_question(words: &[Word]) -> bool {
    words.first().is_some_and(|w| {
        is_one_of(
            w.low,
            "where why when how what who is are can could will would do does did have has should",
        )
    })
}

/// The subject starting at `at` in an inverted question, and where the rest begins.
pub(super) fn subject_after<'a>(
    words: &[Word<'a>],
    at: usize,
    aux: &str,
) -> Option<(Vec<Word<'a>>, usize)> {
    let first = words.get(at)?;
    let copula = is_one_of(aux, "is isn't was wasn't are aren't were weren't");
    let first = first.low;
    let end = if is_one_of(
        first,
        "i we they it he she this that nobody anyone someone everyone",
    ) {
        // "Can someone else use my ticket?"
        at + 1 + usize::from(words.get(at + 1).is_some_and(|w| w.low == "else"))
    } else if first == "you" {
        let group = words
            .get(at + 1)
            .is_some_and(|w| is_one_of(w.low, "guys people"));
        at + 1 + usize::from(group)
    } else if is_one_of(first, "my your our the these those his her their") {
        let mut end = at + 2;
        while let Some(w) = words.get(end) {
            if is_verbish(w.low) || (copula && is_complement_start(w.low)) || end - at >= 6 {
                break;
            }
            end += 1;
        }
        end
    } else {
        return None;
    };
    (end < words.len()).then(|| (words[at..end].to_vec(), end))
}

pub(super) fn is_verbish(w: &str) -> bool {
    is_one_of(
        w,
        "arrive come work been be being ship show load go get take still not never even yet keep \
         stop let open respond process update charge send answer reply cancel refund arrived \
         shipped worked do have sell offer accept deliver close",
    ) || (w.len() > 4 && w.ends_with("ed"))
        || (w.len() > 5 && w.ends_with("ing") && !w.ends_with("thing"))
        || w.ends_with("n't")
}

pub(super) fn is_complement_start(w: &str) -> bool {
    is_one_of(
        w,
        "late so too missing broken wrong empty gone down stuck locked pending there always again \
         only in on at still not blank slow",
    )
}

/// The simple past of a verb, for "why did you cancel" -> "you cancelled"; `None` when
/// unsure.
pub(super) fn past(base: &str) -> Option<String> {
    let irregular = "break=broke buy=bought cancel=cancelled come=came drop=dropped \
        forget=forgot get=got give=gave go=went have=had keep=kept leave=left lose=lost make=made \
        pay=paid put=put read=read say=said see=saw send=sent ship=shipped stop=stopped take=took tell=told";
    if let Some(p) = lookup(base, irregular) {
        return Some(p.to_string());
    }
    if base.len() < 3 || !base.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    Some(if base.ends_with('e') {
        crate::text::concat(&[base, "d"])
    } else if let Some(stem) = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        crate::text::concat(&[stem, "ied"])
    } else {
        crate::text::concat(&[base, "ed"])
    })
}

pub(super) fn third_person(base: &str) -> String {
    if let Some(irregular) = lookup(base, "have=has do=does go=goes") {
        return irregular.to_string();
    }
    match base {
        b if b.ends_with(['s', 'x', 'z', 'o']) || b.ends_with("sh") || b.ends_with("ch") => {
            crate::text::concat(&[b, "es"])
        }
        b => match b
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
        {
            Some(stem) => crate::text::concat(&[stem, "ies"]),
            None => crate::text::concat(&[b, "s"]),
        },
    }
}
