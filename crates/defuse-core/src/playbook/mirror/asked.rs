//! The customer's calm question as a clause the agent can promise to check, in the agent's
//! voice: "will the blue linen shirt be back in stock in medium?" -> "whether the blue linen
//! shirt will be back in stock in medium", "do you ship to Canada?" -> "whether we ship to
//! Canada", "what time does the York store open on Sunday?" -> "what time the York store
//! opens on Sunday".
//!
//! Read with the mirror's lexer and checks (typos fixed, slang, swearing and misspellings
//! refused). Only a short question of a plain shape is taken; whenever a step is unsure
//! there is no clause, and the reply names the subject in neutral words instead.

use super::person::swap_person;
use super::question::{is_complement_start, is_verbish, past, subject_after, third_person};
use super::{lex, misspelt, run_on, sentences, Word, LEAD_FILLERS, REJECT, UNCLEAN};
use crate::list::list;
use crate::text::{is_in_sorted, is_one_of};

/// The longest clause worth handing back, in words.
const MAX_WORDS: usize = 16;

/// The latest question in `text` (a customer message as written) as an embedded clause
/// ("whether we ship to Canada"), or `None` when none reads cleanly.
pub(crate) fn asked(text: &str) -> Option<String> {
    sentences(text)
        .into_iter()
        .rev()
        .filter(|(_, s)| s.trim_end().ends_with('?'))
        .find_map(|(_, s)| embed(s))
}

/// Whether a clause from [`asked`] asks what can, will or must be done ("whether we can
/// rebook you on the next flight", "whether you need to send it back", "when someone will
/// fix the line"): something the agent can check and come back on. A jab put as a question
/// ("whether we are kidding you", "whether we will ever reply") or a plea for help
/// ("whether we can help you") is none.
pub(crate) fn is_direct(clause: &str) -> bool {
    use crate::playbook::situation::has_any;
    has_any(clause, list!["we", "you", "someone"])
        && has_any(
            clause,
            list!["can", "could", "should", "need", "have", "will"],
        )
        && !has_any(
            clause,
            list!["ever", "even", "not", "never", "help", "tell", "explain"],
        )
}

/// One question sentence as an embedded clause, or `None`.
fn embed(sentence: &str) -> Option<String> {
    let lexed = lex(sentence);
    let mut words = lexed.words();
    let clean = |w: &Word| {
        !(run_on(w.low)
            || is_in_sorted(w.low, REJECT)
            || UNCLEAN.contains(w.low)
            || misspelt(w.low))
            && w.out
                .chars()
                .all(|c| crate::text::is_word_char(c) || matches!(c, '-' | '\'' | ','))
    };
    // Handles, greetings and a trailing "please" or "thanks" are no part of the question.
    while words.first().is_some_and(|w| {
        w.low == "," || w.low.starts_with('@') || is_in_sorted(w.low, LEAD_FILLERS)
    }) {
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| is_one_of(w.low, ", please pls plz guys anyone then though tho"))
    {
        words.pop();
    }
    // "It's 55123, can you get it to me before Friday?": the question after the detail.
    if let Some(c) = words.iter().rposition(|w| w.low == ",") {
        if words
            .get(c + 1)
            .is_some_and(|w| is_aux(w.low) || is_one_of(w.low, "when where what which"))
        {
            words.drain(..=c);
        }
    }
    // "Can I pay with Klarna or is it cards only?": the first question; "will you cover
    // it or not?" is not handed back with its "or not".
    if let Some(or) = (1..words.len()).find(|&i| {
        words[i].low == "or"
            && words
                .get(i + 1)
                .is_some_and(|w| is_aux(w.low) || w.low == "not")
    }) {
        words.truncate(or);
    }
    if words.len() > MAX_WORDS || !words.iter().all(clean) || words.iter().any(|w| w.low == ",") {
        return None;
    }
    let low = |i: usize| words.get(i).map_or("", |w| w.low);
    // "What more do you need from me?" is exasperation at being asked, not a question to
    // look into ("I'll check what more we need from you").
    // Nor is "is that too much to ask?" or "is that so hard?".
    if low(0) == "what" && is_one_of(low(1), "else more")
        || low(0) == "is" && low(1) == "that" && is_one_of(low(2), "too so")
    {
        return None;
    }
    // "whether" + the statement of a yes-or-no question; "when" + that of a wh-question
    // ("what time", "which one": the question word and one noun).
    let (wh, aux_at) = if is_aux(low(0)) {
        ("whether".to_string(), 0)
    } else if is_one_of(low(0), "when where what which") {
        let at = if is_aux(low(1)) { 1 } else { 2 };
        if !is_aux(low(at)) {
            return None;
        }
        let wh: Vec<&str> = words[..at].iter().map(|w| w.low).collect();
        (crate::text::join(&wh, " "), at)
    } else {
        return None;
    };
    let aux = low(aux_at);
    let (subject, verb_at) = subject(&words, aux_at + 1, aux)?;
    let mut clause = subject;
    let rest = words.get(verb_at..).unwrap_or_default();
    // The verb's new form, which the clause borrows.
    let form: String;
    match aux {
        // "do you take Amex" -> "you take Amex"; "does the store open" -> "the store opens".
        "do" | "does" | "did" => {
            let verb = rest.first()?;
            form = match aux {
                "did" => past(verb.low)?,
                "does" => third_person(verb.low),
                _ => verb.low.to_string(),
            };
            clause.push(Word::new(&form));
            clause.extend_from_slice(&rest[1..]);
        }
        _ => {
            // The auxiliary moves inside the clause: "Are you able" -> "we are able".
            clause.push(Word::new(aux));
            clause.extend_from_slice(rest);
        }
    }
    finish(&wh, clause)
}

/// The subject of the question starting at `at`, after `aux`, and where the rest begins:
/// a pronoun, or a determiner and up to five words up to the verb or the complement ("is
/// the next update coming out": "the next update", though "update" can be a verb).
fn subject<'a>(words: &[Word<'a>], at: usize, aux: &str) -> Option<(Vec<Word<'a>>, usize)> {
    let first = words.get(at)?;
    let copula = is_one_of(aux, "is are was were");
    // "will this Christmas jumper be back": "this" opens a noun after a verb's auxiliary;
    // "is this normal" keeps it a pronoun.
    if !is_one_of(
        first.low,
        "my your our the these those his her their a an any",
    ) && (copula || !is_one_of(first.low, "this that"))
    {
        return subject_after(words, at, aux).or_else(|| {
            // "is there an outage": "there".
            (first.low == "there").then(|| (vec![*first], at + 1))
        });
    }
    // A participle ends the subject only after "is"/"are" ("is the next update coming
    // out"); after "can" the verb is bare ("can the Nova's parking sensors pick up").
    let ends = |w: &str| {
        w == "be"
            || (copula && w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
            || if copula {
                is_complement_start(w) || is_one_of(w, "back open closed available allowed due")
            } else {
                (is_verbish(w) && !(w.ends_with("ing") || w.ends_with("ed")))
                    || is_one_of(
                        w,
                        "include cover cost need allow pick detect fit handle support run hold \
                         use connect play",
                    )
            }
    };
    match (at + 2..(at + 7).min(words.len())).find(|&i| ends(words[i].low)) {
        Some(end) => Some((words[at..end].to_vec(), end)),
        // "can this work offline": the pronoun after all.
        None if is_one_of(first.low, "this that") => subject_after(words, at, aux),
        None => None,
    }
}

/// The clause after the question word, persons swapped ("can I" -> "whether you can").
fn finish(wh: &str, clause: Vec<Word<'_>>) -> Option<String> {
    let swapped = swap_person(&clause);
    if swapped.len() < 3 {
        return None;
    }
    let mut text = wh.to_string();
    // "Can someone just ...", "will anyone actually ...": the impatience is theirs, not a
    // part of the question handed back.
    for w in swapped
        .iter()
        .filter(|w| !is_one_of(w.out, "just actually"))
    {
        text.push(' ');
        text.push_str(w.out);
    }
    Some(text)
}

/// The auxiliaries a calm question opens with.
fn is_aux(w: &str) -> bool {
    is_one_of(
        w,
        "is are am was were will would can could do does did has have should",
    )
}

#[cfg(test)]
mod tests {
    use super::asked;

    #[test]
    fn questions_become_clauses_in_the_agents_voice() {
        for (text, want) in [
            (
                "@Loomwear will the blue linen shirt be back in stock in medium?",
                "whether the blue linen shirt will be back in stock in medium",
            ),
            ("Hi, do you ship to Canada?", "whether we ship to Canada"),
            (
                "thanks. can the screen be made brighter though?",
                "whether the screen can be made brighter",
            ),
            (
                "Can someone else use my ticket?",
                "whether someone else can use your ticket",
            ),
            (
                "hi will this Christmas jumper be coming back in stock?",
                "whether this Christmas jumper will be coming back in stock",
            ),
            ("can this work offline?", "whether this can work offline"),
            (
                "Right. When will it get here then?",
                "when it will get here",
            ),
            (
                "Can I pay with Klarna on the website or is it cards only?",
                "whether you can pay with Klarna on the website",
            ),
            (
                "do you take Amex in store?",
                "whether we take Amex in store",
            ),
            (
                "Does the price at checkout include VAT?",
                "whether the price at checkout includes VAT",
            ),
            (
                "is there an outage in Leeds? my broadband has been down since 8am",
                "whether there is an outage in Leeds",
            ),
            (
                "what time does the York store open on Sunday?",
                "what time the York store opens on Sunday",
            ),
            (
                "when is the next update coming out? been waiting ages",
                "when the next update is coming out",
            ),
            (
                "can I take my power bank on the plane?",
                "whether you can take your power bank on the plane",
            ),
            // The auxiliary is lowercased where it moves, however the question opened.
            (
                "@HarrodsService Are you able to hold a scarf for me?",
                "whether we are able to hold a scarf for you",
            ),
            (
                "Is the Leeds store open today?",
                "whether the Leeds store is open today",
            ),
            (
                "Hi @Orbitcars can the Nova's parking sensors pick up something as low as a kerb?",
                "whether the Nova's parking sensors can pick up something as low as a kerb",
            ),
            // Their impatience is not handed back.
            (
                "Can someone just give me a 2 hour window?",
                "whether someone can give you a 2 hour window",
            ),
            (
                "When will someone actually fix the line?",
                "when someone will fix the line",
            ),
        ] {
            assert_eq!(asked(text).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn direct_asks_are_told_from_jabs_and_pleas() {
        for (text, direct) in [
            ("Can you get me on the 6pm flight?", true),
            ("Do I need to send it back?", true),
            ("When will someone fix the line?", true),
            ("Can you still get it to me before Christmas?", true),
            ("It's 55123, can you get it to me before friday?", true),
            (
                "Transmission slipping at 37k. Will you cover it or not?",
                true,
            ),
            ("Are you kidding me?", false),
            ("Will you ever reply to my emails?", false),
            ("Can you help me with this?", false),
            ("Is it coming back?", false),
            ("Do you think this is acceptable?", false),
        ] {
            let clause = asked(text).unwrap_or_default();
            assert_eq!(super::is_direct(&clause), direct, "{text}: {clause}");
        }
    }

    #[test]
    fn unclear_or_unclean_questions_give_no_clause() {
        for text in [
            "do you ship to Canada",
            "why would you do that?",
            "how do I export my invoices?",
            "is this a joke?",
            "do you even check these parcels, or just throw them?",
            "will Tesco stock it?",
            "Do you know?",
            "when?",
            "which one?",
            "Tried three outlets already. What more do you need from me?",
            "what else do you want from me?",
            "i want it to work on a phone call. is that too much to ask??",
            "is that so hard?",
        ] {
            assert_eq!(asked(text), None, "{text}");
        }
    }
}
