//! The ARIA live region: screen readers hear band changes ("Escalation rising: heated (52)").

use yew::prelude::*;

use super::use_sidebar;

/// Visually hidden, always present (a live region must exist before its text changes).
#[component]
pub fn LiveRegion() -> Html {
    let (state, _) = use_sidebar();
    html! {
        <div class="defuse-sr" role="status" aria-live="polite" aria-atomic="true"
            data-testid="defuse-live">{ state.announcement.clone() }</div>
    }
}
