//! The customer's problem named as a noun phrase in the agent's voice ("the double charge",
//! "your missing parcel"), for the replies to acknowledge. Named only from what the
//! situation and the customer's own words show; when the problem is not clear enough to
//! name, [`name`] says so and the reply uses wording that needs no name.

use super::situation::{has_any, Facet, IssueType, Request, Situation};

/// This customer's problem as a noun phrase in the agent's voice ("your missing parcel"),
/// or `None` when the problem is not clear enough to name. `texts` are the customer's
/// messages, folded (see `situation::fold`), oldest first; `seed` varies the wording
/// between conversations.
///
/// In order: a specific facet of the problem ("the double charge"); the issue type, when
/// the situation is sure of it; the setting ("your meal", "the repair") or how it was
/// handled ("the wait on hold"); else nothing: a wrong confident name reads worse than
/// none.
pub(crate) fn name(situation: &Situation, texts: &[String], seed: u64) -> Option<String> {
    let facets = &situation.facets;
    if let Some(&f) = facets.iter().find(|f| f.is_problem()) {
        return Some(facet_name(f, texts, seed));
    }
    if situation.issue_sure {
        if let Some(named) = by_issue(situation, texts, seed) {
            return Some(named);
        }
    }
    facets.first().map(|&f| facet_name(f, texts, seed))
}

/// Every part of the problem the replies may acknowledge, the name from [`name`] first,
/// then the other facets' names ("the double charge", "not hearing back from us").
pub(crate) fn names(situation: &Situation, texts: &[String], seed: u64) -> Vec<String> {
    let mut out: Vec<String> = name(situation, texts, seed).into_iter().collect();
    for &f in &situation.facets {
        let n = facet_name(f, texts, seed);
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// A facet as a noun phrase.
fn facet_name(facet: Facet, texts: &[String], seed: u64) -> String {
    let mentions = |phrases: &[&str]| texts.iter().any(|t| has_any(t, phrases));
    let pool: &[&str] = match facet {
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
        Facet::NoPaper => SUBJECT_NO_PAPER,
        Facet::TravelDelay => SUBJECT_TRAVEL_DELAY,
        Facet::LostBags => SUBJECT_BAGS,
        Facet::NoService if mentions(&["power", "electricity"]) => SUBJECT_POWER,
        Facet::NoService => SUBJECT_NO_SERVICE,
        Facet::CancelBlocked => SUBJECT_CANCEL_BLOCKED,
        Facet::Food if mentions(&["waiting", "wait", "minutes", "still"]) => SUBJECT_FOOD_WAIT,
        Facet::Food => SUBJECT_FOOD,
        Facet::Repair => SUBJECT_REPAIR,
        Facet::StaffConduct => SUBJECT_STAFF,
        Facet::NoReply => SUBJECT_NO_REPLY,
        Facet::OnHold => SUBJECT_ON_HOLD,
    };
    pick(seed, pool, 20 + facet as u64)
        .replace("{parcel}", parcel(texts))
        .replace("{trip}", super::situation::trip(texts))
}

/// The name the issue type gives, with the details the customer's words add; `None` when
/// it would be vague ("the problem with it").
fn by_issue(situation: &Situation, texts: &[String], seed: u64) -> Option<String> {
    let mentions = |phrases: &[&str]| texts.iter().any(|t| has_any(t, phrases));
    let parcel = parcel(texts);
    let pick = |pool: &[&str], salt| Some(self::pick(seed, pool, salt).replace("{parcel}", parcel));
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
            if mentions(&["account closed", "closed my account", "closed our account"]) {
                pick(SUBJECT_CLOSED, 1)
            } else if mentions(&[
                "hacked",
                "someone else",
                "unauthorized",
                "unauthorised",
                "not me",
            ]) {
                pick(SUBJECT_HACKED, 1)
            } else if mentions(&["code", "2fa", "two factor", "verification"]) {
                pick(SUBJECT_CODE, 1)
            } else if mentions(&["suspended", "disabled", "banned"]) {
                pick(SUBJECT_SUSPENDED, 1)
            } else if mentions(&["locked"]) {
                pick(SUBJECT_LOCKED, 1)
            } else if mentions(&["password", "reset"]) {
                pick(SUBJECT_PASSWORD, 1)
            } else {
                pick(SUBJECT_SIGN_IN, 1)
            }
        }
        IssueType::Billing => {
            if mentions(&[
                "twice",
                "double",
                "two charges",
                "charged again",
                "duplicate",
            ]) {
                pick(SUBJECT_DOUBLE_CHARGE, 2)
            } else if mentions(&[
                "declined",
                "failed",
                "won't go through",
                "not going through",
            ]) {
                pick(SUBJECT_DECLINED, 2)
            } else if mentions(&[
                "after i cancelled",
                "after cancelling",
                "still charged",
                "still being charged",
                "after i canceled",
            ]) {
                pick(SUBJECT_CHARGED_AFTER_CANCEL, 2)
            } else if mentions(&["invoice", "receipt"]) {
                pick(SUBJECT_INVOICE, 2)
            } else if mentions(&["overcharged", "wrong amount", "more than"]) {
                pick(SUBJECT_OVERCHARGE, 2)
            } else if mentions(&[
                "charge", "charged", "charges", "payment", "paid", "bill", "billed",
            ]) {
                pick(SUBJECT_CHARGE, 2)
            } else {
                None
            }
        }
        IssueType::RefundStatus => pick(SUBJECT_REFUND, 3),
        IssueType::DeliveryLate => pick(SUBJECT_LATE, 4),
        IssueType::DeliveryMissing => {
            if mentions(&["delivered"]) {
                pick(SUBJECT_MARKED_DELIVERED, 5)
            } else if mentions(&[
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
            let pool = if mentions(&["wrong", "supposed to be", "not what i ordered"]) {
                SUBJECT_WRONG_ITEM
            } else {
                SUBJECT_DAMAGED
            };
            Some(self::pick(seed, pool, 6).replace("{item}", item))
        }
        IssueType::OutageError => {
            if mentions(&[
                "wifi",
                "wi-fi",
                "internet",
                "broadband",
                "connection",
                "signal",
            ]) {
                pick(SUBJECT_CONNECTION, 7)
            } else if mentions(&["error"]) && !mentions(&["down", "outage"]) {
                pick(SUBJECT_ERROR, 7)
            } else if mentions(&["down", "outage", "offline", "not working", "isn't working"]) {
                pick(SUBJECT_OUTAGE, 7)
            } else {
                None
            }
        }
        IssueType::ProductBug => {
            let thing = if mentions(&["app"]) {
                "the app"
            } else if let Some(item) = item(texts) {
                return Some(self::pick(seed, SUBJECT_ITEM_FAULT, 8).replace("{item}", item));
            } else if mentions(&["website", "site"]) {
                "the website"
            } else {
                "it"
            };
            let vague = thing == "it";
            let pool = if mentions(&["crash", "crashes", "crashing", "crashed", "keeps closing"]) {
                SUBJECT_CRASH
            } else if mentions(&["slow", "lag", "lagging", "laggy"]) {
                SUBJECT_SLOW
            } else if mentions(&["battery", "charge", "charging"]) {
                SUBJECT_BATTERY
            } else if mentions(&["update"]) {
                SUBJECT_AFTER_UPDATE
            } else {
                SUBJECT_BUG
            };
            if vague {
                // "The problem with it" names nothing: only wordings without the thing.
                let plain: Vec<&str> = pool
                    .iter()
                    .copied()
                    .filter(|p| !p.contains("{thing}"))
                    .collect();
                return (!plain.is_empty()).then(|| self::pick(seed, &plain, 8).to_string());
            }
            Some(self::pick(seed, pool, 8).replace("{thing}", thing))
        }
        IssueType::PolicyComplaint => {
            if mentions(&["price", "prices", "expensive", "cost"]) {
                pick(SUBJECT_PRICE, 9)
            } else if mentions(&["fee", "fees", "restocking"]) {
                pick(SUBJECT_FEE, 9)
            } else if mentions(&["ads", "adverts", "advertising"]) {
                pick(SUBJECT_ADS, 9)
            } else if mentions(&[
                "returns",
                "return policy",
                "returns policy",
                "refund policy",
                "refunds",
                "refundable",
            ]) {
                pick(SUBJECT_RETURN_POLICY, 9)
            } else if mentions(&[
                "removed",
                "got rid",
                "bring back",
                "no longer",
                "design",
                "layout",
                "feature",
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
            if mentions(&[
                "spam",
                "emails",
                "texts",
                "marketing",
                "never signed up",
                "unsubscribe",
            ]) {
                pick(SUBJECT_SPAM, 11)
            } else if mentions(&["delete", "remove", "erase"]) {
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

/// The word the customer uses for what was sent: parcel, package, delivery or order.
pub(crate) fn parcel(texts: &[String]) -> &'static str {
    ["parcel", "package", "delivery", "shipment"]
        .into_iter()
        .find(|w| texts.iter().any(|t| has_any(t, &[w])))
        .unwrap_or("order")
}

/// The item the customer names, if any ("headphones").
fn item(texts: &[String]) -> Option<&'static str> {
    // "my watch", not "i watch on appletv": the item as a noun after a determiner.
    ITEMS.iter().copied().find(|w| {
        ["my", "the", "your", "new", "this"].iter().any(|d| {
            let phrase = [d, " ", w].concat();
            texts.iter().any(|t| has_any(t, &[phrase.as_str()]))
        })
    })
}

/// Words of something sent, for naming a delivery.
const SENT_WORDS: &[&str] = &[
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
    "item",
    "items",
    "box",
];

/// Picks one of `pool`, varied by the conversation (`seed`) and by `salt`, as the composer
/// picks its sentences.
fn pick<'p>(seed: u64, pool: &'p [&'p str], salt: u64) -> &'p str {
    if pool.is_empty() {
        return "";
    }
    let mut h = seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^= h >> 31;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 29;
    pool[(h % pool.len() as u64) as usize]
}

// -- what the problem is called ------------------------------------------------------------

const SUBJECT_SIGN_IN: &[&str] = &[
    "the trouble signing in",
    "your account access",
    "the sign-in problem",
    "the login trouble",
];
const SUBJECT_PASSWORD: &[&str] = &[
    "the password reset",
    "the password trouble",
    "the reset email",
];
const SUBJECT_LOCKED: &[&str] = &[
    "your locked account",
    "the lockout on your account",
    "the lock on your account",
];
const SUBJECT_SUSPENDED: &[&str] = &["the suspension on your account", "your suspended account"];
const SUBJECT_CODE: &[&str] = &[
    "the sign-in code that isn't arriving",
    "the verification code trouble",
    "the two-step code problem",
];
const SUBJECT_HACKED: &[&str] = &[
    "the activity on your account that wasn't you",
    "the break-in on your account",
    "the unauthorised access to your account",
];
const SUBJECT_DOUBLE_CHARGE: &[&str] = &[
    "the double charge",
    "the second charge on your card",
    "the duplicate payment",
    "the duplicate charge",
];
const SUBJECT_DECLINED: &[&str] = &[
    "the payment that won't go through",
    "the declined payment",
    "the failed payment",
];
const SUBJECT_CHARGED_AFTER_CANCEL: &[&str] = &[
    "the charge after you cancelled",
    "the payment taken after your cancellation",
];
const SUBJECT_INVOICE: &[&str] = &["your invoice", "the invoice question"];
const SUBJECT_OVERCHARGE: &[&str] = &[
    "the overcharge",
    "the amount you were charged",
    "the higher charge",
];
const SUBJECT_CHARGE: &[&str] = &[
    "the charge on your account",
    "the charge you're asking about",
    "this charge",
];
const SUBJECT_REFUND: &[&str] = &[
    "your refund",
    "the refund you're waiting on",
    "the refund that hasn't come through",
    "your outstanding refund",
];
const SUBJECT_LATE: &[&str] = &[
    "your late {parcel}",
    "the delay with your {parcel}",
    "the late delivery",
    "the hold-up with your {parcel}",
];
const SUBJECT_MISSING: &[&str] = &[
    "your missing {parcel}",
    "the {parcel} that never turned up",
    "the missing delivery",
];
const SUBJECT_MARKED_DELIVERED: &[&str] = &[
    "the {parcel} marked delivered that didn't reach you",
    "your {parcel} showing as delivered when it isn't there",
    "the delivery scan that doesn't match your doorstep",
];
const SUBJECT_MISSING_ITEM: &[&str] = &[
    "the item missing from your {parcel}",
    "the missing part of your order",
    "what was missing from the box",
];
const SUBJECT_DAMAGED: &[&str] = &[
    "your damaged {item}",
    "the {item} arriving damaged",
    "the damage to your {item}",
];
const SUBJECT_WRONG_ITEM: &[&str] = &[
    "the wrong item in your {item}",
    "the wrong item we sent",
    "the mix-up with your {item}",
];
const SUBJECT_CONNECTION: &[&str] = &[
    "the connection drops",
    "the connection trouble",
    "the loss of connection",
];
const SUBJECT_ERROR: &[&str] = &[
    "the error you're getting",
    "the error message",
    "the error that keeps coming up",
];
const SUBJECT_OUTAGE: &[&str] = &[
    "the outage",
    "the service being down",
    "the disruption today",
];
const SUBJECT_CRASH: &[&str] = &[
    "the crashing",
    "the crashes in {thing}",
    "the constant crashes",
];
const SUBJECT_SLOW: &[&str] = &["the slowness", "the slowdown in {thing}", "the slowdown"];
const SUBJECT_BATTERY: &[&str] = &["the battery problem", "the charging trouble"];
const SUBJECT_AFTER_UPDATE: &[&str] = &[
    "what the update broke",
    "the problem since the update",
    "the fault since the update",
];
const SUBJECT_BUG: &[&str] = &[
    "the problem with {thing}",
    "the bug in {thing}",
    "the fault in {thing}",
];
const SUBJECT_ITEM_FAULT: &[&str] = &[
    "the fault with your {item}",
    "your faulty {item}",
    "the problem with your {item}",
];
const SUBJECT_PRICE: &[&str] = &["the price change", "the higher price", "the new pricing"];
const SUBJECT_FEE: &[&str] = &["the fee", "the extra charge", "that fee"];
const SUBJECT_ADS: &[&str] = &["the ads", "the adverts"];
const SUBJECT_RETURN_POLICY: &[&str] =
    &["the returns rule", "our return policy", "the refund terms"];
const SUBJECT_FEATURE_CHANGE: &[&str] = &[
    "the change you're describing",
    "the feature change",
    "the new design",
];
const SUBJECT_POLICY: &[&str] = &["the policy", "this rule", "the way this works now"];
const SUBJECT_CANCEL: &[&str] = &[
    "your cancellation",
    "the cancellation",
    "your cancellation request",
];
const SUBJECT_SPAM: &[&str] = &[
    "the messages you didn't sign up for",
    "the unwanted emails",
    "marketing you didn't sign up for",
];
const SUBJECT_DELETE_DATA: &[&str] = &["your data deletion request", "your deletion request"];
const SUBJECT_DATA: &[&str] = &[
    "your concern about your data",
    "how your information is handled",
    "your privacy question",
];
const SUBJECT_QUESTION: &[&str] = &["your question", "what you're asking"];

/// Items a customer may name, for "your damaged headphones".
const ITEMS: &[&str] = &[
    "headphones",
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
const SUBJECT_CODE_REJECTED: &[&str] = &[
    "the discount code that won't go through",
    "the code that isn't being accepted",
    "your discount code being refused",
];
const SUBJECT_GIFT_CARD: &[&str] = &["your gift card", "the gift card balance"];
const SUBJECT_NOT_SHIPPED: &[&str] = &[
    "your {parcel} not having shipped yet",
    "the hold-up in shipping your {parcel}",
];
const SUBJECT_STUCK: &[&str] = &[
    "your {parcel} stuck on \"preparing\"",
    "your {parcel} that hasn't moved past preparing",
];
const SUBJECT_NO_PAPER: &[&str] = &["your paper not turning up", "the missing paper"];
const SUBJECT_TRAVEL_DELAY: &[&str] = &[
    "the delay to your {trip}",
    "your delayed {trip}",
    "the hold-up with your {trip}",
];
const SUBJECT_BAGS: &[&str] = &["your bags", "the trouble with your bags"];
const SUBJECT_NO_SERVICE: &[&str] = &[
    "the loss of service",
    "being left without service",
    "the service cutting out",
];
const SUBJECT_POWER: &[&str] = &["the power cut", "being left without power"];
const SUBJECT_CANCEL_BLOCKED: &[&str] = &[
    "not being able to cancel",
    "the cancellation that won't go through",
];
const SUBJECT_FOOD: &[&str] = &["your meal", "your food order"];
const SUBJECT_FOOD_WAIT: &[&str] = &["the wait for your food", "how long your food is taking"];
const SUBJECT_REPAIR: &[&str] = &["the repair", "the repair work"];
const SUBJECT_STAFF: &[&str] = &["how you were treated", "the way you were treated"];
const SUBJECT_NO_REPLY: &[&str] = &[
    "not hearing back from us",
    "the wait for a reply",
    "your messages going unanswered",
];
const SUBJECT_ON_HOLD: &[&str] = &["the wait on hold", "the time you spent on hold"];
const SUBJECT_CLOSED: &[&str] = &["your closed account", "the closure of your account"];
