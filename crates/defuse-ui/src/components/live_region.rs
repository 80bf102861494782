//! The ARIA live region: screen readers hear band changes ("Escalation rising: heated (52)").

use yew::prelude::*;

use super::StateContext;

/// Visually hidden, always present (a live region must exist before its text changes).
pub(crate) fn live_region(state: &StateContext) -> Html {
    html! {
        <div class="defuse-sr" role="status" aria-live="polite" aria-atomic="true"
            data-testid="defuse-live">{ state.announcement.clone() }</div>
    }
}
