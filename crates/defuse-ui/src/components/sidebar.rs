//! The root component: provides the contexts, connects the handle's bus, persists the
//! settings, listens for the keyboard shortcuts, and lays out the panels.

use gloo::events::{EventListener, EventListenerOptions};
use web_sys::wasm_bindgen::JsCast;
use yew::prelude::*;

use super::advice_panel::advice_panel;
use super::coach::coach;
use super::collapsed_tab::collapsed_tab;
use super::error_line::error_line;
use super::follow_up::{timers, timers_running};
use super::gauge::gauge;
use super::live_region::live_region;
use super::reasons::reasons;
use super::replies::replies;
use super::resize_handle::{resize_handle, Resize, ResizeCell};
use super::settings_panel::settings_panel;
use super::trend_chart::trend_chart;
use super::{class_list, on_click};
use crate::insert::insert_reply;
use crate::mount::{now, Services};
use crate::settings::{Dock, Settings, Theme};
use crate::shortcuts::{shortcut, Modifiers, Shortcut, HELP_LINE};
use crate::state::{band_class, Action, UiState};
use crate::storage;

/// The root's properties, built by [`crate::mount`].
#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub(crate) services: Services,
    pub(crate) settings: Settings,
}

/// The whole sidebar.
#[component]
pub fn Sidebar(props: &SidebarProps) -> Html {
    let state = use_reducer({
        let settings = props.settings.clone();
        move || UiState {
            now_ms: now().0,
            ..UiState::new(settings)
        }
    });
    let services = props.services.clone();
    let resize: ResizeCell = use_mut_ref(Resize::default);
    let aside = resize.borrow().aside.clone();

    // The timers' clock: re-read now and every second while a shown timer runs.
    use_effect_with(timers_running(&state), {
        let dispatch = state.dispatcher();
        move |&active| {
            let tick = move || dispatch.dispatch(Action::Tick(now().0));
            let interval = active.then(|| {
                tick();
                gloo::timers::callback::Interval::new(1_000, tick)
            });
            move || drop(interval)
        }
    });

    // Once mounted: connect the handle's bus to the reducer (queued actions are delivered
    // now), and listen for the shortcuts. They work wherever focus is (the agent is usually
    // typing in the host's composer); keyboard events cross the shadow boundary. The
    // listener reads the latest state through a ref, since it outlives the render it was
    // made in.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    use_effect_with((), {
        let services = services.clone();
        let dispatch = state.dispatcher().to_callback();
        move |_| {
            services.bus.connect(dispatch);
            let listener = web_sys::window().map(|window| {
                // Not passive (gloo's default), so a shortcut can stop the browser's own use
                // of the keys.
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&window, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let modifiers = Modifiers {
                        alt: event.alt_key(),
                        shift: event.shift_key(),
                        ctrl: event.ctrl_key(),
                        meta: event.meta_key(),
                    };
                    let Some(found) = shortcut(&event.code(), modifiers) else {
                        return;
                    };
                    event.prevent_default();
                    let state = latest.borrow().clone();
                    match found {
                        Shortcut::ToggleCollapsed => state.dispatch(Action::ToggleCollapsed),
                        Shortcut::InsertReply { card } => {
                            insert_reply(&services, &state, card, None)
                        }
                    }
                })
            });
            move || drop(listener)
        }
    });

    // When the settings change: persist them, let the playbook see tone / remedies
    // changes, and apply the width. The width is a custom property set from script: inline
    // style attributes would be blocked by a strict CSP, CSSOM writes are not. Folding ends
    // a drag in progress: the handle is gone, so its pointerup never comes.
    use_effect_with(state.settings.clone(), {
        let (services, resize) = (services.clone(), resize.clone());
        move |settings: &Settings| {
            storage::save(settings);
            let changed = services
                .engine
                .try_borrow_mut()
                .ok()
                .and_then(|mut e| e.set_settings(settings, Some(now())));
            if let Some(snapshot) = changed {
                services.bus.send(Action::Snapshot(snapshot.into()));
            }
            if settings.collapsed {
                resize.borrow_mut().drag = None;
            }
            if let Some(el) = resize.borrow().aside.cast::<web_sys::HtmlElement>() {
                let width = settings.width;
                let _ = el
                    .style()
                    .set_property("--defuse-width", &format!("{width}px"));
            }
        }
    });

    let settings = &state.settings;
    let classes = class_list(
        "defuse",
        &[
            Some(match settings.dock {
                Dock::Right => "defuse--right",
                Dock::Left => "defuse--left",
            }),
            match settings.theme {
                Theme::Auto => None,
                Theme::Light => Some("defuse--light"),
                Theme::Dark => Some("defuse--dark"),
            },
            settings.collapsed.then_some("defuse--collapsed"),
            Some(band_class(state.snapshot.state.band)),
        ],
    );
    let toggle = on_click(&state, Action::ToggleCollapsed);
    let toggle_settings = on_click(&state, Action::ToggleSettings);

    let body = if settings.collapsed {
        html! { <>{ collapsed_tab(&state) }{ error_line(&state) }</> }
    } else {
        html! {
            <>
                { resize_handle(&state, &resize) }
                <header class="defuse-header">
                    <h2 class="defuse-title">{ "Defuse" }</h2>
                    <button type="button" class="defuse-icon" aria-expanded={state.settings_open.to_string()}
                        aria-controls="defuse-settings" onclick={toggle_settings}>{ "Settings" }</button>
                    <button type="button" class="defuse-icon" data-testid="defuse-toggle"
                        aria-expanded="true" aria-label="Hide Defuse" aria-keyshortcuts="Alt+Shift+D"
                        onclick={toggle}>{ "Hide" }</button>
                </header>
                { error_line(&state) }
                if state.settings_open { { settings_panel(&state) } }
                <div class="defuse-body">
                    { gauge(&state) }
                    { trend_chart(&state) }
                    { timers(&state) }
                    { advice_panel(&state) }
                    { reasons(&state) }
                    { replies(&state, &services) }
                    { coach(&state, &services) }
                </div>
                <footer class="defuse-help">{ HELP_LINE }</footer>
            </>
        }
    };

    html! {
        <aside ref={aside} ~className={classes} data-testid="defuse-sidebar"
            aria-label="Defuse de-escalation assistant">
            { body }
            { live_region(&state) }
        </aside>
    }
}
