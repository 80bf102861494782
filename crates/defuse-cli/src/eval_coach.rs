//! `defuse eval coach FILE [--bitext CSV] [--json]`: how the draft coach does on labelled
//! drafts: the share of good drafts it leaves alone, the share of bad drafts it flags, per
//! flag kind, and the worst misses. With `--bitext`, every response in Bitext's
//! customer-support set is coached as a draft to its customer utterance; professional
//! replies, so each should pass.
//!
//! The drafts file is JSON lines, one conversation per line with the drafts written to it
//! (`crates/defuse-core/tests/data/coach/README.md` documents the format).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use defuse_core::playbook::{coach, Config, DraftFeedback, DraftFlagKind};
use defuse_core::{Conversation, Message, Role};
use serde::{Deserialize, Serialize};

/// Arguments of `defuse eval coach`.
#[derive(clap::Args)]
pub struct Args {
    /// Labelled drafts (JSON lines; see `crates/defuse-core/tests/data/coach/README.md`).
    /// Give it more than once to report each file.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Also coach every response of Bitext's customer-support CSV as a draft to its
    /// customer utterance (each should pass).
    #[arg(long)]
    bitext: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// How many misses to show per list.
    #[arg(long, default_value_t = 10)]
    misses: usize,
}

/// One conversation of the drafts file, with the drafts written to it.
#[derive(Debug, Deserialize)]
struct Case {
    #[serde(rename = "id")]
    _id: String,
    voice: String,
    customer: String,
    conversation: Vec<Turn>,
    drafts: Vec<Draft>,
}

#[derive(Debug, Deserialize)]
struct Turn {
    role: Role,
    text: String,
}

/// One labelled draft.
#[derive(Debug, Deserialize)]
struct Draft {
    id: String,
    label: Label,
    draft: String,
    reason: String,
    /// Bad drafts: the kinds that must be flagged.
    #[serde(default)]
    flags: Vec<DraftFlagKind>,
    /// Good drafts: the kinds they look like but are not (hard negatives).
    #[serde(default)]
    near: Vec<DraftFlagKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
enum Label {
    Good,
    Bad,
}

/// A count out of a total, with its percentage.
#[derive(Debug, Default, Clone, Copy, Serialize, PartialEq)]
pub struct Rate {
    /// How many.
    pub n: usize,
    /// Out of.
    pub of: usize,
    /// `n / of` as a percentage, one decimal.
    pub pct: f64,
}

impl Rate {
    fn add(&mut self, hit: bool) {
        self.of += 1;
        self.n += usize::from(hit);
        self.pct = (1000.0 * self.n as f64 / self.of as f64).round() / 10.0;
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.of == 0 {
            write!(f, "{:>6} {:>9}", "-", "(0)")
        } else {
            write!(
                f,
                "{:>5.1}% {:>9}",
                self.pct,
                format!("({}/{})", self.n, self.of)
            )
        }
    }
}

/// One flag kind's figures.
#[derive(Debug, Default, Serialize)]
pub struct KindFigures {
    /// Bad drafts that expect this kind and get it.
    pub bad_caught: Rate,
    /// Good drafts written to look like this kind (hard negatives) that do not get it.
    pub near_clean: Rate,
    /// Good drafts of any kind that get this flag.
    pub false_flags: usize,
    /// Bad drafts that get this flag without expecting it.
    pub extra_on_bad: usize,
}

/// A draft the coach got wrong.
#[derive(Debug, Serialize)]
pub struct Miss {
    /// The draft's id.
    pub id: String,
    /// What it was labelled.
    pub label: &'static str,
    /// The label's reason.
    pub reason: String,
    /// The flags expected (bad drafts).
    pub expected: Vec<DraftFlagKind>,
    /// The flags given, with their words.
    pub got: Vec<(DraftFlagKind, String)>,
    /// The draft.
    pub draft: String,
}

/// The figures for one drafts file.
#[derive(Debug, Default, Serialize)]
pub struct FileReport {
    /// The file.
    pub file: String,
    /// Drafts read.
    pub drafts: usize,
    /// Good drafts with no flag at all.
    pub good_pass: Rate,
    /// Bad drafts with at least one flag.
    pub bad_flagged: Rate,
    /// Bad drafts with every expected kind flagged.
    pub bad_all_kinds: Rate,
    /// The same two rates per customer mood (`calm`, `upset`) and voice.
    pub by_group: BTreeMap<String, (Rate, Rate)>,
    /// Per flag kind.
    pub kinds: BTreeMap<String, KindFigures>,
    /// Good drafts flagged, most severe first.
    pub false_alarms: Vec<Miss>,
    /// Bad drafts passed, or flagged without an expected kind.
    pub missed: Vec<Miss>,
}

/// Bitext's responses as drafts.
#[derive(Debug, Default, Serialize)]
pub struct BitextReport {
    /// Responses that pass (no flag).
    pub pass: Rate,
    /// How often each kind fires.
    pub kinds: BTreeMap<String, usize>,
    /// Flagged responses, most severe first.
    pub flagged: Vec<Miss>,
}

/// Everything `--json` prints.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Per drafts file.
    pub files: Vec<FileReport>,
    /// Bitext, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bitext: Option<BitextReport>,
}

/// Runs `defuse eval coach`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let mut files = Vec::new();
    for path in &args.files {
        let cases = read_cases(path)?;
        files.push(evaluate(&path.display().to_string(), &cases));
    }
    let bitext = match &args.bitext {
        Some(path) => Some(evaluate_bitext(&read_bitext(path)?)),
        None => None,
    };
    let report = Report { files, bitext };
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_report(&mut out, &report, args.misses)?;
    }
    Ok(())
}

fn read_cases(path: &Path) -> anyhow::Result<Vec<Case>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a drafts case", path.display(), i + 1))?;
        for d in &case.drafts {
            if d.label == Label::Bad && d.flags.is_empty() {
                bail!(
                    "{}:{}: bad draft {} names no expected flag",
                    path.display(),
                    i + 1,
                    d.id
                );
            }
        }
        cases.push(case);
    }
    if cases.is_empty() {
        bail!("{}: no drafts", path.display());
    }
    Ok(cases)
}

fn conversation(turns: impl IntoIterator<Item = (Role, String)>) -> Conversation {
    let mut c = Conversation::new();
    for (role, text) in turns {
        c.push(Message {
            role,
            text,
            at: None,
        });
    }
    c
}

fn kind_name(kind: DraftFlagKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn got(draft: &str, feedback: &DraftFeedback) -> Vec<(DraftFlagKind, String)> {
    feedback
        .flags
        .iter()
        .map(|f| (f.kind, f.span.slice(draft).to_string()))
        .collect()
}

fn severity(feedback: &DraftFeedback) -> u32 {
    feedback
        .flags
        .iter()
        .map(|f| u32::from(f.kind.severity()))
        .sum()
}

/// Coaches every draft of `cases` and scores the coach.
fn evaluate(file: &str, cases: &[Case]) -> FileReport {
    let config = Config::default();
    let mut report = FileReport {
        file: file.to_string(),
        ..FileReport::default()
    };
    let mut false_alarms = Vec::new();
    for case in cases {
        let c = conversation(case.conversation.iter().map(|t| (t.role, t.text.clone())));
        for d in &case.drafts {
            report.drafts += 1;
            let feedback = coach(&d.draft, &c, &config);
            let kinds: Vec<DraftFlagKind> = feedback.flags.iter().map(|f| f.kind).collect();
            let miss = |label| Miss {
                id: d.id.clone(),
                label,
                reason: d.reason.clone(),
                expected: d.flags.clone(),
                got: got(&d.draft, &feedback),
                draft: d.draft.clone(),
            };
            let groups = [
                format!("customer {}", case.customer),
                format!("voice {}", case.voice),
            ];
            match d.label {
                Label::Good => {
                    let pass = kinds.is_empty();
                    report.good_pass.add(pass);
                    for g in &groups {
                        report.by_group.entry(g.clone()).or_default().0.add(pass);
                    }
                    for &k in &d.near {
                        let entry = report.kinds.entry(kind_name(k)).or_default();
                        entry.near_clean.add(!kinds.contains(&k));
                    }
                    for &k in &kinds {
                        report.kinds.entry(kind_name(k)).or_default().false_flags += 1;
                    }
                    if !pass {
                        false_alarms.push((severity(&feedback), miss("good")));
                    }
                }
                Label::Bad => {
                    let flagged = !kinds.is_empty();
                    let all = d.flags.iter().all(|k| kinds.contains(k));
                    report.bad_flagged.add(flagged);
                    report.bad_all_kinds.add(all);
                    for g in &groups {
                        report.by_group.entry(g.clone()).or_default().1.add(flagged);
                    }
                    for &k in &d.flags {
                        let entry = report.kinds.entry(kind_name(k)).or_default();
                        entry.bad_caught.add(kinds.contains(&k));
                    }
                    for &k in &kinds {
                        if !d.flags.contains(&k) {
                            report.kinds.entry(kind_name(k)).or_default().extra_on_bad += 1;
                        }
                    }
                    if !all {
                        // Passed outright first, then a missing kind.
                        report.missed.push(miss("bad"));
                    }
                }
            }
        }
    }
    false_alarms.sort_by_key(|a| std::cmp::Reverse(a.0));
    report.false_alarms = false_alarms.into_iter().map(|(_, m)| m).collect();
    report.missed.sort_by_key(|m| !m.got.is_empty());
    report
}

/// Bitext's rows as (customer utterance, response).
fn read_bitext(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let csv = crate::dataset::read_csv(path)?;
    let (instruction, response) = (csv.column("instruction")?, csv.column("response")?);
    Ok(csv
        .records
        .into_iter()
        .filter_map(|r| Some((r.get(instruction)?.clone(), r.get(response)?.clone())))
        .collect())
}

fn evaluate_bitext(rows: &[(String, String)]) -> BitextReport {
    let config = Config::default();
    let mut report = BitextReport::default();
    let mut flagged = Vec::new();
    for (i, (utterance, response)) in rows.iter().enumerate() {
        let c = conversation([(Role::Customer, utterance.clone())]);
        let feedback = coach(response, &c, &config);
        report.pass.add(feedback.flags.is_empty());
        for f in &feedback.flags {
            *report.kinds.entry(kind_name(f.kind)).or_default() += 1;
        }
        if !feedback.flags.is_empty() {
            let miss = Miss {
                id: format!("row {}", i + 2),
                label: "good",
                reason: format!("customer: {utterance}"),
                expected: Vec::new(),
                got: got(response, &feedback),
                draft: response.clone(),
            };
            flagged.push((severity(&feedback), miss));
        }
    }
    flagged.sort_by_key(|a| std::cmp::Reverse(a.0));
    report.flagged = flagged.into_iter().map(|(_, m)| m).collect();
    report
}

fn print_report(out: &mut impl Write, report: &Report, misses: usize) -> anyhow::Result<()> {
    for file in &report.files {
        writeln!(out, "drafts {} ({} drafts)", file.file, file.drafts)?;
        writeln!(out)?;
        writeln!(out, "  good drafts that pass     {}", file.good_pass)?;
        writeln!(out, "  bad drafts flagged        {}", file.bad_flagged)?;
        writeln!(out, "  bad, every expected kind  {}", file.bad_all_kinds)?;
        for (group, (good, bad)) in &file.by_group {
            writeln!(out, "    {group:<16} good pass {good}   bad flagged {bad}")?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "  {:<22} {:>16} {:>17} {:>7} {:>6}",
            "flag kind", "bad caught", "near-misses clean", "false", "extra"
        )?;
        for (kind, k) in &file.kinds {
            writeln!(
                out,
                "  {kind:<22} {} {}   {:>7} {:>6}",
                k.bad_caught, k.near_clean, k.false_flags, k.extra_on_bad
            )?;
        }
        print_misses(
            out,
            "good drafts flagged (worst first)",
            &file.false_alarms,
            misses,
        )?;
        print_misses(out, "bad drafts missed", &file.missed, misses)?;
        writeln!(out)?;
    }
    if let Some(b) = &report.bitext {
        writeln!(out, "bitext responses that pass  {}", b.pass)?;
        for (kind, n) in &b.kinds {
            writeln!(out, "  {kind:<22} {n:>5}")?;
        }
        print_misses(
            out,
            "bitext responses flagged (worst first)",
            &b.flagged,
            misses,
        )?;
    }
    Ok(())
}

fn print_misses(out: &mut impl Write, title: &str, list: &[Miss], n: usize) -> anyhow::Result<()> {
    if list.is_empty() || n == 0 {
        return Ok(());
    }
    writeln!(out)?;
    writeln!(out, "  {title}: {}", list.len())?;
    for m in list.iter().take(n) {
        let got: Vec<String> = m
            .got
            .iter()
            .map(|(k, w)| format!("{} {w:?}", kind_name(*k)))
            .collect();
        let expected: Vec<String> = m.expected.iter().map(|&k| kind_name(k)).collect();
        let draft: String = m.draft.replace('\n', " / ").chars().take(160).collect();
        writeln!(out, "    {} [{}] {}", m.id, m.label, m.reason)?;
        if !expected.is_empty() {
            writeln!(out, "      expected: {}", expected.join(", "))?;
        }
        writeln!(
            out,
            "      got:      {}",
            if got.is_empty() {
                "nothing".to_string()
            } else {
                got.join("; ")
            }
        )?;
        writeln!(out, "      draft:    {draft}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_good_and_bad_drafts_per_kind() {
        let line = r#"{"id": "t1", "voice": "chat", "customer": "calm",
            "conversation": [{"role": "customer", "text": "Do you ship to Canada?"}],
            "drafts": [
              {"id": "t1.1", "label": "good", "draft": "Yes, with UPS.", "reason": "r", "near": ["shouting"]},
              {"id": "t1.2", "label": "bad", "draft": "NO WE DO NOT SHIP THERE.", "reason": "r", "flags": ["shouting"]},
              {"id": "t1.3", "label": "bad", "draft": "Yes.", "reason": "r", "flags": ["blame"]}
            ]}"#
            .replace('\n', " ");
        let case: Case = serde_json::from_str(&line).expect("a case");
        let report = evaluate("t", &[case]);
        assert_eq!((report.good_pass.n, report.good_pass.of), (1, 1));
        assert_eq!((report.bad_flagged.n, report.bad_flagged.of), (1, 2));
        let shouting = &report.kinds["shouting"];
        assert_eq!((shouting.bad_caught.n, shouting.near_clean.n), (1, 1));
        assert_eq!(report.missed.len(), 1);
        assert_eq!(report.missed[0].id, "t1.3");
    }
}
