//! The heat calibration `defuse fit` writes into `defuse-core/src/model/calibration.rs`: an
//! ordinal logistic model over `defuse_core::heat::features` fitted on the support messages
//! of `support-escalation/train.tsv`, and the two scores where the level crosses 20 and 60.
//!
//! The model: one score `s = w . x` per message and two cut points, `P(level >= 1) =
//! sigmoid(s - t1)` and `P(level = 2) = sigmoid(s - t2)`, fitted on both questions at once
//! (each silver level weighted so the three count alike). The escalation head's inputs are
//! its out-of-fold probabilities, so the calibration learns how far to trust it on messages
//! it did not see. Everything is chosen by cross-validation on the training rows: the L2
//! penalty, and the probabilities at which the level crosses 20 (`q20` of being upset) and
//! 60 (`q60` of being angry), judged on out-of-fold levels the way the product computes
//! them (severity floors included).

use defuse_core::heat::{self, FEATURES, FEATURE_NAMES};
use defuse_core::model::weights::HeadKind;
use defuse_core::model::{self, Scores};
use defuse_core::{analyze_with_scores, heat_features};

use crate::dataset::SupportRow;
use crate::learn::{Linear, Rng};
use crate::metrics::{roc_auc, spearman};

/// L2 penalties tried by cross-validation.
const L2_GRID: [f64; 5] = [1e-4, 1e-3, 1e-2, 3e-2, 1e-1];
/// Full-batch gradient steps per fit (the data is small; this is well past convergence).
const STEPS: usize = 3000;
/// The least share of calm training messages that must stay below 20, and of angry ones
/// that must reach 60, on cross-validation, when the cut points are chosen: the product's
/// promises (80% and 60%) with a margin for new data.
const CALM_SHARE: f64 = 0.85;
const ANGRY_SHARE: f64 = 0.65;
/// How many of the worst training misses the fit prints.
const MISSES: usize = 40;

/// A fitted calibration.
#[derive(Debug, Clone)]
pub struct Calibration {
    /// One weight per feature.
    pub weights: [f32; FEATURES],
    /// The score where the level is 20.
    pub at_20: f32,
    /// The score where the level is 60.
    pub at_60: f32,
    /// What cross-validation found, for the file's header.
    pub summary: String,
}

impl Calibration {
    /// The Rust source of `calibration.rs`.
    pub fn source(&self) -> String {
        let mut w = String::new();
        for (i, (v, name)) in self.weights.iter().zip(FEATURE_NAMES).enumerate() {
            w.push_str(&format!("    {v:?}, // {i}: {name}\n"));
        }
        format!(
            "//! The heat calibration, written by `defuse fit` (do not edit by hand: refit). An \
             ordinal\n//! model over `heat::features`, fitted on `support-escalation/train.tsv` \
             (see\n//! `weights/README.md`), and the two scores where the level crosses 20 and \
             60.\n//!\n{}\n\n/// Weight of each of `heat::FEATURES`, in `heat::FEATURE_NAMES` \
             order.\n#[rustfmt::skip]\npub const WEIGHTS: [f32; crate::heat::FEATURES] = [\n{w}];\n\n\
             /// The score at which the level is 20 (no longer calm).\npub const AT_20: f32 = \
             {:?};\n\n/// The score at which the level is 60 (hostile).\npub const AT_60: f32 = \
             {:?};\n",
            self.summary
                .lines()
                .map(|l| format!("//! {l}").trim_end().to_string())
                .collect::<Vec<_>>()
                .join("\n"),
            self.at_20,
            self.at_60
        )
    }
}

/// Refits only the calibration's input from a refitted offensive head: the offensive
/// weight and one shift of both cut points, by least squares of the committed calibration's
/// score on the `support` (training) messages, read with the compiled-in heads, against the
/// score with `offensive` in place of the compiled-in offensive head. Every other weight, the
/// escalation head and the band width stay as committed, so a smaller offensive head moves
/// the level as little as it can. `header` is the committed file's summary, kept under a
/// line saying what was refitted. With `ridge`, every weight is refitted instead, to every
/// head in `heads` (any of the four; see [`distil`]); without it, `heads` must hold the
/// offensive head and only it is read.
pub fn refit_offensive_input(
    support: &[SupportRow],
    heads: &[(HeadKind, Linear)],
    ridge: Option<f64>,
    match_cuts: bool,
    near_cut: usize,
    header: &str,
) -> Calibration {
    use defuse_core::model::calibration::{AT_20, AT_60, WEIGHTS};
    const OFFENSIVE: usize = 2;
    let score = |x: &[f32; FEATURES]| -> f64 {
        x.iter().zip(&WEIGHTS).map(|(x, w)| f64::from(x * w)).sum()
    };
    if let Some(lambda) = ridge {
        return distil(support, heads, lambda, match_cuts, near_cut, header);
    }
    let heads: Vec<(HeadKind, Linear)> = heads
        .iter()
        .filter(|(kind, _)| *kind == HeadKind::Offensive)
        .cloned()
        .collect();
    // (offensive input with the new head, committed score minus the rest of the new score)
    let pairs: Vec<(f64, f64)> = support
        .iter()
        .map(|r| {
            let old = score(&heat_features(&r.text, scores_of(&r.text, &[], &[])));
            let x = heat_features(&r.text, scores_of(&r.text, &[], &heads));
            let rest = score(&x) - f64::from(x[OFFENSIVE] * WEIGHTS[OFFENSIVE]);
            (f64::from(x[OFFENSIVE]), old - rest)
        })
        .collect();
    let n = pairs.len() as f64;
    let (mx, my) = pairs
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x / n, b + y / n));
    let (sxy, sxx) = pairs.iter().fold((0.0, 0.0), |(a, b), (x, y)| {
        (a + (x - mx) * (y - my), b + (x - mx) * (x - mx))
    });
    let w = if sxx > 0.0 { sxy / sxx } else { 0.0 };
    let shift = my - w * mx;
    let rms = (pairs
        .iter()
        .map(|(x, y)| (y - w * x - shift).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    println!(
        "offensive input refitted on {} support messages: weight {:.3} -> {w:.3}, cut points \
         shifted by {:+.3}, score rms off the committed one {rms:.4}",
        support.len(),
        WEIGHTS[OFFENSIVE],
        -shift
    );
    let mut weights = WEIGHTS;
    weights[OFFENSIVE] = w as f32;
    Calibration {
        weights,
        at_20: AT_20 - shift as f32,
        at_60: AT_60 - shift as f32,
        summary: format!(
            "The offensive weight and a shift of both cut points refitted to a smaller \
             offensive head\n(`defuse fit --refit-offensive-input`: least squares of the \
             committed score on {} support\ntrain messages); the rest as fitted before:\n{header}",
            support.len()
        ),
    }
}

/// Refits every calibration weight and one shift of both cut points to `heads` (in place of
/// the compiled-in ones) by least squares of the committed score on `support`, with a ridge
/// penalty `lambda` (per feature, scaled by that feature's variance) pulling each weight
/// towards its committed value, so the rules written against the weights keep their meaning.
/// With `match_cuts`, each cut point is instead put where the fewest of these messages fall
/// on another side of it than of the committed one with the committed score (labels
/// unread). A message whose committed score is within 0.3 of a cut point counts `near_cut`
/// times (at least once).
fn distil(
    support: &[SupportRow],
    heads: &[(HeadKind, Linear)],
    lambda: f64,
    match_cuts: bool,
    near_cut: usize,
    header: &str,
) -> Calibration {
    use defuse_core::model::calibration::{AT_20, AT_60, WEIGHTS};
    let w0: Vec<f64> = WEIGHTS.iter().map(|&w| f64::from(w)).collect();
    let score =
        |x: &[f32; FEATURES]| -> f64 { x.iter().zip(&w0).map(|(x, w)| f64::from(*x) * w).sum() };
    // (new features, committed score minus the new features' committed score)
    let rows: Vec<(Vec<f64>, f64)> = support
        .iter()
        .flat_map(|r| {
            let old = score(&heat_features(&r.text, scores_of(&r.text, &[], &[])));
            let x = heat_features(&r.text, scores_of(&r.text, &[], heads));
            let near = [AT_20, AT_60]
                .iter()
                .any(|&c| (old - f64::from(c)).abs() < 0.3);
            let row = (x.iter().map(|&v| f64::from(v)).collect(), old - score(&x));
            std::iter::repeat_n(row, if near { near_cut.max(1) } else { 1 })
        })
        .collect();
    let n = rows.len() as f64;
    let k = FEATURES;
    let mean: Vec<f64> = (0..k)
        .map(|j| rows.iter().map(|(x, _)| x[j]).sum::<f64>() / n)
        .collect();
    let my = rows.iter().map(|(_, y)| y).sum::<f64>() / n;
    // Centred normal equations (the shift is the unpenalised intercept).
    let mut a = vec![vec![0.0; k + 1]; k];
    for (x, y) in &rows {
        for i in 0..k {
            let xi = x[i] - mean[i];
            for j in 0..k {
                a[i][j] += xi * (x[j] - mean[j]);
            }
            a[i][k] += xi * (y - my);
        }
    }
    for (i, row) in a.iter_mut().enumerate() {
        // A feature that never varies keeps its weight.
        row[i] += lambda * row[i].max(1e-9) + 1e-9;
    }
    // Gauss-Jordan elimination with partial pivoting.
    for c in 0..k {
        let p = (c..k)
            .max_by(|&i, &j| a[i][c].abs().total_cmp(&a[j][c].abs()))
            .unwrap_or(c);
        a.swap(c, p);
        let d = a[c][c];
        for v in a[c].iter_mut() {
            *v /= d;
        }
        let pivot = a[c].clone();
        for (i, row) in a.iter_mut().enumerate() {
            if i != c {
                let f = row[c];
                for (v, p) in row.iter_mut().zip(&pivot) {
                    *v -= f * p;
                }
            }
        }
    }
    let dw: Vec<f64> = a.iter().map(|row| row[k]).collect();
    let shift = my - dw.iter().zip(&mean).map(|(d, m)| d * m).sum::<f64>();
    let rms = (rows
        .iter()
        .map(|(x, y)| {
            let fit: f64 = x.iter().zip(&dw).map(|(x, d)| x * d).sum::<f64>() + shift;
            (y - fit).powi(2)
        })
        .sum::<f64>()
        / n)
        .sqrt();
    let rms0 = (rows.iter().map(|(_, y)| y * y).sum::<f64>() / n).sqrt();
    println!(
        "calibration distilled on {} messages, ridge {lambda}: score rms off the committed one \
         {rms0:.4} -> {rms:.4}, cut points shifted by {:+.3}",
        rows.len(),
        -shift
    );
    // The committed score and the new one, per message.
    let (old, new): (Vec<f64>, Vec<f64>) = rows
        .iter()
        .map(|(x, y)| {
            let s: f64 = x.iter().zip(&w0).map(|(x, w)| x * w).sum();
            let d: f64 = x.iter().zip(&dw).map(|(x, d)| x * d).sum();
            (y + s, s + d)
        })
        .unzip();
    // The new score's cut that most of these messages fall on the same side of as of `cut`
    // with the committed one (a midpoint between two new scores).
    let matched = |cut: f32| -> f32 {
        let mut order: Vec<(f64, bool)> = new
            .iter()
            .zip(&old)
            .map(|(&n, &o)| (n, o < f64::from(cut)))
            .collect();
        order.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Disagreements with the cut below every message: the messages committed below.
        let mut wrong = order.iter().filter(|m| m.1).count();
        let (mut best, mut at) = (wrong, order[0].0 - 1.0);
        for (k, m) in order.iter().enumerate() {
            wrong = if m.1 { wrong - 1 } else { wrong + 1 };
            let next = order.get(k + 1).map_or(m.0 + 1.0, |n| n.0);
            let mid = (m.0 + next) / 2.0;
            // Ties: the cut nearest the least-squares one.
            if wrong < best
                || (wrong == best
                    && (mid - f64::from(cut) + shift).abs() < (at - f64::from(cut) + shift).abs())
            {
                (best, at) = (wrong, mid);
            }
        }
        at as f32
    };
    let (at_20, at_60) = if match_cuts {
        (matched(AT_20), matched(AT_60))
    } else {
        (AT_20 - shift as f32, AT_60 - shift as f32)
    };
    println!(
        "cut points {AT_20:.3} / {AT_60:.3} -> {at_20:.3} / {at_60:.3} (shift alone: {:.3} / {:.3})",
        AT_20 - shift as f32,
        AT_60 - shift as f32
    );
    let mut weights = WEIGHTS;
    for (i, (w, d)) in weights.iter_mut().zip(&dw).enumerate() {
        if d.abs() > 1e-3 {
            println!(
                "  {i} {}: {w:.3} -> {:.3}",
                FEATURE_NAMES[i],
                f64::from(*w) + d
            );
        }
        *w = (f64::from(*w) + d) as f32;
    }
    Calibration {
        weights,
        at_20,
        at_60,
        summary: format!(
            "Every weight and a shift of both cut points refitted to smaller heads ({})\n\
             (`defuse fit --refit-offensive-input --distil-ridge {lambda}` and the head's own \
             options: least squares of the \
             committed score\non {} support train and chat fit messages, labels unread); the \
             committed file's summary:\n{header}",
            heads
                .iter()
                .map(|(kind, _)| format!("{kind:?}").to_lowercase())
                .collect::<Vec<_>>()
                .join(", "),
            rows.len()
        ),
    }
}

/// Per message, out-of-fold logits of "upset" and "angry" (`s - t1`, `s - t2`).
type Logits = Vec<(f64, f64)>;

/// The chat messages the calibration is also fitted on (or only reported on, at weight 0).
pub struct Chat<'a> {
    /// The messages.
    pub rows: &'a [SupportRow],
    /// Out-of-fold probabilities, per message, of the heads fitted on them too.
    pub oof: &'a [(HeadKind, Vec<Vec<f32>>)],
    /// What one counts in the loss against one support message.
    pub weight: f64,
}

/// One training message as the calibration sees it.
struct Row {
    x: [f64; FEATURES],
    level: u8,
    /// The severity floor of its signals.
    floor: f32,
    /// How much it counts in the loss (support messages 1, chat messages `--chat-weight`).
    weight: f64,
    /// A chat message (`--chat`), not a support one: the reported figures are per source.
    chat: bool,
}

/// Fits the calibration on `support` rows, with the escalation head's out-of-fold
/// probabilities `oof` (one per row, then one per chat message when the head was fitted on
/// them too) and the other heads as just fitted in `heads` (the compiled-in ones for heads
/// not fitted in this run); and on the `chat` messages at their weight. The L2 penalty and
/// the cut points are chosen on the support rows alone; the chat rows' figures are
/// reported, and the fitted level of every `check` row printed.
pub fn fit(
    support: &[SupportRow],
    oof: &[Vec<f32>],
    chat: &Chat<'_>,
    check: &[SupportRow],
    heads: &[(HeadKind, Linear)],
    folds: usize,
    seed: u64,
) -> Calibration {
    let Chat {
        rows: chat,
        oof: chat_oof,
        weight: chat_weight,
    } = *chat;
    let row_with = |r: &SupportRow, scores: Scores, weight: f64, chat: bool| {
        let x = heat_features(&r.text, scores);
        let signals = analyze_with_scores(&r.text, scores).signals;
        Row {
            x: x.map(f64::from),
            level: r.level,
            floor: heat::floor(&signals),
            weight,
            chat,
        }
    };
    let row = |r: &SupportRow, escalation: &[f32], weight: f64, chat: bool| {
        row_with(r, scores_of(&r.text, escalation, heads), weight, chat)
    };
    // Chat messages were never in the escalation head's training: its plain probabilities
    // are out of sample for them, as the out-of-fold ones are for the support messages.
    let mut rows: Vec<Row> = support
        .iter()
        .zip(oof)
        .map(|(r, oof)| row(r, oof, 1.0, false))
        .collect();
    // Unless the head was fitted on them too: then their out-of-fold ones.
    // The same for the other heads fitted on them.
    rows.extend(chat.iter().enumerate().map(|(k, r)| {
        let oof = oof.get(support.len() + k).map_or(&[][..], |p| p.as_slice());
        let mut scores = scores_of(&r.text, oof, heads);
        for (kind, p) in chat_oof {
            let p = &p[k];
            match kind {
                HeadKind::Anger => scores.anger = p[1],
                HeadKind::Offensive => scores.offensive = p[1],
                HeadKind::Polarity => scores.polarity.copy_from_slice(p),
                HeadKind::Escalation => {}
            }
        }
        row_with(r, scores, chat_weight, true)
    }));
    let n = rows.len();
    // The support messages' folds as without chat messages; the chat ones dealt out apart.
    let ns = support.len();
    let mut fold_of = vec![0; n];
    for (range, salt) in [(0..ns, 0xca1b), (ns..n, 0xc4a7)] {
        let mut order: Vec<usize> = range.collect();
        Rng::new(seed ^ salt).shuffle(&mut order);
        for (pos, &i) in order.iter().enumerate() {
            fold_of[i] = pos % folds;
        }
    }
    // (summed figures, L2, out-of-fold logits) of the best penalty so far.
    let mut best: Option<(f64, f64, Logits)> = None;
    for l2 in L2_GRID {
        // Out-of-fold logits of "upset" and "angry" (s - t1, s - t2).
        let mut out = vec![(0.0, 0.0); n];
        for fold in 0..folds {
            let train: Vec<usize> = (0..n).filter(|&i| fold_of[i] != fold).collect();
            let m = ordinal(&rows, &train, l2);
            for i in (0..n).filter(|&i| fold_of[i] == fold) {
                let s = m.score(&rows[i].x);
                out[i] = (s - m.t1, s - m.t2);
            }
        }
        let s: Vec<f64> = out.iter().map(|o| o.0).collect();
        // Chosen on the support messages alone, chat messages in the fit or not.
        let (auc_u, auc_a, rho) = orderings(&rows, &s, false);
        let score = auc_u + auc_a + rho;
        println!(
            "calibration: l2 {l2:e}: cross-validated AUC upset {auc_u:.3}, AUC angry {auc_a:.3}, \
             Spearman {rho:.3}"
        );
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, l2, out));
        }
    }
    let (_, l2, out) = best.expect("the grid is not empty");
    let (q20, q60) = cut_points(&rows, &out);
    let m = ordinal(&rows, &(0..n).collect::<Vec<_>>(), l2);
    let at_20 = m.t1 + q20;
    let at_60 = (m.t2 + q60).max(at_20 + 0.5);
    // The whole pipeline on the out-of-fold logits, as the product computes the level.
    let levels: Vec<f64> = rows
        .iter()
        .zip(&out)
        .map(|(r, o)| level(o.0 - q20, o.1 - q60, r.floor))
        .collect();
    let (auc_u, auc_a, rho) = orderings(&rows, &levels, false);
    let (calm, angry) = shares(&rows, &levels, false);
    let mut summary = format!(
        "Chosen by {folds}-fold cross-validation on {ns} training messages: L2 {l2:e}; the level \
         crosses 20 at\nlog-odds {q20:+.2} of being upset and 60 at log-odds {q60:+.2} of being \
         angry. Cross-validated\n(out-of-fold, severity floors included): AUC upset \
         {auc_u:.3}, AUC angry {auc_a:.3}, Spearman {rho:.3},\ncalm below 20 {:.1}%, angry at \
         60+ {:.1}%.",
        100.0 * calm,
        100.0 * angry
    );
    if n > ns {
        let (auc_u, auc_a, rho) = orderings(&rows, &levels, true);
        let (calm, angry) = shares(&rows, &levels, true);
        let how = if chat_weight > 0.0 {
            format!("also fitted on, each counting {chat_weight} of a\nsupport message")
        } else {
            "not fitted on\n(weight 0)".to_string()
        };
        summary.push_str(&format!(
            "\n{} chat messages (`tests/data/chat/fit.tsv`), {how}; their own folds, \
             cross-validated: AUC upset \
             {auc_u:.3}, AUC angry {auc_a:.3},\nSpearman {rho:.3}, calm below 20 {:.1}%, angry \
             at 60+ {:.1}%.",
            n - ns,
            100.0 * calm,
            100.0 * angry
        ));
    }
    println!("{summary}");
    // Out-of-fold levels of short messages (a public rant is often a line) against longer
    // ones, per silver level: whether the level runs high on short texts.
    // The same for the messages the labeller marked sarcastic, against the rest.
    let short = |i: usize| support[i].text.split_whitespace().count() <= 12;
    let groups: [(&str, &dyn Fn(usize) -> bool); 4] = [
        ("short (<= 12 words)", &|i| short(i)),
        ("longer", &|i| !short(i)),
        ("sarcastic", &|i| support[i].sarcasm),
        ("not sarcastic", &|i| !support[i].sarcasm),
    ];
    for (name, inside) in groups {
        for silver in 0..=2u8 {
            let picked: Vec<f64> = (0..ns)
                .filter(|&i| rows[i].level == silver && inside(i))
                .map(|i| levels[i])
                .collect();
            if picked.is_empty() {
                continue;
            }
            let mean = picked.iter().sum::<f64>() / picked.len().max(1) as f64;
            let at = |lo: f64, hi: f64| picked.iter().filter(|&&l| l >= lo && l < hi).count();
            println!(
                "  {name}, silver {silver}: {} messages, mean level {mean:.1}, below 20 {}, \
                 20-59 {}, 60+ {}",
                picked.len(),
                at(f64::NEG_INFINITY, 20.0),
                at(20.0, 60.0),
                at(60.0, f64::INFINITY),
            );
        }
    }
    // The training messages furthest from their band, out of fold: where rules are missing.
    print_worst(
        "training messages",
        support
            .iter()
            .zip(&levels)
            .map(|(r, &l)| (r.level, l, r.text.as_str())),
    );
    if n > ns {
        print_worst(
            "chat messages",
            chat.iter()
                .zip(&levels[ns..])
                .map(|(r, &l)| (r.level, l, r.text.as_str())),
        );
    }
    if !check.is_empty() {
        let levels: Vec<(u8, f32, &str)> = check
            .iter()
            .map(|r| {
                let row = row(r, &[], 0.0, true);
                let s = m.score(&row.x) as f32;
                let l = heat::level_of_score(s, at_20 as f32, at_60 as f32).max(row.floor);
                (r.level, l.clamp(0.0, 100.0), r.text.as_str())
            })
            .collect();
        let share = |level: u8, hit: &dyn Fn(f32) -> bool| {
            let of: Vec<f32> = levels
                .iter()
                .filter(|l| l.0 == level)
                .map(|l| l.1)
                .collect();
            format!("{} of {}", of.iter().filter(|&&l| hit(l)).count(), of.len())
        };
        println!(
            "check set (the fitted calibration, not fitted on): calm below 20 {}, frustrated \
             20+ {}, angry 40+ {}, angry 60+ {}",
            share(0, &|l| l < 20.0),
            share(1, &|l| l >= 20.0),
            share(2, &|l| l >= 40.0),
            share(2, &|l| l >= 60.0),
        );
        for (level, l, text) in &levels {
            let off = match level {
                0 => *l >= 20.0,
                1 => *l < 20.0,
                _ => *l < 40.0,
            };
            let miss = if off { "miss" } else { "    " };
            println!("  check {miss}: {level} level {l:>5.1}  {text}");
        }
    }
    let mut weights = [0f32; FEATURES];
    for (w, v) in weights.iter_mut().zip(&m.w) {
        *w = *v as f32;
    }
    for (name, w) in FEATURE_NAMES.iter().zip(&weights) {
        println!("  {name:<36} {w:+.3}");
    }
    Calibration {
        weights,
        at_20: at_20 as f32,
        at_60: at_60 as f32,
        summary,
    }
}

/// How far `level` lies outside the band of its silver label (calm below 20, frustrated
/// 20-59, angry 60+): 0 or less inside it.
fn off_band(silver: u8, level: f64) -> f64 {
    match silver {
        0 => level - 19.0,
        1 => (20.0 - level).max(level - 59.0),
        _ => 60.0 - level,
    }
}

/// Prints the [`MISSES`] messages (silver label, level, text) furthest outside their band,
/// furthest first, ties in input order.
fn print_worst<'a>(what: &str, messages: impl Iterator<Item = (u8, f64, &'a str)>) {
    let mut worst: Vec<(f64, usize, u8, f64, &str)> = messages
        .enumerate()
        .map(|(i, (silver, level, text))| (off_band(silver, level), i, silver, level, text))
        .filter(|m| m.0 > 0.0)
        .collect();
    worst.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    println!("worst out-of-fold misses on the {what}:");
    for &(_, _, silver, level, text) in worst.iter().take(MISSES) {
        let text: String = text.chars().take(110).collect();
        println!("  {silver} level {level:>3}  {text}");
    }
}

/// The learned layer's scores of `text`: the escalation head's given probabilities, the
/// other heads from `heads` where fitted in this run, else the compiled-in ones.
fn scores_of(text: &str, escalation: &[f32], heads: &[(HeadKind, Linear)]) -> Scores {
    let mut scores = model::score(text);
    let feats = model::features_of(text);
    for (kind, head) in heads {
        let p = head.probs(&feats);
        match kind {
            HeadKind::Anger => scores.anger = p[1],
            HeadKind::Offensive => scores.offensive = p[1],
            HeadKind::Polarity => scores.polarity.copy_from_slice(&p),
            HeadKind::Escalation if escalation.is_empty() => {
                scores.escalation.copy_from_slice(&p);
            }
            HeadKind::Escalation => {}
        }
    }
    if escalation.len() == 3 {
        scores.escalation.copy_from_slice(escalation);
    }
    scores
}

/// The product's level from the logits of upset and angry measured from the cut points
/// (0 at the cut), as `heat::level_of_score` maps them, with the severity floor.
fn level(upset: f64, angry: f64, floor: f32) -> f64 {
    // The score relative to at_20 is `upset`; at_60 - at_20 is `upset - angry`.
    let width = (upset - angry).max(0.5) as f32;
    let l = heat::level_of_score(upset as f32, 0.0, width);
    f64::from(l.max(floor).clamp(0.0, 100.0).round())
}

/// The cut points, as log-odds added to the out-of-fold logits: the level reaches 20 where
/// Youden's index of "upset" is best among the points that keep [`CALM_SHARE`] of calm
/// messages below 20, and 60 where the index of "angry" is best among those that put
/// [`ANGRY_SHARE`] of angry messages at 60 or above (floors included).
fn cut_points(rows: &[Row], out: &[(f64, f64)]) -> (f64, f64) {
    let grid: Vec<f64> = (-40..=40).map(|k| f64::from(k) / 10.0).collect();
    let mut q20 = 0.0;
    let mut best = f64::NEG_INFINITY;
    for &q in &grid {
        let below = |r: &Row, o: &(f64, f64)| o.0 - q < 0.0 && r.floor < 20.0;
        let (calm, upset) = split(rows, out, |r| r.level == 0, below, false);
        // Youden's index: calm kept below 20 plus upset put above it, minus one.
        if calm >= CALM_SHARE && calm - upset > best {
            best = calm - upset;
            q20 = q;
        }
    }
    let mut q60 = 0.0;
    let mut best = f64::NEG_INFINITY;
    for &q in &grid {
        let at = |r: &Row, o: &(f64, f64)| level(o.0 - q20, o.1 - q, r.floor) >= 60.0;
        let (angry, rest) = split(rows, out, |r| r.level == 2, at, false);
        let youden = angry - rest;
        if angry >= ANGRY_SHARE && youden > best {
            best = youden;
            q60 = q;
        }
    }
    (q20, q60)
}

/// Share of the rows in `class` for which `hit` holds, and of the others.
fn split(
    rows: &[Row],
    out: &[(f64, f64)],
    class: impl Fn(&Row) -> bool,
    hit: impl Fn(&Row, &(f64, f64)) -> bool,
    chat: bool,
) -> (f64, f64) {
    let (mut a, mut na, mut b, mut nb) = (0.0, 0.0, 0.0, 0.0);
    for (r, o) in rows.iter().zip(out).filter(|(r, _)| r.chat == chat) {
        let h = f64::from(u8::from(hit(r, o)));
        if class(r) {
            a += h;
            na += 1.0;
        } else {
            b += h;
            nb += 1.0;
        }
    }
    (a / f64::max(na, 1.0), b / f64::max(nb, 1.0))
}

/// AUC upset, AUC angry and Spearman of `s` on the chat or the support rows.
fn orderings(rows: &[Row], s: &[f64], chat: bool) -> (f64, f64, f64) {
    let (rows, s): (Vec<&Row>, Vec<f64>) =
        rows.iter().zip(s).filter(|(r, _)| r.chat == chat).unzip();
    let upset: Vec<bool> = rows.iter().map(|r| r.level >= 1).collect();
    let angry: Vec<bool> = rows.iter().map(|r| r.level == 2).collect();
    let gold: Vec<f64> = rows.iter().map(|r| f64::from(r.level)).collect();
    (
        roc_auc(&s, &upset),
        roc_auc(&s, &angry),
        spearman(&s, &gold),
    )
}

/// Calm below 20 and angry at 60+ on the chat or the support rows.
fn shares(rows: &[Row], levels: &[f64], chat: bool) -> (f64, f64) {
    let (calm, _) = split(
        rows,
        &levels.iter().map(|&l| (l, 0.0)).collect::<Vec<_>>(),
        |r| r.level == 0,
        |_, o| o.0 < 20.0,
        chat,
    );
    let (angry, _) = split(
        rows,
        &levels.iter().map(|&l| (l, 0.0)).collect::<Vec<_>>(),
        |r| r.level == 2,
        |_, o| o.0 >= 60.0,
        chat,
    );
    (calm, angry)
}

/// An ordinal model: weights and the two cut points.
struct Ordinal {
    w: [f64; FEATURES],
    t1: f64,
    t2: f64,
}

impl Ordinal {
    fn score(&self, x: &[f64; FEATURES]) -> f64 {
        x.iter().zip(&self.w).map(|(x, w)| x * w).sum()
    }
}

/// Fits the ordinal model on `rows[subset]` by full-batch gradient descent (AdaGrad steps)
/// on the two binary log-losses, levels weighted to count alike, with L2 on the weights.
fn ordinal(rows: &[Row], subset: &[usize], l2: f64) -> Ordinal {
    let mut count = [0f64; 3];
    for &i in subset {
        count[usize::from(rows[i].level)] += rows[i].weight;
    }
    let all: f64 = count.iter().sum();
    let cw: Vec<f64> = count.iter().map(|&c| all / (3.0 * c.max(1e-9))).collect();
    let total: f64 = subset
        .iter()
        .map(|&i| cw[usize::from(rows[i].level)] * rows[i].weight)
        .sum();
    let mut m = Ordinal {
        w: [0.0; FEATURES],
        t1: 0.0,
        t2: 1.0,
    };
    let mut g2 = [1e-8; FEATURES + 2];
    let sigmoid = |z: f64| 1.0 / (1.0 + (-z).exp());
    for _ in 0..STEPS {
        let mut gw = [0f64; FEATURES];
        let (mut g1, mut gt2) = (0.0, 0.0);
        for &i in subset {
            let r = &rows[i];
            let s = m.score(&r.x);
            let c = cw[usize::from(r.level)] * r.weight / total;
            let d1 = sigmoid(s - m.t1) - f64::from(u8::from(r.level >= 1));
            let d2 = sigmoid(s - m.t2) - f64::from(u8::from(r.level == 2));
            for (g, x) in gw.iter_mut().zip(&r.x) {
                *g += c * (d1 + d2) * x;
            }
            g1 -= c * d1;
            gt2 -= c * d2;
        }
        for (g, w) in gw.iter_mut().zip(&m.w) {
            *g += l2 * w;
        }
        let rate = 0.5;
        for (j, g) in gw.iter().enumerate() {
            g2[j] += g * g;
            m.w[j] -= rate * g / g2[j].sqrt();
        }
        g2[FEATURES] += g1 * g1;
        m.t1 -= rate * g1 / g2[FEATURES].sqrt();
        g2[FEATURES + 1] += gt2 * gt2;
        m.t2 -= rate * gt2 / g2[FEATURES + 1].sqrt();
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With the compiled-in heads in place (nothing replaced), distilling gives the committed
    /// calibration back: the least-squares solve changes no weight and shifts no cut point.
    #[test]
    fn distil_with_the_committed_heads_gives_the_committed_calibration() {
        use defuse_core::model::calibration::{AT_20, AT_60, WEIGHTS};
        let rows: Vec<SupportRow> = [
            "where is my parcel, it was due Monday",
            "this is the THIRD time I've asked, cancel my account now",
            "thanks, all sorted",
            "you charged me twice and nobody answers, I'll go to my bank",
            "the app crashes every time I open it!!",
            "worst service ever, you people are useless",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| SupportRow {
            id: i.to_string(),
            level: 0,
            text: (*t).to_string(),
            sarcasm: false,
            offensive: false,
        })
        .collect();
        let c = distil(&rows, &[], 0.0, false, 1, "");
        for (w, w0) in c.weights.iter().zip(WEIGHTS) {
            assert!((w - w0).abs() < 1e-4, "{w} != {w0}");
        }
        assert!((c.at_20 - AT_20).abs() < 1e-4 && (c.at_60 - AT_60).abs() < 1e-4);
    }
}
