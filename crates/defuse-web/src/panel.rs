//! The browser extension's side of the wasm: the sidebar in the extension's panel page,
//! fed by the content script in the help-desk tab (the panel page relays over a runtime
//! port; see `www/extension/panel.js`). The thread goes through the same [`Feed`] as the
//! DOM adapter's, replies through a [`PortComposer`].

use std::rc::Rc;

use defuse_core::Role;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::host::{reading_object, Composer, Feed, Seen};
use crate::port::{ComposerState, PortComposer};
use crate::settings::Settings;
use crate::{js, Instance};

/// What an instance booted by [`boot_linked`] is fed through.
pub(crate) struct Link {
    pub(crate) feed: Feed,
    composer: Rc<PortComposer>,
}

/// Mounts the sidebar for the extension's panel: `settings` as for `boot` (the panel gives
/// `mount`), and `send(op)` carries composer operations to the help-desk tab.
#[wasm_bindgen(js_name = bootLinked)]
pub fn boot_linked(settings: JsValue, send: js_sys::Function) -> Result<Instance, JsError> {
    let composer = Rc::new(PortComposer::new(send));
    let mut instance = crate::mount(&settings, composer.clone() as Rc<dyn Composer>)?;
    instance.link = Some(Link {
        feed: Feed::new(instance.sidebar.clone()),
        composer,
    });
    Ok(instance)
}

/// The reading rules for a saved site entry (`{messages, message, customer, agent, text,
/// composer}`, the script tag's names): `{list, message, customer, agent, text, ids, time,
/// composer, field}` with every default filled in, for the content script. Throws naming
/// the field when the entry is unusable.
#[wasm_bindgen(js_name = readingRules)]
pub fn reading_rules(entry: JsValue) -> Result<JsValue, JsError> {
    let (settings, problems) = Settings::read(&entry);
    if let Some(problem) = problems.first() {
        return Err(js::error("readingRules", problem));
    }
    let selectors = settings
        .thread()
        .ok_or_else(|| js::error("readingRules", "setting `messages` is required"))?;
    Ok(reading_object(&selectors, settings.composer.as_deref()))
}

#[wasm_bindgen]
impl Instance {
    /// The help-desk tab shows this thread now (`[{customer, agent, text, id, at}]`, read by
    /// the rules [`reading_rules`] gave).
    #[wasm_bindgen(js_name = showThread)]
    pub fn show_thread(&self, list: JsValue) -> Result<(), JsError> {
        let Some(link) = &self.link else {
            return Ok(());
        };
        let seen: Vec<Seen> = js::read_nested(list).map_err(|e| js::error("showThread", e))?;
        link.feed.show(seen);
        Ok(())
    }

    /// The help-desk tab's composer now (see `port::ComposerState`), or null.
    #[wasm_bindgen(js_name = composerState)]
    pub fn composer_state(&self, state: JsValue) -> Result<(), JsError> {
        let Some(link) = &self.link else {
            return Ok(());
        };
        let state = js::read_nested::<Option<ComposerState>>(state)
            .map_err(|e| js::error("composerState", e))?;
        if let Some(draft) = link.composer.set_state(state) {
            if !crate::fatal::is_dead() {
                crate::fatal::coach(&self.sidebar, draft);
            }
        }
        Ok(())
    }

    /// The content script could not carry out a write: say why in the sidebar.
    #[wasm_bindgen(js_name = writeFailed)]
    pub fn write_failed(&self, reason: String) {
        if !crate::fatal::is_dead() {
            self.sidebar.show_error(reason);
        }
    }

    /// The panel now follows another tab: a new, empty conversation.
    pub fn restart(&self) {
        if let Some(link) = &self.link {
            link.feed.restart();
            link.composer.forget();
        }
    }
}

/// What a thread read by the content script amounts to, for the setup's confirmation:
/// `{customers, agents, last: {role, text} | null}`, by the same rules the feed follows.
#[wasm_bindgen(js_name = summarizeThread)]
pub fn summarize_thread(list: JsValue) -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Last<'a> {
        role: Role,
        text: &'a str,
    }
    #[derive(Serialize)]
    struct Summary<'a> {
        customers: usize,
        agents: usize,
        last: Option<Last<'a>>,
    }
    let seen: Vec<Seen> = js::read_nested(list).map_err(|e| js::error("summarizeThread", e))?;
    let visible: Vec<_> = seen.into_iter().filter_map(Seen::visible).collect();
    let count = |role: Role| visible.iter().filter(|(v, _)| v.role == role).count();
    Ok(js::write(&Summary {
        customers: count(Role::Customer),
        agents: count(Role::Agent),
        last: visible.last().map(|(v, _)| Last {
            role: v.role,
            text: &v.text,
        }),
    }))
}
