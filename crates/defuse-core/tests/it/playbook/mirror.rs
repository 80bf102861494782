//! Mirroring: complaint sentences with the exact restatement expected, or `None` where no
//! clean restatement exists (the replies then fall back to a topic-level acknowledgement).

use defuse_core::playbook::mirror_sentence;

/// (what the customer wrote, what the agent's reply should say back). A complaint asked
/// as a question ("Where is my refund?", "why was I charged twice??") is not restated:
/// the reply names the issue in neutral words instead (session 16 gave the bytes of the
/// question rewriter to replies that fit the case; README "Suggested replies").
const CASES: &[(&str, Option<&str>)] = &[
    (
        "I ordered a blender two weeks ago (order #A-5521) and it still hasn't arrived.",
        Some("you ordered a blender two weeks ago and it still hasn't arrived"),
    ),
    (
        "I STILL HAVEN'T RECEIVED MY REFUND",
        Some("you still haven't received your refund"),
    ),
    (
        "my package was not delivered",
        Some("your package was not delivered"),
    ),
    (
        "i dont understand why my acount is locked",
        Some("you don't understand why your account is locked"),
    ),
    (
        "The app isn't working after the update",
        Some("the app isn't working after the update"),
    ),
    (
        "Order \"#B-7781\" is missing two items",
        Some("the order #B-7781 is missing two items"),
    ),
    ("why wont the app open", None),
    (
        "Ugh, my order is late AGAIN",
        Some("your order is late again"),
    ),
    (
        "Your website charged me twice, and nobody is answering my calls",
        Some("our website charged you twice and your calls went unanswered"),
    ),
    (
        "I'm not happy, my delivery went to the wrong address",
        Some("your delivery went to the wrong address"),
    ),
    (
        "My refund still hasn't come through",
        Some("your refund still hasn't come through"),
    ),
    (
        "I never got my confirmation code",
        Some("you never got your confirmation code"),
    ),
    ("why are you ignoring my emails?", None),
    (
        "It’s been two weeks and I haven’t heard anything",
        Some("it's been two weeks and you haven't heard anything"),
    ),
    (
        "Seriously?? The checkout keeps failing",
        Some("the checkout keeps failing"),
    ),
    ("you guys lost my package", Some("we lost your package")),
    (
        "we were charged for a month we didn't use",
        Some("you were charged for a month you didn't use"),
    ),
    ("Where's my order", None),
    (
        "the replacement you sent is also broken",
        Some("the replacement we sent is also broken"),
    ),
    (
        "I cancelled my subscription but you still charged me",
        Some("you cancelled your subscription but we still charged you"),
    ),
    ("my parcel never came :(", Some("your parcel never arrived")),
    (
        "my order never came and nobody answers my emails",
        Some("your order never arrived and your emails went unanswered"),
    ),
    ("Where is my refund?", None),
    ("Why hasn't my refund arrived yet?", None),
    ("why was I charged twice??", None),
    ("Why did you cancel my order?", None),
    (
        "I can't log in to my account",
        Some("you can't log in to your account"),
    ),
    (
        "MY PACKAGE NEVER ARRIVED",
        Some("your package never arrived"),
    ),
    (
        "Your app keeps crashing every time I open it",
        Some("our app keeps crashing every time you open it"),
    ),
    (
        "I was charged twice for order #A-1234",
        Some("you were charged twice for order #A-1234"),
    ),
    (
        "I ordered a laptop three weeks ago and it still hasn't shipped",
        Some("you ordered a laptop three weeks ago and it still hasn't shipped"),
    ),
    (
        "The item I received is broken",
        Some("the item you received is broken"),
    ),
    (
        "you sent me the wrong size",
        Some("we sent you the wrong size"),
    ),
    (
        "I've been waiting on hold for two hours",
        Some("you've been waiting on hold for two hours"),
    ),
    (
        "nobody has replied to my messages",
        Some("your messages have gone unanswered"),
    ),
    ("still no refund", Some("there's still no refund")),
    (
        "No one answers the phone",
        Some("the phone went unanswered"),
    ),
    ("Hi, my parcel is late", Some("your parcel is late")),
    (
        "Honestly, your stupid website won't let me pay",
        Some("our website won't let you pay"),
    ),
    ("When will my order arrive?", None),
    ("What is going on with my order?", None),
    (
        "I didn't get a confirmation email",
        Some("you didn't get a confirmation email"),
    ),
    (
        "I told you already that the code doesn't work",
        Some("you told us already that the code doesn't work"),
    ),
    (
        "my card was declined but the money left my account",
        Some("your card was declined but the money left your account"),
    ),
    (
        "i cant reset my password",
        Some("you can't reset your password"),
    ),
    (
        "the tracking number doesnt work",
        Some("the tracking number doesn't work"),
    ),
    (
        "my subscription renewed even though I cancelled it",
        Some("your subscription renewed even though you cancelled it"),
    ),
    ("How come my account is locked?", None),
    (
        "I was promised a callback yesterday and nobody called",
        Some("you were promised a callback yesterday and nobody called"),
    ),
    ("Why does the app keep logging me out?", None),
    (
        "My order #12345 arrived damaged",
        Some("your order #12345 arrived damaged"),
    ),
    (
        "I have been charged for a plan I never signed up for",
        Some("you have been charged for a plan you never signed up for"),
    ),
    ("Why can't I download my receipt?", None),
    ("you are useless", None),
    ("I want my money back", None),
    ("I will sue you", None),
    (
        "This is the THIRD time I'm asking!!! Where is my refund???",
        None,
    ),
    ("package never arrived", Some("the package never arrived")),
    (
        "Still waiting for my replacement",
        Some("you're still waiting for your replacement"),
    ),
    (
        "Your agent promised me a refund last week and I still have nothing",
        Some("our agent promised you a refund last week and you still have nothing"),
    ),
    (
        "It's been 3 weeks and my order is still processing",
        Some("it's been 3 weeks and your order is still processing"),
    ),
    ("Why is my order still not here?", None),
    (
        "I paid for express shipping but my parcel took ten days",
        Some("your parcel took ten days"),
    ),
    ("Thanks for the help", None),
    (
        "Can't log in since the update",
        Some("you can't log in since the update"),
    ),
    ("is anyone there?", None),
    ("Why didn't anyone tell me my flight was cancelled?", None),
    (
        "I'm so fed up, the app froze and I lost all my notes",
        Some("the app froze and you lost all your notes"),
    ),
    (
        "damn it, the app crashed again",
        Some("the app crashed again"),
    ),
    ("Never ordering from you again.", None),
    ("No problem, take your time", None),
    ("I love how nobody answers the phone", None),
    ("I'm not happy with this", None),
    (
        "I ordered it three weeks ago and nothing",
        Some("you ordered it three weeks ago and there's been nothing"),
    ),
    (
        "Oh wonderful, it logged me out again",
        Some("it logged you out again"),
    ),
    (
        "You messed up my order and the parcel disappeared",
        Some("we messed up your order and the parcel disappeared"),
    ),
];

#[test]
fn complaint_sentences_are_restated_in_the_agents_voice() {
    assert!(CASES.len() >= 40, "the issue asks for at least 40 cases");
    let mut wrong = Vec::new();
    for &(input, expected) in CASES {
        let got = mirror_sentence(input);
        if got.as_deref() != expected {
            wrong.push(format!(
                "{input:?}\n    expected {expected:?}\n    got      {got:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn restatements_never_keep_the_customers_first_person() {
    for &(input, _) in CASES {
        if let Some(m) = mirror_sentence(input) {
            for word in m.split(' ') {
                assert!(
                    !matches!(word, "I" | "i" | "me" | "my" | "mine" | "I'm"),
                    "{input:?} -> {m:?}"
                );
            }
            assert!(!m.contains(['?', '!']), "{input:?} -> {m:?}");
        }
    }
}
