//! The situation read from every customer turn and from real-world wording: details given
//! in any turn are known, the latest ask wins, "tried 3 times" is not a repeat contact, a
//! private message already sent is not asked for again, facets of the problem are found
//! and named, and an unclear complaint is left unnamed rather than named wrong.

use defuse_core::playbook::{
    advise, Advice, Config, Detail, Facet, Fault, IssueType, Note, Question, Request, Sector,
    Situation, Want,
};
use defuse_core::{Conversation, Message, Role};

/// The advice after `turns` (customer first, then alternating with the agent).
fn advice(public: bool, turns: &[&str]) -> Advice {
    let mut conversation = Conversation::new();
    for (i, text) in turns.iter().enumerate() {
        conversation.push(Message {
            role: if i % 2 == 0 {
                Role::Customer
            } else {
                Role::Agent
            },
            text: (*text).to_string(),
            at: None,
        });
    }
    let config = Config {
        public_channel: public,
        ..Config::default()
    };
    advise(&conversation, &config, None)
}

/// The situation after `turns` (customer first, then alternating with the agent).
fn read(public: bool, turns: &[&str]) -> Situation {
    advice(public, turns).situation
}

/// The one detail to ask for after a customer's `turns` (all the customer's).
fn detail_to_ask(public: bool, turns: &[&str]) -> Option<&'static str> {
    let texts: Vec<String> = turns.iter().map(|t| t.to_lowercase()).collect();
    read(public, turns).detail_to_ask(&texts)
}

#[test]
fn the_latest_ask_wins() {
    let s = read(
        false,
        &[
            "Where is my refund for order 55120?",
            "Let me check that for you.",
            "Forget it, just cancel my subscription.",
        ],
    );
    assert_eq!(s.asked_for, Request::Cancel, "{s:?}");
    let s = read(
        false,
        &[
            "I want to cancel my plan.",
            "I can help with that.",
            "Actually I just want my money back for last month.",
        ],
    );
    assert_eq!(s.asked_for, Request::Refund, "{s:?}");
    let s = read(
        false,
        &[
            "I want a refund for the broken kettle.",
            "I'm sorry about that. Let me look into it.",
            "Just tell me whether it's coming or not.",
        ],
    );
    assert_eq!(s.asked_for, Request::Answer, "{s:?}");
}

#[test]
fn a_cancel_threat_is_not_a_cancel_request() {
    let s = read(
        true,
        &["@paper I'm going to cancel my subscription if you don't fix the app"],
    );
    assert_ne!(s.asked_for, Request::Cancel, "{s:?}");
    assert!(s.names.iter().all(|n| !n.contains("cancellation")), "{s:?}");
}

#[test]
fn details_from_any_turn_are_known_and_not_asked_again() {
    let s = read(
        false,
        &[
            "My parcel never came.",
            "Sorry about that. What's the order number?",
            "It's 88213945.",
        ],
    );
    assert!(s.known.contains(&Detail::OrderNumber), "{s:?}");
    assert!(!s.missing.contains(&Detail::OrderNumber), "{s:?}");
    let s = read(
        true,
        &["@acme my parcel never arrived, DM sent with the order number"],
    );
    assert!(s.sent_privately, "{s:?}");
    assert!(s.missing.is_empty(), "{s:?}");
}

#[test]
fn tries_are_not_repeat_contacts() {
    let s = read(false, &["I've tried 3 times to log in and it still fails."]);
    assert!(!s.repeat_contact, "{s:?}");
    let s = read(
        false,
        &["This is the third time I've contacted you about the charge."],
    );
    assert!(s.repeat_contact, "{s:?}");
}

#[test]
fn several_facets_are_found_and_named() {
    let s = read(
        true,
        &["@shop you charged me twice for one order and there's no reply to my email"],
    );
    assert_eq!(s.issue, IssueType::Billing, "{s:?}");
    assert!(s.facets.contains(&Facet::DoubleCharge), "{s:?}");
    assert!(s.facets.contains(&Facet::NoReply), "{s:?}");
    assert!(s.names.len() >= 2, "{s:?}");
    assert_eq!(s.fault, Fault::Company, "{s:?}");
}

#[test]
fn real_world_wording_is_read() {
    // A flight is not a parcel.
    let s = read(
        true,
        &["@airline my flight has been delayed 4 hours, again"],
    );
    assert!(
        !matches!(
            s.issue,
            IssueType::DeliveryLate | IssueType::DeliveryMissing
        ),
        "{s:?}"
    );
    assert!(
        s.names.first().is_some_and(|n| n.contains("flight")),
        "{s:?}"
    );
    // Lost bags are named by their plain noun.
    let s = read(true, &["@airline you lost my bags on the way to Rome"]);
    assert!(s.names.iter().any(|n| n.contains("bags")), "{s:?}");
    // A price rise is a policy, not a fault.
    let s = read(
        true,
        &["@puzzles the price increase on the crossword app is a joke"],
    );
    assert_eq!(s.fault, Fault::Policy, "{s:?}");
    // On hold for an hour.
    let s = read(
        true,
        &["@telco been on hold for an hour, answer your phone"],
    );
    assert!(s.facets.contains(&Facet::OnHold), "{s:?}");
    assert!(s.names.iter().any(|n| n.contains("hold")), "{s:?}");
}

#[test]
fn an_unclear_complaint_is_not_named() {
    for text in [
        "@brand you guys are the worst. ever.",
        "@brand never buying from you again #disappointed",
        "@brand absolutely shocking customer service",
    ] {
        let s = read(true, &[text]);
        assert_eq!(s.issue, IssueType::Other, "{text}: {s:?}");
        assert!(!s.issue_sure, "{text}: {s:?}");
        assert!(s.names.is_empty(), "{text}: {s:?}");
    }
}

#[test]
fn common_words_do_not_make_facets() {
    // "recall" as remembering, a coupon mentioned in passing, "was called" by the team.
    let s = read(
        false,
        &["I can't recall which email I used for the account."],
    );
    assert!(!s.facets.contains(&Facet::Repair), "{s:?}");
    let s = read(true, &["@shop do you do a student discount or coupons?"]);
    assert!(!s.facets.contains(&Facet::CodeRejected), "{s:?}");
    let s = read(
        false,
        &["I was called by your team yesterday about the delivery."],
    );
    assert!(!s.facets.contains(&Facet::StaffConduct), "{s:?}");
}

#[test]
fn a_safety_hazard_is_never_a_bill() {
    let fumes = ["@vwcares the cabin of my car smells of engine fumes every time I drive it, I paid for a service last month"];
    let s = read(true, &fumes);
    assert_ne!(s.issue, IssueType::Billing, "{s:?}");
    assert!(s.notes.contains(&Note::Safety), "{s:?}");
    assert_eq!(s.sector, Sector::Auto, "{s:?}");
    // Nothing says UK: the VIN, not a registration.
    assert_eq!(detail_to_ask(true, &fumes), Some("your car's VIN"));
}

#[test]
fn a_later_turn_s_request_is_picked_up_and_a_threat_is_not_one() {
    let s = read(
        false,
        &[
            "My broadband keeps dropping every evening.",
            "Sorry about that, I'll run a line test now.",
            "Fine, but can someone call me back tomorrow morning?",
        ],
    );
    assert_eq!(s.request, Some(Want::Callback), "{s:?}");
    let s = read(
        false,
        &[
            "You took another payment this month.",
            "Let me look into that.",
            "Please stop the direct debit, I've moved out.",
        ],
    );
    assert_eq!(s.request, Some(Want::StopPayment), "{s:?}");
    let s = read(
        false,
        &["I'll cancel my plan if this isn't fixed by Friday."],
    );
    assert_ne!(s.request, Some(Want::Cancel), "{s:?}");
}

#[test]
fn praise_names_the_person_and_is_not_a_complaint() {
    let s = read(
        true,
        &["Thanks to Ken at @VWChicago for taking such good care of my car! Brilliant service"],
    );
    assert_eq!(s.issue, IssueType::Thanks, "{s:?}");
    assert!(s.notes.contains(&Note::Praise), "{s:?}");
    assert_eq!(s.staff_name.as_deref(), Some("Ken"), "{s:?}");
}

#[test]
fn questions_to_answer_or_route_are_not_named_as_problems() {
    let s = read(
        true,
        &["@SquareUK hi, how can our shop take phone payments from customers?"],
    );
    assert!(s.notes.contains(&Note::Business), "{s:?}");
    assert!(!s.issue_sure, "{s:?}");
    let s = read(
        true,
        &["@hm_custserv do you have this jacket in stock in a medium?"],
    );
    assert_eq!(s.question, Some(Question::Availability), "{s:?}");
    assert!(!s.issue_sure, "{s:?}");
    let s = read(
        true,
        &["@McDonalds please bring back the szechuan sauce, when is it coming back?"],
    );
    assert!(s.notes.contains(&Note::Feedback), "{s:?}");
    assert!(!s.issue_sure, "{s:?}");
}

#[test]
fn the_detail_to_ask_fits_the_business() {
    let ask = |text: &str| detail_to_ask(true, &[text]);
    assert_eq!(
        ask("@JetBlue my flight was cancelled and nobody can rebook me"),
        Some("your booking reference")
    );
    assert_eq!(
        ask("@UPSHelp my parcel has been stuck for a week"),
        Some("your tracking number")
    );
    assert_eq!(
        ask("@virginmedia no broadband again in my street"),
        Some("your account number and postcode")
    );
    // Only where the case has one: no VIN for a car not bought, no policy number at a tax
    // software firm, no booking for a station report.
    assert_eq!(
        ask("@FordUK I'm thinking of buying the new Kuga but your dealer never called back about the test drive"),
        Some("the dealer's name")
    );
    assert_eq!(
        ask("@TurboTax your software keeps rejecting my return"),
        Some("the email on your account")
    );
    assert_eq!(
        ask("@RailCo the platform 2 drains at York station are flooding again"),
        None
    );
    // A bus that never came has no booking to find: the way on, not a reference.
    assert_eq!(
        ask("@MetroBus the 7:10 number 4 bus never came to Oak Lane"),
        None
    );
    // A ride booked in an app: the account finds it, not a booking reference.
    assert_eq!(
        ask("@Uber my driver drove off with my shopping still in the boot"),
        Some("the email address on your account")
    );
}

/// The technique advised after `turns` (customer first, then alternating with the agent).
fn technique(public: bool, turns: &[&str]) -> defuse_core::Technique {
    advice(public, turns).technique
}

#[test]
fn a_reply_to_the_agents_question_is_the_detail_asked_for() {
    // (turns, the detail given, whether the reply gives it)
    let cases: [(&[&str], Detail, bool); 7] = [
        (
            &[
                "My parcel was due Tuesday.",
                "Sorry! What's the order number?",
                "It's 4471-KD",
            ],
            Detail::OrderNumber,
            true,
        ),
        (
            &[
                "My parcel was due Tuesday.",
                "Sorry! What's the order number?",
                "I don't know it, sorry",
            ],
            Detail::OrderNumber,
            false,
        ),
        (
            &[
                "The checkout page freezes.",
                "Which browser and version?",
                "Chrome 120 on Windows",
            ],
            Detail::AppVersion,
            true,
        ),
        (
            &[
                "The kettle switches itself off.",
                "Which model is it?",
                "the steel one, kv200",
            ],
            Detail::Product,
            true,
        ),
        (
            &[
                "No refund yet.",
                "When did you send it back?",
                "as I said, the 28th",
            ],
            Detail::HowLong,
            true,
        ),
        (
            &[
                "My booking vanished. Booking ref QX7P2L.",
                "Sorry to hear it.",
                "Any news?",
            ],
            Detail::OrderNumber,
            true,
        ),
        // A statement from the agent asks nothing: the reply is not an answer.
        (
            &[
                "The app crashes.",
                "The version out today fixes that.",
                "ok will try 2 things",
            ],
            Detail::AppVersion,
            false,
        ),
    ];
    for (turns, detail, given) in cases {
        let s = read(false, turns);
        assert_eq!(s.known.contains(&detail), given, "{turns:?}: {s:?}");
        assert!(!(given && s.missing.contains(&detail)), "{turns:?}: {s:?}");
    }
}

#[test]
fn thanks_for_a_fix_is_thanks_with_nothing_asked() {
    for text in [
        "@ShopCo Thanks so much, Priya sorted my refund in minutes!",
        "@TelCo big thanks to Dan who fixed my broadband in 10 minutes, legend",
        "@Superdry_Care Thank you for resolving my issue promptly",
    ] {
        let s = read(true, &[text]);
        assert_eq!(
            (s.issue, s.issue_sure),
            (IssueType::Thanks, true),
            "{text}: {s:?}"
        );
        assert_eq!(s.asked_for, Request::None, "{text}");
        assert!(s.missing.is_empty() && s.request.is_none(), "{text}: {s:?}");
        assert!(s.notes.contains(&Note::Praise), "{text}: {s:?}");
        assert_eq!(
            technique(true, &[text]),
            defuse_core::Technique::ThankAndClose,
            "{text}"
        );
    }
    // Thanks after the agent's fix keeps the case's type, and closes warmly.
    let turns = [
        "The app crashes every time I open my basket.",
        "Could you update to 5.3? That release fixes the basket crash.",
        "solved, THANK YOU",
    ];
    assert_eq!(read(false, &turns).issue, IssueType::ProductBug);
    assert_eq!(
        technique(false, &turns),
        defuse_core::Technique::ThankAndClose
    );
    // Not thanks: sarcasm, a problem still there, a new ask.
    for text in [
        "Thanks for nothing, my refund still hasn't come",
        "thanks, but it stopped working again today",
        "Thanks, can you get my refund sorted?",
        "Another fail from you, thanks. Get it fixed.",
    ] {
        assert_ne!(read(false, &[text]).issue, IssueType::Thanks, "{text}");
    }
    for text in [
        "My dishwasher has stopped working again, the second repair this month.",
        "Third time the lid has arrived cracked. Do you even check these?",
    ] {
        assert_ne!(
            technique(false, &[text]),
            defuse_core::Technique::ThankAndClose,
            "{text}"
        );
    }
}

#[test]
fn misreadings_panel_reviewers_marked() {
    // (message, issue type)
    let cases = [
        (
            "@ShopCo the seller cancelled my order two days after I paid. Where's my money?",
            IssueType::Cancellation,
        ),
        (
            "I keep getting 'connection error: invalid credentials' when I log in",
            IssueType::AccountAccess,
        ),
        (
            "@PowerCo there are trees on the power line on Elm Road and no power since last night",
            IssueType::OutageError,
        ),
        (
            "I was told I'd get a $20 promotional credit for signing up and it's not on my account.",
            IssueType::Billing,
        ),
        (
            "@FoodCo the $10 credit from your promotion never showed up",
            IssueType::Billing,
        ),
    ];
    for (text, issue) in cases {
        let s = read(text.starts_with('@'), &[text]);
        assert_eq!(s.issue, issue, "{text}: {s:?}");
        assert!(!s.missing.contains(&Detail::Product), "{text}: {s:?}");
    }
    // A seller's cancellation is found by the order, not the account's email.
    let s = read(true, &[cases[0].0]);
    assert_eq!(s.missing, vec![Detail::OrderNumber], "{s:?}");
    // "Can I get a replacement?" asks us to act, not how something works; "how do I get a
    // replacement?" still asks how.
    let s = read(
        false,
        &["Can I get a replacement? The lamp arrived cracked."],
    );
    assert!(!s.general_question, "{s:?}");
    let s = read(false, &["How do I get a replacement for a cracked lamp?"]);
    assert!(s.general_question, "{s:?}");
    // A status question about their own parcel needs the parcel looked up.
    let s = read(
        false,
        &[
            "My parcel 77120 is delayed.",
            "It's held at our depot.",
            "When will it get here then?",
        ],
    );
    assert!(!s.general_question, "{s:?}");
}

/// A reference already given finds the account, so the email is not asked for as well
/// (except to get back into the account).
#[test]
fn a_reference_given_is_enough_to_find_the_account() {
    let s = read(
        false,
        &[
            "how do I cancel my gym membership",
            "You can cancel with the form on our website.",
            "The form errors on the last page. Can you cancel it from your side? Membership number GM-30917.",
        ],
    );
    assert!(s.known.contains(&Detail::OrderNumber), "{s:?}");
    assert!(!s.missing.contains(&Detail::AccountEmail), "{s:?}");
    let s = read(
        false,
        &["I can't log in to my account, order 558812 is on it"],
    );
    assert_eq!(s.issue, IssueType::AccountAccess, "{s:?}");
    assert!(s.missing.contains(&Detail::AccountEmail), "{s:?}");
}

/// What the handling of a case shows: chasing it again is a repeat contact, a case sent
/// to the wrong team or nobody getting back is ours, being without water is no service,
/// paying to reach support is a fee.
#[test]
fn handling_failures_and_plain_outages_are_read() {
    let s = read(false, &["I'm exhausted from chasing this every day."]);
    assert!(s.repeat_contact, "{s:?}");
    let s = read(
        false,
        &["Three days in, I find out my claim was sent to the wrong department and has to start again."],
    );
    assert_eq!(s.fault, Fault::Company, "{s:?}");
    let s = read(
        false,
        &["Nobody got back to me after I reported the gas bill error. It's been two weeks."],
    );
    assert!(s.facets.contains(&Facet::NoReply), "{s:?}");
    assert_eq!(s.fault, Fault::Company, "{s:?}");
    let s = read(false, &["Two days without water now."]);
    assert!(s.facets.contains(&Facet::NoService), "{s:?}");
    let s = read(false, &["can't believe I have to pay to talk to support"]);
    assert!(s.facets.contains(&Facet::Fee), "{s:?}");
    assert_eq!(s.fault, Fault::Policy, "{s:?}");
}

/// A cancellation held over us on a condition is a threat, not a request; "nothing has
/// arrived" is not "it has arrived"; contempt ("can't even") is never mirrored back.
#[test]
fn threats_unsolved_and_contempt_are_read_as_such() {
    let s = read(
        false,
        &[
            "The technician didn't turn up again.",
            "Sorry about that. The next slot is Tuesday morning.",
            "I can't do weekdays. Sunday, or I cancel the contract.",
        ],
    );
    assert_ne!(s.asked_for, Request::Cancel, "{s:?}");
    let a = advice(
        false,
        &[
            "My transfer left the account but never reached my sister.",
            "Can you tell me the date and the amount? I'll trace it.",
            "Tuesday, 300.00. She says nothing has arrived and I'm getting stressed.",
        ],
    );
    assert_ne!(a.technique, defuse_core::Technique::ThankAndClose, "{a:?}");
    let a = advice(
        false,
        &["useless shop, can't even get a delivery date right"],
    );
    assert!(
        a.replies.iter().all(|r| !r.text.contains("can't even")),
        "{a:?}"
    );
}

/// "Enjoy your new one-star review" asks for no replacement; "do I need to pay anything?"
/// is not a question about payment options.
#[test]
fn near_misses_of_requests_and_payment_questions() {
    let s = read(true, &["@CoastInns Enjoy your new one-star review."]);
    assert_ne!(s.asked_for, Request::Replacement, "{s:?}");
    let a = advice(
        false,
        &["My order is stuck at customs. Do I need to pay anything?"],
    );
    assert!(
        a.replies.iter().all(|r| !r.text.contains("payment option")),
        "{a:?}"
    );
}
