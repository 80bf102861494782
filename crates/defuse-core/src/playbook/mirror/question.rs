//! Complaint questions turned into first-person statements ("why hasn't my refund
//! arrived" -> "my refund hasn't arrived"), ready for the person swap.

use super::words::AUXILIARIES;
use super::Word;
use crate::text::{is_in_sorted, is_one_of, lookup};

pub(super) fn starts_question(words: &[Word]) -> bool {
    words.first().is_some_and(|w| {
        is_one_of(
            &w.low,
            "where why when how what who is are can could will would do does did have has should",
        )
    })
}

/// Turns the common complaint questions into first-person statements; `None` for any
/// other question.
pub(super) fn question_to_statement(words: &[Word]) -> Option<Vec<Word>> {
    let low = |i: usize| words.get(i).map_or("", |w| w.low.as_str());
    let rest = |i: usize| words.get(i..).unwrap_or_default();
    let mut out = Vec::new();
    match (low(0), low(1)) {
        // "where is my refund" -> "I'm still waiting for my refund"
        ("where", "is" | "are") | ("where's", _) => {
            let from = if low(0) == "where's" { 1 } else { 2 };
            if !is_one_of(low(from), "my our the") {
                return None;
            }
            out.extend(["i'm", "still", "waiting", "for"].map(Word::new));
            out.extend_from_slice(rest(from));
            Some(out)
        }
        // "when will my order arrive" -> "I don't know when my order will arrive"
        ("when", aux @ ("will" | "is" | "are" | "can" | "do" | "does")) => {
            let (subject, verb_at) = subject_after(words, 2, aux)?;
            if aux == "do" || aux == "does" {
                return None;
            }
            out.extend(["i", "don't", "know", "when"].map(Word::new));
            out.extend(subject);
            out.push(Word::new(aux));
            out.extend_from_slice(rest(verb_at));
            Some(out)
        }
        // "what is going on with my order" -> "I don't know what's going on with my order"
        ("what's" | "what", _) => {
            let from = if low(0) == "what" && low(1) == "is" {
                2
            } else {
                1
            };
            if !is_one_of(low(from), "going happening") || !is_one_of(low(from + 1), "on with") {
                return None;
            }
            out.extend(["i", "don't", "know", "what's"].map(Word::new));
            out.extend_from_slice(rest(from));
            Some(out)
        }
        // "how come my order hasn't arrived" -> "my order hasn't arrived"
        ("how", "come") => Some(rest(2).to_vec()),
        // "why hasn't my refund arrived" -> "my refund hasn't arrived"
        ("why", aux) if is_in_sorted(aux, AUXILIARIES) => {
            let (subject, verb_at) = subject_after(words, 2, aux)?;
            let third = subject
                .first()
                .is_some_and(|w| is_one_of(&w.low, "my your our the this that it he she nobody"))
                && !subject.last().is_some_and(|w| w.low.ends_with('s'));
            out.extend(subject);
            match aux {
                "did" | "does" | "do" => {
                    let verb = words.get(verb_at)?;
                    let form = match aux {
                        "did" => past(&verb.low)?,
                        "does" => third_person(&verb.low),
                        _ => verb.low.clone(),
                    };
                    out.push(Word::new(&form));
                    out.extend_from_slice(rest(verb_at + 1));
                }
                _ => {
                    // "why is it" keeps "is"; "why are you" keeps "are".
                    let aux = match (aux, third) {
                        ("are", true) => "is",
                        (a, _) => a,
                    };
                    out.push(Word::new(aux));
                    out.extend_from_slice(rest(verb_at));
                }
            }
            Some(out)
        }
        ("why", "nobody" | "no") => Some(rest(1).to_vec()),
        _ => None,
    }
}

/// The subject starting at `at` in an inverted question, and where the rest begins.
pub(super) fn subject_after(words: &[Word], at: usize, aux: &str) -> Option<(Vec<Word>, usize)> {
    let first = words.get(at)?;
    let copula = is_one_of(aux, "is isn't was wasn't are aren't were weren't");
    let first = first.low.as_str();
    let end = if is_one_of(
        first,
        "i we they it he she this that nobody anyone someone everyone",
    ) {
        at + 1
    } else if first == "you" {
        let group = words
            .get(at + 1)
            .is_some_and(|w| is_one_of(&w.low, "guys people"));
        at + 1 + usize::from(group)
    } else if is_one_of(first, "my your our the these those his her their") {
        let mut end = at + 2;
        while let Some(w) = words.get(end) {
            if is_verbish(&w.low) || (copula && is_complement_start(&w.low)) || end - at >= 6 {
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
        pay=paid put=put say=said send=sent ship=shipped stop=stopped take=took tell=told";
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
