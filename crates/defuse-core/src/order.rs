//! One sort for the whole crate: every generic `sort_by_key` call is its own copy of the
//! standard library's sorting code in the wasm (1.5-4 KB each), so the playbook and the
//! technique finder sort through [`sort_by_key`], which runs a single
//! `sort_unstable` over `(key, position)` pairs (the same instance the rules' lexicon
//! uses) and is stable because the position breaks ties.

/// Sorts `items` by `key`, keeping equal keys in their original order.
pub(crate) fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let mut order: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i as u32))
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&(_, i)| slots[i as usize].take()));
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
    }
}
