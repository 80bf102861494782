//! Property tests: the playbook never panics, whatever the customer, the agent or the
//! draft says, and its output keeps its invariants.

use defuse_core::playbook::{advise, coach, mirror_sentence, Config};
use defuse_core::{Conversation, Message, Millis, Role};
use proptest::prelude::*;

/// Words the rules react to, so generated sentences reach the rewriter's branches.
const VOCAB: &[&str] = &[
    "I", "i", "my", "me", "you", "your", "you're", "we", "our", "us", "why", "where", "when",
    "what", "how", "come", "is", "was", "did", "does", "hasn't", "didn't", "can't", "dont",
    "never", "nobody", "no", "one", "still", "waiting", "order", "refund", "came", "answers",
    "emails", "and", "but", ",", "?", "!!!", "damn", "it", "the", "app", "crashed", "been",
    "ignoring", "replied", "to", "guys", "#A-12", "😡", "MY", "NEVER", "going", "on", "with",
    "nothing", "I'm", "happy", "not", "’", "sorry", "as", "said", "soon", "policy", "calm", "down",
    "RMA", "within", "the", "hour", "I'll", "get", "back",
];

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(VOCAB), 0..14).prop_map(|w| w.join(" ")),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn mirroring_never_panics_and_never_keeps_first_person(s in sentence()) {
        if let Some(m) = mirror_sentence(&s) {
            prop_assert!(!m.is_empty());
            for w in m.split(' ') {
                prop_assert!(!matches!(w, "I" | "i" | "me" | "my" | "mine"), "{s:?} -> {m:?}");
            }
        }
    }

    #[test]
    fn advice_and_coach_keep_their_invariants(
        lines in prop::collection::vec((any::<bool>(), sentence(), 0i64..600_000), 0..8),
        draft in sentence(),
        now in prop::option::of(0i64..10_000_000),
    ) {
        let mut c = Conversation::new();
        let mut at = 0;
        for (customer, text, gap) in lines {
            at += gap;
            c.push(Message {
                role: if customer { Role::Customer } else { Role::Agent },
                text,
                at: Some(Millis(at)),
            });
        }
        let config = Config::default();
        let advice = advise(&c, &config, now.map(Millis));
        prop_assert_eq!(advice.replies.len(), 3);
        prop_assert_eq!(advice.replies[0].technique, advice.technique);
        prop_assert!(!advice.why.is_empty());
        let feedback = coach(&draft, &c, &config);
        for f in &feedback.flags {
            prop_assert!(f.span.start <= f.span.end && f.span.end <= draft.len());
            prop_assert!(draft.is_char_boundary(f.span.start) && draft.is_char_boundary(f.span.end));
            prop_assert!(!f.rewrite.is_empty());
        }
    }
}
