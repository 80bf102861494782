//! What a panic does: it must never break the host page. The hook logs the panic, writes a
//! quiet line into the sidebar (plain `textContent` on an element outside Yew's tree, which
//! still works when Yew's state is mid-borrow), marks the instance dead, and tells the
//! loader with a `defuse:error` event so later API calls are ignored with a warning.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsValue;
use web_sys::Element;

/// What the agent sees after a panic.
pub const FATAL_TEXT: &str =
    "Defuse stopped after an internal error. Your chat still works; reload the page to restart Defuse.";

static DEAD: AtomicBool = AtomicBool::new(false);

thread_local! {
    static LINE: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Installs the panic hook (called from `#[wasm_bindgen(start)]`).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        DEAD.store(true, Ordering::SeqCst);
        web_sys::console::error_1(&JsValue::from_str(&format!("Defuse: {info}")));
        // try_with/try_borrow: a panic must not panic again.
        let _ = LINE.try_with(|line| {
            if let Ok(line) = line.try_borrow() {
                if let Some(line) = line.as_ref() {
                    line.set_text_content(Some(FATAL_TEXT));
                }
            }
        });
        let _ = crate::events::dispatch_error(FATAL_TEXT, true);
    }));
}

/// Where the hook writes its line.
pub fn set_line(line: Element) {
    LINE.with(|l| *l.borrow_mut() = Some(line));
}

/// Whether a panic has happened: every entry point checks this first.
pub fn is_dead() -> bool {
    DEAD.load(Ordering::SeqCst)
}
