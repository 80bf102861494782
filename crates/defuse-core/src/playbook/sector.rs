//! The kind of business the customer writes to (an airline, a courier, an energy supplier),
//! read from the brand's support handle and the customer's words, and the one detail a case
//! needs in that business ("your booking reference", "your car's registration or VIN").

use serde::{Deserialize, Serialize};

use crate::list::{list, List};

use super::situation::{has_any_in, Facet, IssueType, Situation, DEVICES};

/// The kind of business the conversation is with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Shops and online stores, clothing, department stores, supermarkets.
    Retail,
    /// Restaurants, fast food, takeaways, drinks brands.
    Food,
    /// Airlines, trains, buses, hotels, ride hailing.
    Travel,
    /// Couriers and parcel carriers.
    Delivery,
    /// Mobile, broadband, TV and internet providers.
    Telecom,
    /// Energy and water suppliers.
    Utilities,
    /// Banks, insurers, payments, tax.
    Finance,
    /// Car makers and dealers.
    Auto,
    /// Apps, websites and online services.
    Software,
    /// Phones, computers, appliances and other devices.
    Devices,
    /// Newspapers, streaming and TV channels.
    Media,
    /// Not known, or none of the above.
    #[default]
    Other,
}

/// Support handles by sector: each line is the sector's letter in [`LETTERS`] (`k`: British
/// businesses whose handle does not say so), then stems
/// of handles (lowercase, without `@`); a handle that starts with a stem belongs to its
/// sector, the longest stem winning. A two-letter stem is a whole handle ("ee", not
/// "eeyore"), and a three-letter one is whole or followed by a support word ("upshelp"). The common support accounts only: every stem costs the script
/// tag's download.
#[rustfmt::skip]
const HANDLES: List = list![
    "t jetblue united airasia british_a southwest delta americanair virgintrains greateranglia septa holidayinn uber hilton marriott hyatt premierinn travelodge hotelsdotcom",
    "d upshelp ups",
    "c virginmedia safaricom vodafone threeuk ee comcast directv btcare verizon",
    "u georgiapower kenyapower nationalgrid",
    "f geico hmrc square",
    "a honda vw vwcares subaru chrysler",
    "o pizzahut kfc_uki mcdonalds arbys bud",
    "m nyt washpost washingtonpost sho_help hulu",
    "v lenovo blackanddecker hpsupport apple moto nvidia oneplus whirlpool beats fitbit samsung xbox askplaystation",
    "s microsoft aws dropbox medium twitter adobe aolsupport yelp ubisoft turbotax teamturbotax",
    "k virginmedia threeuk ee btcare hmrc greateranglia virgintrains british_a",
    "r nike fc_help dicks nordstrom ebay askebay maccosmetics topman tommy neiman burberry ikea hm_ harrods boots bn_care bestbuy walmart nbastore asos amazon wholefoods",
];

/// The sectors by their letter in [`HANDLES`].
const LETTERS: [(u8, Sector); 11] = [
    (b't', Sector::Travel),
    (b'd', Sector::Delivery),
    (b'c', Sector::Telecom),
    (b'u', Sector::Utilities),
    (b'f', Sector::Finance),
    (b'a', Sector::Auto),
    (b'o', Sector::Food),
    (b'm', Sector::Media),
    (b'v', Sector::Devices),
    (b's', Sector::Software),
    (b'r', Sector::Retail),
];

/// The handles and hashtags in the customer's messages (folded), without `@` or `#`, as
/// bytes ("#McDonalds" names the business as "@McDonalds" does).
#[inline(never)]
fn handles(lowered: &[String]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    for text in lowered {
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'@' || b == b'#' {
                let rest = &bytes[i + 1..];
                let end = rest
                    .iter()
                    .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_'))
                    .unwrap_or(rest.len());
                out.push(&rest[..end]);
            }
        }
    }
    out
}

/// The sector of a handle (lowercase bytes, no `@`), if the table knows it, and whether
/// it reads as a British business's.
fn sector_of_handle(handle: &[u8]) -> (Option<Sector>, bool) {
    let mut best: Option<(usize, Sector)> = None;
    let mut uk = false;
    for line in HANDLES {
        let line = line.as_bytes();
        let sector = LETTERS
            .iter()
            .find(|(l, _)| line.first() == Some(l))
            .map(|&(_, s)| s);
        for stem in line.get(2..).unwrap_or(&[]).split(|&b| b == b' ') {
            let Some(rest) = handle.strip_prefix(stem) else {
                continue;
            };
            let whole = rest.is_empty() || stem.len() == 3 && rest.len() > 3;
            if stem.len() > 3 || whole {
                match sector {
                    Some(sector) if best.is_none_or(|(len, _)| stem.len() > len) => {
                        best = Some((stem.len(), sector))
                    }
                    Some(_) => {}
                    None => uk = true,
                }
            }
        }
    }
    let uk = uk || handle.windows(2).any(|w| w == b"uk");
    (best.map(|(_, s)| s), uk)
}

/// Whether the messages (folded) read as American: a `$` amount, a handle ending in "us"
/// ("@nationalgridus") or a state or city of a short list. Only the word for a postcode
/// hangs on it ("ZIP code"), so a short list does.
pub(crate) fn us(lowered: &[String]) -> bool {
    lowered.iter().any(|t| t.contains('$'))
        || handles(lowered)
            .iter()
            .any(|h| h.len() > 7 && h.ends_with(b"us"))
        || any(
            lowered,
            list![
                "usa",
                "new york",
                "california",
                "texas",
                "florida",
                "chicago",
                "denver"
            ],
        )
}

/// Any of `phrases` in any of the messages (folded).
fn any(lowered: &[String], phrases: List) -> bool {
    has_any_in(lowered, phrases)
}

/// Words that show the sector when no handle does, most telling first.
const WORDS: [(Sector, List); 7] = [
    // Stays, rail and loyalty miles: a booking or membership reference.
    (
        Sector::Travel,
        list![
            "hotel",
            "rail",
            "railcard",
            "missing miles",
            "my room",
            "our room",
            "checked in"
        ],
    ),
    (
        Sector::Utilities,
        list![
            "electricity",
            "power cut",
            "no power",
            "meter",
            "energy",
            "gas bill"
        ],
    ),
    (
        Sector::Telecom,
        list![
            "broadband",
            "wifi",
            "signal",
            "network",
            "sim",
            "landline",
            "phone line",
            "fibre"
        ],
    ),
    (
        Sector::Finance,
        list![
            "insurance",
            "insurer",
            "no-claims",
            "no claims",
            "policy",
            "claim",
            "tax",
            "mortgage",
            "loan"
        ],
    ),
    (
        Sector::Auto,
        list![
            "my car",
            "our car",
            "my van",
            "vehicle",
            "dealer",
            "dealership",
            "engine",
            "key fob",
            "keyless"
        ],
    ),
    (Sector::Media, list!["newspaper", "article", "episode"]),
    (Sector::Delivery, list!["courier", "tracking number"]),
];

/// The sector the customer writes to, and whether the business reads as British (a UK
/// handle, `£`, "postcode", "motorway"): from the first handle the table knows, else from
/// the words.
#[inline(never)]
pub(crate) fn read(lowered: &[String], facets: &[Facet]) -> (Sector, bool) {
    let mut uk = any(lowered, list!["postcode", "motorway"]);
    let mut sector = None;
    for handle in handles(lowered) {
        let (known, british) = sector_of_handle(handle);
        uk |= british;
        sector = sector.or(known);
    }
    if let Some(sector) = sector {
        return (sector, uk);
    }
    let has = |f: Facet| facets.contains(&f);
    // A phone's own wifi or Bluetooth fault is the device's, not the network's.
    if super::situation::link_fault(lowered) {
        return (Sector::Devices, uk);
    }
    if has(Facet::TravelDelay) || has(Facet::LostBags) || super::situation::travel(lowered) {
        return (Sector::Travel, uk);
    }
    if let Some(&(sector, _)) = WORDS.iter().find(|(_, words)| any(lowered, *words)) {
        return (sector, uk);
    }
    // A bank named as the customer's recourse ("I'll dispute it with my bank") is not the
    // business written to.
    if any(lowered, list!["bank", "banks"])
        && !any(
            lowered,
            list![
                "with my bank",
                "to my bank",
                "dispute",
                "chargeback",
                "power bank"
            ],
        )
    {
        return (Sector::Finance, uk);
    }
    let sector = if has(Facet::NoService) {
        Sector::Telecom
    } else if has(Facet::Food) {
        Sector::Food
    } else if any(lowered, super::issue::PARCEL_WORDS) {
        Sector::Retail
    } else if any(lowered, DEVICES) || any(lowered, list!["laptop", "printer", "battery"]) {
        Sector::Devices
    } else if any(lowered, list!["app", "website", "login", "password"]) {
        Sector::Software
    } else {
        Sector::Other
    };
    (sector, uk)
}

/// The one detail to ask for, as plain words after "send us" or "could you share"
/// ("your booking reference"), from the business, the issue, what the customer describes
/// and their messages (`texts`, folded): an identifier only where the case has one (a
/// booking reference for a booking, a VIN for a car they own, a policy number at an
/// insurer, the device and version for an app); `None` when the case needs none (thanks,
/// a general question, an app fault whose device and version the issue asks for).
pub fn detail_to_ask(
    sector: Sector,
    issue: IssueType,
    facets: &[Facet],
    uk: bool,
    case_open: bool,
    texts: &[String],
) -> Option<&'static str> {
    let has = |f: Facet| facets.contains(&f);
    let software = any(texts, super::situation::SOFTWARE);
    // A question about a trip of their own ("my flight got moved, what are my options?")
    // is answered from the booking.
    let own_trip = sector == Sector::Travel
        && any(
            texts,
            list![
                "my flight",
                "my booking",
                "my reservation",
                "my ticket",
                "my trip"
            ],
        );
    if issue == IssueType::Thanks
        || issue == IssueType::HowTo && !own_trip
        || issue == IssueType::ProductBug && software
    {
        return None;
    }
    if case_open {
        return Some(if sector == Sector::Finance {
            "your claim or case reference"
        } else {
            "your case reference"
        });
    }
    if has(Facet::LostBags) {
        return Some("your bag tag number and booking reference");
    }
    // A train or bus held up with no ticket named: nothing to look up, the way on is
    // what they need.
    if sector == Sector::Travel && commute(texts, facets) {
        return None;
    }
    if has(Facet::TravelDelay) && sector != Sector::Delivery {
        return Some("your booking reference");
    }
    Some(match sector {
        // A station or a stop reported, with no trip of theirs: no booking to look up.
        Sector::Travel if any(texts, super::situation::PLACES) && !any(texts, BOOKED) => {
            return None
        }
        // A stay: the booking and the room (the room's wifi is the hotel's to fix).
        Sector::Travel if any(texts, STAY) => "your booking reference and room number",
        // A ride booked in an app has no reference the rider knows: the account finds it.
        Sector::Travel if any(texts, list!["uber", "lyft"]) => "the email address on your account",
        Sector::Travel => "your booking reference",
        Sector::Delivery => "your tracking number",
        Sector::Telecom | Sector::Utilities if uk => "your account number and postcode",
        Sector::Telecom | Sector::Utilities => "your account number",
        Sector::Finance if any(texts, INSURED) => "your policy number",
        Sector::Finance => "your account or reference number",
        // A car not bought yet has no VIN: the dealer finds the enquiry.
        Sector::Auto if any(texts, NOT_BOUGHT) => "the dealer's name",
        // A registration is a UK word: elsewhere the VIN.
        Sector::Auto if uk => "your car's registration or VIN",
        Sector::Auto => "your car's VIN",
        Sector::Food | Sector::Retail if has(Facet::StaffConduct) => {
            "which store you visited and when"
        }
        Sector::Food | Sector::Retail => match issue {
            IssueType::AccountAccess | IssueType::Privacy => "the email on your account",
            _ => "your order number",
        },
        Sector::Software | Sector::Media => "the email on your account",
        Sector::Devices => match issue {
            IssueType::DeliveryLate
            | IssueType::DeliveryMissing
            | IssueType::DeliveryDamaged
            | IssueType::RefundStatus
            | IssueType::Billing => "your order number",
            IssueType::AccountAccess | IssueType::Privacy => "the email on your account",
            _ => "the model and its software version",
        },
        Sector::Other => match issue {
            IssueType::AccountAccess
            | IssueType::Cancellation
            | IssueType::Privacy
            | IssueType::Billing => "the email on your account",
            IssueType::RefundStatus
            | IssueType::DeliveryLate
            | IssueType::DeliveryMissing
            | IssueType::DeliveryDamaged => "your order number",
            IssueType::ProductBug => "the model and its software version",
            // Unsure of the business: a neutral ask any business can answer.
            _ => "the email on your account or a reference number",
        },
    })
}

/// Whether the customer's messages (folded) and their facets show a train or bus held up,
/// with no ticket or booking named: a commute, with no reference to look up.
#[inline(never)]
pub(crate) fn commute(texts: &[String], facets: &[Facet]) -> bool {
    any(
        texts,
        list!["train", "trains", "bus", "buses", "tram", "subway", "line"],
    ) && (facets.contains(&Facet::TravelDelay) || any(texts, list!["stuck", "going back"]))
        && !any(
            texts,
            list!["booking", "booked", "ticket", "tickets", "reservation"],
        )
}

/// A trip or stay of the customer's own, which a booking reference finds (a station or an
/// airport named without one is a report about the place).
pub(super) const BOOKED: List = list![
    "booking",
    "ticket",
    "flight",
    "reservation",
    "journey",
    "trip",
    "hotel",
    "bag",
    "luggage",
    "checked in",
    "my room",
    // At the gate or boarding: their own flight.
    "gate",
    "boarding",
];

/// A hotel stay: its room, or a hotel brand's handle.
const STAY: List = list!["hotel", "room", "holidayinn", "checked in"];

/// Words of an insurance policy: only an insurer has a policy number.
const INSURED: List = list![
    "insurance",
    "insurer",
    "my policy",
    "renewal",
    "no claims",
    "my claim"
];

/// A car not bought yet: no registration or VIN to ask for.
const NOT_BOUGHT: List = list!["test drive", "buying", "want to buy", "quote"];

impl Situation {
    /// The one detail to ask for in this case, as plain words ("your booking reference",
    /// "your account number and postcode"), from the situation and the customer's messages
    /// (`texts`, folded); `None` when the case needs none. See [`detail_to_ask`].
    pub fn detail_to_ask(&self, texts: &[String]) -> Option<&'static str> {
        if self.general_question || self.sent_privately {
            return None;
        }
        detail_to_ask(
            self.sector,
            self.issue,
            &self.facets,
            self.uk,
            self.case_open,
            texts,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sector(text: &str) -> Sector {
        let low = super::super::situation::fold(text);
        let facets = super::super::situation::facets(std::slice::from_ref(&low));
        read(&[low], &facets).0
    }

    #[test]
    fn handles_name_the_sector() {
        assert_eq!(sector("@JetBlue my flight"), Sector::Travel);
        assert_eq!(sector("@UPSHelp where is it"), Sector::Delivery);
        assert_eq!(sector("@VirginMedia no broadband"), Sector::Telecom);
        assert_eq!(sector("@GeorgiaPower lights out"), Sector::Utilities);
        assert_eq!(sector("@GEICO my claim"), Sector::Finance);
        assert_eq!(sector("Shame on @Chrysler"), Sector::Auto);
        assert_eq!(sector("@KFC_UKI_Help cold chips"), Sector::Food);
        assert_eq!(sector("@nytimes your link"), Sector::Media);
        assert_eq!(sector("@LenovoSupport my laptop"), Sector::Devices);
        assert_eq!(sector("@DropboxSupport sync"), Sector::Software);
        assert_eq!(sector("@HMRCcustomers my tax code"), Sector::Finance);
        assert_eq!(sector("@hm_custserv my order"), Sector::Retail);
        assert_eq!(sector("@awscloud limits"), Sector::Software);
        assert_eq!(sector("@budlight box"), Sector::Food);
        assert_eq!(sector("@eeyore hello"), Sector::Other);
    }

    #[test]
    fn a_hashtag_names_the_business_and_a_phone_fault_the_device() {
        assert_eq!(
            sector("Pathetic!! 2 apple slices!!! #McDonalds"),
            Sector::Food
        );
        assert_eq!(sector("my iPhone won't connect to wifi"), Sector::Devices);
        assert_eq!(sector("no wifi at home since the storm"), Sector::Telecom);
    }

    #[test]
    fn american_threads_are_told_apart() {
        let us = |t: &str| us(&[super::super::situation::fold(t)]);
        assert!(us("@nationalgridus no power on my street"));
        assert!(us("a $200 bill and still no power"));
        assert!(us("internet down all day in denver"));
        assert!(!us("@virginmedia no broadband since this morning"));
        assert!(!us("no power since last night"));
    }

    #[test]
    fn words_name_the_sector_without_a_handle() {
        assert_eq!(sector("my flight was delayed 5 hours"), Sector::Travel);
        assert_eq!(sector("the engine light on my car is on"), Sector::Auto);
        assert_eq!(sector("hello"), Sector::Other);
        // An airline by its words alone: the gate, the crew, the bag drop.
        assert_eq!(
            sector("@SkyHopAir 4 hours stuck at the gate"),
            Sector::Travel
        );
        assert_eq!(sector("@Fly2 the bag drop queue is a mess"), Sector::Travel);
        // A parcel left by the gate is still a parcel; a power bank is no bank.
        assert_ne!(sector("my parcel was left by the gate"), Sector::Travel);
        assert_ne!(sector("my power bank is swelling"), Sector::Finance);
    }

    #[test]
    fn the_detail_fits_the_business() {
        let texts = ["my car and my booking".to_string()];
        let ask = |s, i| detail_to_ask(s, i, &[], false, false, &texts);
        assert_eq!(
            ask(Sector::Travel, IssueType::Other),
            Some("your booking reference")
        );
        assert_eq!(
            ask(Sector::Delivery, IssueType::DeliveryLate),
            Some("your tracking number")
        );
        assert_eq!(
            detail_to_ask(
                Sector::Telecom,
                IssueType::OutageError,
                &[],
                true,
                false,
                &[]
            ),
            Some("your account number and postcode")
        );
        assert_eq!(
            ask(Sector::Auto, IssueType::ProductBug),
            Some("your car's VIN")
        );
        // A registration is asked for only where the business reads as British.
        assert_eq!(
            detail_to_ask(Sector::Auto, IssueType::ProductBug, &[], true, false, &[]),
            Some("your car's registration or VIN")
        );
        assert_eq!(
            ask(Sector::Software, IssueType::AccountAccess),
            Some("the email on your account")
        );
        assert_eq!(
            ask(Sector::Devices, IssueType::ProductBug),
            Some("the model and its software version")
        );
        assert_eq!(ask(Sector::Retail, IssueType::Thanks), None);
        assert_eq!(
            detail_to_ask(Sector::Finance, IssueType::Other, &[], false, true, &[]),
            Some("your claim or case reference")
        );
    }

    #[test]
    fn an_identifier_is_asked_only_where_the_case_has_one() {
        let ask = |s, i, text: &str| detail_to_ask(s, i, &[], false, false, &[text.to_string()]);
        // No car bought yet: no VIN.
        assert_eq!(
            ask(
                Sector::Auto,
                IssueType::Other,
                "thinking of buying the new kuga"
            ),
            Some("the dealer's name")
        );
        // A policy number only at an insurer.
        assert_eq!(
            ask(
                Sector::Finance,
                IssueType::Other,
                "my car insurance renewal"
            ),
            Some("your policy number")
        );
        assert_eq!(
            ask(
                Sector::Finance,
                IssueType::Other,
                "your tax office sent me the wrong letter"
            ),
            Some("your account or reference number")
        );
        // A station reported, no trip of theirs: no booking reference.
        assert_eq!(
            ask(
                Sector::Travel,
                IssueType::Other,
                "the drains at york station are flooding"
            ),
            None
        );
        // A complaint to an airline that names no place is about a trip of theirs.
        assert_eq!(
            ask(Sector::Travel, IssueType::Other, "worst airline ever"),
            Some("your booking reference")
        );
        // An app fault: the issue's device and version, not the business's identifier.
        assert_eq!(
            ask(
                Sector::Finance,
                IssueType::ProductBug,
                "your app logs me out"
            ),
            None
        );
    }

    #[test]
    fn a_train_held_up_with_no_ticket_named_asks_for_nothing() {
        let ask = |text: &str| {
            let low = super::super::situation::fold(text);
            let facets = super::super::situation::facets(std::slice::from_ref(&low));
            detail_to_ask(
                Sector::Travel,
                IssueType::Other,
                &facets,
                true,
                false,
                &[low],
            )
        };
        assert_eq!(
            ask("why is the train going back? we've been stuck for an hour"),
            None
        );
        assert_eq!(ask("the 7:40 bus was cancelled again"), None);
        // A ticket or a booking named: its reference finds it.
        assert_eq!(
            ask("my train was cancelled and I booked a seat on it"),
            Some("your booking reference")
        );
        assert_eq!(
            ask("our flight is delayed by five hours"),
            Some("your booking reference")
        );
    }
}
