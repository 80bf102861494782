//! The extension's composer: the help desk's composer is in another tab, behind the
//! extension's content script. Each write is planned here, with the same rules as the DOM
//! composer ([`splice`], [`padding`], [`ValueUndo`]), from the last state the content script
//! reported, and sent as one small operation. The content script writes only if the draft
//! is still the one the plan was made from, so a write never replaces typing it did not
//! see; a refused write comes back as an error line in the sidebar.
//!
//! The operations (plain objects, `www/extension/content.js` carries them out):
//! `{op: "value", value, start, end, inputType, data, expect}` writes a textarea or input
//! through its native setter; `{op: "editable", mode: "replace" | "caret" | "end", text,
//! data, inputType, expect}` puts a text node into a contenteditable; `{op: "restore"}`
//! puts the contenteditable's children back as they were before its latest insert.

use std::cell::RefCell;

use defuse_core::playbook::ConfigValue;
use defuse_ui::InsertMode;
use wasm_bindgen::JsValue;

use crate::host::Composer;
use crate::js::object;
use crate::splice::{padding, splice, utf16_len, ValueUndo};

/// The composer as the content script last reported it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ComposerState {
    /// A textarea or input.
    Value {
        /// Its value.
        value: String,
        /// selectionStart/End in UTF-16 units, when the field has a caret.
        selection: Option<(u32, u32)>,
    },
    /// A contenteditable element.
    Editable {
        /// Its rendered text (`innerText`): the draft the coach reads.
        text: String,
        /// Its `textContent`: what a write checks against.
        content: String,
        /// The text before and after the caret, when the caret is inside it.
        caret: Option<(String, String)>,
    },
}

impl ComposerState {
    /// Reads `{kind: "value", value, start, end}` or `{kind: "editable", text, content,
    /// before, after}`; `null` means the tab has no composer.
    pub(crate) fn from_value(value: ConfigValue) -> Result<Option<ComposerState>, String> {
        if value == ConfigValue::Null {
            return Ok(None);
        }
        let mut kind = String::new();
        let (mut text, mut content, mut before, mut after) = (None, None, None, None);
        let (mut start, mut end) = (None, None);
        for (key, value) in crate::js::fields(value, "a composer state")? {
            match (key.as_str(), value) {
                ("kind", ConfigValue::String(k)) => kind = k,
                ("value" | "text", ConfigValue::String(t)) => text = Some(t),
                ("content", ConfigValue::String(t)) => content = Some(t),
                ("before", ConfigValue::String(t)) => before = Some(t),
                ("after", ConfigValue::String(t)) => after = Some(t),
                ("start", ConfigValue::Number(n)) if n >= 0.0 => start = Some(n as u32),
                ("end", ConfigValue::Number(n)) if n >= 0.0 => end = Some(n as u32),
                _ => {}
            }
        }
        let text = text.unwrap_or_default();
        match kind.as_str() {
            "value" => Ok(Some(ComposerState::Value {
                value: text,
                selection: start.zip(end),
            })),
            "editable" => Ok(Some(ComposerState::Editable {
                content: content.unwrap_or_else(|| text.clone()),
                text,
                caret: before.zip(after),
            })),
            other => Err(format!("unknown composer kind {other:?}")),
        }
    }

    fn draft(&self) -> &str {
        match self {
            ComposerState::Value { value, .. } => value,
            ComposerState::Editable { text, .. } => text,
        }
    }
}

enum Undo {
    Value(ValueUndo),
    Editable,
}

/// Writes the help-desk tab's composer through the content script.
pub(crate) struct PortComposer {
    /// Hands an operation to the panel page, which posts it to the content script.
    send: js_sys::Function,
    state: RefCell<Option<ComposerState>>,
    undo: RefCell<Vec<Undo>>,
}

impl PortComposer {
    /// A composer that sends its operations through `send(op)`.
    pub(crate) fn new(send: js_sys::Function) -> PortComposer {
        PortComposer {
            send,
            state: RefCell::new(None),
            undo: RefCell::new(Vec::new()),
        }
    }

    /// The content script reported the composer; returns the draft when it changed (for
    /// the coach).
    pub(crate) fn set_state(&self, state: Option<ComposerState>) -> Option<String> {
        let mut current = self.state.borrow_mut();
        let before = current.as_ref().map(|s| s.draft().to_string());
        let after = state.as_ref().map(|s| s.draft().to_string());
        *current = state;
        (before != after).then(|| after.unwrap_or_default())
    }

    /// Another tab: nothing known about its composer, nothing to undo there.
    pub(crate) fn forget(&self) {
        *self.state.borrow_mut() = None;
        self.undo.borrow_mut().clear();
    }

    fn post(&self, op: &JsValue) -> Result<(), String> {
        self.send.call1(&JsValue::NULL, op).map(drop).map_err(|e| {
            format!(
                "Could not reach the help-desk tab: {}",
                crate::js::describe(e)
            )
        })
    }
}

fn value_op(
    value: &str,
    (start, end): (u32, u32),
    input_type: &str,
    data: Option<&str>,
    expect: &str,
) -> JsValue {
    object(&[
        ("op", "value".into()),
        ("value", value.into()),
        ("start", start.into()),
        ("end", end.into()),
        ("inputType", input_type.into()),
        ("data", data.map_or(JsValue::NULL, JsValue::from_str)),
        ("expect", expect.into()),
    ])
}

impl Composer for PortComposer {
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String> {
        let state = self.state.borrow().clone().ok_or_else(|| {
            "No composer found in the help-desk tab: use Copy instead.".to_string()
        })?;
        let input_type = match mode {
            InsertMode::Insert => "insertText",
            InsertMode::Replace => "insertReplacementText",
        };
        match state {
            ComposerState::Value { value, selection } => {
                let spliced = splice(&value, selection, text, mode);
                let caret = (spliced.caret, spliced.caret);
                self.post(&value_op(
                    &spliced.value,
                    caret,
                    input_type,
                    Some(text),
                    &value,
                ))?;
                let end = utf16_len(&value);
                self.undo.borrow_mut().push(Undo::Value(ValueUndo {
                    selection: selection.unwrap_or((end, end)),
                    before: value,
                    after: spliced.value.clone(),
                    inserted: spliced.inserted,
                }));
                // Until the content script reports back, the next plan starts from here.
                *self.state.borrow_mut() = Some(ComposerState::Value {
                    value: spliced.value,
                    selection: Some(caret),
                });
            }
            ComposerState::Editable { content, caret, .. } => {
                let (where_, inserted) = match (mode, caret) {
                    (InsertMode::Replace, _) => ("replace", text.to_string()),
                    (InsertMode::Insert, Some((before, after))) => {
                        let (lead, trail) = padding(&before, &after);
                        ("caret", format!("{lead}{text}{trail}"))
                    }
                    (InsertMode::Insert, None) => {
                        let (lead, _) = padding(&content, "");
                        ("end", format!("{lead}{text}"))
                    }
                };
                self.post(&object(&[
                    ("op", "editable".into()),
                    ("mode", where_.into()),
                    ("text", inserted.into()),
                    ("data", text.into()),
                    ("inputType", input_type.into()),
                    ("expect", content.into()),
                ]))?;
                self.undo.borrow_mut().push(Undo::Editable);
            }
        }
        Ok(())
    }

    fn undo(&self) -> bool {
        let Some(record) = self.undo.borrow_mut().pop() else {
            return false;
        };
        match record {
            Undo::Value(undo) => {
                let current = match &*self.state.borrow() {
                    Some(ComposerState::Value { value, .. }) => value.clone(),
                    _ => return false,
                };
                let Some((value, selection)) = undo.restore(&current) else {
                    return false;
                };
                let op = value_op(&value, selection, "historyUndo", None, &current);
                self.post(&op).is_ok()
            }
            Undo::Editable => self.post(&object(&[("op", "restore".into())])).is_ok(),
        }
    }

    fn draft(&self) -> String {
        self.state
            .borrow()
            .as_ref()
            .map(|s| s.draft().to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(fields: &[(&str, ConfigValue)]) -> ConfigValue {
        ConfigValue::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect(),
        )
    }

    fn s(text: &str) -> ConfigValue {
        ConfigValue::String(text.to_string())
    }

    #[test]
    fn states_read_both_kinds_and_null() {
        assert_eq!(ComposerState::from_value(ConfigValue::Null), Ok(None));
        let value = obj(&[
            ("kind", s("value")),
            ("value", s("Hi")),
            ("start", ConfigValue::Number(2.0)),
            ("end", ConfigValue::Number(2.0)),
        ]);
        assert_eq!(
            ComposerState::from_value(value),
            Ok(Some(ComposerState::Value {
                value: "Hi".into(),
                selection: Some((2, 2))
            }))
        );
        let editable = obj(&[
            ("kind", s("editable")),
            ("text", s("Hi\n")),
            ("content", s("Hi")),
            ("before", s("H")),
            ("after", s("i")),
        ]);
        assert_eq!(
            ComposerState::from_value(editable),
            Ok(Some(ComposerState::Editable {
                text: "Hi\n".into(),
                content: "Hi".into(),
                caret: Some(("H".into(), "i".into()))
            }))
        );
        assert!(ComposerState::from_value(obj(&[("kind", s("canvas"))])).is_err());
    }
}
