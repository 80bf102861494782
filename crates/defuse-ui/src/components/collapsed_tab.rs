//! The collapsed sidebar: a small tab with the band colour and the level.

use yew::prelude::*;

use super::{class_list, on_click, StateContext};
use crate::state::{band_class, Action};

/// A single button that expands the sidebar again.
pub(crate) fn collapsed_tab(state: &StateContext) -> Html {
    let s = &state.snapshot.state;
    let expand = on_click(state, Action::ToggleCollapsed);
    html! {
        <button type="button" ~className={class_list("defuse-tab", &[Some(band_class(s.band))])}
            data-testid="defuse-toggle" aria-expanded="false"
            aria-label={format!("Expand Defuse: escalation {} ({}), Alt+Shift+D", s.level, s.band.label())}
            onclick={expand}>
            <span class="defuse-tab-dot" aria-hidden="true"></span>
            <span class="defuse-tab-level">{ s.level }</span>
        </button>
    }
}
