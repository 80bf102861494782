//! The `defuse` binary as a shell user runs it: piped into a reader that stops early, and
//! given bad input.

use std::io::Write;
use std::process::{Command, Stdio};

/// A transcript long enough that `defuse analyze` writes well past a pipe's buffer.
fn long_transcript() -> String {
    let turn = r#"{"role": "customer", "text": "My package never showed up and nobody answers my emails. This is the third time I am asking!"}"#;
    vec![turn; 400].join("\n")
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // `defuse analyze - | head -1`: the reader closes the pipe before the output ends.
    let mut child = Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(["analyze", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("defuse starts");
    drop(child.stdout.take());
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(long_transcript().as_bytes())
        .expect("defuse reads the transcript");
    let out = child.wait_with_output().expect("defuse finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {stderr}",
        out.status
    );
    assert!(stderr.is_empty(), "stderr: {stderr}");
}

#[test]
fn bad_input_fails_with_a_message_naming_the_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(["analyze", "no-such-transcript.json"])
        .output()
        .expect("defuse runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.starts_with("Error: ") && stderr.contains("no-such-transcript.json"),
        "stderr: {stderr}"
    );
}
