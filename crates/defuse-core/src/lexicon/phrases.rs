//! Multi-word cues: threats, demands, abuse, sarcasm, repetition and emotion phrases.
//!
//! Each phrase is a small pattern over normalized tokens (lowercase, `’` folded to `'`):
//!
//! - elements are separated by one space and each must match one token, in order;
//! - `a|b|c` are alternatives; a trailing `*` makes an alternative a prefix (`cancel*`);
//! - `[a|b]` is an optional element;
//! - `~` skips zero to three words (never punctuation, so it stays inside a clause);
//! - `#` matches any number written in digits;
//! - a leading `^` requires imperative position: the start of a sentence, after nothing but
//!   softeners ("please", "just", "oh"), or after "you need to" / "you have to" / "you must".
//!
//! The first element must be required and must not be a gap: it is the lookup key.

use crate::list::{list, List};
use crate::signal::SignalKind::{
    self, AbuseAtAgent, Accusation, Anger, Anxiety, Demand, DemandManager, Disappointment,
    Dissatisfaction, ElapsedTime, Frustration, Gratitude, Negative, Positive, Repetition, Sarcasm,
    ThreatCancel, ThreatChargeback, ThreatLegal, ThreatPublic,
};

/// One phrase rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase {
    /// The pattern, in the syntax described in the module docs.
    pub pattern: &'static str,
    /// What a match signals.
    pub kind: SignalKind,
    /// The signal's weight.
    pub weight: f32,
}

/// The phrase rules, grouped by what a match signals and its weight: one text per group
/// (`crate::list`), not a (pointer, length) pair per pattern in the wasm.
static GROUPS: &[(SignalKind, f32, List)] = &[
    (
        ThreatCancel,
        0.8,
        list![
            // -- threats to cancel, churn, switch --
            "i'll|ill|we'll|will|i'm|im|am [be] [just|simply|definitely|now|immediately|seriously] cancel*",
            "going|gonna [to] [just|simply|definitely|have|be] [to] cancel*",
            "about|close to cancel*",
            "cancel* and switch*|moving|going to",
            "^cancel* my|our|the|this account|subscription|membership|plan|service|contract|policy|everything",
            "close|closing|delete|deleting|terminate|terminating|end|ending [my|our|the] account|accounts|subscription|contract|membership",
            "switch*|move|moving|take|taking|go|going|leave|leaving|shop|shopping ~ competitor*|competition|elsewhere",
            "switch*|move|moving|change|changing|going|go [over] to another|a|other [different] provider*|compan*|bank|carrier|service|supplier|network|brand|store|platform|app|competitor*",
        ],
    ),
    (
        ThreatCancel,
        0.5,
        list![
            "want|wanna|wants|like|ready|decided|deciding|planning|plan|need|considering|thinking [you] [to|about|of] [just|simply] cancel*",
            "want|wanna|like|need [a] cancellation",
            "port|porting my number",
        ],
    ),
    (
        ThreatCancel,
        0.4,
        list![
            "^cancel* my|our|the|this order",
        ],
    ),
    (
        ThreatCancel,
        0.7,
        list![
            "never|won't|wont|not [be|ever] order*|buy*|bought|purchas*|use|using|shop*|deal*|recommend*|come|coming|fly|flying|book*|return* ~ again",
            "will|i'll|would never|not [be|ever] order*|buy*|purchas*|use|using|shop*|deal*|recommend*|come|fly|book*|return* ~ again",
            "last time i|we order*|buy|bought|use|used|shop*|fly|book*",
            "lost|lose|losing [a|my|our] [loyal] customer|customers|business",
            // a meal out or a visit: "we'll never go again" ("won't be going back" is a
            // complaint, not a threat: see the cue cases)
            "never [ever] go|going|visit*|eat|eating|dine|dining|stay|staying ~ again",
        ],
    ),
    (
        ThreatCancel,
        0.6,
        list![
            "never again",
            "i'm|im|i|we're|we [am|are] [so] done with you|this|your|these|them",
            "find|finding|look|looking ~ another|other|new provider*|compan*|bank|carrier|service|supplier|store",
            "will|won't|wont|not|never [be] renew|renewing",
        ],
    ),
    (
        ThreatChargeback,
        0.8,
        list![
            // -- chargebacks, disputes with the bank --
            "charge back|backs",
            "call*|contact*|ring|report*|phone ~ bank|paypal|visa|mastercard|amex|issuer",
            "call*|contact*|ring|report*|phone ~ credit|debit card company|issuer|provider",
            "paypal|bank claim|case|dispute",
            "claim|case|complaint with|through [my] paypal|bank",
        ],
    ),
    (
        ThreatChargeback,
        0.6,
        list![
            "reverse*|reversing|cancel|stop|block ~ charg*|payment*|transaction*",
        ],
    ),
    (
        ThreatLegal,
        0.9,
        list![
            // -- legal, regulators --
            "legal action|proceedings|route|steps|advice|team|recourse",
            "take|taking|see ~ to|in court",
            "small claims",
            "class action",
            "better business bureau",
            "trading standards",
            "attorney general",
            "report* ~ authorities|police|regulator*|watchdog|ftc|fcc|bbb|cfpb|ofcom|ombudsman",
            // A regulator, ombudsman or watchdog named with what it regulates ("the energy
            // regulator", "the financial ombudsman") is a named authority, not a passing mention; and
            // taking a complaint to one is a threat however many words the customer puts in between.
            "energy|telecoms|financial|water|broadband|aviation|rail|data regulator|ombudsman|watchdog",
        ],
    ),
    (
        ThreatLegal,
        0.8,
        list![
            "consumer protection|rights|council|agency|affairs",
        ],
    ),
    (
        ThreatLegal,
        0.7,
        list![
            "breach of contract",
        ],
    ),
    (
        ThreatPublic,
        0.7,
        list![
            // -- going public --
            // A star rating is a verdict (below); a one-star review is a threat to post one.
            "1|one|zero|0|half|no [-] star|stars review*",
            // "Enjoy your new one-star review": a review handed over as a parting gift.
            "enjoy your [new] ~ review|reviews|rating",
            "bad|negative|terrible|awful|horrible|scathing|poor|angry ~ review*|rating*|feedback",
            "tell*|warn* ~ everyone|everybody|friends|people|others|world|customers",
            // "let people know", not "let people pick seats".
            "let ~ everyone|everybody|friends|people|others|world|customers know",
            "everyone|everybody will know|hear|see",
            "going|gonna|will [to] [be] hear|hearing about this|it",
        ],
    ),
    (
        ThreatPublic,
        0.5,
        list![
            "leave|leaving|write|writing|post|posting|put|putting|give|giving|left ~ review*",
        ],
    ),
    (
        ThreatPublic,
        0.8,
        list![
            "post*|share|sharing|put*|tweet*|blast*|expose*|complain*|write*|writing|tell*|talk*|report*|broadcast*|plaster* ~ twitter|facebook|instagram|tiktok|reddit|youtube|linkedin|social|media|press|news|newspaper*|journalist*|reporter*|internet|online|viral|forum*|everywhere",
            "go|going|went public|viral",
            "contact*|call*|ring*|email*|writ*|go|going ~ local paper|papers|news|radio|press",
            "post*|shar*|put* ~ chat|conversation|screenshot* ~ twitter|facebook|instagram|tiktok|reddit|online",
        ],
    ),
    (
        DemandManager,
        0.6,
        list![
            // -- wants a manager, a human --
            "speak*|talk*|transfer*|connect*|put|get|want|need|see|give|escalat*|bring|fetch|let|chat|contact|demand ~ manager*|supervisor*|superior*|boss|management|ceo|human|humans",
            "real|actual|live|competent|senior|proper [human|live|chat|support] person|agent|human|representative|rep|being|someone",
            "someone|somebody|anyone|anybody|person in charge",
        ],
    ),
    (
        DemandManager,
        0.5,
        list![
            "someone|somebody else|higher|senior|competent|above",
            "^escalate [this|it|my]",
            "be|get|gets|getting escalated",
            "want|need|needs ~ escalat*",
        ],
    ),
    (
        DemandManager,
        0.4,
        list![
            "are|r you|u [just] a|an bot|robot|machine|ai",
            "is this a|an bot|robot|machine|ai|automated",
        ],
    ),
    (
        AbuseAtAgent,
        0.9,
        list![
            // -- abuse aimed at the agent --
            "you|u|ur|you're|youre|yo [guys|people|lot|all|clowns] [are|r|is|must|seem|sound] [be|like] [so|such|really|absolutely|totally|completely|a|an|the|just|fucking|bloody|utterly|clearly|obviously|truly|literally] [a|an|complete|total|absolute|utter|bunch|fucking|bloody|useless|little|pathetic|incompetent|stupid] [of] idiot*|moron*|stupid|dumb|useless|incompetent|pathetic|clueless|worthless|liar*|clown*|joke|fool*|imbecile*|retard*|brainless|braindead|scum|trash|garbage|lazy|rude|hopeless|ignorant|thick|deaf|blind|scammer*|thie*|crook*|fraud*|disgrace|bastard*|bitch*|asshole*|suck*|worst|jerk*|loser*|muppet*|amateur*|donkey*",
            "fuck*|screw|damn|f|stuff you|u|off|yourself|yourselves",
            "waste of space|oxygen|air",
            // Insults at the company's people, not only at "you": its staff, a bunch of them, the
            // ones running it.
            "staff|team|agents|drivers|engineers|management|department [is|are|were] [so|really|totally|completely|utterly|just|a|bloody|fucking] idiot*|moron*|useless|incompetent*|clueless|pathetic|liar*|clown*|joke|cowboy*|amateur*",
            "bunch|pack|load of [fucking|bloody] idiots|morons|clowns|amateurs|cowboys|crooks|thieves|liars",
        ],
    ),
    (
        AbuseAtAgent,
        0.8,
        list![
            "shut up",
            // Abuse at the company: con artists, crooks, a scam.
            "you|you're|youre [people|guys] [are] [all|a] [bunch] [of] con|scam artists|men",
            "company|business [is|are] [a|run] [by] scam|crooks|thieves|frauds|con",
            "go to hell",
            "what an idiot|moron|incompetent",
            "idiots|morons|clowns|amateurs|cowboys|muppets running|run|runs",
        ],
    ),
    (
        AbuseAtAgent,
        0.6,
        list![
            "get lost",
            "can|do you|u even read",
        ],
    ),
    (
        AbuseAtAgent,
        0.7,
        list![
            "learn to read|speak|english",
            "you|u should be fired|ashamed",
            "who hired|trained you|u",
        ],
    ),
    (
        Accusation,
        0.8,
        list![
            // -- serious accusations: data, fraud, lies, discrimination, safety --
            "sold|sell|selling|sells|leaked|leak|leaking|leaks|exposed|exposing ~ my|our|customer|customers|personal|private data|information|info|details",
            "identity theft",
            "discriminat*|racist|racism|racially|sexist|sexism|homophobic|transphobic|ableist|bigoted|bigotry",
            "fire|safety|health|choking|electrical hazard|risk",
            "caught|catch|catches|catching fire",
            "caught|catch|catches|catching|go|goes|went on fire",
            // A lithium battery swelling can catch fire.
            "swelled up",
            "swollen|bulging battery",
            "burst|bursting into flames",
            // Smoke, sparks, burning: a hazard in progress, however flatly reported.
            "is|was|are|it's|started|keeps smoking|sparking|melting|burning",
            "smoke|sparks coming|came|out|from",
            "burning|burnt smell",
            "burning heater|unit|aircon",
            "burning air unit|con",
            "it|charger|plug|cable|socket|battery|phone|laptop|device|unit|heater|appliance|adapter|supply|kettle|toaster|tablet|dryer|bank sparked|melted|overheated|fried|smoked",
            "fried|shorted itself|my|out",
            "explode|exploded|exploding|explodes",
            "electric|electrical shock",
            "food poisoning",
            "could|could've|nearly|almost [have|of] [been] killed|injured|hurt|poisoned|electrocuted|die|died|dying",
        ],
    ),
    (
        Accusation,
        0.7,
        list![
            "data|security|privacy breach|breaches|leak|leaked",
            "unauthorised|unauthorized charge|charges|transaction|transactions|payment|payments|access|debit|withdrawal",
            "is|it's|its|that's|thats|pure|total|complete|outright|blatant|straight|absolute fraud|theft|stealing|illegal|unlawful|fraudulent|extortion|robbery",
            "you|u|you've|youve|they|they've|company [have|has|are|were] stole|steal|stolen|stealing|cheated|cheating|defrauded|scammed|robbed",
            "lied|lying to",
            "you|u|they|agent|rep|staff [have|has|are|were|keep] lied|lying",
            "been lied",
            "is|was|are|were|so|really|extremely dangerous|unsafe|poisonous|toxic",
            "got|was|were|been burned|burnt|injured|hurt|poisoned|electrocuted",
            // An injury said with the body part: "it burnt my hand", "cut my mouth".
            "burnt|burned|scalded|shocked|electrocuted|cut|sliced|hurt|injured my|his|her|their|our hand|hands|finger|fingers|arm|leg|foot|eye|face|skin|mouth|lip|tongue|son|daughter|child|kid|baby",
            // Food or drink that hurt someone: "sick all night", "ill after eating".
            "chipped|broke|cracked my|his|her|a tooth",
            "sick|unwell|vomiting [all] night|after|afterwards",
            "fell|felt|got|became ill",
            "allergic reaction",
        ],
    ),
    (
        Accusation,
        0.6,
        list![
            "without my|our [knowledge|explicit] consent|permission|authorisation|authorization|knowledge",
        ],
    ),
    (
        Dissatisfaction,
        0.5,
        list![
            // -- dissatisfaction with the conversation itself --
            "not|isn't|isnt|wasn't|wasnt what i|we asked|wanted|needed|meant|said",
            "isn't|isnt|aren't|arent|wasn't|wasnt|not [really|very|at] [all] helping|helpful",
            "you|u|you've|youve|you're|youre [have|are] already asked|said|told|sent [me] that|this|me|the",
            "not|aren't|arent|isn't|isnt listening|reading",
            "going|talking|go|went|run|running round|around|in [in] circles",
            "canned|generic|scripted|stock answer|answers|response|responses|reply|replies",
            // "Seriously? Again?": exasperation, whatever follows.
            "seriously [@*] ?|??|?!|???",
            "did|do you|u [even] read my message|question|email|tweet|messages",
            "that|this|it|that's|thats|it's|its [is|was] [just] not|doesn't|doesnt|didn't|didnt|isn't|isnt|wasn't|wasnt [really|very] answer*|help|helpful|helping|useful|relevant",
        ],
    ),
    (
        Dissatisfaction,
        0.4,
        list![
            "doesn't|doesnt|didn't|didnt|won't|wont help|answer|address [my|the] [question|problem|issue]",
            "does|did not help|answer|address",
            "you|u [just|still|clearly] don't|dont|didn't|didnt understand|listen",
            "you|u [just|still|clearly] do|did not understand|listen",
        ],
    ),
    (
        Dissatisfaction,
        0.0,
        list![
            // -- aggrieved: staff caused it, the customer paid for it, nobody followed up --
            "part|fault|mistake|error|doing of your|the|their employee*|staff*|agent*|rep|driver*|courier*|engineer*",
            "your employee*|staff*|agent*|rep|driver*|courier*|engineer* ~ fault|mistake*|error*|confusion",
            "i|we|i've|we've [have|had|then|now|all] suffered|suffering",
            "nobody|noone|no-one ~ has|have|had|ever|even [ever|even|once|yet] called|contacted|rang|emailed|replied|responded|bothered",
            "joke that|this !|!!|!!!",
        ],
    ),
    (
        Demand,
        0.6,
        list![
            // -- demands --
            "^refund|reimburse|compensate|pay me|us|my|our|the|it",
            "^do something",
            "do your job",
            "you|u|you'd|youd need|have|must|better|gotta|should|had [to] [better] fix|refund|sort|resolve|give|send|call|do|make|get|cancel|answer|respond|pay|replace|deliver|explain|stop|reimburse|compensate|escalate",
            "^refund|fix|send|give|cancel|process|return|call|reply|answer|respond|sort|resolve|escalate|explain|tell|stop|credit|reimburse|replace|ship|deliver|transfer|connect|put|get|do|help|pay|unlock|restore|reset|remove|delete|close|change|update|confirm|email|issue|release|reactivate|activate|check ~ now|immediately|asap|today|tonight|already",
            "or else",
        ],
    ),
    (
        Demand,
        0.7,
        list![
            "want|wants|need|demand|expect|get|getting|give|return ~ money back",
            "i|we demand*|insist*",
        ],
    ),
    (
        Demand,
        0.5,
        list![
            "i|we want|need|demand|expect|require [a|my|an|our] [full|proper|immediate] refund|replacement|compensation|answer|explanation|reimbursement",
            "want|need|demand|expect|require it|this|that|them|my|our ~ fixed|sorted|resolved|done|refunded|replaced|delivered|cancelled|canceled",
            "^fix|sort|resolve|solve [it|this|that|my|the|your] [problem|issue|mess|bug|account|order|out|now|already|immediately]",
            "^answer|respond|reply [to] me|my",
            "get it|this done",
            "hurry up",
        ],
    ),
    (
        Demand,
        0.4,
        list![
            "make it|this right",
        ],
    ),
    (
        Sarcasm,
        0.6,
        list![
            // -- sarcasm --
            "thanks|thank [you|u] [a|so] [lot|much] for nothing",
            "thanks|thank [you|u] for wasting",
            // Scare quotes around what the company calls its service ('your "help"'), with
            // the thanks they mock; praise only sarcasm puts alone after a complaint.
            "your|so-called \"|“ help|support|service|quick|fix|free|express|policy|priority|guarantee",
            "genius|bravo .|!|...",
            "real|really|very|so helpful|useful|great [.|,|!] not",
            // Praise for merely surviving ("impressive that the place hasn't closed down").
            "impressive|amazing|miracle that ~ hasn't|isn't ~ closed|bust",
            // Praise held back by a pause ("very... appealing", "really... great quality").
            "really|very|so ... appealing|great|nice|lovely|helpful|impressive|intuitive|professional",
            // Loving what the company does to them ("love when your app logs me out").
            "love|loving when you|your|u ~ cancel*|hang*|log*|charg*|ignor*|delay*|drop*|crash*",
        ],
    ),
    (
        Sarcasm,
        0.5,
        list![
            "yeah|yea|ya|yeh [,] right",
            "oh|just great|wonderful|perfect|joy|goody|brilliant|fantastic|lovely|fun|marvelous|marvellous|terrific|awesome|super|excellent",
            "^great|wonderful|perfect|fantastic|brilliant|awesome|lovely|nice|terrific|super|excellent|marvelous|marvellous|cool|amazing|fabulous [,|!|.|...] another|more|again|now|yet",
            "just what i needed|wanted",
            "what a|big|huge|no surprise|shock|shocker|shocking",
            "surprise surprise",
            "big|huge surprise|shock|shocker",
            "how convenient|surprising|shocking|typical",
            "love|loving|loved|adore ~ how|when|being|waiting|paying|getting|taking|sitting",
            "gotta|gotcha love",
            "slow clap",
            "what's|whats wrong with this picture",
            // Questions asked not to be answered but as a complaint ("how hard is it to
            // deliver a parcel???", "are you out of boxes or something?", "Seriously???").
            "how hard is|can it",
            "what's|whats|what [is] the point",
            "why bother",
            "what are|r you playing at",
            "do|did you|u [really|seriously] expect me|us to",
            "is it|this|that good|great|acceptable customer service",
            "is this|that your idea of",
            "is this|that your ~ policy|service",
            "what possessed you",
            "in your right mind",
            "how is that|this not",
            "are|r you|u ~ or something ?*",
            "what's|whats up with that",
            "how about them apples",
            "really [@*] ?*",
        ],
    ),
    (
        Sarcasm,
        0.4,
        list![
            "sure you|it will|are|do|did",
            "must be nice",
            "nice try",
        ],
    ),
    (
        Repetition,
        0.3,
        list![
            // -- repetition --
            "second|2nd time|times",
            "any update|updates|answer|response|news|reply yet|on",
        ],
    ),
    (
        Repetition,
        0.4,
        list![
            "same answer|response|reply|excuse|excuses|script|story|message",
            "every single time",
            "chasing this|it|up",
        ],
    ),
    (
        Repetition,
        0.6,
        list!["in a row", "again and again", "over and over", "promised|said ~ times|twice"],
    ),
    (
        Repetition,
        0.5,
        list![
            "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|3rd|4th|5th|6th|7th|8th|9th|10th|nth|umpteenth|hundredth|millionth|twentieth|fiftieth time",
            "two|three|four|five|six|seven|eight|nine|ten|dozen|multiple|several|many|numerous|countless|# times",
            "how many more|times",
            "once|yet again",
            // A failure told again and again ("four dead units in a row", "you promised
            // a callback three times") weighs more: `heat::floor` makes it heated.
            "already told|said|explained|asked|mentioned|sent|contacted|called|gave|provided|tried|did|done|wrote|written|emailed|spoke|spoken|answered|replied|submitted|reported|given|chased",
            "told|said|explained|asked|mentioned you|u|this|that|it|them [this|that|already] already|before|earlier|previously|twice",
            "as i|i've|ive [have] [already|previously|just] said|mentioned|explained|stated|told|wrote|written|asked",
            // The customer keeps asking; a thing that "keeps crashing" or a customer who "keeps
            // getting logged out" is a recurring fault, not the customer repeating themselves.
            "keep|kept ~ asking|telling|saying|calling|emailing|writing|explaining|repeating|chasing|contacting",
            "repeat|repeating myself|again",
            "still the same",
            "for the last time",
        ],
    ),
    (
        Frustration,
        0.3,
        list![
            "still not|no|nothing|waiting|broken|haven't|hasn't|havent|hasnt|can't|cant|cannot|doesn't|doesnt|don't|dont|isn't|isnt|won't|wont|didn't|didnt|missing|down|stuck|pending|charging|charged|getting|having|unresolved|unable|nobody|wrong|failing|happening",
            "come on",
        ],
    ),
    (
        ElapsedTime,
        0.3,
        list![
            // -- elapsed time said without a number (see cues::elapsed for "three weeks") --
            "been waiting|chasing|trying",
            "on hold",
        ],
    ),
    (
        Frustration,
        0.5,
        list![
            // -- emotions said in more than one word --
            "fed up",
            "sick|tired of|and",
            "had enough",
            "are|r you|u kidding|joking|serious|for",
            "you've|youve|you have got to be kidding",
            "wit's|wits|wit end",
            "waste|wasting|wasted ~ time|money|day|afternoon|morning|life",
            "down the drain",
            // "I hate how it ...", "I HATE the new layout": a design remark, not anger.
            "hate|hated how|that|when|the",
            "this|it|that|it's|its|that's [is|was|so|just|absolutely|completely] insane|crazy|nuts|bonkers|madness",
            "driving me crazy|mad|insane|nuts|up",
            "what the hell|heck|fuck|f|actual",
            "for god's|gods|fuck's|fucks|christ's|pete's sake",
            "no one cares|knows|listens|helps|bothers",
            "nobody cares|knows|listens|helps|bothers",
            "hung|hang|hangs|hanging up on [me|us|you]",
            // Told once and missed: "Did anyone even read it??", "did you miss that part?"
            "did anyone|you|u [even|actually] read",
            "did you|u miss that",
        ],
    ),
    (
        Frustration,
        0.6,
        list![
            "enough is enough",
            "talking to a [brick] wall",
        ],
    ),
    (
        Frustration,
        0.4,
        list![
            "give me a break",
            "what gives",
            "makes|make no sense",
            "doesn't|doesnt make [any] sense",
            "does not make [any] sense",
            "can't|cant|cannot believe",
            "can not believe",
            "so|too|this|that|very|ridiculously hard|difficult|complicated",
        ],
    ),
    (
        Anger,
        0.8,
        list![
            "pissed off",
        ],
    ),
    (
        Anger,
        0.7,
        list![
            "not|isn't|isnt|wasn't|wasnt|never acceptable",
            "rip [-] off|offs",
            "bait and switch",
            "joke of a company|service|business|airline|bank|network|provider|store|shop",
            "ripping|ripped|robbing us|me|people|customers off",
        ],
    ),
    (
        Anger,
        0.6,
        list![
            "no|zero respect for",
            // A reproach at the company's people, not the agent ("the driver was rude, who
            // hires these people?"): contempt, heated at least once the conduct is named.
            "who hires|hired|employs|trains|trained these|those|your|such people|staff|idiots|clowns|morons|cowboys",
            "is this how you train|treat your staff|people|employees|customers",
        ],
    ),
    (
        Disappointment,
        0.5,
        list![
            "let down",
            "let me|us down",
            "expected|expect|expecting better|more",
            "used to be good|great|better|reliable",
            "not what i expected|ordered|paid",
            // a rating given in private: "I'd give it zero stars", "for service, no stars"
            "1|one|zero|0|half|no [-] star|stars",
            "over rated",
            // a verdict that sends others away: "don't bother", "two thumbs down"
            "don't|dont bother",
            "thumbs down",
            // a customer lost, said as a verdict: "won't ever go here again", "we gave up and
            // left", "not worth the money" ("never again" is a threat to leave, above)
            "won't|wont|not|never ~ here|there again",
            "gave up and left|went",
            "walked out",
            "not|isn't|wasn't|isnt|wasnt worth it|the",
            "go|look|went else|elsewhere",
        ],
    ),
    (
        Disappointment,
        0.4,
        list![
            "what a|such a shame|pity",
        ],
    ),
    (
        Anxiety,
        0.4,
        list![
            "as soon as possible",
            "need|needed it|this|them|one today|tomorrow|tonight|urgently|asap",
            "need|needed it|this|them|one by|before [the] today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|noon|weekend|end|#",
            "time sensitive|critical",
            "in a hurry|rush",
        ],
    ),
    (
        Anxiety,
        0.3,
        list![
            "where|where's|wheres [is|are] my|the ~ order|refund|package|parcel|money|delivery|item|replacement|stuff",
        ],
    ),
    (
        Negative,
        0.5,
        list![
            "charged|billed|charging|billing [me|us] twice|double",
            "double charged|billed|charging|billing",
            // "The worst part is the tiny screen": a design remark, not fury.
            "worst part|thing|feature|bit|design|aspect",
        ],
    ),
    (
        Anxiety,
        0.5,
        list![
            "running out of time",
            "can't|cant|cannot afford",
            "losing money|customers|business|sales",
            "my job depends",
        ],
    ),
    (
        Gratitude,
        -0.6,
        list![
            "thank|thanks [you|u|ya|yall|y'all|guys] [so|very|a] [much|lot]",
            "much appreciated",
        ],
    ),
    (
        Gratitude,
        -0.5,
        list![
            "that|it|this worked|helped|did|fixed|solved [it|the] [trick]",
            "problem|issue solved|resolved|fixed",
            "all sorted|good|set|fixed|working",
        ],
    ),
    (
        Gratitude,
        -0.7,
        list![
            "you're|youre|you [are] a|an|the lifesaver|star|legend|gem|hero|saint|best",
        ],
    ),
    (
        Positive,
        -0.5,
        list![
            "couldn't|can't|cant be happier|better",
            "could not be happier|better",
            "five|5 stars|star",
            "highly recommend*",
        ],
    ),
    (
        Positive,
        -0.4,
        list![
            "well done",
            "good|great job|work|service",
        ],
    ),
    (
        Positive,
        -0.3,
        list![
            "thumbs up",
        ],
    ),
    (
        Positive,
        -0.2,
        list![
            "no worries",
        ],
    ),
];

/// Every phrase rule, in `GROUPS` order: a rule's place here is its id.
pub(crate) fn phrases() -> impl Iterator<Item = Phrase> {
    // Read twice, each time to build a table: a plain list, not a `flat_map` adapter per
    // reader in the wasm.
    let mut all = Vec::new();
    for &(kind, weight, patterns) in GROUPS {
        for pattern in patterns {
            all.push(Phrase {
                pattern,
                kind,
                weight,
            });
        }
    }
    all.into_iter()
}
