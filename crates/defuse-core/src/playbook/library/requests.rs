//! Taking up what the customer asked for (money back, a fee waived, credit, a call back, a
//! person on the phone, a slot, a stopped payment, a buy-back), safety first for a hazard,
//! praise passed on to the person named, and answers by the kind of question.
//!
//! What the agent does not decide (a refund, a waiver, a buy-back) is put to the team with
//! the case, never promised.

use super::Pool;
use crate::list::list;

// -- what the agent will do about the request, after "I'll" or "we'll" ---------------------

pub(crate) const ACT_AMOUNT: Pool =
    list!("put your request for the {amount} back to the team that approves refunds",);
pub(crate) const ACT_WAIVE_FEE: Pool = list!("ask for the exit fee to be waived",);
pub(crate) const ACT_CREDIT: Pool = list!(
    "check what credit your account qualifies for and apply it",
    "work out the credit your account can get for the time it was affected",
);
/// Compensation for a loss that is not a service outage (a lost bag, a spoiled trip).
pub(crate) const ACT_COMPENSATION: Pool =
    list!("put your claim for compensation to the team that decides it",);
pub(crate) const ACT_CALLBACK: Pool = list!("arrange a call back at a time that suits you",);
pub(crate) const ACT_HUMAN: Pool = list!("get a real person from our team to call you",);
pub(crate) const ACT_SLOT: Pool =
    list!("check which slots are free and book the one that suits you",);
pub(crate) const ACT_STOP_PAYMENT: Pool =
    list!("ask for the direct debit to be paused while this is sorted",);
pub(crate) const ACT_BUY_BACK: Pool =
    list!("put your buy-back request to the team that decides these, with the repair history",);
pub(crate) const ACT_MANAGER: Pool =
    list!("pass this to a senior colleague with the full history",);
/// Asked to pass it on ("can you forward this to the manager?"): done, nothing to decide.
pub(crate) const ACT_PASS_ON: Pool = list!("pass this on to the manager", "pass this on");
pub(crate) const ACT_DELETE: Pool = list!("raise the deletion request for your account and data",);
pub(crate) const ACT_REPLACEMENT: Pool = list!("look at sending you a replacement",);
/// `{thing}` the document named ("proof of your no-claims history").
pub(crate) const ACT_DOCUMENT: Pool = list!("send you {thing}", "get {thing} over to you");
/// `{thing}` what they need in their hands ("your bag").
pub(crate) const ACT_ITEM: Pool =
    list!("track down {thing} and see how fast we can get it back to you",);

// -- a deadline or someone who depends on the service ---------------------------------------

pub(crate) const URGENT: Pool = list!("I understand this is urgent, so I'm making it a priority.",);
pub(crate) const URGENT_NAMED: Pool =
    list!("I know {subject} can't wait, so I'm making it a priority.",);

/// A hygiene report: straight to the site's manager.
pub(crate) const HYGIENE_ROUTE: &str =
    "We take hygiene seriously, so I'm passing this to the site manager straight away.";
/// What the site manager needs when the report does not say where (else `ASK_WHEN`).
pub(crate) const HYGIENE_ASK: &str = "Which location was it, and roughly when?";

// -- the one question a request needs ---------------------------------------------------

pub(crate) const ASK_CALLBACK: Pool =
    list!("Which number should we call, and what time suits you?",);
/// A slot they already named: check it, don't ask again.
/// A visit asked for today: no promise that it can be today.
pub(crate) const ACT_SLOT_TODAY: Pool =
    list!("see how soon we can get someone out to you, today if at all possible",);
pub(crate) const ACT_SLOT_NAMED: Pool =
    list!("check whether the time you asked for is free and book it for you",);
/// The request taken up first, as the lead of a reply that then asks its one question.
pub(crate) const TAKE_UP_LEAD: Pool = list!("I can {action}.", "Happy to {action}.");
/// The business's own identifier, asked for in a chat.
pub(crate) const ASK_SECTOR: Pool = list!(
    "Could you send me {detail}?",
    "Can you share {detail}, so I can find it?",
);
/// A call back at a time they already gave: only the number.
pub(crate) const ASK_NUMBER: Pool = list!("Which number should we call you on?");
/// A call back to the number they gave: only the time.
pub(crate) const ASK_CALL_TIME: Pool = list!("What time suits you for the call?");
/// A confirmation email: where to send it.
pub(crate) const ASK_RESEND: Pool = list!("Which email address should it go to?");
pub(crate) const ASK_SLOT: Pool = list!("Which days and times work for you?",);
pub(crate) const DETAIL_CALLBACK: Pool =
    list!("the best number to reach you on and a time that suits",);

// -- a hazard comes first -----------------------------------------------------------------

pub(crate) const SAFETY_DRIVING: Pool =
    list!("Please pull over somewhere safe and don't drive it until it's been checked.",);
pub(crate) const SAFETY_GAS: Pool = list!(
    "If you can smell gas, please open the windows, don't use switches or flames, leave the property and call the gas emergency line now.",
);
pub(crate) const SAFETY_DEVICE: Pool = list!(
    "Please stop using it, unplug it if it's safe to, and keep it away from anything that could catch fire.",
);
/// A hazard in a hotel room: out of the room first, and the hotel told.
pub(crate) const SAFETY_ROOM: Pool = list!(
    "Please leave the room and tell the front desk, or call the emergency number if there's smoke or fire.",
);
/// Food or drink that hurt someone: how they are, and medical help first.
pub(crate) const FOOD_HARM: Pool = list!(
    "I'm so sorry, and I hope you're all right. If medical help is needed, get it first.",
    "That's awful, I'm sorry. Get medical help first if it's needed.",
    "I'm sorry, that should never happen. If anyone is hurt or unwell, get medical help first.",
);
/// Something found in food or drink, nobody hurt.
pub(crate) const FOUND_IN_FOOD: Pool = list!(
    "I'm so sorry, that should never be in there.",
    "I'm sorry, that should never have got into it.",
    "That's not acceptable, and I'm sorry it happened.",
);
/// What to keep and send; the second on a public channel; the third for a meal of ours.
pub(crate) const FOOD_HARM_KEEP: Pool = list!(
    "Please keep the item and its packaging, and send me a photo, the batch or best-before code and where you bought it.",
    "Please keep the item and its packaging, and DM us a photo, the batch or best-before code and where you bought it.",
    "Could you tell me what you had and roughly when you ate?",
);
/// Where the case goes.
pub(crate) const FOOD_HARM_ROUTE: Pool = list!(
    "I'm passing this to our quality and safety team.",
    "Our food safety team will look into it first.",
);
/// After the stop line: the case goes to the urgent route.
pub(crate) const SAFETY_ROUTE: Pool = list!(
    "I'm treating this as urgent and passing it to our safety team.",
    "I'll flag this as a safety case so it's handled first.",
);

/// Calls or texts pretending to be us: not ours, and what we never ask for.
pub(crate) const NOT_US: Pool = list!(
    "That wasn't us: we never ask for a code or a password by call or text.",
    "Those weren't from us; we never ask for codes or passwords that way.",
    "Thanks for the warning. That wasn't us, and we never ask for codes or passwords.",
);
/// What to do with them; the second when they replied or gave details.
pub(crate) const NOT_US_STEP: Pool = list!(
    "Please don't reply; block the number and report it as spam.",
    "If you gave them any details, change your password now and we'll help you secure the account.",
);

/// Contact details posted in public: out of sight, then the case by DM; one a shape.
pub(crate) const EXPOSED: Pool = list!(
    "Please don't share your {detail} here, as anyone can see it: send it to us by DM instead and we'll pick it up there.",
    "For your privacy, I'd delete that post, as it shows your {detail}, and send it to us by DM; we'll take it from there.",
    "Could you delete the post with your {detail} in it and DM it to us instead? We'll follow it up there.",
);

// -- praise for a member of staff ----------------------------------------------------------

pub(crate) const THANKS_STAFF: Pool = list!(
    "Thank you for letting us know! I'll make sure {staff} hears this, and their manager too.",
    "Thanks for taking the time to tell us; {staff} will be delighted, and I'll make sure they see it.",
    "That's great to hear; I'll pass it on to {staff} today.",
);

// -- answers by the kind of question ------------------------------------------------------

pub(crate) const ANSWER_HOURS: Pool = list!(
    "Hours differ from store to store, so I'll check that store's times for the day you need and reply here.",
);
pub(crate) const ANSWER_CONTACT: Pool = list!(
    "Yes, you can reach a person: I can arrange for one of our team to call you. Which number and time suit you?",
);
pub(crate) const ANSWER_RECALL: Pool = list!(
    "Please stop using it for now. The recall letter has a reference on it: send me that and I'll tell you exactly what the recall covers and arrange it.",
);

// -- a serious claim: taken seriously, routed, no fault owned before it is checked ---------

/// `{claim}` what is taken seriously ("payments you don't recognise").
pub(crate) const CLAIM: Pool = list!(
    "Thanks for flagging this with us; we take {claim} seriously.",
    "Thank you for telling us; we look into {claim} carefully.",
);
/// `{team}` the team that investigates the claim.
pub(crate) const ACT_CLAIM: Pool = list!("pass this to {team} to investigate",);
/// The place of a visit given, not the time.
pub(crate) const DETAIL_WHEN: Pool = list!("roughly when it happened",);
/// A move to DM where no one detail fits every case of its kind: the handover alone.
pub(crate) const HANDOVER: Pool =
    list!("Please send us a DM so we can {action} and keep you posted.",);
/// A first post that says the details were given before ("I already told you the order
/// number three times"): never asked for again, the case picked up from what was sent.
pub(crate) const GAVE_BEFORE: Pool = list!(
    "DM us and we'll pick up your case from what you've already sent.",
    "No need to send it again: just DM us and we'll pick up your case.",
);
/// A post that says our DMs won't open for them: a way that works, never the DM again.
pub(crate) const DM_FAILS: Pool = list!(
    "Following us usually lets the DM through; if it still won't open, use the contact form on our website and we'll {action} from there.",
    "Try the DM again once you follow us, or use the contact form on our website, and we'll {action}.",
);
/// The handover as the plan of a first post: when they hear back once the DM is in.
pub(crate) const HANDOVER_WHEN: Pool =
    list!("Please send us a DM so we can {action}, and you'll hear from us {when}.",);
/// Everything the case needs is in the thread already: no DM and nothing asked again, the
/// check and where the answer comes (short, warm, step).
pub(crate) const HAVE_ALL: Pool = list!(
    "We'll {action} now and reply to you here.",
    "Thanks, that's all we need to {action}; we'll come back to you here.",
    "You've given us what we need: we'll {action} and reply here.",
);

// -- a hazard in a public place -------------------------------------------------------------

/// A hazard in a public place reported: thanks, before the safety route.
pub(crate) const SAFETY_PLACE: Pool = list!(
    "Thanks for letting us know.",
    "Thank you for letting us know."
);
/// Where it is, when the report does not say.
pub(crate) const ASK_WHERE: Pool = list!("Where exactly is it?",);
