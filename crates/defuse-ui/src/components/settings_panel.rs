//! The settings panel: dock side, theme, tone, follow-up default, remedies. Persisted by
//! the root's effect.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::StateContext;
use crate::settings::{Dock, Theme, ToneChoice, FOLLOW_UP_CHOICES};
use crate::state::{Action, SettingChange};

/// A `<select>` over `options` (value, label), calling `parse` on change.
fn select(
    label: &'static str,
    current: &str,
    options: &[(&'static str, &'static str)],
    state: &super::StateContext,
    parse: fn(&str) -> Option<SettingChange>,
) -> Html {
    let state = state.clone();
    let onchange = Callback::from(move |e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        if let Some(change) = parse(&value) {
            state.dispatch(Action::Setting(change));
        }
    });
    html! {
        <label class="defuse-field">
            <span>{ label }</span>
            <select {onchange}>
                { for options.iter().map(|&(value, text)| html! {
                    <option {value} selected={value == current}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

/// The panel.
pub(crate) fn settings_panel(state: &StateContext) -> Html {
    let s = &state.settings;
    let minute_options: Vec<(&'static str, &'static str)> = FOLLOW_UP_CHOICES
        .iter()
        .map(|&m| match m {
            15 => ("15", "15 minutes"),
            30 => ("30", "30 minutes"),
            _ => ("60", "60 minutes"),
        })
        .collect();
    let current_minutes = s.follow_up_minutes.to_string();
    let on_remedies = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.dispatch(Action::Setting(SettingChange::Remedies(on)));
        })
    };
    html! {
        <section id="defuse-settings" class="defuse-settings" data-testid="defuse-settings"
            aria-label="Settings">
            { select("Dock", s.dock.as_str(), &[("right", "Right"), ("left", "Left")], state,
                |v| Dock::parse(v).map(SettingChange::Dock)) }
            { select("Theme", s.theme.as_str(), &[("auto", "System"), ("light", "Light"), ("dark", "Dark")], state,
                |v| Theme::parse(v).map(SettingChange::Theme)) }
            { select("Tone", s.tone.as_str(), &[("site", "Site default"), ("formal", "Formal"), ("friendly", "Friendly")], state,
                |v| ToneChoice::parse(v).map(SettingChange::Tone)) }
            { select("Follow-up", &current_minutes, &minute_options, state,
                |v| v.parse().ok().map(SettingChange::FollowUpMinutes)) }
            <label class="defuse-field defuse-check">
                <input type="checkbox" checked={s.remedies} onchange={on_remedies} />
                <span>{ "Replies may offer remedies (refund, credit, ...)" }</span>
            </label>
        </section>
    }
}
