//! The DOM adapter: follows the host's chat thread by CSS selectors.
//!
//! One MutationObserver watches the message list (childList, subtree, characterData) and
//! re-reads the visible messages on each batch; the [`Feed`] decides what is new. A second
//! observer on `<body>` notices when the host replaces the list (or the whole subtree
//! around it) and re-finds it by selector, so a re-render never loses the thread.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use defuse_ui::SidebarHandle;
use wasm_bindgen::prelude::*;
use web_sys::{Element, MutationObserver, MutationObserverInit};

use crate::host::{AdapterCounts, Feed, Reading, Seen};
use crate::settings::ThreadSelectors;

/// Keeps the observers alive for as long as the instance lives.
pub struct Follow {
    inner: Rc<Inner>,
}

struct Inner {
    selectors: ThreadSelectors,
    feed: Feed,
    list: RefCell<Option<Element>>,
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
            feed: Feed::new(sidebar),
            list: RefCell::new(None),
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
        self.inner.feed.counts()
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
        let Some(list) = self.list.borrow().clone() else {
            return;
        };
        self.feed.show(self.read(&list));
    }

    /// The messages in the list, in order, as [`Reading`] says to read them.
    fn read(&self, list: &Element) -> Vec<Seen> {
        let Ok(nodes) = list.query_selector_all(&self.selectors.message) else {
            return Vec::new();
        };
        let s = &self.selectors;
        (0..nodes.length())
            .filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok())
            .filter_map(|el| {
                let text_el = match &s.text {
                    Some(sel) => el.query_selector(sel).ok().flatten()?,
                    None => el.clone(),
                };
                Some(Seen {
                    customer: marks(&el, &s.customer),
                    agent: marks(&el, &s.agent),
                    text: text_el.text_content().unwrap_or_default(),
                    id: Reading::ID_ATTRIBUTES
                        .iter()
                        .find_map(|a| el.get_attribute(a).filter(|v| !v.is_empty())),
                    at: el.get_attribute(Reading::TIME_ATTRIBUTE),
                })
            })
            .collect()
    }
}

/// Whether `el` is, or contains, a match for `selector`.
fn marks(el: &Element, selector: &str) -> bool {
    el.matches(selector).unwrap_or(false) || el.query_selector(selector).ok().flatten().is_some()
}
