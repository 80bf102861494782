//! The issue type of a conversation: phrase rules written for how customers put things in
//! chat and on social media, plus a small keyword model fitted on the Bitext
//! customer-support utterances (`issue_words.rs`, written by `defuse fit-issues`).

use super::issue_words::{BIAS, CLASSES, WORDS};
use super::situation::IssueType;
use crate::technique::find_phrase;

/// How much one fitted-model vote counts next to one point of a phrase rule: the model is
/// trained on calm chatbot requests, so a clear phrase in a real complaint outranks it.
const MODEL_WEIGHT: f32 = 4.0;
/// The fitted model alone must be at least this sure to name an issue.
const MODEL_ALONE: f32 = 0.55;

/// Phrase rules: (phrase, issue, weight). Phrases are lowercase with `'` apostrophes and match
/// at word boundaries.
const RULES: &[(&str, IssueType, u8)] = {
    use IssueType as I;
    &[
        // Account access.
        ("locked out", I::AccountAccess, 4),
        ("locked me out", I::AccountAccess, 4),
        ("can't log in", I::AccountAccess, 4),
        ("cant log in", I::AccountAccess, 4),
        ("can't login", I::AccountAccess, 4),
        ("cant login", I::AccountAccess, 4),
        ("cannot log in", I::AccountAccess, 4),
        ("unable to log in", I::AccountAccess, 4),
        ("can't sign in", I::AccountAccess, 4),
        ("cannot sign in", I::AccountAccess, 4),
        ("can't get into my account", I::AccountAccess, 4),
        ("can't access my account", I::AccountAccess, 4),
        ("cannot access my account", I::AccountAccess, 4),
        ("log in", I::AccountAccess, 2),
        ("login", I::AccountAccess, 2),
        ("sign in", I::AccountAccess, 2),
        ("password", I::AccountAccess, 3),
        ("reset link", I::AccountAccess, 3),
        ("2fa", I::AccountAccess, 3),
        ("two factor", I::AccountAccess, 3),
        ("verification code", I::AccountAccess, 3),
        ("security code", I::AccountAccess, 3),
        ("hacked", I::AccountAccess, 4),
        ("account locked", I::AccountAccess, 4),
        ("account suspended", I::AccountAccess, 4),
        ("account disabled", I::AccountAccess, 4),
        ("suspended my account", I::AccountAccess, 4),
        ("disabled my account", I::AccountAccess, 4),
        ("banned", I::AccountAccess, 2),
        ("locked", I::AccountAccess, 2),
        // Billing.
        ("charged twice", I::Billing, 5),
        ("double charged", I::Billing, 5),
        ("charged me twice", I::Billing, 5),
        ("overcharged", I::Billing, 5),
        ("charged me", I::Billing, 3),
        ("charge", I::Billing, 2),
        ("charges", I::Billing, 2),
        ("charged", I::Billing, 3),
        ("billed", I::Billing, 3),
        ("bill", I::Billing, 3),
        ("billing", I::Billing, 3),
        ("invoice", I::Billing, 3),
        ("payment failed", I::Billing, 4),
        ("card declined", I::Billing, 4),
        ("card was declined", I::Billing, 4),
        ("declined", I::Billing, 2),
        ("payment", I::Billing, 2),
        ("statement", I::Billing, 2),
        ("direct debit", I::Billing, 3),
        ("took money", I::Billing, 3),
        ("taken from my account", I::Billing, 3),
        // Refunds.
        ("refund", I::RefundStatus, 4),
        ("refunded", I::RefundStatus, 4),
        ("refunds", I::RefundStatus, 3),
        ("money back", I::RefundStatus, 4),
        ("reimburse", I::RefundStatus, 3),
        ("reimbursement", I::RefundStatus, 3),
        ("returned it", I::RefundStatus, 2),
        ("sent it back", I::RefundStatus, 2),
        // Late deliveries.
        ("late", I::DeliveryLate, 2),
        ("delayed", I::DeliveryLate, 3),
        ("delay", I::DeliveryLate, 2),
        ("still hasn't arrived", I::DeliveryLate, 4),
        ("still not arrived", I::DeliveryLate, 4),
        ("hasn't arrived", I::DeliveryLate, 3),
        ("has not arrived", I::DeliveryLate, 3),
        ("not arrived yet", I::DeliveryLate, 4),
        ("hasn't shipped", I::DeliveryLate, 4),
        ("not shipped", I::DeliveryLate, 3),
        ("still not shipped", I::DeliveryLate, 4),
        ("where is my order", I::DeliveryLate, 4),
        ("where's my order", I::DeliveryLate, 4),
        ("where is my package", I::DeliveryLate, 4),
        ("where's my package", I::DeliveryLate, 4),
        ("where is my parcel", I::DeliveryLate, 4),
        ("where's my parcel", I::DeliveryLate, 4),
        ("tracking hasn't", I::DeliveryLate, 4),
        ("tracking has not", I::DeliveryLate, 4),
        ("tracking says", I::DeliveryLate, 2),
        ("no tracking", I::DeliveryLate, 3),
        ("stuck in transit", I::DeliveryLate, 5),
        ("in transit", I::DeliveryLate, 3),
        ("supposed to arrive", I::DeliveryLate, 4),
        ("supposed to be delivered", I::DeliveryLate, 4),
        ("expected delivery", I::DeliveryLate, 3),
        ("estimated delivery", I::DeliveryLate, 3),
        ("still waiting for my order", I::DeliveryLate, 4),
        ("still waiting on my order", I::DeliveryLate, 4),
        ("still waiting for my package", I::DeliveryLate, 4),
        ("delivery", I::DeliveryLate, 2),
        ("shipping", I::DeliveryLate, 1),
        ("package", I::DeliveryLate, 1),
        ("parcel", I::DeliveryLate, 1),
        ("shipment", I::DeliveryLate, 2),
        // Missing deliveries.
        ("never arrived", I::DeliveryMissing, 5),
        ("never came", I::DeliveryMissing, 5),
        ("never showed up", I::DeliveryMissing, 5),
        ("never received", I::DeliveryMissing, 5),
        ("never got my", I::DeliveryMissing, 4),
        ("didn't receive", I::DeliveryMissing, 4),
        ("did not receive", I::DeliveryMissing, 4),
        ("haven't received", I::DeliveryMissing, 3),
        ("not received", I::DeliveryMissing, 3),
        ("says delivered", I::DeliveryMissing, 6),
        ("says it was delivered", I::DeliveryMissing, 6),
        ("marked as delivered", I::DeliveryMissing, 6),
        ("marked delivered", I::DeliveryMissing, 6),
        ("shows delivered", I::DeliveryMissing, 6),
        ("shows as delivered", I::DeliveryMissing, 6),
        ("delivered but", I::DeliveryMissing, 5),
        ("lost my package", I::DeliveryMissing, 5),
        ("lost my parcel", I::DeliveryMissing, 5),
        ("lost my order", I::DeliveryMissing, 5),
        ("lost package", I::DeliveryMissing, 5),
        ("lost parcel", I::DeliveryMissing, 5),
        ("stolen", I::DeliveryMissing, 3),
        ("missing from", I::DeliveryMissing, 5),
        ("was missing", I::DeliveryMissing, 4),
        ("is missing", I::DeliveryMissing, 3),
        ("missing item", I::DeliveryMissing, 5),
        ("missing package", I::DeliveryMissing, 5),
        ("missing parcel", I::DeliveryMissing, 5),
        ("wasn't in the box", I::DeliveryMissing, 5),
        ("not in the box", I::DeliveryMissing, 5),
        ("nowhere to be found", I::DeliveryMissing, 4),
        // Damaged or wrong items.
        ("damaged", I::DeliveryDamaged, 5),
        ("arrived broken", I::DeliveryDamaged, 6),
        ("came broken", I::DeliveryDamaged, 6),
        ("broken when", I::DeliveryDamaged, 5),
        ("arrived smashed", I::DeliveryDamaged, 6),
        ("smashed", I::DeliveryDamaged, 4),
        ("crushed", I::DeliveryDamaged, 4),
        ("cracked", I::DeliveryDamaged, 3),
        ("shattered", I::DeliveryDamaged, 4),
        ("dented", I::DeliveryDamaged, 4),
        ("torn", I::DeliveryDamaged, 3),
        ("ripped", I::DeliveryDamaged, 3),
        ("leaking", I::DeliveryDamaged, 3),
        ("wrong item", I::DeliveryDamaged, 5),
        ("wrong size", I::DeliveryDamaged, 4),
        ("wrong colour", I::DeliveryDamaged, 4),
        ("wrong color", I::DeliveryDamaged, 4),
        ("sent me the wrong", I::DeliveryDamaged, 5),
        ("received the wrong", I::DeliveryDamaged, 5),
        ("got the wrong", I::DeliveryDamaged, 5),
        ("defective", I::DeliveryDamaged, 3),
        ("faulty", I::DeliveryDamaged, 3),
        ("dead on arrival", I::DeliveryDamaged, 6),
        ("doa", I::DeliveryDamaged, 5),
        // Outages and errors.
        ("outage", I::OutageError, 6),
        ("is down", I::OutageError, 5),
        ("are down", I::OutageError, 5),
        ("site down", I::OutageError, 5),
        ("app down", I::OutageError, 5),
        ("website down", I::OutageError, 5),
        ("servers down", I::OutageError, 5),
        ("server down", I::OutageError, 5),
        ("been down", I::OutageError, 5),
        ("down again", I::OutageError, 5),
        ("down for", I::OutageError, 3),
        ("service down", I::OutageError, 5),
        ("not loading", I::OutageError, 4),
        ("won't load", I::OutageError, 4),
        ("wont load", I::OutageError, 4),
        ("doesn't load", I::OutageError, 4),
        ("can't connect", I::OutageError, 4),
        ("cannot connect", I::OutageError, 4),
        ("connection", I::OutageError, 2),
        ("no internet", I::OutageError, 5),
        ("internet is", I::OutageError, 3),
        ("internet has", I::OutageError, 3),
        ("no service", I::OutageError, 5),
        ("no signal", I::OutageError, 5),
        ("wifi", I::OutageError, 3),
        ("wi-fi", I::OutageError, 3),
        ("broadband", I::OutageError, 3),
        ("offline", I::OutageError, 3),
        ("server error", I::OutageError, 5),
        ("error 500", I::OutageError, 5),
        ("502", I::OutageError, 4),
        ("503", I::OutageError, 4),
        ("unavailable", I::OutageError, 3),
        ("streaming", I::OutageError, 2),
        ("buffering", I::OutageError, 4),
        ("error", I::OutageError, 2),
        ("something went wrong", I::OutageError, 3),
        ("power cut", I::OutageError, 4),
        ("power outage", I::OutageError, 6),
        // Product bugs.
        ("crash", I::ProductBug, 4),
        ("crashes", I::ProductBug, 5),
        ("crashing", I::ProductBug, 5),
        ("crashed", I::ProductBug, 4),
        ("bug", I::ProductBug, 5),
        ("buggy", I::ProductBug, 5),
        ("glitch", I::ProductBug, 5),
        ("glitching", I::ProductBug, 5),
        ("freezes", I::ProductBug, 5),
        ("freezing", I::ProductBug, 5),
        ("frozen", I::ProductBug, 3),
        ("keeps closing", I::ProductBug, 5),
        ("after the update", I::ProductBug, 5),
        ("since the update", I::ProductBug, 5),
        ("latest update", I::ProductBug, 4),
        ("new update", I::ProductBug, 3),
        ("update broke", I::ProductBug, 5),
        ("stopped working", I::ProductBug, 4),
        ("doesn't work", I::ProductBug, 3),
        ("does not work", I::ProductBug, 3),
        ("isn't working", I::ProductBug, 3),
        ("not working", I::ProductBug, 3),
        ("won't work", I::ProductBug, 3),
        ("won't turn on", I::ProductBug, 5),
        ("won't charge", I::ProductBug, 5),
        ("won't sync", I::ProductBug, 5),
        ("not syncing", I::ProductBug, 5),
        ("battery", I::ProductBug, 3),
        ("overheating", I::ProductBug, 5),
        ("so slow", I::ProductBug, 3),
        ("really slow", I::ProductBug, 3),
        ("very slow", I::ProductBug, 3),
        ("lagging", I::ProductBug, 4),
        ("laggy", I::ProductBug, 4),
        ("black screen", I::ProductBug, 5),
        ("blank screen", I::ProductBug, 5),
        ("keeps logging me out", I::ProductBug, 5),
        ("app", I::ProductBug, 1),
        ("broken", I::ProductBug, 2),
        // Policies, prices and features.
        ("policy", I::PolicyComplaint, 4),
        ("policies", I::PolicyComplaint, 4),
        ("price increase", I::PolicyComplaint, 5),
        ("raised the price", I::PolicyComplaint, 5),
        ("raised your prices", I::PolicyComplaint, 5),
        ("prices went up", I::PolicyComplaint, 5),
        ("price went up", I::PolicyComplaint, 5),
        ("more expensive", I::PolicyComplaint, 4),
        ("too expensive", I::PolicyComplaint, 4),
        ("fee", I::PolicyComplaint, 2),
        ("fees", I::PolicyComplaint, 2),
        ("restocking", I::PolicyComplaint, 4),
        ("no longer", I::PolicyComplaint, 2),
        ("removed the", I::PolicyComplaint, 4),
        ("got rid of", I::PolicyComplaint, 4),
        ("bring back", I::PolicyComplaint, 5),
        ("not allowed", I::PolicyComplaint, 4),
        ("won't let me", I::PolicyComplaint, 3),
        ("why can't i", I::PolicyComplaint, 3),
        ("why do you", I::PolicyComplaint, 3),
        ("why does your", I::PolicyComplaint, 2),
        ("should be able to", I::PolicyComplaint, 3),
        ("terms and conditions", I::PolicyComplaint, 4),
        ("rule", I::PolicyComplaint, 3),
        ("rules", I::PolicyComplaint, 3),
        ("minimum", I::PolicyComplaint, 3),
        ("ads", I::PolicyComplaint, 3),
        ("adverts", I::PolicyComplaint, 3),
        ("paywall", I::PolicyComplaint, 5),
        ("premium only", I::PolicyComplaint, 4),
        ("out of stock", I::PolicyComplaint, 2),
        ("return window", I::PolicyComplaint, 5),
        ("non-refundable", I::PolicyComplaint, 5),
        ("nonrefundable", I::PolicyComplaint, 5),
        ("no refunds", I::PolicyComplaint, 5),
        ("ridiculous that", I::PolicyComplaint, 2),
        ("the new design", I::PolicyComplaint, 5),
        ("new layout", I::PolicyComplaint, 5),
        ("wait times", I::PolicyComplaint, 2),
        ("hold for", I::PolicyComplaint, 1),
        // Cancelling.
        ("cancel", I::Cancellation, 4),
        ("cancelling", I::Cancellation, 4),
        ("canceling", I::Cancellation, 4),
        ("cancellation", I::Cancellation, 5),
        ("unsubscribe", I::Cancellation, 3),
        ("close my account", I::Cancellation, 5),
        ("delete my account", I::Cancellation, 5),
        ("end my subscription", I::Cancellation, 5),
        ("stop my subscription", I::Cancellation, 5),
        ("end my membership", I::Cancellation, 5),
        ("terminate", I::Cancellation, 3),
        ("auto-renew", I::Cancellation, 3),
        ("auto renew", I::Cancellation, 3),
        ("renewed", I::Cancellation, 2),
        ("subscription", I::Cancellation, 2),
        ("membership", I::Cancellation, 2),
        // Privacy.
        ("privacy", I::Privacy, 6),
        ("my data", I::Privacy, 5),
        ("personal data", I::Privacy, 6),
        ("personal information", I::Privacy, 6),
        ("my information", I::Privacy, 4),
        ("my details", I::Privacy, 2),
        ("gdpr", I::Privacy, 7),
        ("data breach", I::Privacy, 7),
        ("breach", I::Privacy, 5),
        ("leaked", I::Privacy, 5),
        ("sold my", I::Privacy, 5),
        ("spam", I::Privacy, 4),
        ("spamming", I::Privacy, 5),
        ("marketing emails", I::Privacy, 5),
        ("marketing texts", I::Privacy, 5),
        ("never signed up", I::Privacy, 5),
        ("opted out", I::Privacy, 5),
        ("opt out", I::Privacy, 4),
        ("cookies", I::Privacy, 4),
        ("tracking me", I::Privacy, 5),
        ("delete my data", I::Privacy, 7),
        ("remove my data", I::Privacy, 7),
        ("data request", I::Privacy, 6),
        ("subject access", I::Privacy, 7),
        ("consent", I::Privacy, 4),
        ("my number", I::Privacy, 2),
        ("share my", I::Privacy, 3),
        ("shared my", I::Privacy, 5),
        // How-to questions (only counted when the customer is calm).
        ("how do i", I::HowTo, 4),
        ("how can i", I::HowTo, 4),
        ("how to", I::HowTo, 3),
        ("how would i", I::HowTo, 4),
        ("is it possible to", I::HowTo, 4),
        ("is there a way", I::HowTo, 4),
        ("where can i", I::HowTo, 4),
        ("where do i", I::HowTo, 4),
        ("can i change", I::HowTo, 4),
        ("can i add", I::HowTo, 4),
        ("can i use", I::HowTo, 4),
        ("can i pay", I::HowTo, 4),
        ("do you ship", I::HowTo, 5),
        ("do you offer", I::HowTo, 5),
        ("do you have", I::HowTo, 3),
        ("do you sell", I::HowTo, 5),
        ("does it work", I::HowTo, 3),
        ("what's the best way", I::HowTo, 4),
        ("what is the best way", I::HowTo, 4),
        ("quick question", I::HowTo, 4),
        ("wondering if", I::HowTo, 3),
        ("wondering how", I::HowTo, 4),
        ("any way to", I::HowTo, 3),
        ("any tips", I::HowTo, 4),
        ("is there an option", I::HowTo, 4),
        ("what time do", I::HowTo, 4),
        ("opening hours", I::HowTo, 4),
        // Thanks and praise (only counted when nothing else is wrong).
        ("thank you", I::Thanks, 2),
        ("thanks", I::Thanks, 2),
        ("thank u", I::Thanks, 2),
        ("thx", I::Thanks, 2),
        ("appreciate it", I::Thanks, 2),
        ("appreciate you", I::Thanks, 2),
        ("great service", I::Thanks, 4),
        ("amazing service", I::Thanks, 4),
        ("excellent service", I::Thanks, 4),
        ("great job", I::Thanks, 4),
        ("shout out", I::Thanks, 4),
        ("shoutout", I::Thanks, 4),
        ("kudos", I::Thanks, 4),
        ("you guys rock", I::Thanks, 5),
        ("you rock", I::Thanks, 4),
        ("love you guys", I::Thanks, 4),
        ("best customer service", I::Thanks, 5),
        ("so helpful", I::Thanks, 3),
        ("really helpful", I::Thanks, 3),
        ("sorted it", I::Thanks, 3),
        ("that worked", I::Thanks, 3),
        ("all sorted", I::Thanks, 3),
        ("made my day", I::Thanks, 4),
    ]
};

/// The issue type of the customer messages given (folded, oldest first), `upset` telling
/// which of them show the customer upset.
pub(crate) fn classify(messages: &[String], upset: &[bool], sarcastic: bool) -> IssueType {
    let scores = score(messages, upset, sarcastic);
    let mut best = IssueType::Other;
    let mut top = 0.0f32;
    for (i, &s) in scores.iter().enumerate() {
        if s > top {
            top = s;
            best = IssueType::ALL[i];
        }
    }
    best
}

/// Scores per issue type (indexed as [`IssueType::ALL`]).
pub(crate) fn score(messages: &[String], upset: &[bool], sarcastic: bool) -> [f32; 14] {
    let mut rules = [0.0f32; 14];
    let mut model = [0.0f32; 14];
    let mut any_upset = false;
    for (i, text) in messages.iter().enumerate() {
        let angry = upset.get(i).copied().unwrap_or(false);
        any_upset |= angry;
        // The opening message usually states the problem; later ones argue about it.
        let weight = if i == 0 { 1.5 } else { 1.0 };
        for &(phrase, issue, w) in RULES {
            if find_phrase(text, phrase).is_none() {
                continue;
            }
            let counts = match issue {
                IssueType::HowTo => !angry,
                IssueType::Thanks => !angry && !sarcastic,
                _ => true,
            };
            if counts {
                rules[issue as usize] += f32::from(w) * weight;
            }
        }
        let p = model_probabilities(text);
        for (c, &issue) in CLASSES.iter().enumerate() {
            model[issue as usize] += p[c] * weight;
        }
    }
    let total_weight: f32 = messages
        .iter()
        .enumerate()
        .map(|(i, _)| if i == 0 { 1.5 } else { 1.0 })
        .sum::<f32>()
        .max(1.0);
    // Thanks only when nothing else is wrong.
    let other_rules = rules
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != IssueType::Thanks as usize)
        .map(|(_, &s)| s)
        .fold(0.0f32, f32::max);
    if other_rules >= 3.0 || any_upset {
        rules[IssueType::Thanks as usize] = 0.0;
    }
    // An upset customer asking "how do I ..." is complaining, not asking for a manual.
    if any_upset && has_any_message(messages, &["?"]) {
        rules[IssueType::HowTo as usize] *= 0.5;
    }
    let mut out = [0.0f32; 14];
    let rules_max = rules.iter().copied().fold(0.0f32, f32::max);
    for i in 0..14 {
        let m = model[i] / total_weight;
        let m = if rules_max == 0.0 && m < MODEL_ALONE {
            0.0
        } else {
            m
        };
        out[i] = rules[i] + MODEL_WEIGHT * m;
    }
    // The fitted model knows calm requests: when the customer is upset, how-to is unlikely.
    if any_upset {
        out[IssueType::HowTo as usize] *= 0.4;
    }
    // "Other" wins when nothing is clear.
    out[IssueType::Other as usize] = out[IssueType::Other as usize].max(2.0);
    out
}

fn has_any_message(messages: &[String], needles: &[&str]) -> bool {
    messages
        .iter()
        .any(|m| needles.iter().any(|n| m.contains(n)))
}

/// The fitted model's class probabilities for one folded message.
pub(crate) fn model_probabilities(text: &str) -> [f32; CLASSES.len()] {
    let mut z = BIAS;
    for word in model_words(text) {
        let start = WORDS.partition_point(|(w, _, _)| *w < word.as_str());
        for &(w, class, weight) in &WORDS[start..] {
            if w != word {
                break;
            }
            if let Some(slot) = z.get_mut(usize::from(class)) {
                *slot += f32::from(weight) / 16.0;
            }
        }
    }
    let max = z.iter().copied().fold(f32::MIN, f32::max);
    let mut sum = 0.0;
    for v in &mut z {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in &mut z {
        *v /= sum;
    }
    z
}

/// The words the fitted model reads: letters only, apostrophes dropped ("can't" -> "cant"),
/// each word once, plus each pair of neighbouring words joined by `_`.
pub fn model_words(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .map(|w| w.replace('\'', ""))
        .filter(|w| w.len() >= 2)
        .map(|w| crate::case::lowercase(&w))
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len() * 2);
    // Bounded: a pasted log costs what a chat line does.
    for (i, w) in words.iter().take(MAX_WORDS).enumerate() {
        let pair = words
            .get(i + 1)
            .map(|next| [w.as_str(), "_", next.as_str()].concat());
        for item in std::iter::once(w.clone()).chain(pair) {
            if !out.contains(&item) {
                out.push(item);
            }
        }
    }
    out
}

/// How many words of one message the fitted model reads.
const MAX_WORDS: usize = 120;

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, upset: bool) -> IssueType {
        classify(&[super::super::situation::fold(text)], &[upset], false)
    }

    #[test]
    fn rules_are_sorted_by_nothing_but_read_whole() {
        assert!(RULES.iter().all(|(p, _, w)| !p.is_empty() && *w > 0));
    }

    #[test]
    fn tweets() {
        assert_eq!(
            one("@acme my parcel says delivered but nothing is here", true),
            IssueType::DeliveryMissing
        );
        assert_eq!(
            one("you charged me twice for the same order", true),
            IssueType::Billing
        );
        assert_eq!(
            one("the app keeps crashing since the update", true),
            IssueType::ProductBug
        );
        assert_eq!(
            one("how do I change my delivery address?", false),
            IssueType::HowTo
        );
        assert_eq!(
            one("thanks so much, great service!", false),
            IssueType::Thanks
        );
        assert_eq!(one("hello", false), IssueType::Other);
    }
}
