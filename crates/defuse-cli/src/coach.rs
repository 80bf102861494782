//! `defuse coach`: feedback on an agent's unsent draft, given the conversation so far.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use defuse_core::playbook::{coach, Config, DraftFeedback, Verdict};
use defuse_core::Conversation;

use crate::analyze::read_config;
use crate::transcript;

/// Arguments of `defuse coach`.
#[derive(clap::Args)]
pub struct Args {
    /// Transcript so far: a JSON array or JSON lines of {"role", "text", "at"}; `-` reads
    /// stdin.
    #[arg(long)]
    conversation: PathBuf,
    /// The agent's draft reply.
    #[arg(long)]
    draft: String,
    /// Site-owner configuration (JSON: brand, remedies, follow-up time, tone, templates).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Print JSON (`{"verdict", "flags": [{"kind", "start", "end", ..., "reason",
    /// "rewrite"}]}`) instead of text.
    #[arg(long)]
    json: bool,
}

/// Runs `defuse coach`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let config = read_config(args.config.as_deref())?;
    let feedback = coach_file(&args.conversation, &args.draft, &config)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &feedback)?;
        writeln!(out)?;
    } else {
        let color = std::io::stdout().is_terminal();
        write!(out, "{}", render(&args.draft, &feedback, color))?;
    }
    Ok(())
}

/// Reads the transcript at `path` and coaches `draft` against it.
pub fn coach_file(path: &Path, draft: &str, config: &Config) -> anyhow::Result<DraftFeedback> {
    let mut conversation = Conversation::new();
    conversation.set_public(config.public_channel);
    for message in transcript::read(path)? {
        conversation.push(message);
    }
    Ok(coach(draft, &conversation, config))
}

/// The feedback as text: the verdict, the draft with the flagged words marked, then one
/// line per flag with its reason and a calmer wording.
pub fn render(draft: &str, feedback: &DraftFeedback, color: bool) -> String {
    let verdict = match feedback.verdict {
        Verdict::Ok => "ok",
        Verdict::CouldBeWarmer => "could be warmer",
        Verdict::LikelyToEscalate => "likely to escalate",
    };
    let (on, off) = if color {
        ("\u{1b}[1;31m", "\u{1b}[0m")
    } else {
        ("[", "]")
    };
    let mut text = format!("verdict: {verdict}\n");
    let mut marked = String::with_capacity(draft.len() + 16);
    let mut at = 0;
    for flag in feedback.flags.iter().filter(|f| !f.span.is_empty()) {
        if flag.span.start < at {
            continue;
        }
        marked.push_str(&draft[at..flag.span.start]);
        marked.push_str(on);
        marked.push_str(flag.span.slice(draft));
        marked.push_str(off);
        at = flag.span.end;
    }
    marked.push_str(&draft[at..]);
    text.push_str(&format!("draft:   {marked}\n"));
    for flag in &feedback.flags {
        let kind = serde_json::to_value(flag.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let words = if flag.span.is_empty() {
            "(whole draft)".to_string()
        } else {
            format!("\"{}\"", flag.span.slice(draft))
        };
        text.push_str(&format!(
            "  - {kind} {words}: {}\n      try: {}\n",
            flag.reason, flag.rewrite
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transcript_file(name: &str, json: &str) -> PathBuf {
        let path =
            std::env::temp_dir().join(format!("defuse-coach-{}-{name}.json", std::process::id()));
        std::fs::write(&path, json).expect("temp dir is writable");
        path
    }

    #[test]
    fn coaches_a_draft_against_a_transcript_file() {
        let path = transcript_file(
            "angry",
            r#"[{"role": "customer", "text": "My order never came and nobody answers my emails!!! This is OUTRAGEOUS, I am furious.", "at": 1700000000000}]"#,
        );
        let draft = "Calm down, as I said it ships soon.";
        let feedback = coach_file(&path, draft, &Config::default()).expect("coached");
        let _ = std::fs::remove_file(&path);
        assert_eq!(feedback.verdict, Verdict::LikelyToEscalate);
        let text = render(draft, &feedback, false);
        assert!(text.starts_with("verdict: likely to escalate\n"), "{text}");
        assert!(text.contains("[Calm down]"), "{text}");
        assert!(text.contains("[as I said]"), "{text}");
        assert!(text.contains("- vague_promise \"soon\""), "{text}");
        assert!(text.contains("try: within the hour"), "{text}");
    }

    #[test]
    fn a_calm_specific_draft_is_ok() {
        let path = transcript_file(
            "calm",
            "{\"role\": \"customer\", \"text\": \"Hi, when will my parcel arrive?\"}\n",
        );
        let draft = "It's out for delivery and should reach you by 5pm today.";
        let feedback = coach_file(&path, draft, &Config::default()).expect("coached");
        let _ = std::fs::remove_file(&path);
        assert_eq!(feedback.verdict, Verdict::Ok);
        assert_eq!(
            render(draft, &feedback, false),
            format!("verdict: ok\ndraft:   {draft}\n")
        );
    }

    #[test]
    fn a_missing_transcript_is_an_error_naming_the_file() {
        let err = coach_file(
            Path::new("/nonexistent/defuse.json"),
            "hi",
            &Config::default(),
        )
        .expect_err("no such file");
        assert!(
            format!("{err:#}").contains("/nonexistent/defuse.json"),
            "{err:#}"
        );
    }
}
