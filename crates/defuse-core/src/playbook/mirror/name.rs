//! The customer's problem named in their own words, for when the situation's table of
//! problems has no name for it: "broke the front glass" -> "the broken front glass", "my
//! edit button doesn't display" -> "the edit button problem", "says error 3001"
//! (on an xbox 360) -> "error 3001 on the Xbox 360".
//!
//! Read with the mirror's own lexer and checks (typos fixed, shouting lowered, slang and
//! misspellings refused). Only a short noun phrase the customer used is taken (1-5 words,
//! ending on a noun-like word); whenever a step is unsure there is no name: a wrong
//! confident name reads worse than none.

use super::{lex, misspelt, run_on, sentences, Word, UNCLEAN};
use crate::text::{is_one_of, lookup};

/// The customer's problem as a noun phrase in the agent's voice, from `texts` (the
/// customer's messages as written, oldest first), or `None`; and whether the name says
/// what is wrong with the thing (an error code, the damage, "being down", "your billing
/// issue") or only which thing it is ("the printer problem").
pub(crate) fn own_name(texts: &[&str]) -> Option<(String, bool)> {
    // The best reading of the latest message that has one: an error code, a broken part,
    // a thing that stopped working, an issue they named, an update behind it.
    let mut best: Option<(u8, String)> = None;
    for text in texts.iter().rev() {
        for (_, sentence) in sentences(text) {
            let words = lex(sentence);
            if words.iter().any(|w| run_on(&w.low)) {
                continue;
            }
            if let Some((rank, name)) = read(&words) {
                if best.as_ref().is_none_or(|(b, _)| rank < *b) {
                    best = Some((rank, name));
                }
            }
        }
        if best.is_some() {
            break;
        }
    }
    let (rank, name) = best?;
    // An error code says more with the device it shows on.
    if rank == 0 {
        if let Some(device) = texts.iter().rev().find_map(|t| device(t)) {
            return Some((format!("{name} on the {device}"), true));
        }
    }
    Some((name, rank != TROUBLE))
}

/// The rank of a name that only says which thing is in trouble.
const TROUBLE: u8 = 4;

/// The name one sentence gives, ranked (0 most specific).
fn read(words: &[Word]) -> Option<(u8, String)> {
    let low = |i: usize| words.get(i).map_or("", |w| w.low.as_str());
    let mut found: Option<(u8, String)> = None;
    let mut keep = |rank: u8, name: Option<String>| {
        if let Some(name) = name {
            if found.as_ref().is_none_or(|(r, _)| rank < *r) {
                found = Some((rank, name));
            }
        }
    };
    for i in 0..words.len() {
        let w = low(i);
        // "error 3001", "error code E-104".
        if w == "error" {
            let at = if is_one_of(low(i + 1), "code number") {
                i + 2
            } else {
                i + 1
            };
            keep(
                0,
                words.get(at).and_then(code).map(|c| format!("error {c}")),
            );
        }
        // "broke the front glass", "cracked my screen".
        if let Some(state) = lookup(w, DAMAGE).filter(|_| is_one_of(low(i + 1), "my our the")) {
            keep(
                1,
                phrase(words, i + 1).map(|(_, np)| format!("the {state} {np}")),
            );
        }
        // "the exchange and refund page is down", "my edit button doesn't display".
        // Not in a condition ("if the difference isn't refunded").
        let condition = i > 0 && is_one_of(low(i - 1), "if unless whether");
        if is_one_of(w, "my our the your") && !condition {
            if let Some((end, np)) = phrase(words, i) {
                let owner = owner(w, &np);
                let (next, after) = (low(end), low(end + 1));
                let state = is_one_of(next, "is are");
                if state && after == "down" {
                    keep(2, Some(format!("{owner} {np} being down")));
                } else if state && lookup(after, DAMAGE).is_some() {
                    keep(2, Some(format!("the {after} {np}")));
                } else if is_one_of(next, FAILING) && !is_one_of(after, NOT_FAILING)
                    || state && is_one_of(after, "not stuck frozen dead gone")
                {
                    keep(TROUBLE, Some(format!("{owner} {np} problem")));
                }
                // "my billing issue", "the jager glitch": named by the customer as a problem.
                let head = np.rsplit(' ').next().unwrap_or("");
                if np.contains(' ') && is_one_of(head, PROBLEM_NOUNS) {
                    keep(3, Some(format!("{owner} {np}")));
                }
            }
        }
        // "where is my order", "where my refund is": the wait for it.
        if is_one_of(w, "where where's") {
            let at = if w == "where" && is_one_of(low(i + 1), "is are") {
                i + 2
            } else {
                i + 1
            };
            if is_one_of(low(at), "my our") {
                keep(
                    3,
                    phrase(words, at).map(|(_, np)| format!("the wait for your {np}")),
                );
            }
        }
        // "after the oxygenOS 4.7.4 update": what broke it.
        if is_one_of(w, "after since") {
            let at = if low(i + 1) == "the" { i + 1 } else { i };
            if let Some((_, np)) = phrase(words, at) {
                if np.contains(' ') && np.ends_with(" update") {
                    keep(5, Some(format!("the trouble since the {np}")));
                }
            }
        }
    }
    found
}

/// The noun phrase after the determiner at `det` (not included): its end and its words as
/// the customer wrote them (shouting lowered), or `None` when it does not read clean.
fn phrase(words: &[Word], det: usize) -> Option<(usize, String)> {
    let start = det + 1;
    if start >= words.len() {
        return None;
    }
    let mut end = start;
    while end < words.len() && end - start < 6 && part_of_phrase(&words[end]) {
        // A capital after a lowercase word starts something new in an unpunctuated tweet
        // ("broke the front glass Need help").
        let capital = |w: &Word| w.out.chars().next().is_some_and(char::is_uppercase);
        if end > start && capital(&words[end]) && !capital(&words[end - 1]) {
            break;
        }
        end += 1;
    }
    // Ends on a noun-like word: not "and", not an adverb.
    while end > start && !noun_like(&words[end - 1].low) {
        end -= 1;
    }
    let np = &words[start..end];
    let head = &np.last()?.low;
    let clean = (1..=5).contains(&np.len())
        && !is_one_of(head, NOT_THINGS)
        && np.first().is_some_and(|w| w.low != "and")
        && np.iter().all(|w| clean_word(w));
    clean.then(|| {
        let out: Vec<&str> = np.iter().map(|w| w.out.as_str()).collect();
        (end, out.join(" "))
    })
}

/// "the" or "your" before a phrase: the customer's things are "your", the company's "the";
/// a part of a website or app is "the" whoever's it is ("the edit button").
fn owner(det: &str, np: &str) -> &'static str {
    let head = np.rsplit(' ').next().unwrap_or("");
    if is_one_of(det, "my our") && !is_one_of(head, "button page tab menu option feature link icon")
    {
        "your"
    } else {
        "the"
    }
}

/// Whether a word can be part of a noun phrase: a content word, or "and" between two.
fn part_of_phrase(w: &Word) -> bool {
    w.low == "and"
        || !is_one_of(&w.low, FUNCTION) && !is_one_of(&w.low, FAILING) && !w.low.contains(',')
}

/// Whether a phrase may end on the word: not "and", an adverb, a verb of damage or a bare
/// number ("my order 71240" names the order).
fn noun_like(w: &str) -> bool {
    w != "and"
        && w.chars().any(char::is_alphabetic)
        && !w.ends_with("ly")
        && !is_one_of(w, FUNCTION)
        && lookup(w, DAMAGE).is_none()
}

/// Whether a word reads clean handed back: letters, digits and a few joiners only (no
/// handle, tag, link or emoji), no slang or insult, no misspelling.
fn clean_word(w: &Word) -> bool {
    let plain = w
        .out
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '.'));
    plain && !UNCLEAN.contains(&w.low) && !misspelt(&w.low) && !w.low.ends_with('.')
}

/// An error code as written ("3001", "E-104"): digits in it, and short.
fn code(w: &Word) -> Option<&str> {
    let c = w.out.as_str();
    let ok = (2..=10).contains(&c.len())
        && c.chars().filter(char::is_ascii_digit).count() >= 2
        && c.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(c)
}

/// The device a message names, with its model number ("Xbox 360"), in its maker's case.
fn device(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, w)| {
        let low = crate::case::lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()));
        let name = lookup(&low, DEVICE_CASE)?;
        let model = words
            .get(i + 1)
            .map(|m| m.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .filter(|m| m.len() <= 4 && m.chars().all(|c| c.is_ascii_digit()));
        Some(match model {
            Some(m) => format!("{name} {m}"),
            None => name.to_string(),
        })
    })
}

/// Devices in their makers' case.
const DEVICE_CASE: &str = "xbox=Xbox iphone=iPhone ipad=iPad playstation=PlayStation ps4=PS4 \
    ps5=PS5 roku=Roku kindle=Kindle macbook=MacBook pixel=Pixel oneplus=OnePlus";

/// Verbs of damage, and the state they leave ("broke" -> "broken").
const DAMAGE: &str = "broke=broken broken=broken cracked=cracked smashed=smashed \
    shattered=shattered damaged=damaged scratched=scratched dented=dented ripped=ripped \
    torn=torn bent=bent";

/// What a thing does when it fails, after its name ("my edit button doesn't display").
const FAILING: &str = "isn't aren't doesn't don't won't can't keeps kept stopped hasn't \
    haven't crashes crashed froze freezes fails failed died";

/// Verbs after "doesn't" that say what a thing is, not that it fails ("my TV doesn't have
/// Bluetooth").
const NOT_FAILING: &str = "have need want know care matter mind like belong include seem mean";

/// Nouns that name a problem themselves ("my billing issue").
const PROBLEM_NOUNS: &str = "issue issues problem problems glitch glitches bug bugs";

/// Heads that are not the thing that went wrong: people, time, feelings, the company.
const NOT_THINGS: &str = "husband wife son daughter kid kids mum mom dad friend friends family \
    driver agent rep staff manager engineer technician courier person man woman lady someone guy boyfriend girlfriend partner child children baby \
    patience time day life week weekend mood experience money company customer customers \
    people team support service fault question store shop branch restaurant location difference thing things way point reason answer reply response";

/// Words that end a noun phrase: determiners, pronouns, prepositions, verbs of being.
const FUNCTION: &str = "a an the this that these those my your our their his her its i you \
    he she it we they me him us them is are was were be been am do does did have has had not \
    no never very so too just still really also to of in on at for with from by up out about \
    into over after before again all any some what which who when where why how can will \
    would should could may might must than then there here now or but if because need want \
    help please thanks get got make made go went take took give gave know think say said says \
    tell told like let try tried only even ever today yesterday tomorrow already since \
    until while yet";

#[cfg(test)]
mod tests {
    use super::own_name;

    fn check(texts: &[&str], want: Option<&str>) {
        assert_eq!(
            own_name(texts).map(|(n, _)| n).as_deref(),
            want,
            "{texts:?}"
        );
    }

    #[test]
    fn names_come_from_the_customers_words() {
        check(
            &["dropped my phone on the stairs and cracked the back glass. Gutted."],
            Some("the cracked back glass"),
        );
        check(
            &["broke the front glass Need help"],
            Some("the broken front glass"),
        );
        check(
            &[
                "Is the streaming app for xbox 360 down?",
                "It loads, then any film stops with error 1107.",
            ],
            Some("error 1107 on the Xbox 360"),
        );
        check(
            &["My share button doesn't respond any more"],
            Some("the share button problem"),
        );
        check(&["MY ROUTER KEEPS DROPPING"], Some("your router problem"));
        check(
            &["the seat map page is down again"],
            Some("the seat map page being down"),
        );
        check(
            &["still having the calendar sync issue"],
            Some("the calendar sync issue"),
        );
        check(
            &["where is my order from Tuesday??"],
            Some("the wait for your order"),
        );
        check(
            &["Poor battery after the iOS 17.2 update on my phone"],
            Some("the trouble since the iOS 17.2 update"),
        );
    }

    #[test]
    fn unsure_or_unclean_words_give_no_name() {
        // Slang, people, conditions, facts, handles, typos, run-on sentences.
        check(&["my stupid router keeps dropping"], None);
        check(&["my husband can't log in"], None);
        check(
            &["if the difference isn't refunded I'm calling my bank"],
            None,
        );
        check(&["my TV doesn't have Bluetooth"], None);
        check(&["the @Zapp_help page is down"], None);
        check(&["the @Zapp page won't load"], None);
        check(&["the page is broken"], Some("the broken page"));
        check(&["where is my"], None);
        check(&["my order is late.Pls check the app isn't working"], None);
        check(&["I was so angry"], None);
        // A bare number is not the thing ("my order 71240").
        check(
            &["where is my order 71240?"],
            Some("the wait for your order"),
        );
    }

    #[test]
    fn a_name_that_only_says_which_thing_is_weak() {
        assert_eq!(
            own_name(&["the printer won't print"]).map(|n| n.1),
            Some(false)
        );
        assert_eq!(
            own_name(&["the printer is broken"]).map(|n| n.1),
            Some(true)
        );
    }
}
