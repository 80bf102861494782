//! `defuse eval tweeteval DIR --split val`: Defuse's figures on a labelled TweetEval task,
//! next to a VADER baseline computed in the same run, with confusion matrices and the worst
//! misses. `defuse eval support FILE` measures the escalation level on support messages
//! instead (see `support.rs`).
//!
//! Defuse is run through [`defuse_core::analyze`], the path the product uses; its labels:
//! emotion is anger when `emotions.anger >= 0.5`, else sadness when the polarity head leans
//! negative, else joy (the learned layer reads anger only, see `defuse_label`); offensive
//! when `offensive >= 0.5`; sentiment is `polarity`. VADER's mapping is in `vader.rs`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::bail;
use defuse_core::{analyze, model, Polarity};
use serde::Serialize;
use vader_sentiment::SentimentIntensityAnalyzer;

use crate::dataset::{self, Task};
use crate::metrics::{argmax, Confusion};
use crate::vader;

/// Arguments of `defuse eval`.
#[derive(clap::Args)]
pub struct Args {
    /// Dataset format: `tweeteval` (a task folder) or `support` (a support-escalation TSV).
    format: String,
    /// For `tweeteval`, the task folder holding `mapping.txt`, `{split}_text.txt`,
    /// `{split}_labels.txt`; for `support`, the TSV file (`dev.tsv`).
    dir: PathBuf,
    /// Which split to read (`tweeteval` only).
    #[arg(long, default_value = "val")]
    split: String,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// How many of the worst misses to show.
    #[arg(long, default_value_t = 10)]
    misses: usize,
    /// `support` only: read each message as a public post to the brand (the
    /// support-escalation set's tweets are), not as a private chat (the default).
    #[arg(long)]
    public: bool,
}

/// Metrics of one system, as percentages. Keys depend on the task.
#[derive(Debug, Serialize, PartialEq)]
pub struct Figures {
    /// Emotion: F1 of anger against the other three classes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anger_f1: Option<f64>,
    /// Emotion and offensive: unweighted mean of per-class F1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macro_f1: Option<f64>,
    /// Sentiment: unweighted mean of per-class recall.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub macro_recall: Option<f64>,
    /// Share right.
    pub accuracy: f64,
}

/// The whole evaluation, as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Task name.
    pub task: &'static str,
    /// Items evaluated.
    pub n: usize,
    /// Defuse's figures.
    pub defuse: Figures,
    /// VADER's figures.
    pub vader: Figures,
    #[serde(skip)]
    defuse_confusion: Confusion,
    #[serde(skip)]
    vader_confusion: Confusion,
    #[serde(skip)]
    misses: Vec<Miss>,
}

/// A wrong Defuse label, ranked by how sure Defuse was.
#[derive(Debug)]
struct Miss {
    line: usize,
    gold: usize,
    predicted: usize,
    margin: f32,
    text: String,
}

/// Runs `defuse eval`.
pub fn run(args: Args) -> anyhow::Result<()> {
    if args.format == "support" {
        let report = crate::support::evaluate_file(&args.dir, args.public)?;
        let mut out = std::io::stdout().lock();
        if args.json {
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        } else {
            crate::support::print(&mut out, &report, args.misses)?;
        }
        return Ok(());
    }
    if args.format != "tweeteval" {
        bail!(
            "unknown dataset format `{}`: `tweeteval` or `support`",
            args.format
        );
    }
    let split = dataset::read_tweeteval(&args.dir, &args.split)?;
    let report = evaluate(split.task, &split.rows);
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_report(&mut out, &report, split.task, args.misses)?;
    }
    Ok(())
}

/// Labels every row with Defuse and VADER and scores both.
pub fn evaluate(task: Task, rows: &[(String, usize)]) -> Report {
    let k = task.labels().len();
    let analyzer = SentimentIntensityAnalyzer::new();
    let mut defuse_confusion = Confusion::new(k);
    let mut vader_confusion = Confusion::new(k);
    let mut misses = Vec::new();
    for (i, (text, gold)) in rows.iter().enumerate() {
        let (predicted, probs) = defuse_label(task, text);
        defuse_confusion.add(*gold, predicted);
        vader_confusion.add(*gold, vader::label(task, vader::compound(&analyzer, text)));
        if predicted != *gold {
            misses.push(Miss {
                line: i + 1,
                gold: *gold,
                predicted,
                margin: probs[predicted] - probs[*gold],
                text: text.clone(),
            });
        }
    }
    misses.sort_by(|a, b| b.margin.total_cmp(&a.margin).then(a.line.cmp(&b.line)));
    Report {
        task: task.name(),
        n: rows.len(),
        defuse: figures(task, &defuse_confusion),
        vader: figures(task, &vader_confusion),
        defuse_confusion,
        vader_confusion,
        misses,
    }
}

/// Defuse's label for `text` and the probabilities behind it (to rank misses).
fn defuse_label(task: Task, text: &str) -> (usize, Vec<f32>) {
    let analysis = analyze(text);
    match task {
        Task::Emotion => {
            // Anger is the product's reading; the learned layer has no joy, optimism or
            // sadness of its own (one yes/no anger head since session 26), so the rest is
            // told by polarity, as VADER's is: sadness when negative, else joy.
            let anger = analysis.emotions.anger;
            let negative = model::score(text).polarity[0];
            let probs = vec![
                anger,
                (1.0 - anger) * (1.0 - negative),
                0.0,
                (1.0 - anger) * negative,
            ];
            let predicted = if anger >= 0.5 {
                0
            } else {
                1 + argmax(&probs[1..])
            };
            (predicted, probs)
        }
        Task::Offensive => {
            let p = analysis.offensive;
            (usize::from(p >= 0.5), vec![1.0 - p, p])
        }
        Task::Sentiment => {
            let predicted = match analysis.polarity {
                Polarity::Negative => 0,
                Polarity::Neutral => 1,
                Polarity::Positive => 2,
            };
            (predicted, model::score(text).polarity.to_vec())
        }
    }
}

fn figures(task: Task, m: &Confusion) -> Figures {
    let round = |x: f64| (x * 10.0).round() / 10.0;
    Figures {
        anger_f1: (task == Task::Emotion).then(|| round(m.f1(0))),
        macro_f1: (task != Task::Sentiment).then(|| round(m.macro_f1())),
        macro_recall: (task == Task::Sentiment).then(|| round(m.macro_recall())),
        accuracy: round(m.accuracy()),
    }
}

fn print_report(
    out: &mut impl Write,
    report: &Report,
    task: Task,
    misses: usize,
) -> anyhow::Result<()> {
    writeln!(out, "task {} ({} items)", report.task, report.n)?;
    writeln!(out)?;
    writeln!(out, "{:<14} {:>7} {:>7}", "metric", "defuse", "vader")?;
    let rows = [
        ("anger F1", report.defuse.anger_f1, report.vader.anger_f1),
        ("macro-F1", report.defuse.macro_f1, report.vader.macro_f1),
        (
            "macro-recall",
            report.defuse.macro_recall,
            report.vader.macro_recall,
        ),
        (
            "accuracy",
            Some(report.defuse.accuracy),
            Some(report.vader.accuracy),
        ),
    ];
    for (name, d, v) in rows {
        if let (Some(d), Some(v)) = (d, v) {
            writeln!(out, "{name:<14} {d:>7.1} {v:>7.1}")?;
        }
    }
    for (who, m) in [
        ("defuse", &report.defuse_confusion),
        ("vader", &report.vader_confusion),
    ] {
        writeln!(out)?;
        writeln!(out, "{who} confusion (rows: gold, columns: predicted)")?;
        print_confusion(out, m, task.labels())?;
        for (c, label) in task.labels().iter().enumerate() {
            writeln!(
                out,
                "  {label:<14} precision {:>5.1}  recall {:>5.1}  F1 {:>5.1}",
                m.precision(c),
                m.recall(c),
                m.f1(c)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "defuse's worst misses (most confident first)")?;
    for miss in report.misses.iter().take(misses) {
        let text: String = miss.text.chars().take(140).collect();
        writeln!(
            out,
            "  line {:>5}  gold {:<13} said {:<13} ({:+.2})  {}",
            miss.line,
            task.labels()[miss.gold],
            task.labels()[miss.predicted],
            miss.margin,
            text
        )?;
    }
    Ok(())
}

fn print_confusion(out: &mut impl Write, m: &Confusion, labels: &[&str]) -> anyhow::Result<()> {
    write!(out, "  {:<14}", "")?;
    for l in labels {
        write!(out, "{l:>14}")?;
    }
    writeln!(out)?;
    for (l, row) in labels.iter().zip(&m.counts) {
        write!(out, "  {l:<14}")?;
        for n in row {
            write!(out, "{n:>14}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}
