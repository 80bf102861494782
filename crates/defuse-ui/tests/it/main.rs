//! Component tests: the sidebar mounted into a detached `<div>` in headless Chromium, with a
//! fake [`Host`] that records what the sidebar asks of the page. Renders are awaited with
//! `yew::scheduler::flush()`, never with sleeps.
//!
//! Run: `cargo test -p defuse-ui --target wasm32-unknown-unknown`.

#![cfg(target_arch = "wasm32")]

mod coach;
mod sidebar;

use std::cell::RefCell;
use std::rc::Rc;

use defuse_core::{Message, Role};
use defuse_ui::{mount, Host, HostEvent, InsertMode, MountOptions, SidebarHandle};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// A host page that keeps a draft and records every call.
#[derive(Default)]
pub(crate) struct FakeHost {
    pub(crate) draft: RefCell<String>,
    pub(crate) inserts: RefCell<Vec<(String, InsertMode)>>,
    pub(crate) undos: RefCell<u32>,
    pub(crate) copies: RefCell<Vec<String>>,
    pub(crate) events: RefCell<Vec<HostEvent>>,
}

impl Host for FakeHost {
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String> {
        self.inserts.borrow_mut().push((text.to_string(), mode));
        match mode {
            InsertMode::Insert => self.draft.borrow_mut().push_str(text),
            InsertMode::Replace => *self.draft.borrow_mut() = text.to_string(),
        }
        Ok(())
    }
    fn undo_insert(&self) -> bool {
        *self.undos.borrow_mut() += 1;
        true
    }
    fn draft(&self) -> String {
        self.draft.borrow().clone()
    }
    fn copy(&self, text: &str) {
        self.copies.borrow_mut().push(text.to_string());
    }
    fn emit(&self, event: HostEvent) {
        self.events.borrow_mut().push(event);
    }
}

/// A mounted sidebar with its fake host.
pub(crate) struct Fixture {
    pub(crate) root: Element,
    pub(crate) host: Rc<FakeHost>,
    pub(crate) handle: SidebarHandle,
}

impl Fixture {
    /// Mounts a fresh sidebar (stored settings from earlier tests are cleared first).
    pub(crate) async fn new() -> Fixture {
        let window = web_sys::window().expect("a window");
        if let Ok(Some(storage)) = window.local_storage() {
            let _ = storage.remove_item("defuse:settings");
        }
        let document = window.document().expect("a document");
        let root = document.create_element("div").expect("a div");
        let host = Rc::new(FakeHost::default());
        let handle = mount(root.clone(), host.clone(), MountOptions::default());
        yew::scheduler::flush().await;
        Fixture { root, host, handle }
    }

    pub(crate) async fn push(&self, role: Role, text: &str) {
        self.handle.push(Message {
            role,
            text: text.to_string(),
            at: None,
        });
        yew::scheduler::flush().await;
    }

    pub(crate) fn all(&self, testid: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(&format!("[data-testid={testid}]"))
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    pub(crate) fn one(&self, testid: &str) -> Option<Element> {
        self.all(testid).into_iter().next()
    }

    pub(crate) fn text(&self, testid: &str) -> String {
        self.one(testid)
            .and_then(|e| e.text_content())
            .unwrap_or_else(|| panic!("no [data-testid={testid}]"))
    }

    pub(crate) async fn click(&self, element: &Element) {
        element
            .clone()
            .dyn_into::<HtmlElement>()
            .expect("an HTML element")
            .click();
        yew::scheduler::flush().await;
    }

    pub(crate) async fn click_first(&self, testid: &str) {
        let element = self
            .one(testid)
            .unwrap_or_else(|| panic!("no [data-testid={testid}]"));
        self.click(&element).await;
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        self.handle.unmount();
    }
}
