//! The host's composer: puts replies into a `textarea`, an `input` or a `contenteditable`
//! without losing the agent's draft, and undoes that.
//!
//! Framework-controlled inputs (React) track the value through the element's own `value`
//! property and ignore an `input` event when the value matches what they last saw; so the
//! value is written through the prototype's native setter (which bypasses that tracking)
//! and an `input` event follows. This is the only place that writes to the composer.
//! contenteditable text is inserted as a text node, never as HTML.

use std::cell::RefCell;

use defuse_ui::InsertMode;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, InputEvent, InputEventInit, Node,
    Range,
};

use crate::host::{Composer, Reading};
use crate::js::describe;
use crate::splice::{padding, splice, utf16_len, ValueUndo};

/// The composer in this page, found by its selector each time (hosts re-render it).
pub struct DomComposer {
    selector: Option<String>,
    undo: RefCell<Vec<Undo>>,
}

/// The two kinds of composer.
#[derive(Clone)]
enum Field {
    /// textarea or input: has a `value`.
    Value(HtmlElement),
    /// contenteditable: its children are the draft.
    Editable(HtmlElement),
}

/// Enough to put a draft back exactly as it was before an insert.
struct Undo {
    field: Field,
    before: Before,
}

enum Before {
    Value(ValueUndo),
    /// The composer's children before, and its text right after the insert.
    Nodes {
        nodes: Vec<Node>,
        after: String,
    },
}

impl DomComposer {
    /// A composer found by `selector` (`None`: the page has none; inserts fail politely).
    pub fn new(selector: Option<String>) -> DomComposer {
        DomComposer {
            selector: selector.filter(|s| !s.trim().is_empty()),
            undo: RefCell::new(Vec::new()),
        }
    }

    /// The composer element, if the page has one now.
    pub fn element(&self) -> Option<HtmlElement> {
        self.field().map(|f| match f {
            Field::Value(e) | Field::Editable(e) => e,
        })
    }

    fn field(&self) -> Option<Field> {
        let selector = self.selector.as_deref()?;
        let document = web_sys::window()?.document()?;
        let found = document.query_selector(selector).ok()??;
        field_of(&found).or_else(|| {
            let inner = found.query_selector(Reading::FIELD_INSIDE).ok()??;
            field_of(&inner)
        })
    }
}

impl Composer for DomComposer {
    /// The agent's current draft ("" without a composer).
    fn draft(&self) -> String {
        match self.field() {
            Some(Field::Value(e)) => value_of(&e),
            Some(Field::Editable(e)) => e.inner_text(),
            None => String::new(),
        }
    }

    /// Inserts or replaces; records how to undo it.
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String> {
        let field = self.field().ok_or_else(|| match &self.selector {
            Some(s) => format!("No composer matches \"{s}\": use Copy instead."),
            None => "This page has no composer set up: use Copy instead.".to_string(),
        })?;
        let undo = match &field {
            Field::Value(e) => insert_value(e, text, mode),
            Field::Editable(e) => insert_editable(e, text, mode),
        }
        .map_err(|e| format!("Could not write to the composer: {}", describe(e)))?;
        self.undo.borrow_mut().push(Undo { field, ..undo });
        Ok(())
    }

    /// Undoes the latest insert. If the agent typed since, only the inserted text is taken
    /// out, so their typing survives; false if there is nothing (left) to undo.
    fn undo(&self) -> bool {
        let Some(record) = self.undo.borrow_mut().pop() else {
            return false;
        };
        match (&record.field, &record.before) {
            (Field::Value(e), Before::Value(undo)) => match undo.restore(&value_of(e)) {
                Some((value, caret)) => write_value(e, &value, caret, "historyUndo", None).is_ok(),
                None => false,
            },
            (Field::Editable(e), Before::Nodes { nodes, after }) => {
                e.text_content().unwrap_or_default() == *after && restore_children(e, nodes).is_ok()
            }
            _ => false,
        }
    }
}

fn field_of(element: &Element) -> Option<Field> {
    let html = element.dyn_ref::<HtmlElement>()?.clone();
    if element.is_instance_of::<HtmlTextAreaElement>()
        || element.is_instance_of::<HtmlInputElement>()
    {
        Some(Field::Value(html))
    } else if html.is_content_editable() {
        Some(Field::Editable(html))
    } else {
        None
    }
}

fn value_of(e: &HtmlElement) -> String {
    Reflect::get(e, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// selectionStart/End, `None` for input types without a caret (email, number).
fn selection_of(e: &HtmlElement) -> Option<(u32, u32)> {
    let get = |name: &str| {
        Reflect::get(e, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
            .map(|v| v as u32)
    };
    Some((get("selectionStart")?, get("selectionEnd")?))
}

fn insert_value(e: &HtmlElement, text: &str, mode: InsertMode) -> Result<Undo, JsValue> {
    let value = value_of(e);
    let selection = selection_of(e);
    let spliced = splice(&value, selection, text, mode);
    let input_type = match mode {
        InsertMode::Insert => "insertText",
        InsertMode::Replace => "insertReplacementText",
    };
    e.focus()?;
    write_value(
        e,
        &spliced.value,
        (spliced.caret, spliced.caret),
        input_type,
        Some(text),
    )?;
    let (start, end) = selection.unwrap_or((utf16_len(&value), utf16_len(&value)));
    Ok(Undo {
        field: Field::Value(e.clone()),
        before: Before::Value(ValueUndo {
            before: value,
            selection: (start, end),
            after: spliced.value,
            inserted: spliced.inserted,
        }),
    })
}

/// Writes through the prototype's native `value` setter, moves the caret, and fires the
/// `input` event frameworks listen to.
fn write_value(
    e: &HtmlElement,
    value: &str,
    caret: (u32, u32),
    input_type: &str,
    data: Option<&str>,
) -> Result<(), JsValue> {
    let class = if e.is_instance_of::<HtmlTextAreaElement>() {
        "HTMLTextAreaElement"
    } else {
        "HTMLInputElement"
    };
    let constructor = Reflect::get(&js_sys::global(), &class.into())?;
    let prototype: Object = Reflect::get(&constructor, &"prototype".into())?.dyn_into()?;
    let descriptor = Object::get_own_property_descriptor(&prototype, &"value".into());
    let setter: Function = Reflect::get(&descriptor, &"set".into())?.dyn_into()?;
    setter.call1(e, &value.into())?;
    if let Some(area) = e.dyn_ref::<HtmlTextAreaElement>() {
        area.set_selection_range(caret.0, caret.1)?;
    } else if let Some(input) = e.dyn_ref::<HtmlInputElement>() {
        // Input types without a caret throw here; the value is already written.
        let _ = input.set_selection_range(caret.0, caret.1);
    }
    fire_input(e, input_type, data)
}

fn fire_input(e: &HtmlElement, input_type: &str, data: Option<&str>) -> Result<(), JsValue> {
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type(input_type);
    init.set_data(data);
    let event = InputEvent::new_with_event_init_dict("input", &init)?;
    e.dispatch_event(&event).map(drop)
}

fn insert_editable(e: &HtmlElement, text: &str, mode: InsertMode) -> Result<Undo, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window
        .document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let saved = clone_children(e);
    let caret = caret_in(e)?;
    let node: Node;
    let input_type;
    match (mode, caret) {
        (InsertMode::Replace, _) => {
            while let Some(child) = e.first_child() {
                e.remove_child(&child)?;
            }
            node = document.create_text_node(text).into();
            e.append_child(&node)?;
            input_type = "insertReplacementText";
        }
        (InsertMode::Insert, Some(range)) => {
            let (before, after) = around(e, &range)?;
            let (lead, trail) = padding(&before, &after);
            node = document
                .create_text_node(&format!("{lead}{text}{trail}"))
                .into();
            range.insert_node(&node)?;
            input_type = "insertText";
        }
        (InsertMode::Insert, None) => {
            let current = e.text_content().unwrap_or_default();
            let (lead, _) = padding(&current, "");
            node = document.create_text_node(&format!("{lead}{text}")).into();
            e.append_child(&node)?;
            input_type = "insertText";
        }
    }
    e.focus()?;
    if let Some(selection) = window.get_selection()? {
        let end = node.text_content().map_or(0, |t| utf16_len(&t));
        selection.collapse_with_offset(Some(&node), end)?;
    }
    fire_input(e, input_type, Some(text))?;
    Ok(Undo {
        field: Field::Editable(e.clone()),
        before: Before::Nodes {
            nodes: saved,
            after: e.text_content().unwrap_or_default(),
        },
    })
}

/// The caret inside `e`, collapsed to the end of any selection; `None` when the selection
/// is elsewhere on the page.
fn caret_in(e: &HtmlElement) -> Result<Option<Range>, JsValue> {
    let Some(selection) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) else {
        return Ok(None);
    };
    if selection.range_count() == 0 {
        return Ok(None);
    }
    let range = selection.get_range_at(0)?;
    if !e.contains(Some(&range.common_ancestor_container()?)) {
        return Ok(None);
    }
    range.collapse_with_to_start(false);
    Ok(Some(range))
}

/// The text of `e` before and after a collapsed range.
fn around(e: &HtmlElement, caret: &Range) -> Result<(String, String), JsValue> {
    let document = e
        .owner_document()
        .ok_or_else(|| JsValue::from_str("detached"))?;
    let before = document.create_range()?;
    before.select_node_contents(e)?;
    before.set_end(&caret.start_container()?, caret.start_offset()?)?;
    let after = document.create_range()?;
    after.select_node_contents(e)?;
    after.set_start(&caret.end_container()?, caret.end_offset()?)?;
    Ok((before.to_string().into(), after.to_string().into()))
}

fn clone_children(e: &HtmlElement) -> Vec<Node> {
    let children = e.child_nodes();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .filter_map(|n| n.clone_node_with_deep(true).ok())
        .collect()
}

fn restore_children(e: &HtmlElement, nodes: &[Node]) -> Result<(), JsValue> {
    while let Some(child) = e.first_child() {
        e.remove_child(&child)?;
    }
    for n in nodes {
        e.append_child(n)?;
    }
    e.focus()?;
    fire_input(e, "historyUndo", None)
}
