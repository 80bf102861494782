//! The parts a reply is built from, per scene: the opener that fits who is at fault, the
//! one detail the case needs (asked in a chat, or by DM on a public channel), what the
//! agent will check, the plan, a step the customer can take, and the impact on them.

use crate::list::{list, List};
use crate::playbook::evidence;
use crate::playbook::library as lib;
use crate::playbook::situation::{Detail, Facet, Fault, IssueType, Request};
use crate::playbook::{Note, Sector, Want};
use crate::text::Search;

use super::{Mood, Scene};

/// A card machine, till or self-checkout in a store.
const STORE_KIT: List = list![
    "card machine",
    "cc machine",
    "the till",
    "self checkout",
    "self-checkout",
];

/// Words of a problem in an area, not one home's line.
const AREA: List =
    list!["area", "street", "whole", "everyone", "any news", "a fault", "outage", "across", "town"];

/// Something of the customer's that an identifier finds, besides a trip or an order (see
/// `sector::BOOKED`, [`ORDERED`]).
const THEIRS: List = list![
    "tracking", "account", "policy", "claim", "payment", "money", "tax", "refund", "train", "bus",
    "room", "fly", "seat", "accident"
];

/// Words of an app or a game: its version is the app's, not a thing's software.
const APP: List = list!["app", "apps", "game", "update"];

/// Things used with a phone or computer, besides `subject::ITEMS`; software that "came
/// with it" is a thing's own, no app.
const GADGETS: List = list![
    "player",
    "players",
    "mp3",
    "mp3s",
    "ipod",
    "headset",
    "unit",
    "device",
    "drive",
    "came with",
    "comes with",
    "bundled"
];

/// Things that stand alone by the TV, used with no phone or computer.
const STANDALONE: List = list![
    "dvd",
    "dvds",
    "blu-ray",
    "blu ray",
    "bluray",
    "tv",
    "television",
    "projector"
];

/// A battery that dies: how long it lasts is the detail (see `situation::fault_needs`).
const BATTERY: List = list!["battery", "batteries"];

/// Words of an account itself (not of a payment or a site), or a subscription held: the
/// account's email finds it.
const ACCOUNT: List = list![
    "account",
    "profile",
    "username",
    "password",
    "sign in",
    "log in",
    "subscribed",
    "subscription"
];

/// Words of a website (not an app): its faults are found by the device and browser.
const WEB: List = list!["website", "site", "page", "browser", "checkout"];

impl Scene<'_> {
    /// The missing detail as a noun phrase ("your order number"), or a general request for
    /// the story when nothing specific is missing; `None` when what the case needs was
    /// given already, anywhere in the thread (nothing is asked twice).
    pub(super) fn details(&self, salt: u64) -> Option<String> {
        Some(self.detail_phrase(salt))
            .filter(|d| !d.is_empty() && !self.given(d) && !self.commute() && !self.visit_told())
            .map(|d| self.postcode_word(d))
    }

    /// A detail phrase with the word for a postcode the customer uses: "ZIP code" where
    /// the thread reads as American, "postcode or ZIP code" where nothing says which
    /// ("your postcode or area" is neutral already), "postcode" for a British business.
    fn postcode_word(&self, phrase: String) -> String {
        let word = if self.situation.uk {
            return phrase;
        } else if crate::playbook::sector::us(self.texts) {
            "ZIP code"
        } else if phrase.contains_str("or area") {
            return phrase;
        } else {
            "postcode or ZIP code"
        };
        phrase.replace_str("postcode", word)
    }

    /// Whether the case is a train, bus or tram held up with no ticket named: nothing to
    /// look up, the onward plan is what they need (see [`crate::playbook::sector::commute`]).
    #[inline(never)]
    fn commute(&self) -> bool {
        let s = self.situation;
        s.sector == Sector::Travel
            && crate::playbook::sector::commute(self.texts, &s.facets)
            && !s.facets.contains(&Facet::StaffConduct)
    }

    /// Whether a button, form or link on a page does nothing (see
    /// [`crate::playbook::issue::control_fails`]).
    fn control_fails(&self) -> bool {
        crate::playbook::issue::control_fails(self.texts)
    }

    /// Whether a control on a web page fails and the device is not named: which device
    /// and browser is the question, not an app version.
    fn page_fails(&self) -> bool {
        let s = self.situation;
        self.control_fails()
            && !s.known.contains(&Detail::Device)
            && (s.issue == IssueType::OutageError
                || s.issue == IssueType::ProductBug && self.mentions(WEB))
    }

    /// Whether software is named ("app", "update", "game"), not as a word about a
    /// household machine ("here's a fun game" about a washer).
    fn software(&self) -> bool {
        self.mentions(crate::playbook::situation::SOFTWARE)
            && !self.mentions(crate::playbook::issue::APPLIANCES)
    }

    /// Whether the case is a device's or a household machine's (whoever makes it), not
    /// an app's or a program's: its serial number finds it, once a fault of its own is told.
    fn machine(&self) -> bool {
        (self.situation.sector == Sector::Devices
            || self.mentions(crate::playbook::issue::APPLIANCES))
            && !self.software()
    }

    /// The version asked from `pool`: the app's when one is named, else the software's
    /// ("which version of the app" read wrong for a driver or a program).
    fn version(&self, pool: lib::Pool) -> &'static str {
        pool.get(usize::from(!self.mentions(list!["app", "apps"])))
    }

    /// Whether a thing's link or its software fails in the chat of the shop that sold it
    /// (no app, game or site): what it is used with and that one's software version.
    fn linked_thing(&self) -> bool {
        !self.public()
            && matches!(
                self.situation.sector,
                Sector::Retail | Sector::Other | Sector::Devices
            )
            && !self.mentions(APP)
            && !self.mentions(WEB)
            && (self.mentions(crate::playbook::subject::ITEMS) || self.mentions(GADGETS))
    }

    /// What a thing's fault told on its own needs ("my X200 headphones crackle"), with no
    /// account, software or other facet in it: the serial once the model is named, else the
    /// model, never an account's email or the story again.
    fn thing_detail(&self) -> Option<String> {
        let s = self.situation;
        if !self.modelled()
            || !self.any(evidence::tells_fault)
            || !s.facets.is_empty()
            || self.software()
            || self.mentions(ACCOUNT)
        {
            return None;
        }
        Some(if s.known.contains(&Detail::Product) {
            lib::DETAIL_SERIAL.get(0).to_string()
        } else {
            self.exact_model()
        })
    }

    /// The model asked for a fault told, and when it started unless that was said ("since
    /// last week", "after two months"), the thing is new ("arrived dead") or a hazard (it
    /// smoked once: no "when it started").
    fn exact_model(&self) -> String {
        let phrase = lib::DETAIL_PRODUCT.get(1);
        let known = &self.situation.known;
        if known.contains(&Detail::HowLong)
            || known.contains(&Detail::Time)
            || self.any(evidence::new_item)
            || self.hazard()
        {
            // "the exact model"
            return phrase[..15].to_string();
        }
        phrase.to_string()
    }

    /// Whether a failure is told on two or more devices ("on both my TV and my laptop"),
    /// its error not quoted: no one device's fault, so never its model; the error shown
    /// finds it.
    fn across_devices(&self) -> bool {
        self.mentions(list!["both my", "all my devices"])
            && (self.modelled() || self.mentions(STANDALONE))
            && !self.situation.known.contains(&Detail::ErrorText)
    }

    /// Whether a thing's defect is told ("the lamp never worked", see
    /// [`evidence::defect`]), not an app's, a site's or an account's.
    fn faulty(&self) -> bool {
        // A room's heating is the stay's, no thing to replace.
        !self.software()
            && !self.mentions(WEB)
            && !self.mentions(ACCOUNT)
            && !self.mentions(list!["room", "hotel"])
            && self.texts.iter().any(|t| evidence::defect(t).is_some())
    }

    /// Whether any of the customer's messages says what `reads` reads.
    fn any(&self, reads: fn(&str) -> bool) -> bool {
        self.texts.iter().any(|t| reads(t))
    }

    /// Whether the thing is told dead or broken (see [`evidence::dead`]).
    fn dead(&self) -> bool {
        self.any(evidence::dead)
    }

    /// Whether paying at a checkout fails with no account or declined card named: no order
    /// was placed and a guest has no account, so the device and browser find the fault.
    fn checkout_fails(&self) -> bool {
        self.mentions(list!["checkout"])
            && self.told()
            && !self.mentions(ACCOUNT)
            && !self.mentions(list!["declined", "bank"])
    }

    /// Whether the customer's trouble is with a website and no app or software is named:
    /// the device and browser find it, not an app version.
    fn website_only(&self) -> bool {
        self.mentions(WEB) && !self.mentions(list!["app", "apps", "software", "update"])
    }

    /// Whether what a detail phrase asks for is already in the thread: the account's email,
    /// a reference of any kind (order, booking, tracking, account, policy or case number),
    /// or both the place and the time of a visit. A car's VIN is never taken as given: a
    /// mileage reads as a number too.
    fn given(&self, phrase: &str) -> bool {
        let known = |d: Detail| self.situation.known.contains(&d);
        let asks = |w: &str| phrase.contains_str(w);
        if asks("email") {
            known(Detail::AccountEmail)
        } else if asks("store") || asks("restaurant") {
            known(Detail::Place) && known(Detail::Time)
        } else if asks("when") {
            known(Detail::Time)
        } else if asks("version") {
            known(Detail::AppVersion) && known(Detail::Device)
        } else {
            (asks("number") || asks("reference")) && known(Detail::OrderNumber)
        }
    }

    /// The first thing to do about a hazard: get out and call the gas line; pull over; leave
    /// a hotel room and tell the desk; else stop using the thing and unplug it.
    pub(super) fn safety_step(&self) -> lib::Pool {
        if self.mentions(list!["gas"]) {
            lib::SAFETY_GAS
        } else if self.situation.sector == Sector::Auto
            || self.mentions(list!["driving", "motorway", "brakes", "steering", "engine"])
        {
            lib::SAFETY_DRIVING
        } else if self.situation.sector == Sector::Travel && self.mentions(list!["room", "hotel"]) {
            lib::SAFETY_ROOM
        } else {
            lib::SAFETY_DEVICE
        }
    }

    /// Whether a thing is a hazard (a charger that smoked, a kettle that sparked): its
    /// order or its model starts a replacement or refund check (a car's is the garage's, a
    /// hotel room's the stay's).
    fn hazard(&self) -> bool {
        let s = self.situation;
        s.notes.contains(&Note::Safety)
            && s.issue == IssueType::ProductBug
            && self.safety_step().0 == lib::SAFETY_DEVICE.0
    }

    /// The detail the case needs, whether or not it was given (see [`Self::details`]).
    fn detail_phrase(&self, salt: u64) -> String {
        let s = self.situation;
        if self.wants_call() {
            return self.pick(lib::DETAIL_CALLBACK, salt).to_string();
        }
        if let Some(detail) = self.document_detail() {
            return detail.to_string();
        }
        if let Some(detail) = self.kind_detail() {
            return detail.to_string();
        }
        if let Some(detail) = self.code_detail() {
            return detail.to_string();
        }
        if self.hazard() {
            return self.exact_model();
        }
        if self.across_devices() {
            return lib::DETAIL_ERROR.get(0).to_string();
        }
        if self.area_outage() {
            if s.known.contains(&Detail::Place) {
                return lib::DETAIL_AREA.get(1).to_string();
            }
            return lib::DETAIL_AREA.get(0).to_string();
        }
        let asked = matches!(s.asked_for, Request::Refund | Request::Cancel);
        if let Some(pool) = s
            .facets
            .iter()
            .filter(|&&f| !(asked && matches!(f, Facet::CodeRejected | Facet::GiftCard)))
            .find_map(|&f| facet_details(f, s.sector, &s.known))
        {
            return self.pick(pool, salt).to_string();
        }
        // The business's own identifier (a booking reference, an account number and
        // postcode, a car's registration) when the business is known, or the reference of
        // a case already open.
        if let Some(detail) = s
            .detail_to_ask(self.texts)
            .filter(|_| s.case_open || own_identifier(s.sector))
        {
            // Read from too little to know which identifier: what happened, in their terms.
            if self.unsure() && !self.given(detail) {
                return self.pick(lib::DETAIL_NEUTRAL, salt).to_string();
            }
            return detail.to_string();
        }
        let missing = &s.missing;
        let phrase: lib::Pool = match missing.first() {
            Some(Detail::OrderNumber) if s.issue == IssueType::Billing => lib::DETAIL_CHARGE,
            Some(Detail::OrderNumber) => lib::DETAIL_ORDER,
            Some(Detail::AccountEmail) if self.checkout_fails() => lib::DETAIL_BROWSER,
            Some(Detail::AccountEmail) => lib::DETAIL_EMAIL,
            // The device named ("Xbox 360"): only the version is still needed.
            Some(Detail::AppVersion) if s.known.contains(&Detail::Device) => {
                return self.version(lib::DETAIL_VERSION).to_string()
            }
            Some(Detail::Device | Detail::AppVersion)
                if self.page_fails() || self.website_only() =>
            {
                lib::DETAIL_BROWSER
            }
            Some(Detail::Device | Detail::AppVersion) => lib::DETAIL_DEVICE,
            Some(Detail::ErrorText) => lib::DETAIL_ERROR,
            // Discs are asked in a chat only (`situation::fault_needs`).
            Some(Detail::Discs) => lib::DETAIL_STORY,
            // What it does was told ("the button doesn't work"): the model and when, never
            // "what you're seeing" again.
            // A thing bought from them told dead: its order finds it and what came with it.
            Some(Detail::Product) if self.ordered() && self.dead() => lib::DETAIL_ORDER,
            Some(Detail::Product) if self.told() => return self.exact_model(),
            Some(Detail::Product) => lib::DETAIL_PRODUCT,
            Some(Detail::HowLong | Detail::Place | Detail::Time) | None => match s.issue {
                // What the screen shows was said ("a blank page"): the account or order is
                // what finds the case.
                // A control that fails on their screen: which device and browser.
                IssueType::OutageError if self.page_fails() => lib::DETAIL_BROWSER,
                IssueType::OutageError
                    if s.known.contains(&Detail::ErrorText) || self.control_fails() =>
                {
                    if matches!(s.sector, Sector::Retail | Sector::Food) {
                        lib::DETAIL_ORDER
                    } else {
                        lib::DETAIL_EMAIL
                    }
                }
                // Where they are only for a network or a supplier: a site, an app or a
                // console is the same everywhere.
                IssueType::OutageError
                    if matches!(s.sector, Sector::Telecom | Sector::Utilities) =>
                {
                    lib::DETAIL_OUTAGE
                }
                IssueType::OutageError => lib::DETAIL_ERROR,
                IssueType::AccountAccess
                | IssueType::Billing
                | IssueType::Cancellation
                | IssueType::Privacy => lib::DETAIL_EMAIL,
                IssueType::RefundStatus
                | IssueType::DeliveryLate
                | IssueType::DeliveryMissing
                | IssueType::DeliveryDamaged => lib::DETAIL_ORDER,
                // An app, a program or a streaming service: which device and version. A
                // machine at the till or a thing bought is no app: what happened, or the
                // handover alone if told.
                IssueType::ProductBug
                    if s.sector == Sector::Media
                        || s.sector == Sector::Software
                            && (s.issue_sure
                                || self.mentions(crate::playbook::situation::DEVICES))
                        || self.software() =>
                {
                    lib::DETAIL_DEVICE
                }
                // A device or a household machine (whoever makes it) at fault, no app or
                // software named: the serial number finds it and its warranty. A fault of
                // its own told ("broke the front glass of my OnePlus 3T", "the left bud is
                // dead") is one too. A device only named (a question, praise, a wait, a
                // feature missed) has no fault for a serial number to find.
                _ if self.machine()
                    && (s.issue == IssueType::ProductBug
                        || self.dead()
                        || self.mentions(crate::playbook::situation::DEFECTS)
                        || self.mentions(crate::playbook::situation::WORSE)) =>
                {
                    lib::DETAIL_SERIAL
                }
                // A thing they bought that nothing above finds (shoes with a hole, a
                // battery puffed up, a new tracker's screen): a photo of it and where it
                // was bought, not the story again nor the handover alone.
                _ if self.public()
                    && self.mentions(list!["bought", "purchased", "just got my"])
                    && !self.mentions(ACCOUNT)
                    && !self.ordered()
                    && !self.modelled()
                    && !self.software() =>
                {
                    lib::DETAIL_PHOTO
                }
                // Or told in words the replies name it by ("the share button problem"), or
                // told before (a follow-up): the account finds it, not the story again.
                // Something ordered ("my parcel hasn't moved"): its order, not the account;
                // a device with no fault told, the handover alone.
                _ if self.story_told() || self.named().is_some() || s.repeat_contact => {
                    // A thing told dead or new and faulty: its order finds it and what
                    // it came with; a function failing still asks which model it is.
                    if self.ordered()
                        || self.faulty()
                            && !self.machine()
                            && (self.dead() || self.any(evidence::new_item))
                    {
                        lib::DETAIL_ORDER
                    } else if self.machine() {
                        // The model named with a fault ("my Galaxy S9 keeps restarting"):
                        // its serial, never the handover alone.
                        return match self.thing_detail() {
                            Some(d) if s.known.contains(&Detail::Product) => d,
                            _ => self.model_or_handover(),
                        };
                    } else if let Some(detail) = self.thing_detail() {
                        return detail;
                    } else {
                        // A thing's fault ("the remote keeps cutting out"): its model, never
                        // an account's email.
                        let model = self.model_or_handover();
                        if !model.is_empty() {
                            return model;
                        }
                        lib::DETAIL_EMAIL
                    }
                }
                // Told in words nothing names ("imported a video and it has no sound"), or
                // an answer to the agent's question: the one detail still lacking, else
                // the handover alone ("what happened" again shows it was not read).
                _ if self.told() => {
                    if self.ordered() {
                        lib::DETAIL_ORDER
                    } else if self.mentions(ACCOUNT) {
                        // "My account disappeared on your website": the account finds it.
                        lib::DETAIL_EMAIL
                    } else if self.website_only() {
                        lib::DETAIL_BROWSER
                    } else if self.software() {
                        lib::DETAIL_DEVICE
                    } else if let Some(detail) = self.thing_detail() {
                        return detail;
                    } else if s.sector == Sector::Software {
                        // A software business's customer ("stuck in a sign-in loop"): the
                        // account finds the case.
                        lib::DETAIL_EMAIL
                    } else {
                        // Nothing to name: the handover alone (see `dm_with`). A stock "the
                        // order, account or store visit it's about" read wrong wherever it was
                        // none of those (a hat left on a train, a checkout that failed: panel
                        // 14 scored it below the plain handover).
                        return self.model_or_handover();
                    }
                }
                // Something ordered ("two deliveries missed this week"): its order finds it.
                _ if self.ordered() => lib::DETAIL_ORDER,
                _ => lib::DETAIL_STORY,
            },
        };
        self.pick(phrase, salt).to_string()
    }

    /// A thing with a model told about, the model not given: the exact model, the one
    /// detail that finds it (the bare handover names nothing, panels 28 and 29); else
    /// nothing, for the handover alone. Not for an account or a site, something sent (its
    /// order finds it), a verdict with no fault told or a wish, nor where a
    /// model-like word ("3T", "x105") may have given it already.
    #[inline(never)]
    fn model_or_handover(&self) -> String {
        let model_like = |w: &str| {
            w.bytes().any(|b| b.is_ascii_digit()) && w.bytes().any(|b| b.is_ascii_alphabetic())
        };
        // A symptom only a thing shows ("my desk lamp flickers") is a fault, however
        // annoying; a software or streaming business has no model to ask.
        let symptom = self.mentions(evidence::SYMPTOMS);
        if (self.thing() || self.machine() || symptom)
            && !matches!(self.situation.sector, Sector::Software | Sector::Media)
            && !self.software()
            && !self.mentions(ACCOUNT)
            && !self.mentions(WEB)
            && !self.situation.known.contains(&Detail::Product)
            && !self.mentions(crate::playbook::subject::SENT_WORDS)
            // "Four dead units in a row, this is a joke" is a fault for all its verdict.
            && (!self.verdict() || symptom || self.mentions(crate::playbook::situation::DEFECTS))
            && (!self.mentions(WISHED) || symptom)
            // A comparison is an opinion ("a better player than this"), no fault to find.
            && !self.mentions(list!["better", "than"])
            // "Pick up your phone, I've been on hold", "waited 2 hours on the phone and then
            // got hung up on": a wait for us or a call of ours cut off, no phone's fault.
            && !self.situation.facets.contains(&Facet::OnHold)
            && !self.texts.iter().any(|t| t.split_whitespace().any(model_like))
        {
            return lib::DETAIL_PRODUCT.get(1)[..15].to_string();
        }
        String::new()
    }

    /// The detail the kind of case needs whatever its issue type: a device's own wifi or
    /// Bluetooth fault its model and software version, a part broken in use the model,
    /// where it was bought and a photo, a meal the restaurant, when and the receipt (never
    /// an account's email).
    fn kind_detail(&self) -> Option<&'static str> {
        let s = self.situation;
        // A card machine, till or self-checkout in a store: the visit finds it.
        if self.store_kit() {
            return Some(if s.known.contains(&Detail::Place) {
                lib::DETAIL_WHEN.get(0)
            } else {
                lib::DETAIL_VISIT.get(0)
            });
        }
        if self.link_fault() || self.standalone_software() {
            let from = if s.known.contains(&Detail::Device) {
                14
            } else {
                0
            };
            return lib::DETAIL_MODEL_OS.get(from..);
        }
        // A console's account banned: the account's email; its network error: the code
        // (unless quoted) and the connection. The serial only for a fault of the box
        // itself; a charge keeps its own detail.
        if s.sector == Sector::Devices && s.facets.is_empty() {
            if self.mentions(list!["banned", "suspended"]) {
                return Some(lib::DETAIL_EMAIL.get(0));
            }
            if self.mentions(list![
                "nat",
                "teredo",
                "network error",
                "can't connect",
                "disconnecting"
            ]) {
                let from = if s.known.contains(&Detail::ErrorText) {
                    19
                } else {
                    0
                };
                return lib::DETAIL_NETWORK.get(from..);
            }
        }
        let physical = matches!(s.sector, Sector::Devices | Sector::Other) && !self.software();
        if physical
            && self.mentions(list![
                "broke", "broken", "snapped", "cracked", "came off", "fell off"
            ])
            && !self.mentions(list![
                "arrived",
                "delivered",
                "delivery",
                "parcel",
                "package",
                "box"
            ])
        {
            return Some(lib::DETAIL_PART);
        }
        // A meal: not an order to track, a charge or a question ("is the Penrith
        // restaurant open?"), unless the problem says so.
        // The brand alone ("2 apple slices!!! #McDonalds") only for a complaint: a question
        // ("why did you get rid of the taco?"), a can's label or a drink bought at a shop
        // ("thanks @SamsClub for selling expired beer") is no meal to trace.
        let food = s.facets.contains(&Facet::Food)
            || s.sector == Sector::Food
                && !self.texts.iter().any(|t| t.contains('?'))
                && !self.mentions(list![
                    "label", "can", "cans", "bottle", "bottles", "selling", "sold", "bought",
                    "expired", "shelf", "shelves"
                ]);
        (food
            && s.facets.iter().all(|&f| f == Facet::Food)
            && !matches!(
                s.issue,
                IssueType::AccountAccess
                    | IssueType::Privacy
                    | IssueType::Billing
                    | IssueType::DeliveryLate
                    | IssueType::DeliveryMissing
                    | IssueType::RefundStatus
                    | IssueType::HowTo
                    | IssueType::Thanks
            ))
        .then(|| {
            // "your Coalville branch", "your Astoria Blvd location" name the restaurant.
            if self.mentions(list!["branch", "location"]) {
                lib::DETAIL_FOOD.get(25..).unwrap_or_default()
            } else {
                food_detail(&s.known)
            }
        })
    }

    /// Whether the case is a device's own wifi or Bluetooth fault (see
    /// [`crate::playbook::situation::link_fault`]).
    fn link_fault(&self) -> bool {
        self.situation.sector == Sector::Devices
            && crate::playbook::situation::link_fault(self.texts)
    }

    /// Whether the software that fails is a thing's own that stands by the TV (a DVD
    /// player, the TV), with no phone or computer named: its model and software version,
    /// never which phone or computer it is used with.
    #[inline(never)]
    fn standalone_software(&self) -> bool {
        self.situation.missing.contains(&Detail::AppVersion)
            && self.mentions(STANDALONE)
            && !self.mentions(crate::playbook::situation::DEVICES)
            && !self.mentions(list!["phone", "phones"])
    }

    /// Whether something was ordered: an order or a parcel named, or a delivery or a
    /// return of no message and on no trip ("my messages are not being delivered", "return
    /// flights from TAB" order nothing).
    #[inline(never)]
    fn ordered(&self) -> bool {
        self.mentions(ORDERED)
            && (!self.mentions(crate::playbook::situation::SENT_ONLINE)
                && !crate::playbook::situation::travel(self.texts)
                || self.mentions(list!["order", "ordered", "parcel", "package"]))
    }

    /// Whether a card machine, till or self-checkout in a store failed them: the store and
    /// when find it, never an account's email or an app's version.
    fn store_kit(&self) -> bool {
        self.mentions(STORE_KIT)
    }

    /// The detail a discount, promo or voucher code refused at checkout needs: which code,
    /// and the order, or what the basket shows before one is placed (never a sign-in code);
    /// a discount the basket does not take off, the item and the basket.
    fn code_detail(&self) -> Option<&'static str> {
        let s = self.situation;
        if matches!(s.asked_for, Request::Refund | Request::Cancel) {
            return None;
        }
        if s.facets.contains(&Facet::CodeRejected) {
            return Some(lib::DETAIL_CODE.get(usize::from(!self.mentions(ORDERED))));
        }
        self.mentions(list!["discount isn't", "discount not", "no deduction"])
            .then(|| lib::DETAIL_CODE.get(2))
    }

    /// Whether a network or supply is down where they are, for more than their own line
    /// ("down all evening in Leeds, any news?"): the live status for the area, checked by
    /// postcode, not their account.
    fn area_outage(&self) -> bool {
        let s = self.situation;
        matches!(s.sector, Sector::Telecom | Sector::Utilities)
            && (s.issue == IssueType::OutageError
                || s.facets.contains(&Facet::NoService)
                || s.issue == IssueType::Other && self.mentions(AREA))
            && (s.known.contains(&Detail::Place) || self.mentions(AREA))
            // One home's own line ("my landline") is checked on the account.
            && !s.missing.contains(&Detail::AccountEmail)
            && !self.mentions(WEB)
    }

    /// Whether the case is read from too little to ask for the business's identifier: no
    /// issue type read with confidence, no problem named, no case open and nothing of
    /// theirs mentioned (a booking, a bill, a parcel). The ask is then what happened. Only
    /// where an identifier belongs to one trip, parcel or policy: a network's or a
    /// supplier's customer has an account whatever they write about, a car maker's a car.
    fn unsure(&self) -> bool {
        let s = self.situation;
        matches!(
            s.sector,
            Sector::Travel | Sector::Delivery | Sector::Finance
        ) && !self.mentions(list!["hotel", "holidayinn", "holiday inn"])
            && s.issue == IssueType::Other
            && !s.issue_sure
            && !s.case_open
            && !s.facets.iter().any(|f| f.is_problem())
            && !self.mentions(THEIRS)
            && !self.mentions(ORDERED)
            && !self.mentions(crate::playbook::sector::BOOKED)
            // A fault was said ("your app doesn't work"): asking it again shows the message
            // was not read. A long post with no fault in it ("fake email, #shady") still
            // leaves the identifier unknown.
            && !self.any(evidence::tells_fault)
    }

    /// Whether the customer cannot get in or through (a phone menu, a sign-in): they need
    /// a way in, never "I'll pass your feedback on".
    fn kept_out(&self) -> bool {
        self.mentions(list![
            "let me in",
            "let me through",
            "get through",
            "can't reach",
            "cant reach",
        ])
    }

    /// Whether the customer named what went wrong with a detail (the device, the version,
    /// the error, the model), so "what happened" has been said.
    fn story_told(&self) -> bool {
        self.mirrored.is_some()
            || self.situation.known.iter().any(|d| {
                matches!(
                    d,
                    Detail::Device | Detail::AppVersion | Detail::ErrorText | Detail::Product
                )
            })
    }

    /// Whether what went wrong has been said, in any words (see [`evidence::tells_story`]),
    /// or given in answer to the agent's question: "what happened?" is not asked again.
    fn told(&self) -> bool {
        self.story_told()
            || self.asked
            || self.any(evidence::tells_story)
            || self.any(crate::playbook::situation::works_badly)
    }

    /// The one question the case needs now in a private chat, if a detail is missing.
    pub(super) fn question(&self, salt: u64) -> Option<String> {
        if self.wants_call() {
            // The number given ("call me on 07712 345678"): only the time, if that is not.
            let number = self.any(evidence::gives_phone);
            let pool = match (number, self.slot_named()) {
                (true, true) => return None,
                (true, false) => lib::ASK_CALL_TIME,
                (false, true) => lib::ASK_NUMBER,
                (false, false) => lib::ASK_CALLBACK,
            };
            return Some(self.pick(pool, salt).to_string());
        }
        if let Some(q) = self.setup_question() {
            return Some(q);
        }
        // Urgent: as soon as possible, not "which days suit you?".
        let asap = self.slot_named() || self.urgent();
        if self.situation.request == Some(Want::Appointment) && !asap {
            return Some(self.pick(lib::ASK_SLOT, salt).to_string());
        }
        let missing = &self.situation.missing;
        let s = self.situation;
        // A meal of the business's own: what they had and when, unless the time was said.
        // The dish named ("the wings were dry", "the lukewarm Lobster Bisque"): only when;
        // "the food was cold" names no dish.
        if self.own_meal() && !s.known.contains(&Detail::Time) && !self.asked {
            return Some(if self.floor() {
                lib::ASK_VISIT.to_string()
            } else if self.mentions(DISHES) || self.own_name && !self.mentions(list!["food"]) {
                lib::ASK_MEAL_WHEN.to_string()
            } else {
                self.pick(lib::ASK_MEAL, salt).to_string()
            });
        }
        // Their staff: when it was, so the manager can find who was on.
        if s.facets.contains(&Facet::StaffConduct)
            && missing.is_empty()
            && !s.known.contains(&Detail::Time)
            && !self.asked
        {
            return Some(lib::ASK_WHEN.to_string());
        }
        if let Some(q) = self.document_question(salt) {
            return Some(q);
        }
        if let Some(detail) = self
            .kind_detail()
            .filter(|_| !missing.is_empty() || self.store_kit())
            .or_else(|| self.code_detail())
            .filter(|d| !self.given(d))
        {
            return Some(
                self.pick(lib::ASK_SECTOR, salt)
                    .replace_str("{detail}", detail),
            );
        }
        // The business's own identifier (a booking reference, a registration) when the
        // business is known and the case needs one.
        if let Some(detail) = s.detail_to_ask(self.texts).filter(|d| {
            // A stay's room is needed whatever the issue type asks, save for a remark on the
            // hotel ("this hotel is overrated"): feedback for the team there, nothing to find.
            own_identifier(s.sector)
                && (!missing.is_empty() || d.contains_str("room") && !self.feedback_only())
                && !self.given(d)
                && !self.unsure()
        }) {
            return Some(
                self.pick(lib::ASK_SECTOR, salt)
                    .replace_str("{detail}", detail),
            );
        }
        if self.page_fails() {
            return Some(lib::ASK_DEVICE.get(0).to_string());
        }
        if self.across_devices() {
            return Some(lib::ASK_ERROR.get(0).to_string());
        }
        let first = *missing.first().filter(|_| !self.visit_told())?;
        if self.hazard() {
            return Some(self.pick(lib::ASK_ORDER, salt).to_string());
        }
        let device_and_version =
            missing.contains(&Detail::Device) && missing.contains(&Detail::AppVersion);
        let pool = match first {
            Detail::OrderNumber if self.situation.issue == IssueType::Billing => lib::ASK_CHARGE,
            // A fault told in a thing that still works, not new: the model and since when,
            // not its order ("which item?" would ask what was said).
            Detail::Product
                if !self.any(evidence::new_item)
                    && (self.any(crate::playbook::situation::works_badly)
                        || self.told()
                            && !self.dead()
                            && (!self.verdict() || self.mirrored.is_some())) =>
            {
                return Some(
                    lib::ASK_SECTOR
                        .get(0)
                        .replace_str("{detail}", &self.exact_model()),
                )
            }
            // In a chat the order finds the item.
            Detail::OrderNumber | Detail::Product => lib::ASK_ORDER,
            Detail::AccountEmail if self.checkout_fails() => lib::ASK_DEVICE,
            Detail::AccountEmail => lib::ASK_EMAIL,
            Detail::Device | Detail::AppVersion if self.website_only() => lib::ASK_DEVICE,
            // A thing's link or its software, no app named: what it is used with.
            Detail::Device | Detail::AppVersion if self.linked_thing() && device_and_version => {
                lib::ASK_LINKED
            }
            Detail::Device | Detail::AppVersion if self.linked_thing() => lib::ASK_LINKED_VERSION,
            Detail::Device | Detail::AppVersion if device_and_version => lib::ASK_DEVICE_VERSION,
            Detail::Device => lib::ASK_DEVICE,
            Detail::AppVersion => return Some(self.version(lib::ASK_VERSION).to_string()),
            Detail::ErrorText => lib::ASK_ERROR,
            Detail::Discs => lib::ASK_DISCS,
            Detail::HowLong if self.mentions(BATTERY) => lib::ASK_BATTERY,
            // Where and when are never missing: no issue type needs them.
            Detail::HowLong | Detail::Place | Detail::Time => lib::ASK_HOW_LONG,
        };
        Some(self.pick(pool, salt).to_string())
    }

    /// A calm first "I'm trying to connect my printer" with no fault told: which model and
    /// how they go about it ("how are you connecting it?"), never "what's gone wrong" nor an
    /// order number. Not for an app or an account (no model to ask).
    #[inline(never)]
    pub(super) fn setup_question(&self) -> Option<String> {
        let last = self.last();
        let rest = &last[last.find_str("trying to ")? + 10..];
        let doing = match rest.split_whitespace().next()? {
            "connect" => "connecting it",
            "set" => "setting it up",
            "install" => "installing it",
            "pair" => "pairing it",
            _ => return None,
        };
        (!self.agent_has_written
            && !evidence::says_fault(last)
            && !self.software()
            && !self.mentions(ACCOUNT)
            && !self.mentions(WEB))
        // "Which model is it" + the how.
        .then(|| {
            let model = &lib::ASK_MODEL.get(0)[..17];
            crate::text::concat(&[model, ", and how are you ", doing, "?"])
        })
    }

    /// The one question a document, an item or a visit needs: where a confirmation goes,
    /// else the identifier that finds it.
    fn document_question(&self, salt: u64) -> Option<String> {
        let s = self.situation;
        // Someone sent out at a time they named: where, and the account it's on.
        let visit = s.request == Some(Want::Appointment)
            && (self.slot_named() || self.urgent())
            && s.known.is_empty()
            && self.mentions(list![
                "send someone",
                "someone come",
                "someone out",
                "engineer"
            ]);
        let detail = match self.document_detail() {
            // A confirmation that never came: where to send it.
            Some(detail) if detail.contains_str("email") => {
                return Some(self.pick(lib::ASK_RESEND, salt).to_string())
            }
            Some(detail) if self.given(detail) => return None,
            Some(detail) => detail,
            None if visit => s
                .detail_to_ask(self.texts)
                .filter(|_| own_identifier(s.sector))
                .unwrap_or("the address, and the phone or account number it's under"),
            None => return None,
        };
        Some(
            self.pick(lib::ASK_SECTOR, salt)
                .replace_str("{detail}", detail),
        )
    }

    /// The identifier that finds a document or an item asked for ("your policy number" for
    /// proof of no-claims, "your booking reference" for tickets), as a noun phrase; `None`
    /// for other requests, or when the order number that finds it was given.
    fn document_detail(&self) -> Option<&'static str> {
        let s = self.situation;
        if !matches!(s.request, Some(Want::Document | Want::Item)) {
            return None;
        }
        let (_, detail) = crate::playbook::wants::wanted(self.texts)?;
        if !detail.is_empty() {
            return Some(detail);
        }
        if self.mentions(list!["order"]) || !own_identifier(s.sector) {
            // "the invoice for my March order": the order finds it.
            return (!s.known.contains(&Detail::OrderNumber)).then_some("your order number");
        }
        s.detail_to_ask(self.texts)
    }

    /// What the agent will do for this issue, as a clause after "I'll" or "we'll" ("check
    /// where your parcel is"): a check, never an outcome.
    pub(super) fn action(&self, salt: u64) -> String {
        if let Some(claim) = self.claim() {
            return self
                .pick(lib::ACT_CLAIM, salt)
                .replace_str("{team}", claim.words().1);
        }
        // What they ask after our reply is what we check, before a request's own take-up
        // when it names its time ("can you send a replacement before Friday?").
        if let Some(check) = self.direct_ask() {
            return check;
        }
        if let Some(taken_up) = self.request_action(salt) {
            return taken_up;
        }
        // Ours in its own chat: the meal to the kitchen, a failed item put right, never
        // "looked into".
        if self.ours() || self.visit_told() {
            let pool = if self.floor() || self.visit_told() && !self.own_meal() {
                lib::ACT_FLOOR
            } else if self.own_meal() {
                lib::ACT_KITCHEN
            } else if !self.faulty()
                || self.any(crate::playbook::situation::works_badly)
                || self.mentions(list!["don't want", "do not want"])
            {
                // Not a defect told ("slow", "tinny"), one to trace first ("only lasts a few
                // hours"), or a remedy turned down: the next step, no refund pressed on them.
                lib::ACT_DAMAGED
            } else if self.dead() && self.any(evidence::had_a_while) {
                lib::ACT_WARRANTY
            } else {
                lib::ACT_REMEDY
            };
            return self.pick(pool, salt).to_string();
        }
        let s = self.situation;
        if self.commute() {
            return self.pick(lib::ACT_ONWARD, salt).to_string();
        }
        if self.area_outage() {
            return lib::ACT_AREA.get(0).to_string();
        }
        // A call of theirs cut off: we call them back, nothing to look into.
        if crate::playbook::situation::cut_off(self.texts) {
            return self.pick(lib::ACT_CALLBACK, salt).to_string();
        }
        // What they asked for comes first: "I want a refund" gets the refund looked at,
        // whatever else the message mentions.
        let asked = matches!(s.asked_for, Request::Refund | Request::Cancel);
        if let Some(pool) = s
            .facets
            .iter()
            .find_map(|&f| facet_action(f, s.sector))
            .filter(|_| !asked)
        {
            return self.pick(pool, salt).replace_str("{parcel}", self.parcel());
        }
        // A thing that is a hazard: the remedy checked, beside the safety team; a check,
        // never "sort out".
        if self.hazard() {
            return lib::ACT_REMEDY.get(0).to_string();
        }
        // A thing told dead: what its warranty covers when it is a device or a machine, or
        // failed after months; a replacement or a refund when it came new, or in a shop's
        // chat.
        if self.faulty() {
            let aged = self.any(evidence::had_a_while);
            if self.dead() && (aged || self.machine()) {
                return self.pick(lib::ACT_WARRANTY, salt).to_string();
            }
            // In the chat of the shop that sold it, whatever its age.
            if self.dead() && (!self.public() || self.any(evidence::new_item)) {
                return self.pick(lib::ACT_REMEDY, salt).to_string();
            }
        }
        // A type read from weak evidence is not named in what the agent will do: a wrong
        // "I'll check the charge" for an import error reads worse than a plain "look into it".
        let issue = if s.issue_sure
            || matches!(
                s.asked_for,
                Request::Refund | Request::Cancel | Request::Replacement
            ) {
            s.issue
        } else {
            IssueType::Other
        };
        let pool = match issue {
            IssueType::AccountAccess => lib::ACT_ACCOUNT,
            IssueType::Billing
                if s.asked_for == Request::Refund && s.facets.contains(&Facet::DoubleCharge) =>
            {
                lib::ACT_DUPLICATE
            }
            IssueType::Billing => lib::ACT_BILLING,
            IssueType::RefundStatus if s.asked_for == Request::Refund && !self.waiting() => {
                lib::ACT_REFUND_WANTED
            }
            IssueType::RefundStatus => lib::ACT_REFUND,
            _ if s.asked_for == Request::Refund => lib::ACT_REFUND_WANTED,
            IssueType::DeliveryLate | IssueType::DeliveryMissing => lib::ACT_DELIVERY,
            IssueType::DeliveryDamaged => lib::ACT_REMEDY,
            IssueType::OutageError => lib::ACT_OUTAGE,
            IssueType::ProductBug => lib::ACT_BUG,
            IssueType::PolicyComplaint => lib::ACT_POLICY,
            IssueType::Cancellation if s.asked_for == Request::Cancel => lib::ACT_CANCEL,
            // A threat to cancel, or a near miss ("this close to cancelling"): fix what is
            // behind it, never offer the cancellation.
            IssueType::Cancellation
                if self.mentions(list![
                    "will cancel",
                    "i'll cancel",
                    "ill cancel",
                    "going to cancel",
                    "gonna cancel",
                    "about to cancel",
                    "or i cancel",
                    "i'm cancelling",
                    "im cancelling",
                    "thinking of cancelling",
                    "i will be cancelling",
                    "close to canceling",
                    "close to cancelling",
                ]) =>
            {
                lib::ACT_THREAT
            }
            // Something of theirs was cancelled: find out why.
            IssueType::Cancellation if self.mentions(list!["cancelled", "canceled"]) => {
                lib::ACT_CANCEL_CHECK
            }
            IssueType::Cancellation => lib::ACT_CANCEL,
            IssueType::Privacy
                if self.mentions(list!["spam", "emails", "marketing", "unsubscribe"]) =>
            {
                lib::ACT_SPAM
            }
            IssueType::Privacy => lib::ACT_PRIVACY,
            IssueType::HowTo | IssueType::Thanks | IssueType::Other => lib::ACT_OTHER,
        };
        self.pick(pool, salt).replace_str("{parcel}", self.parcel())
    }

    /// What the agent will do about the customer's request, as a clause after "I'll",
    /// when the request has a take-up of its own (the sum back, the fee waived, credit, a
    /// call back, a slot, a stopped payment): put to the team when the agent does not
    /// decide it, never promised.
    pub(super) fn request_action(&self, salt: u64) -> Option<String> {
        if self.passes_on() {
            // To the manager when they asked for one; "pass it on to the carrier": on.
            let to = usize::from(self.situation.request != Some(Want::Manager));
            return Some(lib::ACT_PASS_ON.get(to).to_string());
        }
        let want = self.situation.request?;
        if let (Want::Document | Want::Item, Some((thing, _))) =
            (want, crate::playbook::wants::wanted(self.texts))
        {
            let pool = if want == Want::Item {
                lib::ACT_ITEM
            } else {
                lib::ACT_DOCUMENT
            };
            return Some(self.pick(pool, salt).replace_str("{thing}", thing));
        }
        if want == Want::Refund {
            let amount = self.amount()?;
            return Some(
                self.pick(lib::ACT_AMOUNT, salt)
                    .replace_str("{amount}", amount),
            );
        }
        // Credit for the time a service was down fits an outage; a lost bag or a spoiled
        // trip is a claim for compensation the team decides.
        let s = self.situation;
        let outage = s.issue == IssueType::OutageError
            || s.facets.contains(&Facet::NoService)
            || matches!(s.sector, Sector::Telecom | Sector::Utilities);
        if want == Want::Credit && !outage {
            return Some(self.pick(lib::ACT_COMPENSATION, salt).to_string());
        }
        let want = match want {
            Want::Appointment if self.slot_named() || self.urgent() => None,
            w => Some(w),
        };
        let pool = match want {
            Some(w) => TAKE_UP.iter().find(|(x, _)| *x == w)?.1,
            None if self.urgent() || self.mentions(list!["today", "tonight"]) => {
                lib::ACT_SLOT_TODAY
            }
            None => lib::ACT_SLOT_NAMED,
        };
        Some(self.pick(pool, salt).to_string())
    }

    /// A direct ask after our reply ("Can you get me on the 6pm?") as the check it gets
    /// ("check whether we can get you on the 6pm"), unless a request of a known kind says
    /// it better ("look at a refund") and no time is asked with it ("before Friday").
    pub(super) fn direct_ask(&self) -> Option<String> {
        let s = self.situation;
        let q = self.asked_as.filter(|q| {
            self.agent_has_written
                && (s.request.is_none() && matches!(s.asked_for, Request::None | Request::Answer)
                    || by_when(q))
                && crate::playbook::mirror::is_direct(q)
        })?;
        Some(crate::text::join(&["check", q], " "))
    }

    /// Whether the check waits on someone else (a courier, a bank, the technical team), so
    /// an update time is honest even in a chat; a booking, an account or a plan the agent
    /// looks up while the customer waits.
    fn waits_on_others(&self) -> bool {
        let travel = self.situation.facets.contains(&Facet::TravelDelay);
        !travel
            && matches!(
                self.situation.issue,
                IssueType::DeliveryLate
                    | IssueType::DeliveryMissing
                    | IssueType::DeliveryDamaged
                    | IssueType::RefundStatus
                    | IssueType::Billing
                    | IssueType::ProductBug
                    | IssueType::OutageError
            )
    }

    /// Whether the customer named the day or time they want ("dead since Monday" names
    /// when it started, not a slot).
    fn slot_named(&self) -> bool {
        !self.mentions(list!["since"])
            && self.mentions(list![
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "morning",
                "afternoon",
                "evening",
                "tomorrow",
                "today",
                "tonight",
            ])
    }

    /// The request taken up, as a reply's lead ("I can book a call back for you."), when
    /// it has a take-up of its own.
    pub(super) fn take_up(&self, salt: u64) -> Option<String> {
        let action = self.request_action(salt + 1)?;
        Some(
            self.pick(lib::TAKE_UP_LEAD, salt)
                .replace_str("{action}", &action),
        )
    }

    /// Whether what they ask for is someone on the phone (a call back, a person, a number).
    pub(super) fn wants_call(&self) -> bool {
        matches!(
            self.situation.request,
            Some(Want::Callback | Want::ContactNumber)
        )
    }

    /// Whether the request is decided by a team, not the agent (money, terms, a manager):
    /// only then does the reply promise an update by the configured time.
    fn team_decides(&self) -> bool {
        matches!(
            self.situation.request,
            Some(Want::WaiveFee | Want::Credit | Want::BuyBack | Want::Manager)
        ) || self.situation.request == Some(Want::Refund) && self.amount().is_some()
    }

    /// Whether the latest message asks that the manager hear of it ("can you pass this on
    /// to the manager?", "make sure the manager knows"), or anyone it names ("please pass
    /// it on to the carrier"), not that they take the case over.
    fn passes_on(&self) -> bool {
        let last = self.last();
        crate::playbook::wants::passes_on(last)
            && (self.situation.request == Some(Want::Manager) || last.contains_str("on to the "))
    }

    /// The sum the customer asks back ("$1500"), as they wrote it.
    fn amount(&self) -> Option<&str> {
        self.texts
            .iter()
            .rev()
            .find_map(|t| crate::playbook::wants::amount_back(t))
    }

    /// Whether the customer is waiting on a refund already promised, rather than asking for
    /// one.
    pub(super) fn waiting(&self) -> bool {
        self.mentions(list![
            // "my refund": one already given ("check my refund", "my refund went to my
            // old card"), not one asked for.
            "my refund",
            "when will i get",
            "still waiting",
            "still not",
            "haven't received",
            "haven't got",
            "not received",
            "still no",
            "yet to",
            // A wait, not any span: "stops working after 2 weeks" asks for one.
            "weeks ago",
            "days ago",
            "for weeks",
            "for days",
            "requested",
        ])
    }

    /// The request to move to a direct message, naming the exact detail and what happens
    /// once it arrives.
    pub(super) fn dm(&self, salt: u64) -> String {
        self.dm_with(lib::DM, salt)
    }

    /// The same as the concrete next step: the detail, what will be checked once it
    /// arrives, and that the reply comes in the DM; not for a call (no reply there) or when
    /// the story itself is asked for. No time: when the DM comes is the customer's to say,
    /// and "within the hour" on every public request read as a stock tail to every panel
    /// (and as slow to a customer on the tarmac now).
    pub(super) fn dm_step(&self, salt: u64) -> String {
        let step = self.dm_with(lib::DM_STEP, salt);
        let when = if self.wants_call() || step.contains_str("what happened") {
            ""
        } else {
            " and reply to you there"
        };
        step.replace_str("{when}", when)
    }

    /// A DM request from `pool`; with everything the case needs given in the thread, the
    /// next step alone.
    fn dm_with(&self, pool: lib::Pool, salt: u64) -> String {
        // A commute has nothing to send: the step itself.
        if self.commute() {
            return self.plan(salt);
        }
        let mut action = self.action(salt + 2);
        let details = self.detail_phrase(salt + 1);
        // The time asked with the number is not said twice ("... and a time that suits,
        // and we'll arrange a call back at a time that suits you").
        if details.contains_str("time that suits") {
            action = action.replace_str(" at a time that suits you", "");
        }
        if self.dm_fails() {
            self.pick_shape(lib::DM_FAILS, salt).to_string()
        } else if self.gave_before() {
            self.pick_shape(lib::GAVE_BEFORE, salt).to_string()
        } else if details.is_empty() {
            // Nothing that fits every case of this kind to ask for: the handover alone.
            lib::HANDOVER.get(0).to_string()
        } else if self.given(&details) {
            // Everything is in the thread: nothing to send, so no DM (the short, warm and
            // step replies each their own line).
            lib::HAVE_ALL.get((salt / 100 + 2) as usize % 3).to_string()
        } else {
            // One wording a shape, so the short and warm replies never ask alike.
            self.pick_shape(pool, salt)
                .replace_str("{details}", &self.postcode_word(details))
        }
        .replace_str("{action}", &action)
    }

    /// Whether the latest message says our DMs won't open for them ("it's not letting me
    /// DM you"): asking for a DM again would send them round in a circle.
    pub(super) fn dm_fails(&self) -> bool {
        crate::playbook::situation::dm_fails(self.last())
    }

    /// Whether a first message says its details were given before ("I already told you the
    /// order number three times", "the details have been forwarded"): asking again shows
    /// nobody read them.
    fn gave_before(&self) -> bool {
        !self.agent_has_written
            && self.mentions(list![
                "already told",
                "already gave",
                "already given",
                "already sent",
                "been forwarded"
            ])
    }

    /// The serious claim the customer makes (data leaked or sold, payments never made,
    /// discrimination), by the issue it is about, if any.
    pub(super) fn claim(&self) -> Option<Claim> {
        let s = self.situation;
        s.notes
            .contains(&crate::playbook::Note::Claim)
            .then_some(match s.issue {
                IssueType::Privacy => Claim::Data,
                // "You scammed me" about a bill is about conduct, not payments never made.
                IssueType::Billing if self.mentions(list!["fraud", "never made"]) => Claim::Fraud,
                _ => Claim::Conduct,
            })
    }

    /// A step the customer can take now, when there is an honest one for the issue.
    pub(super) fn tip(&self, salt: u64) -> Option<String> {
        // A step the customer says they took ("I've already done the reset", "not in
        // spam", "updated it") is not suggested again.
        let tried = |step: crate::list::List| self.mentions(step);
        // The steps we gave did not help: the reply moves on, with no step again.
        if self.steps_failed() {
            return None;
        }
        let pool: lib::Pool = match self.situation.issue {
            IssueType::AccountAccess
                if self.mentions(list!["hacked", "someone else", "not me"]) =>
            {
                lib::TIP_HACKED
            }
            IssueType::AccountAccess if self.mentions(list!["code", "2fa", "verification"]) => {
                lib::TIP_CODE
            }
            // Not to someone who says they are signed in: a reset cannot get them in.
            IssueType::AccountAccess
                if self.mentions(list!["password", "sign in", "log in", "login"])
                    && !tried(list![
                        "reset",
                        "forgot password",
                        "forgotten password",
                        "logged in",
                        "logged into",
                        "signed in",
                        "signed into"
                    ]) =>
            {
                lib::TIP_ACCOUNT
            }
            // Shut out of a car: the way in now, before any check.
            IssueType::ProductBug
                if self.mentions(list![
                    "locked me out",
                    "locked out",
                    "won't open",
                    "won't unlock"
                ]) && self.mentions(list!["car", "van", "fob", "keyless"]) =>
            {
                lib::TIP_CAR_LOCKED
            }
            IssueType::ProductBug
                if self.mentions(list!["app"])
                    && !tried(list![
                        "updated",
                        "latest version",
                        "latest software",
                        "up to date",
                        "reinstalled",
                        "restarted",
                        "restarting"
                    ]) =>
            {
                lib::TIP_BUG
            }
            // A device that won't power, charge or pair: a reset first, unless tried.
            IssueType::ProductBug
                if self.mentions(list!["turn on", "charge", "charging", "pair", "bluetooth"])
                    && !tried(list!["reset", "restarted"]) =>
            {
                lib::TIP_DEVICE
            }
            // A remark on the battery's life or on lag: settings may help.
            IssueType::PolicyComplaint
                if self
                    .situation
                    .notes
                    .contains(&crate::playbook::Note::Remark)
                    && self.mentions(list!["battery", "lag", "slow"]) =>
            {
                lib::TIP_TRAIT
            }
            // A redesign: where things went, not a bug report.
            IssueType::PolicyComplaint
                if !self.situation.facets.contains(&Facet::Food)
                    && self.mentions(list![
                        "different place",
                        "layout",
                        "moved",
                        "can't find",
                        "used to be"
                    ]) =>
            {
                lib::TIP_MOVED
            }
            IssueType::Billing if self.mentions(list!["declined", "failed"]) => lib::TIP_DECLINED,
            // A train or bus held up: the way on, from the people there.
            _ if self.commute() => lib::TIP_ONWARD,
            _ if self.situation.request == Some(Want::Document)
                && self.mentions(list!["confirmation"])
                && !tried(list!["spam", "junk"]) =>
            {
                lib::TIP_SPAM
            }
            _ => return None,
        };
        Some(self.pick(pool, salt).to_string())
    }

    /// The opening that fits who is at fault: an apology for the company's faults,
    /// acknowledgement of the impact for the rest; the problem named when it can be.
    pub(super) fn opener(&self, subject: Option<&str>, salt: u64) -> String {
        let pool = match (self.situation.fault, subject.is_some()) {
            _ if self.claim().is_some() => lib::CLAIM,
            // Urgent, with the name when there is one ("I know the claim form that gives an
            // error can't wait").
            _ if self.urgent() && subject.is_some() => lib::URGENT_NAMED,
            _ if self.urgent() => lib::URGENT,
            // Neighbours alternate the two wordings, as the chase's do.
            _ if self.steps_failed() => {
                return lib::OPEN_STEPS_FAILED
                    .get((self.seed.wrapping_add(salt / 100) % 2) as usize)
                    .replace_str("{subject}", subject.unwrap_or("this"))
            }
            _ if self.chased() && self.long_wait().is_some() => lib::OPEN_LONG_WAIT,
            _ if self.chased() => lib::OPEN_CHASED,
            (Fault::Company, true) if self.owned() => lib::OPEN_OWNED,
            (Fault::Company, true) => lib::OPEN_COMPANY,
            // With no name, owned all the same ("Sorry about this, that's not the service
            // you should get."): never a bare "We're sorry about this." on a third contact.
            (Fault::Company, false) if self.owned() => lib::OPEN_OWNED,
            // No name, but their words say what went wrong: said back after "Sorry".
            (Fault::Company | Fault::Unknown | Fault::ThirdParty | Fault::Outage, false)
                if self.clause.is_some()
                    && !(self.mood == Mood::Calm && self.situation.request.is_some()) =>
            {
                lib::OPEN_CLAUSE
            }
            (Fault::Company, false) => lib::OPEN_COMPANY_BARE,
            // A calm suggestion ("y'all should get House MD") is thanked, not consoled; not
            // a complaint about a change ("not a fan of the new layout").
            (Fault::Policy, _)
                if self.mood == Mood::Calm
                    && self
                        .situation
                        .notes
                        .contains(&super::super::wants::Note::Feedback)
                    && self.mentions(list![
                        "should",
                        "add",
                        "would love",
                        "would be nice",
                        "would be great",
                        "would be awesome",
                        "would be cool",
                        "it'd be",
                        "suggestion",
                        "bring back",
                        "bring it back"
                    ]) =>
            {
                lib::OPEN_SUGGESTION
            }
            // A calm remark asking nothing ("the vinaigrette was bland") is thanked by name,
            // never met with frustration; the three replies thanked in three ways.
            (Fault::Policy, true)
                if self.mood == Mood::Calm && self.situation.request.is_none() =>
            {
                let thanks =
                    lib::OPEN_REMARK.get((self.seed.wrapping_add(salt / 100) % 3) as usize);
                return thanks.replace_str("{subject}", subject.unwrap_or("this"));
            }
            (Fault::Policy, true) => lib::OPEN_POLICY,
            // A claim refused for a lost receipt is met with sympathy, never thanked as
            // feedback.
            (Fault::Policy, false) if self.no_receipt() => lib::ACK_MILD,
            (Fault::Policy, false) => lib::OPEN_POLICY_BARE,
            // Calm, and nothing named: no apology, no feeling named; a plain "happy to
            // help" for a request.
            (_, false) if self.mood == Mood::Calm && self.situation.request.is_some() => {
                lib::PROPOSE_LEAD
            }
            // A calm verdict in a chat ("Low quality.", "I've never been treated so bad.")
            // is still a complaint: met mildly below, never with a bare question.
            (_, false) if self.mood == Mood::Calm && (self.public() || !self.verdict()) => {
                return String::new()
            }
            (Fault::Outage, true) => lib::OPEN_OUTAGE,
            (Fault::Outage, false) => lib::OPEN_OUTAGE_BARE,
            // Their own mishap in their words ("the cracked back glass"): sorry to hear it,
            // not "an easy slip".
            (Fault::Customer, true) if self.own_name => lib::OPEN_UNKNOWN,
            (Fault::Customer, true) => lib::OPEN_CUSTOMER,
            // A calm report: that we have it, no apology.
            (_, true) if self.mood == Mood::Calm => lib::OPEN_CALM,
            (Fault::ThirdParty, true) => lib::OPEN_THIRD_PARTY,
            (_, true) => lib::OPEN_UNKNOWN,
            // Their own mishap with no name ("I lost the zip pull"): help, nothing owned.
            (Fault::Customer, false) => lib::OPEN_CUSTOMER_BARE,
            // No name: the feeling met in plain words, and nothing at all when calm.
            _ => match self.mood {
                // "Sorry for the wait" only where a wait is said: "refused my card three
                // times" or "replaced after 5 yrs" repeats or dates a fault, nobody waited.
                Mood::Waiting if self.mentions(WAITED) => lib::OPEN_WAITING,
                Mood::Calm | Mood::Mild | Mood::Waiting => lib::OPEN_MILD,
                Mood::FedUp => lib::OPEN_FED_UP,
                Mood::Angry => lib::OPEN_ANGRY,
                Mood::LetDown => lib::OPEN_LET_DOWN,
                Mood::Leaving => lib::OPEN_LEAVING,
            },
        };
        let claim = self.claim().map_or("what you describe", |c| c.words().0);
        self.pick_shape(pool, salt)
            .replace_str("{subject}", subject.unwrap_or("this"))
            .replace_str("{complaint}", self.clause.unwrap_or_default())
            .replace_str("{claim}", claim)
            .replace_str("{wait}", self.long_wait().unwrap_or_default())
    }

    /// The opener at `salt`, or the next wording of its pool that differs from the one at
    /// `other` (so two shapes of one reply do not open alike).
    pub(super) fn opener_besides(&self, subject: Option<&str>, salt: u64, other: u64) -> String {
        let taken = self.opener(subject, other);
        (0..4)
            .map(|k| self.opener(subject, salt + 100 * k))
            .find(|o| *o != taken)
            .unwrap_or(taken)
    }

    /// The concrete step as a reply's lead: "To sort out the double charge, please DM us
    /// ...", or after an opener when the problem has no name or is no fault to sort out.
    pub(super) fn step_for(&self, subject: Option<&str>, step: String, salt: u64) -> String {
        // Only a step that asks for something reads after "To sort out ...,": "send us a
        // DM", not "we'll reply in the DM." to a DM already sent.
        let asks = step.contains('?') || step.contains_str(" DM ");
        match subject {
            // A chase leads with the wait owned, the name in it: not named twice.
            Some(name) if asks && !self.urgent() && !self.chased() && self.sortable(name) => {
                crate::text::concat(&[
                    &self.step_ack().map_or(String::new(), |a| a + " "),
                    &lib::STEP_LEAD.replace_str("{subject}", name),
                    " ",
                    &super::lower_first(&step),
                ])
            }
            // A step that acts needs no opener (the short and warm replies have theirs),
            // except to someone angry or hostile: a bare request reads cold, so a short
            // acknowledgement leads; a bare question still takes an opener.
            _ if step.contains_str("we'll") => match self.step_ack() {
                Some(ack) => crate::text::join(&[ack, step], " "),
                None => step,
            },
            // Else the mood's short acknowledgement where there is one: the short and warm
            // replies took the opener pool's wordings already.
            _ => crate::text::join(
                &[
                    self.step_ack()
                        .unwrap_or_else(|| self.opener_besides(subject, salt, salt - 200)),
                    step,
                ],
                " ",
            ),
        }
    }

    /// The short acknowledgement a step reply leads with on an upset public post, or an
    /// angry message in a chat; `None` otherwise. The message's mood, not the conversation's
    /// level: a calm "I want to cancel" reads hostile as churn, and an acknowledgement
    /// misfits it. A bare "Please DM us" under a furious post reads cold.
    #[inline(never)]
    pub(super) fn step_ack(&self) -> Option<String> {
        let mood = self.mood as usize;
        let at = if self.claim().is_some() {
            6
        } else {
            mood.saturating_sub(1)
        };
        // A mild post takes one of the mild chat wordings, by conversation: one line for
        // every mild post put "Sorry to hear it." in a fifth of real public posts' replies.
        // Not "Thanks for telling me": "me" on a brand's post, and a step that opens "Thanks,
        // we have it" would thank twice. Never a stock phrase the agent already used.
        Some(match at {
            0 => Some(self.pick(lib::ACK_MILD, 7))
                .filter(|l| !l.starts_with("Thanks"))
                .unwrap_or(lib::ACK_STEP.get(0)),
            _ => lib::ACK_STEP.get(at),
        })
        .filter(|l| {
            // A chase is owned first already ("Sorry you've had to come back to us").
            (self.mood == Mood::Angry || self.public() && mood > 0)
                && !self.chased()
                && !super::super::reply::repeats_agent(l, self.agent_said)
        })
        .map(str::to_string)
    }

    /// The acknowledgement before a step: [`Self::step_ack`], or in a chat, before a bare
    /// question to a `complaint` ("What went wrong?" alone reads cold), a mild one by mood
    /// (`salt`: the shape's, 100, 200 or 300).
    pub(super) fn ack_before(&self, step: &str, complaint: bool, salt: u64) -> Option<String> {
        let bare = complaint && !self.public() && !self.chased() && step.contains('?');
        let mild = || match self.mood {
            // By shape: the warm and step replies never both say "Sorry to hear it."
            Mood::Calm | Mood::Mild => self.pick_shape(lib::ACK_MILD, salt - salt % 100 + 7),
            mood => lib::ACK_STEP.get(mood as usize - 1),
        };
        self.step_ack().or_else(|| bare.then(|| mild().to_string()))
    }

    /// `open` (an opener), or where it is empty (calm, nothing named) the acknowledgement
    /// [`Self::ack_before`] gives the step to a `complaint`.
    pub(super) fn or_ack(&self, open: String, step: &str, complaint: bool, salt: u64) -> String {
        if !open.is_empty() {
            return open;
        }
        self.ack_before(step, complaint, salt).unwrap_or_default()
    }

    /// Whether the latest message complains rather than asks or requests: upset, a verdict,
    /// or a word that says something went wrong ("I can't log in", "it stopped", "ruined").
    pub(super) fn complains(&self) -> bool {
        let broke = list![
            "ruined",
            "broke",
            "broken",
            "failed",
            "faulty",
            "defective",
            "junk"
        ];
        self.mood != Mood::Calm
            || self.verdict()
            || evidence::says_fault(self.last())
            || self.mentions(broke)
    }

    /// Whether the latest message chases up our earlier reply ("still waiting", "any
    /// update?", "it's been a week"), tells of a follow-up or visit of ours that failed
    /// ("nobody called", "the engineer has been out twice") or says they have asked before
    /// ("third time I'm asking"): that is owned before anything is asked again.
    pub(super) fn chased(&self) -> bool {
        use crate::playbook::situation::has_any;
        // Nobody came, called back, replied, followed it up.
        let failed = |t: &str| {
            has_any(t, list!["nobody", "no one"])
                && has_any(
                    t,
                    list![
                        "came", "called", "rang", "replied", "answered", "did", "followed",
                        "got back"
                    ],
                )
        };
        self.texts.last().is_some_and(|t| {
            self.agent_has_written && (has_any(t, CHASERS) || failed(t))
                || crate::playbook::situation::asks_again(t)
        }) || self.agent_has_written && self.long_wait().is_some()
            || self.gave_before()
    }

    /// How long they have been chasing, when it is months ("four months and still nothing",
    /// "8 months of this"): said back in the apology, since "sorry you've had to chase
    /// us" understates it.
    pub(super) fn long_wait(&self) -> Option<&str> {
        let t = self.texts.last()?;
        // A chase, not an age ("died after 2 months", "six months old").
        let chasing = crate::playbook::situation::has_any(
            t,
            list![
                "still",
                "chasing",
                "waiting",
                "asking",
                "nothing",
                "nobody",
                "no one",
                "back and forth"
            ],
        );
        let at = crate::technique::find_phrase(t, "months").filter(|_| chasing)?;
        let head = t[..at].trim_end();
        let count = crate::text::after_last(head, b' ');
        let after = t[at + 6..].trim_start();
        (!count.is_empty()
            && (count.bytes().all(|b| b.is_ascii_digit())
                || crate::text::is_one_of(
                    count,
                    "two three four five six seven eight nine ten eleven twelve several",
                ))
            && !after.starts_with("old")
            && !after.starts_with("ago"))
        .then(|| &t[head.len() - count.len()..at + 6])
    }

    /// Whether the problem's name reads after "To sort out": a fault, not a wait, a delay
    /// that is over ("your order arriving too late for the birthday"), someone's conduct, a meal, a question or a wish ("To sort out the wait
    /// for a reply" reads garbled).
    fn sortable(&self, name: &str) -> bool {
        self.situation.request.is_none()
            && !self.situation.facets.contains(&Facet::StaffConduct)
            && !crate::playbook::situation::has_any(
                name,
                list![
                    "wait",
                    "delay",
                    "treated",
                    "meal",
                    "question",
                    "request",
                    "giving out",
                    "never working",
                    "arriving",
                    "arrived"
                ],
            )
    }

    /// The check with nothing to look up yet: an update time on a public post only. In a
    /// chat's first reply to a problem nothing names, "I'll look into it now" has nothing to
    /// look into and stalls: a verdict is asked what went wrong most, a thing they have
    /// which model it is, a visit told with no detail when it was.
    fn plan_first(&self, salt: u64, action: &str) -> String {
        let s = self.situation;
        if !self.public()
            && !self.agent_has_written
            && self.named().is_none()
            && matches!(s.issue, IssueType::Other | IssueType::HowTo)
            && s.facets.is_empty()
            && s.request.is_none()
        {
            let plan = self
                .pick(lib::PLAN_NEEDS, salt + 1)
                .replace_str("{action}", action);
            // A detail given ("a test drive date after two weeks", the model) has told what
            // went wrong;
            // a visit told ("nobody refilled our water") needs when it was, a thing's fault
            // that lasts ("it now slows to a crawl") which one it is, anything else ("can't
            // upload ringtones", "it was average") what let them down: a time fits no
            // product, a model no meal.
            let main = self.verdict() && s.known.is_empty();
            let told = s.known.is_empty() && self.told();
            // Only a shop's or a maker's chat has products: a trip or an account keeps when.
            let visit = told
                && (self.visited()
                    || !matches!(s.sector, Sector::Other | Sector::Retail | Sector::Devices));
            let ask = if !main && self.mentions(WISHED) {
                return self.pick(lib::ASK_POLICY, salt).to_string();
            } else if !main
                && !s.known.contains(&Detail::Product)
                && (self.thing()
                    || told
                        && !visit
                        && self.mentions(list!["it"])
                        && !self.mentions(list!["was", "were"]))
            {
                // A program's fault on a laptop: its device and version, not a model.
                Some(if self.software() {
                    lib::ASK_DEVICE_VERSION.get(0)
                } else {
                    self.pick(lib::ASK_MODEL, salt)
                })
            } else if !main && visit {
                Some(lib::ASK_WHEN)
            } else if main || told {
                return self.pick(lib::ASK_MAIN, salt).to_string();
            } else {
                None
            };
            if let Some(ask) = ask {
                return crate::text::join(&[ask.to_string(), plan], " ");
            }
        }
        // In a chat, "let me look into it" with nothing to look into stalls: the detail
        // that finds it ("the serial number on the device"), else since when a fault told
        // or a device's trouble has been going on (a model names the thing, not the case),
        // else the software version a device runs, or when a wait told was.
        let nothing_found = self.situation.known.iter().all(|d| {
            matches!(
                d,
                Detail::Place | Detail::Time | Detail::HowLong | Detail::Product | Detail::Device
            )
        });
        if !self.public() && nothing_found && !self.agent_has_written {
            let detail = self
                .details(salt + 1)
                // The story again shows it was not read, an error none was told of
                // ("keeps dropping calls"); an account's email only where there is one (a
                // van's driver reported has none).
                .filter(|d| {
                    !lib::DETAIL_STORY.0.contains_str(d)
                        && d != lib::DETAIL_ERROR.get(0)
                        && (!d.contains_str("email") || self.mentions(ACCOUNT))
                        // A car's VIN only for its own fault, not a wait in one.
                        && (!d.contains_str("VIN") || self.any(evidence::tells_fault))
                });
            let ask = match detail {
                Some(d) => self.pick(lib::ASK_SECTOR, salt).replace_str("{detail}", &d),
                None if self.any(evidence::tells_fault) || self.modelled() => {
                    if !self.situation.known.contains(&Detail::HowLong) {
                        lib::ASK_HOW_LONG.get(0).to_string()
                    } else if self.modelled() {
                        // How long was said ("three times a day now"): the software the
                        // phone or computer runs.
                        lib::ASK_LINKED_VERSION.get(0).to_string()
                    } else {
                        String::new()
                    }
                }
                // A wait told ("waited 15 minutes before being acknowledged"): when it was.
                None if self.mentions(list!["waited"]) => lib::ASK_WHEN.to_string(),
                None => String::new(),
            };
            if !ask.is_empty() {
                let plan = self
                    .pick(lib::PLAN_NEEDS, salt + 1)
                    .replace_str("{action}", action);
                return crate::text::join(&[ask, plan], " ");
            }
        }
        let pool = if self.public() {
            // A post with nothing that finds the case: "I'll look into it now" has nothing
            // to look into, so the detail by DM, and when they hear back once it is in (a
            // commute's step has nothing to send).
            if !self.commute() {
                let details = self.details(salt + 1);
                let pool = if self.dm_fails() {
                    lib::DM_FAILS
                } else if details.is_some() {
                    lib::PLAN_PUBLIC
                } else {
                    lib::HANDOVER_WHEN
                };
                return self
                    .pick(pool, salt)
                    .replace_str("{details}", &details.unwrap_or_default())
                    .replace_str("{action}", action)
                    .replace_str("{when}", &self.config.follow_up_phrase());
            }
            lib::PLAN_FIRST
        } else {
            lib::PLAN_CHECK
        };
        self.pick(pool, salt)
            .replace_str("{action}", action)
            .replace_str("{follow_up}", &self.config.follow_up_phrase())
    }

    /// Whether a visit or an event is told: the floor's service, who was there ("we",
    /// "they") or what they did ("went", "sat", "served"). A product's fault is not
    /// ("it now likes to slow to a crawl"), and a time finds nothing for it.
    fn visited(&self) -> bool {
        self.mentions(crate::playbook::subject::FLOOR)
            || self.mentions(list![
                "we",
                "they",
                "went",
                "came",
                "left",
                "sat",
                "served",
                "restaurant",
                "location",
                "tables",
                "the place"
            ])
    }

    /// Whether the customer writes about a thing with a model (a player, its buttons, a
    /// phone, "it doesn't"); a table or a plate at a restaurant has none, nor the quality
    /// of the people or the service with no fault told.
    #[inline(never)]
    fn thing(&self) -> bool {
        use crate::playbook::situation::{DEFECTS, PEOPLE, THINGS};
        self.mentions(THINGS) && (!self.mentions(PEOPLE) || self.mentions(DEFECTS))
            || self.modelled()
    }

    /// Whether a thing with a model is named: a device, or a gadget a model number tells
    /// apart ("my phone", "the headset"), not any item or the service, nor a phone call made
    /// ("two emails and a phone call later").
    fn modelled(&self) -> bool {
        self.mentions(crate::playbook::situation::DEVICES)
            || self.mentions(crate::playbook::situation::MODELLED)
                && !self.mentions(list!["phone call", "phone calls"])
    }

    /// Whether the complaint is about a meal from the business whose private chat this is
    /// (see `situation::read`): the kitchen and the manager hear of it, never "the
    /// restaurant".
    pub(super) fn own_meal(&self) -> bool {
        self.ours() && self.situation.facets.contains(&Facet::Food)
    }

    /// Whether a meal out went wrong on the floor, not in the kitchen (see
    /// `subject::floor`): the manager hears of it.
    fn floor(&self) -> bool {
        self.own_meal() && crate::playbook::subject::floor(self.texts)
    }

    /// Whether the agent asked when they visited and the customer has said: the visit is
    /// passed to the manager, with no order number a diner does not have.
    pub(super) fn visit_told(&self) -> bool {
        let has = |phrases| crate::playbook::situation::has_any(self.last(), phrases);
        self.asked
            && (self.situation.known.contains(&Detail::Time)
                || has(list![
                    "tonight", "evening", "night", "dinner", "lunch", "brunch", "week"
                ])
                || self.last().split_whitespace().any(|w| {
                    let n = w.bytes().take_while(u8::is_ascii_digit).count();
                    n > 0
                        && ["st", "nd", "rd", "th"]
                            .iter()
                            .any(|e| w[n..].starts_with(e))
                }))
            && self.agent_said.last().is_some_and(|a| {
                crate::playbook::situation::has_any(
                    a,
                    list![
                        "visit",
                        "were you in",
                        "come in",
                        "came in",
                        "when was this"
                    ],
                )
            })
    }

    /// Whether the complaint is about the meal or the item of the business whose private
    /// chat this is (`Note::Ours`): apologised for, and put right by it.
    pub(super) fn ours(&self) -> bool {
        self.situation.notes.contains(&crate::playbook::Note::Ours)
    }

    /// Whether, in a chat with nothing to look up, the latest message says only that it was
    /// bad ("not a good item", "total letdown", "how bad my experience has been") or gives a
    /// verdict ("waste of money", "not worth it", "wouldn't recommend it"): "I'll look into
    /// it" would stall, so the main thing that went wrong is asked.
    fn vague(&self) -> bool {
        // Where and when find nothing to look up ("the Camelback shop is better").
        !self.public()
            && self
                .situation
                .known
                .iter()
                .all(|d| matches!(d, Detail::Place | Detail::Time))
            && self.mirrored.is_none()
            && self.verdict()
    }

    /// Whether the latest message judges rather than tells: "bad", "waste", "not
    /// impressed", "never be back", "won't be coming back", "we're done with them" (see
    /// [`Self::vague`]).
    pub(super) fn verdict(&self) -> bool {
        crate::playbook::situation::has_any(self.last(), crate::playbook::situation::OPINIONS)
            || crate::playbook::situation::has_any(
                self.last(),
                list![
                    "letdown",
                    "let down",
                    "not a good",
                    "bad",
                    "problems",
                    "horrible",
                    "blah",
                    "joke",
                    "never be back",
                    "save your money",
                    "underwhelming",
                    "stupid",
                    "worst",
                    "terrible",
                    "awful",
                    "avoid",
                    "go back",
                    "going back",
                    "coming back",
                    "won't be back",
                    "done with",
                    "sucks",
                    "sucked",
                    "don't buy",
                    "do not buy",
                ],
            )
    }

    /// Whether the thread shows the fault is ours, so an apology may concede it: they had
    /// to come back (a broken promise reads as one), or their messages went unanswered.
    pub(super) fn owned(&self) -> bool {
        let s = self.situation;
        s.repeat_contact
            || s.facets
                .iter()
                .any(|f| matches!(f, Facet::NoReply | Facet::OnHold))
    }

    /// Whether the case is urgent for the customer (a deadline, someone who depends on
    /// the service): the opener says it comes first.
    pub(super) fn urgent(&self) -> bool {
        self.situation
            .notes
            .contains(&crate::playbook::Note::Urgent)
    }

    /// One sentence on what the problem costs the customer: only for unanswered messages
    /// or a long hold, which are on us. A line per issue type ("having it fail in the middle
    /// of something is annoying") read to panel 6 as a stock phrase, or as dramatising.
    pub(super) fn impact(&self, salt: u64) -> Option<String> {
        let waiting = self
            .situation
            .facets
            .iter()
            .any(|f| matches!(f, Facet::NoReply | Facet::OnHold));
        (waiting && !self.public()).then(|| self.pick(lib::IMPACT_WAITING, salt).to_string())
    }

    /// Whether the agent has what it needs to act: nothing missing, and either a detail
    /// given or an exchange already under way. Only then may a reply promise an update time.
    pub(super) fn has_details(&self) -> bool {
        // Where and when it happened find no account or order to look up, nor which model
        // the thing is save for an outage (the service is checked, not their case): "let me
        // look into it now" would stall.
        let outage = self.situation.issue == IssueType::OutageError;
        let found = |d: &Detail| match d {
            Detail::Place | Detail::Time => false,
            Detail::Product | Detail::Device => outage,
            _ => true,
        };
        self.situation.missing.is_empty()
            && (self.agent_has_written || self.situation.known.iter().any(found))
    }

    /// The concrete next step for the channel: the detail by DM on a public channel, the one
    /// question in a chat, else what the agent does now.
    pub(super) fn next_move(&self, salt: u64) -> String {
        if let Some(line) = self.sent_off(salt) {
            return line;
        }
        if self.says_sent() {
            if self.public() {
                return self
                    .pick(lib::GOT_IT, salt)
                    .replace_str("{action}", &self.action(salt + 1));
            }
            // Never ask again for what they say they sent; in a chat, the number they
            // just gave is taken up by name ("Got it: 55123."). A call back still needs
            // the number to call.
            // Only a number: the text is folded, and "8k6289xyz" is not how they wrote it.
            let number =
                |w: &&str| super::is_reference(w) && !w.bytes().any(|b| b.is_ascii_alphabetic());
            let next = match self.question(salt).filter(|_| self.wants_call()) {
                Some(q) => format!(
                    "{q} {}",
                    self.pick(lib::PLAN_NEEDS, salt + 1)
                        .replace_str("{action}", &self.action(salt + 2))
                ),
                None => self.plan(salt),
            };
            return match self.last().split_whitespace().find(number) {
                Some(r) => format!(
                    "{} {next}",
                    self.pick(lib::GOT_NUMBER, salt + 3).replace_str(
                        "{number}",
                        crate::text::trim_to(r, |c| c.is_ascii_alphanumeric())
                    )
                ),
                None => next,
            };
        }
        if self.public() {
            if self.feedback_only() {
                return self.passed_on(salt);
            }
            return self.dm(salt);
        }
        match self.question(salt) {
            Some(q) => {
                let plan = self
                    .pick(lib::PLAN_NEEDS, salt + 1)
                    .replace_str("{action}", &self.action(salt + 2));
                crate::text::join(&[q, plan], " ")
            }
            None => self.plan(salt),
        }
    }

    /// Whether the step is passing the feedback on: a rule, price or feature complaint, not
    /// a failure of ours told in one (a call cut off, a call back never made: that is
    /// apologised for and taken up, never logged as feedback).
    fn feedback_only(&self) -> bool {
        self.situation.issue == IssueType::PolicyComplaint
            && self.situation.fault != Fault::Company
            && !self.kept_out()
    }

    /// Whether a claim was refused, or is feared refused, for want of a receipt ("I lost
    /// the receipt", "without a receipt", "no receipt"): a case with a way forward, not
    /// feedback. A "no" elsewhere ("I showed the receipt, no explanation") is no receipt lost.
    fn no_receipt(&self) -> bool {
        self.mentions(list!["receipt"])
            && self.mentions(list![
                "lost",
                "no receipt",
                "without",
                "don't have",
                "threw"
            ])
    }

    /// Who hears the feedback, by the business's kind: a meal's taste the kitchen team; a
    /// place judged ("this place is overrated", "way overpriced" about a restaurant) its
    /// manager, the hotel team or the team at that branch of a shop; a thing's design
    /// our product team (in a chat, a return offered); anything else (a price, a rule) the
    /// team that owns it.
    fn passed_on(&self, salt: u64) -> String {
        use crate::playbook::wants::{design, priced, Note};
        // A claim refused for want of a receipt ("they refused my warranty because I lost
        // the receipt") is no feedback to log: other proof may do, and the agent checks it.
        if self.no_receipt() {
            return if self.public() {
                lib::NO_RECEIPT.replace_str("Send me", "DM us")
            } else {
                lib::NO_RECEIPT.to_string()
            };
        }
        let remark = self.situation.notes.contains(&Note::Remark);
        let design = remark || design(self.texts).is_some();
        // A meal judged "lacking" or "poorly constructed" is the kitchen's too, never a return.
        let meal = self.situation.facets.contains(&Facet::Food)
            && !self.mentions(crate::playbook::subject::ITEMS);
        let taste = (crate::playbook::subject::meal_taste(self.situation, self.texts)
            || meal && design)
            && !priced(self.texts);
        let team = if taste {
            "the kitchen team"
        } else if self.mentions(list!["hotel"]) {
            "the hotel team"
        } else if self.mentions(list!["this store", "this shop", "branch"]) {
            "the team at that branch"
        } else if meal
            || self.mentions(list![
                "this place",
                "the place is",
                "the place was",
                "restaurant",
                "cafe",
                "diner"
            ])
        {
            "the manager"
        } else if design {
            "our product team"
        } else {
            return self.pick_shape(lib::PROMISE_POLICY, salt).to_string();
        };
        // On a public post the product team hears it too; a return is no talk for a feed,
        // for a meal or a place, nor for a remark on a trait ("the standby light is too
        // bright") unless it is about taste, build or what they expected ("I don't like the
        // colour", "flimsy").
        let said = self
            .pick_shape(lib::PROMISE_DESIGN, salt)
            .replace_str("{team}", team);
        let suits = team.starts_with("our")
            && (!remark
                || self.mentions(list![
                    "expected",
                    "don't like",
                    "cheap",
                    "flimsy",
                    "useless"
                ]));
        // The first sentence alone (through `text::Search`: a `&str` pattern links std's
        // searcher).
        match said.find_str(". ").filter(|_| self.public() || !suits) {
            Some(end) => said[..=end].to_string(),
            None => said,
        }
    }

    /// For an order the agent said is already on its way: what can still be done (refuse
    /// it, send it back), never a follow-up on what cannot change.
    pub(super) fn sent_off(&self, salt: u64) -> Option<String> {
        let unwanted = self.mentions(list!["cancel", "don't want", "dont want", "by mistake"]);
        (unwanted
            && self
                .agent_said
                .last()
                .is_some_and(|a| super::super::situation::has_any(a, DISPATCHED)))
        .then(|| self.pick(lib::SENT_OFF, salt).to_string())
    }

    /// What the agent does now with nothing missing: an update time only once the agent
    /// has the details; on a first message with no case to look up, the story.
    pub(super) fn plan(&self, salt: u64) -> String {
        let s = self.situation;
        if self.feedback_only() {
            return self.passed_on(salt);
        }
        // Nothing to look up and nothing asked for yet: the story. Not when the problem has
        // a named part or is plainly on us: that story has been told.
        if matches!(s.issue, IssueType::Other | IssueType::HowTo)
            && s.asked_for == Request::None
            && s.request.is_none()
            && s.facets.is_empty()
            && s.fault != Fault::Company
            // In a chat, an answer that still names nothing ("I'm a bit disappointed").
            && (!self.agent_has_written || self.vague())
            && !self.commute()
            && !self.visit_told()
        {
            return outcome_or_story(self, salt);
        }
        let action = self.action(salt + 1);
        let pool = if self.own_meal() || self.passes_on() || self.visit_told() {
            lib::PLAN_PASS
        } else if self.has_details() || self.team_decides() {
            if self.team_decides() {
                lib::PLAN_TEAM
            } else if s.issue == IssueType::OutageError && s.request.is_none() {
                lib::PLAN_OUTAGE
            } else if s.issue == IssueType::Cancellation && s.asked_for == Request::Cancel {
                lib::PLAN_CANCEL
            } else if self.public() || self.waits_on_others() {
                lib::PLAN_NOW
            } else {
                // In a chat the agent looks it up while the customer waits: no update time.
                lib::PLAN_NOW_CHAT
            }
        } else if self.named().is_none() && self.vague() {
            // A question that is a verdict ("how stupid is that?") is asked what let them down.
            return self.pick(lib::ASK_MAIN, salt).to_string();
        } else {
            return self.plan_first(salt, &action);
        };
        self.pick(pool, salt)
            .replace_str("{action}", &action)
            .replace_str("{follow_up}", &self.config.follow_up_phrase())
    }
}

/// A serious claim against the company, by the team that looks into it.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Claim {
    /// Personal data leaked, sold or shared.
    Data,
    /// Payments the customer never made.
    Fraud,
    /// Discrimination by staff.
    Conduct,
}

impl Claim {
    /// What the opener takes seriously ("payments you don't recognise"), and the team that
    /// looks into it.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Claim::Data => (
                "any concern about your personal data",
                "our data protection team",
            ),
            Claim::Fraud => ("payments you don't recognise", "our fraud team"),
            Claim::Conduct => ("what you describe", "our complaints team"),
        }
    }
}

/// A customer's words for something they ordered and were sent ("sent the wrong shirt"):
/// its order finds it.
const ORDERED: crate::list::List = list![
    "order",
    "ordered",
    "delivered",
    "deliveries",
    "parcel",
    "package",
    "packages",
    "return",
    "the wrong",
];

/// Dishes: a meal complaint that names one is not asked what they had.
const DISHES: List = list![
    "pizza", "crust", "burger", "wings", "salad", "beans", "fries", "chips", "chicken", "sandwich",
    "burgers", "rice", "drinks", "gyro", "veal", "muffin", "salsa"
];

/// A customer's words for a wait ("still waiting", "been on hold", "no reply yet").
const WAITED: List = list![
    "wait",
    "waiting",
    "waited",
    "still",
    "yet",
    "hold",
    "no reply",
    "no response",
    "chase",
    "chasing",
    "ages",
    "taking",
    "since",
    "any answer",
    "any update",
    "any news",
    "heard",
];

/// A customer's words chasing an answer or a delivery after our reply, or telling of a
/// visit that failed ("the engineer has been out twice"); see also [`Scene::chased`].
const CHASERS: crate::list::List = list![
    "still waiting",
    "any update",
    "any updates",
    "any news",
    "still nothing",
    "still no update",
    "still no response",
    "heard nothing",
    "haven't heard",
    "no reply",
    "been out",
    "engineers out",
    "for a week",
    "been a week",
    "a week now",
    "still hasn't arrived",
    "still not arrived",
    "still not here",
];

/// An agent's words for an order that can no longer be stopped.
const DISPATCHED: crate::list::List = list![
    "dispatched",
    "already shipped",
    "has shipped",
    "can't cancel",
    "cannot cancel",
    "too late to cancel",
];

/// Whether a direct ask names its time ("before Friday", "by the 12th", "tonight").
fn by_when(q: &str) -> bool {
    crate::playbook::situation::has_any(q, list!["before", "by", "tonight", "today", "tomorrow"])
}

/// Whether a business finds a case by its own identifier (a booking reference, a tracking
/// number, an account number and postcode, a policy number, a registration) rather than
/// by the order number or account email the issue type asks for.
fn own_identifier(sector: Sector) -> bool {
    matches!(
        sector,
        Sector::Travel
            | Sector::Delivery
            | Sector::Telecom
            | Sector::Utilities
            | Sector::Finance
            | Sector::Auto
    )
}

/// Whether a business of the sector is met in a store or restaurant, so that staff
/// conduct is followed up with "that location" (not for an airline, a bank or an app).
fn has_stores(sector: Sector) -> bool {
    matches!(sector, Sector::Retail | Sector::Food | Sector::Other)
}

/// What the agent does about a request, by request (a refund only with a sum, a
/// cancellation through the issue's own action).
const TAKE_UP: [(Want, lib::Pool); 11] = [
    (Want::WaiveFee, lib::ACT_WAIVE_FEE),
    (Want::Credit, lib::ACT_CREDIT),
    (Want::Callback, lib::ACT_CALLBACK),
    (Want::ContactNumber, lib::ACT_HUMAN),
    (Want::Appointment, lib::ACT_SLOT),
    (Want::StopPayment, lib::ACT_STOP_PAYMENT),
    (Want::BuyBack, lib::ACT_BUY_BACK),
    (Want::Manager, lib::ACT_MANAGER),
    (Want::DeleteData, lib::ACT_DELETE),
    (Want::Unsubscribe, lib::ACT_SPAM),
    (Want::Replacement, lib::ACT_REPLACEMENT),
];

/// A feature missed or hard to use, not a fault: "would have been nice", "wish it had",
/// "confusing", "can not navigate by genre". What they hoped to do is asked, never when.
const WISHED: List = list![
    "would have been nice",
    "would be nice",
    "wish",
    "no way to",
    "annoying",
    "awkward",
    "confusing",
    "difficult",
    "navigate"
];

/// A thing that gave out soon, told by how long it lasted.
const LIFESPAN: List = list![
    "lasted less",
    "lasted under",
    "only lasted",
    "lasted only",
    "gave out"
];

/// With no detail missing: what they want, when that is truly unknown, else what happened.
pub(super) fn outcome_or_story(s: &Scene<'_>, salt: u64) -> String {
    // They said what they want: take it up rather than ask what happened.
    if s.situation.request.is_some() {
        return s.plan(salt);
    }
    if let Some(q) = s.setup_question() {
        return q;
    }
    let named = s.named().is_some();
    let pool = match (s.situation.asked_for, s.situation.issue) {
        (_, IssueType::PolicyComplaint) => lib::ASK_POLICY,
        // What went wrong has been said, so what they want is plain (it working again): the
        // identifier that finds it, not the story or the outcome.
        // ... unless the email was given, or the story was told in words nothing names and
        // nothing finds: then the check itself.
        // In a chat with nothing to look up yet, "I'll look into it" stalls: the main
        // thing that went wrong is asked.
        _ if !named && s.vague() => lib::ASK_MAIN,
        _ if named && s.situation.known.contains(&Detail::AccountEmail)
            || !named && s.mirrored.is_none() && s.told() =>
        {
            return s.plan_first(salt, &s.action(salt + 1));
        }
        // A checkout that fails: no order placed, maybe no account; the device and browser.
        _ if named && s.checkout_fails() => lib::ASK_DEVICE,
        // ... the account's email only where there is an account: its words, software or a
        // screen's ("I tap it and nothing"); "the smell problem" of a phone case has none.
        _ if named
            && (s.mentions(crate::playbook::situation::ACCOUNT_WORDS)
                || s.software()
                || s.mentions(list!["tap", "button"])) =>
        {
            lib::ASK_EMAIL
        }
        // A story with a detail in it ("the Leeds store told me it isn't in stock"): what
        // they want is the question.
        (Request::None, IssueType::Other)
            if s.mirrored.is_some() && !s.situation.known.is_empty() =>
        {
            lib::ASK_OUTCOME
        }
        // A thing's fault told ("it cuts out and beeps"): which model it is. A verdict or an
        // opinion ("we will never be back", "no fm, which would have been nice"): what went
        // wrong, not "what would you like us to do about it?", which support leads read as
        // confrontational.
        // A feature they miss ("no fm, which would have been nice") is no fault: what they
        // hoped to do, so what it does can be said.
        (Request::None, IssueType::Other) if s.mentions(WISHED) => lib::ASK_POLICY,
        // The model named ("my AD-2200 crackles") is not asked again.
        // A fault said in a few words ("the phone gets hot", "the mic is weak") is told too.
        (Request::None, IssueType::Other)
            if (s.mirrored.is_some()
                || s.mentions(crate::playbook::situation::DEFECTS)
                || s.mentions(crate::playbook::situation::WORSE))
                && s.thing()
                && !s.verdict()
                && !s.situation.known.contains(&Detail::Product) =>
        {
            lib::ASK_MODEL
        }
        // A thing's fault named in their words ("the remote keeps cutting out") or a thing
        // that gave out soon ("lasted less than six months"): told, so which model it is.
        (Request::None, IssueType::Other)
            if (s.own_name
                && s.named()
                    .is_some_and(|n| crate::playbook::mirror::fails(&n))
                || s.mentions(LIFESPAN))
                && !s.verdict()
                && !s.situation.known.contains(&Detail::Product) =>
        {
            lib::ASK_MODEL
        }
        // A fault told in words no thing names ("sent me a new one with the same problem",
        // "my drive did fail"): the order finds it, not "what went wrong?" again.
        (Request::None, IssueType::Other)
            if !s.verdict() && s.mentions(list!["problem", "fail", "failed", "broke"]) =>
        {
            lib::ASK_ORDER
        }
        // A fault told at length ("the sashimi was brownish in color and obviously wasn't
        // fresh") is not asked again: what would put it right. A verdict or a line ("I
        // don't like this Nokia"): what let them down most.
        (Request::None, IssueType::Other) if s.mirrored.is_some() => {
            let told = s.last().split_whitespace().count() >= 9 && !s.verdict();
            if told {
                lib::ASK_OUTCOME
            } else {
                lib::ASK_MAIN
            }
        }
        _ => lib::ASK_STORY,
    };
    s.pick(pool, salt).to_string()
}

/// The exact detail a facet of the problem needs ("your booking reference" for a delayed
/// flight), when it says more than the issue type does.
fn facet_details(facet: Facet, sector: Sector, known: &[Detail]) -> Option<lib::Pool> {
    Some(match facet {
        // Staff on a flight or a train: the booking finds them, not a store visit.
        Facet::StaffConduct if sector == Sector::Travel => lib::DETAIL_BOOKING,
        Facet::StaffConduct if !has_stores(sector) => return None,
        Facet::DoubleCharge | Facet::Overcharge => lib::DETAIL_CHARGE,
        Facet::TravelDelay => lib::DETAIL_BOOKING,
        Facet::LostBags => lib::DETAIL_BAGS,
        Facet::NoService => lib::DETAIL_SERVICE,
        Facet::Food => crate::list::List(food_detail(known)),
        // The place given, not the time: only when it was.
        Facet::StaffConduct if known.contains(&Detail::Place) => lib::DETAIL_WHEN,
        // The time given ("Saturday afternoon around 3"): the store alone, never the
        // time asked again.
        Facet::StaffConduct if known.contains(&Detail::Time) => lib::DETAIL_STORE,
        // A business not known to have stores (a hotel, a venue): when, never "which store".
        Facet::StaffConduct if sector == Sector::Other => lib::DETAIL_WHEN,
        Facet::StaffConduct => lib::DETAIL_VISIT,
        Facet::Repair => lib::DETAIL_REPAIR,
        // Put on hold: no case was opened, so the business's own identifier finds them.
        Facet::NoReply => lib::DETAIL_CASE,
        Facet::GiftCard => lib::DETAIL_GIFT_CARD,
        Facet::CodeRejected => lib::DETAIL_CODE,
        Facet::CancelBlocked => lib::DETAIL_EMAIL,
        // A courier finds a parcel by its tracking number (the sector's own), not an order.
        Facet::NeverArrived | Facet::MissingItems | Facet::NotShipped | Facet::StuckPreparing
            if sector == Sector::Delivery =>
        {
            return None
        }
        Facet::NeverArrived | Facet::MissingItems | Facet::NotShipped | Facet::StuckPreparing => {
            lib::DETAIL_ORDER
        }
        Facet::PriceRise | Facet::Fee | Facet::Ads | Facet::OnHold => return None,
    })
}

/// What a meal complaint needs: the restaurant, when, and any receipt, less what was said
/// ("at the Elm St drive-thru" names the restaurant: it is never asked again).
fn food_detail(known: &[Detail]) -> &'static str {
    let from = match (
        known.contains(&Detail::Place),
        known.contains(&Detail::Time),
    ) {
        (false, _) => 0,
        (true, false) => 25,
        (true, true) => 54,
    };
    lib::DETAIL_FOOD.get(from..).unwrap_or_default()
}

/// What the agent will check for a facet of the problem ("trace your bag").
fn facet_action(facet: Facet, sector: Sector) -> Option<lib::Pool> {
    Some(match facet {
        Facet::StaffConduct if !has_stores(sector) => return None,
        Facet::TravelDelay => lib::ACT_BOOKING,
        Facet::LostBags => lib::ACT_BAGS,
        Facet::NoService => lib::ACT_SERVICE,
        Facet::Food => lib::ACT_FOOD,
        Facet::StaffConduct => lib::ACT_VISIT,
        Facet::Repair => lib::ACT_REPAIR,
        Facet::NoReply | Facet::OnHold => lib::ACT_CASE,
        Facet::GiftCard => lib::ACT_GIFT_CARD,
        Facet::CodeRejected => lib::ACT_CODE,
        Facet::CancelBlocked => lib::ACT_CANCEL,
        Facet::NeverArrived | Facet::NotShipped | Facet::StuckPreparing => lib::ACT_DELIVERY,
        Facet::MissingItems => lib::ACT_MISSING_ITEMS,
        Facet::DoubleCharge | Facet::Overcharge => lib::ACT_BILLING,
        Facet::PriceRise | Facet::Fee | Facet::Ads => return None,
    })
}
