//! The issue type of a conversation: phrase rules written for how customers put things in
//! chat and on social media, plus a small keyword model fitted on the Bitext
//! customer-support utterances (`issue_words.rs`, written by `defuse fit-issues`).

use super::issue_words::{BIAS, CLASSES, WORDS};
use super::situation::IssueType;
use std::sync::OnceLock;

/// How much the fitted model's probability counts next to the phrase rules' points: the
/// model is fitted on calm chatbot requests, so a clear phrase in a real complaint
/// outranks it, and alone it names an issue only when it is sure.
const MODEL_WEIGHT: f32 = 5.0;

/// Phrase rules: (phrase, issue, weight). Phrases are lowercase with `'` apostrophes and match
/// at word boundaries.
const RULES: &[(&str, IssueType, u8)] = {
    use IssueType as I;
    &[
        // Account access.
        ("access my", I::AccountAccess, 3),
        ("blocked", I::AccountAccess, 3),
        ("my own account", I::AccountAccess, 4),
        ("logged me out", I::AccountAccess, 4),
        ("log me in", I::AccountAccess, 4),
        ("get into my account", I::AccountAccess, 5),
        ("get back into my account", I::AccountAccess, 6),
        ("into my account", I::AccountAccess, 3),
        ("account doesn't exist", I::AccountAccess, 5),
        ("account was locked", I::AccountAccess, 5),
        ("unlock", I::AccountAccess, 4),
        ("two-step", I::AccountAccess, 4),
        ("verification codes", I::AccountAccess, 4),
        ("the code", I::AccountAccess, 2),
        ("sign-in", I::AccountAccess, 3),
        ("signed in", I::AccountAccess, 3),
        ("logging into my account", I::AccountAccess, 6),
        ("got into my account", I::AccountAccess, 6),
        ("changed the email", I::AccountAccess, 4),
        ("changed my password", I::AccountAccess, 4),
        ("my work account", I::AccountAccess, 3),
        ("email on the account", I::AccountAccess, 3),
        ("log in to", I::AccountAccess, 2),
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
        ("took £", I::Billing, 4),
        ("taken £", I::Billing, 4),
        ("took $", I::Billing, 4),
        ("another payment", I::Billing, 4),
        ("taken another", I::Billing, 4),
        ("plan has gone up", I::Billing, 5),
        ("gone up from", I::Billing, 4),
        ("a month", I::Billing, 1),
        ("vat", I::Billing, 4),
        ("price at checkout", I::Billing, 5),
        ("payment page", I::Billing, 3),
        ("transaction", I::Billing, 3),
        ("my bill", I::Billing, 4),
        ("electricity bill", I::Billing, 4),
        ("direct debit", I::Billing, 4),
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
        ("refund never", I::RefundStatus, 6),
        ("my refund", I::RefundStatus, 3),
        ("refund", I::RefundStatus, 4),
        ("refunded", I::RefundStatus, 4),
        ("refunds", I::RefundStatus, 3),
        ("money back", I::RefundStatus, 4),
        ("reimburse", I::RefundStatus, 3),
        ("reimbursement", I::RefundStatus, 3),
        ("returned it", I::RefundStatus, 2),
        ("sent it back", I::RefundStatus, 2),
        // Late deliveries.
        ("week late", I::DeliveryLate, 5),
        ("days late", I::DeliveryLate, 5),
        ("meant to arrive", I::DeliveryLate, 5),
        ("meant to be delivered", I::DeliveryLate, 5),
        ("meant to come", I::DeliveryLate, 5),
        ("meant to be here", I::DeliveryLate, 5),
        ("was due", I::DeliveryLate, 4),
        ("due today", I::DeliveryLate, 5),
        ("next day", I::DeliveryLate, 3),
        ("still coming", I::DeliveryLate, 4),
        ("hasn't come", I::DeliveryLate, 4),
        ("it hasn't yet", I::DeliveryLate, 3),
        ("weeks for", I::DeliveryLate, 3),
        ("update on order", I::DeliveryLate, 5),
        ("update on my order", I::DeliveryLate, 5),
        ("where my", I::DeliveryLate, 3),
        ("not here", I::DeliveryLate, 3),
        ("hasn't arrived", I::DeliveryLate, 3),
        ("order hasn't", I::DeliveryLate, 3),
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
        ("'delivered'", I::DeliveryMissing, 6),
        ("nothing on the doorstep", I::DeliveryMissing, 6),
        ("has been lost", I::DeliveryMissing, 6),
        ("you've lost", I::DeliveryMissing, 5),
        ("safe place", I::DeliveryMissing, 5),
        ("left it", I::DeliveryMissing, 3),
        ("neighbours", I::DeliveryMissing, 3),
        ("lost by the courier", I::DeliveryMissing, 6),
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
        ("in pieces", I::DeliveryDamaged, 6),
        ("cracked", I::DeliveryDamaged, 4),
        ("broken leg", I::DeliveryDamaged, 5),
        ("snapped", I::DeliveryDamaged, 4),
        ("arrived with", I::DeliveryDamaged, 4),
        ("out of the box", I::DeliveryDamaged, 4),
        ("straight out of the box", I::DeliveryDamaged, 5),
        ("squashed", I::DeliveryDamaged, 6),
        ("soaked", I::DeliveryDamaged, 5),
        ("in the rain", I::DeliveryDamaged, 4),
        ("gouge", I::DeliveryDamaged, 5),
        ("scratched", I::DeliveryDamaged, 5),
        ("scratch", I::DeliveryDamaged, 4),
        ("dent", I::DeliveryDamaged, 5),
        ("wobbly", I::DeliveryDamaged, 4),
        ("the broken one", I::DeliveryDamaged, 5),
        ("photo attached", I::DeliveryDamaged, 3),
        ("photos", I::DeliveryDamaged, 2),
        ("crack", I::DeliveryDamaged, 4),
        ("formerly known as", I::DeliveryDamaged, 3),
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
        ("keeps dropping", I::OutageError, 5),
        ("dropping", I::OutageError, 3),
        ("internet", I::OutageError, 3),
        ("router", I::OutageError, 3),
        ("dropped out", I::OutageError, 4),
        ("unable to connect", I::OutageError, 6),
        ("connect to server", I::OutageError, 6),
        ("returning 502s", I::OutageError, 6),
        ("502s", I::OutageError, 6),
        ("eta", I::OutageError, 3),
        ("still down", I::OutageError, 6),
        ("status page", I::OutageError, 6),
        ("none of our team", I::OutageError, 4),
        ("nobody can", I::OutageError, 3),
        ("dashboard", I::OutageError, 3),
        ("blank page", I::OutageError, 5),
        ("the site", I::OutageError, 2),
        ("fix the site", I::OutageError, 4),
        ("go down", I::OutageError, 4),
        ("things go down", I::OutageError, 5),
        ("declined by processor", I::OutageError, 4),
        ("web app", I::OutageError, 3),
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
        ("slower than", I::ProductBug, 5),
        ("spinning wheel", I::ProductBug, 5),
        ("running really slowly", I::ProductBug, 6),
        ("running slowly", I::ProductBug, 5),
        ("slow since", I::ProductBug, 5),
        ("notifications don't", I::ProductBug, 6),
        ("notifications", I::ProductBug, 3),
        ("deleted all my", I::ProductBug, 6),
        ("wiped my", I::ProductBug, 6),
        ("deleted my", I::ProductBug, 4),
        ("won't print", I::ProductBug, 6),
        ("printer", I::ProductBug, 3),
        ("leak", I::ProductBug, 5),
        ("leaks", I::ProductBug, 5),
        ("dripping", I::ProductBug, 5),
        ("only work in one ear", I::ProductBug, 6),
        ("one ear", I::ProductBug, 5),
        ("disconnecting", I::ProductBug, 6),
        ("keeps disconnecting", I::ProductBug, 6),
        ("stopped working", I::ProductBug, 5),
        ("shows an error", I::ProductBug, 4),
        ("test anything", I::ProductBug, 4),
        ("garbage app", I::ProductBug, 4),
        ("this app", I::ProductBug, 3),
        ("the app", I::ProductBug, 2),
        ("work properly", I::ProductBug, 4),
        ("isn't working", I::ProductBug, 3),
        ("update deleted", I::ProductBug, 6),
        ("since the", I::ProductBug, 1),
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
        ("daylight robbery", I::PolicyComplaint, 5),
        ("to bring a", I::PolicyComplaint, 3),
        ("start charging", I::PolicyComplaint, 6),
        ("used to be free", I::PolicyComplaint, 6),
        ("can't get anything back", I::PolicyComplaint, 5),
        ("log in to see", I::PolicyComplaint, 5),
        ("it'd be great if", I::PolicyComplaint, 5),
        ("would be great if", I::PolicyComplaint, 5),
        ("let us", I::PolicyComplaint, 3),
        ("cancellation fee", I::PolicyComplaint, 6),
        ("48-hour", I::PolicyComplaint, 4),
        ("deposit", I::PolicyComplaint, 4),
        ("your terms", I::PolicyComplaint, 6),
        ("pay for delivery on returns", I::PolicyComplaint, 7),
        ("price rise", I::PolicyComplaint, 7),
        ("pay more", I::PolicyComplaint, 4),
        ("don't charge me the fee", I::PolicyComplaint, 6),
        ("the fee", I::PolicyComplaint, 4),
        ("give my", I::PolicyComplaint, 2),
        ("someone else use", I::PolicyComplaint, 4),
        ("points now expire", I::PolicyComplaint, 7),
        ("expire", I::PolicyComplaint, 4),
        ("booking limit", I::PolicyComplaint, 7),
        ("limit of", I::PolicyComplaint, 4),
        ("send feedback", I::PolicyComplaint, 4),
        ("why can't we", I::PolicyComplaint, 5),
        ("bring our own", I::PolicyComplaint, 5),
        ("return these", I::PolicyComplaint, 3),
        ("can't return", I::PolicyComplaint, 5),
        ("sale items", I::PolicyComplaint, 5),
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
        ("cancelled my plan", I::Cancellation, 5),
        ("pause it", I::Cancellation, 4),
        ("cancelled in writing", I::Cancellation, 6),
        ("after i cancelled", I::Cancellation, 3),
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
        ("the data you hold", I::Privacy, 7),
        ("data you hold", I::Privacy, 7),
        ("all the data", I::Privacy, 6),
        ("and data", I::Privacy, 5),
        ("location tracking", I::Privacy, 7),
        ("someone else's name", I::Privacy, 7),
        ("someone else's", I::Privacy, 4),
        ("home address", I::Privacy, 5),
        ("take it down", I::Privacy, 4),
        ("keep emailing", I::Privacy, 6),
        ("unsubscribed", I::Privacy, 6),
        ("data-harvesting", I::Privacy, 7),
        ("harvesting", I::Privacy, 6),
        ("addressed to another customer", I::Privacy, 8),
        ("another customer", I::Privacy, 5),
        ("train ai", I::Privacy, 7),
        ("getting texts", I::Privacy, 6),
        ("gave you my number", I::Privacy, 7),
        ("my account deleted", I::Privacy, 5),
        ("delete my account and", I::Privacy, 6),
        ("creepy", I::Privacy, 4),
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
        // Stock, stores, jobs and other questions about the company (beat how-to).
        ("open on", I::Other, 4),
        ("stores open", I::Other, 6),
        ("opening hours", I::Other, 6),
        ("open today", I::Other, 5),
        ("in a size", I::Other, 5),
        ("in stock", I::Other, 4),
        ("anywhere", I::Other, 1),
        ("do you ship", I::Other, 5),
        ("ship to", I::Other, 4),
        ("temporary staff", I::Other, 6),
        ("jobs", I::Other, 4),
        ("hiring", I::Other, 4),
        ("step-free", I::Other, 6),
        ("wheelchair", I::Other, 5),
        ("your store", I::Other, 3),
        ("store", I::Other, 2),
        ("gift card", I::Other, 5),
        ("isn't northern", I::Other, 3),
        ("wrong company", I::Other, 6),
        ("this isn't", I::Other, 3),
        ("your van", I::Other, 4),
        ("delivery vans", I::Other, 5),
        ("doing at least", I::Other, 4),
        ("speed", I::Other, 2),
        ("coming to the big shops", I::Other, 6),
        ("big shops", I::Other, 5),
        ("claimed your box", I::Other, 6),
        ("my cat", I::Other, 4),
        ("complaint about", I::Other, 3),
        ("rude", I::Other, 4),
        ("staff member", I::Other, 4),
        ("your colleague", I::Other, 2),
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
        ("where is the setting", I::HowTo, 5),
        ("the setting", I::HowTo, 3),
        ("turn off", I::HowTo, 4),
        ("switch off", I::HowTo, 3),
        ("export", I::HowTo, 4),
        ("share a", I::HowTo, 3),
        ("add a second user", I::HowTo, 5),
        ("set up", I::HowTo, 3),
        ("walk me through", I::HowTo, 4),
        ("can i export", I::HowTo, 5),
        ("will the new", I::HowTo, 4),
        ("same pin", I::HowTo, 4),
        ("how much is left", I::HowTo, 2),
        ("how long does", I::HowTo, 4),
        ("bank transfer", I::HowTo, 3),
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
        ("brilliant", I::Thanks, 3),
        ("impressed", I::Thanks, 4),
        ("10/10", I::Thanks, 5),
        ("gorgeous", I::Thanks, 4),
        ("loved it", I::Thanks, 4),
        ("extra good", I::Thanks, 5),
        ("helped me", I::Thanks, 3),
        ("thank him", I::Thanks, 5),
        ("thank her", I::Thanks, 5),
        ("you didn't have to", I::Thanks, 4),
        ("came early", I::Thanks, 4),
        ("so kind", I::Thanks, 4),
        ("perfect", I::Thanks, 2),
        ("have a good weekend", I::Thanks, 2),
        ("you too", I::Thanks, 2),
        ("a quick note to say", I::Thanks, 3),
        ("wanted to say", I::Thanks, 3),
        ("upgrade on my birthday", I::Thanks, 5),
    ]
};

/// The issue type of the customer messages given (folded, oldest first), `upset` telling
/// which of them show the customer upset.
pub(crate) fn classify(messages: &[String], upset: &[bool], sarcastic: bool) -> IssueType {
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
    // A problem to solve comes first: the strongest topic, by the phrase rules and the
    // fitted model together, when it is clear enough.
    let mut best = IssueType::Other;
    let mut top = 0.0f32;
    for issue in IssueType::ALL {
        if matches!(
            issue,
            IssueType::HowTo | IssueType::Thanks | IssueType::Other
        ) {
            continue;
        }
        let i = issue as usize;
        let score = rules[i] + MODEL_WEIGHT * model[i] / total_weight;
        if score > top {
            top = score;
            best = issue;
        }
    }
    if top >= TOPIC_CLEAR {
        return best;
    }
    // Then a question about using the product, then thanks with nothing wrong, then other.
    let how_to = rules[IssueType::HowTo as usize]
        + MODEL_WEIGHT * model[IssueType::HowTo as usize] / total_weight;
    let other = rules[IssueType::Other as usize];
    let thanks = rules[IssueType::Thanks as usize] > 0.0 && !any_upset && !sarcastic;
    let asks = rules[IssueType::HowTo as usize] > 0.0 || messages.iter().any(|m| m.contains('?'));
    if thanks && !asks && other == 0.0 {
        return IssueType::Thanks;
    }
    if how_to >= TOPIC_CLEAR && how_to > other && asks {
        return IssueType::HowTo;
    }
    if thanks && other == 0.0 {
        return IssueType::Thanks;
    }
    if top >= TOPIC_WEAK && top > other {
        return best;
    }
    IssueType::Other
}

/// Calls `hit` once for each rule whose phrase occurs in `text` (folded), at word
/// boundaries. The rules are indexed by their first word, so a message costs one lookup per
/// word rather than one search per rule.
fn for_each_rule(text: &str, mut hit: impl FnMut(IssueType, u8)) {
    static INDEX: OnceLock<Vec<(&'static str, u16)>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: Vec<(&'static str, u16)> = RULES
            .iter()
            .enumerate()
            .map(|(i, (phrase, _, _))| (first_word(phrase), i as u16))
            .collect();
        index.sort_unstable();
        index
    });
    let mut seen = vec![false; RULES.len()];
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
        let from = index.partition_point(|(w, _)| *w < word);
        for &(w, i) in index[from..].iter().take_while(|(w, _)| *w == word) {
            let _ = w;
            let (phrase, issue, weight) = RULES[usize::from(i)];
            let rest = &text[start..];
            let after = rest.get(phrase.len()..).and_then(|r| r.chars().next());
            let boundary = after.is_none_or(|c| !c.is_alphanumeric());
            if !seen[usize::from(i)] && rest.starts_with(phrase) && boundary {
                seen[usize::from(i)] = true;
                hit(issue, weight);
            }
        }
        start = end;
    }
}

/// Bytes that make up a word for the rule index: letters, digits, apostrophes, and any
/// non-ASCII byte (so a multi-byte letter is never split).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b >= 0x80
}

/// A phrase's first word, as `for_each_rule` splits text.
fn first_word(phrase: &str) -> &str {
    let end = phrase
        .bytes()
        .position(|b| !is_word_byte(b))
        .unwrap_or(phrase.len());
    &phrase[..end]
}

/// A topic this sure names the issue, whatever else the message says.
const TOPIC_CLEAR: f32 = 4.5;
/// A topic this sure still beats "other" when nothing else fits.
const TOPIC_WEAK: f32 = 2.5;

/// The issue type of one message read on its own, as if the customer were calm (for
/// `defuse fit-issues --check` and tests).
pub fn classify_issue(text: &str) -> IssueType {
    classify(&[super::situation::fold(text)], &[false], false)
}

/// The fitted model's class probabilities for one folded message.
pub(crate) fn model_probabilities(text: &str) -> [f32; CLASSES.len()] {
    let mut z = BIAS;
    for word in model_words(text) {
        if let Ok(i) = WORDS.binary_search_by(|(w, _)| (*w).cmp(word.as_str())) {
            for (slot, &code) in z.iter_mut().zip(&WORDS[i].1) {
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
