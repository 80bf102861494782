//! A quiet error line: something went wrong inside Defuse, the host page is unaffected.

use yew::prelude::*;

use super::StateContext;
use crate::state::Action;

/// Shown only while there is an error; dismissable.
pub(crate) fn error_line(state: &StateContext) -> Html {
    let Some(error) = state.error.clone() else {
        return html! {};
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissError))
    };
    html! {
        <p class="defuse-error" role="alert" data-testid="defuse-error">
            <span>{ error }</span>
            <button type="button" class="defuse-link" aria-label="Dismiss error" onclick={dismiss}>{ "×" }</button>
        </p>
    }
}
