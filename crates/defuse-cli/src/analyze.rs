//! `defuse analyze`: each message's signals with the triggering words highlighted, the
//! conversation's state, and what to do next.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use defuse_core::playbook::{advise, Advice, Config};
use defuse_core::{Conversation, Role, Signal, State, Turn};
use serde::Serialize;

use crate::transcript;

/// Arguments of `defuse analyze`.
#[derive(clap::Args)]
pub struct Args {
    /// Transcript: a JSON array or JSON lines of {"role", "text", "at"}; `-` reads stdin.
    file: PathBuf,
    /// Site-owner configuration (JSON: brand, remedies, follow-up time, tone, templates).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// Reads a site-owner configuration file, or the defaults when none is given.
pub fn read_config(path: Option<&std::path::Path>) -> anyhow::Result<Config> {
    let Some(path) = path else {
        return Ok(Config::default());
    };
    let json = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read config", path.display()))?;
    Config::from_json(&json).with_context(|| format!("{}: invalid config", path.display()))
}

/// One message in `--json` output.
#[derive(Serialize)]
struct MessageOut<'a> {
    role: Role,
    text: &'a str,
    signals: &'a [Signal],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    techniques: &'a [defuse_core::TechniqueUse],
    level: u8,
    band: defuse_core::Band,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentiment: Option<f32>,
}

#[derive(Serialize)]
struct Output<'a> {
    messages: Vec<MessageOut<'a>>,
    state: &'a State,
    advice: &'a Advice,
}

/// Runs `defuse analyze`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let config = read_config(args.config.as_deref())?;
    let messages = transcript::read(&args.file)?;
    // "Now" is the last timestamp in the transcript, so the output is reproducible.
    let now = messages.iter().filter_map(|m| m.at).max();
    let mut conversation = Conversation::new();
    conversation.set_public(config.public_channel);
    for message in messages {
        conversation.push(message);
    }
    let advice = advise(&conversation, &config, now);
    let mut out = std::io::stdout().lock();
    if args.json {
        let output = Output {
            messages: conversation.turns().iter().map(message_out).collect(),
            state: conversation.state(),
            advice: &advice,
        };
        serde_json::to_writer_pretty(&mut out, &output)?;
        writeln!(out)?;
    } else {
        let color = std::io::stdout().is_terminal();
        for (i, turn) in conversation.turns().iter().enumerate() {
            print_turn(&mut out, i + 1, turn, color)?;
        }
        print_state(&mut out, conversation.state())?;
        print_advice(&mut out, &advice)?;
    }
    Ok(())
}

fn message_out(turn: &Turn) -> MessageOut<'_> {
    MessageOut {
        role: turn.role,
        text: &turn.text,
        signals: turn.analysis.as_ref().map_or(&[], |a| &a.signals),
        techniques: &turn.techniques,
        level: turn.level,
        band: defuse_core::Band::of(turn.level),
        sentiment: turn.analysis.as_ref().map(|a| a.sentiment),
    }
}

fn print_turn(out: &mut impl Write, n: usize, turn: &Turn, color: bool) -> std::io::Result<()> {
    let band = defuse_core::Band::of(turn.level);
    let who = match turn.role {
        Role::Customer => "customer",
        Role::Agent => "agent",
    };
    writeln!(
        out,
        "#{n} {who:<8} level {:>3} ({})",
        turn.level,
        band.label()
    )?;
    let spans: Vec<(usize, usize)> = match &turn.analysis {
        Some(a) => a
            .signals
            .iter()
            .filter(|s| !s.span.is_empty())
            .map(|s| (s.span.start, s.span.end))
            .collect(),
        None => turn
            .techniques
            .iter()
            .map(|u| (u.span.start, u.span.end))
            .collect(),
    };
    writeln!(out, "  {}", highlight(&turn.text, &spans, color))?;
    if let Some(a) = &turn.analysis {
        if !a.signals.is_empty() {
            let list: Vec<String> = a
                .signals
                .iter()
                .map(|s| format!("{} \"{}\"", s.kind.label(), s.span.slice(&turn.text)))
                .collect();
            writeln!(out, "  signals: {}", list.join(" · "))?;
        }
        writeln!(out, "  sentiment {:+.2}, heat {:.0}", a.sentiment, a.heat)?;
    }
    if !turn.techniques.is_empty() {
        let list: Vec<String> = turn
            .techniques
            .iter()
            .map(|u| format!("{} \"{}\"", u.technique.label(), u.span.slice(&turn.text)))
            .collect();
        writeln!(out, "  techniques: {}", list.join(" · "))?;
    }
    if turn.repeats_question {
        writeln!(out, "  repeats an earlier question")?;
    }
    Ok(())
}

/// The text with the given byte ranges marked: ANSI bold red on a terminal, `[...]` otherwise.
/// Overlapping ranges are merged so markers never nest or split a character.
fn highlight(text: &str, spans: &[(usize, usize)], color: bool) -> String {
    let mut spans: Vec<(usize, usize)> = spans.to_vec();
    spans.sort();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let (open, close) = if color {
        ("\x1b[1;31m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut out = String::with_capacity(text.len() + merged.len() * 8);
    let mut at = 0;
    for (s, e) in merged {
        out.push_str(&text[at..s]);
        out.push_str(open);
        out.push_str(&text[s..e]);
        out.push_str(close);
        at = e;
    }
    out.push_str(&text[at..]);
    out.replace('\n', "\n  ")
}

fn print_state(out: &mut impl Write, s: &State) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "conversation: level {} ({}), trend {:?}, peak {}",
        s.level,
        s.band.label(),
        s.trend,
        s.peak
    )?;
    writeln!(
        out,
        "  customer messages {}, agent messages {}, unanswered {}",
        s.customer_messages, s.agent_messages, s.unanswered
    )?;
    if let Some(b) = s.venting {
        writeln!(out, "  venting: {} messages in a row", b.messages)?;
    }
    if s.repeated_questions > 0 {
        writeln!(out, "  repeated questions: {}", s.repeated_questions)?;
    }
    if s.abuse_count > 0 {
        writeln!(out, "  abusive messages: {}", s.abuse_count)?;
    }
    if s.recovering {
        writeln!(out, "  recovering after the last reply")?;
    }
    if !s.cues_seen.is_empty() {
        let cues: Vec<&str> = s.cues_seen.iter().map(|k| k.label()).collect();
        writeln!(out, "  cues seen: {}", cues.join(", "))?;
    }
    if !s.techniques_used.is_empty() {
        let used: Vec<&str> = s.techniques_used.iter().map(|t| t.label()).collect();
        writeln!(out, "  techniques used: {}", used.join(", "))?;
    }
    Ok(())
}

fn print_advice(out: &mut impl Write, advice: &Advice) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(
        out,
        "next: {} (stage: {:?})",
        advice.technique.label(),
        advice.stage
    )?;
    writeln!(out, "  why: {}", advice.why)?;
    if let Some(topic) = advice.topic {
        writeln!(out, "  topic: {}", topic.label())?;
    }
    if let Some(mirrored) = &advice.mirrored {
        writeln!(out, "  mirrored: {mirrored}")?;
    }
    if let Some(f) = &advice.follow_up {
        writeln!(out, "  follow-up promised {}: {:?}", f.promised, f.status)?;
    }
    writeln!(out, "replies:")?;
    for (i, reply) in advice.replies.iter().enumerate() {
        writeln!(
            out,
            "  {}. [{}] {}",
            i + 1,
            reply.technique.label(),
            reply.text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::highlight;

    #[test]
    fn highlight_merges_overlaps_and_keeps_text() {
        let text = "THIRD time!!! ok";
        assert_eq!(
            highlight(text, &[(0, 5), (0, 10), (10, 13)], false),
            "[THIRD time!!!] ok"
        );
        assert_eq!(highlight("é x", &[(3, 4)], false), "é [x]");
    }
}
