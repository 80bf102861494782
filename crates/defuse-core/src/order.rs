//! One sort for the whole crate: every generic `sort_by_key` call is its own copy of the
//! standard library's sorting code in the wasm (the nine callers each calling
//! `slice::sort_by_key` measured 7.2 KB brotli more than this), so the rules, the playbook
//! and the technique finder all sort through [`sort_by_key`]. Only reading the keys and
//! swapping two items are generic (a few dozen bytes per caller); the sort itself is not
//! generic, runs on `(key, position)` pairs, and is stable because the position breaks ties.

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub(crate) fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> u64) {
    let keys = keys(items.len(), &|i| key(&items[i]));
    sort_keys(keys, &mut |a, b| items.swap(a, b));
}

/// The keys of items `0..len`, `key(i)` each: collected here, not in every caller's copy of
/// [`sort_by_key`].
#[inline(never)]
fn keys(len: usize, key: &dyn Fn(usize) -> u64) -> Vec<u64> {
    (0..len).map(key).collect()
}

/// Sorts the items whose keys are `keys` (in item order) through `swap`, which exchanges
/// two items: the sort and the permutation, not generic, for every caller.
#[inline(never)]
fn sort_keys(keys: Vec<u64>, swap: &mut dyn FnMut(usize, usize)) {
    // Most lists (a message's hits) arrive sorted.
    if keys.windows(2).all(|w| w[0] <= w[1]) {
        return;
    }
    // Positions are unique, so the unstable sort of (key, position) is a stable sort of
    // the keys; one instance of it serves every caller.
    let mut order: Vec<(u64, u32)> = keys.into_iter().zip(0..).collect();
    heapsort(&mut order);
    // `from[j]` is the position of the item that belongs at `j`; a settled place holds `j`.
    let mut from: Vec<usize> = order.iter().map(|&(_, i)| i as usize).collect();
    for start in 0..from.len() {
        let mut j = start;
        loop {
            let k = std::mem::replace(&mut from[j], j);
            if k == start || k == j {
                break;
            }
            // Place `j` gets its item; the item that was at `j` (the one that belongs where
            // this cycle started) moves on to `k`.
            swap(j, k);
            j = k;
        }
    }
}

/// Sorts `v` ascending in place. A heapsort: about 150 bytes of the wasm, where the
/// standard library's `sort_unstable` (a pattern-defeating quicksort with small-sort
/// networks and a heapsort fallback) is about 4 KB; the pairs are distinct, so every correct
/// sort leaves them in the same order. O(n log n) in every case; the one long list, the
/// lexicon's stems, is sorted once.
fn heapsort(v: &mut [(u64, u32)]) {
    let n = v.len();
    // A max-heap over the whole slice, then the largest moved behind it one at a time.
    for root in (0..n / 2).rev() {
        sift_down(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Restores the max-heap order of `v[..end]` below `root`, whose children are heaps.
fn sift_down(v: &mut [(u64, u32)], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && v[child] < v[child + 1] {
            child += 1;
        }
        if v[root] >= v[child] {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

/// Two `u32`s as one key: `high` first, then `low`.
pub(crate) fn pair(high: u32, low: u32) -> u64 {
    (u64::from(high) << 32) | u64::from(low)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, "a"), (1, "b"), (3, "c"), (0, "d"), (1, "e")];
        sort_by_key(&mut v, |&(k, _)| k);
        assert_eq!(v, [(0, "d"), (1, "b"), (1, "e"), (3, "a"), (3, "c")]);
        let mut owned: Vec<String> = ["bb", "a", "ccc", "dd"].map(String::from).to_vec();
        sort_by_key(&mut owned, |s| s.len() as u64);
        assert_eq!(owned, ["a", "bb", "dd", "ccc"]);
        assert!(pair(1, 0) > pair(0, u32::MAX));
        // Past the insertion-sort size, through the keyed sort: still stable.
        let mut long: Vec<(u64, usize)> = (0..100).map(|i| ((i * 7 % 5) as u64, i)).collect();
        sort_by_key(&mut long, |&(k, _)| k);
        assert!(long
            .windows(2)
            .all(|w| w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1)));
    }

    proptest::proptest! {
        #[test]
        fn matches_the_standard_stable_sort(keys in proptest::collection::vec(0u64..6, 0..80)) {
            let mut ours: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            std.sort_by_key(|&(k, _)| k);
            proptest::prop_assert_eq!(ours, std);
        }

        #[test]
        fn heapsort_sorts_like_the_standard_library(
            mut pairs in proptest::collection::vec((0u64..50, 0u32..4), 0..300)
        ) {
            let mut std = pairs.clone();
            std.sort_unstable();
            heapsort(&mut pairs);
            proptest::prop_assert_eq!(pairs, std);
        }
    }
}
