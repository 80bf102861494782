//! Speed of the playbook, in one criterion run, next to the per-message analysis it builds on:
//!
//! - `playbook/advise_50`: [`advise`] (next technique, why, stage, three replies, mirroring,
//!   name and topic) on a 50-message conversation;
//! - `playbook/coach_50`: [`coach`] on a typical draft against the same conversation (what
//!   the sidebar runs on each keystroke);
//! - `playbook/advise_and_coach_50`: both, what one sidebar update costs;
//! - `playbook/analyze_one`: [`analyze`] on one customer message, for comparison.
//!
//! Run: `cargo bench -p defuse-core --bench playbook`.
//!
//! For instruction counts (steady on a loaded machine, where times are not),
//! `DEFUSE_PASSES=<n> DEFUSE_RUN=advise|coach` skips criterion and runs `advise` or `coach`
//! `n` times on the same conversation: under `valgrind --tool=callgrind`, the difference
//! between two pass counts divided by the extra passes is the instructions per call (set-up
//! and first-use tables cancel out), and the profile says where they go.

use std::hint::black_box;

use criterion::{criterion_group, Criterion};
use defuse_core::playbook::{advise, coach, Config};
use defuse_core::{analyze, Conversation, Message, Millis, Role};

/// Customer lines of a support chat that escalates and then calms, written for this bench.
const CUSTOMER: [&str; 10] = [
    "Hi, I'm Dana. My order #A-1234 never came and nobody answers my emails.",
    "It's been two weeks. Where is my parcel?",
    "I already told you the order number, it's A-1234!!!",
    "This is ridiculous, I'm going to cancel and post a review.",
    "Why was I charged for express shipping then?",
    "ok, so when will the replacement arrive?",
    "Fine. Please make sure it actually ships this time.",
    "ok thanks",
    "that works for me",
    "appreciate it, thank you",
];

/// Agent lines answering them.
const AGENT: [&str; 10] = [
    "Hi Dana, I'm sorry about that. Could you confirm the order number?",
    "I understand, let me check with the courier.",
    "Sorry for asking twice. I can see order A-1234 now.",
    "I completely understand. I'd like to put this right for you.",
    "You're right, you paid for express. I'll refund the shipping today.",
    "The replacement ships today and I'll update you within the hour.",
    "It will, I've flagged it as a priority.",
    "Thanks for bearing with me.",
    "Great, I'll check back within the hour.",
    "You're welcome!",
];

fn conversation(n: usize) -> Conversation {
    let mut conversation = Conversation::new();
    for i in 0..n {
        let (role, text) = if i % 2 == 0 {
            (Role::Customer, CUSTOMER[(i / 2) % CUSTOMER.len()])
        } else {
            (Role::Agent, AGENT[(i / 2) % AGENT.len()])
        };
        conversation.push(Message {
            role,
            text: text.to_string(),
            at: Some(Millis(1_700_000_000_000 + 20_000 * i as i64)),
        });
    }
    conversation
}

/// The configuration every run uses.
fn config() -> Config {
    Config::from_json(r#"{"remedies": ["replacement", "credit"]}"#).expect("bench config is valid")
}

/// The time the advice is asked at: just after the conversation's last message.
const NOW: Option<Millis> = Some(Millis(1_700_000_000_000 + 20_000 * 51));

/// A typical draft, with a few phrases the coach flags.
const DRAFT: &str =
    "As I said, the replacement will ship soon. It's our policy to wait for the courier.";

fn playbook(c: &mut Criterion) {
    let config = config();
    let conversation = conversation(50);
    assert_eq!(conversation.turns().len(), 50);
    let (now, draft) = (NOW, DRAFT);
    let mut group = c.benchmark_group("playbook");
    group.bench_function("advise_50", |b| {
        b.iter(|| black_box(advise(black_box(&conversation), &config, now)))
    });
    group.bench_function("coach_50", |b| {
        b.iter(|| black_box(coach(black_box(draft), &conversation, &config)))
    });
    group.bench_function("advise_and_coach_50", |b| {
        b.iter(|| {
            black_box(advise(black_box(&conversation), &config, now));
            black_box(coach(black_box(draft), &conversation, &config))
        })
    });
    group.bench_function("analyze_one", |b| {
        b.iter(|| black_box(analyze(black_box(CUSTOMER[0]))))
    });
    group.finish();
}

/// `n` calls of `advise` (or of `coach`, when `coach`) on the 50-message conversation, for
/// counting instructions.
fn passes(n: usize, coach_only: bool) {
    let config = config();
    let conversation = conversation(50);
    for _ in 0..n {
        if coach_only {
            black_box(coach(black_box(DRAFT), &conversation, &config));
        } else {
            black_box(advise(black_box(&conversation), &config, NOW));
        }
    }
}

criterion_group!(benches, playbook);

fn main() {
    if let Some(n) = std::env::var("DEFUSE_PASSES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        passes(n, std::env::var("DEFUSE_RUN").as_deref() == Ok("coach"));
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
