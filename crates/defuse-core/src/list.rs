//! Lists written in the source as lists and kept as one text.
//!
//! The wasm keeps a (pointer, length) pair for every string literal. The playbook and the
//! draft coach hold a few thousand short phrases and wordings; as `&[&str]` tables those
//! pairs cost several KB of the script tag's download (the replies library alone: 1.2 KB
//! brotli). [`list!`] and [`pairs!`] keep the source a list, one item per line, and store
//! it as one literal.

/// Items (phrases, words or wordings) stored one per line; see [`list!`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct List(pub(crate) &'static str);

impl List {
    /// The items, in order.
    pub(crate) fn iter(self) -> Items {
        Items(self.0)
    }

    /// How many items the list holds.
    pub(crate) fn len(self) -> usize {
        self.iter().count()
    }

    /// Whether the list holds no item.
    pub(crate) fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The `k`-th item, or "" past the end.
    pub(crate) fn get(self, k: usize) -> &'static str {
        self.iter().nth(k).unwrap_or("")
    }

    /// Whether `item` is one of the items.
    pub(crate) fn contains(self, item: &str) -> bool {
        self.iter().any(|x| x == item)
    }
}

impl IntoIterator for List {
    type Item = &'static str;
    type IntoIter = Items;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A [`List`]'s items: the text up to each line break.
///
/// Not `str::lines`: an item holds no `\r`, so a plain byte scan for `\n` does, where
/// `lines` searches through `memchr` per item and checks for `\r\n`. The
/// playbook walks its lists for every message it reads, so this is on the hot path (and
/// one small `next` instead of an inlined `Lines` at each of the lists' call sites).
#[derive(Clone, Debug)]
pub(crate) struct Items(&'static str);

impl Iterator for Items {
    type Item = &'static str;

    #[inline(never)]
    fn next(&mut self) -> Option<&'static str> {
        if self.0.is_empty() {
            return None;
        }
        let end = self.0.bytes().position(|b| b == b'\n');
        let end = end.unwrap_or(self.0.len());
        let item = self.0.get(..end).unwrap_or("");
        self.0 = self.0.get(end + 1..).unwrap_or("");
        Some(item)
    }
}

/// Pairs of phrases (a phrase and its rewrite) stored one pair per line; see [`pairs!`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pairs(pub(crate) &'static str);

impl Pairs {
    /// The pairs, in order.
    pub(crate) fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        Items(self.0).map(|line| crate::text::split_once_byte(line, b'\t').unwrap_or((line, "")))
    }
}

/// A [`List`]: `list!["a", "b"]`. No item may contain a line break.
macro_rules! list {
    ($($item:literal),* $(,)?) => {
        $crate::list::List(concat!($($item, "\n"),*))
    };
}
pub(crate) use list;

/// [`Pairs`]: `pairs!["you failed to" => "it looks like this was missed"]`. No phrase may
/// contain a tab or a line break.
macro_rules! pairs {
    ($($phrase:literal => $rewrite:literal),* $(,)?) => {
        $crate::list::Pairs(concat!($($phrase, "\t", $rewrite, "\n"),*))
    };
}
pub(crate) use pairs;

#[cfg(test)]
mod tests {

    #[test]
    fn a_list_gives_back_its_items() {
        let l = list!["one", "two words", ""];
        assert_eq!(l.iter().collect::<Vec<_>>(), ["one", "two words", ""]);
        assert_eq!((l.len(), l.get(1), l.get(9)), (3, "two words", ""));
        assert!(l.contains("one") && !l.contains("two"));
        assert!(list![].is_empty() && list![].iter().next().is_none());
    }

    #[test]
    fn pairs_give_back_each_phrase_and_its_rewrite() {
        let p = pairs!["you failed to" => "it looks like", "a" => "b"];
        assert_eq!(
            p.iter().collect::<Vec<_>>(),
            [("you failed to", "it looks like"), ("a", "b")]
        );
    }
}
