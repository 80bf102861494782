//! The host interface: the two things Defuse needs from wherever the agent works, "read the
//! conversation" and "write to the composer", with one implementation per surface.
//!
//! | surface | read: who calls [`Feed::show`] | write: the [`Composer`] |
//! |---|---|---|
//! | script tag | `follow::Follow` reads the page's DOM by selectors | `composer::DomComposer` |
//! | extension panel | the content script reads the help-desk tab with [`Reading`] and sends the visible thread over a port | `port::PortComposer` plans each write here and sends it to the content script |
//! | JS API | the page pushes messages itself | none (the page listens for events) |
//! | Zendesk, Front apps (`www/apps/`, `--features apps`) | the app's JS hands its SDK's results to `hosted::Reader`, which reads them by `hosts`' rules into [`Feed::show_read`], keyed by ticket or conversation | `hosted::HostComposer`: the app's `write(text, mode)` / `undo()` through the SDK |
//! | Chatwoot app | `hosted` itself: postMessage from the parent at the configured origin | `hosted::HostComposer` without `write`: the cards offer Copy |
//! | `write` setting `event` / `copy` | (any of the above) | `app::HandOff` / `app::CopyOnly` |
//!
//! Whatever the surface, the visible thread goes through the same [`Thread`] (so nothing is
//! counted twice) and replies through the same `defuse_ui::Host` ([`Page`]), so a new host
//! adds an implementation here, not a second copy of the rules.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use defuse_core::{Message, Millis, Role};
use defuse_ui::{Host, HostEvent, InsertMode, SidebarHandle};
use wasm_bindgen::prelude::*;

#[cfg(feature = "extension")]
use crate::settings::ThreadSelectors;
use crate::thread::{Change, Thread, Visible};

/// Writing to the agent's composer, wherever it is.
pub(crate) trait Composer {
    /// Inserts at the cursor or replaces the draft; an error is shown to the agent.
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String>;
    /// Undoes the latest insert without losing what the agent typed since.
    fn undo(&self) -> bool;
    /// The agent's current draft ("" without a composer).
    fn draft(&self) -> String;
    /// Whether it can take a reply at all (false: the sidebar offers Copy only).
    fn can_insert(&self) -> bool {
        true
    }
    /// Whether [`Composer::undo`] works (false: an insert is confirmed without Undo).
    fn can_undo(&self) -> bool {
        true
    }
}

/// How a host's messages are read, as data: the DOM adapter reads by these rules, and the
/// extension hands the same values to its content script, so both read a thread alike.
pub(crate) struct Reading;

impl Reading {
    /// Attributes holding a message's stable id, first match wins.
    pub(crate) const ID_ATTRIBUTES: [&'static str; 2] = ["data-message-id", "id"];
    /// The attribute holding a message's time in ms since the epoch.
    pub(crate) const TIME_ATTRIBUTE: &'static str = "data-at";
    /// Finds the editable element inside a composer selector that matched a wrapper.
    pub(crate) const FIELD_INSIDE: &'static str = "textarea, input, [contenteditable]";
}

/// One message as read from a host, before the rules: a role test, raw text and raw
/// attributes. [`Seen::visible`] applies the rules. The extension's content script sends
/// these as `{customer, agent, text, id, at}`, any of them left out.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(crate) struct Seen {
    /// The message matches (or contains a match for) the customer selector.
    pub customer: bool,
    /// The same for the agent selector.
    pub agent: bool,
    /// Its text as the host shows it.
    pub text: String,
    /// The first non-empty id attribute ([`Reading::ID_ATTRIBUTES`]).
    pub id: Option<String>,
    /// The raw time attribute ([`Reading::TIME_ATTRIBUTE`]).
    pub at: Option<String>,
}

impl Seen {
    /// The message as the thread follows it: customer wins over agent, text trimmed, a
    /// message without a role or text skipped.
    pub(crate) fn visible(self) -> Option<(Visible, Option<Millis>)> {
        let role = if self.customer {
            Role::Customer
        } else if self.agent {
            Role::Agent
        } else {
            return None;
        };
        let text = self.text.trim();
        if text.is_empty() {
            return None;
        }
        let at = self
            .at
            .and_then(|v| v.trim().parse::<i64>().ok())
            .map(Millis);
        let id = self.id.filter(|id| !id.is_empty());
        let visible = Visible {
            id,
            role,
            text: text.to_string(),
        };
        Some((visible, at))
    }
}

/// What a feed has pushed into the conversation since the last rebuild (for the end-to-end
/// tests, through the test-only `Defuse.__adapterCountsForTest()`).
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct AdapterCounts {
    /// Customer messages in the conversation.
    pub customer: u32,
    /// Agent messages in the conversation.
    pub agent: u32,
    /// How many times the conversation was rebuilt from the visible thread.
    pub rebuilds: u32,
}

/// The read side: a host's visible thread, reconciled with what was seen, into the sidebar.
pub(crate) struct Feed {
    sidebar: SidebarHandle,
    thread: RefCell<Thread>,
    counts: Cell<AdapterCounts>,
}

impl Feed {
    /// A feed into `sidebar`, having seen nothing.
    pub(crate) fn new(sidebar: SidebarHandle) -> Feed {
        Feed {
            sidebar,
            thread: RefCell::new(Thread::default()),
            counts: Cell::new(AdapterCounts::default()),
        }
    }

    /// The host shows these messages now: push what is new, or rebuild.
    pub(crate) fn show(&self, seen: Vec<Seen>) {
        if crate::fatal::is_dead() {
            return;
        }
        self.show_read(seen.into_iter().filter_map(Seen::visible));
    }

    /// The host shows these messages (already read by its rules) now: push what is new, or
    /// rebuild. Inlined: the script tag's build has only [`Feed::show`] calling it, and its
    /// wasm stays byte for byte what it was before the apps' host called it too.
    #[inline(always)]
    pub(crate) fn show_read(&self, read: impl Iterator<Item = (Visible, Option<Millis>)>) {
        let (visible, times): (Vec<Visible>, Vec<Option<Millis>>) = read.unzip();
        let Ok(mut thread) = self.thread.try_borrow_mut() else {
            return;
        };
        let change = thread.reconcile(&visible);
        drop(thread);
        let push = |i: usize| {
            let mut counts = self.counts.get();
            match visible[i].role {
                Role::Customer => counts.customer += 1,
                Role::Agent => counts.agent += 1,
            }
            self.counts.set(counts);
            crate::fatal::push(
                &self.sidebar,
                Message {
                    role: visible[i].role,
                    text: visible[i].text.clone(),
                    at: times[i],
                },
            )
        };
        match change {
            Change::Nothing => {}
            Change::Append(new) => new.into_iter().for_each(push),
            Change::Rebuild => {
                self.counts.set(AdapterCounts {
                    rebuilds: self.counts.get().rebuilds + 1,
                    ..AdapterCounts::default()
                });
                self.sidebar.reset();
                (0..visible.len()).for_each(push);
            }
        }
    }

    /// Forgets the thread and empties the conversation (the agent moved to another tab or
    /// conversation).
    #[cfg(any(feature = "extension", feature = "apps"))]
    pub(crate) fn restart(&self) {
        if let Ok(mut thread) = self.thread.try_borrow_mut() {
            *thread = Thread::default();
        }
        self.counts.set(AdapterCounts::default());
        self.sidebar.reset();
    }

    /// What has been pushed so far.
    pub(crate) fn counts(&self) -> AdapterCounts {
        self.counts.get()
    }
}

/// The selectors and reading rules as one plain JS object, for a reader outside the wasm:
/// `{list, message, customer, agent, text, ids, time, composer, field}`.
#[cfg(feature = "extension")]
pub(crate) fn reading_object(selectors: &ThreadSelectors, composer: Option<&str>) -> JsValue {
    #[derive(serde::Serialize)]
    struct Rules<'a> {
        list: &'a str,
        message: &'a str,
        customer: &'a str,
        agent: &'a str,
        text: Option<&'a str>,
        ids: [&'a str; 2],
        time: &'a str,
        composer: Option<&'a str>,
        field: &'a str,
    }
    crate::js::write(&Rules {
        list: &selectors.list,
        message: &selectors.message,
        customer: &selectors.customer,
        agent: &selectors.agent,
        text: selectors.text.as_deref(),
        ids: Reading::ID_ATTRIBUTES,
        time: Reading::TIME_ATTRIBUTE,
        composer,
        field: Reading::FIELD_INSIDE,
    })
}

/// The page (or tab) the sidebar works for, as `defuse_ui` sees it: a composer, the
/// clipboard and the host's events.
pub(crate) struct Page {
    composer: Rc<dyn Composer>,
    /// Swallows a refused clipboard write (no permission): not worth an unhandled rejection.
    ignore_rejection: Closure<dyn FnMut(JsValue)>,
}

impl Page {
    /// A page writing through `composer`.
    pub(crate) fn new(composer: Rc<dyn Composer>) -> Page {
        Page {
            composer,
            ignore_rejection: Closure::new(|_: JsValue| {}),
        }
    }
}

impl Host for Page {
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String> {
        self.composer.insert(text, mode)
    }

    fn undo_insert(&self) -> bool {
        self.composer.undo()
    }

    fn draft(&self) -> String {
        self.composer.draft()
    }

    fn can_insert(&self) -> bool {
        self.composer.can_insert()
    }

    fn can_undo(&self) -> bool {
        self.composer.can_undo()
    }

    fn copy(&self, text: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(text);
        let _ = promise.catch(&self.ignore_rejection);
    }

    fn emit(&self, event: HostEvent) {
        if let Err(e) = crate::events::dispatch(&event) {
            web_sys::console::warn_2(&"Defuse: could not dispatch an event".into(), &e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(customer: bool, agent: bool, text: &str, at: Option<&str>) -> Seen {
        Seen {
            customer,
            agent,
            text: text.to_string(),
            id: Some(String::new()),
            at: at.map(str::to_string),
        }
    }

    #[test]
    fn rules_pick_the_role_trim_the_text_and_read_the_time() {
        let (v, at) = seen(true, true, "  hi \n", Some(" 42 ")).visible().unwrap();
        assert_eq!(
            (v.role, v.text.as_str(), v.id, at),
            (Role::Customer, "hi", None, Some(Millis(42)))
        );
        let (v, at) = seen(false, true, "ok", Some("soon")).visible().unwrap();
        assert_eq!((v.role, at), (Role::Agent, None));
        assert!(seen(false, false, "who?", None).visible().is_none());
        assert!(seen(true, false, " \t", None).visible().is_none());
    }
}
