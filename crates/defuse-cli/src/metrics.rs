//! Classification metrics over a confusion matrix, as TweetEval reports them (percentages).

/// Counts of (gold, predicted) pairs over `k` classes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confusion {
    /// `counts[gold][predicted]`.
    pub counts: Vec<Vec<u32>>,
}

impl Confusion {
    /// An empty matrix over `k` classes.
    pub fn new(k: usize) -> Confusion {
        Confusion {
            counts: vec![vec![0; k]; k],
        }
    }

    /// Counts one item.
    pub fn add(&mut self, gold: usize, predicted: usize) {
        self.counts[gold][predicted] += 1;
    }

    /// Builds the matrix from (gold, predicted) pairs.
    pub fn from_pairs(k: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Confusion {
        let mut m = Confusion::new(k);
        for (g, p) in pairs {
            m.add(g, p);
        }
        m
    }

    fn k(&self) -> usize {
        self.counts.len()
    }

    fn tp(&self, c: usize) -> f64 {
        f64::from(self.counts[c][c])
    }

    fn gold(&self, c: usize) -> f64 {
        self.counts[c].iter().map(|&n| f64::from(n)).sum()
    }

    fn predicted(&self, c: usize) -> f64 {
        self.counts.iter().map(|row| f64::from(row[c])).sum()
    }

    /// Recall of class `c`, 0..=100 (0 when the class has no gold items).
    pub fn recall(&self, c: usize) -> f64 {
        ratio(self.tp(c), self.gold(c))
    }

    /// Precision of class `c`, 0..=100 (0 when nothing was predicted as `c`).
    pub fn precision(&self, c: usize) -> f64 {
        ratio(self.tp(c), self.predicted(c))
    }

    /// F1 of class `c`, 0..=100.
    pub fn f1(&self, c: usize) -> f64 {
        ratio(2.0 * self.tp(c), self.gold(c) + self.predicted(c))
    }

    /// Unweighted mean of the per-class F1, 0..=100.
    pub fn macro_f1(&self) -> f64 {
        (0..self.k()).map(|c| self.f1(c)).sum::<f64>() / self.k() as f64
    }

    /// Unweighted mean of the per-class recall, 0..=100.
    pub fn macro_recall(&self) -> f64 {
        (0..self.k()).map(|c| self.recall(c)).sum::<f64>() / self.k() as f64
    }

    /// Share of items on the diagonal, 0..=100.
    pub fn accuracy(&self) -> f64 {
        let total: f64 = (0..self.k()).map(|c| self.gold(c)).sum();
        ratio((0..self.k()).map(|c| self.tp(c)).sum(), total)
    }
}

fn ratio(num: f64, den: f64) -> f64 {
    if den == 0.0 {
        0.0
    } else {
        100.0 * num / den
    }
}

/// Index of the largest value (the first on ties); 0 for an empty slice.
pub fn argmax(p: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in p.iter().enumerate() {
        if v > p[best] {
            best = i;
        }
    }
    best
}

/// Ranks of `x` from 1, ties sharing the mean of the ranks they span.
pub fn ranks(x: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..x.len()).collect();
    order.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
    let mut r = vec![0.0; x.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && x[order[j + 1]] == x[order[i]] {
            j += 1;
        }
        let mean = (i + j) as f64 / 2.0 + 1.0;
        for &k in &order[i..=j] {
            r[k] = mean;
        }
        i = j + 1;
    }
    r
}

/// Area under the ROC curve of `score` for telling the `positive` items from the rest: the
/// chance a random positive scores above a random negative, ties counting one half
/// (Mann-Whitney). 0.5 when either side is empty.
pub fn roc_auc(score: &[f64], positive: &[bool]) -> f64 {
    let r = ranks(score);
    let pos = positive.iter().filter(|&&p| p).count() as f64;
    let neg = positive.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return 0.5;
    }
    let rank_sum: f64 = r
        .iter()
        .zip(positive)
        .filter(|(_, &p)| p)
        .map(|(r, _)| r)
        .sum();
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

/// Spearman's rank correlation of `x` and `y` (Pearson's over tie-averaged ranks); 0 when
/// either is constant.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    let (rx, ry) = (ranks(x), ranks(y));
    let n = rx.len() as f64;
    let (mx, my) = (rx.iter().sum::<f64>() / n, ry.iter().sum::<f64>() / n);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in rx.iter().zip(&ry) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx) * (a - mx);
        syy += (b - my) * (b - my);
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn binary_f1_by_hand() {
        // gold 1: 8 items, 6 found; gold 0: 12 items, 2 wrongly called 1.
        let m = Confusion {
            counts: vec![vec![10, 2], vec![2, 6]],
        };
        // precision 6/8, recall 6/8 -> F1 75.
        assert!(close(m.f1(1), 75.0));
        // class 0: precision 10/12, recall 10/12 -> F1 83.33...
        assert!(close(m.f1(0), 100.0 * 10.0 / 12.0));
        assert!(close(m.macro_f1(), (75.0 + 100.0 * 10.0 / 12.0) / 2.0));
        assert!(close(m.accuracy(), 80.0));
    }

    #[test]
    fn macro_recall_by_hand() {
        // negative 4 (recall 1/4), neutral 2 (recall 2/2), positive 4 (recall 3/4).
        let m = Confusion {
            counts: vec![vec![1, 3, 0], vec![0, 2, 0], vec![0, 1, 3]],
        };
        assert!(close(m.macro_recall(), 100.0 * (0.25 + 1.0 + 0.75) / 3.0));
    }

    #[test]
    fn f1_with_unequal_precision_and_recall() {
        // class 1: tp 3, fp 1, fn 3 -> P 0.75, R 0.5, F1 0.6.
        let m = Confusion::from_pairs(
            2,
            [
                (1, 1),
                (1, 1),
                (1, 1),
                (1, 0),
                (1, 0),
                (1, 0),
                (0, 1),
                (0, 0),
            ],
        );
        assert!(close(m.f1(1), 60.0));
        assert!(close(m.precision(1), 75.0));
        assert!(close(m.recall(1), 50.0));
    }

    #[test]
    fn empty_class_scores_zero_not_nan() {
        let m = Confusion::from_pairs(3, [(0, 0), (0, 1)]);
        assert_eq!(m.f1(2), 0.0);
        assert_eq!(m.recall(2), 0.0);
        assert!(m.macro_f1().is_finite());
    }

    #[test]
    fn auc_by_hand_with_a_tie() {
        // positives 0.9, 0.5; negatives 0.5, 0.1: pairs (0.9>0.5, 0.9>0.1, 0.5=0.5, 0.5>0.1)
        // -> (1 + 1 + 0.5 + 1) / 4.
        let auc = roc_auc(&[0.9, 0.5, 0.5, 0.1], &[true, true, false, false]);
        assert!(close(auc, 3.5 / 4.0), "{auc}");
        assert!(close(roc_auc(&[1.0, 2.0], &[true, true]), 0.5));
    }

    #[test]
    fn spearman_by_hand() {
        assert!(close(spearman(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0]), 1.0));
        assert!(close(spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]), -1.0));
        // ranks x 1,2,3 and y 1.5,1.5,3: r = 1.5 / sqrt(2 * 1.5).
        let r = spearman(&[1.0, 2.0, 3.0], &[0.0, 0.0, 5.0]);
        assert!(close(r, 1.5 / 3.0_f64.sqrt()), "{r}");
        assert_eq!(spearman(&[1.0, 1.0], &[1.0, 2.0]), 0.0);
    }
}
