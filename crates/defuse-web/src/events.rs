//! The DOM CustomEvents Defuse dispatches on `window`. The loader's `Defuse.on(...)` is a
//! listener on these same events, so there is one way events reach a page.

use defuse_ui::HostEvent;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit};

/// `Defuse.on("escalation")`.
pub const ESCALATION: &str = "defuse:escalation";
/// `Defuse.on("replyInserted")`.
pub const REPLY_INSERTED: &str = "defuse:reply-inserted";
/// `Defuse.on("error")`: a quiet error (bad config) or, with `fatal: true`, a panic.
pub const ERROR: &str = "defuse:error";

/// Dispatches a host event; `detail` is the event as serde writes it and `defuse.d.ts`
/// describes it: `{type: "escalationChanged", level, band, previous}` or
/// `{type: "replyInserted", text, technique}`.
pub fn dispatch(event: &HostEvent) -> Result<(), JsValue> {
    let name = match event {
        HostEvent::EscalationChanged { .. } => ESCALATION,
        HostEvent::ReplyInserted { .. } => REPLY_INSERTED,
    };
    fire(name, &crate::js::write(event))
}

/// The detail of `defuse:error`.
#[derive(Serialize)]
struct ErrorDetail<'a> {
    /// What went wrong, in words.
    message: &'a str,
    /// Whether Defuse stopped (a panic) rather than refused one input.
    fatal: bool,
}

/// Dispatches `defuse:error` with `{message, fatal}`.
pub fn dispatch_error(message: &str, fatal: bool) -> Result<(), JsValue> {
    fire(ERROR, &crate::js::write(&ErrorDetail { message, fatal }))
}

fn fire(name: &str, detail: &JsValue) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let init = CustomEventInit::new();
    init.set_detail(detail);
    let event = CustomEvent::new_with_event_init_dict(name, &init)?;
    window.dispatch_event(&event).map(drop)
}
