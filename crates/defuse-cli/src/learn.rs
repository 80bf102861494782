//! Fitting the learned layer's heads: logistic regression (softmax for several classes,
//! sigmoid for yes/no) over hashed features, by AdaGrad with L2, in a fixed order from a
//! fixed seed so a refit gives the same bytes.

use std::collections::HashMap;

use defuse_core::model::features::Feature;
use defuse_core::model::weights::bucket;
use defuse_core::model::{sigmoid, softmax};

/// One training item: its features and its class.
#[derive(Debug, Clone)]
pub struct Example {
    /// Hashed features, as `defuse_core::model::features_of` gives them.
    pub feats: Vec<Feature>,
    /// Class index; for a yes/no head, 1 means yes.
    pub label: usize,
    /// How much the example counts in the loss, on top of its class's weight.
    pub weight: f32,
}

/// How to fit one head.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Outputs: 1 for a yes/no head, else the class count.
    pub outputs: usize,
    /// log2 of the bucket count.
    pub bits: u8,
    /// L2 penalty per step.
    pub l2: f32,
    /// L1 penalty per step (a proximal step after each update: weights that do not earn
    /// their keep end at exactly zero, which is what makes the weights file small).
    pub l1: f32,
    /// Passes over the data.
    pub epochs: u32,
    /// AdaGrad base learning rate.
    pub rate: f32,
    /// Seed of the shuffling.
    pub seed: u64,
    /// Features seen in fewer training examples than this are left out of the fit: one-off
    /// words would otherwise fill the shared buckets with noise.
    pub min_count: u32,
}

/// A fitted head in full precision.
#[derive(Debug, Clone)]
pub struct Linear {
    /// Outputs (1 for yes/no).
    pub outputs: usize,
    /// log2 of the bucket count.
    pub bits: u8,
    /// Weights, bucket-major.
    pub weights: Vec<f32>,
    /// One bias per output.
    pub biases: Vec<f32>,
}

impl Linear {
    /// Class probabilities (length 2 for a yes/no head: no, yes).
    pub fn probs(&self, feats: &[Feature]) -> Vec<f32> {
        let mut z = self.biases.clone();
        for f in feats {
            let (b, sign) = bucket(f.hash, self.bits);
            let row = b * self.outputs;
            for (c, zc) in z.iter_mut().enumerate() {
                *zc += sign * f.value * self.weights[row + c];
            }
        }
        if self.outputs == 1 {
            let p = sigmoid(z[0]);
            vec![1.0 - p, p]
        } else {
            softmax(&mut z);
            z
        }
    }

    /// Which weights are nonzero, as a mask for [`train`].
    pub fn support(&self) -> Vec<bool> {
        self.weights.iter().map(|&w| w != 0.0).collect()
    }

    /// The same head with all but the `keep` share of its nonzero buckets (the largest by
    /// the size of their row of weights) set to exactly zero. A bucket is kept or dropped
    /// with all its classes, so the weights file says once per bucket whether it is there;
    /// the zeros cost almost nothing once the file is compressed.
    pub fn pruned(&self, keep: f32) -> Linear {
        let k = self.outputs;
        let size = |row: &[f32]| row.iter().map(|w| w * w).sum::<f32>();
        let mut sizes: Vec<f32> = self
            .weights
            .chunks(k)
            .map(size)
            .filter(|&s| s > 0.0)
            .collect();
        let kept = ((sizes.len() as f32) * keep).round() as usize;
        let floor = if kept == 0 {
            f32::INFINITY
        } else if kept >= sizes.len() {
            0.0
        } else {
            let at = sizes.len() - kept;
            *sizes.select_nth_unstable_by(at, f32::total_cmp).1
        };
        let mut weights = self.weights.clone();
        for row in weights.chunks_mut(k) {
            if size(row) < floor {
                row.fill(0.0);
            }
        }
        Linear {
            weights,
            ..self.clone()
        }
    }

    /// Codes of `code_bits` bits for the weights and the codebook they index. Code 0 is
    /// exactly 0 and stands for the zero weights only; the other codes come from 1-D k-means
    /// (Lloyd's algorithm, started from quantiles, a fixed number of rounds) over the nonzero
    /// weights.
    pub fn quantize(&self, code_bits: u8) -> (Vec<f32>, Vec<u8>) {
        let size = 1usize << code_bits;
        let mut sorted: Vec<f32> = self.weights.iter().copied().filter(|&w| w != 0.0).collect();
        sorted.sort_by(f32::total_cmp);
        let mut codebook = vec![0f32; size];
        if sorted.is_empty() {
            return (codebook, vec![0; self.weights.len()]);
        }
        let k = size - 1;
        let centres = &mut codebook[1..];
        for (j, v) in centres.iter_mut().enumerate() {
            // Quantiles at the middle of k equal slices.
            *v = sorted[((2 * j + 1) * sorted.len()) / (2 * k)];
        }
        for _ in 0..25 {
            let mut sum = vec![0f64; k];
            let mut n = vec![0u32; k];
            for &w in &sorted {
                let j = nearest(centres, w);
                sum[j] += f64::from(w);
                n[j] += 1;
            }
            for j in 0..k {
                if n[j] > 0 {
                    centres[j] = (sum[j] / f64::from(n[j])) as f32;
                }
            }
            centres.sort_by(f32::total_cmp);
        }
        let codes = self
            .weights
            .iter()
            .map(|&w| {
                if w == 0.0 {
                    0
                } else {
                    1 + nearest(&codebook[1..], w) as u8
                }
            })
            .collect();
        (codebook, codes)
    }

    /// The same head with its weights replaced by their codebook values, as the core sees it.
    pub fn quantized(&self, code_bits: u8) -> Linear {
        let (codebook, codes) = self.quantize(code_bits);
        Linear {
            weights: codes.iter().map(|&c| codebook[usize::from(c)]).collect(),
            ..self.clone()
        }
    }
}

fn nearest(codebook: &[f32], w: f32) -> usize {
    let mut best = 0;
    for (j, &c) in codebook.iter().enumerate() {
        if (c - w).abs() < (codebook[best] - w).abs() {
            best = j;
        }
    }
    best
}

/// A small deterministic generator (splitmix64) for the shuffles.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Shuffles `items` in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Per-class weights that make every class count the same in the loss.
pub fn balanced_weights(examples: &[Example], subset: &[usize], classes: usize) -> Vec<f32> {
    let mut n = vec![0usize; classes];
    for &i in subset {
        n[examples[i].label] += 1;
    }
    n.iter()
        .map(|&c| subset.len() as f32 / (classes as f32 * c.max(1) as f32))
        .collect()
}

/// Fits a head on `examples[subset]`, weighting each class by `class_weight`. With a `mask`
/// (one flag per weight), only the flagged weights are fitted and the rest stay exactly zero:
/// refitting the weights that survived pruning recovers most of what pruning cost.
pub fn train(
    cfg: &Config,
    examples: &[Example],
    subset: &[usize],
    class_weight: &[f32],
    mask: Option<&[bool]>,
) -> Linear {
    let k = cfg.outputs;
    let buckets = 1usize << cfg.bits;
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for &i in subset {
        for f in &examples[i].feats {
            *counts.entry(f.hash).or_default() += 1;
        }
    }
    // Kept features per example, as (row, signed value), computed once.
    let rows: Vec<Vec<(usize, f32)>> = examples
        .iter()
        .map(|ex| {
            ex.feats
                .iter()
                .filter(|f| counts.get(&f.hash).copied().unwrap_or(0) >= cfg.min_count)
                .map(|f| {
                    let (b, sign) = bucket(f.hash, cfg.bits);
                    (b * k, sign * f.value)
                })
                .collect()
        })
        .collect();
    let mut w = vec![0f32; buckets * k];
    let mut gw = vec![0f32; buckets * k];
    let mut b = vec![0f32; k];
    let mut gb = vec![0f32; k];
    let mut order = subset.to_vec();
    let mut rng = Rng::new(cfg.seed);
    let mut grad = vec![0f32; k];
    let mut z = Vec::with_capacity(k);
    for _ in 0..cfg.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let ex = &examples[i];
            z.clear();
            z.extend_from_slice(&b);
            for &(row, v) in &rows[i] {
                for (c, zc) in z.iter_mut().enumerate() {
                    *zc += v * w[row + c];
                }
            }
            let cw = class_weight[ex.label] * ex.weight;
            if k == 1 {
                grad[0] = cw * (sigmoid(z[0]) - ex.label as f32);
            } else {
                softmax(&mut z);
                for c in 0..k {
                    grad[c] = cw * (z[c] - f32::from(u8::from(c == ex.label)));
                }
            }
            for c in 0..k {
                gb[c] += grad[c] * grad[c];
                b[c] -= cfg.rate * grad[c] / (gb[c].sqrt() + 1e-6);
            }
            for &(row, v) in &rows[i] {
                for (c, &gc) in grad.iter().enumerate() {
                    let j = row + c;
                    if mask.is_some_and(|m| !m[j]) {
                        continue;
                    }
                    let g = gc * v + cfg.l2 * w[j];
                    gw[j] += g * g;
                    let step = cfg.rate / (gw[j].sqrt() + 1e-6);
                    let v = w[j] - step * g;
                    w[j] = v.signum() * (v.abs() - step * cfg.l1).max(0.0);
                }
            }
        }
    }
    Linear {
        outputs: k,
        bits: cfg.bits,
        weights: w,
        biases: b,
    }
}
