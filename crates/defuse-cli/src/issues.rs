//! `defuse fit-issues`: fits the issue-type keyword model on the Bitext customer-support
//! utterances and writes `crates/defuse-core/src/playbook/issue_words.rs`.
//!
//! Bitext's 27 intents are mapped onto Defuse's issue types (the mapping is below, in
//! `ISSUE_OF_INTENT`); a fixed fifth of the rows (by a hash of the utterance) is held out
//! and never fitted on. A softmax regression over words and word pairs is fitted on the
//! rest, the strongest words per class are kept, refitted alone, and rounded to sixteenths
//! of a logit. The held-out accuracy of the kept model is printed and written into the
//! generated file's header; with `--check` the command instead reports the held-out
//! accuracy of the whole classifier as compiled (the phrase rules plus the model).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use defuse_core::playbook::{classify_issue, model_words, IssueType};

/// Arguments of `defuse fit-issues`.
#[derive(clap::Args)]
pub struct Args {
    /// The Bitext CSV (default: <data>/bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset.csv).
    #[arg(long)]
    data: Option<PathBuf>,
    /// The Rust file to write (default: the core's src/playbook/issue_words.rs).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Words kept per class.
    #[arg(long, default_value_t = 60)]
    keep: usize,
    /// Passes over the training rows.
    #[arg(long, default_value_t = 30)]
    epochs: usize,
    /// Report the compiled classifier's held-out accuracy instead of fitting.
    #[arg(long)]
    check: bool,
}

/// Bitext intent -> Defuse issue type.
const ISSUE_OF_INTENT: &[(&str, IssueType)] = &[
    ("cancel_order", IssueType::Cancellation),
    ("change_order", IssueType::HowTo),
    ("change_shipping_address", IssueType::HowTo),
    ("check_cancellation_fee", IssueType::Cancellation),
    ("check_invoice", IssueType::Billing),
    ("check_payment_methods", IssueType::HowTo),
    ("check_refund_policy", IssueType::HowTo),
    ("complaint", IssueType::Other),
    ("contact_customer_service", IssueType::HowTo),
    ("contact_human_agent", IssueType::Other),
    ("create_account", IssueType::HowTo),
    ("delete_account", IssueType::Cancellation),
    ("delivery_options", IssueType::HowTo),
    ("delivery_period", IssueType::DeliveryLate),
    ("edit_account", IssueType::HowTo),
    ("get_invoice", IssueType::Billing),
    ("get_refund", IssueType::RefundStatus),
    ("newsletter_subscription", IssueType::HowTo),
    ("payment_issue", IssueType::Billing),
    ("place_order", IssueType::HowTo),
    ("recover_password", IssueType::AccountAccess),
    ("registration_problems", IssueType::AccountAccess),
    ("review", IssueType::Other),
    ("set_up_shipping_address", IssueType::HowTo),
    ("switch_account", IssueType::HowTo),
    ("track_order", IssueType::DeliveryLate),
    ("track_refund", IssueType::RefundStatus),
];

/// The classes the model tells apart, in the order the generated table indexes them.
const CLASSES: [IssueType; 7] = [
    IssueType::AccountAccess,
    IssueType::Billing,
    IssueType::RefundStatus,
    IssueType::DeliveryLate,
    IssueType::Cancellation,
    IssueType::HowTo,
    IssueType::Other,
];

struct Row {
    text: String,
    class: usize,
    held_out: bool,
}

/// Runs `defuse fit-issues`.
pub fn run(args: Args) -> anyhow::Result<()> {
    let path = args.data.unwrap_or_else(|| {
        crate::dataset::default_data_dir()
            .join("bitext-customer-support/Bitext_Sample_Customer_Support_Training_Dataset.csv")
    });
    let rows = read_rows(&path)?;
    let held: Vec<&Row> = rows.iter().filter(|r| r.held_out).collect();
    let train: Vec<&Row> = rows.iter().filter(|r| !r.held_out).collect();
    if args.check {
        let right = held
            .iter()
            .filter(|r| classify_issue(&r.text) == CLASSES[r.class])
            .count();
        println!(
            "compiled classifier (rules + model) on the held-out fifth of Bitext: {:.1}% ({right} of {})",
            100.0 * right as f64 / held.len().max(1) as f64,
            held.len()
        );
        return Ok(());
    }
    let feats = |r: &Row| model_words(&r.text.to_lowercase());
    let train_x: Vec<(Vec<String>, usize)> = train.iter().map(|r| (feats(r), r.class)).collect();
    let held_x: Vec<(Vec<String>, usize)> = held.iter().map(|r| (feats(r), r.class)).collect();

    let full = fit(&train_x, None, args.epochs);
    let kept = strongest(&full, args.keep);
    let model = fit(&train_x, Some(&kept), args.epochs);
    let model = rounded(&model);
    let full_acc = accuracy(&full, &held_x);
    let acc = accuracy(&model, &held_x);
    println!(
        "all {} features: {:.1}% held out; {} kept (rounded): {:.1}% held out ({} train, {} held-out rows)",
        full.weights.len(),
        100.0 * full_acc,
        model.weights.len(),
        100.0 * acc,
        train_x.len(),
        held_x.len()
    );
    let out = args.out.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../defuse-core/src/playbook/issue_words.rs")
    });
    let source = render(&model, acc, train_x.len(), held_x.len(), args.keep);
    std::fs::write(&out, source).with_context(|| format!("{}: cannot write", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

fn read_rows(path: &Path) -> anyhow::Result<Vec<Row>> {
    let csv = crate::dataset::read_csv(path)?;
    let (ti, ii) = (csv.column("instruction")?, csv.column("intent")?);
    let mut rows = Vec::new();
    for r in &csv.records {
        let (Some(text), Some(intent)) = (r.get(ti), r.get(ii)) else {
            continue;
        };
        let Some(&(_, issue)) = ISSUE_OF_INTENT.iter().find(|(i, _)| i == intent) else {
            continue;
        };
        let Some(class) = CLASSES.iter().position(|&c| c == issue) else {
            continue;
        };
        rows.push(Row {
            held_out: fnv(text) % 5 == 0,
            text: text.clone(),
            class,
        });
    }
    Ok(rows)
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// A softmax regression over named features.
struct Model {
    bias: [f32; 7],
    weights: BTreeMap<String, [f32; 7]>,
}

impl Model {
    fn logits(&self, feats: &[String]) -> [f32; 7] {
        let mut z = self.bias;
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (zi, wi) in z.iter_mut().zip(w) {
                    *zi += wi;
                }
            }
        }
        z
    }
}

fn softmax(z: &mut [f32; 7]) {
    let max = z.iter().copied().fold(f32::MIN, f32::max);
    let mut sum = 0.0;
    for v in z.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in z.iter_mut() {
        *v /= sum;
    }
}

/// Plain SGD with L2, classes weighted to balance them, a fixed order (deterministic).
fn fit(rows: &[(Vec<String>, usize)], only: Option<&[String]>, epochs: usize) -> Model {
    let mut model = Model {
        bias: [0.0; 7],
        weights: BTreeMap::new(),
    };
    let mut counts = [0usize; 7];
    for (_, c) in rows {
        counts[*c] += 1;
    }
    let n = rows.len().max(1) as f32;
    let class_weight: Vec<f32> = counts
        .iter()
        .map(|&k| n / (7.0 * k.max(1) as f32))
        .collect();
    let l2 = 1e-4;
    let mut order: Vec<usize> = (0..rows.len()).collect();
    for epoch in 0..epochs {
        // A fixed shuffle per epoch.
        order.sort_by_key(|&i| fnv(&format!("{epoch}:{i}")));
        let rate = 0.5 / (1.0 + epoch as f32 * 0.3);
        for &i in &order {
            let (feats, class) = &rows[i];
            let feats: Vec<&String> = feats
                .iter()
                .filter(|f| only.is_none_or(|k| k.binary_search(f).is_ok()))
                .collect();
            let mut p = model.logits(&feats.iter().map(|f| (*f).clone()).collect::<Vec<_>>());
            softmax(&mut p);
            let cw = class_weight[*class];
            for c in 0..7 {
                let g = (p[c] - f32::from(u8::from(c == *class))) * cw;
                model.bias[c] -= rate * g;
                for f in &feats {
                    let w = model.weights.entry((*f).clone()).or_insert([0.0; 7]);
                    w[c] -= rate * (g + l2 * w[c]);
                }
            }
        }
    }
    model
}

/// The `keep` strongest positive features of each class, sorted.
fn strongest(model: &Model, keep: usize) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for c in 0..7 {
        let mut ranked: Vec<(&String, f32)> = model
            .weights
            .iter()
            .map(|(f, w)| (f, w[c]))
            .filter(|(_, w)| *w > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        kept.extend(ranked.into_iter().take(keep).map(|(f, _)| f.clone()));
    }
    kept.sort();
    kept.dedup();
    kept
}

/// Weights rounded to sixteenths of a logit (as stored), small ones dropped.
fn rounded(model: &Model) -> Model {
    let q = |w: f32| ((w * 16.0).round().clamp(-127.0, 127.0)) / 16.0;
    let weights = model
        .weights
        .iter()
        .map(|(f, w)| (f.clone(), w.map(q)))
        .filter(|(_, w)| w.iter().any(|&x| x != 0.0))
        .collect();
    Model {
        bias: model.bias.map(q),
        weights,
    }
}

fn accuracy(model: &Model, rows: &[(Vec<String>, usize)]) -> f64 {
    let right = rows
        .iter()
        .filter(|(f, c)| {
            let z = model.logits(f);
            let best = (0..7).max_by(|&a, &b| z[a].total_cmp(&z[b])).unwrap_or(0);
            best == *c
        })
        .count();
    right as f64 / rows.len().max(1) as f64
}

fn render(model: &Model, acc: f64, train: usize, held: usize, keep: usize) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "//! The issue-type keyword model, written by `defuse fit-issues` (do not edit by hand).\n\
         //!\n\
         //! Fitted on the Bitext customer-support utterances (`../shared/data/\n\
         //! bitext-customer-support`, CDLA-Sharing-1.0), its 27 intents mapped onto these seven\n\
         //! issue types (the mapping is in `crates/defuse-cli/src/issues.rs`): a softmax\n\
         //! regression over words and word pairs, fitted on {train} rows, the {keep} strongest words\n\
         //! per class kept and refitted, rounded to sixteenths of a logit. Held-out accuracy\n\
         //! (a fixed fifth of the rows, {held}, never fitted on): {:.1}%.\n\
         \n\
         use super::situation::IssueType;\n\
         \n\
         /// The classes the model tells apart, by index.\n\
         pub(crate) const CLASSES: [IssueType; 7] = [",
        100.0 * acc
    );
    for c in CLASSES {
        let _ = writeln!(s, "    IssueType::{c:?},");
    }
    let _ = writeln!(
        s,
        "];\n\n/// Per-class bias, in logits.\npub(crate) const BIAS: [f32; 7] = {:?};\n\n\
         /// One word a line: the word, then its weight per class in sixteenths of a logit; sorted\n\
         /// by word. One string: a table of `&str` costs eight bytes of pointer per word in the wasm.\n\
         pub(crate) const WORDS: &str = concat!(",
        model.bias
    );
    for (f, w) in &model.weights {
        let codes: Vec<String> = w
            .iter()
            .map(|x| ((x * 16.0).round() as i8).to_string())
            .collect();
        let _ = writeln!(s, "    \"{f} {}\\n\",", codes.join(" "));
    }
    s.push_str(");\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_an_intent() {
        for c in CLASSES {
            assert!(ISSUE_OF_INTENT.iter().any(|(_, i)| *i == c), "{c:?}");
        }
    }
}
