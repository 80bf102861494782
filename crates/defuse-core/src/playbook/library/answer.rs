//! Answers to general questions, chosen by what the question is about; on a public channel
//! the composer moves any account detail they ask for to a DM.

use super::Pool;
use crate::list::{list, List};

pub(crate) const ANSWER_LEAD: Pool = list!(
    "Happy to help with that.",
    "Sure, I can help.",
    "Thanks for asking.",
    "Of course.",
);
/// A short acknowledgement before the answer to a frustrated question.
pub(crate) const ANSWER_ACK: Pool = list!(
    "That sounds frustrating, and I want to help.",
    "Sorry it's been a struggle; let me help.",
    "I can see why that's annoying.",
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
/// Their own policy or plan's details (insurance, phone, energy): changed by them online,
/// or by us with its number.
pub(crate) const ANSWER_POLICY: Pool = list!(
    "You can change most details yourself when signed in online or in the app, or send us your policy or account number and the change.",
);
pub(crate) const ANSWER_PASSWORD: Pool = list!(
    "Use 'Forgot password' on the sign-in page and we'll email you a reset link; it can take a few minutes, so check spam too.",
);
pub(crate) const ANSWER_CANCEL: Pool =
    list!("I can look at cancelling it for you. Which email address is the account under?",);
pub(crate) const ANSWER_REFUND: Pool =
    list!("I can check whether your order can be refunded. What's the order number?",);
pub(crate) const ANSWER_INVOICE: Pool =
    list!("I can send you a copy of the invoice. Which order is it for?",);
pub(crate) const ANSWER_ACCOUNT: Pool = list!(
    "You can change most details yourself in your account settings once you're signed in. Which detail do you want to update?",
);
pub(crate) const ANSWER_ORDER: Pool = list!(
    "I can check that for you. What's the order number?",
    "Send me the order number and I'll look at what's possible for it.",
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
    "I'm confirming the current status with our technical team and I'll post here once I know more.",
);
pub(crate) const ANSWER_STATUS_PAGE: Pool =
    list!("I'll find out whether there's a status page you can bookmark and send you the link.",);
pub(crate) const ANSWER_DELETE_DATA: Pool = list!(
    "I can delete your account and the data we hold for you. Could you confirm the email address on the account?",
);
pub(crate) const ANSWER_PRIVACY_SETTING: Pool = list!(
    "Tell me which phone or browser you're using and I'll walk you through switching it off.",
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

/// The kind of a calm question the brand answers in general, each with its own lines: the
/// agent does not know the fact, so the lines say where the answer lives or that they will
/// check and reply here, never a guess.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Asked {
    /// Whether the service is down.
    Outage,
    /// Which ways to pay are taken.
    Payment,
    /// Where we deliver.
    Shipping,
    /// What is allowed (on a plane, in a store, by the rules).
    Allowed,
    /// How much luggage a booking takes: shown with the booking.
    Baggage,
    /// Which of our apps or products to use.
    Choice,
    /// Whether something is in stock or coming back.
    Stock,
    /// When something comes out.
    Release,
    /// A store's hours or services.
    Hours,
    /// How to return something (in a store, by post).
    Returns,
    /// Ending or paying off a contract early.
    Contract,
    /// Copies of statements, payments or invoices.
    Documents,
    /// Timetables and journey times.
    Timetable,
    /// A product's specifications.
    Specs,
    /// How to make a claim (for damage, a loss).
    Claims,
    /// What something costs (a text abroad, a delivery): the exact figure is confirmed,
    /// never guessed, with the one thing it depends on.
    Price,
    /// Where a bug report or a suggestion goes.
    Report,
    /// Something left behind on a train, a bus or a plane: lost property, asked which
    /// service it was and what it looks like.
    Lost,
}

impl Asked {
    /// The kind of the latest question (folded), given the kind the situation read
    /// (`question`); `None` for a how-to or a question about the customer's own account.
    pub(crate) fn of(latest: &str, question: Option<crate::playbook::Question>) -> Option<Asked> {
        use crate::playbook::Question as Q;
        if left_behind(latest) {
            return Some(Asked::Lost);
        }
        match KINDS
            .iter()
            .find(|(_, phrases)| crate::playbook::situation::has_any(latest, *phrases))
        {
            Some(&(kind, _)) => kind,
            None => match question {
                Some(Q::ReleaseDate) => Some(Asked::Release),
                Some(Q::OpeningHours) => Some(Asked::Hours),
                _ => None,
            },
        }
    }

    /// Whether the question states no problem (a spec, a price, the hours, where a bug
    /// report goes): one word that reads as upset ("bug", "still not clear") earns it no
    /// acknowledgement.
    pub(crate) fn no_problem(self) -> bool {
        !matches!(
            self,
            Asked::Outage | Asked::Choice | Asked::Returns | Asked::Documents | Asked::Claims
        )
    }

    /// The subject in neutral words ("which payment methods we take"), for when the
    /// customer's own question does not read cleanly.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Asked::Outage => "whether there's a known problem right now",
            Asked::Payment => "which payment methods we take",
            Asked::Shipping => "where we deliver",
            Asked::Allowed => "what the rules allow",
            Asked::Baggage => "the allowance on your booking",
            Asked::Choice => "which one suits you",
            Asked::Stock => "what's in stock and what's due back",
            Asked::Release => "whether a date has been announced",
            Asked::Hours => "the hours and services at the store you mean",
            Asked::Returns => "how you can return it",
            Asked::Contract => "how you can settle the contract early",
            Asked::Documents => "where to find your statements and payments",
            Asked::Timetable => "the times for that journey",
            Asked::Specs => "the specs for that model",
            Asked::Claims => "how to make a claim",
            Asked::Price => "the exact price",
            Asked::Lost => "whether it's been handed in",
            Asked::Report => "where reports like this go",
        }
    }

    /// Where the answer lives, for the short and warm replies (the step says it in its own
    /// words): `None` for a kind with no one place to look.
    pub(crate) fn place(self) -> Option<&'static str> {
        Some(match self {
            Asked::Payment => "the payment options at checkout",
            Asked::Shipping => "the delivery options at checkout",
            Asked::Returns => "the returns page",
            Asked::Contract => "your contract's terms",
            Asked::Documents => "your online account",
            Asked::Timetable => "the journey planner",
            Asked::Specs => "the spec page for your model",
            Asked::Baggage => "Manage booking",
            Asked::Outage => "our service status page",
            Asked::Claims => "our claims page",
            _ => return None,
        })
    }

    /// Where the answer lives, or the step that gets it: the third reply. `{asked}` is the
    /// question's subject. A choice has its three replies here, one per shape.
    pub(crate) fn step(self) -> Pool {
        match self {
            Asked::Outage => list!(
                "I'm checking for a known problem now and will reply here; if there's none, we'll look at your side next.",
                "I'll see whether anything is down on our side and tell you here; if not, we'll go through your setup next.",
            ),
            Asked::Payment => list!("Checkout lists every way to pay before you're charged; I'll confirm {asked} here too."),
            Asked::Shipping => list!("Checkout shows the delivery options and cost for your address; I'll confirm {asked} here too."),
            Asked::Allowed => list!("I'll look up the rule that covers this and post it here, so you have it in writing before you go."),
            Asked::Choice => list!(
                "Happy to point you to the right one: what do you mainly want to use it for?",
                "It depends on what you'll use it for: tell me that and I'll point you to the right one.",
                "Tell me what you'd mainly use it for and which phone you have, and I'll send you the right one.",
            ),
            Asked::Stock => list!("The product page shows what's in stock online right now; I'll also ask when it's due back and let you know here."),
            Asked::Release => list!("If a date has been announced, I'll send it here; if not, I'll tell you that rather than guess."),
            Asked::Hours => list!("Each store sets its own hours and services, so I'll confirm {asked} with them and post the answer here."),
            Asked::Returns => list!("The returns page lists each way to send something back; I'll confirm {asked} here too."),
            Asked::Contract => list!("Your contract sets what's left to pay and any early exit charge; I'll check {asked} and post the steps here."),
            Asked::Documents => list!("You'll usually find that in the documents or billing section of your online account; tell me if it isn't there."),
            Asked::Timetable => list!("The journey planner has the latest times; I'll check {asked} here too."),
            Asked::Specs => list!("The product's spec page lists what each model supports; I'll check {asked} here too."),
            Asked::Baggage => list!("Manage booking shows the allowance for your booking; send us the booking reference privately and I'll confirm it for you."),
            Asked::Claims => list!("{place} sets it out step by step; I'll confirm {asked} here too."),
            Asked::Price => list!("The price can depend on your plan, so tell me which one you're on and I'll confirm {asked} here."),
            Asked::Report => list!("I'll find out {asked} and send you the link here."),
            Asked::Lost => list!("I'll ask lost property for you. What does it look like, and which service was it?"),
        }
    }
}

/// The words of each kind, in order: the first list with a phrase in the question gives
/// its kind. An outage comes first ("can't log in, is the site down?"), then documents, a
/// contract and returns; then a question about their own account, order or plan (`None`: answered on it, see [`answers`]), and
/// "not allowed" (a complaint, not a rule asked about).
const KINDS: [(Option<Asked>, List); 18] = [
    (
        Some(Asked::Outage),
        list![
            "outage",
            "anyone else",
            "offline",
            "not loading",
            "is down",
            "app down",
            "site down",
            "website down",
            "down for",
            "down at",
            "down right",
            "a fault",
            "any news"
        ],
    ),
    // A general question about documents, a contract or returns, even when it says "my
    // account" or "my order": where it is done, not "which device?" or an account ask.
    (
        Some(Asked::Documents),
        list![
            "copies of",
            "copy of my",
            "statements",
            "payment history",
            "invoices",
            "see my tax code",
            "find my tax code",
            "view my tax code",
        ],
    ),
    (
        Some(Asked::Contract),
        list![
            "off my contract",
            "off the contract",
            "end my contract",
            "end the contract",
            "leave my contract",
            "contract early",
            "early termination",
        ],
    ),
    (
        Some(Asked::Returns),
        list![
            "return in store",
            "return it in",
            "return things",
            "back to the store",
            "back to a store",
            "back to the shop",
            "back to a shop",
            "back by post",
            "return by post",
            "returned by post",
            "post it back",
            "send it back",
            "how do i return",
            "how to return",
            "can i return",
            "tags off",
            "to exchange",
            "an exchange"
        ],
    ),
    // Where a bug report or an idea goes, even for "my account".
    (
        Some(Asked::Report),
        list!["bug report", "report a bug", "feature request"],
    ),
    // Where a claim is made, even for "my" parcel or bag.
    (
        Some(Asked::Claims),
        list![
            "make a claim",
            "file a claim",
            "submit a claim",
            "put in a claim",
            "how do i claim",
            "how to claim",
            "can i claim",
            "claim form"
        ],
    ),
    (
        None,
        list![
            "my account",
            "the account",
            "email",
            "password",
            "locked",
            "sign in",
            "log in",
            "my data",
            "cancel",
            "refund",
            "my order",
            "my card",
            "my plan",
            "verification",
            "status page",
            "address",
            "not allowed",
        ],
    ),
    // The allowance for a booking, before "hand luggage" rules.
    (
        Some(Asked::Baggage),
        list![
            "baggage allowance",
            "luggage allowance",
            "bag allowance",
            "how many bags",
            "how many kg"
        ],
    ),
    (
        Some(Asked::Specs),
        list![
            "specs",
            "specification",
            "max ram",
            "maximum ram",
            "max of ram",
            "how much ram",
            "the max",
            "the maximum",
            "optical drive",
            "battery life",
            "always on",
        ],
    ),
    (
        Some(Asked::Price),
        list![
            "cost of",
            "price of",
            "how much is a",
            "how much does a",
            "how much to",
            "how much for",
            "charge for a"
        ],
    ),
    (
        Some(Asked::Payment),
        list![
            "pay with",
            "pay by",
            "payment methods",
            "payment options",
            "can i pay",
            "take amex",
            "accept amex",
            "take cards",
            "accept cards",
            "take cash",
            "take paypal",
            "take klarna",
            "take apple pay",
            "take visa",
            "accept paypal",
            "accept apple pay",
            "cards do you",
            "vouchers do you",
        ],
    ),
    (
        Some(Asked::Shipping),
        list![
            "ship to",
            "deliver to",
            "delivery to",
            "post to",
            "ship internationally"
        ],
    ),
    (
        Some(Asked::Allowed),
        list![
            "allowed",
            "can i bring",
            "hand luggage",
            "cabin bag",
            "on the plane",
            "on board"
        ],
    ),
    (
        Some(Asked::Choice),
        list!["which app", "two apps", "which one", "which should i"],
    ),
    (
        Some(Asked::Stock),
        list![
            "in stock",
            "be back",
            "getting any more",
            "getting more",
            "sold out",
            "restock",
            "restocking",
            "do you have",
            "do you sell",
            "do you stock",
            "in a size",
            "in a small",
            "in a medium",
            "in a large",
            "any colour",
            "any color"
        ],
    ),
    (
        Some(Asked::Timetable),
        list![
            "last train",
            "first train",
            "next train",
            "last bus",
            "next bus",
            "timetable",
            "train times",
            "journey time",
        ],
    ),
    (
        Some(Asked::Release),
        list!["next update", "in the shops", "coming to"],
    ),
    (
        Some(Asked::Hours),
        list![
            "click and collect",
            "store open",
            "open late",
            "what time does",
            "what time do you",
            "opening hours",
            "branch"
        ],
    ),
];

/// Whether a message (folded) says something was left behind on a train, a bus or a
/// plane ("left my hat on the 8:10 train"), or asks whether what they left was handed in:
/// lost property, not an order or an account.
pub(crate) fn left_behind(t: &str) -> bool {
    use crate::playbook::situation::has_any;
    has_any(t, list!["lost property"])
        || has_any(t, list!["left my", "left a", "left behind"])
            && has_any(
                t,
                list![
                    "train",
                    "bus",
                    "plane",
                    "flight",
                    "tube",
                    "tram",
                    "taxi",
                    "handed in",
                    "handed it in",
                    "turned up",
                    "been found",
                    "if found"
                ],
            )
}

/// The short reply to a calm question; `{asked}` is its subject, or empty ("I'll check and
/// reply here.").
pub(crate) const ASKED_SHORT: Pool = list!(
    "I'll check {asked} and reply here.",
    "I'll find out {asked} and let you know here.",
    "Let me check {asked}; I'll answer here.",
);
/// The fuller, warmer reply: after the lead, the promise alone ("I'd rather give you a
/// sure answer than a guess" read as stock filler to support leads on every calm question).
pub(crate) const ASKED_WARM: Pool = list!(
    "Let me find out {asked}; I'll come back to you here with the answer.",
    "I'll find out {asked} and reply here once I know.",
);
/// The short reply, when the answer has one place to look (`{place}`, see `Asked::place`).
pub(crate) const ASKED_SHORT_PLACE: Pool =
    list!("{place} should have it, and I'll confirm {asked} here.",);
/// The warm reply, when the answer has one place to look.
pub(crate) const ASKED_WARM_PLACE: Pool = list!(
    "The quickest place to look is {place}; I'll also check {asked} myself and come back to you here.",
);
/// Where the answer to a question of no known kind comes from: the team that handles it.
pub(crate) const ASKED_TEAM: Pool = list!(
    "I'll ask the team that handles this {asked} and post their answer here.",
    "I'll check with the people who look after this {asked} and share their answer here.",
);

/// The answer line for a question about the customer's own account, order or settings,
/// or a how-to; `None` for a question no keyword places ("does the policy cover dental
/// work?"), which is checked, not guessed.
pub(crate) fn answers(texts: &[String]) -> Option<Pool> {
    let mentions = |phrases: Pool| {
        texts
            .iter()
            .any(|t| crate::playbook::situation::has_any(t, phrases))
    };
    let car = mentions(list!["car", "van", "fob", "keyless"]);
    if mentions(list!["recall", "recalled"]) {
        return Some(super::ANSWER_RECALL);
    }
    if car && mentions(list!["locked", "get in", "unlock", "won't open"]) {
        // Shut out of a car: the way in now.
        return Some(super::TIP_CAR_LOCKED);
    }
    if mentions(list![
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
        return Some(ANSWER_FRAUD);
    }
    if mentions(list![
        "permission",
        "permissions",
        "roll back",
        "revert",
        "the offer",
        "promotion",
        "do you take",
        "do you accept",
        "vat return",
        "tax return",
        "taxes",
        "calculation",
    ]) {
        // Why a permission is asked, a way back to an earlier version, whether an offer
        // applies, a way to pay, a tax refund's sum: checked and answered, never read as
        // "which detail?" or an order to refund.
        return None;
    }
    // A question about the account, data or service: the first row whose words it has.
    if let Some(&(_, pool)) = OWN_ACCOUNT.iter().find(|(words, _)| mentions(*words)) {
        return Some(pool);
    }
    Some(
        if mentions(list!["how long", "take to show", "normal"])
            && mentions(list!["refund", "refunds", "return"])
        {
            ANSWER_REFUND_TIME
        } else if mentions(list!["refund", "return", "money back"]) {
            ANSWER_REFUND
        } else if mentions(list!["invoice", "receipt", "vat"]) && !mentions(list!["include"]) {
            ANSWER_INVOICE
        } else if mentions(list!["profile", "username"]) {
            ANSWER_ACCOUNT
        } else if mentions(list![
            "my order",
            "the order",
            "an order",
            "this order",
            "our order",
            "order number",
        ]) {
            // The order as a thing, not "trying to order some boots".
            ANSWER_ORDER
        } else if mentions(list![
            "how do i",
            "how can i",
            "how to",
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
            return None;
        },
    )
}

/// Answers to a question about the customer's own account, data or the service, in order:
/// the first row with a phrase in the thread gives the answer (see [`answers`]).
const OWN_ACCOUNT: [(List, Pool); 12] = [
    // Files or photos that reach the people they're shared with locked: the sharing's
    // steps, not an account to unlock; "add bluetooth devices" pairs them, signs nothing out.
    (
        list!["shared", "share with", "i share", "sharing", "bluetooth"],
        ANSWER_STEPS,
    ),
    (list!["unlock", "locked"], ANSWER_UNLOCK),
    (
        list![
            "change the email",
            "change my email",
            "email on the account",
            "email on my account",
            "new email",
        ],
        ANSWER_CHANGE_EMAIL,
    ),
    (
        list!["devices", "signed in", "logged in", "sessions"],
        ANSWER_DEVICES,
    ),
    (
        list!["delete my account", "my data", "the data", "data you hold"],
        ANSWER_DELETE_DATA,
    ),
    (
        // Location as a setting, not "your Astoria Blvd location" (a store).
        list![
            "location services",
            "location history",
            "my location",
            "tracking",
            "cookies",
            "privacy",
            "train ai"
        ],
        ANSWER_PRIVACY_SETTING,
    ),
    (list!["status page"], ANSWER_STATUS_PAGE),
    (
        list![
            "down",
            "outage",
            "anyone else",
            "not loading",
            "blank page",
            "offline",
        ],
        ANSWER_OUTAGE,
    ),
    (crate::playbook::issue::OWN_POLICY, ANSWER_POLICY),
    (list!["address"], ANSWER_ADDRESS),
    (
        list!["password", "log in", "login", "sign in"],
        ANSWER_PASSWORD,
    ),
    (
        list!["cancel", "unsubscribe", "close my account"],
        ANSWER_CANCEL,
    ),
];

#[cfg(test)]
mod tests {
    use super::Asked;

    #[test]
    fn returns_contracts_documents_timetables_and_specs_have_their_kinds() {
        let cases = [
            (
                "can i return it to the store or post it back?",
                Asked::Returns,
            ),
            ("how do i pay off my contract early?", Asked::Contract),
            ("how do i get copies of my statements?", Asked::Documents),
            ("what time is the last train to leeds?", Asked::Timetable),
            ("what's the max ram this laptop takes?", Asked::Specs),
            ("what's the maximum storage the x20 takes?", Asked::Specs),
            (
                "what's the baggage allowance on economy to lisbon?",
                Asked::Baggage,
            ),
            ("what time do you close tonight?", Asked::Hours),
            ("where can i see my tax code?", Asked::Documents),
            ("how do i make a claim for my damaged case?", Asked::Claims),
            (
                "how much is a text to spain on pay as you go?",
                Asked::Price,
            ),
            (
                "how do i send a bug report for the new build?",
                Asked::Report,
            ),
            (
                "i left my scarf on the 17:40 bus, has it been found?",
                Asked::Lost,
            ),
            ("can i exchange jeans with the tags off?", Asked::Returns),
        ];
        for (text, kind) in cases {
            assert_eq!(Asked::of(text, None), Some(kind), "{text}");
        }
        // A question about their own account is still answered on it.
        assert_eq!(Asked::of("how do i change my password?", None), None);
    }

    #[test]
    fn ways_to_pay_and_own_policies_say_where_the_answer_lives() {
        for q in [
            "what payment methods do you accept?",
            "do you accept paypal?",
        ] {
            let kind = Asked::of(q, None);
            assert_eq!(kind, Some(Asked::Payment), "{q}");
            assert!(kind.and_then(Asked::place).is_some(), "{q}");
        }
        assert!(Asked::of("which countries do you ship to?", None)
            .and_then(Asked::place)
            .is_some());
        let first = |t: &str| super::answers(&[t.to_string()]).map(|pool| pool.get(0));
        let policy = super::super::ANSWER_POLICY.get(0);
        assert_eq!(
            first("how do i update the address on my auto policy?"),
            Some(policy)
        );
        assert_ne!(
            first("can i change the delivery address on my order?"),
            Some(policy)
        );
        assert_eq!(
            first("how do i change the address on my phone plan?"),
            Some(super::super::ANSWER_POLICY.get(0))
        );
        assert_eq!(
            Asked::of("which gift vouchers do you accept?", None),
            Some(Asked::Payment)
        );
        // Shared photos that arrive locked: the sharing's steps, no account unlock.
        assert_ne!(
            first("people i share albums with get locked photos, how do i stop it?"),
            Some(super::super::ANSWER_UNLOCK.get(0))
        );
    }

    #[test]
    fn lost_property_needs_something_left_behind() {
        // On the move, or asked after.
        assert!(super::left_behind("left my scarf on the 8:10 train"));
        assert!(super::left_behind(
            "i left my bag at the desk, has anyone handed it in?"
        ));
        assert!(!super::left_behind("the bus left me standing in the rain"));
        assert!(!super::left_behind("my parcel never turned up"));
    }

    #[test]
    fn to_order_something_is_no_order_to_look_up() {
        let first = |t: &str| super::answers(&[t.to_string()]).map(|pool| pool.get(0));
        let order = super::super::ANSWER_ORDER.get(0);
        assert_eq!(
            first("can you check what's possible for my order?"),
            Some(order)
        );
        assert_ne!(
            first("trying to order some boots, do they run small?"),
            Some(order)
        );
        // A store's location is no privacy setting.
        let setting = super::super::ANSWER_PRIVACY_SETTING.get(0);
        assert_ne!(
            first("your astoria blvd location wouldn't give me water, is that allowed?"),
            Some(setting)
        );
        assert_eq!(first("how do i turn off location tracking?"), Some(setting));
    }
}
