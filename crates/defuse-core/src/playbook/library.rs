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
    "We're sorry about {subject}.",
    "Apologies for {subject}.",
    "Sorry about {subject}, that shouldn't have happened.",
    "We're sorry about {subject}; that's not good enough.",
];
/// The company got it wrong, and the problem has no name yet.
pub(super) const OPEN_COMPANY_BARE: &[&str] = &[
    "Sorry about this, it's not the service you should get.",
    "We're sorry, that's not good enough.",
    "Apologies, that's not how it should have gone.",
    "I'm sorry, that's not the experience we want you to have.",
];
/// A rule or price working as designed: acknowledge, don't own a fault.
pub(super) const OPEN_POLICY: &[&str] = &[
    "I can see why {subject} is frustrating.",
    "I understand {subject} isn't what you wanted.",
    "That's fair feedback on {subject}.",
    "Thanks for being straight with us about {subject}.",
];
pub(super) const OPEN_POLICY_BARE: &[&str] = &[
    "Thanks for the honest feedback.",
    "That's fair feedback, thank you.",
    "I understand this isn't what you wanted.",
];
/// An outage: acknowledge the disruption.
pub(super) const OPEN_OUTAGE: &[&str] = &[
    "Sorry for {subject}; I know it's getting in your way.",
    "{subject} is a real nuisance, sorry.",
    "Thanks for flagging {subject}.",
    "I'm sorry you're caught up in {subject}.",
];
pub(super) const OPEN_OUTAGE_BARE: &[&str] = &[
    "Sorry for the disruption.",
    "Sorry you're caught up in this.",
    "Thanks for flagging it, and sorry for the disruption.",
];
/// The customer's own slip: help without blame.
pub(super) const OPEN_CUSTOMER: &[&str] = &[
    "That's an easy slip to make, so don't worry.",
    "Easily done, and we can work through it together.",
    "No problem, this happens more often than you'd think.",
];
/// A courier, bank or other party: sympathy, and we chase it.
pub(super) const OPEN_THIRD_PARTY: &[&str] = &[
    "Sorry {subject} hasn't reached you yet.",
    "I'm sorry about {subject}; we'll chase it on your behalf.",
    "I can see why you're fed up with {subject}.",
];
/// Not clear yet whose fault it is.
pub(super) const OPEN_UNKNOWN: &[&str] = &[
    "Sorry to hear about {subject}.",
    "I'm sorry to hear about {subject}.",
    "Thanks for letting us know about {subject}.",
    "That's frustrating, sorry about {subject}.",
    "Sorry you're dealing with {subject}.",
];
/// Not clear whose fault, nor what the problem is.
pub(super) const OPEN_BARE: &[&str] = &[
    "Sorry to hear this.",
    "I'm sorry to hear that.",
    "Sorry to hear you've had a bad experience.",
    "That's not what we like to hear, sorry.",
    "Sorry you've had a frustrating time.",
    "We're sorry to hear this.",
    "That doesn't sound good at all, sorry.",
    "Sorry, that's not the experience we want for you.",
    "Thanks for telling us, and sorry it's gone this way.",
    "Sorry, that sounds really frustrating.",
    "We hate to hear this.",
    "That's disappointing to read, sorry.",
    "Sorry about this.",
    "Thanks for flagging this, and sorry.",
];

// -- what the problem costs the customer --------------------------------------------------

pub(super) const IMPACT_ACCOUNT: &[&str] = &[
    "Being shut out of your own account is stressful.",
    "I know how unsettling it is when an account stops letting you in.",
    "Not getting in when you need to is maddening.",
];
pub(super) const IMPACT_BILLING: &[&str] = &[
    "Nobody wants a surprise on their statement.",
    "Money leaving your account without a clear reason is worrying.",
    "You deserve a clear answer on where that money went.",
];
pub(super) const IMPACT_REFUND: &[&str] = &[
    "Waiting on money that's owed to you is no fun.",
    "You shouldn't have to chase your own money.",
];
pub(super) const IMPACT_LATE: &[&str] = &[
    "Waiting on your {parcel} with no clear date is frustrating.",
    "When you've planned around a delivery date, a delay throws everything off.",
    "I know you were counting on having it by now.",
];
pub(super) const IMPACT_MISSING: &[&str] = &[
    "Paying for something and not having it in your hands is frustrating.",
    "I know you were counting on that {parcel}.",
];
pub(super) const IMPACT_DAMAGED: &[&str] = &[
    "Opening a box to find it damaged is a real letdown.",
    "It should have arrived in one piece.",
];
pub(super) const IMPACT_OUTAGE: &[&str] = &[
    "I know you rely on it working.",
    "Being cut off in the middle of things is frustrating.",
];
pub(super) const IMPACT_BUG: &[&str] = &[
    "Having it fail in the middle of something is annoying.",
    "I know you just want it to work.",
];
pub(super) const IMPACT_POLICY: &[&str] = &[
    "I understand it feels like a step backwards.",
    "I can see why that's a letdown.",
];
pub(super) const IMPACT_CANCEL: &[&str] =
    &["Cancelling should be simple.", "I'll keep this quick."];
pub(super) const IMPACT_PRIVACY: &[&str] = &[
    "You're right to ask how your information is used.",
    "Your data is yours, and it's a fair thing to raise.",
];

/// They contacted us before, and it is on us.
pub(super) const CHASED_SORRY: &[&str] = &[
    "I'm sorry you've had to chase this.",
    "You shouldn't have had to contact us again about it.",
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
];
/// What happened, when the detail is there but the story is not.
pub(super) const ASK_STORY: &[&str] = &[
    "Could you tell me a bit more about what happened?",
    "What happened, exactly? A few details will help me look into it.",
    "Can you walk me through what happened?",
    "What's gone wrong? Tell me and I'll look into it.",
];
/// About a policy: what they need, so a way forward can be found.
pub(super) const ASK_POLICY: &[&str] = &[
    "What were you hoping to do, so I can see what options there are?",
    "Can you tell me what you need it for? There may be another way to get there.",
];
pub(super) const ASK_LEAD: &[&str] = &[
    "I can check {subject} for you.",
    "I'd like to look into {subject}.",
    "Happy to look into {subject}.",
];
pub(super) const ASK_LEAD_BARE: &[&str] = &[
    "Happy to look into this.",
    "I can look into this for you.",
    "I'd like to help with this.",
];

// -- details, named exactly, for a public channel -----------------------------------------------

pub(super) const DETAIL_ORDER: &[&str] = &["your order number", "the order number"];
pub(super) const DETAIL_CHARGE: &[&str] = &[
    "the date and amount of the charge",
    "the amount and date of the charge, and the email on your account",
];
pub(super) const DETAIL_EMAIL: &[&str] = &[
    "the email address on your account",
    "the email address your account uses",
];
pub(super) const DETAIL_DEVICE: &[&str] = &[
    "your device and app version",
    "which device and app version you're on",
];
pub(super) const DETAIL_ERROR: &[&str] = &["the exact error you see", "a screenshot of the error"];
pub(super) const DETAIL_PRODUCT: &[&str] = &["the product name", "which item it is"];
pub(super) const DETAIL_OUTAGE: &[&str] = &[
    "what you see on screen and roughly where you are",
    "the error you get and your postcode or area",
];
pub(super) const DETAIL_STORY: &[&str] = &[
    "a few details of what happened and your order number if there is one",
    "what happened and any order or account number you have",
    "a little more about what happened and any booking or order number",
    "the details and any reference number you were given",
];

/// Move to a DM: `{details}` the exact detail, `{action}` what is checked once it arrives.
pub(super) const DM: &[&str] = &[
    "We'd like to {action}: could you DM us {details}?",
    "So we can {action}, please DM us {details}.",
    "Could you DM us {details}? We'll {action} from our side.",
    "Please send us a DM with {details} and we'll {action}.",
    "We can {action} if you DM us {details}.",
];
/// The same, as the concrete next step.
pub(super) const DM_STEP: &[&str] = &[
    "Please DM us {details}. Once we have it, we'll {action} and reply there.",
    "Could you send us a DM with {details}? Once it's in, we'll {action}.",
    "Send us a DM with {details}; please don't post it here. We'll {action} when it arrives.",
];
/// An answer that needs an account detail, on a public channel.
pub(super) const DM_ANSWER: &[&str] = &[
    "Could you DM us {details}?",
    "Send us {details} by DM and we'll check it.",
];
/// The customer says they sent what was asked.
pub(super) const GOT_IT: &[&str] = &[
    "We'll {action} now and reply to you in the DM.",
    "We're on it: we'll {action} and answer you there.",
    "We'll {action} with what you sent and reply in the DM.",
];
/// A calm request the agent can simply do.
pub(super) const PROPOSE_LEAD: &[&str] = &[
    "Of course.",
    "No problem, I can help with that.",
    "Sure, happy to sort that.",
];

// -- promises the agent can keep ------------------------------------------------------------

pub(super) const PROMISE_POLICY: &[&str] = &[
    "I'll pass your feedback to the team that owns it.",
    "I'll make sure your comments reach the people who decide this.",
    "I'll log your feedback so it's counted.",
];

// -- what the agent will do -----------------------------------------------------------------

pub(super) const ACT_ACCOUNT: &[&str] = &[
    "check what's blocking the sign-in",
    "look into the account with you",
    "check what's stopping you getting in",
];
pub(super) const ACT_BILLING: &[&str] = &[
    "look into the charge",
    "check the charge against your account",
    "go through the payment with you",
];
pub(super) const ACT_REFUND: &[&str] = &[
    "check where the refund is",
    "track down the refund",
    "look up where the refund stands",
];
pub(super) const ACT_REFUND_WANTED: &[&str] = &[
    "look at a refund for you",
    "see what we can do about a refund",
    "look into the refund for you",
];
pub(super) const ACT_DELIVERY: &[&str] = &[
    "find out where your {parcel} is",
    "check where the {parcel} is",
    "trace the {parcel}",
];
pub(super) const ACT_DAMAGED: &[&str] = &[
    "look at how to put it right",
    "see how we can put it right",
    "sort out the next step with you",
];
pub(super) const ACT_OUTAGE: &[&str] = &[
    "check it with our technical team",
    "find out what's going on with the service",
    "check the service status for you",
];
pub(super) const ACT_BUG: &[&str] = &[
    "look into it with our technical team",
    "find out what's causing it",
    "check it against known issues",
];
pub(super) const ACT_POLICY: &[&str] = &[
    "see what options there are in your case",
    "check whether there's any flexibility in your case",
];
pub(super) const ACT_CANCEL: &[&str] = &[
    "cancel it for you",
    "take care of the cancellation",
    "process the cancellation",
];
pub(super) const ACT_SPAM: &[&str] = &["take you off the mailing lists", "stop those messages"];
pub(super) const ACT_PRIVACY: &[&str] = &[
    "look into it with our privacy team",
    "check what we hold and how it's used",
];
pub(super) const ACT_OTHER: &[&str] = &[
    "look into it",
    "look into it for you",
    "follow it up",
    "get it looked at",
];

/// After the one question in a chat.
pub(super) const PLAN_NEEDS: &[&str] = &[
    "Once I have it, I'll {action}.",
    "With that, I can {action}.",
    "Then I'll {action}.",
];
/// Nothing missing, the agent has the details: an update time is honest now.
pub(super) const PLAN_NOW: &[&str] = &[
    "I'll {action} now and update you {follow_up}.",
    "I'm going to {action} now; you'll hear from me {follow_up}.",
    "I'll {action} now and come back to you {follow_up}.",
];
/// The same for an outage: no fix time, only an update.
pub(super) const PLAN_OUTAGE: &[&str] = &[
    "I'll {action} and update you {follow_up}, even if it isn't fixed yet.",
    "I can't promise a fix time, but I'll {action} and update you {follow_up}.",
];
/// A cancellation the agent can do now: a confirmation, not an update time.
pub(super) const PLAN_CANCEL: &[&str] = &[
    "I'll {action} now and email you a confirmation.",
    "I'm doing that now; a confirmation email will follow once it's done.",
    "I'll {action} now, and you'll get a confirmation email.",
];
/// Nothing missing on a first message: the check, no time promised.
pub(super) const PLAN_FIRST: &[&str] = &[
    "I'll {action} now.",
    "Let me {action}.",
    "I'm going to {action} now and I'll tell you what I find.",
];
/// The customer said what they want, in a chat: the question, then the action.
pub(super) const PLAN_ASK: &[&str] = &[
    "I can {action}. {question}",
    "I'll {action}. {question}",
    "{question} Then I'll {action}.",
];
/// The customer said what they want, on a public channel.
pub(super) const PLAN_PUBLIC: &[&str] = &[
    "We can {action}: please DM us {details}.",
    "If you DM us {details}, we'll {action}.",
    "Send us {details} by DM and we'll {action}.",
];

// -- steps the customer can take now --------------------------------------------------------

pub(super) const TIP_ACCOUNT: &[&str] = &[
    "In the meantime, a reset from the 'Forgot password' link may get you straight back in; check spam for the email.",
    "While we check, it's worth trying the 'Forgot password' link on the sign-in page.",
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
    "Sorry for the wait, I'm picking up {subject} now.",
    "Thanks for waiting; I've got {subject} in front of me now.",
    "Sorry to keep you, I'm on {subject} now.",
];
pub(super) const RESPOND_NOW_BARE: &[&str] = &[
    "Thanks for waiting, I'm here now.",
    "I'm with you now, sorry for the wait.",
    "Sorry to keep you waiting; I'm here.",
    "Hi, sorry for the delay in getting to you.",
    "Thanks for holding on, I'm with you now.",
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
    "Then we'll work through it together.",
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
pub(super) const BOUNDARY_ACK_BARE: &[&str] = &[
    "I understand you're angry.",
    "I can tell this has pushed you to the limit.",
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
pub(super) const ESCALATE_BARE: &[&str] = &[
    "I'm bringing in a supervisor now and passing on everything you've told me.",
    "I'm asking a senior colleague to take this over, with a summary so you won't repeat yourself.",
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
/// The customer says they already sent what the agent asks for.
pub(super) const CLARIFY_SENT: &[&str] = &[
    "Sorry, you did send it, and I should have picked it up.",
    "You're right, you already sent that; sorry for asking again.",
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
pub(super) const OFFER_BARE: &[&str] = &[
    "To make up for it, I can {remedy}.",
    "I'd like to put this right: I can {remedy}.",
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
pub(super) const ANSWER_MORE_PUBLIC: &[&str] = &[
    "If it still doesn't work, send us a DM and we'll take a closer look.",
    "If that doesn't do it, DM us and we'll dig in.",
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
    "Thanks for checking. I'm confirming the current status with our technical team and I'll post here once I know more.",
    "I'm checking the service status with the team now, and I'll tell you what I find.",
    "I'm getting the latest from our engineers and will update you here once I have it.",
];
pub(super) const ANSWER_STATUS_PAGE: &[&str] = &[
    "I'll find out whether there's a status page you can bookmark and send you the link.",
    "Fair ask. I'll check where service updates are posted and send you the link.",
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
    "Good question. I'll find out for you and reply here once I know.",
    "Let me check that with the right team and get back to you with their answer.",
    "I don't want to guess on that one, so I'll check and reply here.",
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
/// Thanks while the case is still open: no new promise, the one already made stands.
pub(super) const THANKS_WELCOME: &[&str] = &[
    "You're welcome!",
    "Happy to help.",
    "Any time, glad I could help.",
    "No problem at all.",
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
    "Any questions in the meantime, just ask.",
    "Reply here whenever you're ready.",
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
