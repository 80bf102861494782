//! What the site owner configured: the script tag's `data-` attributes merged with
//! `window.DefuseSettings` (the loader does the merge; DefuseSettings wins), as the wasm
//! receives them.

use defuse_ui::{Dock, Theme};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};

/// The embed's settings. Every field is optional; unknown fields are ignored because a
/// script tag may carry `data-` attributes meant for other code.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `data-dock`: `"right"` (default) or `"left"`.
    pub dock: Option<String>,
    /// `data-collapsed`: start folded to a tab (the loader turns the attribute's text into
    /// a boolean).
    pub collapsed: bool,
    /// `data-theme`: `"auto"` (default), `"light"` or `"dark"`.
    pub theme: Option<String>,
    /// `data-config`: the playbook configuration, as JSON text (the attribute) or as an
    /// object (DefuseSettings); kept as given and read when the sidebar mounts, so that
    /// its errors are reported as the config's.
    pub config: JsValue,
    /// `data-composer`: CSS selector of the composer (textarea, input or contenteditable).
    pub composer: Option<String>,
    /// `data-messages`: CSS selector of the message list to follow. Without it the DOM
    /// adapter is off and the page pushes messages through the JS API.
    pub messages: Option<String>,
    /// `data-message`: selector of one message inside the list (default: its children).
    pub message: Option<String>,
    /// `data-customer`: a message matching this (or containing a match) is the customer's
    /// (default `[data-role=customer]`).
    pub customer: Option<String>,
    /// `data-agent`: the same for the agent (default `[data-role=agent]`).
    pub agent: Option<String>,
    /// `data-text`: selector of a message's text inside it (default: all its text).
    pub text: Option<String>,
    /// `data-mount`: selector of a host element to render the sidebar inside, instead of
    /// as a fixed overlay.
    pub mount: Option<String>,
    /// `data-layout`: `"overlay"` (default: covers the page's edge) or `"push"` (the page
    /// is narrowed by the sidebar's width).
    pub layout: Option<String>,
    /// `data-write`: where Insert puts a reply: `"composer"` (default, the `composer`
    /// selector), `"event"` (the page writes it, on `defuse:reply-inserted`) or `"copy"`
    /// (the host cannot write; reply cards offer Copy only).
    pub write: Option<Write>,
}

impl Settings {
    /// Reads the merged settings object. A field of the wrong type keeps its default and
    /// is reported (one line per field, naming it, in the order the fields are declared):
    /// a typo in one setting must not keep the sidebar from mounting.
    pub fn read(value: &JsValue) -> (Settings, Vec<String>) {
        let mut problems = Vec::new();
        if value.is_null() || value.is_undefined() {
            return (Settings::default(), problems);
        }
        if !value.is_object() || js_sys::Array::is_array(value) {
            problems.push("the settings must be an object".to_string());
            return (Settings::default(), problems);
        }
        // A copy of the object's own fields, each read on its own (`Fields::get`) in the
        // order they are declared: a bad one is reported and keeps its default, every
        // other setting still applies.
        let mut fields = Fields {
            object: js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref()),
            problems: &mut problems,
        };
        let settings = Settings {
            dock: fields.get("dock"),
            collapsed: fields.get("collapsed"),
            theme: fields.get("theme"),
            // Kept as given: any value reads (see the field's doc).
            config: fields.value("config").unwrap_or_default(),
            composer: fields.get("composer"),
            messages: fields.get("messages"),
            message: fields.get("message"),
            customer: fields.get("customer"),
            agent: fields.get("agent"),
            text: fields.get("text"),
            mount: fields.get("mount"),
            layout: fields.get("layout"),
            write: fields.get("write"),
        };
        (settings, problems)
    }

    /// The dock side; an unknown value falls back to the default.
    pub fn dock(&self) -> Dock {
        self.dock
            .as_deref()
            .and_then(Dock::parse)
            .unwrap_or_default()
    }

    /// Where Insert puts a reply (the composer unless `write` says otherwise).
    pub fn write(&self) -> Write {
        self.write.unwrap_or(Write::Composer)
    }

    /// The theme; an unknown value falls back to the default.
    pub fn theme(&self) -> Theme {
        self.theme
            .as_deref()
            .and_then(Theme::parse)
            .unwrap_or_default()
    }

    /// The selectors the DOM adapter follows, if the page asked for it.
    pub fn thread(&self) -> Option<ThreadSelectors> {
        let list = self.messages.clone().filter(|s| !s.trim().is_empty())?;
        let or = |v: &Option<String>, default: &str| {
            v.clone()
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| default.to_string())
        };
        Some(ThreadSelectors {
            list,
            message: or(&self.message, ":scope > *"),
            customer: or(&self.customer, "[data-role=customer]"),
            agent: or(&self.agent, "[data-role=agent]"),
            text: self.text.clone().filter(|s| !s.trim().is_empty()),
        })
    }
}

/// The settings object's fields, each read on its own with `serde_wasm_bindgen`; what
/// cannot be read is reported in `problems` (``setting `dock`: invalid type: ...``).
struct Fields<'a> {
    object: js_sys::Object,
    problems: &'a mut Vec<String>,
}

impl Fields<'_> {
    /// The field `name` as a `T`: its default when the object lacks it or when it does
    /// not read (then reported).
    fn get<T: DeserializeOwned + Default>(&mut self, name: &str) -> T {
        let Some(value) = self.value(name) else {
            return T::default();
        };
        crate::js::read_value(value).unwrap_or_else(|message| {
            self.problems.push(format!("setting `{name}`: {message}"));
            T::default()
        })
    }

    /// The field `name` as given; `None` when the object has no such field. A field set
    /// to `undefined` is there, as when serde-wasm-bindgen reads a struct.
    fn value(&self, name: &str) -> Option<JsValue> {
        let key = JsValue::from_str(name);
        let value = js_sys::Reflect::get(&self.object, &key).unwrap_or_default();
        let there = !value.is_undefined() || js_sys::Reflect::has(&self.object, &key) == Ok(true);
        there.then_some(value)
    }
}

/// Where Insert puts a reply (the `write` setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Write {
    /// Into the composer the `composer` selector finds, undoably.
    Composer,
    /// To the page, which writes it itself on `defuse:reply-inserted`.
    Event,
    /// Nowhere: the host cannot write, so reply cards offer Copy only.
    Copy,
}

/// How to read the host's chat thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadSelectors {
    /// The message list.
    pub list: String,
    /// One message, inside the list.
    pub message: String,
    /// Marks a customer message.
    pub customer: String,
    /// Marks an agent message.
    pub agent: String,
    /// A message's text, inside the message.
    pub text: Option<String>,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn write_takes_the_three_values_and_names_anything_else() {
        let write = |v| serde_json::from_value::<Option<Write>>(v).map_err(|e| e.to_string());
        assert_eq!(write(json!("event")), Ok(Some(Write::Event)));
        assert_eq!(write(json!("copy")), Ok(Some(Write::Copy)));
        assert_eq!(write(json!("composer")), Ok(Some(Write::Composer)));
        assert_eq!(write(json!(null)), Ok(None));
        let wrong = write(json!("clipboard")).unwrap_err();
        assert!(
            wrong.contains(
                "unknown variant `clipboard`, expected one of `composer`, `event`, `copy`"
            ),
            "{wrong}"
        );
        assert!(write(json!(true)).is_err());
    }
}
