//! The draft coach's feed: the composer's text, read on `input` events and handed to the
//! sidebar after the agent pauses for [`DEBOUNCE_MS`]. The listener only restarts a timer,
//! so typing is never slowed by analysis.

use std::cell::Cell;
use std::rc::Rc;

use defuse_ui::SidebarHandle;
use wasm_bindgen::prelude::*;
use web_sys::{AddEventListenerOptions, Event, Node};

use crate::composer::DomComposer;
use crate::host::Composer;

/// Quiet time after the last keystroke before the draft is coached.
pub const DEBOUNCE_MS: i32 = 150;

/// Keeps the listener and timer callback alive for as long as the instance lives.
pub struct DraftWatch {
    _on_input: Closure<dyn FnMut(Event)>,
    _on_timer: Rc<Closure<dyn FnMut()>>,
}

impl DraftWatch {
    /// Listens (capturing, on the document: the host may re-render its composer) for input
    /// in the composer.
    pub fn start(composer: Rc<DomComposer>, sidebar: SidebarHandle) -> Result<DraftWatch, JsValue> {
        let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
        let document = window
            .document()
            .ok_or_else(|| JsValue::from_str("no document"))?;
        let on_timer = {
            let composer = composer.clone();
            Rc::new(Closure::<dyn FnMut()>::new(move || {
                if !crate::fatal::is_dead() {
                    crate::fatal::coach(&sidebar, composer.draft());
                }
            }))
        };
        let timer = Rc::new(Cell::new(None::<i32>));
        let on_input = {
            let on_timer = on_timer.clone();
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                let target = event.target().and_then(|t| t.dyn_into::<Node>().ok());
                let Some(composer_el) = composer.element() else {
                    return;
                };
                if !composer_el.contains(target.as_ref()) {
                    return;
                }
                if let Some(id) = timer.take() {
                    window.clear_timeout_with_handle(id);
                }
                let id = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    (*on_timer).as_ref().unchecked_ref(),
                    DEBOUNCE_MS,
                );
                timer.set(id.ok());
            })
        };
        let options = AddEventListenerOptions::new();
        options.set_capture(true);
        options.set_passive(true);
        document.add_event_listener_with_callback_and_add_event_listener_options(
            "input",
            on_input.as_ref().unchecked_ref(),
            &options,
        )?;
        Ok(DraftWatch {
            _on_input: on_input,
            _on_timer: on_timer,
        })
    }
}
