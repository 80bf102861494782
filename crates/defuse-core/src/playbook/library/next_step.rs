//! The one question the case needs, the exact detail to ask for by DM on a public channel,
//! what the agent will check once it arrives, the plan, and steps the customer can take now.

use super::Pool;
use crate::list::list;

// -- the one question the case needs ------------------------------------------------------

pub(crate) const ASK_ORDER: Pool = list!(
    "What's the order number?",
    "Could you send me the order number?",
    "Can you share the order number? It's in your confirmation email.",
    "Which order is it? The number from the confirmation email is all I need.",
    "Could you give me the order number so I can pull it up?",
);
pub(crate) const ASK_CHARGE: Pool = list!("Could you tell me the date and amount of the charge?",);
pub(crate) const ASK_EMAIL: Pool = list!(
    "What's the email address on the account?",
    "Which email address is the account under?",
    "Could you confirm the email address you signed up with?",
    "Can you send me the email on the account so I can find it?",
);
pub(crate) const ASK_DEVICE_VERSION: Pool = list!(
    "Which phone or computer are you on, and which version of the app?",
    "What device are you using, and which app version is it running?",
    "Which device and app version are you seeing this on?",
);
/// A thing's link to a phone or computer, or its software (no app named): what it is used
/// with and the software version; the version alone when the device was named.
pub(crate) const ASK_LINKED: Pool = list!(
    "Which phone or computer do you use it with, and what software version is that on?",
    "What do you use it with: which phone or computer, and which software version?",
);
pub(crate) const ASK_LINKED_VERSION: Pool =
    list!("Which software version is your phone or computer running?",);
/// A player that won't play some discs: which ones.
pub(crate) const ASK_DISCS: Pool =
    list!("Which discs won't it play: shop-bought or burned ones, and what brand?",);
/// A battery that dies: how long it lasts.
pub(crate) const ASK_BATTERY: Pool = list!("Roughly how long does a full charge last?",);
pub(crate) const ASK_DEVICE: Pool = list!("Which device and browser are you using?",);
/// The version: the app's when one is named, else the software's (a driver, a program).
pub(crate) const ASK_VERSION: Pool = list!(
    "Which version of the app are you on?",
    "Which version of the software are you on?",
);
pub(crate) const ASK_ERROR: Pool = list!("What does the error say, word for word?",);
/// A meal of the business's own: what they had and when.
pub(crate) const ASK_MEAL: Pool = list!(
    "What did you order, and roughly when did you come in?",
    "When was your visit or order, and what did you have?",
);
/// The same once the dish was named.
pub(crate) const ASK_MEAL_WHEN: &str = "Roughly when did you come in or order?";
/// Service on the floor of a meal out: when the visit was, never what they ordered.
pub(crate) const ASK_VISIT: &str = "Roughly when did you visit?";
/// Staff conduct: when it was.
pub(crate) const ASK_WHEN: &str = "Roughly when was this?";
/// Nothing to look up yet in a chat: the one thing that went wrong.
pub(crate) const ASK_MAIN: Pool = list!(
    "What was the main thing that went wrong?",
    "What let you down most?",
    "What went wrong?",
);
pub(crate) const ASK_HOW_LONG: Pool = list!("How long has this been happening?",);
/// What they want, asked only when that is truly unknown and the story was told.
pub(crate) const ASK_OUTCOME: Pool = list!(
    "How can we make this right for you?",
    "What would put this right for you?",
);
/// A thing they have, told about in a chat with nothing yet that finds it: which one it is.
pub(crate) const ASK_MODEL: Pool = list!("Which model is it?", "Which model do you have?");
/// What happened, when the detail is there but the story is not.
pub(crate) const ASK_STORY: Pool = list!(
    "Could you tell me a bit more about what happened?",
    "What happened, exactly? A few details will help me look into it.",
    "Can you walk me through what happened?",
    "What's gone wrong? Tell me and I'll look into it.",
);
/// About a policy: what they need, so a way forward can be found.
pub(crate) const ASK_POLICY: Pool =
    list!("What were you hoping to do, so I can see what options there are?",);
pub(crate) const ASK_LEAD: Pool = list!(
    "I can check {subject} for you.",
    "I'd like to look into {subject}.",
    "Happy to look into {subject}.",
);
/// The lead of a short question where nothing is named: never "look into" (the question
/// after it often says "... and I'll look into it").
pub(crate) const ASK_LEAD_BARE: Pool = list!(
    "Happy to help with this.",
    "I'd be glad to help.",
    "I can help with this.",
);

// -- details, named exactly, for a public channel -----------------------------------------------

pub(crate) const DETAIL_ORDER: Pool = list!("your order number", "the order number");
pub(crate) const DETAIL_CHARGE: Pool = list!("the date and amount of the charge",);
pub(crate) const DETAIL_EMAIL: Pool = list!(
    "the email address on your account",
    "the email address your account uses",
);
pub(crate) const DETAIL_DEVICE: Pool = list!(
    "your device and app version",
    "which device and app version you're on",
);
pub(crate) const DETAIL_BROWSER: Pool = list!("which device and browser you're using",);
/// As `ASK_VERSION`, after "DM us".
pub(crate) const DETAIL_VERSION: Pool = list!(
    "which version of the app you're on",
    "which version of the software you're on",
);
pub(crate) const DETAIL_SERIAL: Pool = list!("the serial number on the device",);
/// A device's network error: the code and the connection (from byte 19, the connection
/// alone, when the code was quoted).
pub(crate) const DETAIL_NETWORK: &str = "the error code and whether you're on wifi or cable";
pub(crate) const DETAIL_ERROR: Pool = list!("the exact error you see",);
pub(crate) const DETAIL_PRODUCT: Pool = list!(
    "the model and what you're seeing",
    "the exact model and when it started",
);
pub(crate) const DETAIL_OUTAGE: Pool = list!(
    "what you see on screen and roughly where you are",
    "the error you get and your postcode or area",
);
pub(crate) const DETAIL_STORY: Pool = list!(
    "a few details of what happened",
    "a little more about what happened",
    "the details of what happened",
);

pub(crate) const DETAIL_BOOKING: Pool = list!("your booking reference",);
pub(crate) const DETAIL_BAGS: Pool = list!("your bag tag number and booking reference",);
pub(crate) const DETAIL_SERVICE: Pool = list!(
    "your account number and postcode",
    "the account holder's name and your postcode",
);
/// A meal: where, when and any receipt; the tail alone once the restaurant, then the time,
/// was named (see `compose::moves::food_detail`).
pub(crate) const DETAIL_FOOD: &str =
    "which restaurant it was, roughly when you ordered and any receipt you have";
/// A part of a tool or an appliance broken in use: what finds it and its warranty.
pub(crate) const DETAIL_PART: &str =
    "the model, where you bought it, and a photo of the broken part";
/// A device's own wifi or Bluetooth fault: its model and software version (from byte 14,
/// the version alone, when the model was given).
pub(crate) const DETAIL_MODEL_OS: &str = "the model and the software version it's on";
/// A thing bought, with no order or model to find it: what is wrong with it, and the
/// proof of purchase a warranty or a return needs.
pub(crate) const DETAIL_PHOTO: Pool = list!("a photo of the problem and your receipt",);
pub(crate) const DETAIL_VISIT: Pool = list!(
    "which store it was and roughly when you were there",
    "the store and the date and time of your visit",
);
pub(crate) const DETAIL_STORE: Pool = list!("which store it was",);
pub(crate) const DETAIL_REPAIR: Pool =
    list!("your service or repair reference and the dealer you used",);
pub(crate) const DETAIL_CASE: Pool = list!("your case or reference number",);
pub(crate) const DETAIL_GIFT_CARD: Pool = list!("the last four digits of the gift card",);
/// The order placed, else the basket before one was (see `compose::moves::code_detail`).
pub(crate) const DETAIL_CODE: Pool = list!(
    "the code you used and your order number",
    "the code you used and what your basket shows",
    "the item and what your basket shows",
);
/// The problem's area: where it is, or only the postcode once the place was named.
pub(crate) const DETAIL_AREA: Pool = list!("your postcode or area", "the postcode you're at");
/// Too little read to ask for an identifier: what happened and when, in their terms.
pub(crate) const DETAIL_NEUTRAL: Pool = list!(
    "what happened and when",
    "a few words on what happened and when",
);

/// Move to a DM: `{details}` the exact detail, `{action}` what is checked once it arrives.
pub(crate) const DM: Pool = list!(
    "We'd like to {action}: could you DM us {details}?",
    "So we can {action}, please DM us {details}.",
    "Could you DM us {details}? Then we can {action}.",
    "Please send us a DM with {details} and we'll {action}.",
    "We can {action} if you DM us {details}.",
);
/// The same, as the concrete next step: `{when}` that the reply comes in the DM.
pub(crate) const DM_STEP: Pool = list!(
    "Please DM us {details}. Once we have it, we'll {action}{when}.",
    "Could you send us a DM with {details}? With that, we'll {action}{when}.",
    "Send us a DM with {details}, and we'll {action}{when}.",
);
/// An answer that needs an account detail, on a public channel.
pub(crate) const DM_ANSWER: Pool = list!(
    "Could you DM us {details}?",
    "Send us {details} by DM and we'll check it.",
);
/// The customer says they sent what was asked.
pub(crate) const GOT_IT: Pool = list!(
    "Thanks, we have it. We'll {action} now and reply to you in the DM.",
    "Got it, thank you: we'll {action} and reply in the DM.",
    "Thanks for sending that; we'll {action} and come back to you in the DM.",
);
/// The number they just gave in a chat, taken up by name.
pub(crate) const GOT_NUMBER: Pool = list!(
    "Got it: {number}.",
    "Thanks, I have {number}.",
    "Thanks, that's {number} noted.",
);
/// A yes to what the agent offered: done now, confirmed here.
pub(crate) const ACCEPT: Pool = list!("I'll do that now and confirm here once it's gone through.",);
pub(crate) const ACCEPT_CHANGE_REFUND: Pool = list!(
    "I'll make the switch and put the refund through now, then confirm here once both are done.",
);
pub(crate) const ACCEPT_LEAD: Pool = list!("Of course.", "Will do.", "No problem.");
pub(crate) const ACCEPT_THANKS: Pool =
    list!("Thanks for confirming.", "Thanks for letting me know.");
/// An order already on its way: what the customer can still do.
pub(crate) const SENT_OFF: Pool = list!(
    "If you'd rather not wait in, you can refuse it at the door and it comes straight back to us; I'll see the refund through once it's back.",
);
/// A calm request the agent can simply do.
pub(crate) const PROPOSE_LEAD: Pool = list!(
    "Of course.",
    "No problem, I can help with that.",
    "Sure, happy to help with that.",
);

// -- promises the agent can keep ------------------------------------------------------------

/// A remark passed on: `{team}` who hears it, by the business's kind (our product team for
/// a thing's design, the kitchen team for a meal's taste, the manager for a place; see
/// `compose::moves::passed_on`). For a thing bought, in the chat of the shop that sold it,
/// the return options are checked if they want one (never a return promised: it may be
/// past its window); a public post, a meal or a place keeps the first sentence.
pub(crate) const PROMISE_DESIGN: Pool = list!(
    "I'll pass this to {team}. If it isn't working out for you, I can check your return options.",
    "{team} will hear about this. If you'd rather send it back, I can check the return options.",
    "I'll share this with {team}. If you'd prefer a return, just say.",
);
/// No receipt for a claim: the other proof a shop may take, and a check, never the outcome
/// (on a public post, "Send me" is "DM us").
pub(crate) const NO_RECEIPT: &str = "Other proof of purchase may do: the order confirmation, a bank statement or the serial number. Send me what you have and I'll check what we can accept.";
pub(crate) const PROMISE_POLICY: Pool = list!(
    "I'll pass your feedback to the team that owns it.",
    "I'll make sure your comments reach the people who decide this.",
    "I'll log your feedback with the team.",
);

// -- what the agent will do -----------------------------------------------------------------

pub(crate) const ACT_ACCOUNT: Pool = list!(
    "check what's blocking the sign-in",
    "look into the account with you",
    "check what's stopping you getting in",
);
pub(crate) const ACT_BILLING: Pool = list!(
    "look into the charge",
    "check the charge against your account",
    "go through the payment with you",
);
/// The second of a double payment asked back.
pub(crate) const ACT_DUPLICATE: Pool = list!("check both payments and get the extra one refunded",);
pub(crate) const ACT_REFUND: Pool = list!(
    "check where the refund is",
    "track down the refund",
    "look up where the refund stands",
);
pub(crate) const ACT_REFUND_WANTED: Pool = list!(
    "look at a refund for you",
    "see what we can do about a refund",
    "look into the refund for you",
);
pub(crate) const ACT_DELIVERY: Pool = list!(
    "find out where your {parcel} is",
    "check where the {parcel} is",
    "trace the {parcel}",
);
pub(crate) const ACT_DAMAGED: Pool = list!(
    "look at how to put it right",
    "see how we can put it right",
    "sort out the next step with you",
);
/// An item that came damaged, or a thing told faulty from new: the remedy a shop offers,
/// as a check, never a promise.
pub(crate) const ACT_REMEDY: Pool = list!(
    "look at a replacement or a refund for you",
    "look into a replacement or a refund with you",
);
/// A thing that failed after months of use, or a maker's own: its warranty is the check.
pub(crate) const ACT_WARRANTY: Pool = list!(
    "check the warranty and whether a repair or a replacement fits",
    "check whether the warranty covers a repair or a replacement",
);
pub(crate) const ACT_OUTAGE: Pool = list!(
    "check it with our technical team",
    "find out what's going on with the service",
    "check the service status for you",
);
pub(crate) const ACT_BUG: Pool = list!(
    "look into it with our technical team",
    "find out what's causing it",
    "check it against known issues",
);
pub(crate) const ACT_POLICY: Pool = list!("see what options there are in your case",);
pub(crate) const ACT_CANCEL_CHECK: Pool = list!("look into the cancellation",);
/// A threat to cancel: the cause is what gets fixed.
pub(crate) const ACT_THREAT: Pool = list!("sort out what's behind this");
pub(crate) const ACT_CANCEL: Pool = list!(
    "cancel it for you",
    "take care of the cancellation",
    "process the cancellation",
);
pub(crate) const ACT_SPAM: Pool = list!("take you off the mailing lists",);
pub(crate) const ACT_PRIVACY: Pool = list!(
    "look into it with our privacy team",
    "check what we hold and how it's used",
);
pub(crate) const ACT_BOOKING: Pool = list!(
    "look into your booking and what we can do",
    "check your booking and the options",
);
/// A train or bus held up, no ticket named.
pub(crate) const ACT_ONWARD: Pool = list!("find out the plan for getting you on your way",);
pub(crate) const ACT_BAGS: Pool = list!("trace your bag",);
pub(crate) const ACT_SERVICE: Pool = list!(
    "check the service at your address",
    "run a check on your line",
);
pub(crate) const ACT_AREA: Pool = list!("check the service status for your area",);
pub(crate) const ACT_FOOD: Pool = list!("follow it up with the restaurant",);
/// A meal of the business's own, in its private chat.
pub(crate) const ACT_KITCHEN: Pool = list!("pass this to the kitchen and the manager",);
/// The service on the floor, or a visit whose time was given: the manager's.
pub(crate) const ACT_FLOOR: Pool = list!("pass this to the manager",);
pub(crate) const ACT_VISIT: Pool = list!(
    "raise it with the manager of that location",
    "follow it up with that location's team",
);
pub(crate) const ACT_REPAIR: Pool = list!("chase the repair", "look into the repair");
pub(crate) const ACT_CASE: Pool = list!("pick up your case");
pub(crate) const ACT_GIFT_CARD: Pool = list!("look into the gift card");
pub(crate) const ACT_CODE: Pool = list!("check the code for you",);
pub(crate) const ACT_MISSING_ITEMS: Pool =
    list!("check what was packed", "look into the missing items");
pub(crate) const ACT_OTHER: Pool = list!(
    "look into it",
    "look into it for you",
    "follow it up",
    "get it looked at",
);

/// After the one question in a chat.
pub(crate) const PLAN_NEEDS: Pool = list!(
    "Once I have it, I'll {action}.",
    "With that, I can {action}.",
    "Then I'll {action}.",
);
/// Nothing missing, the agent has the details: an update time is honest now.
pub(crate) const PLAN_NOW: Pool = list!(
    "I'll {action} now and update you {follow_up}.",
    "I'll {action} now, and you'll hear from me {follow_up}.",
    "I'll {action} now and come back to you {follow_up}.",
);
/// The same in a private chat: the agent looks it up while the customer is there.
pub(crate) const PLAN_NOW_CHAT: Pool = list!(
    "Let me {action} now; bear with me a moment.",
    // Not "right now": "put it right right now".
    "I'll {action} straight away and tell you what I find here.",
    "Give me a moment to {action}, and I'll come straight back to you in this chat.",
);
/// A request a team decides (money, terms): the update time is honest, the outcome is not
/// promised.
pub(crate) const PLAN_TEAM: Pool = list!(
    "I'll {action} and update you {follow_up}, even if they haven't decided by then.",
    "I can't promise the outcome, but I'll {action} and update you {follow_up}.",
);
/// The same for an outage: no fix time, only an update.
pub(crate) const PLAN_OUTAGE: Pool = list!(
    "I'll {action} and update you {follow_up}, even if it isn't fixed yet.",
    "I can't promise a fix time, but I'll {action} and update you {follow_up}.",
);
/// A cancellation the agent can do now: a confirmation, not an update time.
pub(crate) const PLAN_CANCEL: Pool = list!(
    "I'll {action} now and email you a confirmation.",
    "I'm doing that now; a confirmation email will follow once it's done.",
    "I'll {action} now, and you'll get a confirmation email.",
);
/// Nothing missing on a first message: the check; no fix promised, only when they hear.
pub(crate) const PLAN_FIRST: Pool = list!(
    "I'll {action} now.",
    "Let me {action}.",
    "I'm going to {action} now and I'll tell you what I find {follow_up}.",
);
/// The same in a chat: with nothing to look up yet, no update time.
pub(crate) const PLAN_CHECK: Pool = list!("I'll {action} now.", "Let me {action}.");
/// A meal of the business's own, passed on: no update promised on it.
pub(crate) const PLAN_PASS: Pool = list!(
    "I'll {action} today.",
    "I'm going to {action} today, so they know exactly what went wrong.",
);
/// The customer said what they want, in a chat: the question, then the action.
pub(crate) const PLAN_ASK: Pool = list!(
    "I can {action}. {question}",
    "I'll {action}. {question}",
    "{question} Then I'll {action}.",
);
/// The customer said what they want, on a public channel.
/// `{when}` the configured follow-up ("within the hour"): a time the reply can keep once
/// the DM is in.
pub(crate) const PLAN_PUBLIC: Pool = list!(
    "We can {action}: please DM us {details}, and we'll reply {when}.",
    "If you DM us {details}, we'll {action}, and you'll hear from us {when}.",
    "Send us {details} by DM and we'll {action}; you'll hear back {when}.",
);

// -- steps the customer can take now --------------------------------------------------------

pub(crate) const TIP_ACCOUNT: Pool = list!(
    "In the meantime, a reset from the 'Forgot password' link may get you straight back in; check spam for the email.",
);
pub(crate) const TIP_HACKED: Pool =
    list!("If you can still get in, change your password now and sign out of all other sessions.",);
pub(crate) const TIP_CODE: Pool = list!(
    "Meanwhile, check the code isn't landing in spam, and that your phone's time is set automatically.",
);
pub(crate) const TIP_CAR_LOCKED: Pool = list!(
    "Right now, most fobs have a metal key inside that opens the driver's door; if that doesn't work, roadside assistance can get you in.",
);
/// A trait remarked on that settings can ease (battery life, lag): an offer, no fact.
pub(crate) const TIP_TRAIT: Pool =
    list!("I'm happy to share a few settings that can help with that.",);
pub(crate) const TIP_MOVED: Pool =
    list!("Tell me what you're looking for and I'll show you where it is now.",);
pub(crate) const TIP_ONWARD: Pool =
    list!("Meanwhile, staff on board or at the station can tell you the quickest way on.",);
pub(crate) const TIP_BUG: Pool =
    list!("Meanwhile, updating to the latest version and restarting the app is worth a try.",);
pub(crate) const TIP_DEVICE: Pool = list!(
    "Meanwhile, a reset (holding the power button for about ten seconds) and a different cable and plug are worth a try.",
);
pub(crate) const TIP_SPAM: Pool =
    list!("It's worth a quick look in your spam or junk folder too, in case it landed there.",);
pub(crate) const TIP_DECLINED: Pool =
    list!("It's also worth checking with your bank that the card allows online payments.",);
