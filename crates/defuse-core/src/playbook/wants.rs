//! What the customer wants and what kind of message it is, beyond the issue type: the
//! concrete request from any turn (a refund, a call back, a time slot, stopping a direct
//! debit), a calm question the agent could answer or route (how-to, stock, release date,
//! opening hours, how to reach us), and notes that change the reply (a safety hazard,
//! praise, product feedback, a business enquiry), with the first name of a member of
//! staff the customer praises.

use serde::{Deserialize, Serialize};

use crate::list::{list, pairs, List, Pairs};
use crate::text::Search;

use super::situation::{has_any, is_general_question};
use crate::technique::{find_phrase, WordStarts};

/// What the customer asks the company to do, in our words (never theirs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Want {
    /// Their money back.
    Refund,
    /// A new item in place of the one they have.
    Replacement,
    /// To cancel an order, plan or booking.
    Cancel,
    /// The company to buy the product back (a car, a device).
    BuyBack,
    /// A call back.
    Callback,
    /// A phone number, email address or other way to reach the company, or a person rather
    /// than a bot or a menu.
    ContactNumber,
    /// A time slot or appointment (an engineer visit, a delivery slot).
    Appointment,
    /// A direct debit or recurring payment stopped.
    StopPayment,
    /// A manager, a supervisor or a formal complaint.
    Manager,
    /// A fee waived: cancelling or leaving without the exit fee, a charge dropped.
    WaiveFee,
    /// Credit or compensation for a loss (days without service, a spoiled trip).
    Credit,
    /// Their data or account deleted.
    DeleteData,
    /// No more marketing messages.
    Unsubscribe,
    /// A document sent or sent again: proof of cover, an invoice or receipt, a statement,
    /// a letter, a confirmation email that never came.
    Document,
    /// Something of theirs in their hands, often by a time ("I just need my bag").
    Item,
}

/// A calm question the agent could answer or route without the customer's account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// How to do something, or whether something works.
    HowTo,
    /// Whether something is in stock, sold or available somewhere.
    Availability,
    /// When something comes out, comes back or reaches a place.
    ReleaseDate,
    /// When a store or service is open.
    OpeningHours,
    /// How to reach the company, or where to complain.
    Contact,
}

/// Something about the message that changes the reply, whatever the issue type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// A safety hazard (fumes, smoke, fire, overheating, brakes, a burn): urgent, and
    /// never a billing matter.
    Safety,
    /// Praise or thanks (a product, a store, a member of staff), with nothing wrong.
    Praise,
    /// Product feedback or a suggestion ("please bring it back", a discontinued model).
    Feedback,
    /// A remark on how a thing is (its design, build or traits) with nothing that happened
    /// and nothing asked: feedback for the product team, not a case (see
    /// `evidence::remark`).
    Remark,
    /// A business enquiry: a merchant, a seller or a partner, not a consumer.
    Business,
    /// A serious claim against the company (data leaked or sold, fraud, discrimination):
    /// taken seriously and passed to the team that investigates it, with no fault conceded
    /// before it is checked.
    Claim,
    /// Calls, texts or emails that pretend to be the company ("spam calls claiming to be
    /// you"): not ours, how to block and report them, no fault owned and no account asked
    /// for, unless they shared details (then: secure it now).
    NotUs,
    /// Urgent for the customer: a deadline ("before tomorrow", "today") or someone who
    /// depends on the service (an elderly parent, an alarm line, a medical need). The reply
    /// says it is a priority and gives the concrete step, never "whenever you're ready".
    Urgent,
    /// Food or drink that hurt someone (glass in a can that cut a mouth, a bone that
    /// chipped a tooth, a child sick after eating it): are they OK and medical help first,
    /// the item and its packaging kept, and the batch code and where it was bought for the
    /// quality team; never a device's "switch it off" lines, never the meal's restaurant.
    FoodHarm,
    /// In the private chat of the business that made the meal or sold the item: a
    /// complaint about it is the business's own to apologise for and put right (the
    /// kitchen and the manager hear of it), never a third party's to follow up.
    Ours,
}

/// What [`read`] finds.
pub(crate) struct Wants {
    pub request: Option<Want>,
    pub question: Option<Question>,
    pub notes: Vec<Note>,
    pub staff_name: Option<String>,
    /// Whether a message asks for something or asks a question (a thank-you then is
    /// politeness).
    pub asks: bool,
}

/// Whether a message praises in words the analysis knows, "great" and up ("Superb food and
/// a great atmosphere", "works great!!"; "good food" and "well done" are as often in a
/// complaint), with no "but" after it. With [`read`]'s `calm`, nothing in it complains.
pub(crate) fn praised(a: &crate::analysis::MessageAnalysis) -> bool {
    use crate::signal::SignalKind;
    !a.has(SignalKind::Contrast)
        && a.signals.iter().any(|s| {
            s.weight <= -0.4 && matches!(s.kind, SignalKind::Positive | SignalKind::Gratitude)
        })
}

/// Reads the customer's messages (`raw` as written, `lowered` folded; oldest first):
/// `calm` tells that no message shows the customer upset or sarcastic; `praised`, that
/// the latest one praises in words the analysis knows ("Keep up the good work!!",
/// "Awesome device, works great").
pub(crate) fn read(raw: &[&str], lowered: &[String], calm: bool, praised: bool) -> Wants {
    // The word starts of all the messages are noted once; each list is then walked once
    // for all of them, and a phrase no word starts like is never searched for.
    let mut starts = WordStarts::of("");
    for t in lowered {
        starts.add(t);
    }
    let any = |phrases: List| any_in(&starts, lowered, phrases);
    let request = request(lowered, &any);
    // "Can someone come out today?" asks for a visit, not when something comes out.
    let question = lowered
        .last()
        .and_then(|t| question(t))
        .filter(|_| request != Some(Want::Appointment));
    let mut notes = Vec::new();
    // Something eaten or drunk that hurt someone: the food safety path, not a device's.
    // Something found in it ("a piece of plastic in the sauce") is the same path: keep it,
    // the batch code and where it was bought.
    if any(HARMED) && (any(EATEN) || any(list!["food poisoning"])) || any(FOREIGN) {
        notes.push(Note::FoodHarm);
    } else if any(SAFETY)
        || hygiene(lowered)
        // "Burning" beside a heater or a socket is a fire risk ("a burning air unit"), and
        // so is a charger or a cable that fried, shorted, sparked or overheated.
        || any(list!["burning", "fried", "shorted", "sparked", "overheated"]) && any(APPLIANCES)
    {
        notes.push(Note::Safety);
    }
    if any(CLAIMS) {
        notes.push(Note::Claim);
    }
    // A leak claimed ("you leaked my data, now I get spam calls") is a claim, not a scam.
    if any(NOT_US) && !notes.contains(&Note::Claim) {
        notes.push(Note::NotUs);
    }
    // A thank-you that closes a request or a question is politeness, not praise; a refund
    // or a repair already sorted ("Priya sorted my refund in minutes") is no request.
    let done = any(SORTED);
    let request = request.filter(|_| !done);
    let asks = request.is_some() || lowered.iter().any(|t| t.contains('?')) || any(ASKING);
    // "You should send me a new key!" asks for that remedy: a request, not a suggestion.
    // "The buttons are in a stupid place" judges the design: feedback for the product
    // team, not a fault to put right, unless something in it fails too.
    // So does an opinion of the offer ("too pricey", "tasted bland", "ugly colours"):
    // passed on to the people who decide it, unless something failed or went missing, or
    // it is the reason for a request ("cancel it, it's cheaper elsewhere").
    // The service beside it ("service was terrible, food was mediocre") is taken up as
    // a complaint about the people, not logged as feedback on the food.
    // A claim beside it ("a ripoff, they scammed me out of $40") is checked, not logged.
    let opinion = (any(TASTE) || priced(lowered))
        && request.is_none()
        && !notes.contains(&Note::Claim)
        && !any(super::situation::PEOPLE);
    // Something that went wrong besides ("cold", "arrived ripped", "missing", "gets stuck")
    // is the fault's.
    let unbroken = !any(super::situation::DEFECTS)
        && !any(list![
            "missing",
            "charged",
            "cold",
            "warm",
            "stale",
            "soggy",
            "burnt",
            "overcooked",
            "undercooked",
            "raw",
            "portions",
            "late",
            "wrong",
            "sick",
            "cancel",
            "damaged",
            "ripped",
            "torn",
            "stuck",
            "skips"
        ]);
    let design = (design(lowered).is_some() || opinion) && unbroken;
    // A remark on how a thing is, whatever its words ("the standby light is too bright"),
    // with nothing asked and no one's service judged: feedback too, once no facet of a case
    // is found beside it (`situation::read`).
    let remark = unbroken
        && !asks
        && !notes.contains(&Note::Claim)
        && !any(super::situation::PEOPLE)
        // A verdict on the business ("UPS is the worst", "they suck") is no remark on a
        // thing, nor is a fault on one's own unit ("misaligned on my unit"), a thing that
        // "doesn't seem to read certain DVDs", or a wait ("no confirmation yet", "not even 4
        // days since it was delivered").
        && !any(list![
            "support",
            "going back",
            "worst",
            "suck",
            "rubbish",
            "my unit",
            "seem to",
            "yet",
            "delivered",
            "days"
        ])
        && lowered.iter().all(|t| super::evidence::remark(t));
    let suggests = (any(FEEDBACK) || design) && !any(REMEDY_ASKED);
    // "It would be awesome if ..." is an idea, not praise; "could not have been more
    // helpful" is praise whatever its "not".
    let praise = calm
        && !asks
        && !suggests
        && !any(FAILED_SINCE)
        && (any(WARM_PRAISE) && !any(list!["but"])
            || (any(PRAISE) || praised) && !any(COMPLAINT_WORDS));
    if praise {
        notes.push(Note::Praise);
    }
    if suggests {
        notes.push(Note::Feedback);
    }
    if remark && !praise && !praised && !suggests {
        notes.push(Note::Remark);
    }
    if any(BUSINESS) {
        notes.push(Note::Business);
    }
    let depends = list!["relies", "depends", "alarm", "heating"];
    // "Not urgent, but ..." says the opposite: no priority is claimed for it.
    let urgent = any(URGENT) || lowered.iter().any(|t| old_relative(t)) && any(depends);
    if urgent && !any(NOT_URGENT) {
        notes.push(Note::Urgent);
    }
    let staff_name = if praise {
        raw.iter().find_map(|t| staff_name(t))
    } else {
        None
    };
    Wants {
        request,
        question,
        notes,
        staff_name,
        asks,
    }
}

/// Whether any of `phrases` is in any of the messages, whose word starts are `starts`.
#[inline(never)]
fn any_in(starts: &WordStarts, lowered: &[String], phrases: List) -> bool {
    phrases
        .iter()
        .any(|p| starts.may_begin(p) && lowered.iter().any(|t| find_phrase(t, p).is_some()))
}

/// The request of the latest message that makes one: the lists that match anywhere are
/// found in one walk over all the messages, and only those are tried message by message.
fn request(lowered: &[String], any_in: &dyn Fn(List) -> bool) -> Option<Want> {
    let hits: Vec<&(Want, List)> = REQUESTS.iter().filter(|(_, p)| any_in(*p)).collect();
    for t in lowered.iter().rev() {
        for &&(w, phrases) in &hits {
            // "A copy of the data you hold" is a data request, not a document to send.
            let data = w == Want::Document
                && (wanted_in(t, DOCUMENT_NAMES).is_none()
                    || has_any(t, list!["data", "personal information"]))
                || w == Want::Item && wanted_in(t, ITEMS).is_none()
                || w == Want::Replacement && !super::situation::wants_replacement(t);
            if has_any(t, phrases)
                && !data
                && !(w == Want::Cancel
                    && (has_any(t, super::situation::THREATS)
                        || super::situation::cancelled_by_them(t)))
            {
                return Some(w);
            }
        }
        // "I want the $1500 back": an amount back is a refund, whatever the words around it.
        if amount_back(t).is_some() {
            return Some(Want::Refund);
        }
    }
    None
}

/// The sum a message (folded) asks back, as written ("the $1500 back" -> "$1500").
pub(crate) fn amount_back(t: &str) -> Option<&str> {
    let mut prev = "";
    for w in crate::text::split_byte(t, b' ') {
        let sum = prev.len() > 1 && (prev.as_bytes()[0] == b'$' || prev.starts_with("£"));
        if sum && matches!(w, "back" | "back." | "back," | "back!") {
            return Some(prev);
        }
        prev = w;
    }
    None
}

/// What a message may ask for, the most specific first; a cancellation held over the
/// company ("I'll cancel if ...") is a threat, not a request.
const REQUESTS: [(Want, List); 15] = [
    (
        Want::StopPayment,
        list![
            "stop the direct debit",
            "stop my direct debit",
            "cancel the direct debit",
            "stop taking money",
            "stop charging me",
            "stop the payment",
            "stop payment",
        ],
    ),
    (
        Want::DeleteData,
        list![
            "delete my data",
            "remove my data",
            "delete my details",
            "delete my account",
        ],
    ),
    (
        Want::Unsubscribe,
        list![
            "unsubscribe",
            "stop sending",
            "stop emailing",
            "stop texting",
            "take me off",
            "remove me from",
            "opt out",
        ],
    ),
    (
        Want::BuyBack,
        list![
            "buy back",
            "buy it back",
            "buyback",
            "buy-back",
            "take the car back"
        ],
    ),
    (Want::Refund, super::situation::WANTS_REFUND),
    (Want::Replacement, super::situation::WANTS_REPLACEMENT),
    (
        Want::Appointment,
        list![
            "appointment",
            "slot",
            "book a time",
            "engineer visit",
            "send an engineer",
            "send someone",
            "someone come out",
            "send a technician",
        ],
    ),
    (Want::Document, DOCUMENTS),
    (Want::Item, list!["need my", "need our"]),
    (
        Want::WaiveFee,
        list![
            "without paying the",
            "without paying an",
            "without paying a",
            "without an exit fee",
            "without the exit fee",
            "without the cancellation fee",
            "without the early termination",
            "without a penalty",
            "without penalty",
            "penalty free",
            "waive the",
            "drop the fee",
        ],
    ),
    (
        Want::Credit,
        list![
            "credit for",
            "credit me",
            "credit on my bill",
            "credit on my account",
            "credit my account",
            "compensation",
            "compensate",
            "goodwill",
            "off my next bill",
        ],
    ),
    // "A call from the manager" asks for a call back.
    (
        Want::Callback,
        list![
            "call me",
            "call us",
            "call back",
            "phone me",
            "ring me",
            "give me a call",
            "a call from",
            "someone would call",
            "someone would ring",
        ],
    ),
    // Before a number: "it needs to go higher than your call centre" asks for a manager.
    (
        Want::Manager,
        list![
            "manager",
            "supervisor",
            "escalate",
            "escalated",
            "go higher",
            "formal complaint",
            "make a complaint",
            "place a complaint",
        ],
    ),
    (Want::ContactNumber, CONTACT),
    (Want::Cancel, super::situation::WANTS_CANCEL),
];

/// The kind of calm question a message (folded) asks, if it asks one the agent could
/// answer or route.
fn question(t: &str) -> Option<Question> {
    let asks = t.contains('?')
        || has_any(
            t,
            list![
                "wondering",
                // "Can you restock the vanilla one please": a question about stock.
                "restock",
                "i'd like to know",
                "can you tell me",
                "do you know",
                "any colour but",
                "any color but"
            ],
        );
    let table: [(Question, List); 4] = [
        (
            Question::OpeningHours,
            list![
                "opening hours",
                "what time do you open",
                "are you open",
                "open on",
                "open today",
                "store hours",
            ],
        ),
        (
            Question::Contact,
            list![
                "where can i place a complaint",
                "who do i complain",
                "best channel",
                "service provider",
                "service centre",
            ],
        ),
        (
            Question::ReleaseDate,
            list![
                "release date",
                "ever coming",
                "coming back",
                "come back",
                "come out",
                "coming out",
                "when will canada",
                "any plans",
                "announce",
            ],
        ),
        (
            Question::Availability,
            list![
                "in stock",
                "out of stock",
                "restock",
                "do you have",
                "do you sell",
                "any more",
                "getting more",
                "carrying",
                "where can i buy",
                "where can i get",
                "possible to buy",
                "in store",
                "in a medium",
                "in a small",
                "in a large",
                "any colour",
                "any color",
            ],
        ),
    ];
    if has_any(t, CONTACT) {
        return Some(Question::Contact);
    }
    if let Some(&(q, _)) = table.iter().find(|(_, phrases)| has_any(t, *phrases)) {
        return (asks || q == Question::Contact).then_some(q);
    }
    (asks && is_general_question(t)).then_some(Question::HowTo)
}

/// Whether the latest customer message (folded) still asks for something: a question, a
/// request or a yes to an offer ("yes please switch me back and refund it, thanks"). A
/// thank-you in it is then politeness, and the close waits until it is taken up.
pub(crate) fn open_ask(t: &str) -> bool {
    t.contains('?')
        || amount_back(t).is_some()
        || has_any(
            t,
            list![
                "yes please",
                "yes, please",
                "please do",
                "please go ahead",
                "go ahead and",
                "can you",
                "could you",
                "i need",
                "i'd like",
                "i would like",
                // Thanks given ahead for what the agent is about to do is not a close.
                "thanks for checking",
                "thank you for checking",
                "thanks for looking",
                "thank you for looking",
                "in advance",
                // Thanks beside what is still open ("thanks, but still no call").
                "still no",
                "still not",
                "still waiting",
                "still hasn't",
                "still haven't",
            ],
        )
        || !(has_any(t, SORTED) || has_any(t, ARRIVED))
            && REQUESTS
                .iter()
                .any(|(w, p)| *w != Want::Cancel && has_any(t, *p))
}

/// Whether a message (folded) asks that someone hear of it ("can you pass this on to the
/// manager?", "make sure the manager knows", "I want the manager to know how I was
/// treated"), not that they take the case over: done today, no handover.
pub(crate) fn passes_on(t: &str) -> bool {
    has_any(
        t,
        list![
            "pass this",
            "pass it",
            "forward",
            // "make sure the manager knows", not "nobody here knows anything".
            "manager knows",
            "to know how",
            "hears about",
        ],
    )
}

/// Whether the latest message (folded) says yes to what the agent's last message
/// (folded) offered ("you can switch back" -> "yes please switch me back"); a yes to a
/// promise ("I'll pass it on" -> "please do") accepts nothing new.
pub(crate) fn accepts(t: &str, agent: &str) -> bool {
    let offered = has_any(
        agent,
        list![
            "would you like",
            "shall i",
            "i can ",
            "we can ",
            "you can ",
            "if you'd like",
            "if you'd rather",
            "if you want",
            "want me to",
            "do you want",
            "offer",
            "if you dm",
        ],
    );
    offered
        && has_any(
            t,
            list![
                "yes please",
                "yes, please",
                "yes pls",
                "please do",
                "please go ahead",
                "go ahead and",
                "that would be great",
                "that'd be great",
                // "I can refund it or send a voucher" -> "the voucher is fine, thanks".
                "is fine",
                "that's fine",
                "sounds good",
                "sounds great",
                // "it was the chicken, under Dana. thanks for offering the refund"
                "thanks for offering",
                "thank you for offering",
                // "Sure, it's Karen Walsh. Thanks for sorting the refund."
                "thanks for sorting",
            ],
        )
}

/// A request someone already met ("Priya sorted my refund in minutes").
const SORTED: List = list![
    "sorted my",
    "sorted out my",
    "fixed my",
    "resolved my",
    "processed my",
    "in minutes",
];
/// What was asked for has come ("the replacement arrived").
const ARRIVED: List = list!["arrived", "turned up", "came today", "received", "got the"];

/// What a document or item request asks for, in the agent's words ("proof of your
/// no-claims history", "your bag"), and the identifier that finds it ("your policy
/// number"; "" when the business's own identifier or the order number does).
pub(crate) fn wanted(texts: &[String]) -> Option<(&'static str, &'static str)> {
    texts.iter().rev().find_map(|t| {
        let item = has_any(t, list!["need my", "need our"]).then(|| wanted_in(t, ITEMS));
        let document = || has_any(t, DOCUMENTS).then(|| wanted_in(t, DOCUMENT_NAMES));
        item.flatten().or_else(|| document().flatten())
    })
}

/// The first thing of `table` a message (folded) names, split into its name and the
/// identifier that finds it.
fn wanted_in(t: &str, table: crate::list::Pairs) -> Option<(&'static str, &'static str)> {
    let (_, named) = table
        .iter()
        .find(|(word, _)| find_phrase(t, word).is_some())?;
    Some(crate::text::split_once_byte(named, b'|').unwrap_or((named, "")))
}

/// Things customers need back in their hands: what we call it | what finds it.
const ITEMS: crate::list::Pairs = crate::list::pairs![
    "bag" => "your bag|the bag tag number or your booking reference",
    "bags" => "your bags|the bag tag number or your booking reference",
    "suitcase" => "your suitcase|the bag tag number or your booking reference",
    "luggage" => "your luggage|the bag tag number or your booking reference",
    "passport" => "your passport|the reference you were given",
    "keys" => "your keys",
    "laptop" => "your laptop",
    "parcel" => "your parcel",
    "package" => "your package",
];

/// Documents asked for, sent or sent again (only with a document named, see
/// `DOCUMENT_NAMES`: "you send me a feedback form" asks for nothing).
const DOCUMENTS: List = list![
    "proof",
    "copy of",
    "resend",
    "re-send",
    "send me",
    "email me",
    "need a",
    "need my",
    "need an",
    "need the",
    "got the confirmation",
    "received the confirmation",
    "no confirmation",
    // One that never came is sent again ("my order confirmation email never came").
    "confirmation never",
    "email never came",
    "email never arrived",
    "email didn't arrive",
];

/// The document by the word that names it, most specific first: what we call it | what
/// finds it.
const DOCUMENT_NAMES: crate::list::Pairs = crate::list::pairs![
    "no-claims" => "proof of your no-claims history|your policy number",
    "no claims" => "proof of your no-claims history|your policy number",
    "pac" => "your PAC code",
    "ticket" => "your tickets|your booking reference",
    "confirmation" => "the confirmation email|the email address to send it to",
    "invoice" => "a copy of the invoice",
    "invoices" => "copies of the invoices",
    "receipt" => "a copy of the receipt",
    "statement" => "a copy of the statement",
    "statements" => "copies of the statements|your account number",
    "last bill" => "a copy of your last bill|your account number",
    "records" => "a copy of your records|your account or reference number",
    "certificate" => "a copy of your certificate",
    "letter" => "the letter",
];

/// A deadline, or someone who depends on the service ("medical records" are a document,
/// not a need).
const URGENT: List = list![
    "before tomorrow",
    "by tomorrow",
    "meeting tomorrow",
    "someone today",
    "urgent",
    "urgently",
    "emergency",
    "alarm line",
    "elderly",
    "i'm disabled",
    "vulnerable",
    "medical need",
    "medical needs",
    "medical condition",
    "oxygen",
    "insulin",
    // A deadline of their own ("my 30 days to return run out on Friday").
    "days to return",
    "window runs out",
    "window closes",
    "deadline",
];

/// Urgency denied in so many words.
const NOT_URGENT: List = list!["not urgent", "isn't urgent", "no rush", "no hurry",];

/// "my mum is 90": a parent aged 70 to 99.
fn old_relative(t: &str) -> bool {
    let mut from = 0;
    while let Some(i) = t[from..].find_str(" is ").map(|i| from + i) {
        let before = crate::text::after_last(&t[..i], b' ');
        let age = &t.as_bytes()[i + 4..];
        if matches!(before, "mum" | "mother" | "dad" | "father")
            && age.len() >= 2
            && (b'7'..=b'9').contains(&age[0])
            && age[1].is_ascii_digit()
            && age.get(2).is_none_or(|c| !c.is_ascii_digit())
        {
            return true;
        }
        from = i + 4;
    }
    false
}

/// The first name of a member of staff praised in a message as written ("5 stars to
/// #Felicia at", "thanks to Ken at", "shout out to Sam"): a capitalised word after "to"
/// or "thank", or a hashtag before "at", that is not an ordinary word.
fn staff_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, pair) in words.windows(2).enumerate() {
        let lead = crate::case::lowercase(pair[0]);
        let lead = crate::text::trim_to(&lead, crate::text::is_word_char);
        // "thank you Priya"
        let thank_you = lead == "you" && i > 0 && crate::case::lowercase(words[i - 1]) == "thank";
        let after_to =
            thank_you || matches!(lead, "to" | "with" | "by" | "thank" | "thanks" | "kudos");
        let before_at = words.get(i + 2).is_some_and(|w| *w == "at" || *w == "from");
        // "#WeLuvRonnie", "#WeLoveAsha": the name a hashtag loves.
        let tag = crate::case::lowercase(pair[1]);
        let loved = ["#weluv", "#welove"]
            .iter()
            .find(|p| tag.starts_with(**p))
            .map(|p| p.len());
        if !(after_to || loved.is_some() || before_at && pair[1].starts_with('#')) {
            continue;
        }
        let name = crate::text::trim_end_to(
            crate::text::trim_start_any(&pair[1][loved.unwrap_or(0)..], b"#"),
            crate::text::is_letter,
        );
        let first = name.chars().next();
        let plain = name.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if first.is_some_and(|c| c.is_ascii_uppercase())
            && plain
            && (3..=12).contains(&name.len())
            && !NOT_NAMES.contains(&crate::case::lowercase(name))
        {
            return Some(name.to_string());
        }
    }
    None
}

/// Ways to reach the company a customer asks for, or a person instead of a bot.
const CONTACT: List = list![
    // "the code goes to a phone number I no longer have" mentions one without asking for
    // ours.
    "your phone number",
    "phone number for",
    "phone number where",
    "a phone number to",
    "number to call",
    "contact number",
    "customer service number",
    "call centre number",
    "helpline",
    "your email address",
    "email address for",
    "an email address to",
    "how do i contact",
    "how can i contact",
    "how to contact",
    "call customer service",
    "who do i contact",
    "how can i reach",
    "actual human",
    "a human",
    "real person",
    "actual person",
    "live agent",
    "not a bot",
    "speak to a person",
    "speak to someone",
];

/// Capitalised words that follow "thanks to" and are not a person's first name.
const NOT_NAMES: List = list![
    "the",
    "you",
    "your",
    "all",
    "everyone",
    "everybody",
    "team",
    "staff",
    "store",
    "service",
    "customer",
    "support",
    "god",
    "whoever",
    "our",
    "my",
    "this",
    "that",
    "them",
    "him",
    "her",
];

/// A hazard to someone's safety.
const SAFETY: List = list![
    "fumes",
    "smell gas",
    "smell of gas",
    "smells of gas",
    "gas smell",
    "burning smell",
    "smell of burning",
    "smoke",
    "sparking",
    "carbon monoxide",
    "smoking",
    "caught fire",
    "catch fire",
    "on fire",
    "burnt my",
    "burns",
    "overheating",
    "too hot to touch",
    "melted",
    "melting",
    // A lithium battery swelling can catch fire.
    "swollen",
    "swelling",
    "swelled",
    "bulging",
    "exploded",
    "sparks",
    "electric shock",
    "gas leak",
    "brakes",
    "dangerous",
    "unsafe",
    "injured",
    "food poisoning",
    "evacuation",
    // A hazard in a public place.
    "will slip",
    "could slip",
    "hazard",
    "broken glass",
    "get hurt",
    // Water where people walk; not an inbox "flooded" with mail.
    "are flooding",
    "flooding on",
    "flooding in the",
    "wet floor",
    "floor is wet",
];

/// Things that heat up or carry mains power: "burning" beside one is a hazard.
const APPLIANCES: List = list![
    "heater", "radiator", "unit", "boiler", "socket", "plug", "charger", "wiring", "dryer",
    "adapter", "cable", "kettle", "toaster", "router",
];

/// Someone hurt or made ill (read beside [`EATEN`]: only food or drink makes it a food case).
pub(crate) const HARMED: List = list![
    "cut my mouth",
    "cut my lip",
    "cut my tongue",
    "sliced my mouth",
    "chipped my tooth",
    "cracked my tooth",
    "sick after",
    "ill after",
    "sick from",
    "sick all night",
    "made me sick",
    "vomiting",
    "throwing up",
    "allergic reaction",
    "choked",
    "choking",
    "food poisoning",
    "hospital",
    // Hurt by a thing: read beside a hazard (see `compose::render`).
    "burnt my",
    "burned my",
    "injured",
    "electric shock",
];

/// Something found in food or drink that should never be there.
const FOREIGN: List = list![
    "stones in",
    "stone in",
    "plastic in it",
    "plastic in my",
    "glass in it",
    "glass in my",
    "metal in it",
    "metal in my",
    "maggot",
    "maggots",
    "foreign object",
    "foreign body",
    "insect in",
    "a fly in",
];

/// Food or drink, or eating it: what makes a harm a food case.
const EATEN: List = list![
    "ate", "eating", "eaten", "drinking", "bit into", "food", "meal", "cans", "can of", "drink",
    "yoghurt", "chicken", "burger", "sandwich", "milk", "bone in", "glass in", "dinner", "lunch",
];

/// A hygiene report: passed on as a safety case about a place, never "your meal".
const HYGIENE: List = list!["hygiene", "unhygienic", "changing gloves", "filthy"];

/// Whether the messages (folded) report a hygiene problem at a place: its words, or a pest
/// or dirt seen there ("a cockroach by the kitchen door", "ants on our table"). Never "your
/// missing order" or an order number; found in a dish it stays the meal's (`FOREIGN` and
/// the kitchen hear of it there), and a bug in an app, a website or a version is software's.
#[inline(never)]
pub(crate) fn hygiene(lowered: &[String]) -> bool {
    let any = |l: List| super::situation::has_any_in(lowered, l);
    any(HYGIENE)
        || any(list![
            "cockroach",
            "cockroaches",
            "roach",
            "mice",
            "mouse",
            "rats",
            "insects",
            "ants",
            "flies",
            "bug",
            "hair",
            "dirt",
        ]) && any(list![
            "kitchen",
            "restaurant",
            "branch",
            "store",
            "table",
            "floor",
            "counter",
        ]) && !any(list!["in my", "in our", "app", "website", "version"])
}

/// Calls, texts or emails pretending to be the company (spam from random numbers is not).
const NOT_US: List = list![
    "claiming to be",
    "pretending to be",
    "posing as",
    "saying they're",
    "is this you",
    "was this you",
    "scam call",
    "scam calls",
    "scam text",
    "scam texts",
    "phishing",
];

/// A serious claim: data leaked or sold, payments the customer never made, discrimination.
pub(super) const CLAIMS: List = list![
    "leaked",
    "data breach",
    "sold my",
    "shared my",
    "get my email from",
    "fraud",
    "never made",
    // Accusations of dishonesty: looked into, not agreed with.
    "extortion",
    "extorting",
    "scam",
    "scammed",
    "scamming",
    "duped",
    "misled me",
    "misled us",
    "lied to me",
    "lied to us",
    "racist",
    "discriminated",
    "discrimination",
    "racism",
    "racially",
    "sexist",
    "profiled",
    "because we're black",
    "because i'm black",
    "because of my race",
    "because of my skin",
    "because of my disability",
    "because i'm disabled",
    "because i'm gay",
    "because i'm a woman",
    "because of my religion",
];

/// Praise or thanks.
const PRAISE: List = list![
    // Praise words the analysis knows ("thanks", "amazing", "the best") come as `praised`;
    // "love" not always ("you'll love how thin it is": the words of a sarcasm rule).
    "love",
    "loving",
    "shout out",
    "5 stars",
    "fair play",
    // Praise with no thanks word: a superlative about staff, a good trip, good news.
    "friendliest",
    "nicest",
    "kindest",
    "landed safely",
    "legend",
];

/// Praise that no complaint word but a "but" undoes ("she could not have been more
/// helpful", "never disappoints"; not "no complaints" or "can't fault", said before a
/// complaint as often as not).
const WARM_PRAISE: List = list![
    "could not have been more",
    "couldn't have been more",
    "out of her way",
    "out of his way",
    "out of their way",
    "above and beyond",
    "went beyond",
    "extra mile",
    "never disappoint",
    "never disappoints",
    "never let me down",
    "never lets me down",
    "couldn't be happier",
    "could not be happier",
];

/// A failure told after the praise: the praise is the story's start, the failure its point.
pub(super) const FAILED_SINCE: List = list![
    "then it died",
    "then died",
    "then it stopped",
    "then it broke",
    "until it"
];

/// Words that make a thanks sarcastic or part of a complaint.
const COMPLAINT_WORDS: List = list![
    "but",
    "only",
    "still",
    "now what",
    "not",
    "no",
    "never",
    "worst",
    "disappointed",
    "disappointing",
    "terrible",
    "nogood",
    "fail",
    "broken",
    "why",
];

/// Words of a request, however polite.
const ASKING: List = list![
    "can you",
    "could you",
    "may i",
    "can i",
    "need",
    "please",
    "questions",
    "help",
];

/// Product feedback or a suggestion.
const FEEDBACK: List = list![
    "bring back",
    "bring it back",
    "discontinued",
    "stopped making",
    "no longer make",
    "if still made",
    "you should",
    "y'all should",
    "yall should",
    "you guys should",
    "please add",
    "can you add",
    "could you add",
    "should add",
    "would love to see",
    "would be nice if",
    "need an option",
    "add functionality",
    "suggestion",
    "would be great if",
    "would be awesome if",
    "would be cool if",
    "it'd be great if",
    "it'd be awesome if",
    "it'd be nice if",
    "would love it if",
    "make it possible",
    "wish there was",
    "feature request",
    "could come in handy",
    "reintroduce",
    "new layout",
    "waste of packaging",
    "ad campaign",
    "marketing campaign",
    "your advert",
    "your commercial",
    "new advert",
];

/// A judgement of how a thing is designed, not a fault in it ("the cut-outs don't line up
/// with the controls", "lacks bluetooth", "not designing the battery to be replaceable"),
/// each with the point it makes in the agent's words ("the size"; none for "lacks"). A part
/// named comes first: "the scroll button is more cumbersome" is about the scroll button.
pub(crate) const DESIGN: Pairs = pairs![
    "scroll wheel" => "the scroll wheel",
    "scroll button" => "the scroll button",
    "scrollwheel" => "the scroll wheel",
    "bundled software" => "the bundled software",
    "replace the battery" => "the battery design",
    "design" => "the design",
    "designed" => "the design",
    "designing" => "the design",
    "line up" => "the fit",
    "awkward" => "the layout",
    "cumbersome" => "the layout",
    "clunky" => "the layout",
    "fiddly" => "the layout",
    "uncomfortable" => "the fit",
    "lacking" => "",
    "inferior" => "the build quality",
    "fragile" => "the build quality",
    "falls off" => "the build quality",
    "pops off" => "the build quality",
    "come undone" => "the build quality",
    "cheaply made" => "the build quality",
    "poorly made" => "the build quality",
    "poorly constructed" => "the build quality",
    "cheap quality" => "the build quality",
    "bulky" => "the size",
    "boxy" => "the size",
    "pockets" => "the size",
    "ugly" => "the look of it",
    "hideous" => "the look of it",
    "the looks" => "the look of it",
    "gimmick" => "",
];

/// The point a judgement of a thing's design makes (see [`DESIGN`]; "" when it names
/// none), if the messages (folded) make one.
pub(crate) fn design(texts: &[String]) -> Option<&'static str> {
    DESIGN
        .iter()
        .find(|(p, _)| texts.iter().any(|t| find_phrase(t, p).is_some()))
        .map(|(_, point)| point)
}

/// An opinion of how something tastes ("the pancakes taste like cardboard"): the kitchen's
/// to hear, no fault in the order (see `subject::by_issue` for its name).
pub(crate) const TASTE: List = list![
    "tasteless",
    "bland",
    "flavorless",
    "flavourless",
    "taste like",
    "tastes like",
    "tasted like",
    "no taste",
    "no flavor",
    "no flavour",
    "nowhere near as good",
    "not as good as the",
    "aren't as good",
    "isn't as good",
    "ever tasted",
    "ever eaten",
    "above average",
    "mediocre",
    // A taste of theirs alone ("not my kind of food"): nothing of ours to own.
    "my kind of",
];

/// Whether the messages (folded) judge the price: a word of [`VALUE`], or "not worth" beside
/// a sum ("$14 for a plain burger, not worth it"; "not worth it" alone names no price).
pub(crate) fn priced(texts: &[String]) -> bool {
    use super::situation::has_any_in;
    has_any_in(texts, VALUE)
        || has_any_in(texts, list!["not worth"])
            && texts.iter().any(|t| t.contains(['$', '£', '€']))
}

/// An opinion of the price or the value ("too pricey", "not worth it", "cheaper at
/// Walmart"): the people who set prices hear it; no charge to look up.
pub(crate) const VALUE: List = list![
    "pricey",
    "overpriced",
    "over priced",
    "too expensive",
    "so expensive",
    "not worth the money",
    "not worth the price",
    "cheaper at",
    "cheaper elsewhere",
    "rip off",
    "ripoff",
];

/// "You should send me ...": the customer asks for a remedy, however it is worded.
const REMEDY_ASKED: List = list![
    "should send me",
    "should refund",
    "should replace",
    "should give me",
];

/// A business, not a consumer: a merchant, a seller, a partner.
const BUSINESS: List = list![
    "merchant",
    "my business",
    "business type",
    "my shop",
    "ebay shop",
    "my customers",
    "take payments",
    "card payments",
    "accept card",
    "phone payments",
    "wholesale",
    "partner with",
    "we are a charity",
    "get started",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::playbook::situation::has_any_in;

    fn want(text: &str) -> Option<Want> {
        wants(&[super::super::situation::fold(text)])
    }

    fn wants(lowered: &[String]) -> Option<Want> {
        request(lowered, &|phrases| has_any_in(lowered, phrases))
    }

    /// One calm message, with `praised` read from its analysis as `situation::read` does.
    fn one(text: &str) -> Wants {
        let praised = super::praised(&crate::analysis::analyze_in(text, false));
        read(
            &[text],
            &[super::super::situation::fold(text)],
            true,
            praised,
        )
    }

    #[test]
    fn a_replacement_is_asked_only_in_words_that_ask_one() {
        assert_eq!(
            one("I want a replacement that works").request,
            Some(Want::Replacement)
        );
        // How a thing is serviced or swapped, not a new one wanted.
        assert_eq!(
            one("you have to send it back just to replace the battery").request,
            None
        );
        assert_eq!(
            one("I'll swap it out with the GTX-285 for testing").request,
            None
        );
        // How a maker works, told of everyone's: no replacement asked for.
        assert_eq!(
            one("owners have to send theirs back and pay $100 for a replacement").request,
            None
        );
    }

    #[test]
    fn a_design_judged_is_feedback_with_its_point() {
        let design = |t: &str| design(&[super::super::situation::fold(t)]);
        assert_eq!(design("far too bulky for a coat pocket"), Some("the size"));
        assert_eq!(
            design("The battery door feels fragile"),
            Some("the build quality")
        );
        // A part named says more than the judgement of it.
        assert_eq!(
            design("the scroll wheel is awkward to use"),
            Some("the scroll wheel")
        );
        assert_eq!(design("it stopped working after a week"), None);
        let feedback = |t: &str| one(t).notes.contains(&Note::Feedback);
        assert!(feedback("The battery door feels fragile"));
        // A control that gets stuck, or stops, fails: a fault to put right, not feedback.
        assert!(!feedback("hold the scroll wheel down and it gets stuck"));
        assert!(!feedback("the scroll wheel stopped working"));
    }

    #[test]
    fn a_pass_on_is_told_from_a_handover() {
        use crate::playbook::situation::fold;
        for t in [
            "make sure the kitchen manager knows",
            "I want the manager of the Sector 20 centre to know how I was treated",
            "please pass it on to the carrier this time",
        ] {
            assert!(passes_on(&fold(t)), "{t}");
        }
        for t in [
            "I want to speak to a manager now",
            "get me your supervisor",
            "I want a manager now, nobody here knows anything",
        ] {
            assert!(!passes_on(&fold(t)), "{t}");
        }
        // An explicit call asked for is a call back, however it is put.
        assert_eq!(
            want("PLEASE have someone actually call us back this time"),
            Some(Want::Callback)
        );
    }

    #[test]
    fn requests() {
        assert_eq!(
            want("please stop the direct debit"),
            Some(Want::StopPayment)
        );
        assert_eq!(want("can you call me back"), Some(Want::Callback));
        // A call back complained about is not one asked for; the refund is.
        assert_eq!(
            want("second time I've been promised a call back. Refund me"),
            Some(Want::Refund)
        );
        assert_eq!(want("i want a refund"), Some(Want::Refund));
        assert_eq!(want("i'll cancel my plan if you don't"), None);
        assert_eq!(want("what's your phone number"), Some(Want::ContactNumber));
        assert_eq!(
            want("the code is sent to a phone number I no longer have"),
            None
        );
        assert_eq!(want("will you buy it back"), Some(Want::BuyBack));
        // Money and terms, asked for in the customer's own way.
        assert_eq!(
            want("I want the $1500 back, not a voucher"),
            Some(Want::Refund)
        );
        assert_eq!(want("I'd like my £40 back please"), Some(Want::Refund));
        assert_eq!(want("it cost $40 and came back broken"), None);
        assert_eq!(
            want("I want to cancel without the exit fee"),
            Some(Want::WaiveFee)
        );
        assert_eq!(
            want("I expect credit for the 9 days without service"),
            Some(Want::Credit)
        );
        assert_eq!(
            want("is there a number where an actual human picks up?"),
            Some(Want::ContactNumber)
        );
        // The latest message that asks for something wins.
        assert_eq!(
            wants(&[
                "please call me back".into(),
                "actually just refund me".into()
            ]),
            Some(Want::Refund)
        );
    }

    #[test]
    fn documents_items_and_terms() {
        assert_eq!(
            want("can you email me a copy of the receipt"),
            Some(Want::Document)
        );
        assert_eq!(
            want("I still haven't got the confirmation email"),
            Some(Want::Document)
        );
        // A confirmation that never came is sent again, and invoices are documents too;
        // an order that never came is not, whatever receipt is mentioned.
        assert_eq!(
            want("my order confirmation email never came"),
            Some(Want::Document)
        );
        assert_eq!(
            want("can you send me the invoices for may?"),
            Some(Want::Document)
        );
        assert_eq!(want("my order never arrived and i have the receipt"), None);
        // A document the customer complains about receiving asks for nothing.
        assert_eq!(want("and you send me a feedback form"), None);
        // A copy of their data is a data request, not a document to send.
        assert_ne!(
            want("send me a copy of the data you hold on me"),
            Some(Want::Document)
        );
        let texts = [super::super::situation::fold(
            "I need proof of my no-claims bonus",
        )];
        assert_eq!(
            wanted(&texts),
            Some(("proof of your no-claims history", "your policy number"))
        );
        // "I need my invoice" names a document, not a thing to get back.
        let (invoice, _) = wanted(&[String::from("i need my invoice for march")]).unwrap();
        assert_eq!(invoice, "a copy of the invoice");
        assert_eq!(want("I just need my bag back"), Some(Want::Item));
        let (bag, _) = wanted(&[String::from("i just need my bag back")]).unwrap();
        assert_eq!(bag, "your bag");
        assert_eq!(want("I need my account unlocked"), None);
        assert_eq!(
            want("let me cancel without paying the exit fee"),
            Some(Want::WaiveFee)
        );
        assert_eq!(want("can you send someone today"), Some(Want::Appointment));
    }

    #[test]
    fn urgency() {
        let urgent = |t: &str| one(t).notes.contains(&Note::Urgent);
        assert!(urgent(
            "my mum is 90 and her line is dead, she relies on it"
        ));
        assert!(urgent("I need it before tomorrow"));
        // An age alone, or a child's, is no emergency.
        assert!(!urgent("my dad is 84 and his premium went up"));
        assert!(!urgent("my mum is 9 today"));
        assert!(!urgent("my account got disabled"));
        // Urgency denied, and records that are medical, are not urgent.
        assert!(!urgent("not urgent, but could you send my last bill?"));
        assert!(!urgent("please send a copy of my medical records"));
        // A deadline of their own is; a battery that runs out on them is not.
        assert!(urgent("my 30 days to return run out on friday"));
        assert!(!urgent("my battery runs out on me by noon"));
    }

    #[test]
    fn open_asks_and_yes_to_an_offer() {
        assert!(open_ask("thanks! what happens to those payments now?"));
        assert!(open_ask("yes please switch me back and refund it, thanks"));
        assert!(!open_ask("brilliant, thanks for sorting it"));
        assert!(!open_ask("thanks, the replacement arrived today"));
        assert!(open_ask("it's order 55-1234, thanks for checking!"));
        assert!(open_ask("my email is sam@example.com, thanks in advance"));
        // What is still open wins over the thanks.
        assert!(open_ask(
            "thanks, but that was a week ago and still no call"
        ));
        let offer = "if you'd rather, you can switch back and the fee is refunded.";
        assert!(accepts("yes please do that", offer));
        assert!(accepts(
            "it was the chicken, order was under dana. thanks for offering the refund",
            "if it was a takeout order i can refund it, just let me know the name."
        ));
        // "Please do" to a promise accepts nothing new.
        assert!(!accepts("please do :)", "i'll pass it on to the team."));
        // One of two offers taken: a yes.
        let choice = "i can refund the fee or send a voucher, which would you prefer?";
        assert!(accepts("the voucher is fine, thanks.", choice));
        assert!(!accepts(
            "the voucher is fine, thanks.",
            "orders take 5 days."
        ));
    }

    #[test]
    fn questions() {
        assert_eq!(
            question("do you have this in a medium?"),
            Some(Question::Availability)
        );
        assert_eq!(
            question("when is the sauce coming back?"),
            Some(Question::ReleaseDate)
        );
        assert_eq!(
            question("how do i add my card to my wallet?"),
            Some(Question::HowTo)
        );
        assert_eq!(question("my order never came"), None);
    }

    #[test]
    fn notes_and_names() {
        let w = one("I just gave 5 stars to #Felicia at @neimanmarcus for the great service!");
        assert_eq!(w.notes, vec![Note::Praise]);
        assert_eq!(w.staff_name.as_deref(), Some("Felicia"));
        let w = one("The cabin smells of engine fumes when I drive");
        assert!(w.notes.contains(&Note::Safety));
        assert!(one("the toilets on platform 4 are flooding")
            .notes
            .contains(&Note::Safety));
        // A battery swelling, and "burning" beside a heater or a socket, are hazards;
        // "burning" alone is not.
        let safe = |t: &str| !one(t).notes.contains(&Note::Safety);
        assert!(!safe("the power bank is swelling and got really hot"));
        assert!(!safe("my room has a burning air unit"));
        assert!(!safe("the heater smells like burning"));
        assert!(safe("my ears are burning, you must be talking about me"));
        // A charger or a cable that fried, shorted or sparked is a hazard; fried food is not.
        assert!(!safe("The charger fried after three days of use."));
        assert!(!safe("the usb cable shorted out and fried my phone"));
        assert!(!safe("my kettle sparked when I switched it on"));
        assert!(safe("the fried chicken was cold and the chips were soggy"));
        // A full inbox is no hazard.
        assert!(!one("my inbox is flooding with your spam")
            .notes
            .contains(&Note::Safety));
        let claim = |t: &str| one(t).notes.contains(&Note::Claim);
        assert!(claim(
            "the guard followed us round the store because of my skin"
        ));
        assert!(claim("I was refused a table because I'm disabled"));
        assert!(claim("your staff profiled my son"));
        assert!(!claim("my parcel was left in the rain"));
        let w = one("please bring back the old model, it was discontinued");
        assert!(w.notes.contains(&Note::Feedback));
        let w = one("how can we take phone payments as a merchant?");
        assert!(w.notes.contains(&Note::Business));
        assert_eq!(one("thanks to you I lost a day").staff_name, None);
        let w = one("Priya sorted my refund in minutes, what a star! Thank you Priya");
        assert_eq!(w.notes, vec![Note::Praise]);
        assert_eq!(w.request, None);
        assert_eq!(w.staff_name.as_deref(), Some("Priya"));
    }

    #[test]
    fn a_pest_or_dirt_at_a_place_is_a_hygiene_report_and_a_software_bug_is_not() {
        let seen = |t: &str| hygiene(&[super::super::situation::fold(t)]);
        assert!(seen(
            "Just spotted a cockroach under the counter near the kitchen"
        ));
        assert!(seen(
            "there was a bug crawling across our table at your branch"
        ));
        assert!(seen("hair all over the floor of the store"));
        // Found in a dish, it stays the meal's; a software bug is no pest.
        assert!(!seen("there was a hair in my soup at the table"));
        assert!(!seen(
            "There's a bug in the latest version from the App Store, it crashes"
        ));
        assert!(!seen(
            "Found a bug on your store website, the basket empties"
        ));
    }

    #[test]
    fn an_opinion_of_the_offer_is_feedback_unless_something_went_wrong() {
        let feedback = |t: &str| one(t).notes.contains(&Note::Feedback);
        // Price, taste, looks, an advert: judged, nothing failed.
        assert!(feedback("way too pricey for what you actually get"));
        assert!(feedback(
            "the noodles were bland, the place down the road is better"
        ));
        assert!(feedback("honestly the new phone case is hideous"));
        assert!(feedback("your latest ad campaign is embarrassing"));
        assert!(feedback(
            "nowhere near as good as the coffee at the station"
        ));
        // A fault or an event beside the opinion keeps it a fault; a reason for a
        // request keeps the request.
        assert!(!feedback("overpriced and it stopped working after a day"));
        assert!(!feedback("the soup was bland and stone cold"));
        assert!(!feedback("the jacket is hideous and arrived ripped"));
        assert!(!feedback(
            "my fries were missing and the burger tasted like nothing"
        ));
        assert!(!feedback(
            "please cancel my plan, it's cheaper at the other network"
        ));
        assert!(!feedback("can I get a refund? it's not worth the money"));
        // The service judged beside it is a complaint about the people; a bare "don't
        // waste your money" names no point to pass on.
        assert!(!feedback("the service was slow and the food was mediocre"));
        assert!(!feedback("don't waste your money on this"));
    }

    #[test]
    fn food_that_hurt_someone_and_remedies_asked() {
        let harm = |t: &str| one(t).notes.contains(&Note::FoodHarm);
        assert!(harm(
            "there was a shard of glass in my drink and it cut my lip"
        ));
        assert!(harm("a bone in my chicken wrap chipped my tooth"));
        assert!(harm(
            "my daughter was sick all night after eating your yoghurt"
        ));
        assert!(harm("I got food poisoning from the buffet"));
        // No food: a device's hazard; no harm: the food quality path.
        assert!(!harm("the charger got so hot it burnt my hand"));
        assert!(!harm("found a hair in my burger"));
        // Something hard found in it: the same path, batch code and all; a thing made of
        // plastic is none.
        assert!(harm(
            "how does this happen? there's a piece of hard plastic in it."
        ));
        assert!(harm("there were stones in my bag of granola"));
        assert!(!harm(
            "the case is a flimsy piece of plastic and the clip snapped"
        ));
        assert!(!one("a bone in my wrap chipped my tooth")
            .notes
            .contains(&Note::Safety));
        // A remedy asked for is a request; a suggestion stays feedback.
        let w = one("my key broke off in the door, you should send me a new one!");
        assert!(!w.notes.contains(&Note::Feedback));
        assert!(one("you guys should add a dark mode")
            .notes
            .contains(&Note::Feedback));
    }

    #[test]
    fn warm_praise_with_a_not_and_an_idea_worded_as_praise() {
        // "could not have been more helpful" is praise, its staff member named after "with".
        let w = one(
            "Had a chat with Tamsin at your York shop, she could not have been more helpful. Yay!",
        );
        assert_eq!(w.notes, vec![Note::Praise]);
        assert_eq!(w.staff_name.as_deref(), Some("Tamsin"));
        let w = one("the friendliest crew on my flight home #WeLuvDotty");
        assert_eq!(w.staff_name.as_deref(), Some("Dotty"));
        let w = one("Served by Omar at the Leeds branch, so helpful");
        assert_eq!(w.staff_name.as_deref(), Some("Omar"));
        // "was lovely": praise with no "helpful" in it.
        assert!(
            one("Just want to say Priya at your Bristol branch was lovely, made my day")
                .notes
                .contains(&Note::Praise)
        );
        // A plain "not" still undoes a thank-you.
        assert!(!one("thanks, not helpful at all")
            .notes
            .contains(&Note::Praise));
        // "It would be awesome if ..." is an idea: feedback, not praise.
        let w = one("It would be awesome if albums could be sorted by place");
        assert_eq!(w.notes, vec![Note::Feedback]);
    }

    #[test]
    fn praise_and_good_news_without_a_thanks_word() {
        for t in [
            "the friendliest cabin crew I have flown with",
            "great flight today, new plane",
            "landed safely, hopefully the flight home is as easy",
            "great job on the new app update",
        ] {
            assert_eq!(one(t).notes, vec![Note::Praise], "{t}");
        }
        // Praise beside a fault, or praise and a question, is no praise to close on.
        for t in [
            "great flight but my bag never arrived",
            "the nicest staff, can you tell me your opening hours?",
        ] {
            assert!(!one(t).notes.contains(&Note::Praise), "{t}");
        }
    }
}
