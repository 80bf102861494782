//! The drag handle on the sidebar's inner edge. While dragging, the width is written
//! straight to the element (no re-render per pointer move); the final width is stored on
//! release. Arrow keys resize too, so it works without a pointer.
//!
//! A plain function of the state, like the other parts without a clock or a render state
//! of their own: the sidebar's element and the drag in progress are a [`Resize`] the root
//! keeps, which never re-renders anything (a component of its own cost the bundle 0.5 KB
//! brotli; one cell for both instead of a node-ref hook beside it, 0.2 KB).

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::StateContext;
use crate::settings::{clamp_width, Dock};
use crate::state::{Action, SettingChange};

/// Pixels per arrow-key press.
const KEY_STEP: u32 = 16;

/// What resizing keeps across renders, in the root: the sidebar's `<aside>` (its width is
/// written there) and the width being dragged to, while a drag is in progress.
#[derive(Default)]
pub(crate) struct Resize {
    /// The sidebar's `<aside>`.
    pub(crate) aside: NodeRef,
    /// The width being dragged to.
    pub(crate) drag: Option<u32>,
}

/// The root's [`Resize`] cell.
pub(crate) type ResizeCell = Rc<RefCell<Resize>>;

/// The width for a pointer at `client_x` in a window `window_width` wide.
pub(crate) fn width_at(dock: Dock, client_x: f64, window_width: f64) -> u32 {
    let raw = match dock {
        Dock::Right => window_width - client_x,
        Dock::Left => client_x,
    };
    clamp_width(raw.max(0.0) as u32)
}

/// The resize handle on the sidebar's `<aside>` (`resize.aside`).
pub(crate) fn resize_handle(state: &StateContext, resize: &ResizeCell) -> Html {
    let dock = state.settings.dock;
    let width = state.settings.width;

    let onpointerdown = {
        let resize = resize.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(target) = e.target_dyn_into::<HtmlElement>() {
                let _ = target.set_pointer_capture(e.pointer_id());
            }
            // No preventDefault: Yew's pointer listeners are passive; the handle's CSS
            // (`touch-action: none; user-select: none`) stops scrolling and selection.
            resize.borrow_mut().drag = Some(width);
        })
    };
    let onpointermove = {
        let resize = resize.clone();
        Callback::from(move |e: PointerEvent| {
            if resize.borrow().drag.is_none() {
                return;
            }
            let window_width = web_sys::window()
                .and_then(|w| w.inner_width().ok())
                .and_then(|w| w.as_f64())
                .unwrap_or(0.0);
            let w = width_at(dock, f64::from(e.client_x()), window_width);
            resize.borrow_mut().drag = Some(w);
            if let Some(el) = resize.borrow().aside.cast::<HtmlElement>() {
                let _ = el.style().set_property("--defuse-width", &format!("{w}px"));
            }
        })
    };
    let onpointerup = {
        let (resize, state) = (resize.clone(), state.clone());
        Callback::from(move |_: PointerEvent| {
            let dragged = resize.borrow_mut().drag.take();
            if let Some(w) = dragged {
                state.dispatch(Action::Setting(SettingChange::Width(w)));
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Moving the inner edge outwards (away from the docked edge) widens.
            let wider = match (e.key().as_str(), dock) {
                ("ArrowLeft", Dock::Right) | ("ArrowRight", Dock::Left) => true,
                ("ArrowRight", Dock::Right) | ("ArrowLeft", Dock::Left) => false,
                _ => return,
            };
            e.prevent_default();
            let w = if wider {
                width + KEY_STEP
            } else {
                width.saturating_sub(KEY_STEP)
            };
            state.dispatch(Action::Setting(SettingChange::Width(w)));
        })
    };
    html! {
        <div class="defuse-resize" role="separator" aria-orientation="vertical"
            aria-label="Resize Defuse" tabindex="0"
            aria-valuenow={width.to_string()} aria-valuemin={crate::settings::WIDTH_RANGE.0.to_string()}
            aria-valuemax={crate::settings::WIDTH_RANGE.1.to_string()}
            {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}
            {onkeydown}></div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_follows_the_inner_edge_and_is_clamped() {
        assert_eq!(width_at(Dock::Right, 1000.0, 1400.0), 400);
        assert_eq!(width_at(Dock::Left, 300.0, 1400.0), 300);
        assert_eq!(
            width_at(Dock::Right, 1390.0, 1400.0),
            crate::settings::WIDTH_RANGE.0
        );
        assert_eq!(
            width_at(Dock::Left, 5000.0, 1400.0),
            crate::settings::WIDTH_RANGE.1
        );
    }
}
