//! The evidence a technique needs, read from the customer's own words: a misunderstanding
//! (not just the word "again"), a solved problem, an insult aimed at the agent, a nudge
//! after the agent went quiet, a formal complaint. Each list is lowercase with `'`
//! apostrophes and matches at word boundaries (see `situation::fold`).

use super::situation::has_any;
use crate::list::{list, List};
use crate::text::Search;

/// The phrase that shows the customer feels misunderstood, if any.
pub(crate) fn misunderstood(low: &str) -> Option<&'static str> {
    // "He argued when I said the steak was cold", "she rolled her eyes when I asked about
    // it" tell what happened, not what the agent missed.
    let told = has_any(
        low,
        list![
            "when i said",
            "when i told",
            "when i asked",
            "after i said",
            "after i told",
            "after i asked"
        ],
    );
    MISUNDERSTOOD.iter().find(|p| {
        crate::technique::find_phrase(low, p).is_some()
            && !(told
                && ["i said", "i told", "i asked"]
                    .iter()
                    .any(|w| p.starts_with(w)))
    })
}

/// Whether the latest message (folded) asks who or where the agent's last message (folded)
/// passed the case on to ("passed it on to who?"): owed an answer, never the same words.
pub(crate) fn asks_where_passed(low: &str, agent: &str) -> bool {
    let passed = list!["passed", "pass it", "pass this", "forwarded"];
    has_any(agent, passed)
        && has_any(low, passed)
        && has_any(low, list!["who", "whom", "where"])
        && low.contains('?')
}

/// Whether the message says the problem is solved.
pub(crate) fn says_solved(low: &str) -> bool {
    // "It came today but the charger wasn't in the box" is a new problem, not a solved one.
    // "Never mind, I'm back in now" is no "never".
    // "It arrived today and won't even turn on" is a defect, not a delivery settled.
    has_any(low, SOLVED)
        && !has_any(&low.replace_str("never mind", ""), STILL_WRONG)
        && defect(low).is_none()
}

/// The ask after a fix the customer reports, if the message goes on to one ("that did it,
/// charging now thanks. can you send me a spare charger?" -> "can you send me a spare
/// charger?"): the first sentence tells the fix with nothing still wrong, the rest asks for
/// something new: no new fault ("but the box was crushed"), no "why did it take so long?",
/// no manager or complaint about the old case.
pub(crate) fn solved_then(text: &str) -> Option<&str> {
    let i = crate::text::find_any(text, b".!")?;
    let rest = crate::text::trim_start_any(&text[i..], b".! ");
    let ask = super::situation::fold(rest);
    let head = super::situation::fold(&text[..i]);
    ((says_solved(&head) || thanks_for_a_fix(&head, true))
        && !says_fault(&ask)
        && !has_any(
            &ask,
            list![
                "why", "how come", "took", "manager", "complain", "but", "damaged", "broken",
                "crushed", "cracked", "missing"
            ],
        )
        && (super::wants::open_ask(&ask) || has_any(&ask, list!["how do", "is there"])))
    .then_some(rest)
}

/// Whether the message, `grateful` (it thanks or praises), does so for a problem already
/// fixed ("Thanks so much, Priya sorted my refund in minutes!", "solved, THANK YOU"): its
/// problem words say what was fixed, not what is wrong, and it asks for nothing ("thanks
/// for nothing", "thanks, please get it sorted" are not this).
pub(crate) fn thanks_for_a_fix(low: &str, grateful: bool) -> bool {
    grateful
        && (has_any(low, FIXED) || has_any(low, SOLVED))
        && !low.contains('?')
        && !has_any(low, STILL_WRONG)
        && !has_any(
            low,
            list!["nothing", "yet", "please", "hope", "need", "want", "get it", "get this"],
        )
}

/// Who a message (folded) credits with a fix: `Some(true)` us or what was tried ("that
/// sorted it", "you fixed it", "solved, thank you"), `Some(false)` someone it praises
/// ("Priya sorted my refund", "the engineer came and fixed it"; thanked as praise, passed
/// on), `None` when it names no fix. The first fix word found decides.
pub(crate) fn fix_credit(low: &str) -> Option<bool> {
    let at = list!["sorted", "fixed", "solved", "resolved"]
        .iter()
        .find_map(|w| crate::technique::find_phrase(low, w))?;
    let before = crate::text::trim_end_any(&low[..at], b" ,.!");
    let prev = crate::text::after_last(before, b' ');
    Some(
        prev.is_empty()
            || list![
                "that",
                "that's",
                "it",
                "it's",
                "you",
                "we",
                "i",
                "all",
                "has",
                "have",
                "now",
                "is",
                "was",
                "situation"
            ]
            .contains(prev),
    )
}

/// Whether a message (folded) thanks the business for a good outcome it names ("paying
/// less thanks to you", "thanks for the speedy resolution", "making good on my warranty"),
/// asking nothing and not sarcastic: thanks, even beside a "but" or a "not".
pub(crate) fn thanks_for_an_outcome(low: &str) -> bool {
    has_any(low, list!["thanks", "thank", "goodlooks", "shout out"])
        && has_any(
            low,
            list![
                "paying less",
                "dollars less",
                "saved me",
                "making good",
                "made good",
                "resolution",
                "goodlooks",
                "not having the same",
                "no longer having",
                "working again",
                "works again",
            ],
        )
        && !low.contains('?')
        && !super::situation::sarcastic_thanks(low)
        && !has_any(
            low,
            list!["please", "need", "want", "yet", "still", "stopped"],
        )
}

/// A fix done ("sorted my refund", "fixed my broadband", "resolving my issue").
const FIXED: List = list![
    // "Got the 9-11 slot, thanks for the help", "got the confirmation email, thank you!"
    "got the",
    "sorted",
    "sorting",
    "fixed",
    "fixing",
    "solved",
    "resolved",
    "resolving",
    "helped",
    // "the replacement works fine, thanks", "ok the renewal got refunded"
    "works fine",
    "refunded",
    // Good news after a wait ("the status finally came through, thanks", "it turned up in
    // the end").
    "came through",
    "in the end",
    "turned up",
    "finally",
];

/// Words that show something is still wrong.
const STILL_WRONG: List = list![
    "but",
    "except",
    "wasn't",
    "isn't",
    "missing",
    "still",
    "didn't",
    "doesn't",
    "not",
    "nobody",
    "no one",
    "hasn't",
    "haven't",
    "never",
    "if",
    "stopped",
    "cracked",
    "broken",
    "damaged",
    "wrong",
    "nothing",
    "stressed",
    "worried",
    // "It was cold when it arrived" tells what was wrong with it, not that it came.
    "when it arrived",
    "when it came",
    // "I have to unplug it to get it working again": a chore each time, nothing solved.
    "to get it",
];

/// Whether a message (folded) says what went wrong, not only how the customer feels: six
/// words or more with a negation or a fault word ("it has no sound", "sent the wrong
/// shirt", "still not fixed"), or fourteen words or more of any kind. "Absolute joke of a
/// company" tells nothing; asking such a customer "what happened?" is right, asking one who
/// has said it shows the message was not read.
pub(crate) fn tells_story(low: &str) -> bool {
    words(low) >= 14 || tells_fault(low)
}

/// Whether a message (folded) of six words or more says what fails: a negation, a fault
/// word or a symptom ("my headphones crackle in the left ear"). A long message with none
/// tells a story but no fault to find.
pub(crate) fn tells_fault(low: &str) -> bool {
    words(low) >= 6 && (says_fault(low) || has_any(low, SYMPTOMS))
}

/// The words of a message, less @handles.
fn words(low: &str) -> usize {
    low.split_whitespace()
        .filter(|w| !w.starts_with('@'))
        .count()
}

/// Whether a message (folded) has a word that says something went wrong: a negation ("no",
/// "never", any word ending in "n't") or a fault word ("wrong", "stopped", "dead").
pub(crate) fn says_fault(low: &str) -> bool {
    low.contains_str("n't") || has_any(low, FAULT_WORDS) || defect(low).is_some()
}

const FAULT_WORDS: List = list![
    "no",
    "not",
    "never",
    "wrong",
    "still",
    "nothing",
    "without",
    "stopped",
    "problems",
    "dead",
    "horrible",
    "poor",
    "lose",
    "are down",
    "is down",
    "went down",
    "disappeared",
    "vanished",
    "missing",
    "failing",
    "fails",
    "failed",
];

/// Whether a message (folded) only remarks on how a thing is: a judgement in the present
/// ("the standby light is too bright", "I find the menus annoying", "the strap feels
/// flimsy") with nothing that happened in it: no question, no story of theirs ("I tried",
/// "we bought"), no time it happened, no failure ([`defect`], a symptom). The shape
/// decides, not the words judged, so the next remark is read without a list of its words;
/// what else rules a case in (a request, a fault told, a facet) is read by the caller.
pub(crate) fn remark(low: &str) -> bool {
    use crate::text::is_one_of;
    // With "has": "my cat has claimed your box" is a story too.
    const SUBJECTS: &str = "i we i've we've they he she it that has";
    let (mut judged, mut lack, mut case) = (false, false, false);
    let (mut prev, mut before) = ("", "");
    for w in crate::text::split_char(low, |c| !crate::text::is_word_char(c) && c != '\'') {
        if w.is_empty() {
            continue;
        }
        // "I tried", "we've had", "I've only had", "they told me", "the software that came
        // with it": a story, not a trait.
        let told = is_one_of(prev, SUBJECTS)
            || is_one_of(before, SUBJECTS) && is_one_of(prev, "only already just have never");
        if told
            && (w.ends_with("ed")
                || is_one_of(w, "got had bought took went came paid spent told said"))
        {
            return false;
        }
        // A lack ("there's no stop button", "it has no radio", "it doesn't have a
        // backlight", "you can't simply open a folder": what anyone can't do is the
        // thing's); not "I can't log in", "can't find a table", "the box had no
        // instructions": a case.
        let you = prev == "you";
        lack |= prev == "doesn't" && w == "have"
            || w == "no" && (prev.is_empty() || is_one_of(prev, "there's theres has"))
            || you && is_one_of(w, "can't cannot");
        case |= is_one_of(w, "can't cannot couldn't") && !you
            || w == "no" && is_one_of(prev, "had was were");
        // "I find the menus annoying", "I don't like the colour".
        judged |= is_one_of(
            w,
            "is are isn't aren't seems seem looks feels sounds too lacks lasts wish takes has",
        ) || is_one_of(prev, "i don't") && is_one_of(w, "find like hate dislike");
        (before, prev) = (prev, w);
    }
    // "Only lasts a day" is the battery's trait (a tip may help), not a thing failing.
    // A lack in their own thing ("no sound from my speaker", "no update on my case") or
    // of what a thing gives out ("the TV has no picture") is a fault or a wait.
    (judged || lack)
        && !case
        && !(lack
            && has_any(
                low,
                list!["my", "no sound", "no picture", "no light", "no display"],
            ))
        && !low.contains('?')
        && defect(low).is_none_or(|p| p.contains_str("last"))
        && !has_any(low, SYMPTOMS)
        && !has_any(
            low,
            list![
                "yesterday",
                "today",
                "ago",
                "since",
                "last week",
                "order",
                "box",
                "tracking",
                "account",
                "parcel",
                "broken",
                "nothing",
                "never",
                "still",
                "keeps",
                "keep",
                "down",
                "gone",
                "vanished",
                "poor",
                "fail",
                "fails",
                "failed",
                "incorrect",
                "already",
                "snapped",
                "crack",
                "rattles",
                "error",
                "again",
                "my new",
                "minutes",
                "charge"
            ],
        )
}

/// The first defect a message (folded) tells in so many words ("won't turn on", "never
/// worked"), if it tells one.
#[inline(never)]
pub(crate) fn defect(low: &str) -> Option<&'static str> {
    let mut first: Option<(usize, &'static str)> = None;
    for phrase in DEFECTS_TOLD.iter() {
        if let Some(at) = crate::technique::find_phrase(low, phrase) {
            if first.is_none_or(|(f, _)| at < f) {
                first = Some((at, phrase));
            }
        }
    }
    first.map(|(_, phrase)| phrase)
}

/// Whether a message (folded) tells a thing dead or broken ("won't turn on", "died",
/// "stopped working"), not one function failing ("won't print", "drops calls"), which one
/// question may still sort out.
#[inline(never)]
pub(crate) fn dead(low: &str) -> bool {
    // A function failing ends on what fails ("won't print", "misses calls", "went dead"),
    // and "not working" may be one function: neither is the thing dead.
    defect(low).is_some_and(|phrase| {
        phrase != "not working"
            && !crate::text::is_one_of(
                crate::text::after_last(phrase, b' '),
                "work calls connect pair print dead",
            )
    })
}

/// Whether a message (folded) says the thing is new: it came that way ("arrived", "out of
/// the box"), failed on its first days, or never worked. How long it lasted is then no
/// question ("when did it start?" reads as not having read it), and a replacement or a
/// refund is the way forward, not a warranty.
#[inline(never)]
pub(crate) fn new_item(low: &str) -> bool {
    has_any(low, NEW_ITEM) && !had_a_while(low)
}

/// Whether a message (folded) says the thing failed after months or years of use ("broke
/// after 6 months", "only 9 years old"): its warranty is the check, not a refund.
pub(crate) fn had_a_while(low: &str) -> bool {
    // "Third time this month" is no age; "9 years old" is past any warranty to check.
    has_any(
        low,
        list!["months", "a month", "a year", "year old", "1 year"],
    )
}

/// Defects told in words (see [`defect`]).
const DEFECTS_TOLD: List = list![
    "won't turn on",
    "won't even turn on",
    "won't actually turn on",
    "will not turn on",
    "doesn't turn on",
    "won't power on",
    "won't charge",
    "will not recharge",
    "stopped working",
    "never worked",
    "didn't work",
    "did not work",
    "doesn't work",
    "not working",
    "died",
    "went dead",
    "blew up",
    "broke",
    "then break",
    "only lasts",
    "lasts only",
    "lasts less than",
    "won't hold a charge",
    "defective",
    "faulty",
    "keeps dropping calls",
    "misses calls",
    "misses incoming calls",
    "missing calls",
    "won't connect",
    "won't pair",
    "won't print",
    "keeps switching off",
    "powering off",
];

/// Words of a thing new when it failed (see [`new_item`]).
const NEW_ITEM: List = list![
    "arrived",
    "out of the box",
    "brand new",
    "first",
    "never worked",
    "days",
    "a week",
    "weeks",
    "new",
];

/// Symptoms a thing shows ("my headphones crackle", "the screen keeps freezing"): a story
/// told, though no fault word the other readings key on.
pub(crate) const SYMPTOMS: List = list![
    "crackle",
    "crackles",
    "crackling",
    "cuts out",
    "cutting out",
    "freezes",
    "freezing",
    "crashes",
    "crashing",
    "leaks",
    "leaking",
    "overheats",
    "overheating",
    "flickers",
    "flickering",
    "switches off",
    "switches itself off",
    "shuts off",
    "keeps dropping",
    "restarting",
];

/// Whether the customer says how upset they are ("not happy", "fed up"), which the
/// lexicon may read as a plain negative.
pub(crate) fn feels_upset(low: &str) -> bool {
    has_any(low, FEELINGS)
}

/// Whether the message insults the agent personally (anger at the company is not this).
pub(crate) fn insults_agent(low: &str) -> bool {
    has_any(low, INSULTS)
}

/// Whether the customer takes up the steps the agent gave, to try them later ("ok got
/// it, will try tonight").
pub(crate) fn will_try(low: &str) -> bool {
    has_any(
        low,
        list![
            "will try",
            "i'll try",
            "ill try",
            "give it a go",
            "give it a try",
            "give that a go",
            "give that a try",
            "try that"
        ],
    ) && !has_any(low, list!["didn't", "doesn't", "still", "already tried"])
}

/// Whether the message only nudges for the reply the agent owes ("still there?").
pub(crate) fn nudges(low: &str) -> bool {
    let words = low.split_whitespace().count();
    words <= 8 && has_any(low, NUDGES) || low.trim() == "?" || low.trim() == "??"
}

/// Whether the agent's message promised to come back ("one moment", "I'll update you by
/// 3 pm").
pub(crate) fn agent_promised(low: &str) -> bool {
    has_any(low, PROMISES)
}

/// Whether the customer makes a formal complaint or brings in a regulator or the courts.
pub(crate) fn formal_complaint(low: &str) -> bool {
    has_any(low, FORMAL)
}

const MISUNDERSTOOD: List = list![
    "read my question",
    "read my message",
    "did you even read",
    "did you read",
    // "Did anyone even read it??", "did you miss that part?", "read my previous messages".
    "anyone read",
    "anyone even read",
    "did you miss",
    "read my previous",
    "literally said",
    "i already said",
    "already told you",
    "as i mentioned",
    "just told you",
    // "stop giving me the same canned answer".
    "canned",
    "i just said",
    "i said",
    "i told you",
    "i know how to",
    "i know where",
    "i'm asking",
    "i am asking",
    "i asked",
    "my question was",
    "not what i meant",
    "that's not what",
    "that is not what",
    "so you're saying",
    "are you saying",
    "not listening",
    "aren't listening",
    "you're not reading",
    "read what i wrote",
    "didn't read",
    "read your own chat",
    "you misunderstood",
    "you misunderstand",
    "that's not the problem",
    "that's not the issue",
    "you didn't answer",
    "answer my question",
    "i never said",
    "i've said",
    "how many times",
    "yes, but",
    "yes but",
    "wait, this isn't",
    "not paused",
    "didn't even ask",
    "never even asked",
    "you never asked",
    "didn't ask what",
    "didnt ask what",
    "didnt even ask",
    "didn't ask about",
    "didnt ask about",
    "not what i asked",
];

/// How a customer asks what more we need after we asked for something ("What more do you
/// need?", "what else do you want from me?"): exasperation at being asked, never a
/// question to look into. The reply says exactly what is still needed, or that we have it.
pub(crate) const WHAT_MORE: List = list![
    "what more do you need",
    "what else do you need",
    "what more do you want",
    "what else do you want",
    "what more can i",
    "what else can i",
];

/// How a question about something new opens after an answer ("how about the other
/// one?"): no question asked again. ("And the ..." is left out: "I asked and the tracking
/// still says nothing" repeats one.)
pub(crate) const FOLLOW_ON: List = list!["how about", "what about"];

const FEELINGS: List = list![
    "not happy",
    "unhappy",
    "annoyed",
    "frustrated",
    "frustrating",
    "fed up",
    "upset",
    "angry",
    "furious",
    "livid",
    "disappointed",
    "ridiculous",
    "unacceptable",
    "sick of",
    "had enough",
    "disgrace",
    "disgraceful",
    "appalling",
    "the worst",
    "terrible",
    "awful",
    "shocking",
    "outrageous",
    "seriously",
    "bull",
    "bullshit",
    "wtf",
    "ffs",
    "a joke",
    "rubbish",
    "garbage",
    "useless",
];

const SOLVED: List = list![
    "all fixed",
    "it's fixed",
    "that worked",
    "it worked",
    "worked now",
    "works now",
    "working now",
    "working again",
    "working fine now",
    "works fine now",
    "i'm back in",
    "back in now",
    "all working",
    "all sorted",
    "sorted now",
    "fixed it",
    "fixed now",
    "problem solved",
    "all good now",
    "it arrived",
    "finally came through",
    "turned up in the end",
    "just arrived",
    "has arrived",
    "came today",
    "arrived today",
    "it's landed",
    "it has landed",
    "got it now",
    "received it",
    "refund came",
    "refund has come",
    "that helped",
    "that did it",
    "that did the trick",
    "perfect, thanks",
    "perfect thanks",
    "it's perfect",
    "coming through now",
    "printed straight away",
    "i'm in",
    "got the email",
    "sorting it so quickly",
    "that really means a lot",
    // Solved at their end ("Ignore. We have seen where the issue is").
    "seen where the issue is",
    "figured it out",
    "worked it out",
    "nevermind",
    "please ignore",
    "ignore that",
    "ignore my last",
];

const INSULTS: List = list![
    "you moron",
    "you absolute",
    "you idiot",
    "are you thick",
    "are you stupid",
    "brain dead",
    "and so are you",
    "so are you for",
    "spineless",
    "script reader",
    "you useless",
    "muppet",
    "you clown",
    "you're a joke",
    "you are a joke",
    "you're pathetic",
    "you're useless",
    "you are useless",
    "you're an idiot",
];

const NUDGES: List = list![
    "still there",
    "hello?",
    "anyone there",
    "any news",
    "any update",
    "any updates",
    "are you there",
    "it's gone",
    "it's 1",
    "it's 2",
    "it's 3",
    "it's 4",
    "it's 5",
    "well?",
];

const PROMISES: List = list![
    "one moment",
    "one sec",
    "let me check",
    "i'll check",
    "i'll update you",
    "i will update you",
    "i'll message you",
    "i'll confirm",
    "i'll get back",
    "update you by",
    "back to you by",
    "confirm here by",
    "by 1 pm",
    "by 2 pm",
    "by 3 pm",
    "by 4 pm",
    "by 5 pm",
];

const FORMAL: List = list![
    "formal complaint",
    "make a complaint",
    "complaint about",
    "small claims",
    "ombudsman",
    "trading standards",
    "solicitor",
    "lawyer",
    "legal action",
    "the ico",
    "regulator",
    "put me through",
    "someone who can actually",
    "someone senior",
];

/// The contact details a message (folded) shows to anyone reading it: "email address",
/// "phone number" or both as "contact details". On a public post they are moved out of
/// sight before anything else (`compose`). An address is the customer's unless it follows
/// "you" or "your" (their own help line's, "your cargo line (x@ba.com)") or is a
/// business's mailbox ("customerservice@...", "support@...": one they wrote to). A phone number
/// is 10 to 13 digits that open with `+` or `(`, are written in parts ("07712 345678",
/// "555-123-4567") or follow a word for one ("call me on", "this number.0703963851"); not
/// inside a code ("RML0514765190A"), a date and time, a reference the message names
/// ("complaint #227878622388", "item 0494295001") or a number that called them.
pub(crate) fn exposed(low: &str) -> Option<&'static str> {
    let mut at = 0;
    let email = low.split(' ').any(|w| {
        let start = at;
        at += w.len() + 1;
        super::situation::has_email(w)
            && !has_any(before(low, start), list!["you", "your"])
            && !mailbox(w)
    });
    let phone = gives_phone(low);
    match (email, phone) {
        (true, true) => Some("contact details"),
        (true, false) => Some("email address"),
        (false, true) => Some("phone number"),
        _ => None,
    }
}

/// Whether an address is a business's own mailbox ("customerservice@acme.com",
/// "support@..."): one the customer wrote to, not their own (see [`exposed`]).
fn mailbox(address: &str) -> bool {
    crate::text::split_once_byte(address, b'@').is_some_and(|(user, _)| {
        has_any(
            user,
            list![
                "support",
                "customerservice",
                "service",
                "help",
                "customercare",
                "care",
                "info",
                "contact"
            ],
        )
    })
}

/// Whether the message (folded) holds a phone number (see [`exposed`]).
pub(crate) fn gives_phone(low: &str) -> bool {
    phones(low).next().is_some()
}

/// The message (folded) with its phone numbers blanked out, so that none is read as an
/// order number.
pub(crate) fn without_phones(low: &str) -> std::borrow::Cow<'_, str> {
    let mut out = std::borrow::Cow::Borrowed(low);
    for (at, number) in phones(low) {
        // A new string, not `replace_range`: its splice is code of its own in the wasm.
        let end = at + number.len();
        let blanked = crate::text::concat(&[&out[..at], &" ".repeat(number.len()), &out[end..]]);
        out = std::borrow::Cow::Owned(blanked);
    }
    out
}

/// The phone numbers in a message (folded), with where each starts.
fn phones(low: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = low.as_bytes();
    digit_runs(low).filter(move |&(at, number)| {
        let digits = number.bytes().filter(u8::is_ascii_digit).count();
        let end = at + number.len();
        let glued = at > 0 && b[at - 1].is_ascii_alphanumeric()
            || b.get(end).is_some_and(u8::is_ascii_alphanumeric);
        let parts = number
            .trim_end_matches(['.', ')'])
            .bytes()
            .any(|b| b" -.".contains(&b));
        let words = before(low, at);
        let reference = words.contains('#')
            || has_any(
                words,
                list![
                    "no.",
                    "order",
                    "ref",
                    "complaint",
                    "case",
                    "ticket",
                    "account",
                    "tracking",
                    "invoice",
                    "booking",
                    "reference",
                    "item",
                    "article",
                    "product",
                    "model",
                    "serial",
                    "policy",
                    "member",
                    "card"
                ],
            );
        let named = has_any(
            words,
            list![
                "number", "call", "phone", "mobile", "cell", "contact", "whatsapp", "text",
                "reach", "tel", "ring"
            ],
        );
        // A number that called or texted them is not theirs ("you called by this number").
        let caller = has_any(
            words,
            list!["from", "by", "called", "calls", "texted", "texts", "scam", "spam"],
        );
        // A date and time ("2017-12-27 10:30") ends in a short group; a number does not.
        let last = number
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap_or_default();
        (10..=13).contains(&digits)
            && (number.starts_with(['+', '(']) || parts || named)
            && last.len() >= 3
            && !glued
            && !reference
            && !caller
    })
}

/// The 30 bytes or so before `at`, from a character's start.
fn before(low: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(30);
    while !low.is_char_boundary(from) {
        from -= 1;
    }
    low.get(from..at).unwrap_or_default()
}

/// The runs of digits a message holds, with the separators a phone number is written with
/// between them (one at a time), and where each starts.
fn digit_runs(low: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = low.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !(b[i].is_ascii_digit() || b"+(".contains(&b[i])) {
            i += 1;
        }
        let start = i;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || b"+(".contains(&b[i]) && i == start
                || b" -.()".contains(&b[i])
                    && b.get(i + 1)
                        .is_some_and(|c| c.is_ascii_digit() || *c == b' ' && b[i] == b')'))
        {
            i += 1;
        }
        if start == b.len() {
            return None;
        }
        let end = i.max(start + 1);
        i = end;
        Some((start, low.get(start..end).unwrap_or_default()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A remark is read by its shape: a trait judged in the present, whatever its words;
    /// a question, a story of theirs, a time or a failure makes it a case.
    #[test]
    fn a_remark_is_a_trait_judged_with_nothing_that_happened() {
        let remark = |t: &str| remark(&super::super::situation::fold(t));
        for t in [
            "the standby light is too bright",
            "The strap feels flimsy.",
            "I don't like the colour",
            "shutter lag is bad",
            "navigating to the features takes too long",
            "the battery only lasts a day",
            "i find onscreen displays annoying.",
            // A lack, and what anyone can't do with the thing.
            "There's no stop button.",
            "No true line-out.",
            "It has no radio and no alarm.",
            "It doesn't have a backlight.",
            "You can't simply open a folder.",
            "you cannot make changes to the playlist",
        ] {
            assert!(remark(t), "{t}");
        }
        for t in [
            "is the standby light meant to be this bright?",
            "I tried the reset and the screen is still black",
            "I've only had it two weeks and the fan is loud",
            "they told me the jacket is in stock",
            "the strap is flimsy and it already snapped",
            "my order is late",
            "the screen is broken",
            "the app keeps crashing, it is useless",
            "It wasn't busy, no excuse for not being able to find a clean table",
            // What they can't do, what was not there, a lack in their own thing, a story.
            "I can't make changes to the playlist",
            "The box had no instructions.",
            "There was no charger in the box.",
            "There's no sound from my speaker.",
            "The TV has no picture.",
            "No update on my case.",
            "We don't have power near the club.",
            "Hell no will I go back",
            "my cat has claimed your box",
        ] {
            assert!(!remark(t), "{t}");
        }
    }

    /// A defect told is found with how new the thing is, and a thing that arrived dead is
    /// no delivery settled.
    #[test]
    fn a_defect_told_is_read_with_how_new_the_thing_is() {
        let told = defect;
        assert_eq!(
            told("my new speaker won't even turn on"),
            Some("won't even turn on")
        );
        assert_eq!(
            told("the lamp never worked, not once"),
            Some("never worked")
        );
        assert_eq!(
            told("it died after a week and now it won't charge"),
            Some("died")
        );
        assert_eq!(told("my phone is defective"), Some("defective"));
        assert_eq!(told("the sound is a little low"), None);
        assert!(dead("the remote stopped working after two weeks"));
        assert!(!dead("my printer won't print in colour"));
        assert!(!dead("the line went dead twice"));
        assert!(new_item("it arrived this morning and won't turn on"));
        assert!(new_item("my brand new kettle broke"));
        assert!(!new_item("my new kettle broke after 8 months"));
        assert!(had_a_while("the headphone jack died after a month"));
        assert!(!had_a_while(
            "it stopped working again, third time this month"
        ));
        assert!(!says_solved(
            "my new speaker arrived today and won't even turn on"
        ));
        assert!(says_solved("it arrived today, thanks"));
        // A chore to make it work each time is no fix.
        assert!(!says_solved(
            "i have to unplug the speaker every day to get it working again"
        ));
    }

    #[test]
    fn a_fix_told_then_a_new_ask_gives_the_ask() {
        for (text, ask) in [
            (
                "the replacement works fine, thanks. is there a way to get a longer warranty?",
                "is there a way to get a longer warranty?",
            ),
            (
                "that did it, charging now thanks. can you send me a spare charger though?",
                "can you send me a spare charger though?",
            ),
            (
                "@ShopCo it arrived today, thanks! can I change the address for my next order?",
                "can I change the address for my next order?",
            ),
            (
                "@SafeNet ok the renewal got refunded. now how do i turn off auto renew",
                "now how do i turn off auto renew",
            ),
            (
                "never mind, it works now after clearing cookies! is there a way to watch on two screens?",
                "is there a way to watch on two screens?",
            ),
        ] {
            assert_eq!(solved_then(text), Some(ask), "{text}");
        }
        for text in [
            // A fix with nothing asked, a fault still there, a new fault, the old case
            // questioned or taken higher: no new ask.
            "ok that worked, thanks!",
            "it's not fixed. can you send an engineer?",
            "the refund came, thanks. but the second charge is still not back, can you check?",
            "it arrived today. but the box was crushed, can you replace it?",
            "it arrived today, thanks. why did it take so long?",
            "it arrived today. can I speak to a manager about how this was handled?",
            "can you check my order? it never arrived",
        ] {
            assert_eq!(solved_then(text), None, "{text}");
        }
    }

    #[test]
    fn contact_details_in_a_message_are_seen_and_references_are_not() {
        let seen = |t: &str| exposed(&crate::playbook::situation::fold(t));
        let phone = Some("phone number");
        assert_eq!(
            seen("I can't log in, the email is jane.doe@gmail.com"),
            Some("email address")
        );
        assert_eq!(
            seen("May I get my statement from July. domngash@yahoo.com"),
            Some("email address")
        );
        assert_eq!(seen("activate M-Shwari on this number.0703963851"), phone);
        assert_eq!(seen("kindly call me on 0742850939"), phone);
        assert_eq!(
            seen("still no refund, 07712 345678, someone ring me"),
            phone
        );
        assert_eq!(seen("my cell is (555) 123-4567."), phone);
        assert_eq!(
            seen("Account Number 21245063 if possible contact me through 0704722919"),
            phone
        );
        // Letters of more than one byte just before it are stepped over, not split.
        assert_eq!(seen("appelez-moi été 07712 345678"), phone);
        assert_eq!(
            seen("+44 7712 345678 or me@x.co.uk"),
            Some("contact details")
        );
        for t in [
            "@Acme @AcmeHelp where is my order?",
            // The business's own mailbox, written to: no private detail shown.
            "I emailed customerservice@acme.com twice and it bounced",
            "wrote to support@acme.co.uk (no answer)",
            "No resolution on complaint #227878622388 even after 2 hours",
            "order 0012345678 never came",
            "it cost 1,299.99 and broke in 2 days",
            "tracking no. 1Z999AA10123456784 says delivered",
            "Parcel tracking number is RML0514765190A",
            "Can you also check the same stores for 0566618002 in 10 and 12?",
            "do you have this item 0494295001 in any stores in a medium?",
            "my flight on 12/03/2024 at 10.30 was cancelled",
            "booked for 2017-12-27 10:30 and nobody came",
            "You gave me a fake email for your cargo line (BAWC.retailteamleaders@ba.com)",
            "email me at the address on file",
            "Hi you called by this number 0722000000. You need any help from me?",
            "I keep getting calls from 0722 000 000 saying it's you",
        ] {
            assert_eq!(seen(t), None, "{t}");
        }
    }

    #[test]
    fn a_fix_is_credited_to_us_or_to_someone_praised() {
        assert_eq!(fix_credit("thanks so much, that sorted it!"), Some(true));
        assert_eq!(fix_credit("solved, thank you"), Some(true));
        assert_eq!(
            fix_credit("thanks, priya sorted my refund in minutes"),
            Some(false)
        );
        assert_eq!(
            fix_credit("the engineer came early, fixed it in 20 mins"),
            Some(false)
        );
        assert_eq!(fix_credit("love the new app, thank you"), None);
    }

    #[test]
    fn thanks_for_a_named_good_outcome() {
        let f = |t: &str| thanks_for_an_outcome(&super::super::situation::fold(t));
        assert!(f("Paying 20 dollars less now thanks to you, but goodlooks"));
        assert!(f("Thanks for the speedy resolution, not what I expected"));
        assert!(!f("Thanks for the resolution, but it's still broken"));
        assert!(!f("thanks for the resolution? what resolution"));
    }

    #[test]
    fn a_fault_told_in_a_few_words_is_a_story() {
        // A thing's symptom, a vanished account, a failing checkout: told, not asked again.
        assert!(tells_story(
            "@sonix my aura headphones crackle in the left ear"
        ));
        assert!(tells_story(
            "@notely my profile has vanished from the website"
        ));
        assert!(tells_story(
            "@shopco checkout keeps failing when i try to pay"
        ));
        assert!(tells_story(
            "@lumaco my desk lamp flickers every few minutes"
        ));
        // Feelings and verdicts still tell nothing.
        assert!(!tells_story("@shopco you have gone too far this time"));
        assert!(!tells_story("@fibrely what a shambles of a company"));
        // A long post tells a story, but a fault only where something fails in it.
        let long = "@skyco you gave me a made up email for your cargo line when i called #shady";
        assert!(tells_story(long) && !tells_fault(long));
        assert!(tells_fault("@rideco your app doesn't seem to work at all"));
    }

    #[test]
    fn trying_a_suggestion_later_is_no_praise() {
        assert!(will_try("ok will give that a try, thanks!"));
        assert!(will_try("okay will give it a try. thanks!"));
        assert!(!will_try("already tried that, still broken"));
    }

    #[test]
    fn a_question_about_something_new_opens_with_how_about() {
        assert!(has_any("how about the red one? does it fold?", FOLLOW_ON));
        assert!(has_any("ok, what about the passenger seat?", FOLLOW_ON));
        assert!(!has_any("does it fold? i asked if it folds", FOLLOW_ON));
    }

    #[test]
    fn evidence() {
        assert!(misunderstood("i know how to reset a password. i'm asking what to do").is_some());
        assert!(misunderstood("i've tried 3 times").is_none());
        assert!(misunderstood("you clearly didn't read the tweet").is_some());
        // What they said to the waiter is the story, not a misread.
        assert!(misunderstood("he argued when i said the soup was cold").is_none());
        assert!(misunderstood("when i asked about it she rolled her eyes").is_none());
        assert!(says_solved(
            "never mind, i used forgot password and i'm back in now."
        ));
        let passed = "sorry about that, i've passed this on.";
        assert!(asks_where_passed(
            "passed it on to who? what happens now?",
            passed
        ));
        assert!(asks_where_passed(
            "forwarded it where?",
            "i've forwarded it to the team"
        ));
        assert!(!asks_where_passed("where is my refund?", passed));
        assert!(!asks_where_passed(
            "passed it on to who?",
            "sorry about that!"
        ));
        assert!(says_solved("it's landed! thanks for chasing it."));
        assert!(says_solved("ignore. we have seen where the issue is"));
        assert!(says_solved("nevermind, figured it out"));
        assert!(!says_solved(
            "never mind the refund, my parcel still hasn't come"
        ));
        assert!(insults_agent(
            "are you brain dead? i said the code never arrives"
        ));
        assert!(!insults_agent("your company is a joke"));
        assert!(tells_story(
            "@adobe imported a video file, but it has no sound????"
        ));
        assert!(tells_story(
            "@burberry thanks for sending the wrong shirt......"
        ));
        assert!(!tells_story("@fibrely absolute joke of a company"));
        assert!(!tells_story("@shopco seriously?? not again"));
        assert!(nudges("still there?"));
        assert!(nudges("it's 3:40. any news?"));
        assert!(!nudges(
            "any news on my refund for order 61177? it has been weeks and weeks now"
        ));
    }
}
