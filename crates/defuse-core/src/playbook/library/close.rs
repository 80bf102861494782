//! Closing: thanks, a welcome, an invitation to give feedback; and the contractions the
//! formal tone spells out.

use super::Pool;
use crate::list::list;

// -- closing ----------------------------------------------------------------------------------

pub(crate) const THANKS_PRAISE: Pool = list!(
    "Thank you, that's really kind of you to say!",
    "Thanks so much for taking the time to tell us!",
    "That's lovely to hear, thank you!",
    "Thanks for the kind words, they made our day.",
    "What a nice message to get, thank you!",
    "Thank you! I'll make sure the team sees this.",
);
pub(crate) const THANKS_SOLVED: Pool = list!(
    "Glad that's sorted!",
    "You're very welcome, I'm glad we got there.",
    "Happy to hear it, and thanks for letting me know.",
    "Brilliant, thanks for letting me know it worked.",
    "Good to hear that's sorted now.",
    "I'm glad that's behind you.",
    "Perfect, thanks for confirming.",
);
/// Thanks while the case is still open: no new promise, the one already made stands.
pub(crate) const THANKS_WELCOME: Pool = list!(
    "You're welcome!",
    "Happy to help.",
    "Any time, glad I could help.",
    "No problem at all.",
);
/// Thanks for the help the agent gave in this conversation.
pub(crate) const THANKS_WARM: Pool = list!(
    "It was a pleasure helping you.",
    "Thanks for being so patient with me.",
    "I really appreciate you taking the time.",
    "Thanks for bearing with us on this one.",
    "You were a pleasure to help.",
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
    "If you have a moment, how did I do today?",
    "Was there anything I could have handled better today?",
    "If you have a second, I'd love to hear how this chat went for you.",
    "Before you go: how did we do on this one?",
    "If you're happy to, a quick word on how this went would help us a lot.",
);

/// Added when two shapes would otherwise be the same words.
pub(crate) const VARIETY: Pool = list!(
    "Any questions in the meantime, just ask.",
    "Reply here whenever you're ready.",
);

/// Contractions spelled out for the formal tone.
pub(crate) const CONTRACTIONS: &[(&str, &str)] = &[
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
