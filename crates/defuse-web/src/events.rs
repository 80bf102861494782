//! The DOM CustomEvents Defuse dispatches on `window`. The loader's `Defuse.on(...)` is a
//! listener on these same events, so there is one way events reach a page.

use defuse_ui::HostEvent;
use wasm_bindgen::prelude::*;

use crate::js::object;
use web_sys::{CustomEvent, CustomEventInit};

/// `Defuse.on("escalation")`.
pub const ESCALATION: &str = "defuse:escalation";
/// `Defuse.on("replyInserted")`.
pub const REPLY_INSERTED: &str = "defuse:reply-inserted";
/// `Defuse.on("error")`: a quiet error (bad config) or, with `fatal: true`, a panic.
pub const ERROR: &str = "defuse:error";

/// Dispatches a host event; `detail` is the event as `defuse.d.ts` describes it:
/// `{type: "escalationChanged", level, band, previous}` or
/// `{type: "replyInserted", text, technique}`.
pub fn dispatch(event: &HostEvent) -> Result<(), JsValue> {
    match event {
        HostEvent::EscalationChanged {
            level,
            band,
            previous,
        } => fire(
            ESCALATION,
            &object(&[
                ("type", "escalationChanged".into()),
                ("level", (*level).into()),
                ("band", band.label().into()),
                ("previous", (*previous).into()),
            ]),
        ),
        HostEvent::ReplyInserted { text, technique } => fire(
            REPLY_INSERTED,
            &object(&[
                ("type", "replyInserted".into()),
                ("text", text.as_str().into()),
                ("technique", technique.key().into()),
            ]),
        ),
    }
}

/// Dispatches `defuse:error` with `{message, fatal}`.
pub fn dispatch_error(message: &str, fatal: bool) -> Result<(), JsValue> {
    fire(
        ERROR,
        &object(&[("message", message.into()), ("fatal", fatal.into())]),
    )
}

fn fire(name: &str, detail: &JsValue) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let init = CustomEventInit::new();
    init.set_detail(detail);
    let event = CustomEvent::new_with_event_init_dict(name, &init)?;
    window.dispatch_event(&event).map(drop)
}
