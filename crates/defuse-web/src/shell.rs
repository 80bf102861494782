//! The sidebar's place in the host page: a host element with an open shadow root, so host
//! CSS cannot reach in and ours cannot leak out. It goes at the end of `<body>` as a fixed
//! overlay (the default), as a fixed column the page is narrowed for (`data-layout="push"`),
//! or inside an element of the host's own layout (`data-mount`).
//!
//! Styles are adopted as constructable stylesheets (allowed under a strict CSP, unlike
//! `<style>` text or style attributes). The `:host` rules are `!important` on purpose: in
//! the cascade, important rules from inside a shadow tree beat important rules from the
//! page, so even `* { all: unset !important }` cannot hide or shrink the sidebar.

use wasm_bindgen::prelude::*;
use web_sys::{
    CssStyleSheet, Document, Element, HtmlElement, ResizeObserver, ShadowRootInit, ShadowRootMode,
};

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
:host([data-placement="inside"]) {
  position: relative !important; inset: auto !important;
  width: 100% !important; height: 100% !important; z-index: auto !important;
}
:host([data-placement="inside"]) .defuse {
  position: relative; inset: auto; width: 100%; max-width: none; height: 100%;
  z-index: auto; box-shadow: none;
}
:host([data-placement="inside"]) .defuse--collapsed { height: auto; }
:host([data-placement="push"]) .defuse { position: relative; top: 0; right: auto; left: auto; height: 100%; }
:host([data-placement="push"]) .defuse--collapsed { top: 40%; height: auto; }
"#;

/// Where the sidebar goes.
pub enum Placement {
    /// Fixed over the page's edge.
    Overlay,
    /// Fixed at the edge, with the page's root narrowed by the sidebar's width.
    Push,
    /// Inside this element of the host's layout.
    Inside(Element),
}

/// The pieces the rest of the embed needs.
pub struct Shell {
    /// The element inside the shadow root the sidebar renders into.
    pub mount_point: Element,
    /// A line outside Yew's tree for fatal errors: it still works after a panic.
    pub fatal_line: Element,
    /// For [`Placement::Push`]: keeps the page's margin in step with the sidebar's width.
    pub push: Option<Push>,
}

/// The observer behind [`Placement::Push`], alive as long as the sidebar.
pub struct Push {
    _observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

/// Creates the host element, its shadow root and stylesheets, and appends it to `<body>`.
pub fn build(
    document: &Document,
    dock: &str,
    ui_style: &str,
    placement: Placement,
) -> Result<Shell, JsValue> {
    let host = document.create_element("defuse-sidebar")?;
    host.set_attribute("data-dock", dock)?;
    let name = match placement {
        Placement::Overlay => "overlay",
        Placement::Push => "push",
        Placement::Inside(_) => "inside",
    };
    host.set_attribute("data-placement", name)?;
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

    let push = match placement {
        Placement::Inside(parent) => {
            parent.append_child(&host)?;
            None
        }
        Placement::Overlay | Placement::Push => {
            let body = document
                .body()
                .ok_or_else(|| JsValue::from_str("Defuse needs a <body> to mount into"))?;
            body.append_child(&host)?;
            match placement {
                Placement::Push => Some(push(document, &host, dock)?),
                _ => None,
            }
        }
    };
    Ok(Shell {
        mount_point,
        fatal_line,
        push,
    })
}

/// Narrows the page by the sidebar's width on its docked side, now and whenever the
/// sidebar is resized or folded. The margin goes on `<html>` through the CSSOM (allowed
/// under a strict CSP, unlike a style attribute in markup), `!important` so host CSS
/// cannot undo it.
fn push(document: &Document, host: &Element, dock: &str) -> Result<Push, JsValue> {
    let root = document
        .document_element()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .ok_or_else(|| JsValue::from_str("no root element"))?;
    let side = if dock == "left" {
        "margin-left"
    } else {
        "margin-right"
    };
    let measured = host.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        // A whole number of pixels: formatting a float would pull float printing (about
        // 10 KB brotli) into the wasm.
        let width = measured.get_bounding_client_rect().width().round().max(0.0) as u32;
        let _ = root
            .style()
            .set_property_with_priority(side, &format!("{width}px"), "important");
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(host);
    Ok(Push {
        _observer: observer,
        _on_resize: on_resize,
    })
}
