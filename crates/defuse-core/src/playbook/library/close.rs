//! Closing: thanks, a welcome, an invitation to give feedback; and the contractions the
//! formal tone spells out.

use super::Pool;
use crate::list::list;

// -- closing ----------------------------------------------------------------------------------

pub(crate) const THANKS_PRAISE: Pool = list!(
    "Thank you, that's really kind of you to say! I'll pass it on to the team.",
    "Thanks so much for taking the time to tell us! We'll share it with the team.",
    "That's lovely to hear, thank you! I'll make sure the team sees it.",
    "Thank you! I'll make sure the team sees this.",
    "Thanks for the kind words; I'll pass them on, they'll make the team's day.",
);
pub(crate) const THANKS_SOLVED: Pool = list!(
    "Glad that's sorted, and happy to help!",
    "You're very welcome; happy to help, and glad we got there.",
    "Happy to hear it, and happy to help.",
    "Brilliant, thanks for letting us know it worked.",
    "Perfect, thanks for letting us know.",
    "Glad it's all sorted now; happy to help!",
    "That's great news; happy to help.",
);
/// Thanks for a fix, naming what was fixed.
pub(crate) const THANKS_NAMED: &str = "Glad we got to the bottom of {subject}.";
pub(crate) const THANKS_WELCOME: Pool = list!(
    "You're welcome!",
    "Happy to help.",
    "Any time, glad I could help.",
    "No problem at all.",
    "My pleasure.",
);
/// Settled since our reply, by them or someone else ("the store gave us a credit", "they
/// called me this morning"): glad to hear it, with nothing claimed fixed by us.
pub(crate) const THANKS_SETTLED: Pool = list!(
    "Glad to hear that, and good to know it's in hand.",
    "That's good to hear.",
);
/// They will try the steps given later: good luck, and the way back if they don't work.
pub(crate) const THANKS_TRYING: Pool = list!(
    "Good luck with it, and let us know how it goes.",
    "Let us know how you get on; if it keeps happening, we'll take it from there.",
    "Hope that does it. If not, we'll pick it up from there.",
);
/// Thanks for the help the agent gave in this conversation.
pub(crate) const THANKS_WARM: Pool = list!(
    "It was a pleasure helping you.",
    "Thanks for being so patient with me.",
    "It means a lot to us.",
    "Thanks for bearing with us on this one.",
);
pub(crate) const THANKS_DOOR_OPEN: Pool = list!(
    "If anything else comes up, just message us here.",
    "If you need anything else, we're here.",
    "Enjoy the rest of your day!",
    "Have a lovely day!",
    "Any other questions, just reply here.",
    "Take care, and shout if you need us.",
);
pub(crate) const FEEDBACK: Pool = list!(
    "If you have a moment, we'd love to hear how I did today.",
    "Was there anything I could have handled better today? I'll take it on board.",
    "If you have a second, let me know how this chat went for you.",
);

/// Added when two shapes would otherwise be the same words: when they hear back, or (with
/// a question or a time already in the reply) what they can still tell us.
pub(crate) const WHEN: Pool = list!(
    "You'll hear back from me {follow_up}.",
    "I'll reply here {follow_up} at the latest.",
);
/// After feedback passed on or logged: nothing will come back to wait for, so no time.
pub(crate) const LOGGED: Pool = list!(
    "It helps us see what to change.",
    "Thanks again for taking the time.",
);
/// After a question (with no time or tip to add): where the detail is found, a photo of a
/// hazard's spot, else what happens once it is in ("No rush" read to support leads as
/// filler).
pub(crate) const FIND_ORDER: Pool = list!("It's at the top of your order confirmation email.",);
pub(crate) const FIND_EMAIL: Pool =
    list!("If you have more than one, it's the one our emails reach you at.",);
pub(crate) const NO_RUSH: Pool = list!(
    "Then I'll take it from there.",
    "Then we can go from there.",
);
pub(crate) const PHOTO: Pool = list!("A photo of the spot helps too, if you can take one safely.",);
/// After a promise to act (with no time or tip to add): nothing is needed from them.
pub(crate) const NOTHING_NEEDED: Pool = list!(
    "There's nothing you need to do meanwhile.",
    "Nothing more is needed from you for now.",
);

/// Contractions spelled out for the formal tone.
pub(crate) const CONTRACTIONS: crate::list::Pairs = crate::list::pairs![
    "I'm" => "I am",
    "I'll" => "I will",
    "I've" => "I have",
    "I'd" => "I would",
    "you're" => "you are",
    "you've" => "you have",
    "you'll" => "you will",
    "you'd" => "you would",
    "we'll" => "we will",
    "we'd" => "we would",
    "We'll" => "We will",
    "We'd" => "We would",
    "We're" => "We are",
    "we're" => "we are",
    "that's" => "that is",
    "That's" => "That is",
    "it's" => "it is",
    "It's" => "It is",
    "What's" => "What is",
    "what's" => "what is",
    "isn't" => "is not",
    "hasn't" => "has not",
    "didn't" => "did not",
    "don't" => "do not",
    "won't" => "will not",
    "can't" => "cannot",
    "shouldn't" => "should not",
    "Let's" => "Let us",
    "let's" => "let us",
    "Here's" => "Here is",
    "There's" => "There is",
    "there's" => "there is",
];
