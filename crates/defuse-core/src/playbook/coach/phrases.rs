//! The draft coach's tables: phrases that escalate, each with a calmer wording; acronyms
//! that are not shouting; words that give a promise its time.

use super::DraftFlagKind;

/// Phrases per kind, each with its calmer wording, as `phrase=rewrite` pairs separated by
/// `|` (one string per kind: a table of string pairs costs the wasm sixteen bytes of
/// pointers per pair). Lowercase, matched at word boundaries.
pub(super) const PHRASES: &[(DraftFlagKind, &str)] = &[
    (
        DraftFlagKind::Blame,
        "you should have=next time, it can help to|\
         you should've=next time, it can help to|\
         you failed to=it looks like this step was missed:|\
         your fault=not something you should have to worry about|\
         you need to read=here is the part that matters:|\
         if you had=from here, what we can do is|\
         you were supposed to=the usual step is to|\
         you forgot=it looks like this was missed|\
         you must have=it's possible that|\
         user error=a mix-up|\
         you didn't read=I may not have made this clear|\
         you never=it seems|\
         you always=it seems",
    ),
    (
        DraftFlagKind::Dismissal,
        "calm down=I can see how upsetting this is|\
         relax=I'm on it|\
         chill out=I'm on it|\
         settle down=I can see how upsetting this is|\
         take it easy=I'm on it|\
         no need to get upset=I understand why you're upset|\
         no need to be upset=I understand why you're upset|\
         don't get upset=I understand why you're upset|\
         not a big deal=something I'll fix for you|\
         no big deal=something I'll fix for you|\
         you're overreacting=I can see why this matters to you|\
         you are overreacting=I can see why this matters to you|\
         don't panic=I'm here to sort this out|\
         stop shouting=I want to help you with this|\
         watch your tone=I want to help you with this",
    ),
    (
        DraftFlagKind::PolicyHiding,
        "it's our policy=what I can do is|\
         it is our policy=what I can do is|\
         per policy=what I can do is|\
         per our policy=what I can do is|\
         as per policy=what I can do is|\
         company policy=the way this normally works|\
         our policy is=normally we|\
         our policy states=normally we|\
         against our policy=not something I can do, but what I can do is|\
         against policy=not something I can do, but what I can do is|\
         according to our policy=normally we|\
         rules are rules=here's what I can do|\
         i don't make the rules=here's what I can do",
    ),
    (
        DraftFlagKind::NothingToDo,
        "unfortunately there is nothing=here is what I can do:|\
         unfortunately there's nothing=here is what I can do:|\
         there is nothing i can do=here is what I can do:|\
         there's nothing i can do=here is what I can do:|\
         there is nothing we can do=here is what we can do:|\
         there's nothing we can do=here is what we can do:|\
         nothing i can do=what I can do is|\
         nothing we can do=what we can do is|\
         can't do anything=can do this instead:|\
         cannot do anything=can do this instead:|\
         out of my hands=something I'll take to the right team|\
         i can't help you=let me find who can help with this|\
         i cannot help you=let me find who can help with this",
    ),
    (
        DraftFlagKind::AsISaid,
        "as i said=to make sure I explained it clearly,|\
         as i already said=to make sure I explained it clearly,|\
         like i said=to make sure I explained it clearly,|\
         as i mentioned=just to recap,|\
         as i already mentioned=just to recap,|\
         as previously mentioned=just to recap,|\
         as previously stated=just to recap,|\
         as stated=just to recap,|\
         as i explained=let me put it another way:|\
         as i already explained=let me put it another way:|\
         i already told you=let me put it another way:|\
         i've already told you=let me put it another way:|\
         for the last time=to recap,",
    ),
    (
        DraftFlagKind::Sarcasm,
        "obviously=to be clear,|\
         clearly you=it looks like|\
         good luck with that=let me know if I can help with that|\
         nice try=I see what you mean|\
         congratulations=I see|\
         whatever=I understand|\
         if you say so=I understand|\
         with all due respect=I understand|\
         no offense=to be clear|\
         no offence=to be clear|\
         surely you=you may|\
         funny how=I notice that",
    ),
    (
        DraftFlagKind::ExcuseBeforeApology,
        "we're very busy=I'm sorry for the wait|\
         we are very busy=I'm sorry for the wait|\
         we're busy=I'm sorry for the wait|\
         we are busy=I'm sorry for the wait|\
         high volume=I'm sorry for the wait|\
         short-staffed=I'm sorry for the wait|\
         short staffed=I'm sorry for the wait|\
         not my fault=I'm sorry this happened|\
         not our fault=I'm sorry this happened|\
         not my department=let me get this to the right person|\
         the system did=I'm sorry, our system|\
         the courier=I'm sorry; the courier|\
         i'm new=I'm sorry for the confusion|\
         it wasn't me=I'm sorry this happened",
    ),
    (
        DraftFlagKind::VaguePromise,
        "i'll try=I will|\
         i will try=I will|\
         we'll try=we will|\
         we will try=we will|\
         i'll see what i can do=I will|\
         as soon as possible={follow_up}|\
         soon={follow_up}|\
         asap={follow_up}|\
         shortly={follow_up}|\
         at some point={follow_up}|\
         eventually={follow_up}|\
         hopefully=I expect|\
         in due course={follow_up}",
    ),
    (
        DraftFlagKind::Jargon,
        "sla=our response-time promise|\
         backend=our system|\
         back-end=our system|\
         tier 2=our specialist team|\
         tier-2=our specialist team|\
         l2=our specialist team|\
         rma=a return label|\
         sku=the product|\
         root cause=the cause|\
         escalation queue=our specialist team|\
         propagate=update everywhere|\
         cache=saved browser data|\
         server-side=on our side|\
         deprecated=no longer supported|\
         provisioning=setting up|\
         kindly revert=please reply|\
         revert back=reply|\
         pursuant to=under|\
         as per=following",
    ),
];

/// Capitalised words that are not shouting, space-separated (see `text::is_one_of`).
pub(super) const ACRONYMS: &str = "API DHL DM EU FAQ GB HTML ID IOS MB OK PC PDF PIN SMS TV \
    UK UPS URL US USA USB USPS VAT VPN";

/// Words that show a draft's promise has a time, separated by `|`.
pub(super) const TIME_WORDS: &str =
    "today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\
     within the hour|within an hour|in an hour|end of day|this morning|this afternoon|\
     this evening|half an hour|right now|straight away|minutes|hours";
