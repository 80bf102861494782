//! One sort for the whole crate: every generic `sort_by_key` call is its own copy of the
//! standard library's sorting code in the wasm (1.5-4 KB each), so the rules, the playbook
//! and the technique finder all sort through [`sort_by_key`], which runs a single
//! `sort_unstable` instance over `(key, position)` pairs and is stable because the
//! position breaks ties.

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub(crate) fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    // A message's few hits sort in place, by insertion: no buffers to allocate. Stable,
    // like the keyed sort below.
    if items.len() <= 32 {
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && key(&items[j - 1]) > key(&items[j]) {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mut order: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    sort_keys(&mut order);
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&(_, i)| slots[i as usize].take()));
}

#[inline(never)]
fn sort_keys(order: &mut [(u64, u32)]) {
    order.sort_unstable();
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
}
