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
    /// `data-mount`: selector of a host element to render the sidebar inside, instead of
    /// as a fixed overlay.
    pub mount: Option<String>,
    /// `data-layout`: `"overlay"` (default: covers the page's edge) or `"push"` (the page
    /// is narrowed by the sidebar's width).
    pub layout: Option<String>,
    /// `data-write`: where Insert puts a reply: `"composer"` (default, the `composer`
    /// selector), `"event"` (the page writes it, on `defuse:reply-inserted`: the help-desk
    /// apps) or `"copy"` (the host cannot write; reply cards offer Copy only).
    pub write: Option<String>,
}

impl Settings {
    /// Reads the merged settings object. A field of the wrong type keeps its default and
    /// is reported (one line per field, naming it): a typo in one setting must not keep
    /// the sidebar from mounting.
    pub fn from_value(value: ConfigValue) -> (Settings, Vec<String>) {
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        let fields = match crate::js::fields(value, "the settings") {
            Ok(fields) => fields,
            Err(e) => return (settings, vec![e]),
        };
        for (key, value) in fields {
            let kind = value.kind();
            let text = |value: ConfigValue| match value {
                ConfigValue::String(s) => Some(Some(s)),
                ConfigValue::Null => Some(None),
                _ => None,
            };
            let read = match key.as_str() {
                "dock" => text(value).map(|v| settings.dock = v),
                "theme" => text(value).map(|v| settings.theme = v),
                "composer" => text(value).map(|v| settings.composer = v),
                "messages" => text(value).map(|v| settings.messages = v),
                "message" => text(value).map(|v| settings.message = v),
                "customer" => text(value).map(|v| settings.customer = v),
                "agent" => text(value).map(|v| settings.agent = v),
                "text" => text(value).map(|v| settings.text = v),
                "mount" => text(value).map(|v| settings.mount = v),
                "layout" => text(value).map(|v| settings.layout = v),
                "write" => match value {
                    ConfigValue::String(s) if Write::parse(&s).is_some() => {
                        settings.write = Some(s);
                        Some(())
                    }
                    ConfigValue::Null => Some(()),
                    _ => None,
                },
                "collapsed" => match value {
                    ConfigValue::Bool(b) => {
                        settings.collapsed = b;
                        Some(())
                    }
                    ConfigValue::Null => Some(()),
                    _ => None,
                },
                "config" => {
                    settings.config = Some(value).filter(|v| *v != ConfigValue::Null);
                    Some(())
                }
                // A script tag may carry data- attributes meant for other code.
                _ => Some(()),
            };
            if read.is_none() {
                let expected = if key == "collapsed" {
                    "true or false"
                } else if key == "write" {
                    "\"composer\", \"event\" or \"copy\""
                } else {
                    "a string"
                };
                problems.push(format!("setting `{key}` must be {expected}, got {kind}"));
            }
        }
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
        self.write
            .as_deref()
            .and_then(Write::parse)
            .unwrap_or(Write::Composer)
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// Into the composer the `composer` selector finds, undoably.
    Composer,
    /// To the page, which writes it itself on `defuse:reply-inserted` (the help-desk apps
    /// hand it to their SDK).
    Event,
    /// Nowhere: the host cannot write, so reply cards offer Copy only.
    Copy,
}

impl Write {
    /// The setting's value, if it is one of the three.
    pub fn parse(value: &str) -> Option<Write> {
        match value {
            "composer" => Some(Write::Composer),
            "event" => Some(Write::Event),
            "copy" => Some(Write::Copy),
            _ => None,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn with_write(value: ConfigValue) -> (Write, Vec<String>) {
        let (settings, problems) =
            Settings::from_value(ConfigValue::Object(vec![("write".into(), value)]));
        (settings.write(), problems)
    }

    #[test]
    fn write_takes_the_three_values_and_names_anything_else() {
        let s = |v: &str| ConfigValue::String(v.into());
        assert_eq!(with_write(s("event")), (Write::Event, vec![]));
        assert_eq!(with_write(s("copy")), (Write::Copy, vec![]));
        assert_eq!(with_write(s("composer")), (Write::Composer, vec![]));
        assert_eq!(with_write(ConfigValue::Null), (Write::Composer, vec![]));
        let (write, problems) = with_write(s("clipboard"));
        assert_eq!(write, Write::Composer);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("`write` must be \"composer\", \"event\" or \"copy\""));
        assert_eq!(with_write(ConfigValue::Bool(true)).1.len(), 1);
    }
}
