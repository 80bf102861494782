//! The help-desk apps' host (`--features apps`, built into the apps' own wasm, never the
//! script tag's): the read and write sides of [`crate::host`] for Chatwoot, Zendesk and
//! Front.
//!
//! The app page (`www/apps/host.js`) passes a host object as the `host` setting:
//! `{name, subscribe?(deliver), write?(text, mode), undo?(), seen(state)}`.
//! - Reading. Chatwoot's protocol is plain postMessage, so it is all here: the origin the
//!   site owner put in the app's URL (`?origin=`), messages taken only from the parent
//!   window and that origin, `fetch-info` polling while the app is visible. Zendesk and
//!   Front talk through their SDKs, so their JS makes the SDK calls and hands the results
//!   to `deliver` as they come (plain data, read with serde); the rules of who is the
//!   customer and what is skipped are in [`crate::hosts`].
//! - Writing. [`HostComposer`] calls `write(text, "insert" | "replace")` (the app's SDK
//!   call), and `undo()` where the help desk allows one. Without `write` (Chatwoot) the
//!   reply cards offer Copy.
//! - A new conversation key (ticket, conversation id) starts a new conversation; `seen`
//!   gets `{key, starts, messages: [{role, text}], draft}` after each read (tests and
//!   support).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use defuse_core::Role;
use defuse_ui::{InsertMode, SidebarHandle};
use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::host::{Composer, Feed};
use crate::hosts::{self, Read};

/// Chatwoot's request for a fresh `appContext`.
const FETCH_INFO: &str = "chatwoot-dashboard-app:fetch-info";
/// How often the Chatwoot app asks, while visible.
const POLL_MS: i32 = 3000;

/// Which help desk the app runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Desk {
    Chatwoot,
    Zendesk,
    Front,
}

/// The app page's host object, read from the `host` setting.
pub(crate) struct Link {
    desk: Desk,
    object: JsValue,
    draft: Rc<RefCell<String>>,
}

impl Link {
    /// The `host` setting, if the page gave one naming a known help desk.
    pub(crate) fn from_settings(settings: &JsValue) -> Option<Link> {
        let object = Reflect::get(settings, &"host".into()).ok()?;
        if !object.is_object() {
            return None;
        }
        let name = Reflect::get(&object, &"name".into()).ok()?.as_string()?;
        let desk = match name.as_str() {
            "chatwoot" => Desk::Chatwoot,
            "zendesk" => Desk::Zendesk,
            "front" => Desk::Front,
            _ => return None,
        };
        Some(Link {
            desk,
            object,
            draft: Rc::default(),
        })
    }

    /// Where replies go.
    pub(crate) fn composer(&self) -> Rc<dyn Composer> {
        Rc::new(HostComposer {
            write: function(&self.object, "write"),
            undo: function(&self.object, "undo"),
            draft: self.draft.clone(),
        })
    }

    /// Starts reading into `sidebar`.
    pub(crate) fn start(self, sidebar: SidebarHandle) -> Result<Hosted, JsValue> {
        let reader = Rc::new(Reader {
            feed: Feed::new(sidebar.clone()),
            sidebar,
            key: RefCell::new(None),
            starts: Cell::new(0),
            seen: function(&self.object, "seen"),
            draft: self.draft,
        });
        let mut hosted = Hosted::default();
        match self.desk {
            Desk::Chatwoot => chatwoot(&reader, &mut hosted)?,
            Desk::Zendesk | Desk::Front => {
                let desk = self.desk;
                let deliver = Closure::<dyn FnMut(JsValue)>::new(move |data: JsValue| {
                    if !crate::fatal::is_dead() {
                        reader.deliver(desk, data);
                    }
                });
                if let Some(subscribe) = function(&self.object, "subscribe") {
                    subscribe.call1(&self.object, deliver.as_ref())?;
                }
                hosted.closures.push(deliver);
            }
        }
        Ok(hosted)
    }
}

/// A function property of `object`, if it has one.
fn function(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &name.into()).ok()?.dyn_into().ok()
}

/// What keeps a running host alive: its listeners and timer.
#[derive(Default)]
pub(crate) struct Hosted {
    closures: Vec<Closure<dyn FnMut(JsValue)>>,
    timer: Option<i32>,
}

impl Drop for Hosted {
    fn drop(&mut self) {
        if let (Some(timer), Some(window)) = (self.timer, web_sys::window()) {
            window.clear_interval_with_handle(timer);
        }
    }
}

/// The read side: a help desk's conversation, keyed, into the feed.
struct Reader {
    feed: Feed,
    sidebar: SidebarHandle,
    key: RefCell<Option<String>>,
    starts: Cell<u32>,
    seen: Option<Function>,
    draft: Rc<RefCell<String>>,
}

impl Reader {
    /// Data from an SDK-backed app (Zendesk, Front).
    fn deliver(&self, desk: Desk, data: JsValue) {
        let read = match desk {
            Desk::Zendesk => serde_wasm_bindgen::from_value::<hosts::ZendeskTicket>(data)
                .map(|t| (hosts::zendesk(&t), t.draft.as_deref().map(hosts::html_text))),
            Desk::Front => serde_wasm_bindgen::from_value::<hosts::FrontConversation>(data)
                .map(|c| (hosts::front(&c), c.draft.as_ref().map(|d| d.text()))),
            Desk::Chatwoot => return,
        };
        match read {
            Ok((conversation, draft)) => {
                if let Some(draft) = draft {
                    self.set_draft(draft);
                }
                self.show(conversation);
            }
            Err(e) => web_sys::console::warn_1(
                &format!("Defuse: could not read the help desk's conversation: {e}").into(),
            ),
        }
    }

    /// Shows a conversation (`None`: none open): a new key starts a new conversation.
    fn show(&self, conversation: Option<(String, Vec<Read>)>) {
        let (key, thread) = match conversation {
            Some((key, thread)) => (Some(key), thread),
            None => (None, Vec::new()),
        };
        if *self.key.borrow() != key {
            self.feed.restart();
            self.starts.set(self.starts.get() + 1);
            *self.key.borrow_mut() = key.clone();
        }
        let rebuilds = self.feed.counts().rebuilds;
        let messages: Vec<(Role, String)> = thread
            .iter()
            .map(|(v, _)| (v.role, v.text.clone()))
            .collect();
        self.feed.show_read(thread.into_iter());
        if self.feed.counts().rebuilds != rebuilds {
            self.starts.set(self.starts.get() + 1);
        }
        self.report(key, messages);
    }

    /// The agent's draft changed: kept for Insert / Replace, and coached.
    fn set_draft(&self, draft: String) {
        if *self.draft.borrow() == draft {
            return;
        }
        *self.draft.borrow_mut() = draft.clone();
        crate::fatal::coach(&self.sidebar, draft);
    }

    /// Tells the page what is shown.
    fn report(&self, key: Option<String>, messages: Vec<(Role, String)>) {
        #[derive(serde::Serialize)]
        struct Shown {
            key: Option<String>,
            starts: u32,
            messages: Vec<ShownMessage>,
            draft: String,
        }
        #[derive(serde::Serialize)]
        struct ShownMessage {
            role: Role,
            text: String,
        }
        let Some(seen) = &self.seen else {
            return;
        };
        let shown = Shown {
            key,
            starts: self.starts.get(),
            messages: messages
                .into_iter()
                .map(|(role, text)| ShownMessage { role, text })
                .collect(),
            draft: self.draft.borrow().clone(),
        };
        let _ = seen.call1(&JsValue::NULL, &crate::js::write(&shown));
    }
}

/// Chatwoot: listens for `appContext` from the parent window and the configured origin,
/// and asks for it every few seconds while visible.
fn chatwoot(reader: &Rc<Reader>, hosted: &mut Hosted) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let Some(origin) = configured_origin(&window) else {
        web_sys::console::warn_1(
            &"Defuse: add ?origin=<your Chatwoot URL> to the app's URL; until then nothing is read"
                .into(),
        );
        return Ok(());
    };
    let parent = window.parent()?.filter(|p| !js_sys::Object::is(p, &window));
    let Some(parent) = parent else {
        return Ok(()); // not framed: there is no Chatwoot to read
    };

    let listen = {
        let reader = reader.clone();
        let parent = parent.clone();
        let origin = origin.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let Ok(event) = event.dyn_into::<web_sys::MessageEvent>() else {
                return;
            };
            let from_parent = event
                .source()
                .is_some_and(|s| js_sys::Object::is(&s, &parent));
            if crate::fatal::is_dead() || !from_parent || event.origin() != origin {
                return;
            }
            let Some(text) = event.data().as_string() else {
                return;
            };
            let Ok(value) = js_sys::JSON::parse(&text) else {
                return;
            };
            let Ok(envelope) = serde_wasm_bindgen::from_value::<hosts::ChatwootEnvelope>(value)
            else {
                return;
            };
            if let Some(conversation) = hosts::chatwoot(envelope) {
                reader.show(Some(conversation));
            }
        })
    };
    window.add_event_listener_with_callback("message", listen.as_ref().unchecked_ref())?;

    let fetch = {
        let window = window.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            let visible = window
                .document()
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible && !crate::fatal::is_dead() {
                let _ = parent.post_message(&FETCH_INFO.into(), &origin);
            }
        })
    };
    let _ = fetch
        .as_ref()
        .unchecked_ref::<Function>()
        .call0(&JsValue::NULL);
    hosted.timer = Some(
        window.set_interval_with_callback_and_timeout_and_arguments_0(
            fetch.as_ref().unchecked_ref(),
            POLL_MS,
        )?,
    );
    if let Some(document) = window.document() {
        document
            .add_event_listener_with_callback("visibilitychange", fetch.as_ref().unchecked_ref())?;
    }
    hosted.closures.push(listen);
    hosted.closures.push(fetch);
    Ok(())
}

/// The Chatwoot origin from the app's URL (`?origin=https://chat.example.com`).
fn configured_origin(window: &web_sys::Window) -> Option<String> {
    let search = window.location().search().ok()?;
    let raw = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("origin")?;
    let origin = web_sys::Url::new(&raw).ok()?.origin();
    (origin != "null").then_some(origin)
}

/// Writing through the app page's `write(text, mode)` and `undo()`.
struct HostComposer {
    write: Option<Function>,
    undo: Option<Function>,
    draft: Rc<RefCell<String>>,
}

impl Composer for HostComposer {
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String> {
        let write = self
            .write
            .as_ref()
            .ok_or("this help desk cannot write replies: use Copy.")?;
        let mode = match mode {
            InsertMode::Insert => "insert",
            InsertMode::Replace => "replace",
        };
        write
            .call2(&JsValue::NULL, &text.into(), &mode.into())
            .map(|_| ())
            .map_err(crate::js::describe)
    }

    fn undo(&self) -> bool {
        self.undo
            .as_ref()
            .and_then(|undo| undo.call0(&JsValue::NULL).ok())
            .is_some_and(|done| done.is_truthy())
    }

    fn draft(&self) -> String {
        self.draft.borrow().clone()
    }

    fn can_insert(&self) -> bool {
        self.write.is_some()
    }

    fn can_undo(&self) -> bool {
        self.undo.is_some()
    }
}
