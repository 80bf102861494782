//! The playbook engine: the next technique and why, the conversation's stage, ready replies
//! that mirror the customer, site-owner configuration, and the draft coach.
//!
//! Everything here reads a [`Conversation`] and a [`Config`] and returns plain data; time is
//! an input (`now`), so the same conversation always gets the same advice.

mod coach;
mod compose;
mod config;
mod evidence;
mod issue;
mod issue_words;
mod library;
mod mirror;
mod next;
mod reply;
mod sector;
mod situation;
mod subject;
mod topic;
mod wants;

use serde::{Deserialize, Serialize};

use crate::conversation::{Conversation, Millis, Role, Turn};
use crate::span::Span;
use crate::technique::Technique;
use crate::text::Search;

pub use coach::{coach, DraftFlagKind};
pub use config::{
    field_path, Config, ConfigError, ConfiguredRemedy, CustomRemedy, Remedy, Tone, PLACEHOLDERS,
};
pub use issue::{classify_issue, model_words};
pub use sector::{detail_to_ask, Sector};
pub use situation::{Channel, Detail, Facet, Fault, IssueType, Request, Situation};
pub use topic::Topic;
pub use wants::{Note, Question, Want};

/// Where the conversation is, in the Identify / Guide / Act / Review cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Finding out what is wrong and how the customer feels.
    Identify,
    /// Engaged: acknowledging, asking, steering towards a fix.
    Guide,
    /// Fixing: a proposal, a remedy or a handover.
    Act,
    /// Wrapping up: confirming, thanking, asking for feedback.
    Review,
}

/// One ready reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The technique the reply uses.
    pub technique: Technique,
    /// The complete reply text, ready to insert.
    pub text: String,
}

/// Whether a promised follow-up was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpStatus {
    /// Not due yet.
    Pending,
    /// The agent wrote again in time.
    Kept,
    /// The agent wrote again, but after the promised time.
    Late,
    /// Past due and the agent has not written since.
    Overdue,
}

/// A follow-up the agent promised in the conversation ("I'll get back to you within the
/// hour").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// The promise as words ("within the hour").
    pub promised: String,
    /// When it falls due.
    pub due: Millis,
    /// Whether it was kept, as of `now`.
    pub status: FollowUpStatus,
}

/// What to do next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advice {
    /// The technique to use now.
    pub technique: Technique,
    /// Why, in one line ("anger rising, no apology yet -> apologize and acknowledge").
    pub why: String,
    /// The conversation's stage.
    pub stage: Stage,
    /// Exactly three ready replies, three ways to use `technique`: a short chat line, a
    /// fuller and warmer one, and one with the concrete next step.
    pub replies: Vec<Reply>,
    /// What the conversation shows: issue, known and missing details, fault, channel, what
    /// the customer asked for. The replies are composed from it.
    pub situation: Situation,
    /// What the conversation is about, if known.
    pub topic: Option<Topic>,
    /// The customer's main complaint restated in the agent's voice, only when it reads as a
    /// clean statement (no slang, insult, accusation or dangling words).
    pub mirrored: Option<String>,
    /// The latest follow-up the agent promised, and whether it was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<FollowUp>,
}

/// The agent's draft, judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftFeedback {
    /// The whole draft's verdict.
    pub verdict: Verdict,
    /// What to change, in text order.
    pub flags: Vec<DraftFlag>,
}

/// How a draft is likely to land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Nothing to change.
    Ok,
    /// Fine, but could be warmer or more specific.
    CouldBeWarmer,
    /// Likely to make things worse.
    LikelyToEscalate,
}

/// One problem in a draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftFlag {
    /// What kind of problem.
    pub kind: DraftFlagKind,
    /// The words at fault; empty at 0 for whole-draft flags (a missing apology).
    #[serde(flatten)]
    pub span: Span,
    /// Why it tends to escalate.
    pub reason: String,
    /// A calmer wording.
    pub rewrite: String,
}

/// Our last reply and the latest message cut to its new ask, when that message tells a fix
/// with thanks and goes on to ask something new ("that did it, thanks. can you send me a
/// spare charger?", see `evidence::solved_then`): the old case is closed, so the ask is
/// read on its own, led by thanks for the fix (`compose::Scene::fixed_then_asked`).
fn fixed_then_asked(conversation: &Conversation, config: &Config) -> Option<Conversation> {
    let turns = conversation.turns();
    let last = turns.last().filter(|t| t.role == Role::Customer)?;
    let agent = turns.iter().rfind(|t| t.role == Role::Agent)?;
    let rest = evidence::solved_then(&last.text)?;
    let mut asked = Conversation::new();
    asked.set_public(config.public_channel);
    // Their times kept: a wait or a promised update still counts.
    for (turn, text) in [(agent, agent.text.as_str()), (last, rest)] {
        asked.push(crate::conversation::Message {
            role: turn.role,
            text: text.into(),
            at: turn.at,
        });
    }
    Some(asked)
}

/// How many recent turns the advice reads: bounded, so advice on message 10,000 costs what
/// it costs on message 10.
const RECENT_TURNS: usize = 20;
/// How many opening turns are searched for the customer's name.
const OPENING_TURNS: usize = 10;

/// The next technique, why, the stage and three ready replies for the conversation so far.
pub fn advise(conversation: &Conversation, config: &Config, now: Option<Millis>) -> Advice {
    let fixed = fixed_then_asked(conversation, config);
    let conversation = fixed.as_ref().unwrap_or(conversation);
    let turns = conversation.turns();
    let state = conversation.state();
    let recent = &turns[turns.len().saturating_sub(RECENT_TURNS)..];
    let last_agent = recent.iter().rposition(|t| t.role == Role::Agent);
    let fresh = &recent[last_agent.map_or(0, |i| i + 1)..];

    let customer_texts = || customer(recent).map(|t| t.text.as_str());
    let topic = topic::detect_topic(customer_texts());
    let mirrored = mirror_recent(recent).filter(|m| mirror::reads_cleanly(m));
    let opening = &turns[..turns.len().min(OPENING_TURNS)];
    let name = topic::detect_name(
        customer(opening)
            .chain(customer(
                &turns[turns.len().saturating_sub(RECENT_TURNS).max(opening.len())..],
            ))
            .map(|t| t.text.as_str()),
    );
    let follow_up = next::follow_up(recent, now);
    let mut situation = situation::read(recent, config.public_channel);
    let texts: Vec<String> = customer(recent).map(|t| situation::fold(&t.text)).collect();
    let seed = texts.iter().fold(crate::lexicon::fnv("defuse"), |h, t| {
        h.rotate_left(7) ^ crate::lexicon::fnv(t)
    });
    let raw: Vec<&str> = customer(recent)
        .filter(|t| t.readable())
        .map(|t| t.text.as_str())
        .collect();
    let (names, own_name) = subject::names(&situation, &texts, &raw, seed);
    situation.names = names;

    let facts = next::Facts {
        state,
        fresh,
        recent,
        now,
        situation: &situation,
        mirrored: mirrored.is_some(),
        follow_up: follow_up.as_ref(),
    };
    let (technique, why) = next::choose(&facts, config);
    let stage = stage(state, technique);

    let agent_said: Vec<String> = recent
        .iter()
        .filter(|t| t.role == Role::Agent)
        .map(|t| crate::case::lowercase(&t.text).replace_str("\u{2019}", "'"))
        .collect();
    let replies = if config
        .templates_for(technique)
        .is_some_and(|t| !t.is_empty())
    {
        // The site owner's own templates win.
        let fill = reply::Fill {
            name: name.as_deref(),
            topic,
            mirrored: mirrored.as_deref(),
            agent_said: &agent_said,
            seed: turns.len(),
        };
        reply::replies(technique, config, &fill)
    } else {
        let remedy = reply::pick_remedy(&config.remedies, topic).map(|r| r.offer());
        let solved = customer(fresh)
            .last()
            .is_some_and(|t| evidence::says_solved(&situation::fold(&t.text)));
        // In a thread, a direct ask too ("Can you still get it to me before Christmas?"):
        // what the agent checks (see `compose::Scene::action`).
        // A misread question ("I asked whether the class is on") is the latest one asked.
        let asked_as = situation::to_brand(&raw)
            .filter(|_| technique == Technique::Answer || state.agent_messages > 0)
            .and_then(|t| mirror::asked(t))
            .or_else(|| {
                (technique == Technique::Clarify)
                    .then(|| raw.iter().rev().find_map(|t| mirror::asked(t)))
                    .flatten()
            });
        let scene = compose::Scene {
            technique,
            situation: &situation,
            name: name.as_deref(),
            // A restated clause reads as a person only in a chat; on a public post it reads
            // as a bot repeating the customer.
            mirrored: mirrored.as_deref().filter(|_| !config.public_channel),
            clause: mirrored.as_deref().filter(|m| mirror::names_problem(m)),
            config,
            seed,
            agent_has_written: state.agent_messages > 0,
            texts: &texts,
            remedy,
            solved,
            fixed_then_asked: fixed.is_some(),
            agent_said: &agent_said,
            asked: state.used(Technique::Ask) || state.used(Technique::TakePrivate),
            own_name,
            mood: customer(recent)
                .last()
                .and_then(|t| t.analysis.as_ref())
                .map_or(compose::Mood::Calm, compose::mood),
            asked_as: asked_as.as_deref(),
        };
        compose::compose(&scene)
            .into_iter()
            .map(|text| Reply { technique, text })
            .collect()
    };
    Advice {
        technique,
        why,
        stage,
        replies,
        situation,
        topic,
        mirrored,
        follow_up,
    }
}

/// Restates a single complaint sentence the way the replies would (exposed for tests and
/// for hosts that want to show "what we heard").
pub fn mirror_sentence(text: &str) -> Option<String> {
    mirror::mirror(std::iter::once((text, None)))
}

fn customer(turns: &[Turn]) -> impl Iterator<Item = &Turn> {
    turns.iter().filter(|t| t.role == Role::Customer)
}

fn mirror_recent(recent: &[Turn]) -> Option<String> {
    // Never mirror words Defuse could not read (a message in another language).
    mirror::mirror(
        customer(recent)
            .filter(|t| t.readable())
            .map(|t| (t.text.as_str(), t.analysis.as_ref())),
    )
}

/// The mirrored complaint of the customer messages the agent is answering now (those since
/// the agent last wrote; the draft coach runs per keystroke, so it reads no further back).
pub(crate) fn context_mirror(conversation: &Conversation) -> Option<String> {
    let turns = conversation.turns();
    let recent = &turns[turns.len().saturating_sub(RECENT_TURNS)..];
    let fresh = &recent[recent
        .iter()
        .rposition(|t| t.role == Role::Agent)
        .map_or(0, |i| i + 1)..];
    mirror_recent(fresh)
}

/// The stage, from what the agent has done so far and what comes next.
fn stage(state: &crate::conversation::State, next: Technique) -> Stage {
    use Technique as T;
    match next {
        T::ThankAndClose | T::InviteFeedback => Stage::Review,
        T::Propose | T::OfferRemedy | T::Escalate => Stage::Act,
        _ if state.used(T::Propose) || state.used(T::OfferRemedy) => Stage::Act,
        _ if [
            T::Acknowledge,
            T::Apologize,
            T::Ask,
            T::Clarify,
            T::SetBoundary,
        ]
        .iter()
        .any(|&t| state.used(t)) =>
        {
            Stage::Guide
        }
        T::Clarify | T::SetBoundary | T::TakePrivate if state.agent_messages > 0 => Stage::Guide,
        _ => Stage::Identify,
    }
}
