//! The `defuse` command line: analyze transcripts, coach drafts, evaluate on labelled data,
//! refit the learned layer's weights.

mod analyze;
mod calibrate;
mod coach;
mod dataset;
mod eval;
mod eval_coach;
mod fit;
mod issues;
mod learn;
mod metrics;
mod replies;
mod support;
mod transcript;
mod vader;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Defuse: de-escalation analysis for support chat.
#[derive(Parser)]
#[command(name = "defuse", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyze a transcript: signals, escalation, next technique and replies.
    Analyze(analyze::Args),
    /// Give feedback on an agent's draft reply.
    Coach(coach::Args),
    /// Evaluate on a labelled dataset, next to a VADER baseline, or the suggested replies
    /// over a conversation corpus (`defuse eval replies FILE`), or the draft coach
    /// (`defuse eval coach FILE`).
    Eval(EvalArgs),
    /// Refit the learned layer's weights from the training splits.
    Fit(fit::Args),
    /// Refit the issue-type keyword model on the Bitext customer-support utterances.
    FitIssues(issues::Args),
}

/// `defuse eval FORMAT DIR` for a labelled dataset, or `defuse eval <corpus> FILE`.
#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
struct EvalArgs {
    #[command(subcommand)]
    corpus: Option<EvalCorpus>,
    #[command(flatten)]
    dataset: Option<eval::Args>,
}

/// Corpora `defuse eval` reads with their own arguments.
#[derive(Subcommand)]
enum EvalCorpus {
    /// The suggested replies over a corpus of support conversations (JSON lines).
    Replies(replies::Args),
    /// The draft coach on labelled drafts (and Bitext's responses): pass and flag rates.
    Coach(eval_coach::Args),
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        // `defuse eval ... | head`: the reader has what it wanted; stopping is not an error.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("Error: {err:?}");
            ExitCode::FAILURE
        }
    }
}

/// Whether `err` comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Coach(args) => coach::run(args),
        Command::Eval(EvalArgs {
            corpus: Some(EvalCorpus::Replies(args)),
            ..
        }) => replies::run(args),
        Command::Eval(EvalArgs {
            corpus: Some(EvalCorpus::Coach(args)),
            ..
        }) => eval_coach::run(args),
        Command::Eval(EvalArgs {
            dataset: Some(args),
            ..
        }) => eval::run(args),
        Command::Eval(_) => {
            anyhow::bail!("defuse eval: name a dataset format, `replies` or `coach`")
        }
        Command::Fit(args) => fit::run(args),
        Command::FitIssues(args) => issues::run(args),
    }
}
