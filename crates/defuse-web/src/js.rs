//! JS values in and out. In: what the page hands the API (settings, messages, a config)
//! read field by field into plain Rust values, with errors that name the field. Out: event
//! details as plain objects built with [`object`].
//!
//! No serde runs in the wasm: serde's generated visitors, serde_json and serde's error
//! formatting (which drags in float printing) cost the bundle 21 KB brotli.
//! Everything goes through [`ConfigValue`], the same shape the CLI parses JSON into, so a
//! bad config gets the same error in the browser as in `defuse analyze --config`.

use defuse_core::playbook::{ConfigError, ConfigValue};
use defuse_core::{Message, Millis, Role};
use defuse_ui::Config;
use wasm_bindgen::{JsCast, JsValue};

/// Nesting deeper than this is refused (a config is two levels deep; a cyclic object
/// would otherwise recurse forever).
const MAX_DEPTH: usize = 16;

/// Converts a JS value. `undefined` reads as `null`; functions, symbols and bigints are
/// refused.
pub(crate) fn value(js: &JsValue) -> Result<ConfigValue, String> {
    convert(js, 0)
}

fn convert(js: &JsValue, depth: usize) -> Result<ConfigValue, String> {
    if depth > MAX_DEPTH {
        return Err(format!("nested more than {MAX_DEPTH} levels deep"));
    }
    if js.is_null() || js.is_undefined() {
        return Ok(ConfigValue::Null);
    }
    if let Some(b) = js.as_bool() {
        return Ok(ConfigValue::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        return Ok(ConfigValue::Number(n));
    }
    if let Some(s) = js.as_string() {
        return Ok(ConfigValue::String(s));
    }
    if js_sys::Array::is_array(js) {
        let array: &js_sys::Array = js.unchecked_ref();
        return array
            .iter()
            .map(|item| convert(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(ConfigValue::List);
    }
    if js.is_object() && !js.is_function() {
        let object: &js_sys::Object = js.unchecked_ref();
        let mut fields = Vec::new();
        for key in js_sys::Object::keys(object).iter() {
            let field = js_sys::Reflect::get(js, &key).map_err(describe)?;
            let name = key.as_string().unwrap_or_default();
            let value = convert(&field, depth + 1).map_err(|e| format!("`{name}`: {e}"))?;
            fields.push((name, value));
        }
        return Ok(ConfigValue::Object(fields));
    }
    Err("expected JSON-like data (objects, lists, strings, numbers, booleans)".to_string())
}

/// A plain JS object with these fields, for event details and test hooks.
pub(crate) fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        // Setting a property on a fresh plain object cannot throw.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

/// A thrown JS value as text.
pub(crate) fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown JS error".to_string())
}

/// An object's fields; anything else is an error saying what `what` expected.
pub(crate) fn fields(value: ConfigValue, what: &str) -> Result<Vec<(String, ConfigValue)>, String> {
    match value {
        ConfigValue::Object(fields) => Ok(fields),
        other => Err(format!("{what} must be an object, got {}", other.kind())),
    }
}

/// A playbook config given as an object or as JSON text (a `data-config` attribute).
pub(crate) fn config(value: ConfigValue) -> Result<Config, ConfigError> {
    match value {
        ConfigValue::String(text) => {
            let parsed = js_sys::JSON::parse(&text).map_err(|e| ConfigError::Syntax {
                message: describe(e),
            })?;
            let value = convert(&parsed, 0).map_err(|message| ConfigError::Syntax { message })?;
            Config::from_value(value)
        }
        value => Config::from_value(value),
    }
}

/// A message: `{role: "customer" | "agent", text, at?}`, `at` in ms since the epoch.
pub(crate) fn message(js: &JsValue) -> Result<Message, String> {
    let (mut role, mut text, mut at) = (None, None, None);
    for (key, value) in fields(value(js)?, "a message")? {
        match (key.as_str(), value) {
            ("role", ConfigValue::String(r)) => {
                role = Some(match r.as_str() {
                    "customer" => Role::Customer,
                    "agent" => Role::Agent,
                    _ => {
                        return Err(format!(
                            "`role` must be \"customer\" or \"agent\", got \"{r}\""
                        ))
                    }
                })
            }
            ("text", ConfigValue::String(t)) => text = Some(t),
            ("at", ConfigValue::Null) => {}
            ("at", ConfigValue::Number(n)) if n.is_finite() && n.fract() == 0.0 => {
                at = Some(Millis(n as i64))
            }
            (field @ ("role" | "text" | "at"), other) => {
                let expected = match field {
                    "role" => "\"customer\" or \"agent\"",
                    "text" => "a string",
                    _ => "whole milliseconds since the epoch",
                };
                return Err(format!(
                    "`{field}` must be {expected}, got {}",
                    other.kind()
                ));
            }
            // Pages may keep their own fields (ids, authors) on the message objects.
            _ => {}
        }
    }
    Ok(Message {
        role: role.ok_or("a message needs `role`")?,
        text: text.ok_or("a message needs `text`")?,
        at,
    })
}

/// A list of strings (the benchmark's texts).
pub(crate) fn strings(js: &JsValue) -> Result<Vec<String>, String> {
    match value(js)? {
        ConfigValue::List(items) => items
            .into_iter()
            .map(|item| match item {
                ConfigValue::String(s) => Ok(s),
                other => Err(format!("expected strings, got {}", other.kind())),
            })
            .collect(),
        other => Err(format!("expected a list of strings, got {}", other.kind())),
    }
}
