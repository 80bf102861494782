//! The built-in reply templates, per technique and tone, written for Defuse (see PRODUCT.md:
//! our own words, never the seed articles').
//!
//! Placeholders: `{name}`, `{topic}`, `{complaint}`, `{follow_up}`, `{remedy}` (see
//! [`super::config::PLACEHOLDERS`]). Every template must read well when `{name}` is
//! missing (it is dropped with its comma) and when `{complaint}` is the topic-level fallback
//! ("there's been trouble with your order"), so `{complaint}` is always used as a clause.

use crate::technique::Technique;

use super::config::Tone;

/// The built-in templates for a technique in a tone; never empty.
pub(crate) fn builtin(technique: Technique, tone: Tone) -> &'static [&'static str] {
    use Technique as T;
    match (technique, tone) {
        (T::RespondNow, Tone::Friendly) => &[
            "Hi {name}, thanks for waiting, I'm on it now. I'm sorry {complaint}; give me a moment to look into {topic}.",
            "{name}, sorry to keep you waiting. I'm here now and looking at {topic} straight away.",
            "Thanks for hanging on, {name}. I've got {topic} open and I'm checking it right now.",
        ],
        (T::RespondNow, Tone::Formal) => &[
            "Thank you for waiting, {name}. I am looking into {topic} now and will reply in a few minutes.",
            "I apologise for the delay in replying, {name}. I am reviewing {topic} at this moment.",
            "{name}, I am with you now. I have {topic} in front of me and am checking it.",
        ],
        (T::Listen, Tone::Friendly) => &[
            "I'm reading all of this, {name}. Take your time, and I'll go through every point once you're done.",
            "I'm here and I'm listening. Tell me everything, and then we'll sort it out together.",
            "Go ahead, {name}, I'm following along. When you're ready I'll pick it up from the top.",
        ],
        (T::Listen, Tone::Formal) => &[
            "I am reading your messages carefully, {name}. Please take your time; I will respond to each point once you have finished.",
            "I am here and following everything you have written. Once you are done, I will go through it all with you.",
            "Please continue, {name}. I want to be sure I have the full picture before I reply.",
        ],
        (T::Acknowledge, Tone::Friendly) => &[
            "{name}, I get it: {complaint}, and that's not okay. Let's fix it.",
            "So {complaint}. I can see why you're fed up, {name}, and I'd feel the same.",
            "That sounds really frustrating, {name}: {complaint}, and you shouldn't have had to deal with that.",
        ],
        (T::Acknowledge, Tone::Formal) => &[
            "{name}, I understand that {complaint}. That should not have happened, and I want to put it right.",
            "I can see that {complaint}, and I appreciate how inconvenient that is.",
            "You are right to raise this, {name}: {complaint}, and that is not the standard we aim for.",
        ],
        (T::Apologize, Tone::Friendly) => &[
            "I'm really sorry, {name}. {complaint}, and that's on us. I'm going to sort it out.",
            "{name}, I'm so sorry {complaint}. That shouldn't have happened, and I'll make it right.",
            "I apologise, {name}: {complaint}, and you deserved better. Let me fix this now.",
        ],
        (T::Apologize, Tone::Formal) => &[
            "Please accept my apologies, {name}. I am sorry that {complaint}; it should not have happened.",
            "I am very sorry that {complaint}, {name}. I will take care of this personally.",
            "{name}, I apologise that {complaint}. You should not have had to contact us about this.",
        ],
        (T::Clarify, Tone::Friendly) => &[
            "You're right, {name}, you shouldn't have to repeat yourself. Here's what I have: {complaint}. Is that everything?",
            "Sorry for making you say it twice, {name}. Let me make sure I've got it: {complaint}. Did I miss anything?",
            "I've read back through the whole chat so I don't ask again. As I understand it, {complaint}. Is there anything to add?",
        ],
        (T::Clarify, Tone::Formal) => &[
            "I apologise for asking you to repeat yourself, {name}. To confirm what you have told me: {complaint}. Is that correct?",
            "I have reviewed our conversation so far. As I understand it, {complaint}. Please tell me if I have missed anything.",
            "Thank you for explaining this again, {name}. To be clear about where things stand: {complaint}.",
        ],
        (T::Ask, Tone::Friendly) => &[
            "{name}, so I can fix this properly: what would a good outcome look like for you?",
            "Could you tell me a bit more about {topic}? For example, when did you first notice the problem?",
            "I want to get this right, {name}. What happened just before things went wrong?",
        ],
        (T::Ask, Tone::Formal) => &[
            "So that I can resolve this properly, {name}, could you tell me what outcome you would like?",
            "Could you share a few more details about {topic}, such as when the problem started?",
            "To find the cause, may I ask what you saw just before the problem occurred, {name}?",
        ],
        (T::Propose, Tone::Friendly) => &[
            "Here's my plan, {name}: I'm taking ownership of {topic} myself, and I'll get back to you {follow_up} with a clear update.",
            "Next step: I'm looking into {topic} right now, and you'll hear from me {follow_up} with either a fix or a clear plan.",
            "{name}, I'll handle {topic} personally and message you {follow_up}. You won't need to chase us.",
        ],
        (T::Propose, Tone::Formal) => &[
            "Here is what I will do, {name}: I will look into {topic} personally and update you {follow_up}.",
            "As a next step, I am taking over {topic} myself. You will hear from me {follow_up} with a resolution or a clear plan.",
            "{name}, I will investigate {topic} now and contact you {follow_up}, so you do not need to follow up with us.",
        ],
        (T::OfferRemedy, Tone::Friendly) => &[
            "{name}, to make up for this I can {remedy}. Would that help?",
            "I'd like to make this right, {name}. I can {remedy}; shall I go ahead with that?",
            "Since {complaint}, I can {remedy}. Just say the word and I'll arrange it.",
        ],
        (T::OfferRemedy, Tone::Formal) => &[
            "To make up for this, {name}, I can {remedy}. Would that be acceptable?",
            "I would like to put this right. I am able to {remedy}; shall I arrange it?",
            "Given that {complaint}, I can {remedy}. Please let me know if you would like me to proceed.",
        ],
        (T::SetBoundary, Tone::Friendly) => &[
            "{name}, I want to help you, and I can do that best if we keep this respectful. Let's focus on {topic}.",
            "I'm here to fix this with you, but I can't continue if the messages stay personal. Can we get back to {topic}?",
            "I can tell how angry you are, {name}, and I'm still on your side. Let's keep it about {topic} so I can sort it out.",
        ],
        (T::SetBoundary, Tone::Formal) => &[
            "I want to help you resolve this, {name}, and I ask that we keep the conversation respectful. Let us return to {topic}.",
            "I am glad to keep helping, but I cannot continue if the personal remarks continue. Shall we focus on {topic}?",
            "{name}, I am committed to resolving {topic}. To do that, I need us to keep this conversation civil.",
        ],
        (T::Escalate, Tone::Friendly) => &[
            "{name}, I'm bringing in my supervisor now so this gets the attention it needs. I'll pass on everything so you won't have to repeat yourself.",
            "I've asked a senior colleague to take this over. They'll have the full history of {topic}, and they'll be in touch {follow_up}.",
            "You deserve someone who can decide on this today, {name}. I'm handing {topic} to my team lead with a full summary.",
        ],
        (T::Escalate, Tone::Formal) => &[
            "I am passing this to my supervisor now, {name}, together with a full summary, so you will not need to explain it again.",
            "I have escalated {topic} to a senior colleague, who will contact you {follow_up}.",
            "{name}, I am referring this to my team lead so that it can be resolved with the right authority.",
        ],
        (T::TakePrivate, Tone::Friendly) => &[
            "{name}, I'd like to sort this out properly with you. Could we continue in a private message, or would a quick phone call suit you better?",
            "I want to get {topic} fixed for you. Can you send us a direct message with your details so we can go through it privately?",
            "Let's take this somewhere we can look at your details safely, {name}: would you prefer a private chat or a call?",
        ],
        (T::TakePrivate, Tone::Formal) => &[
            "I would like to resolve this with you directly, {name}. Could we continue by private message, or may I call you?",
            "So that I can review {topic} with your details, could you send us a direct message? We will pick it up there straight away.",
            "{name}, to protect your personal details, may we continue this in a private conversation or by phone?",
        ],
        (T::ThankAndClose, Tone::Friendly) => &[
            "Thanks for bearing with me, {name}. To recap: I'm on {topic}, and I'll update you {follow_up}.",
            "Thank you, {name}, I really appreciate your patience today. You'll hear from me {follow_up} with the next update on {topic}.",
            "Thanks for working through this with me, {name}. The next step is in hand and I'll check back {follow_up}.",
        ],
        (T::ThankAndClose, Tone::Formal) => &[
            "Thank you for your patience, {name}. To confirm, I am handling {topic} and will update you {follow_up}.",
            "Thank you for working through this with me. You will hear from me {follow_up} regarding {topic}.",
            "I appreciate your understanding, {name}. The next step is under way, and I will follow up {follow_up}.",
        ],
        (T::InviteFeedback, Tone::Friendly) => &[
            "Glad we got there, {name}! If you have a moment, how did I do today? Your feedback really helps.",
            "Before you go, {name}: was there anything I could have handled better today?",
            "Thanks again, {name}. If you have a second, I'd love to hear how this chat went for you.",
        ],
        (T::InviteFeedback, Tone::Formal) => &[
            "I am glad this is resolved, {name}. If you have a moment, I would welcome your feedback on how I handled your request.",
            "Before we close, {name}, is there anything I could have done better today?",
            "Thank you, {name}. We would value a short note on how this conversation went for you.",
        ],
    }
}

/// Phrases agents lean on; once the agent has used one, replies that contain it are not
/// suggested again (a customer notices the script).
pub(crate) const STOCK_PHRASES: &[&str] = &[
    "apologise for the delay",
    "apologize for the delay",
    "appreciate your patience",
    "appreciate your understanding",
    "i can see why",
    "i completely understand",
    "i get it",
    "i hear you",
    "i understand your frustration",
    "i'm really sorry",
    "i'm so sorry",
    "i am very sorry",
    "i want to help you",
    "please accept my apologies",
    "sorry for the inconvenience",
    "sorry to keep you waiting",
    "thank you for your patience",
    "thanks for bearing with me",
    "thanks for waiting",
    "thank you for waiting",
    "that sounds really frustrating",
];
