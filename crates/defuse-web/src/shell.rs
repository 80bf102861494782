//! The sidebar's place in the host page: a host element at the end of `<body>` with an open
//! shadow root, so host CSS cannot reach in and ours cannot leak out.
//!
//! Styles are adopted as constructable stylesheets (allowed under a strict CSP, unlike
//! `<style>` text or style attributes). The `:host` rules are `!important` on purpose: in
//! the cascade, important rules from inside a shadow tree beat important rules from the
//! page, so even `* { all: unset !important }` cannot hide or shrink the sidebar.

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Document, Element, ShadowRootInit, ShadowRootMode};

/// The embed's own rules: the host element's box and the fatal-error line. The sidebar's
/// look is `defuse_ui::STYLE`.
const HOST_STYLE: &str = r#"
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 0 0 auto !important;
  width: auto !important;
  height: 100% !important;
  margin: 0 !important;
  padding: 0 !important;
  z-index: 2147483647 !important;
  visibility: visible !important;
  opacity: 1 !important;
  pointer-events: auto !important;
  transform: none !important;
  font-size: 14px !important;
}
:host([data-dock="left"]) { inset: 0 auto 0 0 !important; }
.defuse-fatal {
  position: absolute; left: 8px; right: 8px; bottom: 8px; margin: 0;
  padding: 6px 8px; border-radius: 6px; font: 13px/1.4 system-ui, sans-serif;
  background: #fdecea; color: #8a1c12; border: 1px solid #f3b7b0;
}
.defuse-fatal:empty { display: none; }
"#;

/// The pieces the rest of the embed needs.
pub struct Shell {
    /// The element inside the shadow root the sidebar renders into.
    pub mount_point: Element,
    /// A line outside Yew's tree for fatal errors: it still works after a panic.
    pub fatal_line: Element,
}

/// Creates the host element, its shadow root and stylesheets, and appends it to `<body>`.
pub fn build(document: &Document, dock: &str, ui_style: &str) -> Result<Shell, JsValue> {
    let host = document.create_element("defuse-sidebar")?;
    host.set_attribute("data-dock", dock)?;
    host.set_attribute("data-testid", "defuse-host")?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let sheets = js_sys::Array::new();
    for css in [HOST_STYLE, ui_style] {
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(css)?;
        sheets.push(&sheet);
    }
    shadow.set_adopted_style_sheets(&sheets);

    let mount_point = document.create_element("div")?;
    mount_point.set_class_name("defuse-mount");
    let fatal_line = document.create_element("p")?;
    fatal_line.set_class_name("defuse-fatal");
    fatal_line.set_attribute("role", "alert")?;
    fatal_line.set_attribute("data-testid", "defuse-fatal")?;
    shadow.append_child(&mount_point)?;
    shadow.append_child(&fatal_line)?;

    let body = document
        .body()
        .ok_or_else(|| JsValue::from_str("Defuse needs a <body> to mount into"))?;
    body.append_child(&host)?;
    Ok(Shell {
        mount_point,
        fatal_line,
    })
}
