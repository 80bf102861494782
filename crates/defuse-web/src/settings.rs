//! What the site owner configured: the script tag's `data-` attributes merged with
//! `window.DefuseSettings` (the loader does the merge; DefuseSettings wins), as the wasm
//! receives them.

use defuse_ui::{Dock, Theme};
use serde::Deserialize;

/// The embed's settings. Every field is optional; unknown fields are ignored because a
/// script tag may carry `data-` attributes meant for other code.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Settings {
    /// `data-dock`: `"right"` (default) or `"left"`.
    pub dock: Option<String>,
    /// `data-collapsed`: start folded to a tab.
    pub collapsed: bool,
    /// `data-theme`: `"auto"` (default), `"light"` or `"dark"`.
    pub theme: Option<String>,
    /// `data-config`: the playbook configuration as JSON (the loader stringifies an
    /// object given in DefuseSettings).
    pub config: Option<String>,
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
