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

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
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

fn playbook(c: &mut Criterion) {
    let config = Config::from_json(r#"{"remedies": ["replacement", "credit"]}"#)
        .expect("bench config is valid");
    let conversation = conversation(50);
    assert_eq!(conversation.turns().len(), 50);
    let now = Some(Millis(1_700_000_000_000 + 20_000 * 51));
    let draft =
        "As I said, the replacement will ship soon. It's our policy to wait for the courier.";
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

criterion_group!(benches, playbook);
criterion_main!(benches);
