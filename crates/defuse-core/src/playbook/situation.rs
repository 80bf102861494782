//! The situation, read before any reply is written: what the issue is, which details are
//! known and which are missing, who is likely at fault, where the conversation happens and
//! what the customer asked for. Replies are composed from it, never from keywords alone.

use crate::list::{list, List};
use crate::text::Search;
use serde::{Deserialize, Serialize};

use crate::conversation::{Role, Turn};
use crate::signal::SignalKind;

use super::issue;
use super::sector::Sector;
use super::wants::{Note, Question, Want};

/// What the customer's problem is.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum IssueType {
    /// Signing in, passwords, codes, a locked or hacked account.
    AccountAccess,
    /// A charge, a bill, an invoice, a payment that failed.
    Billing,
    /// Where a refund is, or getting one.
    RefundStatus,
    /// A delivery that is late or has not moved.
    DeliveryLate,
    /// A delivery that never arrived, or an item missing from it.
    DeliveryMissing,
    /// An item that arrived damaged or wrong.
    DeliveryDamaged,
    /// A service that is down or erroring for everyone.
    OutageError,
    /// Something in the product that does not work as it should.
    ProductBug,
    /// A rule, a price or a feature the customer disagrees with.
    PolicyComplaint,
    /// Cancelling a subscription, an order or an account.
    Cancellation,
    /// Personal data, consent, unwanted marketing.
    Privacy,
    /// A calm question about how to do something.
    HowTo,
    /// Thanks or praise, nothing to fix.
    Thanks,
    /// None of the above, or not yet clear.
    #[default]
    Other,
}

impl IssueType {
    /// Every issue type, in declaration order.
    pub const ALL: [IssueType; 14] = [
        IssueType::AccountAccess,
        IssueType::Billing,
        IssueType::RefundStatus,
        IssueType::DeliveryLate,
        IssueType::DeliveryMissing,
        IssueType::DeliveryDamaged,
        IssueType::OutageError,
        IssueType::ProductBug,
        IssueType::PolicyComplaint,
        IssueType::Cancellation,
        IssueType::Privacy,
        IssueType::HowTo,
        IssueType::Thanks,
        IssueType::Other,
    ];

    /// The serde name (`delivery_missing`).
    pub fn key(self) -> &'static str {
        match self {
            IssueType::AccountAccess => "account_access",
            IssueType::Billing => "billing",
            IssueType::RefundStatus => "refund_status",
            IssueType::DeliveryLate => "delivery_late",
            IssueType::DeliveryMissing => "delivery_missing",
            IssueType::DeliveryDamaged => "delivery_damaged",
            IssueType::OutageError => "outage_error",
            IssueType::ProductBug => "product_bug",
            IssueType::PolicyComplaint => "policy_complaint",
            IssueType::Cancellation => "cancellation",
            IssueType::Privacy => "privacy",
            IssueType::HowTo => "how_to",
            IssueType::Thanks => "thanks",
            IssueType::Other => "other",
        }
    }

    /// A short label for the sidebar ("missing delivery").
    pub fn label(self) -> &'static str {
        match self {
            IssueType::AccountAccess => "account access",
            IssueType::Billing => "billing",
            IssueType::RefundStatus => "refund",
            IssueType::DeliveryLate => "late delivery",
            IssueType::DeliveryMissing => "missing delivery",
            IssueType::DeliveryDamaged => "damaged or wrong item",
            IssueType::OutageError => "outage or error",
            IssueType::ProductBug => "product bug",
            IssueType::PolicyComplaint => "policy complaint",
            IssueType::Cancellation => "cancellation",
            IssueType::Privacy => "privacy",
            IssueType::HowTo => "how-to question",
            IssueType::Thanks => "thanks",
            IssueType::Other => "other",
        }
    }

    /// The details a case of this type needs before the agent can act, most useful first.
    pub fn needs(self) -> &'static [Detail] {
        use Detail as D;
        match self {
            IssueType::AccountAccess | IssueType::Billing => &[D::AccountEmail],
            IssueType::Cancellation | IssueType::Privacy => &[D::AccountEmail],
            IssueType::RefundStatus
            | IssueType::DeliveryLate
            | IssueType::DeliveryMissing
            | IssueType::DeliveryDamaged => &[D::OrderNumber],
            IssueType::ProductBug => &[D::Device, D::AppVersion],
            IssueType::OutageError
            | IssueType::PolicyComplaint
            | IssueType::HowTo
            | IssueType::Thanks
            | IssueType::Other => &[],
        }
    }
}

/// A detail the agent may need to move a case forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detail {
    /// The order (or booking, invoice, ticket) number.
    OrderNumber,
    /// Which product or item.
    Product,
    /// The phone, computer or browser.
    Device,
    /// The app's version.
    AppVersion,
    /// The exact error shown.
    ErrorText,
    /// The email address on the account.
    AccountEmail,
    /// How long it has been going on.
    HowLong,
    /// Where it happened: the store, branch or station ("the Anlaby Road store").
    Place,
    /// When it happened: a time or part of a day ("3pm", "this morning").
    Time,
    /// Which discs a player will not play or read (DVDs or CDs, which brand).
    Discs,
}

/// Who is likely at fault, as far as the conversation shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fault {
    /// The company got something wrong: apologize for it.
    Company,
    /// A rule or price working as designed: acknowledge the impact, explain, don't own a fault.
    Policy,
    /// A service outage: acknowledge, share what is known, no promise of a fix time.
    Outage,
    /// The customer's own slip: help without blame, without owning it.
    Customer,
    /// A courier, bank or other party: acknowledge and chase it on their behalf.
    ThirdParty,
    /// Not clear yet.
    #[default]
    Unknown,
}

/// Where the conversation happens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Others can read it (a public post): details move to a private channel.
    Public,
    /// A one-to-one chat.
    #[default]
    Private,
}

/// What the customer asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Their money back.
    Refund,
    /// A new item.
    Replacement,
    /// To cancel or close something.
    Cancel,
    /// An answer to a question.
    Answer,
    /// A call back, a manager, a human.
    Escalation,
    /// Nothing stated yet.
    #[default]
    None,
}

/// A specific part of the problem the customer describes, from phrases real customers use
/// ("charged twice", "on hold for an hour", "never arrived"). Several may apply (a double
/// charge and no reply to an email); the first is the most specific. Replies name them
/// back only through `subject.rs`, in the agent's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    /// Charged twice for one thing.
    DoubleCharge,
    /// Charged more than expected.
    Overcharge,
    /// A price that went up.
    PriceRise,
    /// A fee or extra charge.
    Fee,
    /// Adverts or pop-ups.
    Ads,
    /// A discount, promo or welcome code that is refused.
    CodeRejected,
    /// A gift card or its balance.
    GiftCard,
    /// A delivery that never came.
    NeverArrived,
    /// Items left out of an order.
    MissingItems,
    /// An order that has not shipped.
    NotShipped,
    /// An order stuck on "preparing" or "processing".
    StuckPreparing,
    /// A delayed or cancelled flight, train or bus. Numbered from 12, as before the
    /// newspaper facet (11) went, so every facet keeps its subject's pick (`subject.rs`
    /// salts it with the number).
    TravelDelay = 12,
    /// Bags or luggage lost or late.
    LostBags,
    /// No internet, signal, TV or power.
    NoService,
    /// Trying to cancel and not being able to.
    CancelBlocked,
    /// A meal or food order.
    Food,
    /// A repair, service visit or recall.
    Repair,
    /// How staff treated the customer.
    StaffConduct,
    /// Messages or calls to the company not answered.
    NoReply,
    /// A long wait on hold, or a call cut off (see [`cut_off`]).
    OnHold,
}

impl Facet {
    /// Every facet, most specific first (the order they are named in).
    pub const ALL: [Facet; 20] = [
        Facet::DoubleCharge,
        Facet::Overcharge,
        Facet::PriceRise,
        Facet::Fee,
        Facet::Ads,
        Facet::CodeRejected,
        Facet::NeverArrived,
        Facet::MissingItems,
        Facet::NotShipped,
        Facet::StuckPreparing,
        Facet::TravelDelay,
        Facet::LostBags,
        Facet::NoService,
        Facet::CancelBlocked,
        Facet::GiftCard,
        Facet::Food,
        Facet::Repair,
        Facet::StaffConduct,
        Facet::NoReply,
        Facet::OnHold,
    ];

    /// Whether the facet names the problem itself rather than its setting (a meal, a
    /// repair, staff) or how the company handled it (no reply, on hold): only these name
    /// the problem ahead of a sure issue type.
    pub fn is_problem(self) -> bool {
        !matches!(
            self,
            Facet::GiftCard
                | Facet::Food
                | Facet::Repair
                | Facet::StaffConduct
                | Facet::NoReply
                | Facet::OnHold
        )
    }

    /// The phrases that show it (folded, at word boundaries), separated by `|`: one string
    /// a facet, read once into the index (a table of `&str` costs eight bytes of pointer a
    /// phrase in the wasm).
    fn phrases(self) -> &'static str {
        match self {
            Facet::DoubleCharge => concat!(
                "charged twice|charged me twice|double charged|double charge|",
                "double-charged|charged 2x|billed twice|paid twice|taken twice|",
                "two charges|duplicate charge|duplicate payment",
            ),
            Facet::Overcharge => concat!(
                "overcharged|over charged|overcharging|over charging|charged me more|",
                "charged me extra|charging me extra|",
                "wrong amount",
            ),
            Facet::PriceRise => concat!(
                "price rise|price increase|price hike|raised the price|",
                "raised your prices|prices went up|price went up|prices have gone up|",
                "price has gone up|plan has gone up|gone up from|renewal has gone up|premium has gone up|premium went up|put the price up|",
                "put your prices up",
            ),
            Facet::Fee => concat!(
                "fee|fees|surcharge|extra charge|admin charge|add $|add £|",
                "have to pay to|pay to talk|pay to speak|pay to contact",
            ),
            Facet::Ads => concat!(
                "ads|adverts|pop-up|pop-ups|pop up|pop ups|popup|popups|that ad|the ad|",
                "an ad",
            ),
            Facet::CodeRejected => concat!(
                "promo code|discount code|welcome code|coupon code|voucher code|",
                "uni code|student code|code was rejected|code isn't working|code not working|",
                "off code|code won't|code doesn't|voucher won't|won't apply",
            ),
            Facet::GiftCard => "gift card|gift cards|giftcard",
            Facet::NeverArrived => concat!(
                "never arrived|never came|never showed|never turned up|didn't show|",
                "never received|never got my|didn't arrive|did not arrive|",
                "didn't turn up|hasn't turned up",
            ),
            Facet::MissingItems => concat!(
                "forgot my|forgot the|forgot to put|was missing|were missing|",
                "missing from|left out|not in the bag|wasn't in the bag|not in the box|",
                "wasn't in the box|empty box|empty package|empty parcel|",
                "open and empty|opened and empty",
            ),
            Facet::NotShipped => concat!(
                "hasn't shipped|hasnt shipped|hasn't even shipped|hasnt even shipped|",
                "not shipped|not been shipped|not dispatched|not been dispatched|",
                "hasn't been dispatched",
            ),
            Facet::StuckPreparing => concat!(
                "preparing|stuck on processing|stuck in processing|still processing|",
                "still says processing",
            ),
            Facet::TravelDelay => "",
            Facet::LostBags => concat!(
                "lost my bag|lost luggage|lost baggage|",
                "my bags|my luggage|my suitcase|my baggage|our bags|our luggage|",
                "our suitcases|my suitcases|",
                "baggage claim",
            ),
            Facet::NoService => concat!(
                "no internet|internet down|internet is down|internet's down|",
                "broadband down|broadband is down|no broadband|no signal|no service|",
                "no connection|no wifi|no wi-fi|no tv|no power|no electricity|",
                "power cut|power outage|out of network|out of netwrk|without water|no water|",
                "no running water|no hot water|no heating|without heating|without power|",
                "without internet|without broadband|no gas|line is dead|line's dead|",
                "line has gone dead|line went dead|dead line|no dial tone|phone line is down|",
                "landline is down|landline has been dead|line has been dead|phone coverage|",
                "no reception",
            ),
            Facet::CancelBlocked => concat!(
                "link to cancel|can't cancel|cant cancel|cannot cancel|",
                "unable to cancel|won't let me cancel|no way to cancel",
            ),
            Facet::Food => concat!(
                "food|meal|drive thru|drive-thru|drive through|dthru|burger|pizza|crust|",
                "sandwich|sandwiches|fries|chips|gravy|sauce|wings|hot wing|takeaway|salad|",
                "takeout|burritos|portions|at dinner|pancakes|burgers|rice|dish|drinks|tasted|",
                "eat|tasty|taste|tasteless|texture|bland|brunch|buffet|soup|stale|",
                "bakery|flavor|flavour|greasy|overcooked|undercooked|portion|meat|bread|",
                "steak|sushi|pasta|cook|breakfast|lunch|dining|chicken|seafood|milkshake|juice|",
                "dessert|desserts|muffin|gyro|salsa|veal|latte|flat white|flat whites|boba",
            ),
            Facet::Repair => concat!(
                "repair|repairs|repaired|service center|service centre|serviceman|",
                "mechanic|technician|the recall|a recall|recall process|recalled|oil change|servicing",
            ),
            Facet::StaffConduct => concat!(
                "rude|staff|waiter|waitress|employee|employees|your agent|sales associate|sales assistant|shop assistant|store associate|",
                "checkin agent|check-in agent|gate agent|treated like|called me a|was called a|assault|",
                "attitude|refused to serve|",
                "your reps|the rep was|the reps|demeaning|condescending|belittled|intimidation|",
                "intimidating|customer service executive|customer service executives|",
                "attentive|hostess|bartender|cashier|rolled her eyes|rolled his eyes",
            ),
            Facet::NoReply => concat!(
                "no reply|no response|not replied|never replied|nobody answers emails|nobody answers the phone|",
                "no answer|not answering|nobody is answering|no one is answering|",
                "no one picking|nobody picking|not picking up|ignoring me|ignored|",
                "waiting to hear|haven't heard back|heard nothing|get a response|got a response|",
                "haven't heard anything|haven't heard a thing|no call till|no call yet|",
                "waiting for a response|awaiting a response|awaiting response|waiting for an answer|waiting for a reply|not heard back|",
                "never heard back|never got a call back|never got back|no call back|",
                "no callback|nobody calls back|no one calls back|reply to my|waiting for your reply|lack of engagement|",
                "get in contact with me|support requests|nobody got back|no one got back|",
                "no updates from|and no updates|waiting for update|waiting for an update|nobody called|no one called|nobody has called|",
                // A call back promised and never made.
                "nobody rang|no one rang|never rang|never called|never phoned|didn't call|",
                "didn't ring|someone would call|someone would ring|promised a call|",
                "promised a callback|callbacks promised|still no call|no call from|",
                "waiting on the engineer|waiting for the engineer|nothing back|",
                "any answer from|any reply from|single response|single reply",
            ),
            Facet::OnHold => concat!(
                "on hold|hold for|hold time|hold times|held in a queue|get through|busy signal|",
                "in the queue for",
            ),
        }
    }
}

/// The facets the customer's messages (folded) show, most specific first.
pub(crate) fn facets(lowered: &[String]) -> Vec<Facet> {
    let index = facet_index();
    // One more than there are facets: 11 is unused (see `TravelDelay`).
    let mut found = [false; Facet::ALL.len() + 1];
    for text in lowered {
        super::issue::scan(text, index, &mut |k| {
            found[usize::from(index[k].tag)] = true;
        });
    }
    let any = |phrases: List| has_any_in(lowered, phrases);
    let travel = travel(lowered);
    Facet::ALL
        .into_iter()
        .filter(|&f| match f {
            // Held on the tarmac or stranded is a delay however it is told, and so is a bus
            // or a train that never came (no booking to look up for it).
            Facet::TravelDelay => {
                travel
                    && (found[Facet::NeverArrived as usize]
                        || any(list![
                            "delayed",
                            "delay",
                            "delays",
                            "late",
                            "cancelled",
                            "canceled",
                            "tarmac",
                            "stranded",
                            "stuck on",
                            "stuck at",
                            "held at",
                            "sat on",
                            "sat outside",
                        ]))
            }
            // What the thing looked like in the ad ("nothing like the ad") is the thing's
            // story, not adverts to complain of.
            Facet::Ads => {
                found[f as usize] && !any(list!["like the ad", "in the ad", "than the ad"])
            }
            // No food or water on a plane or a train is the trip's, not a supply cut.
            Facet::NoService => !travel && found[f as usize],
            // A bus that never came is a late bus, not a lost parcel.
            Facet::NeverArrived => !travel && found[f as usize],
            // A bread machine's crust or an oven's pizza is the appliance's, not a meal; a
            // juice bar or a food court named is the place the customer writes about.
            Facet::Food => found[f as usize] && !any(super::issue::APPLIANCES) && !any(FOOD_PLACES),
            // Staff who only carried a parcel ("2 of your employees delivered an empty box")
            // are the parcel's story: how they treated the customer needs a word of conduct.
            Facet::StaffConduct => {
                found[f as usize] && (!any(super::issue::PARCEL_WORDS) || any(CONDUCT))
            }
            Facet::OnHold => found[f as usize] || cut_off(lowered),
            // Money taken twice, in other words ("came out of my account twice"); not a
            // call cut off twice before the payment was taken.
            Facet::DoubleCharge => {
                found[f as usize]
                    || !cut_off(lowered)
                        && lowered.iter().any(|t| {
                            has_any(t, list!["twice"])
                                && has_any(t, list!["took", "taken", "came out"])
                                && has_any(
                                    t,
                                    list!["payment", "fee", "subscription", "membership", "money"],
                                )
                        })
            }
            _ => found[f as usize],
        })
        .collect()
}

/// A counter or a place named after food ("the juice bar", "the food court"): where it is
/// named, the place is what the customer writes about, not a meal.
const FOOD_PLACES: List = list!["juice bar", "salad bar", "food court"];

/// How someone behaved toward the customer, besides their role ("rude", "treated").
const CONDUCT: List = list![
    "rude",
    "attitude",
    "treated",
    "called me",
    "yelled",
    "racist",
    "unprofessional",
    "ignored",
];

/// Every facet phrase, tagged with its facet's number (`f as u16`: its place in [`Facet::ALL`]
/// up to the gap at 11, see `TravelDelay`), sorted by first word, read once.
fn facet_index() -> &'static [super::issue::Phrase] {
    static INDEX: std::sync::OnceLock<Vec<super::issue::Phrase>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut phrases = Vec::new();
        for f in Facet::ALL {
            for p in crate::text::split_byte(f.phrases(), b'|') {
                if !p.is_empty() {
                    phrases.push(super::issue::Phrase::new(p, f as u16));
                }
            }
        }
        super::issue::index(phrases)
    })
}

/// What a trip is called: flight, train or bus ("journey" when unclear).
pub(crate) fn trip(lowered: &[String]) -> &'static str {
    let any = |phrases: List| has_any_in(lowered, phrases);
    if any(list![
        "flight", "flights", "plane", "airport", "boarding", "gate", "airline", "tarmac", "runway",
    ]) {
        "flight"
    } else if any(list!["train", "trains", "platform"]) {
        "train"
    } else if any(list!["bus", "buses"]) {
        "bus"
    } else {
        "journey"
    }
}

/// Whether the messages (folded) tell of a device's own wifi or Bluetooth fault ("my iPhone
/// won't connect to wifi since the update"): a bug of the device, not a network outage,
/// unless the router, the broadband or the area is named.
pub(crate) fn link_fault(lowered: &[String]) -> bool {
    has_any_in(lowered, list!["wifi", "wi-fi", "bluetooth"])
        && (has_any_in(lowered, DEVICES)
            || has_any_in(lowered, list!["my phone", "headphones", "earbuds"]))
        && !has_any_in(
            lowered,
            list![
                "router",
                "hub",
                "broadband",
                "no internet",
                "outage",
                "area"
            ],
        )
}

/// Words of software: an app, a site or a program misbehaving needs the device and the
/// version, never a physical product's model or serial number.
pub(super) const SOFTWARE: List = list![
    "app",
    "update",
    "version",
    "website",
    "site",
    "browser",
    "login",
    "notifications",
    "software",
    "installer",
    "program",
    "export",
    "exporting",
    "file",
    "files",
    "pdf",
    "jpeg",
    "jpg",
    "upload",
    "download",
    "sync",
    "syncing",
    "plugin",
    "game",
    "glitch",
    "patch",
    "servers",
    "vpn",
    "shared",
    "sharing",
];

/// Words of travel (a flight, a train, an airport's gate or bag drop): read only where no
/// parcel word is, so a parcel delayed at the depot or left by the gate stays a parcel.
pub(super) const TRAVEL_WORDS: List = list![
    "flight",
    "flights",
    "flying",
    "plane",
    "airport",
    "airline",
    "boarding",
    "gate",
    "crew",
    "train",
    "trains",
    "bus",
    "buses",
    "tram",
    "platform",
    "layover",
    "luggage",
    "baggage",
    "bag drop",
    "suitcase",
    "check-in",
    "checkin",
    "tarmac",
    "runway",
    "delayed at",
];

/// Whether a call to us was cut off ("your agent hung up on me", "the call dropped while I
/// was paying"): the call is the problem, however much the words speak of a payment, and
/// it is ours, like a long hold.
#[inline(never)]
pub(crate) fn cut_off(lowered: &[String]) -> bool {
    has_any_in(
        lowered,
        list![
            "hung up",
            "hang up on",
            "call dropped",
            "dropped the call",
            "cut me off"
        ],
    ) || has_any_in(lowered, list!["cut off"])
        && has_any_in(lowered, list!["rang", "called", "phoned", "the call"])
}

/// Whether the messages (folded) are about travel: a travel word and no parcel word.
pub(super) fn travel(lowered: &[String]) -> bool {
    has_any_in(lowered, TRAVEL_WORDS) && !has_any_in(lowered, super::issue::PARCEL_WORDS)
}

/// What the conversation shows, read before any reply is written. The default is an
/// empty reading: no issue, nothing known, a private chat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// What the problem is.
    pub issue: IssueType,
    /// Details the customer already gave.
    pub known: Vec<Detail>,
    /// Details this issue type needs that the customer has not given yet, most useful first.
    pub missing: Vec<Detail>,
    /// Who is likely at fault.
    pub fault: Fault,
    /// Public post or private chat.
    pub channel: Channel,
    /// What the customer asked for.
    pub asked_for: Request,
    /// Whether the customer says they already contacted support about this before, or the
    /// thread shows them asking the same thing again.
    pub repeat_contact: bool,
    /// Whether the latest customer message asks a general question the agent can answer
    /// ("how do I ...", "is there a way ...", "why can't I ..."), not the status of their
    /// own case ("where is my order?").
    pub general_question: bool,
    /// Whether the issue type is clear from the customer's words (a clear score with a
    /// phrase behind it), not a weak guess or the fitted model alone. Only a clear type is named back to the
    /// customer. Absent in older data: read as `false`.
    #[serde(default)]
    pub issue_sure: bool,
    /// Whether the customer says they already sent the details privately ("DM sent", "I've
    /// emailed you the order number"): nothing is asked for again in public. Absent in older
    /// data: read as `false`.
    #[serde(default)]
    pub sent_privately: bool,
    /// Specific parts of the problem the customer describes, most specific first (see
    /// [`Facet`]); empty when none is recognised. Absent in older data: read as empty.
    #[serde(default)]
    pub facets: Vec<Facet>,
    /// The problem as the replies name it ("the double charge"), then the other facets'
    /// names ("the silence from our side"); empty when the problem is not clear enough to
    /// name. Filled by `advise`. Absent in older data: read as empty.
    #[serde(default)]
    pub names: Vec<String>,
    /// The kind of business the customer writes to, from the brand's support handle or
    /// the customer's words ([`Sector::Other`] when unclear). Absent in older data: `other`.
    #[serde(default)]
    pub sector: Sector,
    /// Whether the business or customer reads as British (a UK brand handle, `£`,
    /// "postcode"): an account is then found by number and postcode. Absent: `false`.
    #[serde(default)]
    pub uk: bool,
    /// Whether a complaint, claim or ticket is already open for this ("my claim", "case
    /// number", an earlier contact about it): its reference is the detail to ask for.
    /// Absent in older data: `false`.
    #[serde(default)]
    pub case_open: bool,
    /// What the customer asks us to do, from the latest turn that asks for something (a
    /// refund, a call back, a time slot, stopping a direct debit); a cancellation held
    /// over us ("I'll cancel if ...") is not one. Absent in older data: none.
    #[serde(default)]
    pub request: Option<Want>,
    /// The calm question the latest customer turn asks that the agent could answer or
    /// route (how-to, stock, a release date, opening hours, how to reach us), if any: it
    /// is answered before anything is asked. Absent in older data: none.
    #[serde(default)]
    pub question: Option<Question>,
    /// What changes the reply whatever the issue type: a safety hazard (urgent), praise,
    /// product feedback, a business enquiry. Absent in older data: empty.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The first name of a member of staff the customer praises ("Felicia"), when it
    /// reads as a person's first name. Absent in older data: none.
    #[serde(default)]
    pub staff_name: Option<String>,
    /// Whether the latest customer message shows them upset (emotion words, escalation
    /// cues, a heated reading): an answer then opens with a short acknowledgement. Absent
    /// in older data: `false`.
    #[serde(default)]
    pub upset: bool,
}

/// Reads the situation from the recent turns (oldest first). Inlined into its one caller
/// (`advise`), as LLVM did before it grew: 0.19 KB brotli (241,066 -> 240,877 B).
#[inline(always)]
pub(crate) fn read(recent: &[Turn], public: bool) -> Situation {
    let lowered: Vec<String> = recent
        .iter()
        .filter(|t| t.role == Role::Customer)
        .map(|t| fold(&t.text))
        .collect();
    let raw: Vec<&str> = recent
        .iter()
        .filter(|t| t.role == Role::Customer)
        .map(|t| t.text.as_str())
        .collect();
    let sarcastic = recent.iter().any(|t| {
        t.analysis
            .as_ref()
            .is_some_and(|a| a.has(SignalKind::Sarcasm))
    });
    let negative: Vec<bool> = recent
        .iter()
        .filter(|t| t.role == Role::Customer)
        .map(|t| t.analysis.as_ref().is_some_and(upset))
        .collect();
    // "Thanks for charging me twice" is a complaint about that fault, never thanks.
    let sarcastic = sarcastic || lowered.iter().any(|t| sarcastic_thanks(t));
    let (issue, issue_sure) = issue::classify(&lowered, &negative, sarcastic);
    let calm = !sarcastic && !negative.iter().any(|&n| n);
    let praised = recent
        .iter()
        .rev()
        .find(|t| t.role == Role::Customer)
        .and_then(|t| t.analysis.as_ref())
        .is_some_and(super::wants::praised);
    let mut wants = super::wants::read(&raw, &lowered, calm, praised);
    // Thanks for a fix ("Priya sorted my refund in minutes!"): the problem words say what
    // was fixed. Nothing is asked for, and praise with no earlier complaint is thanks.
    // What the latest customer message shows (thanks, sarcasm), read once.
    let latest = recent
        .iter()
        .rev()
        .find(|t| t.role == Role::Customer)
        .and_then(|t| t.analysis.as_ref());
    let grateful = latest.is_some_and(|a| a.has(SignalKind::Gratitude));
    // Settled since our reply, by us or by someone else ("the store gave us a credit",
    // "got it fixed, thanks"): a warm close, nothing reopened or asked.
    let settled =
        recent.iter().any(|t| t.role == Role::Agent) && lowered.last().is_some_and(|t| settled(t));
    let thanks = settled
        || lowered.last().is_some_and(|t| {
            super::evidence::thanks_for_a_fix(t, grateful)
                || super::evidence::thanks_for_an_outcome(t)
        });
    if thanks {
        wants.request = None;
        wants.notes = vec![Note::Praise];
    }
    let mut facets = facets(&lowered);
    // A remark beside a facet of a case (no reply, a wait on hold, staff) is that case's;
    // one said in a demand, an insult, sarcasm or a threat is no passing remark.
    if wants.notes.contains(&Note::Remark) {
        let pressed = sarcastic
            || recent
                .iter()
                .filter_map(|t| t.analysis.as_ref())
                .any(|a| a.has(SignalKind::AbuseAtAgent) || a.has(SignalKind::ThreatCancel));
        if facets.is_empty() && !pressed && !lowered.iter().any(|t| works_badly(t)) {
            if !wants.notes.contains(&Note::Feedback) {
                wants.notes.push(Note::Feedback);
            }
        } else {
            wants.notes.retain(|&n| n != Note::Remark);
        }
    }
    let hygiene = super::wants::hygiene(&lowered);
    let (issue, issue_sure) = if thanks && lowered.len() == 1 {
        (IssueType::Thanks, true)
    } else if hygiene {
        // A hygiene report is about a place, whether or not it names one: no product's bug
        // ("a bug crawling near the kitchen"), no order.
        (IssueType::Other, false)
    } else {
        // A fault told beside feedback ("ugly seats, and a 3-hour delay") is the fault's.
        let told = facets
            .iter()
            .any(|f| f.is_problem() && !matches!(f, Facet::PriceRise | Facet::Fee | Facet::Ads));
        second_look(
            issue,
            issue_sure,
            &wants,
            has_any_in(&lowered, PLACES),
            told,
        )
    };
    // A confirmation email or a copy that never came is sent again: no parcel is lost.
    let resend = wants.request == Some(Want::Document)
        && !has_any_in(
            &lowered,
            list![
                "parcel",
                "package",
                "delivery",
                "delivered",
                "courier",
                "tracking"
            ],
        );
    // A waiter who "never came back" is the meal's, an engineer who never showed the
    // repair's: no parcel is lost either.
    let came_back = has_any_in(&lowered, list!["never came back"])
        || facets.contains(&Facet::Repair) && !has_any_in(&lowered, super::issue::PARCEL_WORDS);
    facets.retain(|&f| !((resend || came_back) && f == Facet::NeverArrived));
    // "The spring code keeps saying invalid at checkout": a code where a price is paid.
    if !facets.contains(&Facet::CodeRejected)
        && has_any_in(&lowered, list!["code", "voucher", "coupon"])
        && has_any_in(&lowered, list!["checkout", "basket", "cart", "discount"])
    {
        facets.insert(0, Facet::CodeRejected);
    }
    let (sector, uk) = super::sector::read(&lowered, &facets);
    // Not received, of nothing a courier carries ("still haven't received the email with
    // the info", "never got the Medallion Charm") or from a business that posts nothing:
    // no parcel to trace, no order number to ask for.
    let unposted = !has_any_in(&lowered, super::issue::PARCEL_WORDS)
        && (has_any_in(&lowered, SENT_ONLINE)
            || matches!(sector, Sector::Media | Sector::Software | Sector::Finance));
    facets.retain(|&f| !(unposted && f == Facet::NeverArrived));
    // A phone's or a laptop's own wifi or Bluetooth fault is the device's bug, not an outage.
    // So is a thing's link in the chat of the shop that sold it ("the headset keeps dropping
    // the connection to my phone").
    let link_fault = sector == Sector::Devices && link_fault(&lowered)
        || !public
            && matches!(sector, Sector::Other | Sector::Retail | Sector::Devices)
            && has_any_in(&lowered, LINKS)
            && has_any_in(&lowered, super::subject::ITEMS)
            && !has_any_in(&lowered, NETWORK);
    // Tracking that says delivered, with nothing at the door: a missing parcel, no delay.
    let marked_delivered = lowered.iter().any(|t| {
        has_any(t, list!["delivered"])
            && has_any(
                t,
                list!["says", "said", "shows", "showed", "marked", "tracking"],
            )
            && !has_any(
                t,
                list![
                    "be delivered",
                    "not delivered",
                    "not been delivered",
                    "hasn't been delivered",
                    "wasn't delivered"
                ],
            )
    });
    let (issue, issue_sure) = match issue {
        IssueType::OutageError if link_fault => (IssueType::ProductBug, issue_sure),
        IssueType::DeliveryLate if marked_delivered && !unposted => {
            (IssueType::DeliveryMissing, issue_sure)
        }
        // A copy asked for is no question of how to do something.
        IssueType::DeliveryMissing | IssueType::DeliveryLate | IssueType::HowTo if resend => {
            (IssueType::Other, false)
        }
        IssueType::DeliveryMissing if came_back => (IssueType::Other, false),
        IssueType::DeliveryLate | IssueType::DeliveryMissing if unposted => {
            (IssueType::Other, false)
        }
        // Sent back already ("I returned it and am looking for a multiformat one"): the
        // refund for it is what is left to check, nothing to put right.
        IssueType::Other | IssueType::HowTo | IssueType::ProductBug
            if !public && has_any_in(&lowered, RETURNED) && wants.request.is_none() =>
        {
            (IssueType::RefundStatus, true)
        }
        // "You've taken my payment twice, I want the extra one back" is a double charge,
        // not a how-to.
        IssueType::HowTo | IssueType::Other if facets.contains(&Facet::DoubleCharge) => {
            (IssueType::Billing, false)
        }
        // Taken twice at a till, whatever refund the staff there refused: a charge to
        // check, not a refund under way.
        IssueType::RefundStatus
            if facets.contains(&Facet::DoubleCharge) && has_any_in(&lowered, PAID_IN_STORE) =>
        {
            (IssueType::Billing, false)
        }
        // A discount code refused at checkout is a price at checkout, never a sign-in code,
        // an app's bug or an outage.
        IssueType::AccountAccess
        | IssueType::ProductBug
        | IssueType::OutageError
        | IssueType::DeliveryLate
        | IssueType::Other
            if facets.contains(&Facet::CodeRejected) =>
        {
            (IssueType::Billing, false)
        }
        // How staff treated them is no rule to log feedback on, whatever "is intimidation
        // your policy?" says: it is looked into like any complaint about us.
        // Nor is a DM that won't go through ("it won't let me DM you"): a way in is found.
        IssueType::PolicyComplaint
            if facets.contains(&Facet::StaffConduct)
                || lowered.last().is_some_and(|t| dm_fails(t)) =>
        {
            (IssueType::Other, false)
        }
        // A guess that would ask for an account's email, from words that speak of no account
        // ("it was attached to a gas station", "drinks took 30 minutes", "i charged it every
        // day"): nothing to sign in to or be billed on, so it is a complaint like any other.
        IssueType::AccountAccess
        | IssueType::Billing
        | IssueType::Cancellation
        | IssueType::Privacy
            if !issue_sure && !has_any_in(&lowered, ACCOUNT_WORDS) =>
        {
            (IssueType::Other, false)
        }
        _ => (issue, issue_sure),
    };
    let known = known_details(recent);
    // The latest message said to the brand: on a public feed, a reply to a friend ("@sam
    // lol typical") is not the customer's question.
    let to_agent = to_brand(&lowered);
    // "Can I get a replacement?" asks us to act on their case, not how something works;
    // a sarcastic one ("how hard is it to deliver a parcel???") asks nothing.
    let mocking = latest.is_some_and(|a| a.has(SignalKind::Sarcasm));
    let general_question = !mocking && to_agent.is_some_and(|t| {
        let acts = has_any(
            t,
            list![
                "a refund",
                "my refund",
                "replacement",
                "replace it",
                "money back"
            ],
        );
        // Asked before ("second time I'm asking where the refund is"): their case is
        // stuck, not a question in general.
        (!acts && !asks_again(t) || has_any(t, list!["how do", "how can", "how to", "how long"]))
            && is_general_question(t)
    }) || wants.question == Some(Question::Availability)
        && lowered.last().is_some_and(|t| {
            // Asked outright ("will you restock size 10?"), the stock is the question even
            // when the customer is keen or fed up, unless it is about their own order.
            calm && !t.contains('?') || !about_their_case(t)
        })
        // Something left on a train asks whether it was handed in (lost property).
        || lowered.last().is_some_and(|t| super::library::left_behind(t));
    // A product wanted in a size or colour with no question mark ("this one in a medium!
    // <link>") asks whether it is sold (with one, `is_general_question` has decided).
    // A general question is answered without the case's details, thanks need none.
    let not_us = wants.notes.contains(&Note::NotUs);
    // A question why their own case went wrong ("why can't I typ text in CC anymore??",
    // "what is the problem?!") is answered from the case, not in general: the details the
    // case needs are still asked for (else the reply could only promise to find out).
    let why = to_agent.is_some_and(|t| {
        has_any(
            t,
            list![
                "why can't",
                "why cant",
                "why won't",
                "why isn't",
                "why doesn't",
                "what is the problem",
                "what's the problem",
                "what's wrong"
            ],
        )
    });
    let missing = if general_question && !why || thanks || not_us {
        Vec::new()
    } else {
        // A physical product that misbehaves needs its model, not a device and app version.
        // "Here's a fun game" about a washer is no software.
        let software =
            has_any_in(&lowered, SOFTWARE) && !has_any_in(&lowered, super::issue::APPLIANCES);
        let needs: &[Detail] = if why
            && has_any_in(&lowered, list!["anymore", "no longer", "stopped"])
            && (software || matches!(sector, Sector::Software | Sector::Media))
        {
            // Asked why software stopped doing something, whatever the type read: the
            // device and version it stopped on.
            &[Detail::Device, Detail::AppVersion]
        } else if issue == IssueType::ProductBug && !software {
            // A thing's model, except from a software business (a tax program has none);
            // its device and version only when the words say it is the program's fault.
            if matches!(sector, Sector::Software | Sector::Media) {
                &[]
            } else {
                &[Detail::Product]
            }
        } else if issue == IssueType::OutageError
            && has_any_in(
                &lowered,
                list![
                    "landline",
                    "phone line",
                    "my line",
                    "my broadband",
                    "my internet"
                ],
            )
        {
            // One customer's own line is checked on their account, not the service status.
            &[Detail::AccountEmail]
        } else if facets.contains(&Facet::CodeRejected) {
            // A code refused at checkout: the code and the basket, no account detail.
            &[]
        } else if wants.request == Some(Want::Document) {
            // A document is sent to the account it belongs to: its identifier.
            &[Detail::AccountEmail]
        } else if issue == IssueType::Billing && has_any_in(&lowered, PAID_IN_STORE) {
            // A charge at a till or a self-checkout is found by the visit (which store,
            // when), not an online account, whatever the staff there said.
            &[Detail::Place, Detail::Time]
        } else if issue == IssueType::Cancellation && has_any_in(&lowered, list!["my order"]) {
            // A cancelled order is found by its number, not the account's email.
            &[Detail::OrderNumber]
        } else {
            issue.needs()
        };
        needs
            .iter()
            .copied()
            .filter(|d| !known.contains(d))
            // A reference given ("membership number GM-30917") finds the account: the
            // email on it is not asked for as well, except to get back into it.
            .filter(|d| {
                !(*d == Detail::AccountEmail
                    && issue != IssueType::AccountAccess
                    && known.contains(&Detail::OrderNumber))
            })
            .collect()
    };
    // Details sent in a private message are known to the agent, not missing.
    // "Still waiting for your DM" is our message they wait for, not theirs sent.
    let sent_privately = !lowered.last().is_some_and(|t| awaits_us(t))
        && (has_any_in(&lowered, SENT_PRIVATELY) || answers_dm_request(recent));
    // In a private chat the site owner is the shop or the restaurant: a meal of theirs, or
    // an item bought from them that fails in any message ("it didn't charge", "goes dead"),
    // is theirs to own, and the order finds the item (its model is no question to ask).
    // The item is one bought "from you", or any thing named (the phone, the battery, "it
    // doesn't") where nothing says the chat is a network's, an app's or a booking's.
    let ours = !public
        && matches!(
            issue,
            IssueType::Other | IssueType::ProductBug | IssueType::HowTo
        )
        && !general_question
        && !thanks;
    let item = ours
        && facets.is_empty()
        && (sector == Sector::Devices
            || matches!(sector, Sector::Other | Sector::Retail)
                && (has_any_in(&lowered, THINGS)
                    || has_any_in(&lowered, super::subject::ITEMS)
                    || lowered.iter().any(|t| super::evidence::dead(t))))
        && !has_any_in(&lowered, SOFTWARE)
        && !has_any_in(&lowered, super::sector::BOOKED)
        // An opinion ("not impressed", "low quality") is no fault in it, unless one is told;
        // nor is the quality of the people or the service ("poor quality of management
        // towards other guests").
        && (!has_any_in(&lowered, OPINIONS) && !has_any_in(&lowered, PEOPLE)
            || has_any_in(&lowered, DEFECTS))
        // A fault said ("cheap", "tinny" too), or a story told in upset words:
        // "disappointed" alone says no fault.
        && lowered.iter().zip(&negative).any(|(t, &upset)| {
            super::evidence::says_fault(t)
                || has_any(t, WORSE)
                || upset && super::evidence::tells_story(t)
        });
    // Their own staff at the table ("the waiter forgot our drinks") is the restaurant's too.
    let meal =
        ours && matches!(
            facets[..],
            [Facet::Food] | [Facet::Food, Facet::StaffConduct]
        ) && !wants.notes.contains(&Note::FoodHarm)
            && !hygiene;
    // An item bought here is the shop's: no car maker's or network's identifier.
    let sector = if item { Sector::Retail } else { sector };
    // A thing's fault that needs more than its order before anything can be put right:
    // what it links to, which discs, how long the battery lasts.
    let by_fault: Vec<Detail> = if ours
        && facets.is_empty()
        && matches!(sector, Sector::Devices | Sector::Other | Sector::Retail)
        // A device's own wifi or Bluetooth: its model and version (`compose::kind_detail`).
        && !(sector == Sector::Devices && self::link_fault(&lowered))
    {
        fault_needs(&lowered)
            .iter()
            .copied()
            .filter(|d| !known.contains(d))
            .collect()
    } else {
        Vec::new()
    };
    let missing = if sent_privately {
        Vec::new()
    } else if !by_fault.is_empty() {
        by_fault
    } else if item && !known.contains(&Detail::OrderNumber) {
        // The order finds a thing to send back or replace, as a rule; a thing that works
        // badly ("terrible reception", "won't read my memory card"), with nothing asked and
        // not new, is traced first: which model, and since when.
        let traced = wants.request.is_none()
            && !known.contains(&Detail::Product)
            && lowered.iter().any(|t| works_badly(t))
            && !lowered.iter().any(|t| super::evidence::new_item(t));
        vec![if traced {
            Detail::Product
        } else {
            Detail::OrderNumber
        }]
    } else {
        missing
    };
    // A thing of ours traced for its fault is a product's bug, whatever the words left open.
    let issue = if item && issue == IssueType::Other && missing == [Detail::Product] {
        IssueType::ProductBug
    } else {
        issue
    };
    // A serious claim (a leak, fraud, discrimination) is checked before any fault is owned.
    let fault = match fault(issue, &lowered, &facets) {
        // Calls or texts pretending to be us: the scammers' doing.
        _ if not_us => Fault::ThirdParty,
        Fault::Unknown if item || meal => Fault::Company,
        Fault::Company
            if wants.notes.contains(&Note::Claim)
                || wants.notes.contains(&Note::FoodHarm)
                || hygiene =>
        {
            Fault::Unknown
        }
        fault => fault,
    };
    let mut notes = wants.notes;
    if fault == Fault::Company && (item || meal) {
        notes.push(Note::Ours);
    }
    let asked_for = if thanks {
        Request::None
    } else {
        asked_for(issue, &lowered, recent)
    };
    // A promise broken ("you were meant to ring me back") was made in an earlier contact.
    let repeat_contact = recent.iter().any(|t| t.repeats_question)
        || has_any_in(&lowered, PRIOR_CONTACT)
        || has_any_in(&lowered, BROKEN_PROMISES)
        || lowered.iter().any(|t| asks_again(t));
    // Contacted before and asking for it to go higher: the earlier case's reference finds it.
    let case_open =
        has_any_in(&lowered, CASE_OPEN) || repeat_contact && asked_for == Request::Escalation;
    // A calm question with no problem in it ("does the new one have an always-on
    // display?", "how do I file a bug report?") is no upset, whatever one word reads as.
    let upset = negative.last().copied().unwrap_or(false)
        && !(general_question
            && to_agent
                .and_then(|t| super::library::Asked::of(t, wants.question))
                .is_some_and(super::library::Asked::no_problem));
    Situation {
        issue,
        known,
        missing,
        fault,
        channel: if public {
            Channel::Public
        } else {
            Channel::Private
        },
        asked_for,
        repeat_contact,
        general_question,
        issue_sure,
        sent_privately,
        facets,
        names: Vec::new(),
        sector,
        uk,
        case_open,
        request: wants.request,
        question: wants.question,
        notes,
        staff_name: wants.staff_name,
        upset,
    }
}

/// Whether a customer's message (folded) tells a thing working badly at its job ("the
/// battery only lasts a few hours", not "a day", "the volume is low", "I can barely hear callers", "won't
/// read my memory card"; not a low price): a fault to trace (which model, since when), not a design remark to
/// pass on nor a thing to send back.
pub(crate) fn works_badly(low: &str) -> bool {
    // A battery that lasts a day is a trait (settings may help); hours is a fault.
    has_any(low, list!["only lasts", "lasts only"]) && has_any(low, list!["hour", "hours"])
        || has_any(
            low,
            list![
                "barely hear",
                "hear me",
                "clarity",
                "no picture",
                "reception",
                "volume is low",
                "sound is low",
                "won't read",
                "misses calls",
                "misses incoming calls",
                "dropping calls"
            ],
        )
}

/// The issue type again, in the light of the notes and the question: a safety hazard is
/// never a bill (and, away from a `place`, a product's), praise with nothing wrong is thanks, feedback and a business enquiry or a
/// question about stock, dates, hours or contact are not sure of a problem. Feedback is a
/// policy complaint only when no fault is `told` beside it (a delay, a double charge).
fn second_look(
    issue: IssueType,
    sure: bool,
    wants: &super::wants::Wants,
    place: bool,
    told: bool,
) -> (IssueType, bool) {
    let note = |n: Note| wants.notes.contains(&n);
    use IssueType as I;
    // Food that hurt someone is no parcel damaged in transit, nor a device's bug.
    if note(Note::FoodHarm) {
        return (I::Other, false);
    }
    // A hazard in a store or a station is no product's fault.
    if note(Note::Safety) {
        return match issue {
            I::ProductBug | I::DeliveryDamaged | I::OutageError if sure || !place => (issue, sure),
            // A place's hazard ("the car park is dangerous") is the place's, no product's.
            _ if place => (I::Other, false),
            _ => (I::ProductBug, false),
        };
    }
    // Good news with a hope and no question ("landed safely, hopefully the flight back is
    // on time") is no how-to question either.
    if note(Note::Praise) && (matches!(issue, I::Thanks | I::Other) || !sure && issue == I::HowTo) {
        return (I::Thanks, true);
    }
    if issue == I::Thanks && wants.asks {
        // A thank-you that closes a request or a question is politeness.
        return (I::Other, false);
    }
    if issue == I::Thanks && !note(Note::Praise) {
        // Thanks beside a complaint word may be sarcasm ("thank you for a box that
        // shreds"): kept, but not sure enough to name.
        return (I::Thanks, false);
    }
    // A damaged thing or a sign-in the words leave sure of is that case, however said.
    if note(Note::Feedback)
        && !told
        && !(sure && matches!(issue, I::ProductBug | I::DeliveryDamaged | I::AccountAccess))
    {
        return (I::PolicyComplaint, false);
    }
    let routed = matches!(
        wants.question,
        Some(
            Question::Availability
                | Question::ReleaseDate
                | Question::OpeningHours
                | Question::Contact
        )
    );
    if note(Note::Business) || routed {
        let keep = sure || matches!(issue, I::HowTo | I::Other);
        return (if keep { issue } else { I::Other }, false);
    }
    (issue, sure)
}

/// What a fault in a thing needs before its order (support leads read the order number
/// alone as wrong for these): a link to a phone or computer, or its software, fails:
/// which device and which software version; a player that won't play some discs: which
/// discs; a battery that dies: how long it lasts ([`Detail::HowLong`]).
fn fault_needs(lowered: &[String]) -> &'static [Detail] {
    let any = |l: List| has_any_in(lowered, l);
    if any(list!["dvds", "dvd's", "discs", "disks", "cds", "cd's", "movies", "region"])
        && any(list![
            "play",
            "read",
            "skip",
            "skips",
            "skipping",
            "load",
            "recognize",
            "recognized",
            "recognise",
            "recognised",
            "work"
        ])
        // "Won't read any of my DVDs" told which: all of them; "burned ones" told which kind.
        && !any(list![
            "any of", "none of", "all of", "all my", "any dvd", "any disc", "burned", "burnt"
        ])
    {
        &[Detail::Discs]
    } else if any(LINKS) && !any(list!["calls"]) {
        // A phone dropping calls drops them itself: no link to trace.
        &[Detail::Device, Detail::AppVersion]
    } else if any(list!["battery", "batteries"])
        && any(list!["die", "dies", "died", "dead", "drain", "drains", "last", "lasts", "life"])
        // "Dies after an hour" told it.
        && !any(list![
            "minute", "minutes", "hour", "hours", "day", "lunch", "lunchtime", "noon", "morning",
            "afternoon", "evening"
        ])
    {
        &[Detail::HowLong]
    } else {
        &[]
    }
}

/// A home's connection or a network, not a thing's link ("the internet keeps dropping").
const NETWORK: List = list![
    "router",
    "internet",
    "broadband",
    "hub",
    "network",
    "signal",
    "outage"
];

/// A thing's link to a phone or computer, or its software, failing.
const LINKS: List = list![
    "won't pair",
    "not pair",
    "pairing",
    "paired",
    "bluetooth",
    "sync",
    "syncing",
    "recognize",
    "recognise",
    "recognized",
    "recognised",
    "detect",
    "connection drops",
    "drops the connection",
    "dropping the connection",
    "keeps dropping",
    "cuts out",
    "lost connection",
    "loses connection",
    "loses the connection",
    "disconnect",
    "disconnects",
    "disconnecting",
    "crash",
    "crashes",
    "crashed",
    "crashing",
    "software",
    "firmware",
    "install",
    "installing",
    "itunes",
    "transfer",
    "transfered",
    "transferred",
    "compatible",
];

/// A thing bought from the business whose chat this is, in a customer's words besides its
/// name (see `subject::ITEMS`): "from you", a part, what it does ("work", "register") or
/// is made of ("plastic").
pub(super) const THINGS: List = list![
    "from you",
    "from your",
    "your store",
    "your shop",
    "it doesn't",
    "it won't",
    "it can't",
    "it didn't",
    "it stopped",
    "it locked",
    "locked up",
    "flew off",
    "fell off",
    "fell apart",
    "panel",
    "product",
    "item",
    "unit",
    "units",
    "quality",
    "sound",
    "buttons",
    "battery",
    "cable",
    "headset",
    "player",
    "screen",
    "work",
    "function",
    "register",
    "reception",
    "speaker",
    "volume",
    "stuck",
    "dvd",
    "no disc",
    "no disk",
    "plastic",
    "flimsy",
    "construction",
    "broke",
    "remote",
    "lens",
    "flash",
    "plug",
    "display",
    "wheel",
    "picture",
    "pictures",
    "ipod",
    "songs",
    "instructions",
    "phones",
    "material",
    "discs",
    "features",
    "this thing",
    "piece of",
    "design",
    "tinny",
    "adapter",
    "charger",
    "charging",
    "connected",
    "hard drive",
    "metal",
    "tray",
    "video",
    "keypad",
    "transmitter"
];

/// What arrives by email, text or in an account, not by courier: not receiving one is no
/// late parcel.
pub(super) const SENT_ONLINE: List = list![
    "email",
    "emails",
    "message",
    "messages",
    "texts",
    "code",
    "certificate",
    "reward",
];

/// A thing already sent back.
const RETURNED: List = list![
    "i returned it",
    "i've returned it",
    "i have returned it",
    "i sent it back",
    "i took it back",
    "returned it and",
    "already returned",
];

/// Words of an account, a bill or a subscription: what an unsure account, billing,
/// cancellation or privacy reading needs before it asks for the account's email.
pub(super) const ACCOUNT_WORDS: List = list![
    "account",
    "accounts",
    "sign in",
    "sign up",
    "signed",
    "signing",
    "log in",
    "logged in",
    "login",
    "password",
    "code",
    "email",
    "emails",
    "spam",
    "voicemail",
    "calls",
    "verification",
    "members",
    "subscription",
    "membership",
    "plan",
    "trial",
    "app",
    "site",
    "website",
    "profile",
    "username",
    "google",
    "bill",
    "billed",
    "billing",
    "invoice",
    "invoices",
    "statement",
    "statements",
    "payment",
    "paid",
    "pay",
    "credit",
    "promotion",
    "promo",
    "voucher",
    "discount",
    "price",
    "fee",
    "money",
    "card",
    "direct debit",
    "charge",
    "charged",
    "charges",
    "overcharged",
    "cancel",
    "cancelled",
    "canceled",
    "cancelling",
    "canceling",
    "cancellation",
    "booking",
    "delete",
    "data",
    "cookies",
    "privacy",
    "renewal",
    "renew",
    "refund"
];

/// A judgement of a thing rather than a fault in it ("not impressed", "low quality", "a
/// design flaw", "buy a different phone"; "poor sound quality" names a fault): no fault verified to own and nothing to return,
/// so what is wrong with it is asked (`compose::Scene::vague`), never the order number.
pub(super) const OPINIONS: List = list![
    "impressed",
    "low quality",
    "design",
    "flaw",
    "as good as",
    "hoped",
    "hoping",
    "not that great",
    "different",
    "useless",
    "look cool",
    "disappointed",
    "disappointing",
    "waste",
    "not worth",
    "recommend",
    "junk"
];

/// The people or the service of a place, not a thing bought there.
pub(super) const PEOPLE: List = list![
    "service",
    "management",
    "manager",
    "guests",
    "people",
    "employees",
];

/// A fault in the thing itself, which an opinion may come with ("junk, it stopped working");
/// "flimsy" judges its build, no fault.
pub(super) const DEFECTS: List = list![
    "work",
    "works",
    "working",
    "play",
    "broke",
    "breaks",
    "froze",
    "stopped",
    "problems",
    "dead",
    "skip",
    "won't",
    "wont",
    "fell",
    "went out",
    "hot",
    "overheats"
];

/// What a customer says is wrong with a thing, besides the fault words every story has
/// (`evidence::says_fault`): its quality ("cheap", "flimsy", "tinny"), a break, a return.
pub(super) const WORSE: List = list![
    "junk",
    "cheap",
    "crap",
    "useless",
    "waste",
    "terrible",
    "awful",
    "worst",
    "bad",
    "low",
    "weak",
    "flimsy",
    "tinny",
    "broken",
    "breaks",
    "break",
    "cumbersome",
    "hard",
    "too",
    "slow",
    "returned",
    "cannot",
    "froze",
    "breaking",
    "black",
    "flaw",
    "gripe",
    "problem",
    "issue",
    "broke",
    "fail",
    "failed",
    "fails",
    "interference",
    "locked",
    "flew",
    "fell",
];

/// A complaint, claim or ticket already open: its reference finds the case.
const CASE_OPEN: List = list![
    "my claim",
    "claim number",
    "case number",
    "reference number",
    "ticket number",
    "my ticket",
    "my complaint",
    "formal complaint",
];

/// Whether a folded message asks a general question ("how do I ...", "is there a way ...",
/// "why can't I ..."), as opposed to the status of the customer's own case.
pub(crate) fn is_general_question(low: &str) -> bool {
    // "Do you even use bubble wrap???" inside a complaint is not asked to be answered.
    if has_any(low, STATUS_QUESTIONS)
        || has_any(low, REPROACH)
        || has_any(low, list!["do you even", "are you even"])
    {
        return false;
    }
    // A sentence ending in "?" that opens like a general question, or a request for
    // instructions worded without a question mark ("how do i export my contacts"). A
    // version's dot ("back to 9.0?") ends no sentence.
    let b = low.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut from = 0;
    let mut asked = false;
    for (i, &c) in b.iter().enumerate() {
        // A version's dot ("9.0") ends no sentence.
        let end = match c {
            b'?' | b'!' | b'\n' => true,
            b'.' => !(i > 0 && digit(i - 1) && digit(i + 1)),
            _ => false,
        };
        if end {
            // Sentence ends are ASCII: both ends of the slice are char boundaries.
            asked |= c == b'?'
                && (has_any(&low[from..=i], GENERAL_QUESTIONS)
                    || (opens_with_auxiliary(&low[from..=i], false) && !about_their_case(low)));
            from = i + 1;
        }
    }
    asked
        || has_any(
            low,
            list![
                "how do i",
                "how do get",
                "how can i",
                "is there a way",
                "walk me through"
            ],
        )
        // Asked without a question mark ("not clear if the new one has ...", "is there
        // really nothing that can be done if ..."), about no case of their own.
        || !low.contains('?')
            && (has_any(
                low,
                list!["not clear if", "not sure if", "wondering if", "wondering whether"],
            ) || opens_with_auxiliary(low, true))
            && !about_their_case(low)
}

/// Whether a question sentence opens, after handles and a greeting, with an auxiliary: a
/// yes-or-no question ("is gigabit available in 23139?", "can your car brake for a dog?",
/// "do we need to include it in box 6?"). The caller rules out the customer's own case
/// ("my package never came. is it lost?") and reproach.
/// `unmarked`: the sentence has no question mark, so only the plainest openings count
/// ("is there", "can i", "does the"), never "@brand is ripping us off".
fn opens_with_auxiliary(sentence: &str, unmarked: bool) -> bool {
    let mut words = sentence
        .split(|c: char| c.is_ascii_whitespace() || matches!(c, ',' | ':' | '-'))
        .filter(|w| !w.is_empty());
    // Past the greeting, handles and fillers ("hi team, quick question: can you ...").
    let mut aux = words.next();
    while aux.is_some_and(|w| {
        w.starts_with('@')
            || crate::text::is_one_of(
                w,
                "hi hey hello hiya morning afternoon evening good there team guys all \
                 folks quick question q please pls so ok okay",
            )
    }) {
        aux = words.next();
    }
    let (Some(aux), Some(next)) = (aux, words.next()) else {
        return false;
    };
    // "Can you look into it?", "is anyone able to help?", "can anything be done?": asked to
    // act on their case.
    crate::text::is_one_of(aux, "is are can could do does will would should")
        && !crate::text::is_one_of(next, "you u anyone anybody someone somebody anything")
        && (!unmarked
            || crate::text::is_one_of(aux, "is are can do does")
                && crate::text::is_one_of(next, "there i it we the"))
}

/// Whether a message is about the customer's own case or a complaint ("your reps get
/// condescending ... Is intimidation your policy now?"): its yes-or-no question is no
/// general one.
fn about_their_case(low: &str) -> bool {
    has_any(low, OWN_CASE)
        || facets(&[low.to_string()]).iter().any(|&f| {
            f.is_problem() || matches!(f, Facet::StaffConduct | Facet::NoReply | Facet::OnHold)
        })
}

/// The customer's own case in a question: it needs the case looked up, not a general answer.
const OWN_CASE: List = list![
    "my order",
    "my account",
    "my refund",
    "my parcel",
    "my package",
    "my delivery",
    "my bill",
    "my booking",
    "my claim",
    "my complaint",
    "my ticket",
    "my payment",
    "my money",
    "my email",
    "my message",
    "my dm",
    "my case",
    "my card",
    "my repair",
    "me back",
    "help me",
];

/// Questions asked in reproach, not to be answered ("is this how you treat people?").
const REPROACH: List = list![
    "is this how",
    "is that how",
    "is this what",
    "is this a joke",
    // "refused me a cup of water. Is this your protocol?": the incident, not a rule to explain.
    "is this your",
    "is that your",
    "is it too much",
    "are you serious",
    "are you kidding",
    "are you joking",
    "are you for real",
    "do you care",
    "does anyone care",
    "do you think",
    "anyone going to",
    "anybody going to",
    "is anyone there",
    "is anybody there",
    "is anyone working",
    "are you going to",
    "is it so hard",
    "is it that hard",
    "can't you",
    "can you not",
    "would it kill",
    // "How does this happen? [a photo of stones in the granola]": the fault, shown, not a
    // question of how things work.
    "how does this happen",
    "how did this happen",
    "how does this even happen",
    "how is this possible",
    // "What is the problem?!" after a complaint: anger, never a question to answer.
    "what is the problem",
    "what's the problem",
    "whats the problem",
    "what is the issue",
    "what's the issue",
];

/// Openings of questions an agent answers from what they know.
const GENERAL_QUESTIONS: List = list![
    "how do i",
    "how long does",
    "how long do",
    "how much does",
    "how much is",
    "how does",
    "is there",
    "is that normal",
    "is this normal",
    "is it normal",
    "for anyone else",
    "down for anyone",
    "will we",
    "will it",
    "can it",
    "can we",
    "can someone",
    "is it possible",
    "is the",
    "are you",
    "are your",
    "can i",
    "could i",
    "do you",
    "does the",
    "does it",
    "does your",
    "does my",
    "do i need",
    "do i have to",
    "where do i",
    "where's the",
    "why can't i",
    "why cant i",
    "why does",
    "will the",
    "will i",
    "will my new",
    "when's it",
    "when is it coming",
    "what's the best way",
    "walk me through",
    "anything you can do",
    "quick q",
    "quick question",
    "what happens",
    "wanted to know",
    "want to know",
    "any idea on the",
    // Eligibility and choice ("do I get them too?", "which of your apps ...?").
    "do i get one",
    "do i get it",
    "do i get them",
    "do i qualify",
    "am i eligible",
    "which of your",
    "any way i",
    "any way to",
    // Which one to use, what is allowed, whether it comes back.
    "which one",
    "which app",
    "which plan",
    "will you be",
    "allowed on",
    "allowed in",
    "allowed to bring",
    "allowed to take",
    "is it ever",
    "ever coming back",
    "back in stock",
    // Fit, compatibility, where it is offered, advice.
    "true to size",
    "what size",
    "compatible with",
    "available in",
    "any recommendations",
    // A spec, an allowance or the hours, asked as "what's ...".
    "what's the max",
    "what's the maximum",
    "cost of",
    "price of",
    "how much to",
    "baggage allowance",
    "luggage allowance",
];

/// Questions about the state of the customer's own case: they need the case looked up.
const STATUS_QUESTIONS: List = list![
    "where is my",
    "where's my",
    "when will my",
    "when will it",
    "when will i get",
    "when will i receive",
    "why hasn't",
    "why haven't",
    "what happened to my",
    "has my",
    "is my order",
    "is my refund",
    "any update",
    "any news",
    "why was i charged",
    "why did you charge",
    "why have i been charged",
];

/// The latest of the customer's messages (oldest first) said to the brand: on a public
/// feed, a reply that opens with someone else's handle ("@sam lol typical") is to a friend;
/// one that opens with a handle the first post named ("... @SouthwestAir for losing my
/// luggage", then "@SouthwestAir claim is LAS88213, can you ...") is to the brand.
pub(crate) fn to_brand<T: AsRef<str>>(texts: &[T]) -> Option<&T> {
    let first = texts.first().map_or("", |t| t.as_ref());
    texts.iter().rev().find(|t| {
        leading_handle(t.as_ref()).is_none_or(|h| {
            first
                .split_whitespace()
                .any(|w| crate::text::trim_end_any(w, b":,.!?").eq_ignore_ascii_case(h))
        })
    })
}

/// The @handle a message opens with, if any.
pub(crate) fn leading_handle(text: &str) -> Option<&str> {
    let first = text.split_whitespace().next()?;
    first
        .starts_with('@')
        .then(|| crate::text::trim_end_any(first, b":,"))
}

/// Whether a message shows the customer upset: emotion words or escalation cues.
pub(crate) fn upset(a: &crate::analysis::MessageAnalysis) -> bool {
    a.signals.iter().any(|s| {
        matches!(
            s.kind,
            SignalKind::Anger
                | SignalKind::Frustration
                | SignalKind::Disappointment
                | SignalKind::Negative
                | SignalKind::EmojiNegative
                | SignalKind::ThreatCancel
                | SignalKind::ThreatChargeback
                | SignalKind::ThreatLegal
                | SignalKind::ThreatPublic
                | SignalKind::DemandManager
                | SignalKind::Profanity
                | SignalKind::AbuseAtAgent
                | SignalKind::Sarcasm
                | SignalKind::Repetition
        )
    }) || a.heat >= 35.0
}

/// Lowercase with apostrophes folded to `'`, the form every phrase here is written in, and
/// stars of emphasis dropped ("the app *is* down" is "is down"). A
/// refund turned down ("I don't want a refund, I want one that works") is taken out: no
/// list reads it as a refund asked for or waited on.
pub(crate) fn fold(text: &str) -> String {
    crate::case::lowercase(text)
        .chars()
        .filter(|&c| c != '*')
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => c,
        })
        .collect::<String>()
        .replace_str("n't want a refund", "n't want")
}

/// Whether `text` (folded) contains any of `phrases` at word boundaries. Never inlined:
/// it is called from a hundred places, and one copy keeps the script tag small.
#[inline(never)]
pub(crate) fn has_any(text: &str, phrases: List) -> bool {
    crate::technique::has_any_phrase(text, phrases)
}

/// Whether any of `texts` (folded) contains any of `phrases` at word boundaries: one walk of
/// the list for all of them.
pub(crate) fn has_any_in(texts: &[String], phrases: List) -> bool {
    crate::technique::has_any_phrase_in(texts, phrases)
}

/// The details already sent in a private message or email.
const SENT_PRIVATELY: List = list![
    "dm sent",
    "dm'd you",
    "dmed you",
    "dmd you",
    "dm'ed you",
    "sent you a dm",
    "sent a dm",
    "sent you a private message",
    "sent a private message",
    "sent you a message",
    "your dms",
    "your dm",
    "my dm",
    "my dms",
    "i've dmed",
    "i have dmed",
    "mail sent",
    "email sent",
    "sent you an email",
    "emailed you the",
    "messaged you",
    "messaged u",
    "sent both",
    "in dm now",
    "started a dm",
    "gave you my info",
];

/// Whether a message (folded) says our DMs won't open for them ("it's not letting me DM
/// you", "tried to DM you but it won't let me").
pub(crate) fn dm_fails(t: &str) -> bool {
    has_any(
        t,
        list![
            "letting me dm",
            "let me dm",
            "can't dm",
            "cant dm",
            "unable to dm",
            "tried to dm",
            "trying to dm",
            "can't send you a dm",
            "can't send a dm",
            "can't message you",
            "dms are closed",
            "dms closed",
        ],
    )
}

/// Whether a message (folded) says the customer waits for the message or call we
/// promised ("still waiting for your DM", "no call yet"), not that they sent one.
pub(crate) fn awaits_us(t: &str) -> bool {
    has_any(
        t,
        list![
            "for your dm",
            "for a dm",
            "no dm",
            "for your call",
            "for a call",
            "no call"
        ],
    )
}

/// Whether a message (folded) says the case is settled ("they gave us a 30 day credit",
/// "got it fixed, thanks", "the branch refunded me the difference, sorted"), with no
/// "but", "still" or question left open.
pub(crate) fn settled(t: &str) -> bool {
    let remedied = has_any(t, list!["gave me", "gave us", "refunded", "credited"])
        && has_any(
            t,
            list!["credit", "refund", "refunded", "credited", "voucher"],
        );
    // Working again: whatever was wrong was the cause ("it was on the wrong input, picture
    // works now, thanks").
    let works = has_any(t, list!["works now", "working now", "fixed now"]);
    (remedied
        || works
        || has_any(
            t,
            list![
                "got it fixed",
                "got it sorted",
                "all good",
                "sorted now",
                "resolved now",
                // Managed it themselves ("never mind, found it in the app").
                "never mind",
                "nevermind",
                "managed it",
                "got it working",
                // Contacted since ("someone has been in touch with me", "they called me").
                "touch with me",
                "contacted me",
                "called me",
                "rang me"
            ],
        ))
        && !t.contains('?')
        && !t.contains_str("n't")
        && !has_any(t, list!["but", "still", "not", "want", "nobody", "no one"])
        && (works || !has_any(t, list!["wrong", "only"]))
}

/// Whether the latest message is a short "done it" / "sent" / "DMed you" right after the
/// agent asked for a DM: the details are in the DM, not a new case.
fn answers_dm_request(recent: &[Turn]) -> bool {
    let mut turns = recent.iter().rev();
    let (Some(last), Some(before)) = (turns.next(), turns.next()) else {
        return false;
    };
    let said = fold(&last.text);
    last.role == Role::Customer
        && before.role == Role::Agent
        && has_any(
            &fold(&before.text),
            list!["dm", "direct message", "private message"],
        )
        && said.split_ascii_whitespace().count() <= 6
        && has_any(
            &said,
            // At word boundaries: "done" covers "done it", "sent" covers "sent it".
            list!["done", "sent", "dmed", "dm'd", "just did"],
        )
}

/// Whether a message (folded) says the customer has asked or written before ("third time
/// I'm asking", "I have asked twice already", "how many times do I have to ask"): a
/// repeat contact they state, owned before anything is asked of them again.
pub(crate) fn asks_again(t: &str) -> bool {
    let count = has_any(
        t,
        list![
            "second time",
            "third time",
            "fourth time",
            "how many times",
            "twice",
            "three times",
            "3 times",
            "several times",
            "multiple times"
        ],
    );
    has_any(
        t,
        list![
            "already asked",
            "asked already",
            "asked before",
            "asked you before",
            "asked this before",
            "asking again"
        ],
    ) || count
        && has_any(
            t,
            list![
                "contacted",
                "contacting",
                "asked",
                "asking",
                "ask",
                "written",
                "writing",
                "called",
                "emailed"
            ],
        )
}

/// "I already emailed", "third time I'm writing": contact before this conversation ("I've
/// tried 3 times" is not one).
const PRIOR_CONTACT: List = list![
    "already told",
    "time i'm explaining",
    "from chasing",
    "keep chasing",
    "chasing this",
    "time im explaining",
    "explaining this again",
    "already explained",
    "told your colleague",
    "your colleague said",
    "your colleague told",
    "the last two people",
    "passed around",
    "already called",
    "already contacted",
    "already emailed",
    "already messaged",
    "already reached out",
    "already spoke",
    "already spoken",
    "already talked",
    "already wrote",
    "called you",
    "called twice",
    "called three times",
    "contacted you",
    "contacted support",
    "contacted customer service",
    "emailed you",
    "emailed twice",
    "emailed three times",
    "i've called",
    "i've emailed",
    "i've contacted",
    "i've messaged",
    "i've written",
    "i have called",
    "i have emailed",
    "i have contacted",
    "messaged you",
    "asked you three times",
    "asked you twice",
    "twice asked",
    "i have complained",
    "i've complained",
    "dm'd you twice",
    "two support requests",
    "still waiting to hear back",
    "original tweet",
    "ignored ever since",
    "still not replied",
    "every time i call",
    "each time i call",
    "last time i contacted",
    "spoke to someone",
    "spoke to an agent",
    "spoke to one of your",
    "talked to someone",
    "told me last week",
    "told me it would",
    "was told",
    "still no reply",
    "still no response",
    "no one got back",
    "nobody got back",
    "never got back",
    "never heard back",
    "no response to my",
    "opened a ticket",
    "ticket number",
    "my ticket",
    "same answer",
    "following up on my",
    "tweeted you",
    "i tweeted",
    "rang your",
    "rung your",
];

/// The details the customer's messages already give.
fn known_details(recent: &[Turn]) -> Vec<Detail> {
    let mut known = Vec::new();
    let mut add = |d: Detail, yes: bool| {
        if yes && !known.contains(&d) {
            known.push(d);
        }
    };
    // The agent's latest question: a reply to it is the detail it asked for ("What's the
    // order number?" then "It's 4471-KD"), in whatever shape the customer writes it.
    let mut question = String::new();
    for t in recent {
        let (text, low) = (t.text.as_str(), fold(&t.text));
        if t.role == Role::Agent {
            question = if low.contains('?') {
                low
            } else {
                String::new()
            };
            continue;
        }
        let asked =
            |words: List| has_any(&question, words) && !low.contains('?') && !has_any(&low, UNSURE);
        let digits = low.bytes().filter(u8::is_ascii_digit).count();
        let short = low.split_whitespace().count() <= 6;
        add(
            Detail::OrderNumber,
            has_order_number(&super::evidence::without_phones(&low))
                || digits >= 3 && asked(list!["number", "reference", "order", "booking"]),
        );
        add(Detail::AccountEmail, has_email(text));
        add(
            Detail::Device,
            has_any(&low, DEVICES) || short && asked(list!["which device"]),
        );
        add(
            Detail::AppVersion,
            has_version(&low) || digits > 0 && asked(list!["version"]),
        );
        add(
            Detail::ErrorText,
            has_error_text(text, &low) || asked(list!["error", "what does it say"]),
        );
        add(
            Detail::Product,
            has_model(text)
                || (short || digits > 0) && asked(list!["model", "which product", "which item"]),
        );
        // "Which location did you visit?" then "Eden Prairie": the place is given.
        add(
            Detail::Place,
            has_place(text)
                || asked(list![
                    "which location",
                    "which store",
                    "which restaurant",
                    "which branch",
                    "which station"
                ]),
        );
        add(Detail::Time, has_time(&low));
        add(
            Detail::HowLong,
            t.analysis
                .as_ref()
                .is_some_and(|a| a.has(SignalKind::ElapsedTime))
                || digits > 0 && asked(list!["when", "how long", "what date"]),
        );
    }
    known
}

/// A reply that gives nothing: the customer does not have the detail to hand.
const UNSURE: List = list![
    "don't know",
    "dont know",
    "not sure",
    "no idea",
    "can't find",
    "can't remember"
];

/// An order, booking or case reference: a number of 5+ digits, `#1234`, or a number or code
/// after a reference word, also across "number is" ("order A-4471", "my booking number is
/// FD-658", "booking ref qx7p2l").
fn has_order_number(low: &str) -> bool {
    let words: Vec<&str> = crate::text::split_char(low, |c| {
        c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | ':')
    })
    .filter(|w| !w.is_empty())
    .collect();
    let mut after_order = false;
    for w in &words {
        let w = crate::text::trim_end_any(w, b".!?");
        let digits = w.chars().filter(char::is_ascii_digit).count();
        if w.starts_with('#') && digits >= 3 {
            return true;
        }
        // Phone-like or date-like runs are rare in complaints; prices have a currency sign.
        let long = digits >= 5 && !w.starts_with(['$', '£', '€']) && !w.contains('@');
        // A code of letters and digits after a reference word ("ref qx7p2l").
        let code = digits >= 3 || digits >= 1 && w.len() >= 5 && w.len() <= 12;
        if long || (after_order && code) {
            return true;
        }
        // Word lists as one text: smaller than a `matches!` of string arms.
        after_order = crate::text::is_one_of(
            w,
            "order order# ref reference booking invoice tracking no claim confirmation ticket",
        ) || (after_order && crate::text::is_one_of(w, "number is"));
    }
    false
}

/// A payment made in a store: at a till, a self-checkout or a card machine.
const PAID_IN_STORE: List = list![
    "till",
    "self checkout",
    "self-checkout",
    "self-service",
    "card machine",
    "cashier",
    "in store",
    "in your store",
];

/// Places a customer names: a store, branch, station or street.
pub(super) const PLACES: List = list![
    "store", "shop", "branch", "station", "platform", "road", "street", "centre", "airport",
    "gate", "car park",
];

/// A named place ("the Anlaby Road store", "York station", "platform 2"): a place word after
/// a capitalised name or before a number.
fn has_place(text: &str) -> bool {
    let words = words(text);
    let place = |w: &str| {
        has_any(&crate::case::lowercase(w), PLACES)
            || crate::text::is_one_of(w, "St Rd Ave drive-thru restaurant")
    };
    let capital = |w: &str| {
        w.chars().next().is_some_and(crate::case::is_upper)
            && !crate::text::is_one_of(w, "The Your My A This That Our I")
    };
    words.windows(2).any(|p| {
        let number = p[1].bytes().next().is_some_and(|b| b.is_ascii_digit());
        capital(p[0]) && place(p[1])
            || number && place(p[0])
            // "the KFC in Bloxwich" (a brand "at McDonalds" names no restaurant)
            || p[0] == "in" && capital(p[1])
    })
}

/// A time of day or a recent day ("3pm", "10:30", "this morning", "last night").
fn has_time(low: &str) -> bool {
    has_any(
        low,
        list![
            "this morning",
            "this afternoon",
            "last night",
            "yesterday",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday"
        ],
    ) || low.split_whitespace().any(|w| {
        let b = w.as_bytes();
        let n = b
            .iter()
            .take_while(|c| c.is_ascii_digit() || matches!(c, b':' | b'.'))
            .count();
        let rest = &b[n..];
        n > 0 && (rest.starts_with(b"am") || rest.starts_with(b"pm") || b[1..n].contains(&b':'))
    })
}

/// The words of a message as written, without the punctuation around them (a dash inside
/// a model name stays: "WH-1000XM4"), and without @handles: a brand's handle is no model
/// ("@Acme 2 emails later").
fn words(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|w| !w.starts_with('@'))
        .map(|w| crate::text::trim_to(w, |c| crate::text::is_word_char(c) || c == '-'))
        .collect()
}

/// A model name: a word with a capital followed by a number or a capital and digits
/// ("Aero 14", "iPhone 8", "Galaxy S9") or a word
/// mixing letters and digits ("X200", "WH-1000XM4"). Written in lower case, a model code
/// that switches between letters and digits three times ("15-ay019tu") or a word and a
/// small number after "my" and a name ("my lenovo flex 4", not "my order 2 days late").
fn has_model(text: &str) -> bool {
    let words = words(text);
    let number = |w: &str, most: usize| {
        !w.is_empty() && w.len() <= most && w.chars().all(|c| c.is_ascii_digit())
    };
    // "Galaxy S9": a capital and digits after the name is a model number too.
    let code = |w: &str| (2..=3).contains(&w.len()) && w[1..].chars().all(|c| c.is_ascii_digit());
    words.windows(2).any(|p| {
        p[0].chars().any(crate::case::is_upper)
            && p[0].len() >= 3
            && (number(p[1], 4)
                || p[1].chars().next().is_some_and(|c| c.is_ascii_uppercase()) && code(p[1]))
    }) || words.iter().any(|w| {
        w.len() >= 3
            && w.chars().any(|c| c.is_ascii_digit())
            && w.chars().any(crate::text::is_letter)
            && (w.chars().next().is_some_and(crate::case::is_upper)
                || !w.contains(['/', '.'])
                    && w.as_bytes()
                        .windows(2)
                        .filter(|b| b[0].is_ascii_digit() != b[1].is_ascii_digit())
                        .count()
                        >= 3)
    }) || words.windows(4).any(|p| {
        p[0].eq_ignore_ascii_case("my")
            && p[1].chars().all(crate::text::is_letter)
            && p[2].len() >= 3
            && p[2].chars().all(crate::text::is_letter)
            && number(p[3], 2)
    }) && {
        // Only with a device named, or a thing told dead: "my sonix studio 3 headphones",
        // "my lapco flex 4 won't power on", not "my plan tier 2".
        let low = fold(text);
        !has_any(&low, UNITS)
            && (has_any(&low, DEVICES) || has_any(&low, MODELLED) || super::evidence::dead(&low))
    }
}

/// Things a model number tells apart, besides `situation::DEVICES`.
pub(super) const MODELLED: List = list![
    "phone",
    "camera",
    "tv",
    "radio",
    "headphones",
    "headset",
    "earbud",
    "earbuds",
    "printer",
    "model"
];

/// Words that make a number a count or a time, not a model ("2 days", "3 times").
const UNITS: List = list![
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes",
    "mins", "times", "yr", "yrs", "old", "items"
];

/// An email address (not an @handle).
pub(crate) fn has_email(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = crate::text::trim_to(w, crate::text::is_word_char);
        match crate::text::split_once_byte(w, b'@') {
            Some((user, domain)) => !user.is_empty() && domain.contains('.'),
            None => false,
        }
    })
}

/// A version number ("v2.3", "version 14", "4.1.2").
fn has_version(low: &str) -> bool {
    if has_any(low, list!["version", "latest update"]) {
        return true;
    }
    low.split_whitespace().any(|w| {
        let w = crate::text::trim_start_any(w, b"v");
        let w = crate::text::trim_end_any(w, b".,!?");
        let parts: Vec<&str> = crate::text::split_byte(w, b'.').collect();
        parts.len() >= 2
            && parts.len() <= 4
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The exact error: a quoted message, an error code, or "it says ...".
fn has_error_text(text: &str, low: &str) -> bool {
    let quoted = text
        .chars()
        .filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
        .count()
        >= 2;
    let code = ["error", "code"].iter().any(|k| {
        let mut rest = low;
        while let Some(i) = rest.find_str(k) {
            let after = &rest[i + k.len()..];
            let next = crate::text::trim_start_any(after, b" :#");
            if next.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
            rest = after;
        }
        false
    });
    let says = has_any(
        low,
        list![
            "it says",
            "message says",
            "says that",
            "saying that",
            "shows an error",
            // What the screen shows, described: as good as the message.
            "blank page",
            "blank screen",
            "white screen",
            "black screen",
        ],
    );
    quoted || code || says || has_any(low, list!["404", "500", "502", "503"])
}

/// Devices, systems and browsers a customer names.
pub(super) const DEVICES: List = list![
    "iphone",
    "ipad",
    "android",
    "pixel",
    "samsung",
    "galaxy",
    "mac",
    "macbook",
    "imac",
    "windows",
    "pc",
    "laptop",
    "tablet",
    "computer",
    "chromebook",
    "chrome",
    "firefox",
    "safari",
    "edge",
    "ios",
    "xbox",
    "console",
    "playstation",
    "ps5",
    "ps4",
    "switch",
    "roku",
    "fire tv",
    "smart tv",
    "apple tv",
    "kindle",
    "linux",
    "oneplus",
    "huawei",
    "xiaomi",
    "motorola",
];

/// Parties outside the company a problem can be on (the company's own courier counts as
/// the company: the customer bought from us).
const THIRD_PARTIES: List = list![
    "carrier",
    "hurricane",
    "blizzard",
    "fog",
    "air traffic control",
    "marketplace seller",
    "third-party seller",
    "third party seller",
    "the seller",
    "the snow",
    "the weather",
    "storm",
    "strike",
];

/// A bank the customer will turn to ("I'll dispute it with my bank"): their recourse, not
/// a party the problem is on.
const BANK_RECOURSE: List = list![
    "with my bank",
    "to my bank",
    "through my bank",
    "call my bank",
    "contact my bank",
    "my bank will",
    "dispute",
    "chargeback",
    "charge back",
];

/// A promise the company made and broke ("you promised a call back", "I was told it
/// would be fixed"): ours, whatever the issue.
const BROKEN_PROMISES: List = list![
    "you promised",
    "i was promised",
    "we were promised",
    "promised me",
    "promised a call",
    "promised a callback",
    "promised to call",
    "promised to ring",
    "callbacks promised",
    "supposed to ring me",
    "supposed to call me",
    "meant to ring me",
    "meant to call me",
    "assurances",
    "assured",
    "someone would call",
    "someone would ring",
    // Failures of ours whatever the issue: calls cut off, a call back that
    // never came, messages left unanswered, an order we cancelled, a stay that went wrong.
    "cut off",
    "hung up on",
    "hangs up on",
    "call dropped",
    "calls dropped",
    "waiting on call back",
    "waiting on a call back",
    "waiting for a call back",
    "never called back",
    "never called me back",
    "no call back",
    "no callback",
    "unanswered",
    "you cancelled my",
    "for cancelling my",
    "stay isn't",
    "stay wasn't",
];

/// A charge the customer shows is wrong (a receipt, a screenshot, readings sent, billing
/// after they left): ours to check and put right.
const CHARGE_SHOWN_WRONG: List = list![
    "screenshot",
    "receipt shows",
    "shows i",
    "proof",
    "still being billed",
    "still billed",
    "still getting bills",
    "getting bills for",
    "bills for a",
    "moved out",
    "meter reading",
    "readings",
    "estimated bill",
    "estimated bills",
    "history shows",
    "shows it",
    "the app shows",
    "ended the ride",
    "ended my ride",
];

/// The customer owning a slip ("I forgot", "my mistake", "I ordered the wrong size").
const CUSTOMER_SLIPS: List = list![
    "i forgot",
    "forgot my password",
    "my mistake",
    "my fault",
    "my bad",
    "accidentally",
    "by mistake",
    "i ordered the wrong",
    "i typed the wrong",
    "i entered the wrong",
    "wrong address",
    "i put the wrong",
    "i didn't realise",
    "i didn't realize",
    "i deleted",
    "i lost my",
];

/// What shows a late parcel, a slow refund or a bug is the company's doing.
const COMPANY_SIGNS: List = list![
    "already told",
    "told your colleague",
    "again",
    "second parcel",
    "second order",
    "second time",
    "third time",
    "you've lost",
    "has been lost",
    "lost my",
    "lost by",
    "you lost",
    "weeks",
    "since october",
    "since last month",
    "still no refund",
    "promised",
    "was told",
    "you said",
    "you've said",
    "nobody has",
    "no one has",
    "nobody replies",
    "no reply",
    "no response",
    "never replied",
    "haven't heard",
    "deleted all",
    "deleted my",
    "wiped",
    "update broke",
    "update made",
    "following up on my",
    "after the update",
    "since the update",
    "third date",
    "third delivery date",
    "days late",
    "week late",
    "hours late",
    "hours since",
];

/// Who is likely at fault, from the issue type and what the customer says.
fn fault(issue: IssueType, lowered: &[String], facets: &[Facet]) -> Fault {
    let any = |phrases: List| has_any_in(lowered, phrases);
    if any(CUSTOMER_SLIPS) {
        return Fault::Customer;
    }
    // A call back promised and not made, a promise broken, a call cut off, an order we
    // cancelled: ours, even in an outage or over a rule.
    if any(BROKEN_PROMISES) {
        return Fault::Company;
    }
    let has = |f: Facet| facets.contains(&f);
    // A price, a fee or adverts work as designed, unless the charge itself is wrong.
    let mischarged = has(Facet::DoubleCharge) || has(Facet::Overcharge);
    if !mischarged && (has(Facet::PriceRise) || has(Facet::Fee) || has(Facet::Ads)) {
        return Fault::Policy;
    }
    // The customer's bank as their recourse is no third party.
    let bank = any(list!["my bank", "the bank"]) && !any(BANK_RECOURSE);
    match issue {
        IssueType::OutageError => Fault::Outage,
        IssueType::PolicyComplaint => Fault::Policy,
        IssueType::AccountAccess
            if any(list![
                "hacked",
                "someone else",
                "not me",
                "scam",
                "phishing"
            ]) =>
        {
            Fault::ThirdParty
        }
        _ if bank || any(THIRD_PARTIES) => Fault::ThirdParty,
        // Messages left unanswered, a long hold, staff behaviour, a case we mishandled:
        // ours, whatever the issue.
        _ if has(Facet::NoReply)
            || has(Facet::OnHold)
            || has(Facet::StaffConduct)
            || any(MISHANDLED) =>
        {
            Fault::Company
        }
        // What arrives broken or wrong was sent that way (our courier counts as us).
        IssueType::DeliveryDamaged => Fault::Company,
        // A thing that came dead or never worked was sold that way.
        IssueType::ProductBug
            if lowered
                .iter()
                .any(|t| super::evidence::dead(t) && super::evidence::new_item(t)) =>
        {
            Fault::Company
        }
        // A late parcel, a slow refund or a bug is not yet known to be ours, unless the
        // customer shows it: a repeat, a loss, weeks of waiting, a promise broken.
        IssueType::DeliveryLate
        | IssueType::DeliveryMissing
        | IssueType::RefundStatus
        | IssueType::ProductBug
            if any(COMPANY_SIGNS) =>
        {
            Fault::Company
        }
        IssueType::Billing
            if any(list![
                "twice",
                "double",
                "overcharged",
                "charged me again",
                "charged again",
                "wrong amount",
                "after i cancelled",
                "after cancelling",
                "still charged",
                "still being charged",
                "never authorized",
                "didn't authorize",
            ]) || any(CHARGE_SHOWN_WRONG) =>
        {
            Fault::Company
        }
        IssueType::Cancellation
            if any(list![
                "still charged",
                "still being charged",
                "charged me after",
                "won't let me cancel",
                "can't cancel",
                "cannot cancel",
                "no way to cancel",
            ]) =>
        {
            Fault::Company
        }
        IssueType::Privacy
            if any(list![
                "breach",
                "leaked",
                "sold my",
                "never signed up",
                "keep emailing",
                "unsubscribed",
                "never gave you",
                "another customer",
                "someone else's",
            ]) =>
        {
            Fault::Company
        }
        _ => Fault::Unknown,
    }
}

/// A case we handled wrongly, whatever it was about: sent to the wrong team, lost, or
/// started again.
const MISHANDLED: List = list![
    "wrong department",
    "wrong team",
    "has to start again",
    "have to start again",
    "start all over",
    "lost my claim",
    "lost my paperwork",
    "lost my documents",
    "lost my application",
];

/// What the customer asked for: the latest message that asks for something wins (a
/// "just cancel it" after a first "where is my refund?" is a cancel).
fn asked_for(issue: IssueType, lowered: &[String], recent: &[Turn]) -> Request {
    let customer: Vec<&Turn> = recent.iter().filter(|t| t.role == Role::Customer).collect();
    for (k, t) in lowered.iter().enumerate().rev() {
        let demands_manager = customer.get(k).is_some_and(|turn| {
            turn.analysis
                .as_ref()
                .is_some_and(|a| a.has(SignalKind::DemandManager))
        });
        if demands_manager || has_any(t, WANTS_ESCALATION) {
            return Request::Escalation;
        }
        if has_any(t, WANTS_REFUND) {
            return Request::Refund;
        }
        if wants_replacement(t) {
            return Request::Replacement;
        }
        if has_any(t, WANTS_CANCEL) && !has_any(t, THREATS) && !cancelled_by_them(t) {
            return Request::Cancel;
        }
        if has_any(t, WANTS_ANSWER) {
            return Request::Answer;
        }
    }
    let asks = lowered.iter().any(|t| {
        t.contains('?')
            || has_any(
                t,
                list![
                    "how do i",
                    "how can i",
                    "where is",
                    "where's",
                    "when will",
                    "can you tell",
                    "is it possible",
                    "i'd like to know",
                    "wondering",
                    "just tell me",
                ],
            )
    });
    if asks || issue == IssueType::HowTo {
        return Request::Answer;
    }
    Request::None
}

/// A call back, a manager, a human.
const WANTS_ESCALATION: List = list![
    "call me",
    "call back",
    "callback",
    "phone me",
    "ring me",
    "speak to a human",
    "talk to a human",
    "speak to someone",
    "talk to someone",
    "speak to a person",
    "talk to a person",
    "real person",
    "go higher",
    "escalated",
];

/// Money back.
pub(super) const WANTS_REFUND: List = list![
    "want a refund",
    "money back",
    "refund me",
    "full refund",
    "give me a refund",
    "issue a refund",
    "need a refund",
    "get a refund",
    "get my money",
    "reimburse",
    "refund the",
    "refund my",
    "refund it",
    "my refund",
    "about this refund",
    "refund process",
    // The second of a double payment ("I want the extra one back").
    "extra one back",
    "second one back",
    "extra payment back",
    "second payment back",
    "duplicate payment back",
    "the duplicate back",
];

/// A new item.
pub(super) const WANTS_REPLACEMENT: List = list![
    "replacement",
    "replace it",
    "send another",
    "send a new",
    "a new one",
    "exchange it",
    "an exchange",
];

/// Whether a message (folded) asks for a new item: "I've got a new one" (a new email, a
/// new phone) says what they have, not what they want, "I will not be ordering another
/// one to replace it" refuses one, and "you have to send it back and pay for a replacement"
/// tells how a maker works.
pub(super) fn wants_replacement(t: &str) -> bool {
    has_any(t, WANTS_REPLACEMENT)
        && !has_any(
            t,
            list![
                "got a new one",
                "have a new one",
                "bought a new one",
                "with a new one",
                "not be ordering",
                "won't be ordering",
                "not ordering",
                "not be buying",
                "won't be buying",
                "won't buy",
                "not buying",
                "don't want a replacement",
                "do not want a replacement",
                "don't want another",
                "do not want another",
                "no replacement",
                "not a replacement",
                "have to send"
            ],
        )
}

/// A plain answer, asked for in so many words.
const WANTS_ANSWER: List = list![
    "just tell me",
    "just tell us",
    "just answer",
    "i just want to know",
    "i just need to know",
    "just want an answer",
    "give me a straight answer",
];

/// A cancellation held over the company ("I'll cancel if you don't fix this"): a threat,
/// not a request.
pub(super) const THREATS: List = list![
    "going to cancel",
    "gonna cancel",
    "i will cancel",
    "i'll cancel",
    "will be cancelling",
    "if you don't",
    "if you do not",
    "if you can't",
    "if you cannot",
    "if not",
    "or i cancel",
    "if i can't",
    "if you really",
    "if you're going to",
];

/// To stop something.
/// Whether a message (folded) thanks the business for a fault ("thanks for charging me
/// twice", "thank you for not delivering"): sarcasm, a complaint about that fault. The cues
/// read most such thanks as sarcasm already (`cues::thanks_for_a_fault`).
pub(crate) fn sarcastic_thanks(t: &str) -> bool {
    thanks_after_complaint(t)
        || has_any(t, list!["thanks", "thank"])
            && has_any(
                t,
                list![
                    "for not",
                    "thanks a lot",
                    "twice",
                    "wrong",
                    "nogood",
                    "worst",
                    "scammed",
                ],
            )
}

/// Whether a message (folded) ends on a bare "thanks" or "great job" after a complaint
/// with no request and no fix ("third late train this week. thanks @railco"): sarcasm,
/// the complaint. "Can you help? Thanks" stays polite.
fn thanks_after_complaint(t: &str) -> bool {
    let Some(at) = list!["thanks", "thank you", "great job", "well done", "cheers"]
        .iter()
        .filter_map(|w| crate::technique::find_phrase(t, w))
        .max()
    else {
        return false;
    };
    let (before, after) = t.split_at(at);
    // Nothing after it but the thanks itself, handles and "a lot".
    let trails = after.split_whitespace().skip(1).all(|w| {
        w.starts_with('@') || list!["you", "job", "done", "a", "lot", "again"].contains(w)
    });
    trails
        && !before.contains('?')
        && !super::evidence::says_solved(before)
        // Thanked already, or "..., but cheers": meant.
        && !has_any(
            before,
            list!["please", "can you", "could you", "help", "sorted", "fixed", "thank", "but"],
        )
        && has_any(
            before,
            list![
                "late", "again", "still", "broken", "cancelled", "canceled", "delayed", "lost",
                "never", "no", "not", "didn't", "isn't", "won't", "wrong", "missing", "another",
                "bad", "only"
            ],
        )
}

/// A cancellation someone else made ("when your drivers cancel my ride"): a fault, not
/// the customer's request.
pub(crate) fn cancelled_by_them(t: &str) -> bool {
    has_any(
        t,
        list![
            "you cancel",
            "you cancelled",
            "you canceled",
            "you've cancelled",
            "was cancelled",
            "was canceled",
            "been cancelled",
            "been canceled",
            "got cancelled",
            "got canceled",
            "they cancel",
            "drivers cancel",
            "driver cancels",
            "driver cancelled",
            "u cancel",
        ],
    ) && !has_any(
        t,
        list![
            "want to cancel",
            "please cancel",
            "cancel it",
            "just cancel"
        ],
    )
}

pub(super) const WANTS_CANCEL: List = list![
    "cancel my",
    "cancel the",
    "want to cancel",
    "wanna cancel",
    "cancel it",
    "cancel this",
    "just cancel",
    "i'm cancelling",
    "im cancelling",
    "i am cancelling",
    "i'm canceling",
    "close my account",
    "delete my account",
    "unsubscribe",
    "end my subscription",
    "stop my subscription",
    "delete my data",
    "remove my data",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_named_in_lower_case_is_given() {
        for t in [
            "my lapco aero 14 laptop is dead",
            "the Aero 14 keeps freezing",
            "@Lapco my lapco flex 4 laptop has stopped working",
            "my sonix studio 3 headphones won't turn on",
            "my lapco 15-bq021na webcam doesn't work",
            "@Acme my Galaxy S9 battery drains in 3 hours",
            "my iPhone 8 screen keeps freezing",
        ] {
            assert!(has_model(t), "{t}");
        }
        // A count, a time or a link is no model.
        for t in [
            "my parcel came 2 days late",
            "my order took 3 weeks",
            "look at this https://t.co/Ab3dE9fG2h",
            "the 7hr delay on my train",
            // A brand's handle before a count.
            "@Acme 2 emails and a phone call later, still no magazine",
        ] {
            assert!(!has_model(t), "{t}");
        }
    }

    #[test]
    fn a_question_asked_before_is_a_repeat_contact() {
        for t in [
            "this is the third time i'm asking. where is my refund???",
            "i have asked twice already, where is my money?",
            "how many times do i have to ask for my invoice",
        ] {
            assert!(asks_again(&fold(t)), "{t}");
        }
        // Tries of their own, or the agent asking, are no contact of theirs.
        assert!(!asks_again(&fold("i've tried 3 times to log in")));
        assert!(!asks_again(&fold("where is my refund?")));
    }

    #[test]
    fn a_failure_of_ours_is_ours_whatever_the_issue() {
        let fault_of = |t: &str| fault(IssueType::PolicyComplaint, &[fold(t)], &[]);
        for t in [
            "trying to book, got cut off twice and now the price is higher",
            "still waiting on a call back and no case number",
            "two unanswered emails about the new fee",
            "thanks for cancelling my order without a word",
        ] {
            assert_eq!(fault_of(t), Fault::Company, "{t}");
        }
        assert_eq!(
            fault_of("your new baggage rule is ridiculous"),
            Fault::Policy
        );
    }

    #[test]
    fn thanks_for_a_fault_and_their_cancel() {
        assert!(sarcastic_thanks(&fold("thanks for charging me twice")));
        assert!(sarcastic_thanks(&fold(
            "Thank you for not delivering my parcel"
        )));
        assert!(sarcastic_thanks(&fold(
            "Third late train this week. Thanks @RailCo"
        )));
        assert!(sarcastic_thanks(&fold("parcel lost again, great job")));
        assert!(!sarcastic_thanks(&fold(
            "Can you help with my order? Thanks"
        )));
        assert!(!sarcastic_thanks(&fold(
            "it was late but it arrived, thanks"
        )));
        assert!(!sarcastic_thanks(&fold(
            "thanks, the refund came through today"
        )));
        assert!(cancelled_by_them(&fold("when your drivers cancel my ride")));
        assert!(!cancelled_by_them(&fold("please cancel my plan")));
        // Past tense: the business's own cancellation, a complaint.
        assert!(cancelled_by_them(&fold(
            "my order was cancelled and i don't know why"
        )));
        assert!(cancelled_by_them(&fold(
            "my booking got cancelled, never asked to cancel my booking"
        )));
        assert!(!cancelled_by_them(&fold(
            "you cancel my plan, please cancel it now"
        )));
    }

    #[test]
    fn yes_or_no_questions_about_the_offer_are_general() {
        for q in [
            "@comcastcares is gigabit available in 23139?",
            "@subaru_usa can your car stop for dogs backing out of driveways?",
            "good morning do we need to include outside scope items in box 6? thank you",
            "@burberry i wear a 7.5 in us, do they run small or true to size?",
            "@laptopco what's the max ram on the aero 14?",
            "@skyhopair what's the baggage allowance on economy to lisbon?",
            "@shopco what time do you close tonight?",
            "hi there, is the 20:40 from euston running?",
            // Asked without a question mark, about no case of their own.
            "@shop is there really no way to exchange it with the tags off. bought it yesterday",
            "@fitco not clear if the new band has an always on display",
            "@printco can i use the p20 with a chromebook",
            "@telco what is the cost of a text to a us number?",
        ] {
            assert!(is_general_question(&fold(q)), "{q}");
        }
        for q in [
            "can you check my order? it's been a week",
            "is this how you treat loyal customers?",
            "are you going to answer me or not?",
            "why is my bill so high?",
            "@brand my package never showed up. is it lost?",
            "the screen arrived smashed. can anyone help?",
            "could you send me copies of the invoices?",
            "it shows delivered in leeds and i moved to york. can anything be done?",
            "your reps get condescending when i mention my rights. is intimidation your policy?",
            "your astoria blvd location refused to give me a cup of water. is this your protocol?",
            // Statements that open like a question stay statements.
            "@telco is ripping us off, they sold us a feature that doesn't work",
            "@telco is working to restore an outage near us",
            "@gameco okay will give it a try. thanks!",
            "@shop do not buy from here, the staff were rude",
            "@shop is this really what you call a large",
            // A fault shown with a photo is no question of how things work.
            "how does this happen? the bag had little stones in it. [photo]",
            // "What is the problem?!" after a complaint is anger, not a question.
            "my order still hasn't arrived and it's been 3 weeks. what is the problem?!",
            "iphone 12, latest version. what’s the problem??",
        ] {
            assert!(!is_general_question(&fold(q)), "{q}");
        }
    }

    #[test]
    fn a_refund_turned_down_is_folded_out() {
        assert_eq!(
            fold("I don’t want a refund, I want my order delivered"),
            "i don't want, i want my order delivered"
        );
        assert_eq!(fold("I want a refund"), "i want a refund");
    }

    #[test]
    fn done_after_a_dm_request_is_the_dm_sent() {
        let asked = turn(Role::Agent, "Please send us a DM with your policy number.");
        assert!(answers_dm_request(&[
            asked.clone(),
            turn(Role::Customer, "@Insureco done it*")
        ]));
        assert!(!answers_dm_request(&[
            turn(Role::Agent, "Have you tried restarting it?"),
            turn(Role::Customer, "done it, still broken")
        ]));
        assert!(!answers_dm_request(&[
            asked,
            turn(
                Role::Customer,
                "done that twice already and nobody has replied to any of it"
            )
        ]));
    }

    #[test]
    fn a_case_settled_since_our_reply_is_closed_not_reopened() {
        for t in [
            "@PizzaPlace They gave us a 30 day credit",
            "no need, the branch refunded me the difference, sorted",
            "Got it fixed, thanks",
            "all good now, cheers",
            // Contacted since our reply.
            "someone from the claims team got in touch with me today",
            "never mind, managed it in the app",
            // Working again, what was wrong being the cause.
            "oh. it was on the wrong input. picture works now, thanks",
        ] {
            assert!(settled(&fold(t)), "{t}");
        }
        // A remedy with something still open, or a question, settles nothing.
        for t in [
            "they gave me a credit but it doesn't cover the delivery",
            "the store refunded the wrong amount",
            "they gave me a voucher, is that it?",
            "still not sorted",
            "still waiting for someone who called me last week to call back",
            "down 4 days and nobody called me back like they promised",
            "the picture works now but the sound is still wrong",
        ] {
            assert!(!settled(&fold(t)), "{t}");
        }
        let s = read(
            &[
                turn(Role::Customer, "@Voltio my bill was double this month"),
                turn(Role::Agent, "Sorry about that, we'll look into the bill."),
                turn(
                    Role::Customer,
                    "@Voltio the branch refunded me the difference",
                ),
            ],
            true,
        );
        assert!(s.missing.is_empty() && s.request.is_none());
        assert_eq!(s.notes, vec![Note::Praise]);
        // The same words with no reply of ours yet are no settled case of ours.
        assert!(
            !public_post("my bill was double, the branch refunded me the difference")
                .notes
                .contains(&Note::Praise)
        );
    }

    #[test]
    fn waiting_for_our_dm_is_no_dm_sent() {
        let chase = |t: &str| {
            read(
                &[
                    turn(Role::Customer, "@TeleOne internet down since Monday"),
                    turn(Role::Agent, "Sorry, we'll send you a DM shortly."),
                    turn(Role::Customer, t),
                ],
                true,
            )
        };
        assert!(!chase("@TeleOne still waiting for your DM").sent_privately);
        assert!(!chase("@TeleOne no call and no dm yet").sent_privately);
        assert!(chase("@TeleOne check your DMs, sent it all there").sent_privately);
        assert!(chase("@TeleOne sent both in DM now, still nobody came").sent_privately);
        assert!(awaits_us(&fold("no call from anyone")));
        assert!(!awaits_us(&fold("I sent you a DM an hour ago")));
    }

    #[test]
    fn an_answer_to_our_question_is_the_detail_it_asked() {
        let known = |q: &str, a: &str| {
            known_details(&[
                turn(Role::Customer, "it keeps restarting on its own"),
                turn(Role::Agent, q),
                turn(Role::Customer, a),
            ])
        };
        assert!(
            known("Which device are you using?", "the old one from 2019").contains(&Detail::Device)
        );
        assert!(known("Which branch was it?", "High Street").contains(&Detail::Place));
        assert!(known("Which station?", "York").contains(&Detail::Place));
        // "Not sure" answers nothing.
        assert!(!known("Which device are you using?", "not sure").contains(&Detail::Device));
    }

    /// A turn with no analysis (calm).
    fn turn(role: Role, text: &str) -> Turn {
        Turn {
            role,
            text: text.to_string(),
            at: None,
            analysis: None,
            techniques: Vec::new(),
            level: 0,
            repeats_question: false,
        }
    }

    /// The reading of one public customer message (no analysis: calm).
    fn public_post(text: &str) -> Situation {
        read(&[turn(Role::Customer, text)], true)
    }

    #[test]
    fn cases_read_for_the_business_they_are_in() {
        // Held on the tarmac: a delayed flight, never a supply cut, whatever ran out.
        let s = public_post("six hours on the tarmac with no water and no food");
        assert!(s.facets.contains(&Facet::TravelDelay));
        assert!(!s.facets.contains(&Facet::NoService));
        assert_eq!(s.sector, Sector::Travel);
        let held = public_post("train sat outside the station for an hour, no water");
        assert!(held.facets.contains(&Facet::TravelDelay));
        // A hotel room's wifi: the stay's booking and room, not an account or a device.
        let s = public_post("@Marriott the wifi in my room keeps cutting out");
        assert_eq!(
            s.detail_to_ask(&[fold("@marriott the wifi in my room")]),
            Some("your booking reference and room number")
        );
        // Their own policy to update is a change they can make, not a rule complained of.
        let s = public_post("how can I change the address on my home insurance policy?");
        assert_eq!(s.issue, IssueType::HowTo);
        // Photos shared that arrive locked: no account to unlock.
        let s = public_post("the photos I shared are locked for everyone I send them to");
        assert_ne!(s.issue, IssueType::AccountAccess);
        // Food that hurt someone: no fault owned before it is checked, no parcel damage.
        let s = public_post("a shard of glass in your crisps cracked my tooth");
        assert!(s.notes.contains(&Note::FoodHarm));
        assert_eq!((s.issue, s.fault), (IssueType::Other, Fault::Unknown));
        // A product wanted in a size, without a question mark, is asked about.
        assert!(public_post("this coat please, any colour but grey in a medium!").general_question);
    }

    #[test]
    fn a_things_fault_needs_what_that_fault_needs() {
        let chat = |t: &str| read(&[turn(Role::Customer, t)], false);
        for (t, needs) in [
            // Some discs: which.
            (
                "unfortunately it can't play half of my dvds.",
                &[Detail::Discs][..],
            ),
            // A link: what it is used with and its software version (the phone named).
            (
                "The headset keeps dropping the connection.",
                &[Detail::Device, Detail::AppVersion],
            ),
            (
                "The headset keeps dropping the connection to my iphone.",
                &[Detail::AppVersion],
            ),
            // A battery: how long it lasts, unless told.
            (
                "The battery on this camera dies really fast.",
                &[Detail::HowLong],
            ),
            (
                "I already returned it, it wasn't for me.",
                &[Detail::OrderNumber],
            ),
        ] {
            assert_eq!(chat(t).missing, needs, "{t}");
        }
        assert!(!chat("The battery dies after an hour.")
            .missing
            .contains(&Detail::HowLong));
        // Sent back already: its refund, nothing to put right.
        let s = chat("I returned it and am looking for a multiformat one.");
        assert_eq!(s.issue, IssueType::RefundStatus);
        // A design judged: feedback, no fault; a fault in it too: the fault.
        let s = chat("The cut-outs don't line up with the controls.");
        assert_eq!(
            (s.issue, s.fault),
            (IssueType::PolicyComplaint, Fault::Policy)
        );
        assert!(s.notes.contains(&Note::Feedback));
        let s = chat("The buttons are in a stupid place and stopped working.");
        assert!(!s.notes.contains(&Note::Feedback));
        // An opinion of the price beside a fault told (a delivery that never came, a
        // delay): the fault, not feedback; alone, feedback on the price.
        let s = chat("Way overpriced and the delivery never turned up.");
        assert_ne!(s.issue, IssueType::PolicyComplaint);
        let s = chat("Your seats are ugly and my flight was delayed 3 hours.");
        assert_ne!(s.issue, IssueType::PolicyComplaint);
        let s = chat("Way overpriced for a plain sandwich.");
        assert_eq!(
            (s.issue, s.fault),
            (IssueType::PolicyComplaint, Fault::Policy)
        );
    }

    #[test]
    fn a_thing_at_fault_in_our_own_chat_is_ours() {
        let chat = |t: &str| read(&[turn(Role::Customer, t)], false);
        // A thing named and a fault said: apologised for, found by its order.
        for t in [
            "The USB cable did not work with my phone.",
            "Poor sound quality, no bass at all.",
            // The thing by what it does or is made of: it works, registers, gets stuck.
            "the first one wouldn't work from the start.",
            "doesn't always register push-button movement.",
            "it would spin and then show on the display that there was no disc.",
        ] {
            let s = chat(t);
            assert!(s.notes.contains(&Note::Ours), "{t}");
            assert_eq!(
                (s.fault, &s.missing[..]),
                (Fault::Company, &[Detail::OrderNumber][..])
            );
        }
        // A thing that works badly, with nothing asked and not new, is traced first: its
        // model, never its order (all the discs told: no "which discs" either).
        for t in [
            "unfortunately it won't read any of my dvds.",
            "I get terrible reception in my flat",
            "the phone won't read my memory card",
            "the mic is a joke and the volume is low",
        ] {
            let s = chat(t);
            assert_eq!(
                (s.issue, s.fault, &s.missing[..]),
                (
                    IssueType::ProductBug,
                    Fault::Company,
                    &[Detail::Product][..]
                ),
                "{t}"
            );
        }
        // A low price: nothing to trace.
        assert!(!works_badly(&fold(
            "The price is low but so is the quality."
        )));
        // Asked for, or new: the order finds it.
        for t in [
            "I get terrible reception on this phone, I want a replacement",
            "my new phone won't read my memory card",
        ] {
            assert_eq!(chat(t).missing, [Detail::OrderNumber], "{t}");
        }
        // A trait judged with nothing that happened (tinny, flimsy) is a remark: feedback
        // for the product team, no order to find (`evidence::remark`).
        for t in [
            "The speaker sounds tinny and cheap.",
            "The remote feels flimsy and the buttons are useless.",
        ] {
            let s = chat(t);
            assert!(s.notes.contains(&Note::Remark), "{t}");
            assert_eq!(
                (s.issue, &s.missing[..]),
                (IssueType::PolicyComplaint, &[][..])
            );
        }
        // The restaurant's own waiter and drinks: the meal is theirs too.
        let s = chat("The waiter forgot our drinks.");
        assert!(s.notes.contains(&Note::Ours));
        assert_eq!(s.facets, [Facet::Food, Facet::StaffConduct]);
        // No fault said, a booking, an app, or a public post: no item of ours.
        for t in [
            "Pretty disappointed with the product to be honest.",
            "My table booking isn't showing in my account.",
            "The app doesn't load on my phone.",
            // A verdict or an opinion: nothing verified to own, no order to find.
            "Low Quality.",
            "I was not impressed by this product.",
            "this player is not worth any price and i recommend that you don't purchase it.",
        ] {
            assert!(!chat(t).notes.contains(&Note::Ours), "{t}");
        }
        // ... unless it comes with a fault in the thing itself.
        let s = chat("Junk, the player stopped working after a week.");
        assert!(s.notes.contains(&Note::Ours));
        assert!(!public_post("The USB cable did not work with my phone.")
            .notes
            .contains(&Note::Ours));
    }

    #[test]
    fn a_restaurants_dishes_and_staff_are_read_in_its_reviewers_words() {
        let has = |t: &str, f: Facet| facets(&[fold(t)]).contains(&f);
        for t in [
            "Not tasty and the texture was just nasty.",
            "the brunch buffet was cold",
            "the soup was bland",
            "stale bread, greasy fries",
        ] {
            assert!(has(t, Facet::Food), "{t}");
        }
        assert!(has(
            "the hostess rolled her eyes at us",
            Facet::StaffConduct
        ));
        // A thing of the shop's is no meal, nor is an appliance's bread or crust.
        assert!(!has("the battery life is poor", Facet::Food));
        assert!(!has("my bread machine burns the crust", Facet::Food));
    }

    #[test]
    fn money_taken_twice_is_a_double_charge() {
        let double = |t: &str| facets(&[fold(t)]).contains(&Facet::DoubleCharge);
        assert!(double(
            "You've taken my subscription payment twice this month"
        ));
        assert!(double("my membership fee came out of my account twice"));
        // Twice, but no money taken twice.
        assert!(!double("it has logged me out of my account twice today"));
        assert!(!double("I've tried to cancel my subscription twice"));
    }

    #[test]
    fn a_devices_own_wifi_or_bluetooth_fault_is_not_an_outage() {
        let fault = |t: &str| link_fault(&[fold(t)]);
        assert!(fault("my iPhone won't connect to wifi since the update"));
        assert!(fault(
            "my phone won't pair with my car's Bluetooth any more"
        ));
        assert!(!fault(
            "the wifi router keeps dropping, no internet all day"
        ));
        assert!(!fault(
            "is there a broadband outage in my area? my laptop has no wifi"
        ));
        assert!(!fault("my phone screen cracked"));
    }

    #[test]
    fn details() {
        assert!(has_order_number("order #4471 never came"));
        assert!(has_order_number("my order 88213945 is late"));
        assert!(has_order_number("order a-4471 is late"));
        assert!(!has_order_number("i paid $129 three weeks ago"));
        assert!(has_order_number("my booking number is fd-658, as i said"));
        assert!(has_order_number("the claim reference is spr-20931."));
        assert!(!has_order_number("my xps-9310 screen flickers"));
        assert!(!has_order_number("booking for next week, my wh-1000 broke"));
        assert!(!has_order_number("my claim was sent 3 weeks ago"));
        assert!(has_email("it's dana.k@example.com"));
        assert!(!has_email("@acme where is it"));
        assert!(has_version("app 4.2.1 on my phone"));
        assert!(!has_version("i waited 2 weeks."));
        assert!(has_error_text(
            "it says \"payment failed\"",
            "it says \"payment failed\""
        ));
        assert!(has_error_text("Error 502 again", "error 502 again"));
        assert!(has_place("I just told you, Anlaby Road, 3pm"));
        assert!(has_place("the drains on platform 2 are flooding"));
        assert!(has_place("the manager at your Kirkgate branch"));
        assert!(!has_place("The store was closed"));
        assert!(!has_place("my nearest store was closed"));
        // A street named, or the town a branch is in: the restaurant is known.
        assert!(has_place("a hair in my burger at the Elm St drive-thru"));
        assert!(has_place("Went to my local KFC in Bloxwich"));
        // A brand is no location.
        assert!(!has_place("a hair in my burger at McDonalds"));
        assert!(has_time("anlaby road, 3pm"));
        assert!(has_time("at 10:30 this morning"));
        assert!(!has_time("i paid 5.30 for it"));
        assert!(!has_time("spam every day"));
        assert!(has_time("on saturday morning"));
    }

    #[test]
    fn a_charge_at_a_till_is_billing_found_by_the_visit() {
        // Taken twice at a self-checkout: billing found by the store and the time, never
        // an account's email or an order number, whatever refund the staff refused.
        let s = public_post(
            "@grocer your self-checkout took the money twice and staff said they can't refund it",
        );
        assert_eq!(s.issue, IssueType::Billing);
        assert_eq!(s.missing, vec![Detail::Place, Detail::Time]);
        // Stuck at the gate: a delayed flight, by its words alone.
        let s = public_post("@skyhop 4 hours stuck at the gate, nobody tells us anything");
        assert!(s.facets.contains(&Facet::TravelDelay));
    }

    #[test]
    fn a_why_about_their_own_case_keeps_what_it_needs() {
        let chat = |t: &str| read(&[turn(Role::Customer, t)], false);
        // Software that stopped: the device and version it stopped on, whatever the type.
        let s = chat("Why cant I upload fotos in the app anymore??");
        assert!(s.general_question);
        assert_eq!(s.missing, vec![Detail::Device, Detail::AppVersion]);
        let s =
            chat("Two emails and a call and my parcel still never arrived. What is the problem?!");
        assert_eq!(s.missing, vec![Detail::OrderNumber]);
        // A why about how things run, or a plain how-to: answered in general.
        for t in [
            "Why does your site ask me to accept cookies every time I visit?",
            "How do I turn off the dark mode in the app?",
        ] {
            assert!(chat(t).missing.is_empty(), "{t}");
        }
    }
}
