//! The next technique, its one-line why, and the Identify / Guide / Act / Review stage.

use yew::prelude::*;

use super::{class_list, StateContext};
use crate::advice::{stage_position, STAGE_NAMES};

/// The advice panel.
pub(crate) fn advice_panel(state: &StateContext) -> Html {
    let advice = state.snapshot.advice.as_ref();
    let current = advice.map(|a| stage_position(a.stage));
    let stages = STAGE_NAMES.iter().enumerate().map(|(i, name)| {
        let here = current == Some(i);
        html! {
            <li ~className={class_list("defuse-stage", &[here.then_some("current"), current.is_some_and(|c| i < c).then_some("done")])}
                aria-current={here.then_some("step")}>{ *name }</li>
        }
    });
    html! {
        <section class="defuse-advice" aria-labelledby="defuse-advice-h">
            <h3 id="defuse-advice-h">{ "Next" }</h3>
            <p class="defuse-technique" data-testid="defuse-technique">{
                match advice {
                    Some(a) => a.technique.label().to_string(),
                    None => "—".to_string(),
                }
            }</p>
            if let Some(a) = advice {
                <p class="defuse-why">{ a.why.clone() }</p>
            }
            <ol class="defuse-stages" data-testid="defuse-stage" aria-label="Stage">{ for stages }</ol>
        </section>
    }
}
