//! What the conversation is about (order, refund, login, ...) and the customer's name, read
//! from the customer's own messages.

use serde::{Deserialize, Serialize};

use crate::list::{list, List};
use crate::text::{is_in_sorted, is_one_of, lookup_sorted, tokenize, Search, TokenKind};

/// What a support conversation is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// An order as a whole (wrong item, missing item, order status).
    Order,
    /// Shipping and delivery.
    Delivery,
    /// A refund or money back.
    Refund,
    /// Charges, invoices, bills.
    Billing,
    /// Paying: a card declined, a payment that failed.
    Payment,
    /// Signing in, passwords, two-factor codes.
    Login,
    /// The account itself (locked, closed, details).
    Account,
    /// Something in the product that does not work.
    Bug,
    /// Cancelling a subscription or an order.
    Cancellation,
    /// A subscription or plan.
    Subscription,
    /// Sending an item back.
    Return,
}

impl Topic {
    /// The topic as a noun phrase in the agent's voice ("your order").
    pub fn phrase(self) -> &'static str {
        match self {
            Topic::Order => "your order",
            Topic::Delivery => "your delivery",
            Topic::Refund => "your refund",
            Topic::Billing => "your bill",
            Topic::Payment => "your payment",
            Topic::Login => "your login",
            Topic::Account => "your account",
            Topic::Bug => "this bug",
            Topic::Cancellation => "your cancellation",
            Topic::Subscription => "your subscription",
            Topic::Return => "your return",
        }
    }

    /// A short label ("order").
    pub fn label(self) -> &'static str {
        match self {
            Topic::Order => "order",
            Topic::Delivery => "delivery",
            Topic::Refund => "refund",
            Topic::Billing => "billing",
            Topic::Payment => "payment",
            Topic::Login => "login",
            Topic::Account => "account",
            Topic::Bug => "bug",
            Topic::Cancellation => "cancellation",
            Topic::Subscription => "subscription",
            Topic::Return => "return",
        }
    }
}

/// Word stems that point at a topic, with a weight: specific words (refund, password)
/// outweigh general ones (order, account) that appear in almost every complaint. Each entry
/// is `word=`, the topic as a letter (`a` the first of [`ALL_TOPICS`], `b` the second, ...)
/// and the weight as a digit; sorted by word (see `text::lookup_sorted`). One string rather
/// than a table of `(&str, Topic, u8)`: that spends twelve bytes a word in the wasm.
const TOPIC_WORDS: &str =
    "2fa=f4 account=g2 app=h2 arrive=b2 arrived=b2 bill=d4 billed=d4 billing=d4 broken=h2 \
     bug=h4 cancel=i3 canceled=i3 cancellation=i4 cancelled=i3 card=e3 charge=d3 \
     charged=d4 checkout=e3 courier=b3 crash=h4 crashed=h4 crashes=h4 crashing=h4 \
     declined=e3 delivered=b3 delivery=b3 error=h3 exchange=k3 freezes=h4 glitch=h4 \
     invoice=d4 locked=g3 log=f1 login=f4 membership=j4 money=c2 order=a2 ordered=a2 \
     orders=a2 overcharged=d4 package=b3 parcel=b3 password=f4 pay=e2 payment=e3 \
     plan=j2 profile=g2 refund=c4 refunded=c4 refunds=c4 renewal=j4 renewed=j4 \
     return=k3 returned=k3 shipment=b3 shipped=b3 shipping=b3 sign=f1 signin=f4 \
     subscription=j4 tracking=b3";

/// The topic of a set of customer messages, most recent last; `None` if no topic word
/// appears. Later messages count a little more (the conversation may have moved on).
pub(crate) fn detect_topic<'a>(mut texts: impl Iterator<Item = &'a str>) -> Option<Topic> {
    topic_of(&mut texts)
}

/// [`detect_topic`], compiled once for all its callers' iterators (the advice's recent
/// messages, the coach's fresh ones).
fn topic_of(texts: &mut dyn Iterator<Item = &str>) -> Option<Topic> {
    let mut scores = [0u32; 11];
    for (i, text) in texts.enumerate() {
        let recency = 1 + (i as u32).min(4);
        // One lowercased copy and words read in place: this runs over every recent
        // message on every update.
        let lower = text.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (j, w) in words.iter().enumerate() {
            let Some(&[topic, weight]) = lookup_sorted(w, TOPIC_WORDS).map(str::as_bytes) else {
                continue;
            };
            // "log in" / "sign in" are about logging in; "log" or "sign" alone are not.
            let next = words.get(j + 1).copied();
            let weight = if is_one_of(w, "log sign") {
                match next {
                    Some(next) if is_one_of(next, "in on into") => 4,
                    _ => continue,
                }
            } else {
                u32::from(weight - b'0')
            };
            scores[usize::from(topic - b'a')] += weight * 4 + recency;
        }
    }
    let (best, score) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(i, s)| (*s, std::cmp::Reverse(i)))?;
    (*score > 0).then(|| ALL_TOPICS[best])
}

const ALL_TOPICS: [Topic; 11] = [
    Topic::Order,
    Topic::Delivery,
    Topic::Refund,
    Topic::Billing,
    Topic::Payment,
    Topic::Login,
    Topic::Account,
    Topic::Bug,
    Topic::Cancellation,
    Topic::Subscription,
    Topic::Return,
];

/// Capitalised words that follow "I'm" without being a name ("I'm Done", "I'm So ..."),
/// sorted (see `text::is_in_sorted`).
const NOT_NAMES: &str =
    "about afraid almost already also angry annoyed asking at aware back being \
    busy calling confused contacting desperate disappointed done extremely fed fine frustrated \
    furious getting glad going gonna good happy having here in just literally looking losing mad \
    never new not now ok okay on only out over paying pretty quite ready really sick so sorry \
    still sure talking the tired to trying upset very waiting with worried writing";

/// The customer's name, if they gave it: "I'm Dana", "my name is Dana", "this is Dana", or
/// a sign-off ("Thanks, Dana" / "- Dana" ending a message).
pub(crate) fn detect_name<'a>(texts: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut found = None;
    for text in texts {
        if let Some(name) = name_in(text) {
            found = Some(name);
        }
    }
    found
}

/// How a message signs off before the name ("thanks, Dana").
const SIGN_OFFS: List = list!["thanks, ", "thank you, ", "regards, ", "cheers, ", "best, "];

fn name_in(text: &str) -> Option<String> {
    // Most messages introduce nobody: skip tokenizing them.
    let lower = text.to_ascii_lowercase();
    let introduces = list![
        "i'm ",
        "i\u{2019}m ",
        "i am ",
        "name is",
        "this is",
        "called "
    ]
    .iter()
    .any(|p| lower.contains_str(p));
    let signs_off = text.chars().any(|c| matches!(c, '\n' | '-' | '\u{2014}'))
        || SIGN_OFFS.iter().any(|p| lower.starts_with(p));
    if !introduces && !signs_off {
        return None;
    }
    let tokens = tokenize(text);
    let words: Vec<(&str, &str)> = tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Emoji)
        .map(|t| (&*t.norm, t.text))
        .collect();
    for i in 0..words.len() {
        let introduced = match words[i].0 {
            "i'm" => true,
            "is" => {
                (i >= 2 && (words[i - 2].0, words[i - 1].0) == ("my", "name"))
                    || (i >= 1 && words[i - 1].0 == "this")
            }
            "am" => i >= 1 && words[i - 1].0 == "i",
            "called" => i >= 1 && words[i - 1].0 == "i'm",
            _ => false,
        };
        let explicit = words[i].0 == "is" && i >= 2 && words[i - 1].0 == "name";
        if introduced {
            if let Some(&(norm, raw)) = words.get(i + 1) {
                if let Some(name) = as_name(norm, raw, explicit) {
                    return Some(name);
                }
            }
        }
    }
    // A sign-off: the last word of the message after a dash or "thanks,"/"regards,".
    let trimmed = text.trim_end();
    let last_line = crate::text::after_last(trimmed, b'\n').trim();
    let candidate = last_line
        .strip_prefix("- ")
        .or_else(|| last_line.strip_prefix("-"))
        .or_else(|| last_line.strip_prefix("— "))
        .or_else(|| {
            let lower = last_line.to_ascii_lowercase();
            SIGN_OFFS
                .iter()
                .find(|p| lower.starts_with(p))
                .map(|p| &last_line[p.len()..])
        })
        .or_else(|| {
            // "..., thanks. Dana" style: a lone capitalised word on its own last line.
            (trimmed.contains('\n') && !last_line.contains(' ')).then_some(last_line)
        })?;
    let candidate = crate::text::trim_end_any(candidate.trim(), b".!");
    if candidate.contains(' ') {
        return None;
    }
    as_name(&crate::case::lowercase(candidate), candidate, false)
}

/// Accepts a word as a name: alphabetic, 2-20 letters, not a common word after "I'm";
/// capitalised unless it followed the explicit "my name is".
fn as_name(norm: &str, raw: &str, explicit: bool) -> Option<String> {
    let letters = raw.chars().count();
    if !(2..=20).contains(&letters) || !raw.chars().all(|c| crate::text::is_letter(c) || c == '-') {
        return None;
    }
    if is_in_sorted(norm, NOT_NAMES) {
        return None;
    }
    let mut chars = raw.chars();
    let first = chars.next()?;
    let rest_lower = chars.clone().all(|c| !crate::case::is_upper(c));
    if !(explicit || crate::case::is_upper(first) && rest_lower) {
        return None;
    }
    // Normalise "dana" / "DANA" to "Dana".
    let mut name = String::from(crate::case::upper(first));
    name.extend(chars.map(crate::case::lower));
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted() {
        let words: Vec<&str> = TOPIC_WORDS.split(' ').collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        // Every entry is `word=` a topic letter and a weight digit.
        for entry in words {
            let (_, code) = entry.split_once('=').unwrap();
            let &[topic, weight] = code.as_bytes() else {
                panic!("{entry}");
            };
            assert!(usize::from(topic - b'a') < ALL_TOPICS.len(), "{entry}");
            assert!((b'1'..=b'4').contains(&weight), "{entry}");
        }
        let names: Vec<&str> = NOT_NAMES.split(' ').collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn names() {
        let one = |t: &str| detect_name(std::iter::once(t));
        assert_eq!(
            one("Hi, I'm Dana and my order is late"),
            Some("Dana".into())
        );
        assert_eq!(one("my name is dana"), Some("Dana".into()));
        assert_eq!(one("This is Omar from accounts"), Some("Omar".into()));
        assert_eq!(one("where is my parcel?\n- Priya"), Some("Priya".into()));
        assert_eq!(one("Thanks, Lee"), Some("Lee".into()));
        assert_eq!(one("I'm Furious about this"), None);
        assert_eq!(one("I'm so angry"), None);
        assert_eq!(one("I'M DONE WITH YOU"), None);
        assert_eq!(one("this is ridiculous"), None);
    }

    #[test]
    fn topics() {
        let one = |t: &str| detect_topic(std::iter::once(t));
        assert_eq!(one("where is my refund"), Some(Topic::Refund));
        assert_eq!(one("I can't log in to my account"), Some(Topic::Login));
        assert_eq!(one("my package never arrived"), Some(Topic::Delivery));
        assert_eq!(one("you charged me twice"), Some(Topic::Billing));
        assert_eq!(one("the app keeps crashing"), Some(Topic::Bug));
        assert_eq!(one("hello there"), None);
    }
}
