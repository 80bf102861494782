//! The DOM adapter: follows the host's chat thread by CSS selectors.
//!
//! One MutationObserver watches the message list (childList, subtree, characterData) and
//! re-reads the visible messages on each batch; [`Thread`] decides what is new. A second
//! observer on `<body>` notices when the host replaces the list (or the whole subtree
//! around it) and re-finds it by selector, so a re-render never loses the thread.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use defuse_core::{Message, Millis, Role};
use defuse_ui::SidebarHandle;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};

use crate::settings::ThreadSelectors;
use crate::thread::{Change, Thread, Visible};

/// Keeps the observers alive for as long as the instance lives.
pub struct Follow {
    inner: Rc<Inner>,
}

/// What the adapter has pushed into the conversation since the last rebuild (for the
/// end-to-end tests, through the test-only `Defuse.__adapterCountsForTest()`).
#[derive(Debug, Clone, Copy, Default)]
pub struct AdapterCounts {
    /// Customer messages in the conversation.
    pub customer: u32,
    /// Agent messages in the conversation.
    pub agent: u32,
    /// How many times the conversation was rebuilt from the visible thread.
    pub rebuilds: u32,
}

struct Inner {
    selectors: ThreadSelectors,
    sidebar: SidebarHandle,
    thread: RefCell<Thread>,
    list: RefCell<Option<Element>>,
    counts: Cell<AdapterCounts>,
    list_observer: MutationObserver,
    body_observer: MutationObserver,
    _callbacks: [Closure<dyn FnMut()>; 2],
}

impl Follow {
    /// Starts following; messages already in the thread are read at once.
    pub fn start(selectors: ThreadSelectors, sidebar: SidebarHandle) -> Result<Follow, JsValue> {
        // The callbacks reach the state through a weak slot filled once it exists.
        let slot: Rc<RefCell<Weak<Inner>>> = Rc::new(RefCell::new(Weak::new()));
        let callback = |run: fn(&Inner)| {
            let slot = slot.clone();
            Closure::<dyn FnMut()>::new(move || {
                let inner = slot.borrow().upgrade();
                if let Some(inner) = inner {
                    run(&inner);
                }
            })
        };
        let on_list = callback(Inner::sync);
        let on_body = callback(Inner::refind);
        let inner = Rc::new(Inner {
            selectors,
            sidebar,
            thread: RefCell::new(Thread::default()),
            list: RefCell::new(None),
            counts: Cell::new(AdapterCounts::default()),
            list_observer: MutationObserver::new(on_list.as_ref().unchecked_ref())?,
            body_observer: MutationObserver::new(on_body.as_ref().unchecked_ref())?,
            _callbacks: [on_list, on_body],
        });
        *slot.borrow_mut() = Rc::downgrade(&inner);
        let body = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
            .ok_or_else(|| JsValue::from_str("no <body> to observe"))?;
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        inner.body_observer.observe_with_options(&body, &options)?;
        inner.refind();
        Ok(Follow { inner })
    }

    /// What has been pushed so far.
    pub fn counts(&self) -> AdapterCounts {
        self.inner.counts.get()
    }
}

impl Inner {
    /// Finds the list again when it is missing or detached, and re-reads it.
    fn refind(&self) {
        let connected = self
            .list
            .borrow()
            .as_ref()
            .is_some_and(|l| l.is_connected());
        if connected {
            return;
        }
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&self.selectors.list).ok().flatten());
        self.list_observer.disconnect();
        let Some(list) = found else {
            *self.list.borrow_mut() = None;
            return;
        };
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_character_data(true);
        if self
            .list_observer
            .observe_with_options(&list, &options)
            .is_err()
        {
            return;
        }
        *self.list.borrow_mut() = Some(list);
        self.sync();
    }

    /// Reads the visible thread and pushes what is new.
    fn sync(&self) {
        if crate::fatal::is_dead() {
            return;
        }
        let Some(list) = self.list.borrow().clone() else {
            return;
        };
        let (visible, times): (Vec<Visible>, Vec<Option<Millis>>) =
            self.read(&list).into_iter().unzip();
        let change = self.thread.borrow_mut().reconcile(&visible);
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

    /// The visible messages with a known author and some text, in order, each with the
    /// time in its `data-at` attribute (ms since the epoch) if the host gives one.
    fn read(&self, list: &Element) -> Vec<(Visible, Option<Millis>)> {
        let Ok(nodes) = list.query_selector_all(&self.selectors.message) else {
            return Vec::new();
        };
        let s = &self.selectors;
        (0..nodes.length())
            .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
            .filter_map(|el| {
                let role = if marks(&el, &s.customer) {
                    Role::Customer
                } else if marks(&el, &s.agent) {
                    Role::Agent
                } else {
                    return None;
                };
                let text_el = match &s.text {
                    Some(sel) => el.query_selector(sel).ok().flatten()?,
                    None => el.clone(),
                };
                let text = text_el
                    .text_content()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                if text.is_empty() {
                    return None;
                }
                let id = ["data-message-id", "id"]
                    .iter()
                    .find_map(|a| el.get_attribute(a).filter(|v| !v.is_empty()));
                let at = el
                    .get_attribute("data-at")
                    .and_then(|v| v.trim().parse::<i64>().ok())
                    .map(Millis);
                Some((Visible { id, role, text }, at))
            })
            .collect()
    }
}

/// Whether `el` is, or contains, a match for `selector`.
fn marks(el: &Element, selector: &str) -> bool {
    el.matches(selector).unwrap_or(false) || el.query_selector(selector).ok().flatten().is_some()
}
