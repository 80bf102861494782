//! Answers to general questions, chosen by what the question is about; on a public channel
//! the composer moves any account detail they ask for to a DM.

use super::Pool;
use crate::list::list;

pub(crate) const ANSWER_LEAD: Pool = list!(
    "Happy to help with that.",
    "Sure, I can help.",
    "Thanks for asking.",
    "Of course.",
);
/// A short acknowledgement before the answer to a frustrated question.
pub(crate) const ANSWER_ACK: Pool = list!(
    "That sounds frustrating; let's get it sorted.",
    "Sorry it's been a struggle; let me help.",
    "I can see why that's annoying, so let's fix it.",
);
pub(crate) const ANSWER_MORE: Pool = list!(
    "If anything's unclear, just ask.",
    "Let me know if you get stuck on any step.",
    "If it doesn't look like that on your screen, tell me what you see.",
    "I'm here if anything doesn't match what you see.",
    "Shout if you'd like me to stay on while you try it.",
);

pub(crate) const ANSWER_ADDRESS: Pool = list!(
    "If the order hasn't shipped yet, I can change the address for you. What's the order number and the new address?",
);
pub(crate) const ANSWER_PASSWORD: Pool = list!(
    "Use 'Forgot password' on the sign-in page and we'll email you a reset link; it can take a few minutes, so check spam too.",
);
pub(crate) const ANSWER_CANCEL: Pool =
    list!("I can cancel it for you from here. Which email address is the account under?",);
pub(crate) const ANSWER_REFUND: Pool =
    list!("I can check whether your order can be refunded. What's the order number?",);
pub(crate) const ANSWER_INVOICE: Pool =
    list!("I can send you a copy of the invoice. Which order is it for?",);
pub(crate) const ANSWER_PAYMENT: Pool = list!(
    "I can check which payment options work for your order. Which one were you hoping to use?",
);
pub(crate) const ANSWER_ACCOUNT: Pool = list!(
    "You can change most details yourself in your account settings once you're signed in. Which detail do you want to update?",
);
pub(crate) const ANSWER_ORDER: Pool = list!(
    "I can check that for you. What's the order number?",
    "Send me the order number and I'll look at what's possible for it.",
);
/// A question no keyword places ("does the policy cover dental work?", "is that
/// normal?"): checked, not guessed.
pub(crate) const ANSWER_GENERIC: Pool = list!(
    "I'll check that for you and come back to you here.",
    "I'd rather not guess on that one, so I'll check it and reply here.",
    "Let me find out for you, and I'll answer here.",
);

pub(crate) const ANSWER_UNLOCK: Pool = list!(
    "I can unlock it for you once I've confirmed the account is yours. Which email address is it registered to?",
);
/// Where to change it, then the offer: it answers "how do I change my email?" as well as
/// "can you change my email?" ("Yes, I can change ..." read wrong to the first).
pub(crate) const ANSWER_CHANGE_EMAIL: Pool = list!(
    "You can change it yourself in your account settings once you're signed in, or I can change the email on the account once I've confirmed it's you.",
);
pub(crate) const ANSWER_DEVICES: Pool = list!(
    "I can check which devices are signed in and sign them out for you. What's the email on the account?",
);
pub(crate) const ANSWER_REFUND_TIME: Pool = list!(
    "Once a return is received, the refund goes back to the original payment method, and banks can take a few working days to show it. If you send me the order number, I'll check where yours is.",
);
pub(crate) const ANSWER_OUTAGE: Pool = list!(
    "Thanks for checking. I'm confirming the current status with our technical team and I'll post here once I know more.",
);
pub(crate) const ANSWER_STATUS_PAGE: Pool =
    list!("I'll find out whether there's a status page you can bookmark and send you the link.",);
pub(crate) const ANSWER_DELETE_DATA: Pool = list!(
    "I can delete your account and the data we hold for you. Could you confirm the email address on the account?",
);
pub(crate) const ANSWER_PRIVACY_SETTING: Pool = list!(
    "Tell me which phone or browser you're using and I'll walk you through switching it off.",
);
pub(crate) const ANSWER_STOCK: Pool = list!(
    "I'll check that for you. Which product is it, so I can look up what's available?",
    "Let me look that up. Which item and size are you after?",
);
pub(crate) const ANSWER_COMPANY: Pool = list!(
    "I'll find out for you and reply here once I know.",
    "Let me check that with the right team and get back to you with their answer.",
    "I don't want to guess on that one, so I'll check and reply here.",
);
/// Steps for a place the customer already named ("on the web version").
pub(crate) const ANSWER_STEPS_KNOWN: Pool =
    list!("I'll look up the exact steps for the version you're using and post them here.",);
pub(crate) const ANSWER_STEPS: Pool = list!(
    "I can walk you through it. Which device are you using, so I give you the right steps?",
    "Happy to walk you through it. Are you on the app or the website?",
    "Tell me whether you're on a phone or a computer and I'll give you the exact steps.",
);

/// What happens to payments the customer did not make.
pub(crate) const ANSWER_FRAUD: Pool = list!(
    "I'll log those payments as ones you didn't make and pass them to our fraud team, who investigate them and handle getting the money back. I'll confirm here once they're logged.",
);

/// Answer-oriented lines for the question the customer asked.
pub(crate) fn answers(texts: &[String]) -> Pool {
    let mentions = |phrases: Pool| {
        texts
            .iter()
            .any(|t| crate::playbook::situation::has_any(t, phrases))
    };
    let car = mentions(list!["car", "van", "fob", "keyless"]);
    if mentions(list!["recall", "recalled"]) {
        super::ANSWER_RECALL
    } else if car && mentions(list!["locked", "get in", "unlock", "won't open"]) {
        // Shut out of a car: the way in now.
        super::TIP_CAR_LOCKED
    } else if mentions(list![
        "fraud",
        "fraudulent",
        "don't recognise",
        "didn't make",
        "card was used",
        "card has been used",
        "not me",
    ]) && mentions(list![
        "payment",
        "payments",
        "transactions",
        "charges",
        "those"
    ]) {
        ANSWER_FRAUD
    } else if mentions(list![
        "permission",
        "permissions",
        "roll back",
        "revert",
        "the offer",
        "promotion",
        "do you take",
        "do you accept",
    ]) {
        // Why a permission is asked, a way back to an earlier version, whether an offer
        // applies, a way to pay: checked and answered, never read as "which detail?".
        ANSWER_GENERIC
    } else if mentions(list!["unlock", "locked"]) {
        ANSWER_UNLOCK
    } else if mentions(list![
        "change the email",
        "change my email",
        "email on the account",
        "email on my account",
        "new email",
    ]) {
        ANSWER_CHANGE_EMAIL
    } else if mentions(list!["devices", "signed in", "logged in", "sessions"]) {
        ANSWER_DEVICES
    } else if mentions(list![
        "delete my account",
        "my data",
        "the data",
        "data you hold"
    ]) {
        ANSWER_DELETE_DATA
    } else if mentions(list![
        "location", "tracking", "cookies", "privacy", "train ai"
    ]) {
        ANSWER_PRIVACY_SETTING
    } else if mentions(list!["status page"]) {
        ANSWER_STATUS_PAGE
    } else if mentions(list![
        "down",
        "outage",
        "anyone else",
        "not loading",
        "blank page",
        "offline",
    ]) {
        ANSWER_OUTAGE
    } else if mentions(list!["address"]) {
        ANSWER_ADDRESS
    } else if mentions(list!["password", "log in", "login", "sign in"]) {
        ANSWER_PASSWORD
    } else if mentions(list!["cancel", "unsubscribe", "close my account"]) {
        ANSWER_CANCEL
    } else if mentions(list!["how long", "take to show", "normal"])
        && mentions(list!["refund", "refunds", "return"])
    {
        ANSWER_REFUND_TIME
    } else if mentions(list!["refund", "return", "money back"]) {
        ANSWER_REFUND
    } else if mentions(list!["invoice", "receipt", "vat"]) {
        ANSWER_INVOICE
    } else if mentions(list![
        "in a size",
        "in stock",
        "do you have",
        "do you sell",
        "coming to",
    ]) {
        ANSWER_STOCK
    } else if mentions(list![
        "store",
        "stores",
        "open",
        "staff",
        "jobs",
        "access",
        "ship to",
        "gift card",
    ]) {
        ANSWER_COMPANY
    } else if mentions(list!["payment", "paypal", "card", "klarna"]) {
        ANSWER_PAYMENT
    } else if mentions(list!["profile", "username"]) {
        ANSWER_ACCOUNT
    } else if mentions(list!["order"]) {
        ANSWER_ORDER
    } else if mentions(list![
        "how do i",
        "how can i",
        "set up",
        "turn on",
        "turn off",
        "export",
        "share",
        "add a",
        "connect",
        "where is the setting",
    ]) {
        // Where they use it is said: the steps, not the question again.
        if mentions(list![
            "web version",
            "website",
            "browser",
            "iphone",
            "android"
        ]) {
            ANSWER_STEPS_KNOWN
        } else {
            ANSWER_STEPS
        }
    } else {
        ANSWER_GENERIC
    }
}
