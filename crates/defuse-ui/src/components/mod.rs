//! The sidebar's parts, one per file: plain functions of the state, rendered by the root
//! component, [`sidebar::Sidebar`]. What they keep between renders lives in the state (a
//! reply card's edit and copy state; the timers' clock, which the root's effect ticks while
//! a shown timer runs) or in the root (the sidebar's element and the resize handle's drag
//! in progress, one cell that never re-renders anything). Every Yew component carries its own lifecycle code in the wasm: the ten parts
//! made functions, and one context instead of two, saved 4.2 KB of the bundle (brotli);
//! properties instead of that context, once two components were left to read it, another
//! 2.3 KB; those two (timers, reply card) made functions too, 2.5 KB more.

use std::rc::Rc;

use yew::prelude::*;

use crate::state::{reduce, Action, UiState};

mod advice_panel;
mod coach;
mod collapsed_tab;
mod error_line;
mod follow_up;
mod gauge;
mod live_region;
mod reasons;
mod replies;
mod reply_card;
mod resize_handle;
mod settings_panel;
pub(crate) mod sidebar;
mod trend_chart;
mod wait_timer;

/// The class list of an element whose classes vary: `base` and each present `extra`
/// class, space-separated, for the element's `className` property (`~className={..}`).
/// yew turns a dynamic `class={..}` into a `Classes` set, which links indexmap's hash
/// table into the wasm; one string set as the property renders the same attribute.
pub(crate) fn class_list(base: &str, extra: &[Option<&str>]) -> String {
    let mut list = String::from(base);
    for class in extra.iter().flatten() {
        list.push(' ');
        list.push_str(class);
    }
    list
}

/// The shared UI state, as every component sees it.
pub(crate) type StateContext = UseReducerHandle<UiState>;

/// A click handler that dispatches `action`. One closure type for every button whose
/// click is a fixed action: each closure type given to `Callback::from` is its own code
/// in the wasm.
pub(crate) fn on_click(state: &StateContext, action: Action) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
}

impl Reducible for UiState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        reduce(self, action)
    }
}

/// "m:ss" (or "h:mm:ss") for a duration in milliseconds.
pub(crate) fn clock_text(ms: i64) -> String {
    let secs = ms.max(0) / 1_000;
    let (h, m, s) = (secs / 3_600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::{class_list, clock_text};

    #[test]
    fn clock_text_formats_minutes_and_hours() {
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(65_999), "1:05");
        assert_eq!(clock_text(3_600_000 + 61_000), "1:01:01");
        assert_eq!(clock_text(-5), "0:00");
    }

    #[test]
    fn class_list_joins_the_present_classes() {
        assert_eq!(class_list("defuse-gauge", &[]), "defuse-gauge");
        assert_eq!(
            class_list("defuse-stage", &[None, Some("done")]),
            "defuse-stage done"
        );
        assert_eq!(
            class_list(
                "defuse",
                &[Some("defuse--left"), None, Some("defuse--calm")]
            ),
            "defuse defuse--left defuse--calm"
        );
    }
}
