//! The customer's problem named as a noun phrase in the agent's voice ("the double charge",
//! "your missing parcel"), for the replies to acknowledge. Named only from what the
//! situation and the customer's own words show; when the problem is not clear enough to
//! name, [`name`] says so and the reply uses wording that needs no name.

use super::situation::{has_any_in, Facet, IssueType, Request, Situation};
use crate::list::{list, List};
use crate::technique::find_phrase;
use crate::text::Search;

/// This customer's problem as a noun phrase in the agent's voice ("your missing parcel"),
/// and whether it is in the customer's own words, or `None` when the problem is not clear
/// enough to name. `texts` are the customer's messages, folded (see `situation::fold`),
/// oldest first; `seed` varies the wording between conversations.
///
/// In order: a specific facet of the problem ("the double charge"); the issue type, when
/// the situation is sure of it; the setting ("the problem with your meal") or how it was
/// handled ("the wait on hold"); else nothing: a wrong confident name reads worse than
/// none.
///
/// Where the table has no name, or only a generic one for an error, a bug or a complaint
/// ("the error you're getting"), the customer's own words name it when they read clean
/// (`raw`: their messages as written, oldest first; see `mirror::own_name`).
pub(crate) fn name(
    situation: &Situation,
    texts: &[String],
    raw: &[&str],
    seed: u64,
) -> Option<(String, bool)> {
    let facets = &situation.facets;
    let table = |named: String| Some((named, false));
    if let Some(&f) = facets.iter().find(|f| f.is_problem()) {
        return table(facet_name(f, texts, seed));
    }
    let generic = matches!(
        situation.issue,
        IssueType::OutageError
            | IssueType::ProductBug
            | IssueType::PolicyComplaint
            | IssueType::HowTo
            | IssueType::Other
    );
    if situation.issue_sure && !generic {
        if let Some(named) = by_issue(situation, texts, seed) {
            return table(named);
        }
    }
    // "The printer problem" says less than "your faulty printer": only a
    // name that says what is wrong outranks the table's. A question's table name ("your
    // question") names no problem at all.
    let remark = situation.notes.contains(&super::Note::Remark);
    let (own, says_what) = super::mirror::own_name(raw, remark).unzip();
    let policy = situation.issue == IssueType::PolicyComplaint;
    // A design judged is no fault: "the scroll button", never "the scroll button problem".
    let own = own.map(|mut named| {
        if policy && says_what == Some(false) {
            named.truncate(named.len() - " problem".len());
        }
        (named, true)
    });
    if says_what == Some(true) || own.is_some() && situation.issue == IssueType::HowTo {
        return own;
    }
    // A type read from weaker evidence is named only when the customer's own words say it
    // ("refund", "damaged", "log in").
    // An opinion of the offer names its point ("the price", "the taste").
    let design = policy && super::wants::design(texts).is_some_and(|p| !p.is_empty());
    // The part in their words ("the ear clip") says more than the point ("the design").
    if design && own.is_some() {
        return own;
    }
    let opinion = policy
        && (meal_taste(situation, texts)
            || super::wants::priced(texts)
            || design
            || has_any_in(texts, list!["advert", "ad campaign"]));
    if situation.issue_sure || opinion || has_any_in(texts, anchors(situation.issue)) {
        if let Some(named) = by_issue(situation, texts, seed) {
            return table(named);
        }
    }
    // A thing in their words ("the problem with the veal") says more than a setting's
    // name ("the problem with your meal").
    own.or_else(|| {
        facets
            .first()
            .filter(|&&f| !policy || f != Facet::Food)
            .and_then(|&f| table(facet_name(f, texts, seed)))
    })
}

/// Every part of the problem the replies may acknowledge, the name from [`name`] first,
/// then the other facets' names ("the double charge", "the silence from our side"); and
/// whether the first is in the customer's own words. None for a serious claim.
pub(crate) fn names(
    situation: &Situation,
    texts: &[String],
    raw: &[&str],
    seed: u64,
) -> (Vec<String>, bool) {
    // A serious claim (a leak, fraud, discrimination) is not named back: "sorry about how
    // your information is handled" would concede it before it is checked.
    if situation.notes.contains(&super::Note::Claim) {
        return (Vec::new(), false);
    }
    let (first, own) = name(situation, texts, raw, seed).unzip();
    let mut out: Vec<String> = first.into_iter().collect();
    // A meal ("what went wrong with your order") names no opinion or rule.
    let policy = situation.issue == IssueType::PolicyComplaint;
    for &f in situation
        .facets
        .iter()
        .filter(|&&f| !policy || f != Facet::Food)
    {
        let n = facet_name(f, texts, seed);
        if !out.contains(&n) {
            out.push(n);
        }
    }
    (out, own == Some(true))
}

/// Whether the customer's words (folded) judge a meal's taste: a taste word, a meal, and
/// no thing bought ("this phone looks rather bland" is no dish).
pub(crate) fn meal_taste(situation: &Situation, texts: &[String]) -> bool {
    has_any_in(texts, super::wants::TASTE)
        && situation.facets.contains(&Facet::Food)
        && !has_any_in(texts, ITEMS)
}

/// Whether a name is the one a question gets ("your question"), which names no problem.
pub(crate) fn is_question(name: &str) -> bool {
    SUBJECT_QUESTION.contains(name)
}

/// Whether a complaint about a meal out is about the floor (the service, the wait for a
/// table or a refill, the host) and says nothing wrong with the food itself: the manager's,
/// not the kitchen's, and asked when the visit was, never what they ordered.
pub(crate) fn floor(texts: &[String]) -> bool {
    has_any_in(texts, FLOOR) && !has_any_in(texts, FOOD_FAULT)
}

/// A facet as a noun phrase.
fn facet_name(facet: Facet, texts: &[String], seed: u64) -> String {
    let mentions = |phrases: List| has_any_in(texts, phrases);
    let pool: List = match facet {
        Facet::DoubleCharge => SUBJECT_DOUBLE_CHARGE,
        Facet::Overcharge => SUBJECT_OVERCHARGE,
        Facet::PriceRise => SUBJECT_PRICE,
        Facet::Fee => SUBJECT_FEE,
        Facet::Ads => SUBJECT_ADS,
        Facet::CodeRejected => SUBJECT_CODE_REJECTED,
        Facet::GiftCard => SUBJECT_GIFT_CARD,
        Facet::NeverArrived => SUBJECT_MISSING,
        Facet::MissingItems => SUBJECT_MISSING_ITEM,
        Facet::NotShipped => SUBJECT_NOT_SHIPPED,
        Facet::StuckPreparing => SUBJECT_STUCK,
        // A trip called off is named so: "your delayed flight" for a cancelled one reads as
        // not having read the message; so does "your cancelled flight" for "Not cancelled.
        // Delayed."
        Facet::TravelDelay
            if mentions(list!["cancelled", "canceled", "cancels", "cancel"])
                && !mentions(list!["not cancelled", "not canceled"]) =>
        {
            SUBJECT_TRAVEL_CANCELLED
        }
        Facet::TravelDelay => SUBJECT_TRAVEL_DELAY,
        Facet::LostBags => SUBJECT_BAGS,
        Facet::NoService if mentions(list!["power", "electricity"]) => SUBJECT_POWER,
        Facet::NoService => SUBJECT_NO_SERVICE,
        Facet::CancelBlocked => SUBJECT_CANCEL_BLOCKED,
        // The floor's, not the kitchen's: "ignored us for 30 minutes" is no wait for food.
        Facet::Food if floor(texts) => SUBJECT_FLOOR,
        // "Couldn't wait to eat here" waited for nothing.
        Facet::Food if mentions(list!["waiting", "minutes"]) => SUBJECT_FOOD_WAIT,
        Facet::Food => SUBJECT_FOOD,
        Facet::Repair => SUBJECT_REPAIR,
        Facet::StaffConduct => SUBJECT_STAFF,
        // A call back never made is no reply to a message ("No call till now").
        Facet::NoReply
            if mentions(list![
                "call back",
                "callback",
                "rang",
                "ring me",
                "no call",
                "a call"
            ]) =>
        {
            SUBJECT_NO_CALL
        }
        Facet::NoReply => SUBJECT_NO_REPLY,
        Facet::OnHold if super::situation::cut_off(texts) => SUBJECT_CUT_OFF,
        // A line that never answered: no hold to be sorry for.
        Facet::OnHold if mentions(list!["get through", "busy signal"]) => SUBJECT_NO_LINE,
        Facet::OnHold => SUBJECT_ON_HOLD,
    };
    pick(seed, pool, 20 + facet as u64)
        .replace_str("{parcel}", parcel(texts))
        .replace_str("{trip}", super::situation::trip(texts))
}

/// The name the issue type gives, with the details the customer's words add; `None` when
/// it would be vague ("the problem with it").
fn by_issue(situation: &Situation, texts: &[String], seed: u64) -> Option<String> {
    let mentions = |phrases: List| has_any_in(texts, phrases);
    let parcel = parcel(texts);
    let pick =
        |pool: List, salt| Some(self::pick(seed, pool, salt).replace_str("{parcel}", parcel));
    // A delivery type named without a word of something sent ("channel 3 is missing") would
    // name a parcel nobody mentioned.
    let sent = mentions(SENT_WORDS);
    match situation.issue {
        IssueType::DeliveryLate | IssueType::DeliveryMissing | IssueType::DeliveryDamaged
            if !sent =>
        {
            None
        }
        IssueType::AccountAccess => {
            if mentions(list![
                "account closed",
                "closed my account",
                "closed our account"
            ]) {
                pick(SUBJECT_CLOSED, 1)
            } else if mentions(list![
                "hacked",
                "someone else",
                "unauthorized",
                "unauthorised",
                "not me",
            ]) {
                pick(SUBJECT_HACKED, 1)
            } else if mentions(list!["code", "2fa", "two factor", "verification"]) {
                pick(SUBJECT_CODE, 1)
            } else if mentions(list!["suspended", "disabled", "banned"]) {
                pick(SUBJECT_SUSPENDED, 1)
            } else if mentions(list!["locked"]) {
                pick(SUBJECT_LOCKED, 1)
            } else if mentions(list!["password", "reset"]) {
                pick(SUBJECT_PASSWORD, 1)
            } else {
                pick(SUBJECT_SIGN_IN, 1)
            }
        }
        IssueType::Billing => {
            if mentions(list![
                "twice",
                "double",
                "two charges",
                "charged again",
                "duplicate",
            ]) {
                pick(SUBJECT_DOUBLE_CHARGE, 2)
            } else if mentions(list![
                "declined",
                "failed",
                "won't go through",
                "not going through",
            ]) {
                pick(SUBJECT_DECLINED, 2)
            } else if mentions(list![
                "after i cancelled",
                "after cancelling",
                "still charged",
                "still being charged",
                "after i canceled",
            ]) {
                pick(SUBJECT_CHARGED_AFTER_CANCEL, 2)
            } else if mentions(list!["invoice", "receipt"]) {
                pick(SUBJECT_INVOICE, 2)
            } else if mentions(list!["overcharged", "wrong amount", "more than"]) {
                pick(SUBJECT_OVERCHARGE, 2)
            // A bill they say they will not pay is a threat, not a charge to name.
            } else if mentions(list!["not going to pay", "won't pay", "not paying"]) {
                None
            // A bill with no money said taken ("my bill issue") names no charge.
            } else if mentions(list!["bill", "bills"])
                && !mentions(list!["charge", "charged", "charges", "paid", "payment"])
            {
                pick(SUBJECT_BILL, 2)
            // A payment that is someone else's ("until the full payment is received") is no
            // charge on their account: only their own money named.
            } else if mentions(list![
                "charge",
                "charged",
                "charges",
                "my payment",
                "a payment",
                "another payment",
                "payment taken",
                "payment was taken",
                "paid",
                "bill",
                "billed",
            ]) {
                pick(SUBJECT_CHARGE, 2)
            } else {
                None
            }
        }
        // "The refund that hasn't come through" says they wait for one: not for a refund
        // miscalculated, merely mentioned or only now asked for ("need a refund").
        IssueType::RefundStatus
            if mentions(list![
                "my refund",
                "processing",
                "week",
                "waiting",
                "still",
                "yet",
                "haven't",
                "hasn't",
                "not received",
                "but not",
                "where",
                "when",
                "owed",
                "days",
                "weeks",
            ]) =>
        {
            pick(SUBJECT_REFUND, 3)
        }
        IssueType::RefundStatus => None,
        IssueType::DeliveryLate => pick(SUBJECT_LATE, 4),
        IssueType::DeliveryMissing => {
            if mentions(list!["delivered"]) {
                pick(SUBJECT_MARKED_DELIVERED, 5)
            } else if mentions(list![
                "missing from",
                "not in the box",
                "wasn't in the box",
                "missing item",
                "was missing",
            ]) {
                pick(SUBJECT_MISSING_ITEM, 5)
            } else {
                pick(SUBJECT_MISSING, 5)
            }
        }
        IssueType::DeliveryDamaged => {
            let item = item(texts).unwrap_or(parcel);
            let pool = if mentions(list!["wrong", "supposed to be", "not what i ordered"]) {
                SUBJECT_WRONG_ITEM
            } else if mentions(list!["faulty", "defective"])
                && !mentions(anchors(IssueType::DeliveryDamaged))
            {
                // Faulty or defective is no damage.
                SUBJECT_ITEM_FAULT
            } else {
                SUBJECT_DAMAGED
            };
            Some(self::pick(seed, pool, 6).replace_str("{item}", item))
        }
        IssueType::OutageError => {
            if mentions(list![
                "wifi",
                "wi-fi",
                "internet",
                "broadband",
                "connection",
                "signal",
            ]) {
                pick(SUBJECT_CONNECTION, 7)
            } else if mentions(list!["error"]) && !mentions(list!["down", "outage"]) {
                pick(SUBJECT_ERROR, 7)
            } else if mentions(list![
                "down",
                "outage",
                "offline",
                "not working",
                "isn't working"
            ]) {
                pick(SUBJECT_OUTAGE, 7)
            } else {
                None
            }
        }
        IssueType::ProductBug => {
            let thing = if mentions(list!["app"]) {
                "the app"
            } else if let Some(item) = item(texts) {
                return Some(self::pick(seed, SUBJECT_ITEM_FAULT, 8).replace_str("{item}", item));
            } else if mentions(list!["website", "site"]) {
                "the website"
            } else {
                "it"
            };
            let vague = thing == "it";
            let pool = if mentions(list![
                "crash",
                "crashes",
                "crashing",
                "crashed",
                "keeps closing"
            ]) {
                SUBJECT_CRASH
            } else if mentions(list!["slow", "lag", "lagging", "laggy"]) {
                SUBJECT_SLOW
            } else if mentions(list!["battery", "charge", "charging"]) {
                SUBJECT_BATTERY
            } else if mentions(list!["update"]) {
                SUBJECT_AFTER_UPDATE
            } else {
                SUBJECT_BUG
            };
            if vague {
                // "The problem with it" names nothing: only wordings without the thing.
                let plain: Vec<&str> = pool.iter().filter(|p| !p.contains_str("{thing}")).collect();
                return (!plain.is_empty())
                    .then(|| plain[seeded(seed, 8, plain.len())].to_string());
            }
            Some(self::pick(seed, pool, 8).replace_str("{thing}", thing))
        }
        IssueType::PolicyComplaint => {
            if super::wants::priced(texts) {
                pick(SUBJECT_VALUE, 9)
            } else if meal_taste(situation, texts) {
                pick(SUBJECT_TASTE, 9)
            } else if let Some(point) = super::wants::design(texts).filter(|p| !p.is_empty()) {
                // A design judged names its point ("the size", "the look of it").
                Some(point.to_string())
            } else if mentions(list!["price", "prices", "expensive", "cost"]) {
                pick(SUBJECT_PRICE, 9)
            } else if mentions(list!["fee", "fees", "restocking"]) {
                pick(SUBJECT_FEE, 9)
            } else if mentions(list!["campaign", "advert", "commercial"]) {
                pick(SUBJECT_CAMPAIGN, 9)
            } else if mentions(list!["ads", "adverts", "advertising"]) {
                pick(SUBJECT_ADS, 9)
            } else if mentions(list![
                "returns",
                "return policy",
                "refund policy",
                "refunds",
                "refundable",
            ]) {
                pick(SUBJECT_RETURN_POLICY, 9)
            } else if mentions(list![
                "removed",
                "got rid",
                "bring back",
                "no longer",
                "design",
                "layout",
                "feature",
                "redesign",
                "different place",
                "moved",
                "update",
            ]) {
                pick(SUBJECT_FEATURE_CHANGE, 9)
            } else {
                pick(SUBJECT_POLICY, 9)
            }
        }
        // "I'll cancel if you don't fix this" is a threat, not a cancellation to name.
        IssueType::Cancellation if situation.asked_for == Request::Cancel => {
            pick(SUBJECT_CANCEL, 10)
        }
        IssueType::Cancellation => None,
        IssueType::Privacy => {
            if mentions(list![
                "spam",
                "emails",
                "texts",
                "marketing",
                "never signed up",
                "unsubscribe",
            ]) {
                pick(SUBJECT_SPAM, 11)
            } else if mentions(list!["delete", "remove", "erase"]) {
                pick(SUBJECT_DELETE_DATA, 11)
            } else {
                pick(SUBJECT_DATA, 11)
            }
        }
        IssueType::HowTo => pick(SUBJECT_QUESTION, 12),
        IssueType::Thanks => Some("your message".to_string()),
        IssueType::Other => None,
    }
}

/// Words that say the issue type outright, so that its name is safe even when the type
/// was a weak reading.
fn anchors(issue: IssueType) -> List {
    match issue {
        IssueType::RefundStatus => list!["refund"],
        IssueType::DeliveryLate => list!["late", "delayed", "delivery date", "hasn't arrived"],
        IssueType::DeliveryMissing => list!["never arrived", "never came", "missing", "never got"],
        IssueType::DeliveryDamaged => list!["damaged", "broken", "cracked", "smashed", "crushed"],
        IssueType::AccountAccess => list!["log in", "sign in", "login", "password", "locked out"],
        IssueType::Billing => list!["charged", "charge", "charging", "bill", "payment"],
        // A fault said in so many words ("stopped working", "keeps crashing").
        IssueType::ProductBug => list![
            "stopped working",
            "not working",
            "won't turn on",
            "crashes",
            "crashing",
            "faulty",
            "leak",
            "leaks",
            "leaking"
        ],
        IssueType::OutageError => list!["outage", "is down", "went down", "been down"],
        _ => list![],
    }
}

/// The word the customer uses for what was sent: parcel, package, delivery or order.
pub(crate) fn parcel(texts: &[String]) -> &'static str {
    list!["parcel", "package", "delivery", "shipment"]
        .iter()
        .find(|w| texts.iter().any(|t| find_phrase(t, w).is_some()))
        .unwrap_or("order")
}

/// The item the customer names, if any ("headphones").
fn item(texts: &[String]) -> Option<&'static str> {
    // "my watch", not "i watch on appletv": the item as a noun after a determiner, or
    // after the link it has ("my new bluetooth headset", not the laptop it pairs with).
    ITEMS.iter().find(|w| {
        list!["my", "the", "your", "new", "this", "bluetooth", "wireless"]
            .iter()
            .any(|d| {
                let phrase = crate::text::concat(&[d, " ", w]);
                texts.iter().any(|t| find_phrase(t, &phrase).is_some())
            })
    })
}

/// Words of something sent, for naming a delivery.
pub(crate) const SENT_WORDS: List = list![
    "parcel",
    "package",
    "order",
    "ordered",
    "delivery",
    "delivered",
    "shipping",
    "shipped",
    "shipment",
    "courier",
    "tracking",
    "arrived",
    "turned up",
    "came",
    "item",
    "items",
    "box",
];

/// Picks one of `pool`, varied by the conversation (`seed`) and by `salt`, as the composer
/// picks its sentences.
fn pick(seed: u64, pool: List, salt: u64) -> &'static str {
    if pool.is_empty() {
        return "";
    }
    pool.get(seeded(seed, salt, pool.len()))
}

/// A place in a list of `len` (> 0) items, varied by the conversation's `seed` and `salt`.
fn seeded(seed: u64, salt: u64, len: usize) -> usize {
    let mut h = seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^= h >> 31;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 29;
    (h % len as u64) as usize
}

// -- what the problem is called ------------------------------------------------------------

const SUBJECT_SIGN_IN: List = list!["the trouble signing in", "the sign-in problem"];
const SUBJECT_PASSWORD: List = list!["the password reset", "the password trouble"];
const SUBJECT_LOCKED: List = list!["your locked account", "the lock on your account"];
const SUBJECT_SUSPENDED: List = list!["the suspension on your account", "your suspended account"];
const SUBJECT_CODE: List = list![
    "the sign-in code that isn't arriving",
    "the verification code trouble",
];
const SUBJECT_HACKED: List = list![
    "the activity on your account that wasn't you",
    "the unauthorised access to your account",
];
const SUBJECT_DOUBLE_CHARGE: List = list!["the double charge", "the second charge on your card"];
const SUBJECT_DECLINED: List = list!["the payment that won't go through", "the declined payment"];
const SUBJECT_CHARGED_AFTER_CANCEL: List = list![
    "the charge after you cancelled",
    "the payment taken after your cancellation",
];
const SUBJECT_INVOICE: List = list![
    "the trouble with your invoice",
    "the problem with your invoice"
];
const SUBJECT_OVERCHARGE: List = list!["the overcharge", "the amount you were charged"];
const SUBJECT_CHARGE: List = list!["the charge on your account", "this charge"];
const SUBJECT_BILL: List = list!["the problem with your bill"];
const SUBJECT_REFUND: List = list![
    "your outstanding refund",
    "the refund you're waiting on",
    "the refund that hasn't come through",
];
const SUBJECT_LATE: List = list![
    "your late {parcel}",
    "the delay with your {parcel}",
    "the hold-up with your {parcel}",
];
const SUBJECT_MISSING: List = list!["your missing {parcel}", "the {parcel} that never turned up"];
const SUBJECT_MARKED_DELIVERED: List = list![
    "the {parcel} marked delivered that didn't reach you",
    "the delivery scan that doesn't match your doorstep",
];
const SUBJECT_MISSING_ITEM: List = list![
    "the item missing from your {parcel}",
    "what was missing from the box",
];
const SUBJECT_DAMAGED: List = list!["your damaged {item}", "the damage to your {item}"];
const SUBJECT_WRONG_ITEM: List = list!["the wrong item we sent", "the mix-up with your {item}"];
const SUBJECT_CONNECTION: List = list!["the connection drops", "the connection trouble"];
const SUBJECT_ERROR: List = list!["the error you're getting", "the error message"];
const SUBJECT_OUTAGE: List = list!["the outage", "the service being down"];
const SUBJECT_CRASH: List = list!["the crashing", "the crashes in {thing}"];
const SUBJECT_SLOW: List = list!["the slowness", "the slowdown in {thing}", "the slowdown"];
const SUBJECT_BATTERY: List = list!["the battery problem", "the charging trouble"];
const SUBJECT_AFTER_UPDATE: List = list!["what the update broke", "the problem since the update"];
const SUBJECT_BUG: List = list!["the problem with {thing}", "the bug in {thing}"];
const SUBJECT_ITEM_FAULT: List = list!["the fault with your {item}", "your faulty {item}"];
const SUBJECT_PRICE: List = list!["the price change", "the higher price"];
const SUBJECT_VALUE: List = list!["the price", "the prices"];
const SUBJECT_TASTE: List = list!["the taste", "the flavour"];
const SUBJECT_CAMPAIGN: List = list!["the advert", "the campaign"];
const SUBJECT_FEE: List = list!["the fee", "the extra charge"];
const SUBJECT_ADS: List = list!["the ads", "the adverts"];
const SUBJECT_RETURN_POLICY: List = list!["the returns rule", "our return policy"];
const SUBJECT_FEATURE_CHANGE: List = list!["the feature change", "the new design"];
const SUBJECT_POLICY: List = list!["the policy", "this rule"];
const SUBJECT_CANCEL: List = list!["your cancellation", "your cancellation request"];
const SUBJECT_SPAM: List = list!["the messages you didn't sign up for", "the unwanted emails"];
const SUBJECT_DELETE_DATA: List = list!["your data deletion request", "your deletion request"];
const SUBJECT_DATA: List = list!["your concern about your data", "your privacy question"];
const SUBJECT_QUESTION: List = list!["your question", "what you're asking"];

/// Items a customer may name, for "your damaged headphones".
pub(super) const ITEMS: List = list![
    "headphones",
    "headset",
    "earbuds",
    "laptop",
    "phone",
    "tablet",
    "charger",
    "shoes",
    "jacket",
    "dress",
    "sofa",
    "chair",
    "table",
    "lamp",
    "tv",
    "blender",
    "mug",
    "glasses",
    "watch",
    "camera",
    "speaker",
    "printer",
    "monitor",
    "keyboard",
    "router",
    "vase",
    "plates",
    "mattress",
    "fridge",
    "microwave",
    "kettle",
    "console",
    "controller",
    "bike",
    "helmet",
];
const SUBJECT_CODE_REJECTED: List = list![
    "the discount code that won't go through",
    "the code that isn't being accepted",
    "your discount code being refused",
];
const SUBJECT_GIFT_CARD: List = list!["the problem with your gift card", "the gift card trouble"];
const SUBJECT_NOT_SHIPPED: List = list![
    "your {parcel} not having shipped yet",
    "the hold-up in shipping your {parcel}",
];
const SUBJECT_STUCK: List = list![
    "your {parcel} stuck on \"preparing\"",
    "your {parcel} that hasn't moved past preparing",
];
const SUBJECT_TRAVEL_DELAY: List = list!["the delay to your {trip}", "your delayed {trip}"];
const SUBJECT_TRAVEL_CANCELLED: List = list!["your cancelled {trip}"];
const SUBJECT_BAGS: List = list!["the problem with your bags", "the trouble with your bags"];
const SUBJECT_NO_SERVICE: List = list!["the loss of service", "the service cutting out"];
const SUBJECT_POWER: List = list!["the power cut", "being left without power"];
const SUBJECT_CANCEL_BLOCKED: List = list![
    "not being able to cancel",
    "the cancellation that won't go through",
];
const SUBJECT_FOOD: List = list![
    "the problem with your meal",
    "what went wrong with your order"
];
const SUBJECT_FLOOR: List = list!["the service on your visit", "the service at your table"];
const SUBJECT_FOOD_WAIT: List = list!["the wait for your food", "your food still not arriving"];
const SUBJECT_REPAIR: List = list![
    "the trouble with your repair",
    "the problem with the repair"
];
const SUBJECT_STAFF: List = list!["how you were treated", "the way you were treated"];
const SUBJECT_NO_REPLY: List = list!["the wait for a reply", "your messages going unanswered"];
const SUBJECT_NO_CALL: List = list!["the call back you're still waiting for"];
const SUBJECT_ON_HOLD: List = list!["the wait on hold", "the time you spent on hold"];
const SUBJECT_CUT_OFF: List = list!["the dropped call"];
const SUBJECT_NO_LINE: List = list!["the trouble getting through to us"];
const SUBJECT_CLOSED: List = list!["your closed account", "the closure of your account"];

/// Service on the floor (folded, see `situation::has_any`).
pub(crate) const FLOOR: List = list![
    "service",
    "server",
    "servers",
    "waiter",
    "waitress",
    "waitstaff",
    "wait staff",
    "host",
    "hostess",
    "refill",
    "refills",
    "refilled",
    "ignored",
    "checked on",
    "check on us",
    "attentive",
    "inattentive",
    "rushed",
    "madhouse",
    "seated",
    "waited",
    "wave",
    "waved",
    "bartender",
    "to be served",
    "take our order",
    "took our order",
    "place our order",
];
/// Something wrong with the food itself: the kitchen's too.
const FOOD_FAULT: List = list![
    "taste",
    "tasted",
    "tasteless",
    "tasty",
    "bland",
    "raw",
    "undercooked",
    "overcooked",
    "burnt",
    "burned",
    "stale",
    "dry",
    "greasy",
    "soggy",
    "salty",
    "hair",
    "bug",
    "sick",
    "flavor",
    "flavour",
    "texture",
    "rubber",
    "inedible",
    "not hot",
    "cold",
    "lukewarm",
    "wrong",
    "missing",
    "quality",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A name reads after any opener ("Sorry to hear about ...", "To sort out ..."): what
    /// went wrong, never the bare thing ("Sorry you're dealing with your meal" reads
    /// stitched).
    #[test]
    fn a_setting_is_named_by_what_went_wrong() {
        let texts = ["the burger was raw and the bags never came".to_string()];
        for facet in [Facet::Food, Facet::LostBags, Facet::GiftCard, Facet::Repair] {
            for seed in 0..8 {
                let name = facet_name(facet, &texts, seed);
                let words = name.split(' ').count();
                assert!(!(name.starts_with("your ") && words <= 3), "{name}");
                assert!(!(name.starts_with("the ") && words <= 2), "{name}");
            }
        }
        for pool in [
            crate::playbook::library::OPEN_UNKNOWN,
            crate::playbook::library::ACK_SUBJECT,
            crate::playbook::library::BOUNDARY_ACK,
        ] {
            assert!(pool.iter().all(|line| !line.contains("deal")), "{pool:?}");
        }
    }

    /// A thing told faulty or defective is named so, never "damaged"; a thing told broken
    /// or cracked is damaged.
    #[test]
    fn faulty_is_not_damaged() {
        let situation = Situation {
            issue: IssueType::DeliveryDamaged,
            issue_sure: true,
            ..Situation::default()
        };
        for seed in 0..4 {
            let named = |t: &str| by_issue(&situation, &[t.to_string()], seed).unwrap();
            let faulty = named("the kettle that arrived is faulty");
            assert!(faulty.contains("fault"), "{faulty}");
            let broken = named("the kettle arrived broken");
            assert!(broken.contains("damage"), "{broken}");
        }
    }

    /// The floor's (the service, the wait for a table, a refill) unless the food itself is
    /// faulted too.
    #[test]
    fn floor_service_is_told_from_the_food() {
        let floor = |t: &str| floor(&[t.to_string()]);
        assert!(floor("went for lunch - service was slow"));
        assert!(floor(
            "nobody refilled our water and the waitress never checked on us"
        ));
        assert!(floor("waited 40 minutes just to place our order"));
        assert!(!floor("the fries were not hot, and neither was my burger"));
        assert!(!floor("the waiter was nice but the steak was raw"));
        assert!(!floor("the potatoes were like rubber"));
    }

    /// A charge or a refund is named only when it is theirs: their money taken, a refund
    /// they wait for. Someone else's payment or a refund's sum names neither.
    #[test]
    fn a_charge_or_refund_is_named_only_when_theirs() {
        let named = |issue, text: &str| {
            let situation = Situation {
                issue,
                issue_sure: true,
                ..Situation::default()
            };
            by_issue(&situation, &[text.to_string()], 0)
        };
        let theirs = [
            (IssueType::Billing, "there's a payment taken from my card"),
            (IssueType::Billing, "you charged me for a plan i never had"),
            (
                IssueType::RefundStatus,
                "still no refund for the boots i sent back",
            ),
            (
                IssueType::RefundStatus,
                "my refund has been processing for a week",
            ),
        ];
        for (issue, text) in theirs {
            assert!(named(issue, text).is_some(), "{text}");
        }
        let not = [
            (
                IssueType::Billing,
                "shouldn't it stay listed until the full payment is received",
            ),
            (
                IssueType::RefundStatus,
                "a major error in the refund calculation",
            ),
            (
                IssueType::RefundStatus,
                "what a mess, i need a refund of the software",
            ),
        ];
        for (issue, text) in not {
            assert_eq!(named(issue, text), None, "{text}");
        }
    }

    /// A thing and its defect told together are named together; a thing that only
    /// qualifies another ("my laptop webcam") or comes after the defect is not.
    #[test]
    fn an_opinion_is_named_by_its_point() {
        // Not sure of the type (an opinion never is): the words name the point.
        let situation = Situation {
            issue: IssueType::PolicyComplaint,
            facets: vec![Facet::Food],
            ..Situation::default()
        };
        let named = |text: &str| {
            let texts = [text.to_string()];
            name(&situation, &texts, &[text], 0).map(|(n, _)| n)
        };
        assert!(named("way too pricey for a sandwich").is_some_and(|n| n.contains("price")));
        let taste = named("it tasted like cardboard").unwrap_or_default();
        assert!(
            taste.contains("taste") || taste.contains("flavour"),
            "{taste}"
        );
        assert!(named("such an ugly jacket").is_some_and(|n| n.contains("look")));
        // "Bland" of a thing bought is no taste.
        assert!(!named("this phone looks rather bland").is_some_and(|n| n.contains("taste")));
        assert!(named("that new advert is awful").is_some_and(|n| n.contains("advert")));
        // A design judged names its point, a part first; never "the ... problem".
        assert_eq!(
            named("this kettle is far too bulky").as_deref(),
            Some("the size")
        );
        assert_eq!(
            named("the scroll button is more cumbersome than before").as_deref(),
            Some("the scroll button")
        );
        assert!(named("the lid hinge is bad").is_some_and(|n| !n.ends_with("problem")));
    }

    #[test]
    fn a_cancelled_trip_is_never_called_delayed() {
        let texts = ["my flight was cancelled and nobody told me".to_string()];
        for seed in 0..6 {
            let name = facet_name(Facet::TravelDelay, &texts, seed);
            assert_eq!(name, "your cancelled flight");
        }
        let texts = ["our train is delayed again".to_string()];
        assert!(facet_name(Facet::TravelDelay, &texts, 0).contains("delay"));
        let texts = ["not cancelled. delayed. been sitting on the plane for two hours".to_string()];
        assert!(facet_name(Facet::TravelDelay, &texts, 0).contains("delay"));
    }
}
