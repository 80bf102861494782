//! The sentences replies are composed from, written for Defuse (our own words, never the
//! seed articles'). Each pool holds several wordings of one move, so that two conversations
//! rarely share a sentence; `compose.rs` picks one per slot.
//!
//! Placeholders: `{subject}` the problem as a noun phrase ("your missing parcel"), `{parcel}`
//! the customer's word for what was sent, `{item}` an item they named, `{thing}` "the app" or
//! "the website", `{name}`, `{follow_up}` the configured time ("within the hour"),
//! `{action}` what the agent will do ("trace the parcel"), `{remedy}` the site owner's offer
//! completing "I can ...", `{complaint}` the
//! mirrored clause.
//!
//! Honesty rules every sentence here keeps: no outcome or fix time that nobody has
//! verified; an apology for a fault only in the `Company` pools; nothing that claims to
//! have read back through a conversation the agent has not taken part in.

// -- openings that fit who is at fault ----------------------------------------------------

/// The company got it wrong: apologize.
pub(super) const OPEN_COMPANY: &[&str] = &[
    "I'm sorry about {subject}.",
    "Sorry about {subject}, that's not the service you should get.",
    "I'm sorry for the trouble with {subject}.",
    "Apologies for {subject}.",
    "I'm sorry, {subject} is on us to put right.",
    "Sorry for {subject}, I know it's a hassle you didn't need.",
];
/// A rule or price working as designed: acknowledge, don't own a fault.
pub(super) const OPEN_POLICY: &[&str] = &[
    "I can see why {subject} is frustrating.",
    "I understand {subject} isn't what you wanted.",
    "That's fair feedback on {subject}.",
    "I get why {subject} feels unfair to you.",
    "Thanks for being straight with us about {subject}.",
];
/// An outage: acknowledge the disruption.
pub(super) const OPEN_OUTAGE: &[&str] = &[
    "I know {subject} is a real disruption.",
    "{subject} is a real nuisance, and I know you need it working.",
    "Thanks for flagging {subject}; I know it's getting in your way.",
    "I'm sorry you're caught up in {subject}.",
];
/// The customer's own slip: help without blame.
pub(super) const OPEN_CUSTOMER: &[&str] = &[
    "That's an easy slip to make, so don't worry.",
    "Easily done, and we can work through it together.",
    "No problem, this happens more often than you'd think.",
    "Thanks for telling me, that's something we can look at.",
];
/// A courier, bank or other party: sympathy, and we chase it.
pub(super) const OPEN_THIRD_PARTY: &[&str] = &[
    "I'm sorry {subject} hasn't reached you yet.",
    "That's frustrating, and I'll chase it up for you.",
    "I'm sorry about {subject}; I'll follow it up with the courier on your behalf.",
    "I can see why you're fed up with {subject}.",
];
/// Not clear yet whose fault it is.
pub(super) const OPEN_UNKNOWN: &[&str] = &[
    "Thanks for letting us know about {subject}.",
    "I'm sorry to hear about {subject}.",
    "Let's get {subject} sorted out.",
    "That sounds frustrating, and I'd like to help with {subject}.",
    "Thanks for flagging {subject}.",
];

// -- what the problem costs the customer --------------------------------------------------

pub(super) const IMPACT_ACCOUNT: &[&str] = &[
    "Being shut out of your own account is stressful, especially when you need it.",
    "I know how unsettling it is when an account stops letting you in.",
    "Not getting in when you need to is maddening.",
];
pub(super) const IMPACT_BILLING: &[&str] = &[
    "Nobody wants a surprise on their statement.",
    "Money leaving your account without a clear reason is worrying.",
    "An unexpected charge is stressful, and you deserve a clear answer on it.",
];
pub(super) const IMPACT_REFUND: &[&str] = &[
    "Waiting on money that's owed to you is no fun.",
    "I know you want this closed and the money back where it belongs.",
    "You shouldn't have to chase your own money.",
];
pub(super) const IMPACT_LATE: &[&str] = &[
    "Waiting on your {parcel} with no clear date is frustrating.",
    "When you've planned around a delivery date, a delay throws everything off.",
    "I know you were counting on having it by now.",
];
pub(super) const IMPACT_MISSING: &[&str] = &[
    "Paying for something and not having it in your hands is really frustrating.",
    "When a delivery vanishes it's stressful, especially when the tracking says otherwise.",
    "I know you were counting on that {parcel}.",
];
pub(super) const IMPACT_DAMAGED: &[&str] = &[
    "Opening a box to find it damaged is a real letdown.",
    "That's disappointing after waiting for it.",
    "You were looking forward to it, and it should have arrived in one piece.",
];
pub(super) const IMPACT_OUTAGE: &[&str] = &[
    "I know you rely on it working.",
    "Being cut off in the middle of things is frustrating.",
    "It's hard to get anything done when the service won't cooperate.",
];
pub(super) const IMPACT_BUG: &[&str] = &[
    "Having it fail while you're in the middle of something is really annoying.",
    "I know you just want it to work.",
    "That's frustrating, especially if you use it every day.",
];
pub(super) const IMPACT_POLICY: &[&str] = &[
    "I understand it feels like a step backwards.",
    "Feedback like yours is exactly what the team needs to hear.",
    "I can see why that's a letdown.",
];
pub(super) const IMPACT_CANCEL: &[&str] = &[
    "Cancelling should be simple, and I'll keep it that way.",
    "I'll make this as quick as I can.",
    "I'll keep this short and get it done for you.",
];
pub(super) const IMPACT_PRIVACY: &[&str] = &[
    "You're right to ask how your information is used.",
    "It's unsettling to get messages you didn't ask for.",
    "Your data is yours, and it's a fair thing to raise.",
];
pub(super) const IMPACT_OTHER: &[&str] = &[
    "I'd like to get this right for you.",
    "Thanks for explaining it.",
    "I want to make sure we get to the bottom of it.",
];

/// They contacted us before, and it is on us.
pub(super) const CHASED_SORRY: &[&str] = &[
    "I'm sorry you've had to chase this.",
    "You shouldn't have had to contact us again about it.",
    "Sorry it's taken more than one message to get anywhere.",
];
/// They contacted us before; thank them for persisting.
pub(super) const CHASED_THANKS: &[&str] = &[
    "Thanks for sticking with it and coming back to us.",
    "I know this isn't the first time you've raised it.",
];

// -- the one question the case needs ------------------------------------------------------

pub(super) const ASK_ORDER: &[&str] = &[
    "What's the order number?",
    "Could you send me the order number?",
    "Can you share the order number? It's in your confirmation email.",
    "Which order is it? The number from the confirmation email is all I need.",
    "Could you give me the order number so I can pull it up?",
];
pub(super) const ASK_CHARGE: &[&str] = &[
    "Could you tell me the date and amount of the charge?",
    "What date and amount does the charge show on your statement?",
    "Can you send me the amount and the date it was taken?",
];
pub(super) const ASK_EMAIL: &[&str] = &[
    "What's the email address on the account?",
    "Which email address is the account under?",
    "Could you confirm the email address you signed up with?",
    "Can you send me the email on the account so I can find it?",
];
pub(super) const ASK_DEVICE_VERSION: &[&str] = &[
    "Which phone or computer are you on, and which version of the app?",
    "What device are you using, and which app version is it running?",
    "Which device and app version are you seeing this on?",
];
pub(super) const ASK_DEVICE: &[&str] = &[
    "Which device and browser are you using?",
    "What are you using it on: phone, tablet or computer?",
    "Which device is this happening on?",
];
pub(super) const ASK_VERSION: &[&str] = &[
    "Which version of the app are you on?",
    "Do you know which app version you have installed?",
];
pub(super) const ASK_ERROR: &[&str] = &[
    "What does the error say, word for word?",
    "Could you send me the exact error message, or a screenshot of it?",
    "What message do you see on screen when it fails?",
    "Is there an error message? The exact wording helps me find the cause.",
];
pub(super) const ASK_PRODUCT: &[&str] = &[
    "Which item was it?",
    "Which product is affected?",
    "Which item from the order is it?",
];
pub(super) const ASK_HOW_LONG: &[&str] =
    &["How long has this been happening?", "When did this start?"];
/// What they want, asked only when that is truly unknown.
pub(super) const ASK_OUTCOME: &[&str] = &[
    "What would you like us to do about it?",
    "What would put this right for you?",
    "What outcome are you hoping for?",
];
/// What happened, when the detail is there but the story is not.
pub(super) const ASK_STORY: &[&str] = &[
    "Could you tell me a bit more about what happened?",
    "What happened just before it went wrong?",
    "Can you walk me through what you were doing when it happened?",
];
/// About a policy: what they need, so a way forward can be found.
pub(super) const ASK_POLICY: &[&str] = &[
    "What were you hoping to do, so I can see what options there are?",
    "Can you tell me what you need it for? There may be another way to get there.",
];
pub(super) const ASK_LEAD: &[&str] = &[
    "To look into {subject}, I need one thing.",
    "One quick question so I can help with {subject}.",
    "I can check {subject} for you.",
    "I'd like to look into {subject}.",
];

// -- the same questions for a public channel ------------------------------------------------

pub(super) const DM_ORDER: &[&str] = &[
    "Could you send us a DM with the order number?",
    "Please DM us your order number and we'll pick it up there.",
    "Can you drop us a direct message with the order number? Please don't post it here.",
    "Send the order number over in a DM and we'll check it privately.",
];
pub(super) const DM_EMAIL: &[&str] = &[
    "Could you DM us the email address on the account? Please don't share it publicly.",
    "Please send us a private message with the email on the account.",
    "Drop us a DM with the account email and we'll take a look.",
];
pub(super) const DM_DEVICE: &[&str] = &[
    "Could you DM us your device, app version and the error you see?",
    "Send us a direct message with your device and app version and we'll dig in.",
    "Please DM us which device you're on and what the screen says.",
];
pub(super) const DM_GENERIC: &[&str] = &[
    "Could you send us a DM so we can look into it privately?",
    "Drop us a direct message and we'll go through it with you there.",
    "Please send us a DM with the details.",
];

// -- promises the agent can keep ------------------------------------------------------------

pub(super) const PROMISE_ONCE_SENT: &[&str] = &[
    "I'll check it the moment you send it.",
    "The minute I have it, I'll look it up.",
    "Once I have that, I'll take it from there.",
    "I'll look into it the moment it comes through.",
];
pub(super) const PROMISE_UPDATE: &[&str] = &[
    "I'm looking into it now and I'll update you {follow_up}.",
    "I'm checking it now; you'll hear back from me {follow_up}.",
    "I'll come back to you {follow_up} with what I find.",
    "You'll have an update from me {follow_up}, even if I'm still digging.",
];
pub(super) const PROMISE_OUTAGE: &[&str] = &[
    "I'll update you {follow_up} with what I know, even if it isn't fixed yet.",
    "I can't promise a fix time, but I'll keep you posted here {follow_up}.",
    "I'll come back to you {follow_up} with the latest from the team.",
];
pub(super) const PROMISE_POLICY: &[&str] = &[
    "I'll pass your feedback to the team that owns it.",
    "I'll make sure your comments reach the people who decide this.",
    "I'll log your feedback so it's counted.",
];
pub(super) const PROMISE_PUBLIC: &[&str] = &[
    "We'll pick it up from there.",
    "We'll take it from there privately.",
    "We'll look into it once your message comes in.",
];
pub(super) const PROMISE_CLOSE: &[&str] = &["Have a great day!", "Take care!"];

// -- what the agent will do -----------------------------------------------------------------

pub(super) const ACT_ACCOUNT: &[&str] = &[
    "check what's blocking the sign-in",
    "look at the account and get you back in",
    "check the account's security settings with you",
];
pub(super) const ACT_BILLING: &[&str] = &[
    "go through the charges on your account",
    "check the charge against your account",
    "look into the payment and explain what it is",
];
pub(super) const ACT_REFUND: &[&str] = &[
    "check where the refund is",
    "track the refund and tell you where it stands",
    "look up the refund's status",
];
pub(super) const ACT_DELIVERY: &[&str] = &[
    "trace the {parcel} and find out where it is",
    "check where the {parcel} is",
    "look at the tracking and chase it",
];
pub(super) const ACT_DAMAGED: &[&str] = &[
    "set up the next step for the damaged item",
    "look at the options to put it right",
    "start the claim for the damaged item",
];
pub(super) const ACT_OUTAGE: &[&str] = &[
    "check the status with our technical team",
    "get the latest from the team working on it",
    "check what the engineers know so far",
];
pub(super) const ACT_BUG: &[&str] = &[
    "check it against known issues and pass it to our technical team",
    "try to reproduce it and get it to the developers",
    "look for a known fix and report it to the team",
];
pub(super) const ACT_POLICY: &[&str] = &[
    "pass your feedback to the team that owns the policy",
    "check whether there's any flexibility in your case",
    "see what options I have for you",
];
pub(super) const ACT_CANCEL: &[&str] = &[
    "process the cancellation",
    "cancel it and send you a confirmation",
    "take care of the cancellation",
];
pub(super) const ACT_PRIVACY: &[&str] = &[
    "take you off the mailing lists",
    "log your request with our privacy team",
    "check what we hold and what's been shared",
];
pub(super) const ACT_OTHER: &[&str] = &[
    "look into it",
    "check what's happened",
    "find out what's going on",
];

pub(super) const PLAN_NEEDS: &[&str] = &[
    "Once I have it, I'll {action}.",
    "With that, I can {action} straight away.",
    "Then I'll {action} and let you know what I find.",
];
pub(super) const PLAN_NOW: &[&str] = &[
    "Here's the plan: I'll {action} now and update you {follow_up}.",
    "I'm going to {action} now; you'll hear from me {follow_up}.",
    "Next step: I'll {action}, and I'll message you {follow_up} either way.",
];
/// A check after a plan, so the customer can steer it.
pub(super) const PROPOSE_CHECK: &[&str] = &[
    "Does that work for you?",
    "Is there anything else I should know before I start?",
    "If anything changes in the meantime, just tell me here.",
    "Let me know if you'd prefer a different way forward.",
];
pub(super) const PLAN_PUBLIC: &[&str] = &[
    "We'd like to {action} for you.",
    "We can {action} once we have your details.",
    "We'll {action} once we hear from you.",
];

// -- steps the customer can take now --------------------------------------------------------

pub(super) const TIP_ACCOUNT: &[&str] = &[
    "In the meantime, a password reset from the sign-in page may get you straight back in; check your spam folder for the email.",
    "While I check, it's worth trying the 'Forgot password' link on the sign-in page.",
];
pub(super) const TIP_HACKED: &[&str] = &[
    "If you can still get in, change your password now and sign out of all other sessions.",
    "Meanwhile, please change the password on any other account that uses the same one.",
];
pub(super) const TIP_CODE: &[&str] = &[
    "Meanwhile, check the code isn't landing in spam, and that your phone's time is set automatically.",
    "If you can, request one new code and wait a couple of minutes before trying again.",
];
pub(super) const TIP_BUG: &[&str] = &[
    "Meanwhile, updating to the latest version and restarting the app is worth a try.",
    "In the meantime, a restart or reinstall sometimes clears it.",
];
pub(super) const TIP_OUTAGE: &[&str] = &[
    "There's no need to change anything on your side for now.",
    "No need to reset or reinstall anything in the meantime.",
];
pub(super) const TIP_DECLINED: &[&str] = &[
    "It's also worth checking with your bank that the card allows online payments.",
    "Your bank can tell you if they blocked it on their side, which is common with new cards.",
];

// -- technique-specific lines ----------------------------------------------------------------

pub(super) const GREET_NAME: &[&str] = &["Hi {name},", "{name},", "Hi {name}!"];

pub(super) const ACK_MIRROR: &[&str] = &[
    "I can see {complaint}.",
    "Thanks for laying it out: {complaint}.",
    "So {complaint}, and I understand why you're fed up.",
    "You've told me {complaint}, and that's a fair reason to be annoyed.",
];
/// An apology naming the problem in the customer's words (company faults only).
pub(super) const SORRY_MIRROR: &[&str] = &[
    "I'm sorry {complaint}.",
    "I'm sorry that {complaint}; that's on us to put right.",
    "{complaint}, and I'm sorry about that.",
];
pub(super) const ACK_SUBJECT: &[&str] = &[
    "I can see why {subject} has you frustrated.",
    "I understand how annoying {subject} is.",
    "{subject} would wind anyone up, I get it.",
    "It's fair to be annoyed about {subject}.",
];

pub(super) const RESPOND_NOW: &[&str] = &[
    "Thanks for waiting, I'm here now.",
    "Sorry for the wait, I'm picking up {subject} now.",
    "I'm with you now.",
    "Thanks for your patience, I've got {subject} in front of me.",
];

pub(super) const LISTEN: &[&str] = &[
    "I'm reading everything you've sent. Take your time.",
    "Go ahead, I'm following along.",
    "I'm here and reading, so finish what you need to say.",
    "I'm taking all of this in.",
];
pub(super) const LISTEN_WARM: &[&str] = &[
    "Say everything you need to; I'd rather have the full picture.",
    "There's no rush on my side.",
    "I want to get this right, so I'm not going to interrupt.",
];
pub(super) const LISTEN_THEN: &[&str] = &[
    "Once you're done, I'll go through each point with you.",
    "When you've finished, I'll pick up every point you've raised.",
    "Then we'll work through {subject} together.",
];

pub(super) const BOUNDARY: &[&str] = &[
    "I want to help with {subject}, and I can do that best if we keep this respectful.",
    "I'm here to sort out {subject}, so let's keep it to the issue.",
    "I'll keep working on {subject} with you, but I need the personal remarks to stop.",
    "Let's keep this about {subject}; that's where I can actually help.",
];
pub(super) const BOUNDARY_PLAIN: &[&str] = &[
    "I want to help, and I can do that best if we keep this respectful.",
    "I'm on your side here, so let's keep it about the problem.",
    "I'll keep working on it with you, but I need the personal remarks to stop.",
];
pub(super) const BOUNDARY_ACK: &[&str] = &[
    "I understand you're angry about {subject}.",
    "I can tell {subject} has pushed you to the limit.",
    "I know {subject} has been a lot to deal with.",
];

pub(super) const ESCALATE: &[&str] = &[
    "I'm bringing in a supervisor now and passing on everything you've told me, so you won't have to repeat it.",
    "I'm handing {subject} to my team lead with the full details.",
    "I'm asking a senior colleague to take this over, with a summary of {subject}.",
];
pub(super) const ESCALATE_LEGAL: &[&str] = &[
    "I'm passing this to a senior colleague who can respond to that properly.",
    "Understood. I'm referring this to the team who handle formal complaints.",
    "I'll make sure this goes to the right people to respond formally.",
];
pub(super) const ESCALATE_MEANWHILE: &[&str] = &[
    "I'll stay on the chat until they've joined.",
    "I'll let you know here once they've picked it up.",
    "You won't need to explain it all again.",
];

pub(super) const PRIVATE_LEAD: &[&str] = &[
    "We want to sort out {subject} properly.",
    "We'd like to look into {subject} with your details.",
    "Let's take {subject} somewhere we can look at your account safely.",
];
pub(super) const PRIVATE_CALL: &[&str] = &[
    "If you'd rather talk it through, tell us in the DM and we'll arrange a call.",
    "If a call is easier, mention it in your message.",
    "We can continue by phone if you prefer.",
];

pub(super) const CLARIFY_LEAD: &[&str] = &[
    "Sorry for the mix-up.",
    "I want to make sure I've got this right.",
    "Let me make sure I understand.",
];
pub(super) const CLARIFY_LEAD_AFTER_REPLY: &[&str] = &[
    "You're right, I didn't answer what you asked.",
    "Sorry, I misread that the first time.",
    "I've gone back over your messages so you don't have to repeat yourself.",
];
pub(super) const CLARIFY_MIRROR: &[&str] = &[
    "As I understand it, {complaint}.",
    "What I have is that {complaint}.",
    "So {complaint}.",
];
pub(super) const CLARIFY_SUBJECT: &[&str] = &[
    "You're asking about {subject}.",
    "This is about {subject}.",
    "The question is {subject}.",
];
pub(super) const CLARIFY_CHECK: &[&str] = &[
    "Is that right, and is there anything I've missed?",
    "Have I got that right?",
    "Did I miss anything?",
];

pub(super) const OFFER: &[&str] = &[
    "I'd like to make up for {subject}: I can {remedy}.",
    "To put {subject} right, I can {remedy}.",
    "For the trouble with {subject}, I can {remedy}.",
];
pub(super) const OFFER_CONFIRM: &[&str] = &[
    "Would that work for you?",
    "Shall I go ahead with that?",
    "Just say yes and I'll set it up.",
];

pub(super) const ANSWER_LEAD: &[&str] = &[
    "Good question.",
    "Happy to help with that.",
    "Sure, I can help.",
    "Thanks for asking.",
    "Of course.",
    "Glad you asked.",
];
pub(super) const ANSWER_MORE: &[&str] = &[
    "If anything's unclear, just ask.",
    "Let me know if you get stuck on any step.",
    "If it doesn't look like that on your screen, tell me what you see.",
    "I'm here if anything doesn't match what you see.",
    "Shout if you'd like me to stay on while you try it.",
];

pub(super) const ANSWER_ADDRESS: &[&str] = &[
    "If the order hasn't shipped yet, I can change the address for you. What's the order number and the new address?",
    "I can update the delivery address as long as it hasn't left the warehouse. Which order is it, and where should it go?",
];
pub(super) const ANSWER_PASSWORD: &[&str] = &[
    "Use 'Forgot password' on the sign-in page and we'll email you a reset link; it can take a few minutes, so check spam too.",
    "You can reset it from the sign-in page with the 'Forgot password' link. If the email doesn't come, tell me the address on the account and I'll check it.",
];
pub(super) const ANSWER_CANCEL: &[&str] = &[
    "I can cancel it for you from here. Which email address is the account under?",
    "I can take care of the cancellation now. Could you confirm the email on the account?",
];
pub(super) const ANSWER_REFUND: &[&str] = &[
    "I can check whether your order can be refunded. What's the order number?",
    "Send me the order number and I'll tell you exactly what the options are for it.",
];
pub(super) const ANSWER_INVOICE: &[&str] = &[
    "I can send you a copy of the invoice. Which order is it for?",
    "I can get the invoice to you. Which order, and which email should it go to?",
];
pub(super) const ANSWER_PAYMENT: &[&str] = &[
    "I can check which payment options work for your order. Which one were you hoping to use?",
    "Tell me which payment method you'd like to use and I'll confirm whether it works for your order.",
];
pub(super) const ANSWER_SHIPPING: &[&str] = &[
    "I can check the delivery options for you. Which country or postcode is it going to?",
    "Delivery options depend on where it's going. What's the destination postcode or country?",
];
pub(super) const ANSWER_ACCOUNT: &[&str] = &[
    "You can change most details yourself in your account settings once you're signed in. Which detail do you want to update?",
    "Most account details can be edited under your account settings. What would you like to change?",
];
pub(super) const ANSWER_ORDER: &[&str] = &[
    "I can check that for you. What's the order number?",
    "Send me the order number and I'll look at what's possible for it.",
];
pub(super) const ANSWER_GENERIC: &[&str] = &[
    "I can help with that. What are you trying to do, and where did you get stuck?",
    "Happy to walk you through it. Which part are you stuck on?",
    "Sure. Tell me a little more about what you're trying to set up and I'll point you to the right place.",
];

pub(super) const ANSWER_UNLOCK: &[&str] = &[
    "I can unlock it for you once I've confirmed the account is yours. Which email address is it registered to?",
    "A lock like that is a safety measure, and I can lift it after a quick check. What's the email on the account?",
    "I can get that unlocked. First, could you confirm the email address the account uses?",
];
pub(super) const ANSWER_CHANGE_EMAIL: &[&str] = &[
    "Yes, I can change the email on the account once I've confirmed it's you. What's the old address, and the new one?",
    "I can move the account to a new email for you. Send me the address it uses now and the one you'd like instead.",
];
pub(super) const ANSWER_DEVICES: &[&str] = &[
    "I can check which devices are signed in and sign them out for you. What's the email on the account?",
    "I can see the signed-in devices from here and log out any you don't recognise. Which email address is the account under?",
];
pub(super) const ANSWER_REFUND_TIME: &[&str] = &[
    "Once a return is received, the refund goes back to the original payment method, and banks can take a few working days to show it. If you send me the order number, I'll check where yours is.",
    "Refunds go back to the card you paid with after the return is checked in; your bank may take a few days to post it. Share the order number and I'll look up yours.",
];
pub(super) const ANSWER_OUTAGE: &[&str] = &[
    "Thanks for checking. I'm confirming the current status with our technical team and I'll update you here {follow_up}.",
    "I'm checking the service status with the team now, and I'll let you know what I find {follow_up}.",
    "Good question. I'm getting the latest from our engineers and will post an update here {follow_up}.",
];
pub(super) const ANSWER_STATUS_PAGE: &[&str] = &[
    "I'll find out whether there's a status page you can bookmark and send you the link {follow_up}.",
    "Fair ask. I'll check where service updates are posted and send you the link {follow_up}.",
];
pub(super) const ANSWER_DELETE_DATA: &[&str] = &[
    "I can delete your account and the data we hold for you. Could you confirm the email address on the account?",
    "I can start the deletion of your account and data now. Which email address is the account registered to?",
];
pub(super) const ANSWER_PRIVACY_SETTING: &[&str] = &[
    "Tell me which phone or browser you're using and I'll walk you through switching it off.",
    "I can walk you through that setting. Which device are you using?",
];
pub(super) const ANSWER_POLICY: &[&str] = &[
    "That's a fair question. I'll explain how the rule applies and check whether there's any flexibility for you. What's the order number?",
    "I can explain the reasoning and see what options there are in your case. Which order or booking is it about?",
];
pub(super) const ANSWER_STOCK: &[&str] = &[
    "I'll check that for you. Which product is it, so I can look up what's available?",
    "Let me look that up. Which item and size are you after?",
];
pub(super) const ANSWER_COMPANY: &[&str] = &[
    "Good question. I'll find out for you and come back to you {follow_up}.",
    "Let me check that with the right team and get back to you {follow_up}.",
    "I don't want to guess on that one, so I'll check and reply here {follow_up}.",
];
pub(super) const ANSWER_STEPS: &[&str] = &[
    "I can walk you through it. Which device are you using, so I give you the right steps?",
    "Happy to walk you through it. Are you on the app or the website?",
    "Tell me whether you're on a phone or a computer and I'll give you the exact steps.",
];

/// Answer-oriented lines for the question the customer asked.
pub(super) fn answers(texts: &[String]) -> &'static [&'static str] {
    let mentions = |phrases: &[&str]| texts.iter().any(|t| super::situation::has_any(t, phrases));
    if mentions(&["unlock", "locked"]) {
        ANSWER_UNLOCK
    } else if mentions(&[
        "change the email",
        "change my email",
        "email on the account",
        "new email",
    ]) {
        ANSWER_CHANGE_EMAIL
    } else if mentions(&["devices", "signed in", "logged in", "sessions"]) {
        ANSWER_DEVICES
    } else if mentions(&["delete my account", "my data", "the data", "data you hold"]) {
        ANSWER_DELETE_DATA
    } else if mentions(&["location", "tracking", "cookies", "privacy", "train ai"]) {
        ANSWER_PRIVACY_SETTING
    } else if mentions(&["status page"]) {
        ANSWER_STATUS_PAGE
    } else if mentions(&[
        "down",
        "outage",
        "anyone else",
        "not loading",
        "blank page",
        "offline",
    ]) {
        ANSWER_OUTAGE
    } else if mentions(&["address"]) {
        ANSWER_ADDRESS
    } else if mentions(&["password", "log in", "login", "sign in"]) {
        ANSWER_PASSWORD
    } else if mentions(&["cancel", "unsubscribe", "close my account"]) {
        ANSWER_CANCEL
    } else if mentions(&["how long", "take to show", "normal"])
        && mentions(&["refund", "refunds", "return"])
    {
        ANSWER_REFUND_TIME
    } else if mentions(&["refund", "return", "money back"]) {
        ANSWER_REFUND
    } else if mentions(&["invoice", "receipt", "vat"]) {
        ANSWER_INVOICE
    } else if mentions(&[
        "why can't",
        "why cant",
        "why do i",
        "why does",
        "why can't we",
        "rule",
        "policy",
        "allowed",
    ]) {
        ANSWER_POLICY
    } else if mentions(&[
        "in a size",
        "in stock",
        "do you have",
        "do you sell",
        "coming to",
    ]) {
        ANSWER_STOCK
    } else if mentions(&[
        "store",
        "stores",
        "open",
        "staff",
        "jobs",
        "access",
        "ship to",
        "gift card",
    ]) {
        ANSWER_COMPANY
    } else if mentions(&["pay", "payment", "paypal", "card", "klarna"]) {
        ANSWER_PAYMENT
    } else if mentions(&["ship", "shipping", "deliver", "delivery"]) {
        ANSWER_SHIPPING
    } else if mentions(&["profile", "username"]) {
        ANSWER_ACCOUNT
    } else if mentions(&["order"]) {
        ANSWER_ORDER
    } else if mentions(&[
        "how do i",
        "how can i",
        "set up",
        "turn on",
        "turn off",
        "export",
        "share",
        "add a",
        "connect",
        "where is the setting",
    ]) {
        ANSWER_STEPS
    } else {
        ANSWER_GENERIC
    }
}

// -- closing ----------------------------------------------------------------------------------

pub(super) const THANKS_PRAISE: &[&str] = &[
    "Thank you, that's really kind of you to say!",
    "Thanks so much for taking the time to tell us!",
    "That's lovely to hear, thank you!",
    "Thanks for the kind words, they made our day.",
    "What a nice message to get, thank you!",
    "Thank you! I'll make sure the team sees this.",
];
pub(super) const THANKS_SOLVED: &[&str] = &[
    "Glad that's sorted!",
    "You're very welcome, I'm glad we got there.",
    "Happy to hear it, and thanks for letting me know.",
    "Brilliant, thanks for letting me know it worked.",
    "Good to hear {subject} is sorted now.",
    "I'm glad {subject} is behind you.",
    "Perfect, thanks for confirming.",
];
pub(super) const THANKS_NEXT_STEP: &[&str] = &[
    "Thanks for bearing with me on {subject}. I'll update you {follow_up}.",
    "Thank you for your patience with {subject}; you'll hear from me {follow_up}.",
    "Thanks for working through {subject} with me. I'll check back {follow_up}.",
];
pub(super) const THANKS_WARM: &[&str] = &[
    "It was a pleasure helping you.",
    "Thanks for being so patient with me.",
    "I really appreciate you taking the time.",
    "Thanks for bearing with us on this one.",
    "You were a pleasure to help.",
];
pub(super) const THANKS_DOOR_OPEN: &[&str] = &[
    "If anything else comes up, just message us here.",
    "If you need anything else, we're here.",
    "Enjoy the rest of your day!",
    "Have a lovely day!",
    "Any other questions, just reply here.",
    "Take care, and shout if you need us.",
];
pub(super) const FEEDBACK: &[&str] = &[
    "If you have a moment, how did I do today?",
    "Was there anything I could have handled better today?",
    "If you have a second, I'd love to hear how this chat went for you.",
    "Before you go: how did we do on this one?",
    "If you're happy to, a quick word on how this went would help us a lot.",
];

/// Added when two shapes would otherwise be the same words.
pub(super) const VARIETY: &[&str] = &[
    "I'm here if you need anything else.",
    "Just reply here whenever you're ready.",
];

/// Contractions spelled out for the formal tone.
pub(super) const CONTRACTIONS: &[(&str, &str)] = &[
    ("I'm", "I am"),
    ("I'll", "I will"),
    ("I've", "I have"),
    ("I'd", "I would"),
    ("you're", "you are"),
    ("you've", "you have"),
    ("you'll", "you will"),
    ("you'd", "you would"),
    ("we'll", "we will"),
    ("we'd", "we would"),
    ("We'll", "We will"),
    ("We'd", "We would"),
    ("We're", "We are"),
    ("we're", "we are"),
    ("that's", "that is"),
    ("That's", "That is"),
    ("it's", "it is"),
    ("It's", "It is"),
    ("What's", "What is"),
    ("what's", "what is"),
    ("isn't", "is not"),
    ("hasn't", "has not"),
    ("didn't", "did not"),
    ("don't", "do not"),
    ("won't", "will not"),
    ("can't", "cannot"),
    ("shouldn't", "should not"),
    ("Let's", "Let us"),
    ("let's", "let us"),
    ("Here's", "Here is"),
    ("There's", "There is"),
    ("there's", "there is"),
];
