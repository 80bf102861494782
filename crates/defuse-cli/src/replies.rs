//! `defuse eval replies FILE`: the suggested replies over a corpus of support
//! conversations, one JSON object a line:
//!
//! ```json
//! {"id": "delivery-missing-03", "channel": "public", "messages": [{"role": "customer",
//!  "text": "...", "at": 1700000000000}], "expect": {"issue": "delivery_missing",
//!  "technique": "take_private", "fault": "company", "missing": ["order_number"],
//!  "asked_for": "replacement"}}
//! ```
//!
//! Reports technique and issue-type accuracy (and fault, missing details, what was asked
//! for), how many replies are distinct, the sentence most shared between conversations,
//! and mirroring failures; `--review FILE.md` writes every conversation with its situation
//! and replies for people to read.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;

use anyhow::{anyhow, Context};
use defuse_core::playbook::{advise, Advice, Config, Detail, Fault, IssueType, Request};
use defuse_core::{Conversation, Message, Technique};
use serde::{Deserialize, Serialize};

use crate::analyze::read_config;

/// Arguments of `defuse eval replies`.
#[derive(clap::Args)]
pub struct Args {
    /// The corpus: JSON lines of {"id", "channel", "messages", "expect"}.
    file: PathBuf,
    /// Site-owner configuration applied to every conversation (the channel comes from
    /// each line).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Write a markdown review sheet of every conversation with its situation and replies.
    #[arg(long)]
    review: Option<PathBuf>,
    /// How many misses and shared sentences to list.
    #[arg(long, default_value_t = 8)]
    top: usize,
}

/// One conversation of the corpus.
#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    #[serde(default)]
    channel: Option<String>,
    messages: Vec<Message>,
    #[serde(default)]
    expect: Expect,
}

/// What a reader expects for a conversation; every field optional.
#[derive(Debug, Default, Deserialize)]
struct Expect {
    #[serde(default)]
    issue: Option<IssueType>,
    #[serde(default)]
    technique: Option<Technique>,
    #[serde(default)]
    fault: Option<Fault>,
    #[serde(default)]
    missing: Option<Vec<Detail>>,
    #[serde(default)]
    asked_for: Option<Request>,
}

/// An accuracy figure: right out of judged.
#[derive(Debug, Default, Serialize)]
pub struct Accuracy {
    /// Cases with an expectation.
    pub judged: usize,
    /// Cases that met it.
    pub right: usize,
    /// right / judged, in percent.
    pub percent: f64,
}

impl Accuracy {
    fn add(&mut self, ok: bool) {
        self.judged += 1;
        self.right += usize::from(ok);
        self.percent = percent(self.right, self.judged);
    }
}

/// A sentence shared between conversations.
#[derive(Debug, Serialize)]
pub struct Shared {
    /// The sentence.
    pub sentence: String,
    /// Conversations whose replies contain it.
    pub conversations: usize,
    /// That count as a share of all conversations, in percent.
    pub percent: f64,
}

/// A wrong label.
#[derive(Debug, Serialize)]
pub struct Miss {
    /// Conversation id.
    pub id: String,
    /// What was expected.
    pub expected: String,
    /// What Defuse said.
    pub got: String,
}

/// A mirrored clause or reply that hands back what it should not.
#[derive(Debug, Serialize)]
pub struct MirrorFailure {
    /// Conversation id.
    pub id: String,
    /// The offending text.
    pub text: String,
    /// What is wrong with it.
    pub reason: String,
}

/// The whole evaluation, as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Conversations read.
    pub conversations: usize,
    /// Recommended technique right.
    pub technique: Accuracy,
    /// Issue type right.
    pub issue: Accuracy,
    /// Likely fault right.
    pub fault: Accuracy,
    /// Missing details exactly right (as sets).
    pub missing: Accuracy,
    /// What the customer asked for right.
    pub asked_for: Accuracy,
    /// Replies written.
    pub replies: usize,
    /// Distinct reply texts among them, in percent.
    pub distinct_replies_percent: f64,
    /// Sentences shared by the most conversations, most shared first.
    pub most_shared: Vec<Shared>,
    /// Conversations two of whose replies open with the same sentence (a greeting such as
    /// "Hi Dana," set aside; two words' difference allowed).
    pub same_opener: usize,
    /// Conversations two of whose replies differ by one sentence only (one added, dropped
    /// or reworded, at least one kept).
    pub one_sentence_apart: usize,
    /// Conversations with either: three replies that read as one with a tail added.
    pub near_identical: Vec<String>,
    /// Conversations whose replies name the problem (the situation's name for it, or the
    /// mirrored clause, in at least one reply).
    pub named: usize,
    /// Conversations with a mirrored clause.
    pub mirrored: usize,
    /// Mirrored clauses or replies that echo what they should not.
    pub mirror_failures: Vec<MirrorFailure>,
    /// Technique misses.
    pub technique_misses: Vec<Miss>,
    /// Issue-type misses.
    pub issue_misses: Vec<Miss>,
    /// Expected -> got technique pairs, with counts, most common first.
    pub technique_confusions: Vec<(String, usize)>,
    /// Expected -> got issue pairs, with counts, most common first.
    pub issue_confusions: Vec<(String, usize)>,
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (1000.0 * part as f64 / whole as f64).round() / 10.0
    }
}

/// Runs `defuse eval replies`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let base = read_config(args.config.as_deref())?;
    let cases = read_cases(&args.file)?;
    let results: Vec<(Case, Advice)> = cases
        .into_iter()
        .map(|case| {
            let advice = advise_case(&case, &base);
            (case, advice)
        })
        .collect();
    let report = evaluate(&results, args.top);
    if let Some(path) = &args.review {
        let sheet = review_sheet(&results);
        std::fs::write(path, sheet).with_context(|| format!("{}: cannot write", path.display()))?;
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_report(&mut out, &report)?;
    }
    Ok(())
}

fn read_cases(path: &std::path::Path) -> anyhow::Result<Vec<Case>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).with_context(|| format!("{name}: cannot read"))?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(line)
            .map_err(|e| anyhow!("{name}:{}: not a conversation: {e}", i + 1))?;
        cases.push(case);
    }
    Ok(cases)
}

/// The advice on the whole conversation, the channel from the case.
fn advise_case(case: &Case, base: &Config) -> Advice {
    let config = Config {
        public_channel: case.channel.as_deref() == Some("public") || base.public_channel,
        ..base.clone()
    };
    // "Now" is the last timestamp, so a corpus reads the same every run.
    let now = case.messages.iter().filter_map(|m| m.at).max();
    let mut conversation = Conversation::new();
    conversation.set_public(config.public_channel);
    for m in &case.messages {
        conversation.push(m.clone());
    }
    advise(&conversation, &config, now)
}

fn key<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Splits a reply into its sentences.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let end = matches!(c, '.' | '!' | '?')
            && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace());
        if end {
            let s = text[start..=i].trim();
            if !s.is_empty() {
                out.push(s.to_string());
            }
            start = i + 1;
        }
    }
    let s = text[start..].trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
    out
}

/// Whether two of a conversation's replies open with the same sentence (a leading "Hi
/// Dana," set aside, case ignored, two words' difference allowed: see [`same`]), and
/// whether two differ by one sentence only: one added, dropped or reworded, with at least
/// one sentence kept.
fn alike(replies: &[&str]) -> (bool, bool) {
    let split = |r: &str| -> Vec<String> {
        let mut v = sentences(&strip_greeting(r).to_lowercase());
        v.retain(|s| !s.is_empty());
        v
    };
    let all: Vec<Vec<String>> = replies.iter().map(|r| split(r)).collect();
    let (mut opener, mut apart) = (false, false);
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            opener |= a.first().zip(b.first()).is_some_and(|(x, y)| same(x, y));
            apart |= one_apart(a, b);
        }
    }
    (opener, apart)
}

/// A reply without its greeting ("Hi Dana, thanks ..." -> "thanks ...", "Dana, I ...",
/// "Hi Dana! ..."): a name is no different opener.
fn strip_greeting(reply: &str) -> &str {
    const OPENERS: &[&str] = &[
        "Sorry", "Thanks", "Sure", "Yes", "No", "Great", "Okay", "Ok", "Right",
    ];
    let Some(at) = reply.find([',', '!']) else {
        return reply;
    };
    let head = &reply[..at];
    let words: Vec<&str> = head.split(' ').collect();
    let greeting = match words.as_slice() {
        ["Hi", ..] => words.len() <= 3,
        [name] => {
            name.starts_with(char::is_uppercase)
                && !OPENERS.contains(name)
                && reply[at..].starts_with(", ")
        }
        _ => false,
    };
    if greeting {
        reply[at + 1..].trim_start()
    } else {
        reply
    }
}

/// Whether two sentences read as one: the same, or the same words but two or fewer
/// ("Please DM us so we can look into it for you." and "... look into it."), in sentences
/// of four or more words.
fn same(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (wa, wb) = (words_of(a), words_of(b));
    let mut rest = wb.clone();
    let mut only_a = 0;
    for w in &wa {
        match rest.iter().position(|x| x == w) {
            Some(i) => {
                rest.swap_remove(i);
            }
            None => only_a += 1,
        }
    }
    only_a + rest.len() <= 2 && wa.len().min(wb.len()) >= 4
}

/// Whether `b` is `a` with one sentence added, dropped or replaced (sentences compared by
/// [`same`]), and some sentence kept.
fn one_apart(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let kept = short.iter().any(|s| long.iter().any(|l| same(s, l)));
    let same_prefix = short
        .iter()
        .zip(long)
        .take_while(|(x, y)| same(x, y))
        .count();
    let same_suffix = short
        .iter()
        .rev()
        .zip(long.iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    let fits = match long.len() - short.len() {
        0 => same_prefix + same_suffix + 1 >= short.len(),
        1 => same_prefix + same_suffix >= short.len(),
        _ => false,
    };
    kept && fits
}

/// Words a reply must never hand back: profanity, slang, insults, scorn. Checked on their
/// own here, not with the core's list, so the evaluation does not grade itself.
const NEVER_ECHO: &[&str] = &[
    "ass",
    "bs",
    "bull",
    "bullshit",
    "crap",
    "crappy",
    "damn",
    "dumb",
    "fuck",
    "fucking",
    "garbage",
    "hell",
    "idiot",
    "idiots",
    "incompetent",
    "joke",
    "lmao",
    "lmfao",
    "lol",
    "moron",
    "morons",
    "omg",
    "pathetic",
    "pissed",
    "ridiculous",
    "rubbish",
    "scam",
    "scammers",
    "shit",
    "smh",
    "stupid",
    "sucks",
    "thieves",
    "trash",
    "useless",
    "wtf",
    "clowns",
    "ffs",
    "bloody",
];

/// Words that show a mirrored clause kept the customer's voice or accuses the company.
const WRONG_VOICE: &[&str] = &["i", "me", "my", "mine", "i'm", "i've", "we", "us", "our"];

fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
        .collect()
}

/// What is wrong with a mirrored clause, if anything.
fn mirror_problem(clause: &str) -> Option<String> {
    let words = words_of(clause);
    if let Some(w) = words.iter().find(|w| NEVER_ECHO.contains(&w.as_str())) {
        return Some(format!("echoes \"{w}\""));
    }
    if let Some(w) = words.iter().find(|w| WRONG_VOICE.contains(&w.as_str())) {
        return Some(format!("keeps \"{w}\" (wrong voice or an accusation)"));
    }
    let last = words.last().map_or("", String::as_str);
    let dangling = [
        "to", "the", "a", "an", "of", "with", "for", "my", "your", "and", "but", "access", "at",
        "in", "on", "from",
    ];
    if dangling.contains(&last) {
        return Some(format!("ends on \"{last}\""));
    }
    if clause.contains('?') {
        return Some("still a question".to_string());
    }
    None
}

/// Scores the advice on every case.
fn evaluate(results: &[(Case, Advice)], top: usize) -> Report {
    let mut technique = Accuracy::default();
    let mut issue = Accuracy::default();
    let mut fault = Accuracy::default();
    let mut missing = Accuracy::default();
    let mut asked_for = Accuracy::default();
    let mut technique_misses = Vec::new();
    let mut issue_misses = Vec::new();
    let mut technique_pairs: BTreeMap<String, usize> = BTreeMap::new();
    let mut issue_pairs: BTreeMap<String, usize> = BTreeMap::new();
    let mut texts: BTreeSet<&str> = BTreeSet::new();
    let mut replies = 0;
    let mut sentence_convs: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut mirrored = 0;
    let mut named = 0;
    let mut mirror_failures = Vec::new();
    let (mut same_opener, mut one_sentence_apart) = (0, 0);
    let mut near_identical = Vec::new();

    for (n, (case, advice)) in results.iter().enumerate() {
        let (opener, apart) = alike(
            &advice
                .replies
                .iter()
                .map(|r| r.text.as_str())
                .collect::<Vec<_>>(),
        );
        same_opener += usize::from(opener);
        one_sentence_apart += usize::from(apart);
        if opener || apart {
            near_identical.push(case.id.clone());
        }
        let e = &case.expect;
        let s = &advice.situation;
        if let Some(t) = e.technique {
            technique.add(t == advice.technique);
            if t != advice.technique {
                let pair = format!("{} -> {}", key(&t), key(&advice.technique));
                *technique_pairs.entry(pair).or_default() += 1;
                technique_misses.push(Miss {
                    id: case.id.clone(),
                    expected: key(&t),
                    got: format!("{} ({})", key(&advice.technique), advice.why),
                });
            }
        }
        if let Some(i) = e.issue {
            issue.add(i == s.issue);
            if i != s.issue {
                let pair = format!("{} -> {}", key(&i), key(&s.issue));
                *issue_pairs.entry(pair).or_default() += 1;
                issue_misses.push(Miss {
                    id: case.id.clone(),
                    expected: key(&i),
                    got: key(&s.issue),
                });
            }
        }
        if let Some(f) = e.fault {
            fault.add(f == s.fault);
        }
        if let Some(m) = &e.missing {
            let want: BTreeSet<String> = m.iter().map(key).collect();
            let got: BTreeSet<String> = s.missing.iter().map(key).collect();
            missing.add(want == got);
        }
        if let Some(a) = e.asked_for {
            asked_for.add(a == s.asked_for);
        }
        let customer_words: BTreeSet<String> = case
            .messages
            .iter()
            .filter(|m| m.role == defuse_core::Role::Customer)
            .flat_map(|m| words_of(&m.text))
            .collect();
        for reply in &advice.replies {
            replies += 1;
            texts.insert(reply.text.as_str());
            for sentence in sentences(&reply.text) {
                sentence_convs.entry(sentence).or_default().insert(n);
            }
            // A reply may say "rubbish" of its own accord in no case, but handing back the
            // customer's own word is the failure that matters.
            let echoed = words_of(&reply.text)
                .into_iter()
                .find(|w| NEVER_ECHO.contains(&w.as_str()) && customer_words.contains(w));
            if let Some(w) = echoed {
                mirror_failures.push(MirrorFailure {
                    id: case.id.clone(),
                    text: reply.text.clone(),
                    reason: format!("reply echoes the customer's \"{w}\""),
                });
            }
        }
        let said = |name: &String| {
            let name = name.to_lowercase();
            advice
                .replies
                .iter()
                .any(|r| r.text.to_lowercase().contains(&name))
        };
        if s.names.first().is_some_and(said) || advice.mirrored.as_ref().is_some_and(said) {
            named += 1;
        }
        if let Some(m) = &advice.mirrored {
            mirrored += 1;
            if let Some(reason) = mirror_problem(m) {
                mirror_failures.push(MirrorFailure {
                    id: case.id.clone(),
                    text: m.clone(),
                    reason,
                });
            }
        }
    }
    let conversations = results.len();
    let mut shared: Vec<Shared> = sentence_convs
        .into_iter()
        .map(|(sentence, convs)| Shared {
            percent: percent(convs.len(), conversations),
            conversations: convs.len(),
            sentence,
        })
        .collect();
    shared.sort_by(|a, b| {
        b.conversations
            .cmp(&a.conversations)
            .then(a.sentence.cmp(&b.sentence))
    });
    shared.truncate(top);
    let ranked = |pairs: BTreeMap<String, usize>| {
        let mut v: Vec<(String, usize)> = pairs.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(top);
        v
    };
    Report {
        conversations,
        technique,
        issue,
        fault,
        missing,
        asked_for,
        replies,
        distinct_replies_percent: percent(texts.len(), replies),
        most_shared: shared,
        same_opener,
        one_sentence_apart,
        near_identical,
        named,
        mirrored,
        mirror_failures,
        technique_misses,
        issue_misses,
        technique_confusions: ranked(technique_pairs),
        issue_confusions: ranked(issue_pairs),
    }
}

fn print_report(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    writeln!(out, "replies over {} conversations", r.conversations)?;
    for (name, a) in [
        ("technique", &r.technique),
        ("issue type", &r.issue),
        ("fault", &r.fault),
        ("missing details", &r.missing),
        ("asked for", &r.asked_for),
    ] {
        writeln!(
            out,
            "  {name:<16} {:>5.1}%  ({} of {})",
            a.percent, a.right, a.judged
        )?;
    }
    writeln!(
        out,
        "  distinct replies {:>5.1}%  ({} replies)",
        r.distinct_replies_percent, r.replies
    )?;
    if let Some(s) = r.most_shared.first() {
        writeln!(
            out,
            "  most shared sentence in {:.1}% of conversations: \"{}\"",
            s.percent, s.sentence
        )?;
    }
    writeln!(
        out,
        "  near-identical   {:>5.1}%  ({} conversations; same opener {}, one sentence apart {})",
        percent(r.near_identical.len(), r.conversations),
        r.near_identical.len(),
        r.same_opener,
        r.one_sentence_apart
    )?;
    writeln!(
        out,
        "  problem named    {:>5.1}%  ({} of {})",
        percent(r.named, r.conversations),
        r.named,
        r.conversations
    )?;
    writeln!(
        out,
        "  mirrored {} conversations, {} mirroring failures",
        r.mirrored,
        r.mirror_failures.len()
    )?;
    writeln!(out, "\nmost shared sentences:")?;
    for s in &r.most_shared {
        writeln!(
            out,
            "  {:>3} ({:>4.1}%)  {}",
            s.conversations, s.percent, s.sentence
        )?;
    }
    if !r.mirror_failures.is_empty() {
        writeln!(out, "\nmirroring failures:")?;
        for f in &r.mirror_failures {
            writeln!(out, "  {}: {} -- {}", f.id, f.reason, f.text)?;
        }
    }
    writeln!(out, "\ntechnique confusions (expected -> got):")?;
    for (pair, n) in &r.technique_confusions {
        writeln!(out, "  {n:>3}  {pair}")?;
    }
    writeln!(out, "\nissue confusions (expected -> got):")?;
    for (pair, n) in &r.issue_confusions {
        writeln!(out, "  {n:>3}  {pair}")?;
    }
    Ok(())
}

/// Markdown text with the characters that would format it escaped.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The review sheet: every conversation, its situation and its three replies.
fn review_sheet(results: &[(Case, Advice)]) -> String {
    let mut s = String::from(
        "# Suggested replies, for review\n\nScore each reply 1-5 with the rubric in \
         `../shared/REPLIES.md`; note whether the technique fits.\n",
    );
    for (case, advice) in results {
        let sit = &advice.situation;
        let e = &case.expect;
        s.push_str(&format!("\n## {}\n\n", md(&case.id)));
        s.push_str(&format!(
            "channel {}; level {:?}\n\n",
            case.channel.as_deref().unwrap_or("private"),
            advice.stage
        ));
        for m in &case.messages {
            let who = match m.role {
                defuse_core::Role::Customer => "customer",
                defuse_core::Role::Agent => "agent",
            };
            s.push_str(&format!("> **{who}:** {}\n>\n", md(&m.text)));
        }
        let mark = |ok: bool| if ok { "" } else { " ✗" };
        let exp = |v: Option<String>| v.map(|v| format!(" (expected {v})")).unwrap_or_default();
        s.push_str(&format!(
            "\n- issue: {}{}{}\n- fault: {}{}\n- known: {}; missing: {}\n- asked for: {}{}\n- technique: {}{}{} -- {}\n",
            key(&sit.issue),
            mark(e.issue.is_none_or(|i| i == sit.issue)),
            exp(e.issue.filter(|&i| i != sit.issue).map(|i| key(&i))),
            key(&sit.fault),
            exp(e.fault.filter(|&f| f != sit.fault).map(|f| key(&f))),
            list(&sit.known),
            list(&sit.missing),
            key(&sit.asked_for),
            exp(e.asked_for.filter(|&a| a != sit.asked_for).map(|a| key(&a))),
            key(&advice.technique),
            mark(e.technique.is_none_or(|t| t == advice.technique)),
            exp(e.technique.filter(|&t| t != advice.technique).map(|t| key(&t))),
            md(&advice.why),
        ));
        if let Some(n) = sit.names.first() {
            s.push_str(&format!("- named: {}\n", md(n)));
        }
        if let Some(m) = &advice.mirrored {
            s.push_str(&format!("- mirrored: {}\n", md(m)));
        }
        s.push('\n');
        for (i, r) in advice.replies.iter().enumerate() {
            s.push_str(&format!("{}. {}\n", i + 1, md(&r.text)));
        }
    }
    s
}

fn list(details: &[Detail]) -> String {
    if details.is_empty() {
        return "none".to_string();
    }
    details.iter().map(key).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_end_punctuation() {
        assert_eq!(
            sentences("Sorry about that. What's the order number? I'll check."),
            vec![
                "Sorry about that.",
                "What's the order number?",
                "I'll check."
            ]
        );
    }

    #[test]
    fn near_identical_replies_are_found() {
        // One stock sentence added; a greeting is no different opener.
        assert_eq!(
            alike(&[
                "Sorry about that. What's the order number?",
                "Hi Dana, sorry about that. What's the order number? We'll fix it."
            ]),
            (true, true)
        );
        // The same ask after different openers: one sentence apart.
        assert_eq!(
            alike(&["I see. Send us a DM.", "That's no good. Send us a DM."]),
            (false, true)
        );
        // Three real options.
        assert_eq!(
            alike(&[
                "What's the order number?",
                "Dana, sorry your parcel is late. I'll chase it.",
                "Send the order number and I'll chase the courier today."
            ]),
            (false, false)
        );
        // Two words apart is the same sentence.
        assert_eq!(
            alike(&[
                "Please DM us so we can look into it for you.",
                "Sure.",
                "Please DM us so we can look into it."
            ]),
            (true, true)
        );
        assert_eq!(strip_greeting("Sorry, that's late."), "Sorry, that's late.");
        assert_eq!(strip_greeting("Hi Dana! Thanks."), "Thanks.");
    }

    #[test]
    fn mirror_problems_are_named() {
        assert!(mirror_problem("your order never arrived").is_none());
        assert!(mirror_problem("that's total bull").is_some());
        assert!(mirror_problem("you are not allowed to access").is_some());
        assert!(mirror_problem("we lost my parcel").is_some());
    }

    #[test]
    fn a_small_corpus_is_scored() {
        let line = r#"{"id":"a","channel":"private","messages":[{"role":"customer","text":"my parcel never arrived, order 55123"}],"expect":{"issue":"delivery_missing"}}"#;
        let case: Case = serde_json::from_str(line).expect("valid line");
        let advice = advise_case(&case, &Config::default());
        let report = evaluate(&[(case, advice)], 5);
        assert_eq!(report.conversations, 1);
        assert_eq!(report.issue.judged, 1);
        assert_eq!(report.replies, 3);
    }
}
