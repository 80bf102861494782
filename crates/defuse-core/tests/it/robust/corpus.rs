//! Every text in `../shared/data` (all sets, all splits) through `analyze`, `advise` (as a
//! customer message alone, and appended to a running conversation) and `coach` (as the
//! agent's draft). A panic or a broken invariant on any text fails the test, naming the
//! file, the text and what broke; all failures are collected before failing, so one run
//! shows them all. Skips, saying so, without `../shared`.

use std::panic::{catch_unwind, AssertUnwindSafe};

use defuse_core::Conversation;

use super::invariants::{agent, check_all};
use super::texts::{data_dir, sources};

/// A running conversation is restarted after this many messages, so `advise` sees short
/// and long threads without the test's cost growing with the file.
const THREAD_LEN: usize = 12;

#[test]
fn every_text_in_the_datasets_is_read_without_panicking() {
    let Some(dir) = data_dir() else {
        eprintln!("skipped: ../shared/data is not beside this checkout (or set DEFUSE_DATA)");
        return;
    };
    let mut failures = Vec::new();
    let mut total = 0;
    for source in sources(&dir) {
        let mut conversation = Conversation::new();
        let mut in_thread = 0;
        let mut previous = String::new();
        for (i, text) in source.texts.iter().enumerate() {
            total += 1;
            let at = 1_700_000_000_000 + 30_000 * i as i64;
            if in_thread >= THREAD_LEN {
                conversation = Conversation::new();
                in_thread = 0;
            }
            // Every fourth message, the text before answers as the agent, so the thread
            // mixes both roles the way real ones do.
            if i % 4 == 3 {
                conversation.push(agent(&previous, at - 1_000));
                in_thread += 1;
            }
            let outcome = catch_unwind(AssertUnwindSafe(|| check_all(&mut conversation, text, at)));
            let broken = match outcome {
                Ok(Ok(())) => None,
                Ok(Err(invariant)) => Some(invariant),
                Err(_) => {
                    // The conversation may be half-updated; start a fresh one.
                    conversation = Conversation::new();
                    in_thread = 0;
                    Some("panicked".to_string())
                }
            };
            if let Some(what) = broken {
                failures.push(format!("{} #{i}: {what}: {text:?}", source.name));
            }
            in_thread += 1;
            previous.clone_from(text);
        }
    }
    assert!(total > 0, "no texts found under {}", dir.display());
    assert!(
        failures.is_empty(),
        "{} of {total} texts broke the core (add each to tests/data/regressions/cases.jsonl):\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    eprintln!("{total} texts read without a panic or a broken invariant");
}
