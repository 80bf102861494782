//! Following a host's chat thread as it is re-rendered: which visible messages are new,
//! and when the conversation must be rebuilt. Pure: the DOM side ([`crate::follow`]) reads
//! the visible messages and applies the [`Change`].
//!
//! A message's key is its stable id when the host gives one (`data-message-id` or `id`),
//! else a fingerprint of role and text. Keys are counted, not positioned: a message is new
//! only when the thread shows more copies of its key than were ever seen. So a re-render,
//! a replaced subtree or a virtualized list that drops and re-adds rows never counts a
//! message twice. The price: in a virtualized list, a repeat of an identical message that
//! arrives while its earlier copy is scrolled out of view is missed (never double counted).
//!
//! Edits rebuild the conversation from the visible thread (simplest and correct for the
//! visible part): an id-keyed message whose text changed, a single fingerprinted message
//! that changed in place, or a thread that shares nothing with what was seen (the host
//! switched to another conversation).

use defuse_core::Role;

/// One message as the host shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visible {
    /// The host's stable id for it, if any.
    pub id: Option<String>,
    /// Who wrote it.
    pub role: Role,
    /// Its text, trimmed.
    pub text: String,
}

impl Visible {
    fn key(&self) -> String {
        match &self.id {
            Some(id) => format!("id:{id}"),
            None => format!("{}{}", fingerprint_prefix(self.role), self.text),
        }
    }
}

/// How a message without a host id starts its key: the role, then the text.
fn fingerprint_prefix(role: Role) -> &'static str {
    match role {
        Role::Customer => "fp:customer:",
        Role::Agent => "fp:agent:",
    }
}

/// What the conversation needs after the host's thread changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Nothing new.
    Nothing,
    /// Push these visible messages (indices into the visible list), in order.
    Append(Vec<usize>),
    /// Reset the conversation and push every visible message.
    Rebuild,
}

/// What has been seen of the host's thread.
#[derive(Debug, Default)]
pub struct Thread {
    /// How many copies of each key were pushed, sorted by key.
    counts: Table<u32>,
    /// The text last seen for each id-keyed message, sorted by id.
    texts: Table<String>,
    /// Keys of the previous visible list, to spot a message edited in place.
    last: Vec<String>,
}

impl Thread {
    /// Compares the visible thread with what was seen, records it, and says what changed.
    pub fn reconcile(&mut self, visible: &[Visible]) -> Change {
        let keys: Vec<String> = visible.iter().map(Visible::key).collect();
        let change = self.classify(visible, &keys);
        match &change {
            Change::Nothing => {}
            Change::Append(new) => {
                for &i in new {
                    *self.counts.entry(&keys[i]) += 1;
                }
            }
            Change::Rebuild => {
                self.counts.clear();
                self.texts.clear();
                for key in &keys {
                    *self.counts.entry(key) += 1;
                }
            }
        }
        for m in visible {
            if let Some(id) = &m.id {
                self.texts.entry(id).clone_from(&m.text);
            }
        }
        if !visible.is_empty() {
            self.last = keys;
        }
        change
    }

    fn classify(&self, visible: &[Visible], keys: &[String]) -> Change {
        if visible.is_empty() {
            // An emptied list is usually mid-re-render: wait for what comes back.
            return Change::Nothing;
        }
        let edited_id = visible.iter().any(|m| {
            m.id.as_ref()
                .and_then(|id| self.texts.get(id))
                .is_some_and(|seen| *seen != m.text)
        });
        if edited_id {
            return Change::Rebuild;
        }
        let known = |k: &String| self.counts.get(k).is_some();
        if !self.counts.is_empty() && !keys.iter().any(known) {
            return Change::Rebuild;
        }
        if self.edited_in_place(visible, keys) {
            return Change::Rebuild;
        }
        let mut shown: Table<u32> = Table::default();
        let new: Vec<usize> = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| {
                let n = shown.entry(k);
                *n += 1;
                *n > self.counts.get(k).copied().unwrap_or(0)
            })
            .map(|(i, _)| i)
            .collect();
        if new.is_empty() {
            Change::Nothing
        } else {
            Change::Append(new)
        }
    }

    /// Same length as last time and exactly one fingerprinted message differs, by the same
    /// author, with a text never seen: that message was edited.
    fn edited_in_place(&self, visible: &[Visible], keys: &[String]) -> bool {
        if keys.len() != self.last.len() {
            return false;
        }
        let mut differing = keys
            .iter()
            .zip(&self.last)
            .enumerate()
            .filter(|(_, (now, before))| now != before);
        match (differing.next(), differing.next()) {
            (Some((i, (now, before))), None) => {
                visible[i].id.is_none()
                    && self.counts.get(now).is_none()
                    && self.counts.get(before).is_some()
                    && before.starts_with(fingerprint_prefix(visible[i].role))
            }
            _ => false,
        }
    }
}

/// Values by text key, sorted by key: a map for a thread's few hundred keys that needs no
/// hashing code of its own in the wasm.
#[derive(Debug)]
struct Table<V>(Vec<(String, V)>);

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table(Vec::new())
    }
}

impl<V: Default> Table<V> {
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// The value for `key`, inserted as the default if absent.
    fn entry(&mut self, key: &str) -> &mut V {
        let i = match self.find(key) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (key.to_string(), V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn clear(&mut self) {
        self.0.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(role: Role, text: &str) -> Visible {
        Visible {
            id: None,
            role,
            text: text.to_string(),
        }
    }

    fn with_id(id: &str, text: &str) -> Visible {
        Visible {
            id: Some(id.to_string()),
            role: Role::Customer,
            text: text.to_string(),
        }
    }

    const C: Role = Role::Customer;
    const A: Role = Role::Agent;

    #[test]
    fn first_sight_appends_everything_then_re_render_adds_nothing() {
        let mut t = Thread::default();
        let v = vec![fp(C, "hi"), fp(A, "hello"), fp(C, "hi")];
        assert_eq!(t.reconcile(&v), Change::Append(vec![0, 1, 2]));
        assert_eq!(t.reconcile(&v.clone()), Change::Nothing);
    }

    #[test]
    fn a_new_duplicate_message_is_counted_once() {
        let mut t = Thread::default();
        let mut v = vec![fp(C, "??")];
        t.reconcile(&v);
        v.push(fp(C, "??"));
        assert_eq!(t.reconcile(&v), Change::Append(vec![1]));
        assert_eq!(t.reconcile(&v), Change::Nothing);
    }

    #[test]
    fn virtualized_window_sliding_back_and_forth_counts_each_message_once() {
        let all: Vec<Visible> = (0..10).map(|i| fp(C, &format!("message {i}"))).collect();
        let mut t = Thread::default();
        let mut pushed = 0;
        for start in [0, 3, 6, 2, 0, 6] {
            if let Change::Append(new) = t.reconcile(&all[start..start + 4]) {
                pushed += new.len();
            }
        }
        assert_eq!(pushed, 10);
    }

    #[test]
    fn window_that_drops_the_oldest_while_a_new_one_arrives_appends_only_the_new_one() {
        let mut t = Thread::default();
        t.reconcile(&[fp(C, "a"), fp(A, "b"), fp(C, "c")]);
        let change = t.reconcile(&[fp(A, "b"), fp(C, "c"), fp(C, "d")]);
        assert_eq!(change, Change::Append(vec![2]));
    }

    #[test]
    fn edited_id_message_rebuilds() {
        let mut t = Thread::default();
        t.reconcile(&[with_id("1", "my order"), with_id("2", "is late")]);
        let change = t.reconcile(&[with_id("1", "my order"), with_id("2", "is VERY late")]);
        assert_eq!(change, Change::Rebuild);
        assert_eq!(
            t.reconcile(&[with_id("1", "my order"), with_id("2", "is VERY late")]),
            Change::Nothing
        );
    }

    #[test]
    fn edited_fingerprinted_message_rebuilds_but_an_appended_one_does_not() {
        let mut t = Thread::default();
        t.reconcile(&[fp(C, "my order"), fp(A, "checking"), fp(C, "thanks")]);
        let edit = t.reconcile(&[fp(C, "my order"), fp(A, "checking now"), fp(C, "thanks")]);
        assert_eq!(edit, Change::Rebuild);
        let more = [
            fp(C, "my order"),
            fp(A, "checking now"),
            fp(C, "thanks"),
            fp(C, "bye"),
        ];
        assert_eq!(t.reconcile(&more), Change::Append(vec![3]));
    }

    #[test]
    fn a_different_conversation_rebuilds_and_an_emptied_list_waits() {
        let mut t = Thread::default();
        t.reconcile(&[fp(C, "alice here"), fp(A, "hi alice")]);
        assert_eq!(t.reconcile(&[]), Change::Nothing);
        assert_eq!(t.reconcile(&[fp(C, "bob here")]), Change::Rebuild);
        assert_eq!(t.reconcile(&[fp(C, "bob here")]), Change::Nothing);
    }

    #[test]
    fn ids_tell_identical_texts_apart() {
        let mut t = Thread::default();
        t.reconcile(&[with_id("1", "ok")]);
        assert_eq!(
            t.reconcile(&[with_id("1", "ok"), with_id("2", "ok")]),
            Change::Append(vec![1])
        );
    }
}
