//! What the site owner configured: the script tag's `data-` attributes merged with
//! `window.DefuseSettings` (the loader does the merge; DefuseSettings wins), as the wasm
//! receives them.

use defuse_ui::{Dock, Theme};
use serde::Deserialize;
use wasm_bindgen::{JsCast, JsValue};

/// The embed's settings. Every field is optional; unknown fields are ignored because a
/// script tag may carry `data-` attributes meant for other code.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
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
    #[serde(with = "serde_wasm_bindgen::preserve")]
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
    /// is reported (one line per field, naming it): a typo in one setting must not keep
    /// the sidebar from mounting.
    pub fn read(value: &JsValue) -> (Settings, Vec<String>) {
        let mut problems = Vec::new();
        if value.is_null() || value.is_undefined() {
            return (Settings::default(), problems);
        }
        if !value.is_object() || js_sys::Array::is_array(value) {
            problems.push("the settings must be an object".to_string());
            return (Settings::default(), problems);
        }
        // serde stops at the first bad field: take it out of a copy and read again, so
        // every other setting still applies. Each round removes a field, so this ends.
        let copy = js_sys::Object::assign(&js_sys::Object::new(), value.unchecked_ref());
        loop {
            let problem = match crate::js::read::<Settings>(copy.clone().into()) {
                Ok(settings) => return (settings, problems),
                Err(problem) => problem,
            };
            problems.push(format!("setting {problem}"));
            let removed = problem
                .field
                .map(|field| js_sys::Reflect::delete_property(&copy, &field.into()));
            if removed != Some(Ok(true)) {
                return (Settings::default(), problems);
            }
        }
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
