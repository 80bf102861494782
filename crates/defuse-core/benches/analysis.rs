//! Speed of the analysis, in one criterion run:
//!
//! - `message/defuse` vs `message/vader`: [`analyze`] and VADER's `polarity_scores` over the
//!   same representative support messages (time per pass over the whole set);
//! - `push/10` vs `push/10000`: adding the next customer message to a conversation that
//!   already holds 10 or 10,000 messages. The setup clones a prepared conversation, so only
//!   the push is timed; the issue asks for the 10,000th push within 1.5x of the 10th.
//!   `push/10000-with-room` is the same push once the turn list has spare capacity.
//!   `push/10000-live` times consecutive pushes onto one conversation that already holds
//!   10,000 messages, as a live conversation sees them: no freshly cloned 10,000-turn heap
//!   under each timed push (a clone makes the push's own allocations land on cold memory).
//!
//! Run: `cargo bench -p defuse-core --bench analysis`.
//!
//! For instruction counts, `DEFUSE_PASSES=<n> [DEFUSE_ANALYZER=vader]` makes the binary skip
//! criterion and just run `n` passes over the messages, so that under
//! `valgrind --tool=callgrind` the difference between two pass counts, divided by the extra
//! messages, is the instructions per message (start-up and first-use tables cancel out).
//! `DEFUSE_ANALYZER=push:<m>` instead pushes `n` customer messages onto a conversation that
//! already holds `m`: the same difference is the instructions per push at that length.

use std::hint::black_box;

use criterion::{criterion_group, BatchSize, Criterion};
use defuse_core::{analyze, Conversation, Message, Millis, Role};
use vader_sentiment::SentimentIntensityAnalyzer;

/// Messages of the kinds a support agent sees, written for this benchmark.
const MESSAGES: [&str; 12] = [
    "Hi, my order #48213 hasn't arrived yet, can you check where it is?",
    "This is the THIRD time I'm asking!!! Where is my refund???",
    "Honestly your service is a joke. I want to cancel my subscription today.",
    "Great, another bug. Exactly what I needed before my presentation.",
    "Let me speak to your manager, I'm done talking to a bot.",
    "I've been waiting three weeks for a replacement and nobody answers my emails",
    "Thank you so much, that fixed it! You've been really helpful 🙏",
    "If this isn't sorted by Friday I will dispute the charge with my bank and post a review.",
    "ok",
    "The app keeps crashing when I open settings, I already reinstalled it twice.",
    "Not bad, but the delivery was late again and the box was damaged 😡",
    "please refund me NOW, this is absolutely unacceptable",
];

fn message(c: &mut Criterion) {
    let vader = SentimentIntensityAnalyzer::new();
    let mut group = c.benchmark_group("message");
    group.bench_function("defuse", |b| {
        b.iter(|| {
            for m in MESSAGES {
                black_box(analyze(black_box(m)));
            }
        })
    });
    group.bench_function("vader", |b| {
        b.iter(|| {
            for m in MESSAGES {
                black_box(vader.polarity_scores(black_box(m)));
            }
        })
    });
    group.finish();
}

/// A conversation of `n` messages, customer and agent alternating, one a minute.
fn conversation(n: usize) -> Conversation {
    let mut conversation = Conversation::new();
    for i in 0..n {
        let role = if i % 2 == 0 {
            Role::Customer
        } else {
            Role::Agent
        };
        let text = match role {
            Role::Customer => MESSAGES[i % MESSAGES.len()],
            Role::Agent => "Sorry about that, I understand. I'll check it and reply by 3pm.",
        };
        conversation.push(Message {
            role,
            text: text.to_string(),
            at: Some(Millis(60_000 * i as i64)),
        });
    }
    conversation
}

fn push(c: &mut Criterion) {
    let next = Message {
        role: Role::Customer,
        text: MESSAGES[1].to_string(),
        at: Some(Millis(1 << 40)),
    };
    let mut group = c.benchmark_group("push");
    for n in [10, 10_000] {
        let prepared = conversation(n);
        group.bench_function(n.to_string(), |b| {
            b.iter_batched(
                || (prepared.clone(), next.clone()),
                |(mut conversation, message)| {
                    conversation.push(message);
                    conversation
                },
                BatchSize::LargeInput,
            )
        });
    }
    // A clone's turn list has no spare capacity, so the timed push above also reallocates and
    // moves all 10,000 turns: a cost of the clone, not of the conversation (a live one grows
    // by doubling). Pushing once more in the setup leaves room, isolating the push itself.
    let prepared = conversation(10_000);
    group.bench_function("10000-with-room", |b| {
        b.iter_batched(
            || {
                let mut conversation = prepared.clone();
                conversation.push(next.clone());
                (conversation, next.clone())
            },
            |(mut conversation, message)| {
                conversation.push(message);
                conversation
            },
            BatchSize::LargeInput,
        )
    });
    // One clone per sample, outside the timing; the sample's pushes then go onto it one after
    // another (it holds 10,000 messages and more, which costs the same: windows are bounded).
    group.bench_function("10000-live", |b| {
        b.iter_custom(|iters| {
            let mut conversation = prepared.clone();
            conversation.push(next.clone());
            let messages: Vec<Message> = (0..iters).map(|_| next.clone()).collect();
            // The benchmark is an edge, like criterion itself: it may read the clock.
            #[allow(clippy::disallowed_methods)]
            let start = std::time::Instant::now();
            for message in messages {
                conversation.push(message);
            }
            let elapsed = start.elapsed();
            black_box(conversation);
            elapsed
        })
    });
    group.finish();
}

/// `n` pushes of the next customer message onto a conversation of `held` messages.
fn pushes(n: usize, held: usize) {
    let mut conversation = conversation(held);
    for i in 0..n {
        conversation.push(Message {
            role: Role::Customer,
            text: MESSAGES[1].to_string(),
            at: Some(Millis((1 << 40) + 60_000 * i as i64)),
        });
    }
    black_box(conversation);
}

/// `n` passes of one analyzer over [`MESSAGES`], for counting instructions.
fn passes(n: usize, vader: bool) {
    let analyzer = SentimentIntensityAnalyzer::new();
    for _ in 0..n {
        for m in MESSAGES {
            if vader {
                black_box(analyzer.polarity_scores(black_box(m)));
            } else {
                black_box(analyze(black_box(m)));
            }
        }
    }
}

criterion_group!(benches, message, push);

fn main() {
    if let Some(n) = std::env::var("DEFUSE_PASSES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        let analyzer = std::env::var("DEFUSE_ANALYZER").unwrap_or_default();
        match analyzer.strip_prefix("push:").and_then(|m| m.parse().ok()) {
            Some(held) => pushes(n, held),
            None => passes(n, analyzer == "vader"),
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
