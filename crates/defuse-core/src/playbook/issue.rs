//! The issue type of a conversation: phrase rules written for how customers put things in
//! chat and on social media, plus a small keyword model fitted on the Bitext
//! customer-support utterances (`issue_words.rs`, written by `defuse fit-issues`).

use super::issue_words::{BIAS, CLASSES, WORDS};
use super::situation::{has_any_in, IssueType, SOFTWARE};
use crate::list::{list, List};
use crate::text::Search;
use std::sync::OnceLock;

/// How much the fitted model's probability counts next to the phrase rules' points: the
/// model is fitted on calm chatbot requests, so a clear phrase in a real complaint
/// outranks it, and alone it names an issue only when it is sure.
const MODEL_WEIGHT: f32 = 5.0;

/// Phrase rules, one a line: `phrase|` then the issue as a letter (`a` the first of
/// [`IssueType::ALL`], `b` the second, ...) and the weight as a digit. Phrases are lowercase
/// with `'` apostrophes and match at word boundaries. One compact string rather than a table
/// of `&str`: the bundle budget is tight, and a table spends eight bytes of pointer a rule.
const RULES: &str = concat!(
    // Account access.
    "access my|a3\n",
    "blocked|a3\n",
    "logged me out|a4\n",
    "get into my account|a5\n",
    "get back into my account|a6\n",
    "into my account|a3\n",
    "account doesn't exist|a5\n",
    "account was locked|a5\n",
    "unlock|a4\n",
    "two-step|a4\n",
    "verification codes|a4\n",
    "the code|a2\n",
    "sign-in|a3\n",
    "signed in|a3\n",
    "logging into my account|a6\n",
    "got into my account|a6\n",
    "changed the email|a4\n",
    "my work account|a3\n",
    "email on the account|a3\n",
    "log in to|a2\n",
    "locked out|a4\n",
    "locked me out|a4\n",
    "can't log in|a4\n",
    "cannot log in|a4\n",
    "can't sign in|a4\n",
    "can't access my account|a4\n",
    "log in|a2\n",
    "login|a2\n",
    "sign in|a2\n",
    "password|a3\n",
    "2fa|a3\n",
    "verification code|a3\n",
    "hacked|a4\n",
    "account locked|a4\n",
    "account suspended|a4\n",
    "banned|a2\n",
    "locked|a2\n",
    "credentials|a6\n",
    "login error|a6\n",
    // Not recognised at sign-in (beats "no longer" as a rule change).
    "recognise me|a6\n",
    "remembers that i'm|a6\n",
    // Billing.
    "another payment|b4\n",
    "taken another|b4\n",
    "gone up from|b4\n",
    "a month|b1\n",
    "vat|b4\n",
    "price at checkout|b5\n",
    "payment page|b3\n",
    "transaction|b3\n",
    "my bill|b4\n",
    "electricity bill|b4\n",
    "direct debit|b7\n",
    "charged twice|b5\n",
    "double charged|b5\n",
    "charged me twice|b5\n",
    "charging me twice|b5\n",
    "charging my|b3\n",
    "overcharged|b5\n",
    "charged me|b3\n",
    "charge|b2\n",
    "charges|b2\n",
    "charged|b3\n",
    "bill|b3\n",
    "billing|b3\n",
    "invoice|b3\n",
    "invoices|b3\n",
    "statements|b3\n",
    "payment failed|b4\n",
    "card declined|b4\n",
    "card was declined|b4\n",
    "declined|b2\n",
    "payment|b2\n",
    "statement|b2\n",
    "bills for|b4\n",
    "being billed|b4\n",
    "billed me|b4\n",
    "billed for|b4\n",
    "estimated bill|b5\n",
    "estimated bills|b5\n",
    "promo credit|b7\n",
    "promotional credit|b7\n",
    "credit from|b6\n",
    // Refunds.
    "refund never|c6\n",
    "my refund|c3\n",
    "refund|c4\n",
    "refunded|c4\n",
    "refunds|c3\n",
    "money back|c4\n",
    "reimburse|c3\n",
    "reimbursement|c3\n",
    // Late deliveries.
    "week late|d5\n",
    "days late|d5\n",
    "meant to arrive|d5\n",
    "meant to be delivered|d5\n",
    "meant to come|d5\n",
    "meant to be here|d5\n",
    "was due|d4\n",
    "due today|d5\n",
    "next day|d3\n",
    "still coming|d4\n",
    "hasn't come|d4\n",
    "it hasn't yet|d3\n",
    "weeks for|d3\n",
    "update on order|d5\n",
    "update on my order|d5\n",
    "where my|d3\n",
    "not here|d3\n",
    "hasn't arrived|d6\n",
    "order hasn't|d3\n",
    "late|d2\n",
    "delayed|d3\n",
    "delay|d2\n",
    "still hasn't arrived|d4\n",
    "hasn't shipped|d4\n",
    "where is my order|d4\n",
    "where's my order|d4\n",
    "where is my parcel|d4\n",
    "tracking hasn't|d4\n",
    "tracking says|d2\n",
    "no tracking|d3\n",
    "stuck in transit|d5\n",
    "delivery|d2\n",
    "shipping|d1\n",
    "package|d1\n",
    "parcel|d1\n",
    "shipment|d2\n",
    // Missing deliveries.
    "'delivered'|e6\n",
    "nothing on the doorstep|e6\n",
    // Opened and empty: the contents are what went missing.
    "empty box|e5\n",
    "empty package|e5\n",
    "open and empty|e5\n",
    "opened and empty|e5\n",
    "has been lost|e6\n",
    "you've lost|e5\n",
    "safe place|e5\n",
    "left it|e3\n",
    "neighbours|e3\n",
    "lost by the courier|e6\n",
    "never arrived|e5\n",
    "never came|e5\n",
    "never showed up|e5\n",
    "never received|e5\n",
    "didn't receive|e4\n",
    "did not receive|e4\n",
    "haven't received|e3\n",
    "not received|e3\n",
    "says delivered|e6\n",
    "marked as delivered|e6\n",
    "marked delivered|e6\n",
    "shows as delivered|e6\n",
    "delivered but|e5\n",
    "lost my package|e5\n",
    "lost parcel|e5\n",
    "is missing|e3\n",
    "missing item|e5\n",
    "missing parcel|e5\n",
    "wasn't in the box|e5\n",
    // What real customers write on social media (support tweets).
    "over charged|b5\n",
    "scammed out of|b5\n",
    "gift cards on my account|b6\n",
    "discount code|b5\n",
    "welcome code|b5\n",
    "coupon code|b5\n",
    "uni code|b5\n",
    "student discount|b4\n",
    "already been used|b3\n",
    "rollback pricing|b5\n",
    "payoff|b4\n",
    "tokens|b3\n",
    "this refund|c4\n",
    "hasnt even shipped|d5\n",
    "express delivery|d4\n",
    "day shipping|d3\n",
    "forgot my|e4\n",
    "supposed to be a|f4\n",
    "internal system error|g6\n",
    "system error|g4\n",
    "session expired|g4\n",
    "not opening|g4\n",
    "cant proceed|g4\n",
    "cannot proceed|g4\n",
    "impossible to order|g4\n",
    "was down|g4\n",
    "been out|g4\n",
    "out for hours|g5\n",
    "slow speeds|g4\n",
    "down for maintenance|g6\n",
    "shocking connection|g5\n",
    "bluescreens|h5\n",
    "keeps deleting|h5\n",
    "rusting|h5\n",
    "self-destructs|h5\n",
    "flicker|h5\n",
    "pixel issue|h4\n",
    "can't boot|h5\n",
    "drivers|h3\n",
    "disappointing update|h5\n",
    "stutters|h5\n",
    "weird line|h4\n",
    "corrupted|h4\n",
    "erroneously|h4\n",
    "at every update|h5\n",
    "air conditioning|h3\n",
    "go on fire|h5\n",
    "unreliable|h3\n",
    "only work|h3\n",
    "logged out|h3\n",
    "logs me out|h5\n",
    "every time i open|h4\n",
    "closes itself|h6\n",
    "never made|b5\n",
    "not allowing|i4\n",
    "as a feature|i4\n",
    "not even cover|i5\n",
    "warranty|i3\n",
    "for nothing|i2\n",
    "pay y'all|i4\n",
    "than pay|i3\n",
    "coming to the|i3\n",
    "throttled|i4\n",
    "your small list|i4\n",
    "account closed|a4\n",
    "has my account|a4\n",
    "held hostage|a3\n",
    "customer service|n3\n",
    "customer services|n3\n",
    "customer care|n3\n",
    "service center|n4\n",
    "service centre|n4\n",
    "on hold|n3\n",
    "hear back|n3\n",
    "no response|n2\n",
    "still not replied|n4\n",
    "reply to my messages|n4\n",
    "support requests|n4\n",
    "staff|n3\n",
    "serviceman|n4\n",
    "agent has|n3\n",
    "interview|n5\n",
    "insurance|n3\n",
    "claim experience|n5\n",
    "branch|n3\n",
    "food|n3\n",
    "juice bar|n5\n",
    "lease|n3\n",
    "never buying|n3\n",
    "never purchase|n3\n",
    "will not be going back|n4\n",
    "worst customer service|n4\n",
    "port in|n4\n",
    "accessible room|n5\n",
    "who do i complain|n5\n",
    "what's new|l4\n",
    "can i hide|l4\n",
    "put me through|l4\n",
    "can you tell me|l4\n",
    "roaming charges|l3\n",
    "what do we do|l4\n",
    "what do i do|l4\n",
    "change my tax code|l5\n",
    "in love with|m4\n",
    "best investments|m5\n",
    "5 stars|m4\n",
    "cheers|m2\n",
    // Damaged or wrong items.
    "in pieces|f6\n",
    "cracked|f7\n",
    "broken leg|f5\n",
    "snapped|f4\n",
    "arrived with|f4\n",
    "out of the box|f4\n",
    "straight out of the box|f5\n",
    "squashed|f6\n",
    "soaked|f5\n",
    "in the rain|f4\n",
    "gouge|f5\n",
    "scratched|f5\n",
    "scratch|f4\n",
    "dent|f5\n",
    "wobbly|f4\n",
    "the broken one|f5\n",
    "photo attached|f3\n",
    "photos|f2\n",
    "crack|f4\n",
    "formerly known as|f3\n",
    "damaged|f5\n",
    "arrived broken|f6\n",
    "broken when|f5\n",
    "arrived smashed|f6\n",
    "smashed|f4\n",
    "crushed|f4\n",
    "ripped|f3\n",
    "wrong item|f5\n",
    "wrong size|f4\n",
    "sent me the wrong|f5\n",
    "defective|f3\n",
    "faulty|f3\n",
    "dead units|f4\n",
    "dead on arrival|f5\n",
    // Outages and errors.
    "keeps dropping|g5\n",
    "dropping|g3\n",
    "internet|g3\n",
    "router|g3\n",
    "connect to server|g6\n",
    "returning 502s|g6\n",
    "502s|g6\n",
    "eta|g3\n",
    "still down|g6\n",
    "status page|g6\n",
    "none of our team|g4\n",
    "dashboard|g3\n",
    "blank page|g5\n",
    "spinning wheel|g5\n",
    "returns page|g4\n",
    "the page|g2\n",
    "the site|g2\n",
    "go down|g4\n",
    "things go down|g5\n",
    "declined by processor|g4\n",
    "web app|g3\n",
    "outage|g6\n",
    "is down|g5\n",
    "are down|g5\n",
    "site down|g5\n",
    "app down|g5\n",
    "apps down|g5\n",
    "servers down|g5\n",
    "website down|g5\n",
    "server down|g5\n",
    "been down|g5\n",
    "down again|g5\n",
    "down for|g3\n",
    "service down|g5\n",
    "not loading|g4\n",
    "won't load|g4\n",
    "can't connect|g4\n",
    "connection|g2\n",
    "no internet|g5\n",
    "internet is|g3\n",
    "internet has|g3\n",
    "no service|g5\n",
    "no signal|g5\n",
    "the network|g4\n",
    "fixes the network|g6\n",
    "wifi|g3\n",
    "wi-fi|g3\n",
    "broadband|g3\n",
    "offline|g3\n",
    "error 500|g5\n",
    "streaming|g2\n",
    "error|g2\n",
    "power outage|g6\n",
    "power line|g6\n",
    "power lines|g6\n",
    "no power|g6\n",
    "power cut|g6\n",
    "have power|g5\n",
    "gas leak|g6\n",
    "power went out|g6\n",
    "line is dead|g6\n",
    "line's dead|g6\n",
    "dead line|g5\n",
    "no dial tone|g6\n",
    "landline|g3\n",
    "phone line|g3\n",
    // Product bugs.
    "slower than|h5\n",
    "spinning wheel|h5\n",
    "running really slowly|h6\n",
    "slow since|h5\n",
    "notifications don't|h6\n",
    "notifications|h3\n",
    "deleted all my|h6\n",
    "wiped my|h6\n",
    "deleted my|h4\n",
    "won't print|h6\n",
    "printer|h3\n",
    "leak|h5\n",
    "dripping|h5\n",
    "only work in one ear|h6\n",
    "one ear|h5\n",
    "disconnecting|h6\n",
    "keeps disconnecting|h6\n",
    "stopped working|h9\n",
    "shows an error|h4\n",
    "test anything|h4\n",
    "this app|h3\n",
    "the app|h2\n",
    "work properly|h4\n",
    "isn't working|h6\n",
    "update deleted|h6\n",
    "since the|h1\n",
    "broken file|h6\n",
    "corrupt|h4\n",
    "won't open|h4\n",
    "blank document|h6\n",
    "blank file|h6\n",
    "empty file|h6\n",
    "crash|h4\n",
    "crashes|h5\n",
    "crashing|h5\n",
    "crashed|h4\n",
    "bug|h5\n",
    "glitch|h5\n",
    "freezes|h5\n",
    "freezing|h5\n",
    "frozen|h3\n",
    "after the update|h5\n",
    "new update|h3\n",
    "doesn't work|h3\n",
    "does not work|h3\n",
    "not working|h3\n",
    "won't turn on|h5\n",
    "don't turn on|h5\n",
    "won't charge|h5\n",
    // A device's own fault, never the network's.
    "bluetooth connection|h8\n",
    "won't pair|h7\n",
    "won't wake|h7\n",
    "syncing|h5\n",
    "battery|h3\n",
    "overheating|h5\n",
    "so slow|h3\n",
    "really slow|h3\n",
    "app|h1\n",
    "broken|h2\n",
    // Policies, prices and features.
    "daylight robbery|i5\n",
    "to bring a|i3\n",
    "start charging|i6\n",
    "used to be free|i6\n",
    "can't get anything back|i5\n",
    "it'd be great if|i5\n",
    "let us|i3\n",
    "cancellation fee|i6\n",
    "48-hour|i4\n",
    "deposit|i4\n",
    "your terms|i6\n",
    "pay for delivery on returns|i7\n",
    "price rise|i7\n",
    "pay more|i4\n",
    "don't charge me the fee|i6\n",
    "the fee|i4\n",
    "give my|i2\n",
    "someone else use|i4\n",
    "points now expire|i7\n",
    "expire|i4\n",
    "booking limit|i7\n",
    "limit of|i4\n",
    "send feedback|i4\n",
    "why can't we|i5\n",
    "bring our own|i5\n",
    "return these|i3\n",
    "sale items|i5\n",
    "policy|i4\n",
    "price increase|i5\n",
    "raised the price|i5\n",
    "too expensive|i4\n",
    "fee|i2\n",
    "fees|i2\n",
    "no longer|i2\n",
    "removed the|i4\n",
    "bring back|i5\n",
    "not allowed|i4\n",
    "won't let me|i3\n",
    // Kept out of a phone line or an account: a way in, not a rule to complain about.
    "let me in|a7\n",
    "why can't i|i3\n",
    "why do you|i3\n",
    "why does your|i2\n",
    "ads|i3\n",
    "paywall|i5\n",
    "out of stock|i2\n",
    "non-refundable|i5\n",
    "no refunds|i5\n",
    "new layout|i5\n",
    "old layout|i6\n",
    "new design|i5\n",
    "redesign|i5\n",
    "redesigned|i5\n",
    "different place|i6\n",
    "moved everything|i6\n",
    "everything has moved|i6\n",
    "old version back|i6\n",
    "find anything now|i4\n",
    "where it used to be|i6\n",
    "where they used to be|i6\n",
    "hold for|i1\n",
    // Cancelling.
    "cancelled my plan|j5\n",
    "seller cancelled|j8\n",
    "order was cancelled|j6\n",
    "order got cancelled|j6\n",
    "order got canceled|j6\n",
    "pause it|j4\n",
    "cancelled in writing|j6\n",
    "after i cancelled|j3\n",
    "cancel|j4\n",
    "cancelling|j4\n",
    "canceling|j4\n",
    "cancellation|j5\n",
    "unsubscribe|j3\n",
    "close my account|j5\n",
    "delete my account|j5\n",
    "end my subscription|j5\n",
    "renewed|j2\n",
    "subscription|j2\n",
    "membership|j2\n",
    // Privacy.
    "the data you hold|k7\n",
    "data you hold|k7\n",
    "all the data|k6\n",
    "and data|k5\n",
    "location tracking|k7\n",
    "someone else's name|k7\n",
    "someone else's|k4\n",
    "home address|k5\n",
    "take it down|k4\n",
    "keep emailing|k6\n",
    "unsubscribed|k6\n",
    "data-harvesting|k7\n",
    "harvesting|k6\n",
    "addressed to another customer|k8\n",
    "another customer|k5\n",
    "train ai|k7\n",
    "getting texts|k6\n",
    "gave you my number|k7\n",
    "my account deleted|k5\n",
    "delete my account and|k6\n",
    "creepy|k4\n",
    "privacy|k6\n",
    "my data|k5\n",
    "personal data|k6\n",
    "personal information|k6\n",
    "gdpr|k7\n",
    "data breach|k7\n",
    // Spam that reaches them, cookies a site asks for: "spam" or "cookies" alone is an
    // installer's offers or a biscuit.
    "the spam|k4\n",
    "spam calls|k4\n",
    "spam emails|k4\n",
    "accept cookies|k4\n",
    "delete my data|k7\n",
    "subject access|k7\n",
    "my number|k2\n",
    "shared my|k5\n",
    "leaked my|k7\n",
    "sold my|k6\n",
    // Stock, stores, jobs and other questions about the company (beat how-to).
    "open on|n4\n",
    "stores open|n6\n",
    "opening hours|n6\n",
    "in a size|n5\n",
    "in stock|n4\n",
    "anywhere|n1\n",
    "do you ship|n5\n",
    "ship to|n4\n",
    "temporary staff|n6\n",
    "step-free|n6\n",
    "wheelchair|n5\n",
    "your store|n3\n",
    "store|n2\n",
    "gift card|n5\n",
    "isn't northern|n3\n",
    "wrong company|n6\n",
    "this isn't|n3\n",
    "delivery vans|n5\n",
    "doing at least|n4\n",
    "speed|n2\n",
    "coming to the big shops|n6\n",
    "big shops|n5\n",
    "claimed your box|n6\n",
    "my cat|n4\n",
    "complaint about|n3\n",
    "rude|n4\n",
    "your colleague|n2\n",
    // How-to questions (only counted when the customer is calm).
    "how do i|l4\n",
    "how can i|l4\n",
    "how to|l3\n",
    "is it possible to|l4\n",
    "is there a way|l4\n",
    "where can i|l4\n",
    "where do i|l4\n",
    "can i change|l4\n",
    "can i add|l4\n",
    "can i use|l4\n",
    "do you ship|l5\n",
    "do you offer|l5\n",
    "do you have|l3\n",
    "do you sell|l5\n",
    "what's the best way|l4\n",
    "quick question|l4\n",
    "wondering if|l3\n",
    "any way to|l3\n",
    "where is the setting|l5\n",
    "the setting|l3\n",
    "turn off|l4\n",
    "switch off|l3\n",
    "export|l4\n",
    "share a|l3\n",
    "add a second user|l5\n",
    "set up|l3\n",
    "walk me through|l4\n",
    "can i export|l5\n",
    "will the new|l4\n",
    "same pin|l4\n",
    "how much is left|l2\n",
    "how long does|l4\n",
    "bank transfer|l3\n",
    // Thanks and praise (only counted when nothing else is wrong).
    "thank you|m2\n",
    "thanks|m2\n",
    "thx|m2\n",
    "appreciate it|m2\n",
    "great service|m4\n",
    "shout out|m4\n",
    "best customer service|m5\n",
    "sorted it|m3\n",
    "that worked|m3\n",
    "all sorted|m3\n",
    "brilliant|m3\n",
    "impressed|m4\n",
    "10/10|m5\n",
    "gorgeous|m4\n",
    "loved it|m4\n",
    "extra good|m5\n",
    "helped me|m3\n",
    "thank him|m5\n",
    "you didn't have to|m4\n",
    "came early|m4\n",
    "perfect|m2\n",
    "have a good weekend|m2\n",
    "you too|m2\n",
    "a quick note to say|m3\n",
    "wanted to say|m3\n",
    "upgrade on my birthday|m5\n",
);

/// The issue type of the customer messages given (folded, oldest first), `upset` telling
/// which of them show the customer upset, and whether it is sure: a clear score with a
/// phrase behind it, rather than a weak guess or the fitted model alone. A weak guess is fine for choosing what to
/// ask; only a sure type is named back to the customer.
pub(crate) fn classify(messages: &[String], upset: &[bool], sarcastic: bool) -> (IssueType, bool) {
    let (issue, sure) = score(messages, upset, sarcastic);
    let any = |phrases: List| has_any_in(messages, phrases);
    match issue {
        // Locked out of a car by its key or fob is the car's fault to fix on the spot, not a
        // sign-in problem.
        IssueType::AccountAccess
            if any(CAR_WORDS) && !any(list!["account", "password", "app", "log in", "login"]) =>
        {
            (IssueType::ProductBug, false)
        }
        // A battery's charge ("doesn't hold charge", "I charged it every day") is the thing's
        // own fault, not a bill or a cancellation fee: a charge is money only when money is.
        IssueType::Billing | IssueType::Cancellation
            if any(BATTERY_CHARGE)
                && !any(list![
                    "charge me",
                    "charged me",
                    "card",
                    "bill",
                    "fee",
                    "paid",
                    "refund",
                    "account"
                ])
                && !messages.iter().any(|m| m.contains('$')) =>
        {
            (IssueType::ProductBug, false)
        }
        // A call cut off while paying is the call's problem, not a charge to check or a
        // how-to; so is the bill paid at a table ("paid the bill but did not tip").
        IssueType::Billing | IssueType::HowTo
            if (super::situation::cut_off(messages)
                || issue == IssueType::Billing && any(list!["tip", "server", "waiter"]))
                && !any(list!["charged", "charge", "overcharged", "refund"]) =>
        {
            (IssueType::Other, false)
        }
        // A control that does nothing (a Next button, a checkout form) is the site's fault,
        // or the app's, not a bill, unless money is named.
        // So is one on a web page read as a product's bug or a late order ("the checkout
        // button isn't working"): a button on a kettle is still the kettle's.
        IssueType::Billing
        | IssueType::HowTo
        | IssueType::Other
        | IssueType::ProductBug
        | IssueType::DeliveryLate
            if control_fails(messages)
                && !any(list!["charged", "refund", "paid", "amount"])
                && (!matches!(issue, IssueType::ProductBug | IssueType::DeliveryLate)
                    || any(list![
                        "checkout", "form", "link", "website", "site", "page", "online", "click",
                        "basket"
                    ])) =>
        {
            let app = any(SOFTWARE) && !any(list!["website", "site", "page", "browser"]);
            let issue = if app {
                IssueType::ProductBug
            } else {
                IssueType::OutageError
            };
            (issue, false)
        }
        // Images or files shared from an account that arrive locked: the sharing's fault,
        // not a sign-in ("recipients receive locked images").
        IssueType::AccountAccess
            if any(list![
                "shared", "sharing", "images", "photos", "pictures", "files", "folders"
            ]) && !any(list!["account", "password", "log in", "login", "sign in"]) =>
        {
            let asked = any(list!["how do i", "how can i", "how to"]);
            (
                if asked {
                    IssueType::HowTo
                } else {
                    IssueType::ProductBug
                },
                false,
            )
        }
        // Their own insurance, phone or energy policy or plan to update ("the address on
        // my auto policy"): a change they can make, not a complaint about a rule.
        IssueType::PolicyComplaint if any(OWN_POLICY) && any(list!["update", "change", "add"]) => {
            (IssueType::HowTo, false)
        }
        // A thing told dead or broken ("arrived this morning and won't even turn on", "never
        // worked") is its own fault, not a how-to ("turn on") or nothing.
        IssueType::HowTo | IssueType::Other
            if messages.iter().any(|m| super::evidence::dead(m))
                && !any(list!["how do", "how can", "how to", "room", "hotel"]) =>
        {
            (IssueType::ProductBug, false)
        }
        // A service named with nothing said to be wrong with it ("the move has been a
        // nightmare with your broadband"): what is wrong is still to be asked.
        IssueType::OutageError if !any(SERVICE_PROBLEMS) => (IssueType::Other, false),
        // A household machine that shows an error or stops is its own fault, never an
        // outage to check the service status of ("my washing machine keeps showing F21").
        IssueType::OutageError if any(APPLIANCES) => (IssueType::ProductBug, false),
        // A tax refund or its sum ("an error in the refund calculation on my state taxes")
        // is the tax office's or the program's: no refund of ours under way, no order.
        IssueType::RefundStatus if any(list!["taxes", "tax refund", "calculation"]) => {
            (IssueType::Other, false)
        }
        // A booking that does not show ("isn't showing in my bookings") is looked up by its
        // reference; only a crash or an error makes it the app's bug.
        IssueType::ProductBug
            if any(list!["booking", "bookings", "booked", "reservation"])
                && !any(list![
                    "crash", "crashes", "crashed", "crashing", "error", "frozen", "freezes"
                ]) =>
        {
            (IssueType::Other, false)
        }
        _ => (issue, sure),
    }
}

/// A charge that is a battery's, not money's.
const BATTERY_CHARGE: List = list![
    "hold charge",
    "hold a charge",
    "holds the charge",
    "to charge",
    "charged it",
    "will charge",
    "didn't charge",
    "doesn't charge",
    "does not charge",
    "fully charged",
    "first charge",
    "battery",
    "charger",
];

/// Household machines: a fault of the thing itself, whatever game or app word comes with it.
pub(crate) const APPLIANCES: List = list![
    "washing machine",
    "washer",
    "dryer",
    "tumble dryer",
    "dishwasher",
    "fridge",
    "freezer",
    "oven",
    "cooker",
    "hob",
    "microwave",
    "kettle",
    "blender",
    "bread machine",
    "vacuum",
    "hoover",
];

/// The customer's own policy or plan (an insurance, phone or energy contract), not a rule.
pub(crate) const OWN_POLICY: List = list![
    "my policy",
    "auto policy",
    "car policy",
    "home policy",
    "insurance policy",
    "life policy",
    "policy number",
    "phone plan",
    "mobile plan",
    "broadband plan",
    "energy plan",
];

/// Whether the customer's messages (folded) say a button, form or link does nothing, with
/// no outage named: the site's fault on their screen, not a bill.
#[inline(never)]
pub(crate) fn control_fails(messages: &[String]) -> bool {
    has_any_in(messages, list!["button", "form", "link", "checkout"])
        && has_any_in(messages, CONTROL_FAILS)
        && !has_any_in(messages, list!["down", "outage"])
}

/// A control on a page that fails.
const CONTROL_FAILS: List = list![
    "does nothing",
    "doesn't do anything",
    "doesn't work",
    "does not work",
    "not working",
    "isn't working",
    "won't work",
    "won't load",
    "doesn't load",
    "stuck on",
    "getting stuck",
];

/// A car and its keys, or a key and its lock: locked out of them is no sign-in.
const CAR_WORDS: List = list![
    "car",
    "van",
    "vehicle",
    "keyless",
    "fob",
    "my keys",
    "the key",
    "my key",
    "new key",
    "replacement key",
    "spare key",
    "the lock",
];

/// What can be wrong with a service: down, none of it, slow, dropping, an error.
const SERVICE_PROBLEMS: List = list![
    "down",
    "no",
    "not",
    "isn't",
    "wasn't",
    "hasn't",
    "won't",
    "can't",
    "cannot",
    "doesn't",
    "didn't",
    "keeps",
    "dropping",
    "drops",
    "dropped",
    "slow",
    "cut",
    "cuts",
    "outage",
    "offline",
    "dead",
    "lost",
    "error",
    "errors",
    "fails",
    "failed",
    "failing",
    "loading",
    "disconnect",
    "disconnects",
    "disconnecting",
    "without",
    "broken",
    "stopped",
    "502s",
    "spinning",
    "eta",
    "status page",
    "out for",
    "been out",
    "gone",
    "working",
    "connect",
    "none",
    "nobody",
    "unable",
    "unusable",
    "barely",
    "problem",
    "problems",
    "issue",
    "issues",
    "log in",
    "sign in",
];

/// The issue type by the phrase rules and the fitted model (see [`classify`]).
fn score(messages: &[String], upset: &[bool], sarcastic: bool) -> (IssueType, bool) {
    let mut rules = [0.0f32; 14];
    let mut model = [0.0f32; 14];
    let mut any_upset = false;
    let mut total_weight = 0.0f32;
    for (i, text) in messages.iter().enumerate() {
        any_upset |= upset.get(i).copied().unwrap_or(false);
        // The opening message usually states the problem; later ones argue about it.
        let weight = if i == 0 { 1.5 } else { 1.0 };
        total_weight += weight;
        for_each_rule(text, |issue, w| {
            rules[issue as usize] += f32::from(w) * weight
        });
        let p = model_probabilities(text);
        for (c, &issue) in CLASSES.iter().enumerate() {
            model[issue as usize] += p[c] * weight;
        }
    }
    let total_weight = total_weight.max(1.0);
    // A flight, train or bus that is late is not a parcel: no delivery type without a
    // parcel word.
    let no_parcel = !has_any_in(messages, PARCEL_WORDS);
    let travel = super::situation::travel(messages);
    // A problem to solve comes first: the strongest topic, by the phrase rules and the
    // fitted model together, when it is clear enough. The model is fitted on calm chatbot
    // requests: it reads a calm request fully, but an upset complaint's words only next to
    // a phrase, or alone when sure.
    let mut best = IssueType::Other;
    let mut top = 0.0f32;
    for issue in IssueType::ALL {
        if matches!(
            issue,
            IssueType::HowTo | IssueType::Thanks | IssueType::Other
        ) {
            continue;
        }
        if travel && matches!(issue, IssueType::DeliveryLate | IssueType::DeliveryMissing) {
            continue;
        }
        let i = issue as usize;
        let by_model = MODEL_WEIGHT * model[i] / total_weight;
        let score = if rules[i] > 0.0 || !any_upset {
            rules[i] + by_model
        } else if by_model >= MODEL_SURE {
            by_model
        } else {
            0.0
        };
        if score > top {
            top = score;
            best = issue;
        }
    }
    let other = rules[IssueType::Other as usize];
    if top >= TOPIC_CLEAR {
        // Sure only with a phrase behind it: the model alone is often sure of the wrong
        // thing on a real complaint ("spending money on advertising" read as a refund).
        // ... and clearly ahead of the next problem type's phrases: two topics in one
        // message are not a sure one.
        let phrases = rules[best as usize];
        let next = IssueType::ALL
            .into_iter()
            .filter(|&i| i != best && !matches!(i, IssueType::HowTo | IssueType::Thanks))
            .map(|i| rules[i as usize])
            .fold(0.0f32, f32::max);
        // A delivery is sure only of something sent: "never received the medal" in a game
        // is not a parcel.
        let sent =
            !matches!(best, IssueType::DeliveryLate | IssueType::DeliveryMissing) || !no_parcel;
        return (
            best,
            sent && phrases >= SURE_PHRASES && phrases >= SURE_MARGIN * next,
        );
    }
    // Then a question about using the product (asked as one: the model alone reads "customer
    // service" as a how-to), then thanks with nothing wrong, then other.
    let asks_how = || {
        rules[IssueType::HowTo as usize] > 0.0
            || messages
                .iter()
                .any(|m| super::situation::is_general_question(m))
    };
    let how_to = rules[IssueType::HowTo as usize]
        + MODEL_WEIGHT * model[IssueType::HowTo as usize] / total_weight;
    // Praise before a failure ("impressed for the first three hours, and then it died")
    // is a complaint about the failure.
    let failed = has_any_in(messages, super::wants::FAILED_SINCE);
    let thanks = rules[IssueType::Thanks as usize] > 0.0 && !any_upset && !sarcastic && !failed;
    let asks = rules[IssueType::HowTo as usize] > 0.0 || messages.iter().any(|m| m.contains('?'));
    if thanks && !asks && other == 0.0 {
        return (IssueType::Thanks, true);
    }
    if how_to >= TOPIC_CLEAR && how_to > other && (!any_upset || asks_how()) {
        // Sure only when no problem type's phrase shows: "how can I get back into my
        // account" is a locked account asked as a question, "how do I fix it" a problem.
        let problem = IssueType::ALL
            .into_iter()
            .filter(|i| !matches!(i, IssueType::HowTo | IssueType::Thanks | IssueType::Other))
            .any(|i| rules[i as usize] > 0.0)
            || has_any_in(messages, list!["solve", "fix", "get rid of", "still"]);
        return (
            IssueType::HowTo,
            rules[IssueType::HowTo as usize] > 0.0 && !problem,
        );
    }
    if thanks && other == 0.0 {
        return (IssueType::Thanks, true);
    }
    if top >= TOPIC_WEAK && top > other {
        return (best, false);
    }
    (IssueType::Other, false)
}

/// Words of something sent: a parcel, an order, a delivery.
pub(super) const PARCEL_WORDS: List = list![
    "parcel",
    "package",
    "order",
    "delivery",
    "delivered",
    "shipping",
    "shipped",
    "courier",
    "tracking",
];

/// Calls `hit` once for each rule whose phrase occurs in `text` (folded), at word
/// boundaries. The rules are indexed by their first word, so a message costs one lookup per
/// word rather than one search per rule.
fn for_each_rule(text: &str, mut hit: impl FnMut(IssueType, u8)) {
    let index = rule_index();
    let mut seen = vec![false; index.len()];
    scan(text, index, &mut |k| {
        if !seen[k] {
            seen[k] = true;
            let (issue, weight) = rule_of(index[k].tag);
            hit(issue, weight);
        }
    });
}

/// One phrase of a phrase table (the issue rules, the facets), indexed by its first word.
pub(super) struct Phrase {
    /// The phrase's [`first_word`].
    pub first: &'static str,
    /// The phrase, folded.
    pub text: &'static str,
    /// What the table says the phrase means (an issue rule's type and weight, a facet).
    pub tag: u16,
    /// The first word's hash (`lexicon::fnv`): the table is sorted by it.
    key: u64,
}

impl Phrase {
    /// An entry for `text` meaning `tag`.
    pub(super) fn new(text: &'static str, tag: u16) -> Phrase {
        let first = first_word(text);
        Phrase {
            first,
            text,
            tag,
            key: crate::lexicon::fnv(first),
        }
    }
}

/// A phrase table sorted by its first words' hashes, as [`scan`] reads it: one integer
/// search per word of a message, and the crate's one sort (`order`) rather than another
/// copy of the standard library's.
pub(super) fn index(mut phrases: Vec<Phrase>) -> Vec<Phrase> {
    crate::order::sort_by_key(&mut phrases, |p| p.key);
    phrases
}

/// Calls `hit(k)` for each entry `k` of `index` whose phrase occurs in `text` (folded), at
/// word boundaries, once per occurrence. `index` comes from [`index`].
/// One lookup per word of the text, rather than one search per phrase.
pub(super) fn scan(text: &str, index: &[Phrase], hit: &mut dyn FnMut(usize)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if !is_word_byte(bytes[start]) {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < bytes.len() && is_word_byte(bytes[end]) {
            end += 1;
        }
        // Word bytes are ASCII or whole UTF-8 sequences (see `is_word_byte`), so these are
        // char boundaries.
        let word = text.get(start..end).unwrap_or("");
        let rest = text.get(start..).unwrap_or("");
        let key = crate::lexicon::fnv(word);
        let from = index.partition_point(|p| p.key < key);
        for (k, entry) in index.iter().enumerate().skip(from) {
            let (first, phrase) = (entry.first, entry.text);
            if entry.key != key {
                break;
            }
            // Two words may share a hash.
            if first != word {
                continue;
            }
            let after = rest.get(phrase.len()..).and_then(|r| r.chars().next());
            let boundary = after.is_none_or(|c| !crate::text::is_word_char(c))
                && !rest
                    .get(phrase.len()..)
                    .is_some_and(crate::text::continues_code);
            if rest.starts_with(phrase) && boundary {
                hit(k);
            }
        }
        start = end;
    }
}

/// A rule's tag: its issue type and weight.
fn rule_tag(issue: IssueType, weight: u8) -> u16 {
    (issue as u16) << 8 | u16::from(weight)
}

/// The issue type and weight a rule's tag carries (see [`rule_tag`]).
fn rule_of(tag: u16) -> (IssueType, u8) {
    let issue = IssueType::ALL
        .get(usize::from(tag >> 8))
        .copied()
        .unwrap_or(IssueType::Other);
    (issue, (tag & 0xff) as u8)
}

/// The phrase rules, read once from [`RULES`] and sorted by first word.
fn rule_index() -> &'static [Phrase] {
    static INDEX: OnceLock<Vec<Phrase>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let rule = |line| {
            let (phrase, code) = crate::text::split_once_byte(line, b'|')?;
            let mut code = code.bytes();
            let issue = *IssueType::ALL.get(usize::from(code.next()?.checked_sub(b'a')?))?;
            let weight = code.next()?.checked_sub(b'0')?;
            Some(Phrase::new(phrase, rule_tag(issue, weight)))
        };
        // One rule per line, ending in a line break, as a `List` holds its items: read by
        // `list::Items`, not `str::lines` (why: see there). A plain loop, like the other
        // tables read once: no iterator adapter of its own in the wasm.
        let mut rules = Vec::new();
        for line in List(RULES) {
            if let Some(rule) = rule(line) {
                rules.push(rule);
            }
        }
        index(rules)
    })
}

/// The fitted words and their weights, read once from [`WORDS`] (sorted by word there).
fn model_weights() -> &'static [(&'static str, [i8; 7])] {
    static TABLE: OnceLock<Vec<(&'static str, [i8; 7])>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let entry = |line| {
            let mut parts = crate::text::split_byte(line, b' ');
            let word = parts.next()?;
            let mut codes = [0i8; 7];
            for code in &mut codes {
                *code = parts.next()?.parse().ok()?;
            }
            Some((word, codes))
        };
        let mut table = Vec::new();
        for line in List(WORDS) {
            if let Some(entry) = entry(line) {
                table.push(entry);
            }
        }
        table
    })
}

/// Bytes that make up a word for the rule index: letters, digits, apostrophes, and any
/// non-ASCII byte (so a multi-byte letter is never split).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b >= 0x80
}

/// A phrase's first word, as `for_each_rule` splits text.
pub(super) fn first_word(phrase: &str) -> &str {
    let end = phrase
        .bytes()
        .position(|b| !is_word_byte(b))
        .unwrap_or(phrase.len());
    &phrase[..end]
}

/// A topic this sure names the issue, whatever else the message says.
const TOPIC_CLEAR: f32 = 4.5;
/// The phrase points a sure issue type needs: one strong phrase in the opening message, or
/// two.
const SURE_PHRASES: f32 = 7.5;
/// How many times the next problem type's phrase points a sure type needs.
const SURE_MARGIN: f32 = 2.0;
/// A topic this sure still beats "other" when nothing else fits.
const TOPIC_WEAK: f32 = 2.5;
/// The fitted model alone names a problem type only this sure (a probability of 0.9).
const MODEL_SURE: f32 = 4.5;

/// The issue type of one message read on its own, as if the customer were calm (for
/// `defuse fit-issues --check` and tests).
pub fn classify_issue(text: &str) -> IssueType {
    classify(&[super::situation::fold(text)], &[false], false).0
}

/// The fitted model's class probabilities for one folded message.
pub(crate) fn model_probabilities(text: &str) -> [f32; CLASSES.len()] {
    let mut z = BIAS;
    let words = model_weights();
    for word in model_words(text) {
        if let Ok(i) = words.binary_search_by(|(w, _)| (*w).cmp(word.as_str())) {
            for (slot, &code) in z.iter_mut().zip(&words[i].1) {
                *slot += f32::from(code) / 16.0;
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
        .split(|c: char| !(crate::text::is_letter(c) || c == '\''))
        .map(|w| w.replace_str("'", ""))
        .filter(|w| w.len() >= 2)
        .map(|w| crate::case::lowercase(&w))
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len() * 2);
    // Bounded: a pasted log costs what a chat line does.
    for (i, w) in words.iter().take(MAX_WORDS).enumerate() {
        let pair = words
            .get(i + 1)
            .map(|next| crate::text::concat(&[w.as_str(), "_", next.as_str()]));
        for item in [Some(w.clone()), pair] {
            if let Some(item) = item.filter(|item| !out.contains(item)) {
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
        classify(&[super::super::situation::fold(text)], &[upset], false).0
    }

    #[test]
    fn every_rule_and_word_line_reads() {
        assert_eq!(rule_index().len(), RULES.lines().count());
        assert!(rule_index()
            .iter()
            .all(|r| !r.text.is_empty() && rule_of(r.tag).1 > 0));
        assert_eq!(model_weights().len(), WORDS.lines().count());
        assert!(model_weights().windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// Services down, however the question or the emphasis puts it.
    #[test]
    fn apps_or_servers_down_are_an_outage() {
        for text in [
            "@StreamCo why are the apps down?!",
            "are the servers down again",
            "Apparently the app *is* down.",
        ] {
            assert_eq!(one(text, true), IssueType::OutageError, "{text}");
        }
    }

    #[test]
    fn a_battery_charge_is_no_bill_but_money_charged_is() {
        for text in [
            "Doesn't hold charge.",
            "It didn't charge for me.",
            "The phone takes FOREVER to charge like 2 to 5 hours literally.",
            "i didn't abuse it, i charged it every day, but the headphone jack fizzled out.",
        ] {
            assert_eq!(one(text, false), IssueType::ProductBug, "{text}");
        }
        assert_eq!(
            one("you charged me twice for the same order", false),
            IssueType::Billing
        );
        // Money named with it: no battery's.
        assert_ne!(
            one("they said they would charge me $20 to charge it", false),
            IssueType::ProductBug
        );
    }

    #[test]
    fn a_rule_tag_gives_back_its_issue_and_weight() {
        for issue in IssueType::ALL {
            for weight in [1, 5, 9] {
                assert_eq!(rule_of(rule_tag(issue, weight)), (issue, weight));
            }
        }
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

    /// A household machine's error is its own fault, never an outage.
    #[test]
    fn an_appliances_error_is_no_outage() {
        let text = "my washing machine keeps showing error f21, here's a fun game";
        assert_eq!(one(text, true), IssueType::ProductBug);
        assert_eq!(
            one("the website keeps showing error 503, is it down", true),
            IssueType::OutageError
        );
    }

    /// A tax refund's sum is no refund of ours under way; a refund awaited still is.
    #[test]
    fn a_tax_refund_is_no_refund_under_way() {
        assert_eq!(
            one("still waiting on my refund for the boots i sent back", true),
            IssueType::RefundStatus
        );
        assert_eq!(
            one(
                "major error in refund calculation in state taxes, 90% out",
                true
            ),
            IssueType::Other
        );
    }

    #[test]
    fn the_kind_of_fault_is_read_by_what_fails() {
        // A device's own fault, not the network's or a bill's.
        assert_eq!(
            one(
                "my earbuds keep dropping the bluetooth connection to my phone",
                false
            ),
            IssueType::ProductBug
        );
        assert_eq!(
            one("my watch isn't syncing since friday", false),
            IssueType::ProductBug
        );
        // A button on the site that does nothing: the site's, unless money is named.
        assert_eq!(
            one("the next button on the payment page does nothing", false),
            IssueType::OutageError
        );
        assert_eq!(
            one("the checkout button isn't working", false),
            IssueType::OutageError
        );
        assert_eq!(
            one("the power button on my kettle doesn't work", false),
            IssueType::ProductBug
        );
        assert_eq!(
            one("charged twice and the refund button does nothing", true),
            IssueType::Billing
        );
        // Not recognised at sign-in: a way back in, not a rule.
        assert_eq!(
            one("your site no longer remembers that i'm a subscriber", false),
            IssueType::AccountAccess
        );
    }
}
