//! A quiet error line: something went wrong inside Defuse, the host page is unaffected.

use yew::prelude::*;

use super::{on_click, StateContext};
use crate::state::Action;

/// Shown only while there is an error; dismissable.
pub(crate) fn error_line(state: &StateContext) -> Html {
    let Some(error) = state.error.clone() else {
        return html! {};
    };
    let dismiss = on_click(state, Action::DismissError);
    html! {
        <p class="defuse-error" role="alert" data-testid="defuse-error">
            <span>{ error }</span>
            <button type="button" class="defuse-link" aria-label="Dismiss error" onclick={dismiss}>{ "×" }</button>
        </p>
    }
}
