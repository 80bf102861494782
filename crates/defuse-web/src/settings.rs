//! What the site owner configured: the script tag's `data-` attributes merged with
//! `window.DefuseSettings` (the loader does the merge; DefuseSettings wins), as the wasm
//! receives them.

use defuse_core::playbook::ConfigValue;
use defuse_ui::{Dock, Theme};

/// The embed's settings. Every field is optional; unknown fields are ignored because a
/// script tag may carry `data-` attributes meant for other code.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// `data-dock`: `"right"` (default) or `"left"`.
    pub dock: Option<String>,
    /// `data-collapsed`: start folded to a tab.
    pub collapsed: bool,
    /// `data-theme`: `"auto"` (default), `"light"` or `"dark"`.
    pub theme: Option<String>,
    /// `data-config`: the playbook configuration, as JSON text (the attribute) or as an
    /// object (DefuseSettings); checked when the sidebar mounts.
    pub config: Option<ConfigValue>,
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
}

impl Settings {
    /// Reads the merged settings object; a field of the wrong type is an error naming it.
    pub fn from_value(value: ConfigValue) -> Result<Settings, String> {
        let mut settings = Settings::default();
        for (key, value) in crate::js::fields(value, "the settings")? {
            let text = |value: ConfigValue| match value {
                ConfigValue::String(s) => Ok(Some(s)),
                ConfigValue::Null => Ok(None),
                other => Err(format!(
                    "setting `{key}` must be a string, got {}",
                    other.kind()
                )),
            };
            match key.as_str() {
                "dock" => settings.dock = text(value)?,
                "theme" => settings.theme = text(value)?,
                "composer" => settings.composer = text(value)?,
                "messages" => settings.messages = text(value)?,
                "message" => settings.message = text(value)?,
                "customer" => settings.customer = text(value)?,
                "agent" => settings.agent = text(value)?,
                "text" => settings.text = text(value)?,
                "collapsed" => {
                    settings.collapsed = match value {
                        ConfigValue::Bool(b) => b,
                        ConfigValue::Null => false,
                        other => {
                            return Err(format!(
                                "setting `collapsed` must be true or false, got {}",
                                other.kind()
                            ))
                        }
                    }
                }
                "config" => settings.config = Some(value).filter(|v| *v != ConfigValue::Null),
                // A script tag may carry data- attributes meant for other code.
                _ => {}
            }
        }
        Ok(settings)
    }

    /// The dock side; an unknown value falls back to the default.
    pub fn dock(&self) -> Dock {
        self.dock
            .as_deref()
            .and_then(Dock::parse)
            .unwrap_or_default()
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
