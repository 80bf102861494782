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

use defuse_ui::InsertMode;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::host::Composer;
use crate::splice::{padding, splice, utf16_len, ValueUndo};

/// The composer as the content script last reported it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "Report")]
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

/// The content script's report, as it sends it: `{kind: "value", value, start, end}` or
/// `{kind: "editable", text, content, before, after}` (`null`, read as no state, means
/// the tab has no composer).
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum Report {
    Value {
        #[serde(default, alias = "text")]
        value: String,
        #[serde(default)]
        start: Option<u32>,
        #[serde(default)]
        end: Option<u32>,
    },
    Editable {
        #[serde(default)]
        text: String,
        #[serde(default)]
        content: Option<String>,
        #[serde(default)]
        before: Option<String>,
        #[serde(default)]
        after: Option<String>,
    },
}

impl From<Report> for ComposerState {
    fn from(report: Report) -> ComposerState {
        match report {
            Report::Value { value, start, end } => ComposerState::Value {
                value,
                selection: start.zip(end),
            },
            Report::Editable {
                text,
                content,
                before,
                after,
            } => ComposerState::Editable {
                content: content.unwrap_or_else(|| text.clone()),
                text,
                caret: before.zip(after),
            },
        }
    }
}

impl ComposerState {
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

    fn post(&self, op: &Op<'_>) -> Result<(), String> {
        let op = crate::js::write(op);
        self.send.call1(&JsValue::NULL, &op).map(drop).map_err(|e| {
            format!(
                "Could not reach the help-desk tab: {}",
                crate::js::describe(e)
            )
        })
    }
}

/// An operation for the content script to carry out (see the module's doc).
#[derive(Serialize)]
#[serde(tag = "op", rename_all = "camelCase", rename_all_fields = "camelCase")]
enum Op<'a> {
    Value {
        value: &'a str,
        start: u32,
        end: u32,
        input_type: &'a str,
        data: Option<&'a str>,
        expect: &'a str,
    },
    Editable {
        mode: &'a str,
        text: &'a str,
        data: &'a str,
        input_type: &'a str,
        expect: &'a str,
    },
    Restore,
}

fn value_op<'a>(
    value: &'a str,
    (start, end): (u32, u32),
    input_type: &'a str,
    data: Option<&'a str>,
    expect: &'a str,
) -> Op<'a> {
    Op::Value {
        value,
        start,
        end,
        input_type,
        data,
        expect,
    }
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
                self.post(&Op::Editable {
                    mode: where_,
                    text: &inserted,
                    data: text,
                    input_type,
                    expect: &content,
                })?;
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
            Undo::Editable => self.post(&Op::Restore).is_ok(),
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
    use serde_json::json;

    use super::*;

    fn read(report: serde_json::Value) -> Result<Option<ComposerState>, serde_json::Error> {
        serde_json::from_value(report)
    }

    #[test]
    fn states_read_both_kinds_and_null() {
        assert_eq!(read(json!(null)).unwrap(), None);
        let value = json!({"kind": "value", "value": "Hi", "start": 2, "end": 2});
        assert_eq!(
            read(value).unwrap(),
            Some(ComposerState::Value {
                value: "Hi".into(),
                selection: Some((2, 2))
            })
        );
        let editable = json!({
            "kind": "editable", "text": "Hi\n", "content": "Hi", "before": "H", "after": "i"
        });
        assert_eq!(
            read(editable).unwrap(),
            Some(ComposerState::Editable {
                text: "Hi\n".into(),
                content: "Hi".into(),
                caret: Some(("H".into(), "i".into()))
            })
        );
        assert!(read(json!({"kind": "canvas"})).is_err());
    }
}
