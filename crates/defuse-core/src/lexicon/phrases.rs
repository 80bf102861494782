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

use crate::signal::SignalKind::{
    self, AbuseAtAgent, Anger, Anxiety, Demand, DemandManager, Disappointment, ElapsedTime,
    Frustration, Gratitude, Positive, Repetition, Sarcasm, ThreatCancel, ThreatChargeback,
    ThreatLegal, ThreatPublic,
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

const fn p(pattern: &'static str, kind: SignalKind, weight: f32) -> Phrase {
    Phrase {
        pattern,
        kind,
        weight,
    }
}

/// The phrase rules.
pub(crate) static PHRASES: &[Phrase] = &[
    // -- threats to cancel, churn, switch --
    p("i'll|ill|we'll|will|i'm|im|am [just|simply|definitely|now|immediately|seriously] cancel*", ThreatCancel, 0.8),
    p("going|gonna [to] [just|simply|definitely|have|be] [to] cancel*", ThreatCancel, 0.8),
    p("want|wanna|wants|like|ready|decided|deciding|planning|plan|need|considering|thinking [you] [to|about|of] [just|simply] cancel*", ThreatCancel, 0.8),
    p("want|wanna|like|need [a] cancellation", ThreatCancel, 0.8),
    p("^cancel* my|our|the|this account|subscription|membership|plan|service|contract|policy|everything", ThreatCancel, 0.8),
    p("^cancel* my|our|the|this order", ThreatCancel, 0.4),
    p("close|closing|delete|deleting|terminate|terminating|end|ending [my|our|the] account|accounts|subscription|contract|membership", ThreatCancel, 0.8),
    p("switch*|move|moving|take|taking|go|going|leave|leaving|shop|shopping ~ competitor*|competition|elsewhere", ThreatCancel, 0.8),
    p("switch*|move|moving|change|changing|going|go [over] to another|a|other [different] provider*|compan*|bank|carrier|service|supplier|network|brand|store|platform|app|competitor*", ThreatCancel, 0.8),
    p("never|won't|wont|not [be|ever] order*|buy*|bought|use|using|shop*|deal*|recommend*|come|coming|fly|flying|book*|return* ~ again", ThreatCancel, 0.7),
    p("will|i'll|would never|not [be|ever] order*|buy*|use|using|shop*|deal*|recommend*|come|fly|book*|return* ~ again", ThreatCancel, 0.7),
    p("never again", ThreatCancel, 0.6),
    p("last time i|we order*|buy|bought|use|used|shop*|fly|book*", ThreatCancel, 0.7),
    p("i'm|im|i|we're|we [am|are] done with you|this|your|these", ThreatCancel, 0.6),
    p("lost|lose|losing [a|my|our] [loyal] customer|customers|business", ThreatCancel, 0.7),
    p("find|finding|look|looking ~ another|other|new provider*|compan*|bank|carrier|service|supplier|store", ThreatCancel, 0.6),
    p("port|porting my number", ThreatCancel, 0.7),
    // -- chargebacks, disputes with the bank --
    p("charge back|backs", ThreatChargeback, 0.8),
    p("call*|contact*|ring|report*|phone ~ bank|paypal|visa|mastercard|amex|issuer", ThreatChargeback, 0.8),
    p("call*|contact*|ring|report*|phone ~ credit|debit card company|issuer|provider", ThreatChargeback, 0.8),
    p("reverse*|reversing|cancel|stop|block ~ charg*|payment*|transaction*", ThreatChargeback, 0.6),
    p("paypal|bank claim|case|dispute", ThreatChargeback, 0.8),
    p("claim|case|complaint with|through [my] paypal|bank", ThreatChargeback, 0.8),
    // -- legal, regulators --
    p("legal action|proceedings|route|steps|advice|team|recourse", ThreatLegal, 0.9),
    p("take|taking|see ~ to|in court", ThreatLegal, 0.9),
    p("small claims", ThreatLegal, 0.9),
    p("class action", ThreatLegal, 0.9),
    p("better business bureau", ThreatLegal, 0.9),
    p("trading standards", ThreatLegal, 0.9),
    p("consumer protection|rights|council|agency|affairs", ThreatLegal, 0.8),
    p("attorney general", ThreatLegal, 0.9),
    p("report* ~ authorities|police|regulator*|watchdog|ftc|fcc|bbb|cfpb|ofcom|ombudsman", ThreatLegal, 0.9),
    p("breach of contract", ThreatLegal, 0.7),
    // -- going public --
    p("1|one|zero|0|half|no star|stars|rating", ThreatPublic, 0.7),
    p("bad|negative|terrible|awful|horrible|scathing|poor|angry ~ review*|rating*|feedback", ThreatPublic, 0.7),
    p("leave|leaving|write|writing|post|posting|put|putting|give|giving|left ~ review*", ThreatPublic, 0.5),
    p("post*|share|sharing|put*|tweet*|blast*|expose*|complain*|write*|writing|tell*|talk*|report*|broadcast*|plaster* ~ twitter|facebook|instagram|tiktok|reddit|youtube|linkedin|social|media|press|news|newspaper*|journalist*|reporter*|internet|online|public|viral|forum*|everywhere", ThreatPublic, 0.8),
    p("go|going|went public|viral", ThreatPublic, 0.8),
    p("tell*|warn*|let ~ everyone|everybody|friends|people|others|world|customers", ThreatPublic, 0.7),
    p("everyone|everybody will know|hear|see", ThreatPublic, 0.7),
    // -- wants a manager, a human --
    p("speak*|talk*|transfer*|connect*|put|get|want|need|see|give|escalat*|bring|fetch|let|chat|contact|demand ~ manager*|supervisor*|superior*|boss|management|ceo|human|humans", DemandManager, 0.6),
    p("real|actual|live|competent|senior|proper [human|live|chat|support] person|agent|human|representative|rep|being|someone", DemandManager, 0.6),
    p("someone|somebody else|higher|senior|competent|above", DemandManager, 0.5),
    p("someone|somebody|anyone|anybody|person in charge", DemandManager, 0.6),
    p("^escalate [this|it|my]", DemandManager, 0.5),
    p("be|get|gets|getting escalated", DemandManager, 0.5),
    p("want|need|needs ~ escalat*", DemandManager, 0.5),
    p("are|r you|u [just] a|an bot|robot|machine|ai", DemandManager, 0.4),
    p("is this a|an bot|robot|machine|ai|automated", DemandManager, 0.4),
    // -- abuse aimed at the agent --
    p("you|u|ur|you're|youre|yo [guys|people|lot|all|clowns] [are|r|is|must|seem|sound] [be|like] [so|such|really|absolutely|totally|completely|a|an|the|just|fucking|bloody|utterly|clearly|obviously|truly|literally] [a|an|complete|total|absolute|utter|bunch|fucking|bloody|useless|little|pathetic|incompetent|stupid] [of] idiot*|moron*|stupid|dumb|useless|incompetent|pathetic|clueless|worthless|liar*|clown*|joke|fool*|imbecile*|retard*|brainless|braindead|scum|trash|garbage|lazy|rude|hopeless|ignorant|thick|deaf|blind|scammer*|thie*|crook*|fraud*|disgrace|bastard*|bitch*|asshole*|suck*|worst|jerk*|loser*|muppet*|amateur*|donkey*", AbuseAtAgent, 0.9),
    p("fuck*|screw|damn|f|stuff you|u|off|yourself|yourselves", AbuseAtAgent, 0.9),
    p("shut up", AbuseAtAgent, 0.8),
    p("go to hell", AbuseAtAgent, 0.8),
    p("get lost", AbuseAtAgent, 0.6),
    p("learn to read|speak|english", AbuseAtAgent, 0.7),
    p("can|do you|u even read", AbuseAtAgent, 0.6),
    p("you|u should be fired|ashamed", AbuseAtAgent, 0.7),
    p("who hired|trained you|u", AbuseAtAgent, 0.7),
    p("waste of space|oxygen|air", AbuseAtAgent, 0.9),
    p("what an idiot|moron|incompetent", AbuseAtAgent, 0.8),
    // -- demands --
    p("^refund|reimburse|compensate|pay me|us|my|our|the|it", Demand, 0.6),
    p("want|wants|need|demand|expect|get|getting|give|return ~ money back", Demand, 0.7),
    p("i|we demand*|insist*", Demand, 0.7),
    p("i|we want|need|demand|expect|require [a|my|an|our] [full|proper|immediate] refund|replacement|compensation|answer|explanation|reimbursement", Demand, 0.5),
    p("want|need|demand|expect|require it|this|that|them|my|our ~ fixed|sorted|resolved|done|refunded|replaced|delivered|cancelled|canceled", Demand, 0.5),
    p("^fix|sort|resolve|solve [it|this|that|my|the|your] [problem|issue|mess|bug|account|order|out|now|already|immediately]", Demand, 0.5),
    p("^do something", Demand, 0.6),
    p("do your job", Demand, 0.6),
    p("you|u|you'd|youd need|have|must|better|gotta|should|had [to] [better] fix|refund|sort|resolve|give|send|call|do|make|get|cancel|answer|respond|pay|replace|deliver|explain|stop|reimburse|compensate|escalate", Demand, 0.6),
    p("^refund|fix|send|give|cancel|process|return|call|reply|answer|respond|sort|resolve|escalate|explain|tell|stop|credit|reimburse|replace|ship|deliver|transfer|connect|put|get|do|help|pay|unlock|restore|reset|remove|delete|close|change|update|confirm|email|issue|release|reactivate|activate|check ~ now|immediately|asap|today|tonight|already", Demand, 0.6),
    p("^answer|respond|reply [to] me|my", Demand, 0.5),
    p("or else", Demand, 0.6),
    p("make it|this right", Demand, 0.4),
    p("get it|this done", Demand, 0.5),
    p("hurry up", Demand, 0.5),
    // -- sarcasm --
    p("thanks|thank [you|u] [a|so] [lot|much] for nothing", Sarcasm, 0.6),
    p("thanks|thank [you|u] for wasting", Sarcasm, 0.6),
    p("yeah|yea|ya|yeh [,] right", Sarcasm, 0.5),
    p("sure you|it will|are|do|did", Sarcasm, 0.4),
    p("oh|just great|wonderful|perfect|joy|goody|brilliant|fantastic|lovely|fun|marvelous|marvellous|terrific|awesome|super|excellent", Sarcasm, 0.5),
    p("^great|wonderful|perfect|fantastic|brilliant|awesome|lovely|nice|terrific|super|excellent|marvelous|marvellous|cool|amazing|fabulous [,|!|.|...] another|more|again|now|yet", Sarcasm, 0.5),
    p("just what i needed|wanted", Sarcasm, 0.5),
    p("what a|big|huge|no surprise|shock|shocker|shocking", Sarcasm, 0.5),
    p("surprise surprise", Sarcasm, 0.5),
    p("big|huge surprise|shock|shocker", Sarcasm, 0.5),
    p("how convenient|surprising|shocking|typical", Sarcasm, 0.5),
    p("love|loving|loved|adore ~ how|when|being|waiting|paying|getting", Sarcasm, 0.5),
    p("must be nice", Sarcasm, 0.4),
    p("slow clap", Sarcasm, 0.5),
    p("nice try", Sarcasm, 0.4),
    p("real|really|very|so helpful|useful|great [.|,|!] not", Sarcasm, 0.6),
    // -- repetition --
    p("second|2nd time|times", Repetition, 0.3),
    p("third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|3rd|4th|5th|6th|7th|8th|9th|10th|nth|umpteenth|hundredth|millionth|twentieth|fiftieth time", Repetition, 0.5),
    p("two|three|four|five|six|seven|eight|nine|ten|dozen|multiple|several|many|numerous|countless|# times", Repetition, 0.5),
    p("how many more|times", Repetition, 0.5),
    p("once|yet again", Repetition, 0.5),
    p("again and again", Repetition, 0.5),
    p("over and over", Repetition, 0.5),
    p("already told|said|explained|asked|mentioned|sent|contacted|called|gave|provided|tried|did|done|wrote|written|emailed|spoke|spoken|answered|replied|submitted|reported|given|chased", Repetition, 0.5),
    p("told|said|explained|asked|mentioned you|u|this|that|it|them [this|that|already] already|before|earlier|previously|twice", Repetition, 0.5),
    p("as i|i've|ive [have] [already|previously|just] said|mentioned|explained|stated|told|wrote|written|asked", Repetition, 0.5),
    p("keep|kept|keeps ~ asking|telling|saying|calling|emailing|writing|explaining|repeating|getting|chasing|contacting", Repetition, 0.5),
    p("repeat|repeating myself|again", Repetition, 0.5),
    p("same answer|response|reply|excuse|excuses|script|story|message", Repetition, 0.4),
    p("every single time", Repetition, 0.4),
    p("still not|no|nothing|waiting|broken|haven't|hasn't|havent|hasnt|can't|cant|cannot|doesn't|doesnt|don't|dont|isn't|isnt|won't|wont|didn't|didnt|missing|down|stuck|pending|charging|charged|getting|having|unresolved|unable|nobody|wrong|failing|happening", Repetition, 0.5),
    p("still the same", Repetition, 0.5),
    p("for the last time", Repetition, 0.5),
    p("chasing this|it|up", Repetition, 0.4),
    p("any update|updates|answer|response|news|reply yet|on", Repetition, 0.3),
    // -- elapsed time said without a number (see cues::elapsed for "three weeks") --
    p("been waiting|chasing|trying", ElapsedTime, 0.3),
    p("on hold", ElapsedTime, 0.3),
    // -- emotions said in more than one word --
    p("fed up", Frustration, 0.5),
    p("sick|tired of|and", Frustration, 0.5),
    p("had enough", Frustration, 0.5),
    p("enough is enough", Frustration, 0.6),
    p("are|r you|u kidding|joking|serious|for", Frustration, 0.5),
    p("you've|youve|you have got to be kidding", Frustration, 0.5),
    p("give me a break", Frustration, 0.4),
    p("come on", Frustration, 0.3),
    p("what gives", Frustration, 0.4),
    p("wit's|wits|wit end", Frustration, 0.5),
    p("waste|wasting|wasted ~ time|money|day|afternoon|morning|life", Frustration, 0.5),
    p("makes|make no sense", Frustration, 0.4),
    p("doesn't|doesnt make [any] sense", Frustration, 0.4),
    p("does not make [any] sense", Frustration, 0.4),
    p("this|it|that|it's|its|that's [is|was|so|just|absolutely|completely] insane|crazy|nuts|bonkers|madness", Frustration, 0.5),
    p("driving me crazy|mad|insane|nuts|up", Frustration, 0.5),
    p("can't|cant|cannot believe", Frustration, 0.4),
    p("can not believe", Frustration, 0.4),
    p("what the hell|heck|fuck|f|actual", Frustration, 0.5),
    p("for god's|gods|fuck's|fucks|christ's|pete's sake", Frustration, 0.5),
    p("talking to a [brick] wall", Frustration, 0.6),
    p("no one cares|knows|listens|helps|bothers", Frustration, 0.5),
    p("nobody cares|knows|listens|helps|bothers", Frustration, 0.5),
    p("pissed off", Anger, 0.8),
    p("not|isn't|isnt|wasn't|wasnt|never acceptable", Anger, 0.7),
    p("hung|hang|hangs up on me|us", Frustration, 0.5),
    p("so|too|this|that|very|ridiculously hard|difficult|complicated", Frustration, 0.4),
    p("rip off|offs", Anger, 0.7),
    p("let down", Disappointment, 0.5),
    p("let me|us down", Disappointment, 0.5),
    p("expected|expect|expecting better|more", Disappointment, 0.5),
    p("used to be good|great|better|reliable", Disappointment, 0.5),
    p("not what i expected|ordered|paid", Disappointment, 0.5),
    p("what a|such a shame|pity", Disappointment, 0.4),
    p("as soon as possible", Anxiety, 0.4),
    p("need|needed it|this|them|one today|tomorrow|tonight|urgently|asap", Anxiety, 0.4),
    p("need|needed it|this|them|one by|before [the] today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|noon|weekend|end|#", Anxiety, 0.4),
    p("running out of time", Anxiety, 0.5),
    p("time sensitive|critical", Anxiety, 0.4),
    p("can't|cant|cannot afford", Anxiety, 0.5),
    p("losing money|customers|business|sales", Anxiety, 0.5),
    p("my job depends", Anxiety, 0.5),
    p("in a hurry|rush", Anxiety, 0.4),
    p("thank|thanks [you|u|ya|yall|y'all|guys] [so|very|a] [much|lot]", Gratitude, -0.6),
    p("that|it|this worked|helped|did|fixed|solved [it|the] [trick]", Gratitude, -0.5),
    p("problem|issue solved|resolved|fixed", Gratitude, -0.5),
    p("all sorted|good|set|fixed|working", Gratitude, -0.5),
    p("you're|youre|you [are] a|an|the lifesaver|star|legend|gem|hero|saint|best", Gratitude, -0.7),
    p("much appreciated", Gratitude, -0.6),
    p("couldn't|can't|cant be happier|better|more", Positive, -0.5),
    p("could not be happier|better|more", Positive, -0.5),
    p("well done", Positive, -0.4),
    p("good|great job|work|service", Positive, -0.4),
    p("five|5 stars|star", Positive, -0.5),
    p("highly recommend*", Positive, -0.5),
    p("thumbs up", Positive, -0.3),
    p("no worries", Positive, -0.2),
];
