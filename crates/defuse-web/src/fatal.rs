//! What a panic does: it must cost one message, never the host page or the session.
//!
//! The hook logs the panic, writes a quiet line into the sidebar (plain `textContent` on an
//! element outside Yew's tree, which still works when Yew's state is mid-borrow), marks the
//! instance dead, tells the loader which message was being read (the callback it passed to
//! [`guard`]), and dispatches a `defuse:error` event with `fatal: true`.
//!
//! The panic then traps the wasm. The loader (`www/defuse.js`) starts a fresh instance,
//! calls [`guard`] with every text that trapped so far, and rebuilds the conversation; every
//! message goes through [`push`], which skips those texts with a quiet "one message could
//! not be read" line. A message that trapped once is never read again, so it cannot trap
//! twice, and the loader stops restarting after a few traps whatever their cause.
//!
//! A trap while coaching the agent's draft ([`coach`]) is told to the loader as such; the
//! fresh instance then leaves the draft coach off (one quiet line says so) and everything
//! else on, since the agent's next keystroke would bring the same draft back.
//!
//! Test hook: [`guard`]'s `trap_on_for_test` makes [`push`] and [`coach`] panic on one exact
//! text, so the
//! end-to-end tests can force a trap mid-conversation. Only the loader sets it, from the
//! page's own `testTrapOn` setting on a loopback host (127.0.0.1, localhost): the text of a
//! message can never turn it on, so customers cannot trigger a trap in production.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};

use defuse_core::Message;
use defuse_ui::SidebarHandle;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// What the agent sees after a panic the loader does not recover from.
pub const FATAL_TEXT: &str =
    "Defuse stopped after an internal error. Your chat still works; reload the page to restart Defuse.";

/// What the agent sees when a message that trapped Defuse before is skipped.
pub const SKIPPED_TEXT: &str = "One message could not be read; Defuse goes on without it.";

/// What the agent sees when the draft coach is off because it trapped before.
pub const COACH_OFF_TEXT: &str =
    "The draft coach stopped after an internal error; the rest of Defuse still works.";

static DEAD: AtomicBool = AtomicBool::new(false);

/// What the loader told this instance before it booted.
#[derive(Default)]
struct Guard {
    /// Texts that trapped an earlier instance.
    skip: Vec<String>,
    /// Called from the hook with the text being read (or `undefined`) and whether the
    /// draft coach was running.
    on_trap: Option<js_sys::Function>,
    /// Test-only: panic when this exact text is pushed or coached.
    trap_on: Option<String>,
    /// The draft coach trapped an earlier instance: leave it off.
    coach_off: bool,
}

thread_local! {
    static LINE: RefCell<Option<Element>> = const { RefCell::new(None) };
    static GUARD: RefCell<Guard> = RefCell::new(Guard::default());
    /// The text [`push`] is reading, for the hook.
    static IN_FLIGHT: RefCell<Option<String>> = const { RefCell::new(None) };
    /// [`coach`] is running, for the hook.
    static COACHING: Cell<bool> = const { Cell::new(false) };
    /// The coach-off line has been shown.
    static COACH_OFF_SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Installs the panic hook (called from `#[wasm_bindgen(start)]`).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let first = !DEAD.swap(true, Ordering::SeqCst);
        web_sys::console::error_1(&JsValue::from_str(&format!("Defuse: {info}")));
        if !first {
            // A dead instance's leftover callbacks: the loader already knows.
            return;
        }
        // try_with/try_borrow throughout: a panic must not panic again.
        let _ = LINE.try_with(|line| {
            if let Ok(line) = line.try_borrow() {
                if let Some(line) = line.as_ref() {
                    line.set_text_content(Some(FATAL_TEXT));
                }
            }
        });
        let failed = IN_FLIGHT
            .try_with(|t| t.try_borrow().ok().and_then(|t| t.clone()))
            .ok()
            .flatten();
        let coaching = COACHING.try_with(Cell::get).unwrap_or(false);
        let _ = GUARD.try_with(|guard| {
            if let Ok(guard) = guard.try_borrow() {
                if let Some(on_trap) = &guard.on_trap {
                    let failed = failed
                        .as_deref()
                        .map_or(JsValue::UNDEFINED, JsValue::from_str);
                    let _ = on_trap.call2(&JsValue::NULL, &failed, &coaching.into());
                }
            }
        });
        let _ = crate::events::dispatch_error(FATAL_TEXT, true);
    }));
}

/// The loader's side of trap recovery, called before `boot`: the texts that trapped an
/// earlier instance (skipped from now on), the callback the hook tells which text was being
/// read (`on_trap(text | undefined, coaching)`), (end-to-end tests only, see the module
/// docs) a text to trap on, and whether the draft coach trapped before (then it stays off).
#[wasm_bindgen]
pub fn guard(
    skip: Vec<String>,
    on_trap: js_sys::Function,
    trap_on_for_test: Option<String>,
    coach_off: Option<bool>,
) {
    GUARD.with(|g| {
        *g.borrow_mut() = Guard {
            skip,
            on_trap: Some(on_trap),
            trap_on: trap_on_for_test,
            coach_off: coach_off.unwrap_or(false),
        }
    });
}

/// Adds `message` to the conversation, unless its text trapped an earlier instance: then
/// it is skipped with a quiet line. Every message (JS API and DOM adapter) comes through
/// here.
pub fn push(sidebar: &SidebarHandle, message: Message) {
    let (skip, trap) = GUARD.with(|g| {
        let g = g.borrow();
        (
            g.skip.contains(&message.text),
            g.trap_on.as_ref() == Some(&message.text),
        )
    });
    if skip {
        sidebar.show_error(SKIPPED_TEXT.to_string());
        return;
    }
    // Saved and restored: an event listener may push from inside this push.
    let outer = IN_FLIGHT.with(|t| t.replace(Some(message.text.clone())));
    if trap {
        panic!("trap requested by the page's testTrapOn setting");
    }
    sidebar.push(message);
    IN_FLIGHT.with(|t| *t.borrow_mut() = outer);
}

/// Coaches the agent's draft, unless the coach trapped an earlier instance: then a quiet
/// line says the coach is off (once). Every draft (composer watch, extension panel) comes
/// through here.
pub fn coach(sidebar: &SidebarHandle, draft: String) {
    let (off, trap) = GUARD.with(|g| {
        let g = g.borrow();
        (g.coach_off, g.trap_on.as_ref() == Some(&draft))
    });
    if off {
        if !COACH_OFF_SHOWN.replace(true) {
            sidebar.show_error(COACH_OFF_TEXT.to_string());
        }
        return;
    }
    let outer = COACHING.replace(true);
    if trap {
        panic!("trap requested by the page's testTrapOn setting");
    }
    sidebar.draft_changed(draft);
    COACHING.set(outer);
}

/// Where the hook writes its line.
pub fn set_line(line: Element) {
    LINE.with(|l| *l.borrow_mut() = Some(line));
}

/// Whether a panic has happened: every entry point checks this first.
pub fn is_dead() -> bool {
    DEAD.load(Ordering::SeqCst)
}
