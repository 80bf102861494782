//! The `defuse` command line: analyze transcripts, coach drafts, evaluate on labelled data,
//! refit the learned layer's weights.

mod analyze;
mod coach;
mod dataset;
mod eval;
mod fit;
mod learn;
mod metrics;
mod support;
mod transcript;
mod vader;

use clap::{Parser, Subcommand};

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
    /// Evaluate on a labelled dataset, next to a VADER baseline.
    Eval(eval::Args),
    /// Refit the learned layer's weights from the training splits.
    Fit(fit::Args),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Analyze(args) => analyze::run(args),
        Command::Coach(args) => coach::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Fit(args) => fit::run(args),
    }
}
