//! `defuse eval support FILE`: how well the escalation level orders and bands real customer
//! messages to brand support accounts, against silver levels (0 calm, 1 frustrated, 2 angry;
//! `../shared/data/support-escalation/`), next to VADER in the same run.
//!
//! Each message is read the way an agent meets it: as the first customer message of a
//! conversation, through [`Conversation::push`], and the level after it is the score. VADER's
//! score is its negated compound (more negative, more upset); for the band shares its level is
//! `100 * max(0, -compound)`, the same 0-100 scale.

use std::io::Write;
use std::path::Path;

use defuse_core::{Band, Conversation, Message, Role};
use serde::Serialize;
use vader_sentiment::SentimentIntensityAnalyzer;

use crate::dataset::{self, SupportRow};
use crate::metrics::{roc_auc, spearman};
use crate::vader;

/// One system's figures on the support messages.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Figures {
    /// ROC AUC of the score for telling upset messages (level >= 1) from calm ones.
    pub auc_upset: f64,
    /// ROC AUC of the score for telling angry messages (level 2) from the rest.
    pub auc_angry: f64,
    /// Spearman's correlation of the score with the silver level.
    pub spearman: f64,
    /// Share of calm messages whose level is below 20 (the calm band), 0..=1.
    pub calm_below_20: f64,
    /// Share of angry messages whose level is 60 or more (hostile and above), 0..=1.
    pub angry_at_60: f64,
}

/// The whole evaluation, as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Always `support`.
    pub task: &'static str,
    /// Messages evaluated.
    pub n: usize,
    /// Defuse's figures.
    pub defuse: Figures,
    /// VADER's figures.
    pub vader: Figures,
    /// Per message: the silver level, Defuse's level, VADER's level (not printed as JSON).
    #[serde(skip)]
    scored: Vec<Scored>,
}

#[derive(Debug)]
struct Scored {
    line: usize,
    gold: u8,
    defuse: u8,
    vader: f64,
    text: String,
}

/// The level of `text` as the first customer message of a conversation, in public or in a
/// private chat.
pub fn level_of(text: &str, public: bool) -> u8 {
    let mut c = Conversation::new();
    c.set_public(public);
    c.push(Message {
        role: Role::Customer,
        text: text.to_string(),
        at: None,
    })
    .level
}

/// Reads `path` and scores every message with Defuse (read as `public` posts or private
/// chats) and VADER.
pub fn evaluate_file(path: &Path, public: bool) -> anyhow::Result<Report> {
    let rows = dataset::read_support(path)?;
    anyhow::ensure!(!rows.is_empty(), "{}: no messages", path.display());
    Ok(evaluate(&rows, public))
}

/// Scores `rows` with Defuse (read as `public` posts or private chats) and VADER.
pub fn evaluate(rows: &[SupportRow], public: bool) -> Report {
    let analyzer = SentimentIntensityAnalyzer::new();
    let scored: Vec<Scored> = rows
        .iter()
        .enumerate()
        .map(|(i, row)| Scored {
            // The header is line 1.
            line: i + 2,
            gold: row.level,
            defuse: level_of(&row.text, public),
            vader: -vader::compound(&analyzer, &row.text),
            text: row.text.clone(),
        })
        .collect();
    let gold: Vec<u8> = scored.iter().map(|s| s.gold).collect();
    let defuse: Vec<f64> = scored.iter().map(|s| f64::from(s.defuse)).collect();
    let vader: Vec<f64> = scored.iter().map(|s| s.vader).collect();
    let vader_level: Vec<f64> = vader.iter().map(|v| (100.0 * v).max(0.0)).collect();
    Report {
        task: "support",
        n: rows.len(),
        defuse: figures(&gold, &defuse, &defuse),
        vader: figures(&gold, &vader, &vader_level),
        scored,
    }
}

/// Figures of one system from its `score` (for the orderings) and its 0-100 `level` (for the
/// band shares).
fn figures(gold: &[u8], score: &[f64], level: &[f64]) -> Figures {
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    let share = |of: u8, hit: &dyn Fn(f64) -> bool| {
        let all: Vec<f64> = gold
            .iter()
            .zip(level)
            .filter(|(g, _)| **g == of)
            .map(|(_, &l)| l)
            .collect();
        if all.is_empty() {
            0.0
        } else {
            all.iter().filter(|&&l| hit(l)).count() as f64 / all.len() as f64
        }
    };
    let upset: Vec<bool> = gold.iter().map(|&g| g >= 1).collect();
    let angry: Vec<bool> = gold.iter().map(|&g| g == 2).collect();
    let levels: Vec<f64> = gold.iter().map(|&g| f64::from(g)).collect();
    Figures {
        auc_upset: round(roc_auc(score, &upset)),
        auc_angry: round(roc_auc(score, &angry)),
        spearman: round(spearman(score, &levels)),
        // Levels are whole numbers in the product; VADER's are rounded the same way.
        calm_below_20: round(share(0, &|l| l.round() < 20.0)),
        angry_at_60: round(share(2, &|l| l.round() >= 60.0)),
    }
}

/// How far `level` lies outside the band range the silver level belongs in (calm below 20,
/// frustrated 20-59, angry 60 and up); 0 inside it.
fn miss(gold: u8, level: u8) -> u8 {
    match gold {
        0 => level.saturating_sub(19),
        1 => 20u8.saturating_sub(level).max(level.saturating_sub(59)),
        _ => 60u8.saturating_sub(level),
    }
}

const GOLD: [&str; 3] = ["calm", "frustrated", "angry"];
const BANDS: [Band; 5] = [
    Band::Calm,
    Band::Tense,
    Band::Heated,
    Band::Hostile,
    Band::Critical,
];

/// Prints the report as text: the figures side by side, Defuse's confusion by band, and the
/// `misses` messages whose level lies furthest from where their silver level belongs.
pub fn print(out: &mut impl Write, report: &Report, misses: usize) -> anyhow::Result<()> {
    writeln!(out, "task support ({} messages)", report.n)?;
    writeln!(out)?;
    writeln!(out, "{:<16} {:>7} {:>7}", "metric", "defuse", "vader")?;
    let (d, v) = (&report.defuse, &report.vader);
    for (name, a, b) in [
        ("AUC upset (>=1)", d.auc_upset, v.auc_upset),
        ("AUC angry (2)", d.auc_angry, v.auc_angry),
        ("Spearman", d.spearman, v.spearman),
    ] {
        writeln!(out, "{name:<16} {a:>7.3} {b:>7.3}")?;
    }
    for (name, a, b) in [
        ("calm below 20", d.calm_below_20, v.calm_below_20),
        ("angry at 60+", d.angry_at_60, v.angry_at_60),
    ] {
        writeln!(out, "{name:<16} {:>6.1}% {:>6.1}%", 100.0 * a, 100.0 * b)?;
    }
    writeln!(out)?;
    writeln!(out, "defuse's bands (rows: silver level, columns: band)")?;
    write!(out, "  {:<12}", "")?;
    for b in BANDS {
        write!(out, "{:>10}", b.label())?;
    }
    writeln!(out)?;
    for (g, name) in GOLD.iter().enumerate() {
        write!(out, "  {name:<12}")?;
        for b in BANDS {
            let n = report
                .scored
                .iter()
                .filter(|s| usize::from(s.gold) == g && Band::of(s.defuse) == b)
                .count();
            write!(out, "{n:>10}")?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "defuse's worst misses (furthest from their band first)"
    )?;
    let mut worst: Vec<&Scored> = report
        .scored
        .iter()
        .filter(|s| miss(s.gold, s.defuse) > 0)
        .collect();
    worst.sort_by(|a, b| {
        miss(b.gold, b.defuse)
            .cmp(&miss(a.gold, a.defuse))
            .then(a.line.cmp(&b.line))
    });
    for s in worst.into_iter().take(misses) {
        let text: String = s.text.chars().take(120).collect();
        writeln!(
            out,
            "  line {:>4}  {:<10} level {:>3} (vader {:>3.0})  {}",
            s.line,
            GOLD[usize::from(s.gold)],
            s.defuse,
            (100.0 * s.vader).max(0.0),
            text
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(level: u8, text: &str) -> SupportRow {
        SupportRow {
            id: String::new(),
            level,
            text: text.to_string(),
            sarcasm: false,
            offensive: false,
        }
    }

    #[test]
    fn misses_measure_the_distance_to_the_right_band() {
        assert_eq!(miss(0, 19), 0);
        assert_eq!(miss(0, 45), 26);
        assert_eq!(miss(1, 10), 10);
        assert_eq!(miss(1, 70), 11);
        assert_eq!(miss(2, 60), 0);
        assert_eq!(miss(2, 0), 60);
    }

    #[test]
    fn a_threat_outranks_a_question() {
        let report = evaluate(
            &[
                row(0, "Can you tell me when the store opens on Sunday?"),
                row(
                    2,
                    "This is a scam. I'm filing a chargeback and reporting you to the regulator.",
                ),
            ],
            false,
        );
        assert_eq!(report.defuse.auc_angry, 1.0);
        assert_eq!(report.defuse.calm_below_20, 1.0);
        assert_eq!(report.n, 2);
    }
}
