//! Structure-aware fuzz: real sentences (from `../shared/data` when it is there, and a
//! committed seed list always) mutated the ways customers and agents actually write: cut
//! short, a word repeated, two words swapped, a support phrase inserted, case changed,
//! punctuation added or dropped, two sentences joined. Each mutated sentence goes through
//! the same invariants as the corpus test (`check_all`), with earlier mutated sentences as
//! the conversation before it.
//!
//! `DEFUSE_FUZZ_CASES` sets the number of cases (default 3,000 in the test suite);
//! `cargo xtask fuzz` runs a million in release. A failure prints a line to add to
//! `tests/data/regressions/cases.jsonl`, which `regressions_stay_fixed` replays forever.

use std::sync::OnceLock;

use defuse_core::Conversation;
use proptest::prelude::*;
use proptest::test_runner::{Config as RunnerConfig, TestCaseError, TestRunner};

use super::invariants::{agent, check_all, customer};
use super::texts::{data_dir, sources};

/// Sentences every run starts from, dataset or not: the crash reports' own texts and the
/// shapes support messages take.
const SEEDS: &[&str] = &[
    "My package never showed up",
    "my package never showed up and nobody answers my emails",
    "It never came, never showed up, never arrived.",
    "Still waiting, 3 weeks now, order #A-5521 never came through.",
    "I've asked THREE times where my refund is!!!",
    "You people are useless, I'm going to post this everywhere.",
    "Hi, how do I change the email on my account?",
    "Thanks so much, that fixed it :)",
    "The app crashes every time I open it on iOS 17.2",
    "you charged me twice and nobody replied to my emails",
    "As I said before, the parcel showed up damaged.",
    "I want to cancel my subscription and get my money back",
    "no one has answered, still no reply, nothing",
    "why is the site down again?? it's been down since Monday",
    "I'm so fed up. Never came. Never showed up.",
];

/// Phrases the rules and the mirror react to, inserted at random places.
const PHRASES: &[&str] = &[
    "never showed up",
    "never came",
    "showed up",
    "still waiting",
    "nobody answers",
    "no one has replied to",
    "as I said",
    "I already told you",
    "3 times",
    "for three weeks",
    "I want a refund",
    "cancel my account",
    "I'll leave a review",
    "my lawyer",
    "charge back",
    "you're useless",
    "f*cking",
    "then",
    "and",
    "but",
    ",",
    "up",
    "not",
    "you keep ignoring",
    "order #12345",
];

/// One edit to a sentence.
#[derive(Debug, Clone)]
enum Mutation {
    /// Keep the first `at` words (mod the word count).
    Cut { at: usize },
    /// Say word `at` twice.
    Repeat { at: usize },
    /// Swap words `a` and `b`.
    Swap { a: usize, b: usize },
    /// Put a support phrase before word `at`.
    Insert { at: usize, phrase: usize },
    /// Upper-case, lower-case or title-case the whole sentence.
    Case { how: u8 },
    /// Add `!!!`/`???`/`...`/`,` at the end or after word `at`, or drop all punctuation.
    Punctuate { at: usize, mark: u8 },
    /// Append another sentence.
    Join { other: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<usize>().prop_map(|at| Mutation::Cut { at }),
        1 => any::<usize>().prop_map(|at| Mutation::Repeat { at }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap { a, b }),
        3 => (any::<usize>(), 0..PHRASES.len()).prop_map(|(at, phrase)| Mutation::Insert { at, phrase }),
        1 => (0u8..3).prop_map(|how| Mutation::Case { how }),
        1 => (any::<usize>(), 0u8..6).prop_map(|(at, mark)| Mutation::Punctuate { at, mark }),
        1 => any::<usize>().prop_map(|other| Mutation::Join { other }),
    ]
}

/// The sentences to mutate: the seeds, then short and medium texts from the datasets.
fn sentences() -> &'static [String] {
    static SENTENCES: OnceLock<Vec<String>> = OnceLock::new();
    SENTENCES.get_or_init(|| {
        let mut all: Vec<String> = SEEDS.iter().map(|s| s.to_string()).collect();
        if let Some(dir) = data_dir() {
            for source in sources(&dir) {
                all.extend(
                    source
                        .texts
                        .into_iter()
                        .filter(|t| (8..400).contains(&t.len())),
                );
            }
        }
        all
    })
}

fn apply(sentence: &str, mutation: &Mutation, pool: &[String]) -> String {
    let mut words: Vec<String> = sentence.split_whitespace().map(str::to_string).collect();
    let n = words.len().max(1);
    match *mutation {
        Mutation::Cut { at } => words.truncate(at % n),
        Mutation::Repeat { at } => {
            if let Some(w) = words.get(at % n).cloned() {
                words.insert(at % n, w);
            }
        }
        Mutation::Swap { a, b } => {
            if !words.is_empty() {
                words.swap(a % n, b % n);
            }
        }
        Mutation::Insert { at, phrase } => {
            words.insert(at % (words.len() + 1), PHRASES[phrase].to_string())
        }
        Mutation::Case { how } => {
            let joined = words.join(" ");
            return match how {
                0 => joined.to_uppercase(),
                1 => joined.to_lowercase(),
                _ => joined
                    .split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    })
                    .collect::<Vec<String>>()
                    .join(" "),
            };
        }
        Mutation::Punctuate { at, mark } => {
            let joined = words.join(" ");
            return match mark {
                0 => joined + "!!!",
                1 => joined + "???",
                2 => joined + "...",
                3 => joined
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == ' ')
                    .collect(),
                _ => {
                    let mut ws = words;
                    let i = at % n;
                    if let Some(w) = ws.get_mut(i) {
                        w.push(if mark == 4 { ',' } else { '?' });
                    }
                    ws.join(" ")
                }
            };
        }
        Mutation::Join { other } => {
            return format!("{} {}", words.join(" "), pool[other % pool.len()]);
        }
    }
    words.join(" ")
}

/// One case: up to three earlier sentences (alternating customer and agent) then the one
/// under test, each built from a pool sentence by a chain of mutations.
type Case = Vec<(usize, Vec<Mutation>)>;

fn case() -> impl Strategy<Value = Case> {
    prop::collection::vec(
        (any::<usize>(), prop::collection::vec(mutation(), 0..5)),
        1..5,
    )
}

fn run_case(case: &Case) -> Result<(), TestCaseError> {
    let pool = sentences();
    let texts: Vec<String> = case
        .iter()
        .map(|(i, ms)| {
            ms.iter()
                .fold(pool[i % pool.len()].clone(), |s, m| apply(&s, m, pool))
        })
        .collect();
    let (last, before) = texts
        .split_last()
        .expect("a case has at least one sentence");
    let mut at = 1_700_000_000_000;
    let context: Vec<_> = before
        .iter()
        .enumerate()
        .map(|(k, t)| {
            at += 45_000;
            if k % 2 == 0 {
                customer(t, at)
            } else {
                agent(t, at)
            }
        })
        .collect();
    let mut conversation = Conversation::new();
    for m in &context {
        conversation.push(m.clone());
    }
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_all(&mut conversation, last, at + 45_000)
    }));
    let broken = match outcome {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(what)) => what,
        Err(_) => "panicked".to_string(),
    };
    let line = serde_json::json!({ "context": context, "text": last });
    Err(TestCaseError::fail(format!(
        "{broken}; add to tests/data/regressions/cases.jsonl:\n{line}"
    )))
}

/// How many cases: `DEFUSE_FUZZ_CASES`, else a few thousand.
fn cases() -> u32 {
    std::env::var("DEFUSE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.replace('_', "").parse().ok())
        .unwrap_or(3_000)
}

#[test]
fn mutated_real_sentences_keep_the_invariants() {
    let config = RunnerConfig {
        cases: cases(),
        // Shrinking replays the case many times; the default cap is plenty.
        failure_persistence: None,
        ..RunnerConfig::default()
    };
    let mut runner = TestRunner::new(config);
    if let Err(e) = runner.run(&case(), |c| run_case(&c)) {
        panic!("{e}");
    }
    eprintln!("{} fuzz cases kept the invariants", cases());
}

#[test]
fn mutations_do_what_they_say() {
    let pool = vec!["tail".to_string()];
    let s = "my package never came";
    assert_eq!(apply(s, &Mutation::Cut { at: 2 }, &pool), "my package");
    assert_eq!(
        apply(s, &Mutation::Repeat { at: 1 }, &pool),
        "my package package never came"
    );
    assert_eq!(
        apply(s, &Mutation::Swap { a: 0, b: 3 }, &pool),
        "came package never my"
    );
    assert_eq!(
        apply(s, &Mutation::Insert { at: 2, phrase: 0 }, &pool),
        "my package never showed up never came"
    );
    assert_eq!(
        apply(s, &Mutation::Case { how: 0 }, &pool),
        "MY PACKAGE NEVER CAME"
    );
    assert_eq!(
        apply(s, &Mutation::Case { how: 2 }, &pool),
        "My Package Never Came"
    );
    assert_eq!(
        apply(s, &Mutation::Punctuate { at: 0, mark: 1 }, &pool),
        "my package never came???"
    );
    assert_eq!(
        apply(s, &Mutation::Join { other: 0 }, &pool),
        "my package never came tail"
    );
}

/// Every crash the fuzz or a user ever found, replayed as it was found.
#[test]
fn regressions_stay_fixed() {
    #[derive(serde::Deserialize)]
    struct Case {
        #[serde(default)]
        context: Vec<defuse_core::Message>,
        text: String,
    }
    let file = include_str!("../../data/regressions/cases.jsonl");
    let mut n = 0;
    for (i, line) in file.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let case: Case = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("cases.jsonl line {}: {e}", i + 1));
        let mut conversation = Conversation::new();
        for m in case.context {
            conversation.push(m);
        }
        if let Err(what) = check_all(&mut conversation, &case.text, 1_800_000_000_000) {
            panic!("cases.jsonl line {}: {what}: {:?}", i + 1, case.text);
        }
        n += 1;
    }
    assert!(n > 0, "cases.jsonl holds no cases");
}
