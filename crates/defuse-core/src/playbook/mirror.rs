//! Mirroring: the customer's main complaint restated in the agent's voice, pronouns turned
//! ("my order never came and nobody answers my emails" -> "your order never arrived and your
//! emails went unanswered").
//!
//! A small, conservative rewriter: it turns questions into statements, fixes common typos,
//! drops fillers and swear words, swaps first and second person, and then checks the result
//! looks like a clause. Whenever a step is unsure it gives up (`None`) and the replies fall
//! back to a topic-level acknowledgement: a garbled echo of an angry customer is worse than
//! none.

use crate::analysis::MessageAnalysis;
use crate::signal::SignalKind;

/// One word of a sentence being rewritten.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    /// Lowercased, typos fixed: what the rules match on.
    low: String,
    /// How to write it out (keeps "Monday", "#A-1234", "FedEx").
    out: String,
}

impl Word {
    fn new(s: &str) -> Word {
        Word {
            low: s.to_string(),
            out: s.to_string(),
        }
    }
}

/// The longest restatement worth offering, in words.
const MAX_WORDS: usize = 24;

/// Restates the main complaint of the customer messages given (oldest first), or `None`
/// when no sentence can be restated cleanly.
pub(crate) fn mirror<'a>(
    messages: impl Iterator<Item = (&'a str, Option<&'a MessageAnalysis>)>,
) -> Option<String> {
    let mut candidates: Vec<(u32, usize, &str)> = Vec::new();
    for (text, analysis) in messages {
        for (start, sentence) in sentences(text) {
            let end = start + sentence.len();
            // Threats, abuse and demands are answered by other techniques, never echoed.
            let loaded = analysis.is_some_and(|a| {
                a.signals.iter().any(|s| {
                    matches!(
                        s.kind,
                        SignalKind::ThreatCancel
                            | SignalKind::ThreatChargeback
                            | SignalKind::ThreatLegal
                            | SignalKind::ThreatPublic
                            | SignalKind::DemandManager
                            | SignalKind::AbuseAtAgent
                            | SignalKind::Demand
                            | SignalKind::Sarcasm
                    ) && s.span.start < end
                        && s.span.end > start
                })
            });
            if loaded {
                continue;
            }
            let score = complaint_score(sentence);
            if score > 0 {
                candidates.push((score, candidates.len(), sentence));
            }
        }
    }
    candidates.sort_by_key(|&(score, order, _)| (std::cmp::Reverse(score), order));
    candidates.iter().find_map(|&(_, _, s)| restate(s))
}

/// Splits a message into sentences with their byte offsets.
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let ends = match c {
            '\n' | ';' => true,
            '.' | '!' | '?' => bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()),
            _ => false,
        };
        if ends {
            let s = text[start..=i].trim_start();
            if !s.trim().is_empty() {
                out.push((i + 1 - s.len(), s));
            }
            start = i + 1;
        }
    }
    let s = text[start..].trim_start();
    if !s.trim().is_empty() {
        out.push((text.len() - s.len(), s));
    }
    out
}

/// Words that mark a sentence as a complaint worth mirroring.
const PROBLEM_WORDS: &[&str] = &[
    "again",
    "awful",
    "broke",
    "broken",
    "bug",
    "can't",
    "canceled",
    "cancelled",
    "cannot",
    "charged",
    "couldn't",
    "crash",
    "crashed",
    "crashes",
    "crashing",
    "damaged",
    "days",
    "declined",
    "delayed",
    "didn't",
    "disappeared",
    "doesn't",
    "don't",
    "error",
    "failed",
    "failing",
    "fails",
    "froze",
    "frozen",
    "hasn't",
    "haven't",
    "hours",
    "ignored",
    "isn't",
    "late",
    "locked",
    "lost",
    "missing",
    "months",
    "never",
    "no",
    "nobody",
    "not",
    "nothing",
    "overcharged",
    "problem",
    "refused",
    "still",
    "stopped",
    "stuck",
    "terrible",
    "twice",
    "unanswered",
    "waiting",
    "wasn't",
    "weeks",
    "won't",
    "wrong",
];

fn complaint_score(sentence: &str) -> u32 {
    // Runs on every sentence of every recent message, so it reads words in place from one
    // lowercased copy instead of building the rewriter's word list.
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    let words = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'')))
        .filter(|w| !w.is_empty())
        .map(|w| match TYPOS.binary_search_by(|(t, _)| t.cmp(&w)) {
            Ok(i) => TYPOS[i].1,
            Err(_) => w,
        });
    let (mut problems, mut topic, mut first_person) = (0u32, false, false);
    let mut question = false;
    for (i, w) in words.enumerate() {
        if i == 0 {
            question = matches!(
                w,
                "where" | "where's" | "why" | "when" | "what" | "what's" | "how"
            );
        }
        problems += u32::from(PROBLEM_WORDS.binary_search(&w).is_ok());
        topic |= TOPIC_NOUNS.binary_search(&w).is_ok();
        first_person |= matches!(w, "my" | "i" | "i'm" | "i've" | "me" | "we" | "our");
    }
    let mut score = problems;
    // A sentence naming the thing that went wrong is the main complaint, more than a
    // sentence about how long it has been.
    if problems > 0 && topic {
        score += 2;
    }
    score += u32::from(question);
    if score > 0 && first_person {
        score += 1;
    }
    score
}

/// Common chat typos and shorthand, fixed before any rule runs.
const TYPOS: &[(&str, &str)] = &[
    ("acount", "account"),
    ("alot", "a lot"),
    ("arent", "aren't"),
    ("becasue", "because"),
    ("becuase", "because"),
    ("cant", "can't"),
    ("couldnt", "couldn't"),
    ("didnt", "didn't"),
    ("doesnt", "doesn't"),
    ("dont", "don't"),
    ("hasnt", "hasn't"),
    ("havent", "haven't"),
    ("im", "i'm"),
    ("isnt", "isn't"),
    ("ive", "i've"),
    ("pakage", "package"),
    ("paymnet", "payment"),
    ("recieve", "receive"),
    ("recieved", "received"),
    ("refnud", "refund"),
    ("u", "you"),
    ("untill", "until"),
    ("ur", "your"),
    ("wasnt", "wasn't"),
    ("werent", "weren't"),
    ("wont", "won't"),
    ("wouldnt", "wouldn't"),
    ("youre", "you're"),
];

/// Splits a sentence into words: whitespace-separated, outer punctuation peeled off (a comma
/// is kept as its own word, it can separate clauses), curly apostrophes folded, typos fixed.
fn lex(sentence: &str) -> Vec<Word> {
    let shouted = is_shouted(sentence);
    let mut words = Vec::new();
    for chunk in sentence.split_whitespace() {
        let chunk = chunk.trim_start_matches(['"', '(', '\'', '[', '*']);
        let trimmed = chunk.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '\''));
        let comma = chunk[trimmed.len()..].contains(',');
        let trimmed = trimmed.trim_end_matches('\'');
        if trimmed.is_empty() || !trimmed.chars().any(char::is_alphanumeric) {
            continue;
        }
        let folded: String = trimmed
            .chars()
            .map(|c| {
                if matches!(c, '\u{2019}' | '\u{2018}' | '`') {
                    '\''
                } else {
                    c
                }
            })
            .collect();
        let low = folded.to_lowercase();
        // A capital only because the word opens the sentence carries no meaning.
        let sentence_case = words.is_empty() && folded.chars().skip(1).all(|c| !c.is_uppercase());
        // A word in capitals is shouting unless it is short enough to be an acronym (UPS).
        let caps_word = !folded.chars().any(char::is_lowercase)
            && (folded.chars().count() > 3 || COMMON_CAPS.contains(&low.as_str()));
        let keep_case =
            !shouted && !sentence_case && !caps_word && folded.chars().any(char::is_uppercase)
                || folded.chars().any(|c| c.is_ascii_digit());
        if let Ok(i) = TYPOS.binary_search_by(|(t, _)| t.cmp(&low.as_str())) {
            for part in TYPOS[i].1.split(' ') {
                words.push(Word::new(part));
            }
        } else {
            words.push(Word {
                out: if keep_case { folded } else { low.clone() },
                low,
            });
        }
        if comma {
            words.push(Word::new(","));
        }
    }
    words
}

/// Short words written in capitals for emphasis, not as acronyms.
const COMMON_CAPS: &[&str] = &[
    "all", "and", "any", "are", "but", "can", "did", "far", "for", "get", "got", "had", "has",
    "how", "i'm", "not", "now", "off", "old", "one", "our", "out", "the", "too", "two", "was",
    "way", "why", "yet", "you",
];

/// Words after which "you" starts a clause, so it is a subject ("... because you ...").
const SUBJECT_BEFORE: &[&str] = &[
    "and", "but", "or", "because", "since", "so", "that", "when", "if", "then", "until", "after",
    "before", "while", ",", "why", "what's", "know",
];

/// Whether most of the sentence's letters are capitals (then its case carries no meaning).
fn is_shouted(s: &str) -> bool {
    let (mut upper, mut letters) = (0, 0);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 4 && upper * 10 >= letters * 6
}

/// Words dropped wherever they appear: interjections, intensifiers and swearing that add
/// heat but no content.
const DROP: &[&str] = &[
    "actually",
    "bloody",
    "dammit",
    "damn",
    "damned",
    "effing",
    "frankly",
    "freaking",
    "frigging",
    "fucking",
    "goddamn",
    "honestly",
    "kindly",
    "literally",
    "please",
    "pls",
    "plz",
    "seriously",
    "stupid",
    "useless",
];

/// Words that may open a sentence without being part of the complaint.
const LEAD_FILLERS: &[&str] = &[
    "again", "also", "and", "anyway", "but", "guys", "hello", "hey", "hi", "listen", "look", "oh",
    "ok", "okay", "omg", "so", "team", "ugh", "uh", "um", "well", "wow", "yeah", "yes",
];

/// Words that mean the sentence is not a complaint to mirror (threats, abuse, demands,
/// thanks); cues usually catch these first, this is the safety net.
const REJECT: &[&str] = &[
    "attorney",
    "bbb",
    "bullshit",
    "chargeback",
    "court",
    "crap",
    "demand",
    "facebook",
    "fuck",
    "hell",
    "human",
    "idiot",
    "idiots",
    "incompetent",
    "instagram",
    "lawyer",
    "lawyers",
    "manager",
    "moron",
    "morons",
    "pathetic",
    "review",
    "reviews",
    "shit",
    "sue",
    "supervisor",
    "thank",
    "thanks",
    "tiktok",
    "trustpilot",
    "twitter",
    "wtf",
    "yelp",
];

/// Restates one sentence, or gives up.
fn restate(sentence: &str) -> Option<String> {
    let question = sentence.trim_end().ends_with('?');
    let words = lex(sentence);
    if words
        .iter()
        .any(|w| REJECT.binary_search(&w.low.as_str()).is_ok())
    {
        return None;
    }
    let lows: Vec<&str> = words.iter().map(|w| w.low.as_str()).collect();
    let demand = lows.windows(2).any(|p| {
        matches!(
            p,
            ["i", "want"]
                | ["i", "need"]
                | ["give", "me"]
                | ["refund", "me"]
                | ["fix", "it"]
                // Sarcasm and politeness are not complaints to echo.
                | ["love", "how"]
                | ["no", "problem"]
                | ["no", "worries"]
                | ["take", "your"]
        ) || (p[1] == "cancel" && matches!(p[0], "to" | "will" | "i'll" | "gonna"))
    });
    if demand {
        return None;
    }
    // An insult used as an adjective ("your stupid app") is dropped; as a predicate ("you
    // are useless") it means the sentence is abuse.
    let predicate_insult = lows.windows(2).any(|p| {
        matches!(p[0], "are" | "you're" | "is" | "so" | "such")
            && matches!(p[1], "stupid" | "useless" | "clueless" | "incompetent")
    });
    if predicate_insult {
        return None;
    }
    // "damn it" goes as a unit, or its "it" would be left as a clause of its own.
    let mut kept: Vec<Word> = Vec::with_capacity(words.len());
    for w in words {
        if w.low == "it" && matches!(kept.last().map(|k| k.low.as_str()), Some("damn" | "dammit")) {
            kept.pop();
            continue;
        }
        kept.push(w);
    }
    let mut words = kept;
    words.retain(|w| DROP.binary_search(&w.low.as_str()).is_err());
    while words
        .first()
        .is_some_and(|w| w.low == "," || LEAD_FILLERS.binary_search(&w.low.as_str()).is_ok())
    {
        words.remove(0);
    }
    let words = match question_to_statement(&words) {
        Some(statement) => statement,
        None if question || starts_question(&words) => return None,
        None => words,
    };
    let mut clauses: Vec<(Option<&str>, Vec<Word>, u32)> = Vec::new();
    for (joint, clause) in split_clauses(words) {
        let clause = fix_clause(clause)?;
        let score = if is_feeling(&clause) {
            0
        } else {
            clause
                .iter()
                .filter(|w| PROBLEM_WORDS.binary_search(&w.low.as_str()).is_ok())
                .count() as u32
        };
        clauses.push((joint, clause, score));
    }
    // Keep the clauses that carry the complaint (at most two), in their order, unless
    // that leaves too little to make sense on its own ("nobody called").
    // How they feel is acknowledged by every template already; only what went wrong is
    // restated, and a one-word leftover ("wonderful,") is not a clause.
    if clauses.iter().all(|c| is_feeling(&c.1)) {
        return None;
    }
    clauses.retain(|c| !is_feeling(&c.1));
    if clauses.len() > 1 {
        clauses.retain(|c| c.1.len() >= 2);
    }
    let complaint_words: usize = clauses.iter().filter(|c| c.2 > 0).map(|c| c.1.len()).sum();
    if complaint_words >= 5 {
        clauses.retain(|c| c.2 > 0);
    }
    clauses.truncate(2);
    let mut out: Vec<String> = Vec::new();
    for (i, (joint, clause, _)) in clauses.into_iter().enumerate() {
        if i > 0 {
            out.push(if joint == Some("but") { "but" } else { "and" }.to_string());
        }
        let swapped = swap_person(&clause);
        if !starts_with_subject(&swapped) {
            return None;
        }
        out.extend(swapped.into_iter().map(|w| w.out));
    }
    if out.len() < 3 || out.len() > MAX_WORDS {
        return None;
    }
    let text = out.join(" ");
    Some(text.replace(" ,", ","))
}

/// "I'm not happy", "I'm so fed up": how they feel, which the templates already
/// acknowledge; the clause next to it says what went wrong.
fn is_feeling(clause: &[Word]) -> bool {
    let first = clause.first().map_or("", |w| w.low.as_str());
    let second = clause.get(1).map_or("", |w| w.low.as_str());
    (first == "i'm" || (first == "i" && second == "am"))
        && clause.iter().any(|w| {
            matches!(
                w.low.as_str(),
                "happy"
                    | "angry"
                    | "upset"
                    | "annoyed"
                    | "frustrated"
                    | "furious"
                    | "fed"
                    | "disappointed"
                    | "sick"
                    | "tired"
                    | "done"
                    | "livid"
                    | "pissed"
            )
        })
}

fn starts_question(words: &[Word]) -> bool {
    words.first().is_some_and(|w| {
        matches!(
            w.low.as_str(),
            "where"
                | "why"
                | "when"
                | "how"
                | "what"
                | "who"
                | "is"
                | "are"
                | "can"
                | "could"
                | "will"
                | "would"
                | "do"
                | "does"
                | "did"
                | "have"
                | "has"
                | "should"
        )
    })
}

/// Auxiliaries that invert in "why hasn't my refund arrived".
const AUXILIARIES: &[&str] = &[
    "am", "are", "aren't", "can", "can't", "could", "couldn't", "did", "didn't", "do", "does",
    "doesn't", "don't", "has", "hasn't", "have", "haven't", "is", "isn't", "was", "wasn't", "were",
    "weren't", "will", "won't", "would", "wouldn't",
];

/// Turns the common complaint questions into first-person statements; `None` for any
/// other question.
fn question_to_statement(words: &[Word]) -> Option<Vec<Word>> {
    let low = |i: usize| words.get(i).map_or("", |w| w.low.as_str());
    let rest = |i: usize| words.get(i..).unwrap_or_default().to_vec();
    let mut out = Vec::new();
    match (low(0), low(1)) {
        // "where is my refund" -> "I'm still waiting for my refund"
        ("where", "is" | "are") | ("where's", _) => {
            let from = if low(0) == "where's" { 1 } else { 2 };
            if !matches!(low(from), "my" | "our" | "the") {
                return None;
            }
            out.extend(["i'm", "still", "waiting", "for"].map(Word::new));
            out.extend(rest(from));
            Some(out)
        }
        // "when will my order arrive" -> "I don't know when my order will arrive"
        ("when", aux @ ("will" | "is" | "are" | "can" | "do" | "does")) => {
            let (subject, verb_at) = subject_after(words, 2, aux)?;
            if aux == "do" || aux == "does" {
                return None;
            }
            out.extend(["i", "don't", "know", "when"].map(Word::new));
            out.extend(subject);
            out.push(Word::new(aux));
            out.extend(rest(verb_at));
            Some(out)
        }
        // "what is going on with my order" -> "I don't know what's going on with my order"
        ("what's" | "what", _) => {
            let from = if low(0) == "what" && low(1) == "is" {
                2
            } else {
                1
            };
            if !matches!(low(from), "going" | "happening")
                || !matches!(low(from + 1), "on" | "with")
            {
                return None;
            }
            out.extend(["i", "don't", "know", "what's"].map(Word::new));
            out.extend(rest(from));
            Some(out)
        }
        // "how come my order hasn't arrived" -> "my order hasn't arrived"
        ("how", "come") => Some(rest(2)),
        // "why hasn't my refund arrived" -> "my refund hasn't arrived"
        ("why", aux) if AUXILIARIES.binary_search(&aux).is_ok() => {
            let (subject, verb_at) = subject_after(words, 2, aux)?;
            let third = matches!(
                subject.first().map(|w| w.low.as_str()),
                Some(
                    "my" | "your"
                        | "our"
                        | "the"
                        | "this"
                        | "that"
                        | "it"
                        | "he"
                        | "she"
                        | "nobody"
                )
            ) && !subject.last().is_some_and(|w| w.low.ends_with('s'));
            out.extend(subject);
            match aux {
                "did" | "does" | "do" => {
                    let verb = words.get(verb_at)?;
                    let form = match aux {
                        "did" => past(&verb.low)?,
                        "does" => third_person(&verb.low),
                        _ => verb.low.clone(),
                    };
                    out.push(Word::new(&form));
                    out.extend(rest(verb_at + 1));
                }
                _ => {
                    // "why is it" keeps "is"; "why are you" keeps "are".
                    let aux = match (aux, third) {
                        ("are", true) => "is",
                        (a, _) => a,
                    };
                    out.push(Word::new(aux));
                    out.extend(rest(verb_at));
                }
            }
            Some(out)
        }
        ("why", "nobody" | "no") => Some(rest(1)),
        _ => None,
    }
}

/// The subject starting at `at` in an inverted question, and where the rest begins.
fn subject_after(words: &[Word], at: usize, aux: &str) -> Option<(Vec<Word>, usize)> {
    let first = words.get(at)?;
    let copula = matches!(
        aux,
        "is" | "isn't" | "was" | "wasn't" | "are" | "aren't" | "were" | "weren't"
    );
    let end = match first.low.as_str() {
        "i" | "we" | "they" | "it" | "he" | "she" | "this" | "that" | "nobody" | "anyone"
        | "someone" | "everyone" => at + 1,
        "you" => {
            if words
                .get(at + 1)
                .is_some_and(|w| matches!(w.low.as_str(), "guys" | "people"))
            {
                at + 2
            } else {
                at + 1
            }
        }
        "my" | "your" | "our" | "the" | "these" | "those" | "his" | "her" | "their" => {
            let mut end = at + 2;
            while let Some(w) = words.get(end) {
                if is_verbish(&w.low) || (copula && is_complement_start(&w.low)) || end - at >= 6 {
                    break;
                }
                end += 1;
            }
            end
        }
        _ => return None,
    };
    (end < words.len()).then(|| (words[at..end].to_vec(), end))
}

fn is_verbish(w: &str) -> bool {
    matches!(
        w,
        "arrive"
            | "come"
            | "work"
            | "been"
            | "be"
            | "being"
            | "ship"
            | "show"
            | "load"
            | "go"
            | "get"
            | "take"
            | "still"
            | "not"
            | "never"
            | "even"
            | "yet"
            | "keep"
            | "stop"
            | "let"
            | "open"
            | "respond"
            | "process"
            | "update"
            | "charge"
            | "send"
            | "answer"
            | "reply"
            | "cancel"
            | "refund"
            | "arrived"
            | "shipped"
            | "worked"
    ) || (w.len() > 4 && w.ends_with("ed"))
        || (w.len() > 5 && w.ends_with("ing") && !w.ends_with("thing"))
        || w.ends_with("n't")
}

fn is_complement_start(w: &str) -> bool {
    matches!(
        w,
        "late"
            | "so"
            | "too"
            | "missing"
            | "broken"
            | "wrong"
            | "empty"
            | "gone"
            | "down"
            | "stuck"
            | "locked"
            | "pending"
            | "there"
            | "always"
            | "again"
            | "only"
            | "in"
            | "on"
            | "at"
            | "still"
            | "not"
            | "blank"
            | "slow"
    )
}

/// The simple past of a verb, for "why did you cancel" -> "you cancelled"; `None` when
/// unsure.
fn past(base: &str) -> Option<String> {
    let irregular = [
        ("break", "broke"),
        ("buy", "bought"),
        ("cancel", "cancelled"),
        ("come", "came"),
        ("drop", "dropped"),
        ("forget", "forgot"),
        ("get", "got"),
        ("give", "gave"),
        ("go", "went"),
        ("have", "had"),
        ("keep", "kept"),
        ("leave", "left"),
        ("lose", "lost"),
        ("make", "made"),
        ("pay", "paid"),
        ("put", "put"),
        ("say", "said"),
        ("send", "sent"),
        ("ship", "shipped"),
        ("stop", "stopped"),
        ("take", "took"),
        ("tell", "told"),
    ];
    if let Some((_, p)) = irregular.iter().find(|(b, _)| *b == base) {
        return Some(p.to_string());
    }
    if base.len() < 3 || !base.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    Some(if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    })
}

fn third_person(base: &str) -> String {
    match base {
        "have" => "has".to_string(),
        "do" => "does".to_string(),
        "go" => "goes".to_string(),
        b if b.ends_with(['s', 'x', 'z', 'o']) || b.ends_with("sh") || b.ends_with("ch") => {
            format!("{b}es")
        }
        b => match b
            .strip_suffix('y')
            .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
        {
            Some(stem) => format!("{stem}ies"),
            None => format!("{b}s"),
        },
    }
}

/// Splits at "and" / "but" / commas, but only where what follows can stand as a clause
/// (so "my phone and laptop broke" stays whole).
fn split_clauses(words: Vec<Word>) -> Vec<(Option<&'static str>, Vec<Word>)> {
    let mut clauses: Vec<(Option<&'static str>, Vec<Word>)> = vec![(None, Vec::new())];
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let joint = match w.low.as_str() {
            "and" => Some("and"),
            "but" => Some("but"),
            "," => Some(","),
            _ => None,
        };
        if let Some(mut joint) = joint {
            // ", and" / ", but" is one joint.
            let mut next = i + 1;
            if joint == ","
                && matches!(words.get(next).map(|w| w.low.as_str()), Some("and" | "but"))
            {
                joint = if words[next].low == "but" {
                    "but"
                } else {
                    "and"
                };
                next += 1;
            }
            // "and then" / "and still" / "and now" keep their adverb with the new clause.
            let rest = &words[next..];
            if can_start_clause(rest) && clauses.last().is_some_and(|c| !c.1.is_empty()) {
                clauses.push((Some(joint), Vec::new()));
                i = next;
                continue;
            }
            if joint == "," {
                // ", order 5512": a reference tacked on, dropped; any other fragment keeps
                // its comma.
                let fragment_end = words[next..]
                    .iter()
                    .position(|w| w.low == ",")
                    .map_or(words.len(), |p| next + p);
                let reference = words[next..fragment_end]
                    .iter()
                    .any(|w| w.low.chars().any(|c| c.is_ascii_digit()));
                if reference {
                    i = fragment_end;
                    continue;
                }
            }
        }
        if let Some(last) = clauses.last_mut() {
            last.1.push(w.clone());
        }
        i += 1;
    }
    clauses.retain(|c| !c.1.is_empty());
    clauses
}

fn can_start_clause(rest: &[Word]) -> bool {
    let first = rest.first().map_or("", |w| w.low.as_str());
    let first = if matches!(first, "then" | "now") {
        rest.get(1).map_or("", |w| w.low.as_str())
    } else {
        first
    };
    is_subject(first)
        || matches!(
            first,
            "i" | "i'm"
                | "i've"
                | "i'd"
                | "i'll"
                | "me"
                | "my"
                | "we"
                | "we're"
                | "we've"
                | "our"
                | "still"
                | "no"
                | "can't"
                | "cannot"
                | "been"
                | "waiting"
                | "nobody"
        )
}

/// Clause-level fixes in the customer's voice: subjectless openings get a subject, and a
/// few loaded phrasings get a neutral form.
fn fix_clause(mut clause: Vec<Word>) -> Option<Vec<Word>> {
    if matches!(clause.first().map(|w| w.low.as_str()), Some("then" | "now")) {
        clause.remove(0);
    }
    let low = |c: &Vec<Word>, i: usize| c.get(i).map_or(String::new(), |w| w.low.clone());
    // Subjectless openings common in chat.
    let prefix: &[&str] = match (low(&clause, 0).as_str(), low(&clause, 1).as_str()) {
        ("still", "no" | "nothing") => &["there's"],
        ("nothing", "") => &["there's", "been"],
        ("still", "waiting") | ("waiting", _) => &["i'm"],
        ("still", "haven't" | "can't" | "don't" | "didn't" | "have" | "cannot") => &["i"],
        ("no", w) if !matches!(w, "one") => &["there's", "been"],
        (
            "can't" | "cannot" | "couldn't" | "didn't" | "haven't" | "paid" | "ordered" | "tried"
            | "called" | "emailed" | "waited" | "got" | "received" | "bought",
            _,
        ) => &["i"],
        ("been", _) => &["i've"],
        (w, _) if TOPIC_NOUNS.binary_search(&w).is_ok() => &["the"],
        _ => &[],
    };
    for (i, p) in prefix.iter().enumerate() {
        clause.insert(i, Word::new(p));
    }
    // "never came" -> "never arrived": the neutral word for a delivery.
    for i in 1..clause.len() {
        let before = clause[i - 1].low.clone();
        let negated = before == "never" || before == "not" || before.ends_with("n't");
        let replacement = match clause[i].low.as_str() {
            "came" | "come" if negated && is_particle(&low(&clause, i + 1)) => None,
            "came" if negated => Some("arrived"),
            "come" if negated => Some("arrive"),
            "showed" if negated && low(&clause, i + 1) == "up" => Some("arrived"),
            _ => None,
        };
        if let Some(r) = replacement {
            clause[i] = Word::new(r);
            if r == "arrived" && low(&clause, i + 1) == "up" {
                clause.remove(i + 1);
            }
        }
    }
    // "you keep ignoring my emails" -> "my emails went unanswered": the agent should not
    // say "we are ignoring your emails".
    if low(&clause, 0) == "you" || low(&clause, 0) == "you're" {
        let at = (1..clause.len().min(4))
            .find(|&i| matches!(low(&clause, i).as_str(), "ignoring" | "ignored" | "ignore"));
        if let Some(at) = at.filter(|&a| a + 1 < clause.len()) {
            let mut object: Vec<Word> = clause[at + 1..].to_vec();
            object.extend(["went", "unanswered"].map(Word::new));
            return Some(object);
        }
    }
    // "nobody answers my emails" -> "my emails went unanswered".
    let nobody = match (low(&clause, 0).as_str(), low(&clause, 1).as_str()) {
        ("nobody", _) => Some(1),
        ("no", "one") => Some(2),
        _ => None,
    };
    if let Some(at) = nobody {
        let mut verb_at = at;
        let mut perfect = false;
        if matches!(low(&clause, verb_at).as_str(), "has" | "is" | "ever") {
            perfect = low(&clause, verb_at) == "has";
            verb_at += 1;
        }
        let verb = low(&clause, verb_at);
        let mut object_at = verb_at + 1;
        if matches!(
            verb.as_str(),
            "replies" | "replied" | "responds" | "responded" | "replying" | "responding"
        ) && low(&clause, object_at) == "to"
        {
            object_at += 1;
        }
        let answering = matches!(
            verb.as_str(),
            "answers"
                | "answered"
                | "answering"
                | "replies"
                | "replied"
                | "replying"
                | "responds"
                | "responded"
                | "responding"
                | "reads"
                | "read"
        );
        if answering && object_at < clause.len() {
            let mut object: Vec<Word> = clause[object_at..].to_vec();
            let plural = object.last().is_some_and(|w| w.low.ends_with('s'));
            let tail: &[&str] = match (perfect, plural) {
                (true, true) => &["have", "gone", "unanswered"],
                (true, false) => &["has", "gone", "unanswered"],
                (false, _) => &["went", "unanswered"],
            };
            object.extend(tail.iter().map(|t| Word::new(t)));
            return Some(object);
        }
    }
    (!clause.is_empty()).then_some(clause)
}

/// Words that make "come" part of a phrasal verb ("come through"), not "arrive".
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "through" | "back" | "out" | "up" | "with" | "across" | "off" | "on" | "over" | "in"
    )
}

/// Nouns a chat clause may open with after dropping "the" ("package never arrived").
const TOPIC_NOUNS: &[&str] = &[
    "account",
    "app",
    "bill",
    "card",
    "delivery",
    "email",
    "emails",
    "invoice",
    "item",
    "laptop",
    "order",
    "package",
    "parcel",
    "password",
    "payment",
    "phone",
    "refund",
    "replacement",
    "site",
    "subscription",
    "tablet",
    "tracking",
    "website",
];

/// Swaps first and second person: the customer's "my" is the agent's "your", the
/// customer's "you" (the company) is the agent's "we".
fn swap_person(clause: &[Word]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(clause.len());
    let mut i = 0;
    while i < clause.len() {
        let w = &clause[i];
        let prev = if i == 0 {
            ""
        } else {
            clause[i - 1].low.as_str()
        };
        let next = clause.get(i + 1).map_or("", |w| w.low.as_str());
        let swapped: Option<&str> = match w.low.as_str() {
            "i" => Some("you"),
            "i'm" => Some("you're"),
            "i've" => Some("you've"),
            "i'd" => Some("you'd"),
            "i'll" => Some("you'll"),
            "me" => Some("you"),
            "my" => Some("your"),
            "mine" => Some("yours"),
            "myself" => Some("yourself"),
            "am" if prev == "i" || next == "i" => Some("are"),
            "was" if prev == "i" || next == "i" => Some("were"),
            "we" => Some("you"),
            "we're" => Some("you're"),
            "we've" => Some("you've"),
            "we'll" => Some("you'll"),
            "we'd" => Some("you'd"),
            "our" => Some("your"),
            "ours" => Some("yours"),
            "us" => Some("you"),
            "ourselves" => Some("yourselves"),
            "you" => {
                let group = matches!(next, "guys" | "people" | "lot");
                let subject =
                    i == 0 || group || SUBJECT_BEFORE.contains(&prev) || verb_after_you(next);
                if group {
                    i += 1;
                }
                Some(if subject { "we" } else { "us" })
            }
            "your" => Some("our"),
            "yours" => Some("ours"),
            "yourself" | "yourselves" => Some("ourselves"),
            "you're" => Some("we're"),
            "you've" => Some("we've"),
            "you'll" => Some("we'll"),
            "you'd" => Some("we'd"),
            _ => None,
        };
        out.push(match swapped {
            Some(s) => Word::new(s),
            None => w.clone(),
        });
        i += 1;
    }
    // A pronoun swapped from "I" never keeps "I"'s capital; anything else keeps its case.
    if let Some(first) = out.first_mut() {
        if first.out != first.low && first.out.chars().skip(1).all(|c| !c.is_uppercase()) {
            let keep = first.out.chars().next().is_some_and(|c| c.is_uppercase())
                && !is_function_word(&first.low);
            if !keep {
                first.out = first.low.clone();
            }
        }
    }
    out
}

/// Whether `next` makes the "you" before it a subject ("the item you sent").
fn verb_after_you(next: &str) -> bool {
    (next.len() > 3 && next.ends_with("ed"))
        || next.ends_with("n't")
        || matches!(
            next,
            "sent"
                | "said"
                | "told"
                | "lost"
                | "sold"
                | "gave"
                | "made"
                | "took"
                | "are"
                | "were"
                | "have"
                | "had"
                | "did"
                | "do"
                | "can"
                | "could"
                | "will"
                | "would"
                | "should"
                | "keep"
                | "kept"
                | "still"
                | "never"
                | "always"
                | "charge"
                | "send"
                | "need"
                | "must"
                | "broke"
                | "put"
                | "just"
                | "also"
                | "clearly"
        )
}

fn is_function_word(w: &str) -> bool {
    is_subject(w)
        || TOPIC_NOUNS.binary_search(&w).is_ok()
        || matches!(
            w,
            "still" | "no" | "never" | "nobody" | "since" | "after" | "when"
        )
}

fn is_subject(w: &str) -> bool {
    matches!(
        w,
        "you"
            | "you're"
            | "you've"
            | "you'd"
            | "you'll"
            | "your"
            | "we"
            | "we're"
            | "we've"
            | "we'll"
            | "we'd"
            | "our"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "it's"
            | "its"
            | "there"
            | "there's"
            | "nobody"
            | "someone"
            | "somebody"
            | "everyone"
            | "every"
            | "a"
            | "an"
            | "they"
            | "they're"
            | "he"
            | "she"
            | "all"
            | "both"
            | "each"
            | "nothing"
            | "none"
            | "one"
            | "two"
            | "three"
            | "yours"
    )
}

fn starts_with_subject(clause: &[Word]) -> bool {
    let Some(first) = clause.first() else {
        return false;
    };
    let leftover_first_person = clause
        .iter()
        .any(|w| matches!(w.low.as_str(), "i" | "i'm" | "i've" | "me" | "my" | "mine"));
    !leftover_first_person
        && (is_subject(&first.low)
            || (first.low == "no" && clause.get(1).is_some_and(|w| w.low == "one")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            PROBLEM_WORDS,
            DROP,
            LEAD_FILLERS,
            REJECT,
            AUXILIARIES,
            TOPIC_NOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(TYPOS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn sentences_split_on_end_punctuation_only() {
        let s: Vec<&str> = sentences("Order #A-1.5 is late!! Why? fine")
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(s, vec!["Order #A-1.5 is late!!", "Why?", "fine"]);
    }

    #[test]
    fn verb_forms() {
        assert_eq!(past("charge").as_deref(), Some("charged"));
        assert_eq!(past("deny").as_deref(), Some("denied"));
        assert_eq!(past("cancel").as_deref(), Some("cancelled"));
        assert_eq!(third_person("keep"), "keeps");
        assert_eq!(third_person("crash"), "crashes");
    }
}
