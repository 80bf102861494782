//! Mounting the sidebar and driving it from outside Yew: [`mount`] and [`SidebarHandle`].
//!
//! The handle owns the [`Engine`]; each call analyses once, then sends the reducer a small
//! action through the [`Bus`]. Actions sent before the root component has connected its
//! dispatcher are queued, so a host may push messages straight after `mount`.

use std::cell::RefCell;
use std::rc::Rc;

use defuse_core::{Message, Millis};
use yew::{AppHandle, Callback};

use crate::advice::Config;
use crate::components::sidebar::{Sidebar, SidebarProps};
use crate::engine::Engine;
use crate::settings::{Dock, Settings, Theme};
use crate::state::Action;
use crate::{storage, Host, HostEvent};

/// How the site owner wants the sidebar to start.
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    /// Docked edge (the agent's stored choice wins).
    pub dock: Dock,
    /// Start folded to a tab (the agent's stored choice wins).
    pub collapsed: bool,
    /// The playbook configuration: brand, remedies, tone, follow-up promise.
    pub config: Config,
    /// Colours (the agent's stored choice wins).
    pub theme: Theme,
}

/// The line from outside Yew to the sidebar's reducer.
#[derive(Default)]
pub(crate) struct Bus {
    dispatch: RefCell<Option<Callback<Action>>>,
    pending: RefCell<Vec<Action>>,
}

impl Bus {
    /// Sends `action` to the reducer, or queues it until the sidebar has mounted.
    pub(crate) fn send(&self, action: Action) {
        let dispatch = self.dispatch.borrow().clone();
        match dispatch {
            Some(dispatch) => dispatch.emit(action),
            None => self.pending.borrow_mut().push(action),
        }
    }

    /// Connects the reducer and delivers what was queued.
    pub(crate) fn connect(&self, dispatch: Callback<Action>) {
        *self.dispatch.borrow_mut() = Some(dispatch.clone());
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        for action in pending {
            dispatch.emit(action);
        }
    }
}

/// What the components share: the host, the engine and the bus.
#[derive(Clone)]
pub(crate) struct Services {
    pub host: Rc<dyn Host>,
    pub engine: Rc<RefCell<Engine>>,
    pub bus: Rc<Bus>,
}

impl PartialEq for Services {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.host, &other.host)
            && Rc::ptr_eq(&self.engine, &other.engine)
            && Rc::ptr_eq(&self.bus, &other.bus)
    }
}

/// The current time: the handle is the sidebar's only clock edge (the core takes time as
/// an input).
pub(crate) fn now() -> Millis {
    Millis(js_sys::Date::now() as i64)
}

/// Drives a mounted sidebar. Cheap to clone; every clone drives the same sidebar.
#[derive(Clone)]
pub struct SidebarHandle {
    services: Services,
    app: Rc<RefCell<Option<AppHandle<Sidebar>>>>,
}

/// Renders the sidebar into `root` (an element inside the shadow root the embed created).
pub fn mount(root: web_sys::Element, host: Rc<dyn Host>, options: MountOptions) -> SidebarHandle {
    let settings = storage::load(Settings {
        dock: options.dock,
        collapsed: options.collapsed,
        theme: options.theme,
        ..Settings::default()
    });
    let services = Services {
        host,
        engine: Rc::new(RefCell::new(Engine::new(options.config, &settings))),
        bus: Rc::new(Bus::default()),
    };
    let props = SidebarProps {
        services: services.clone(),
        settings,
    };
    let app = yew::Renderer::<Sidebar>::with_root_and_props(root, props).render();
    SidebarHandle {
        services,
        app: Rc::new(RefCell::new(Some(app))),
    }
}

impl SidebarHandle {
    /// Adds a message to the conversation. A message without a time is stamped now, so the
    /// wait timer and venting detection work for hosts that do not send times.
    pub fn push(&self, mut message: Message) {
        let now = now();
        message.at = message.at.or(Some(now));
        let Ok(mut engine) = self.services.engine.try_borrow_mut() else {
            return self.show_error("Defuse was busy and skipped a message.".into());
        };
        let previous = engine.conversation().state().level;
        let snapshot = engine.push(message, Some(now));
        let coached = engine.recoach();
        drop(engine);
        let (level, band) = (snapshot.state.level, snapshot.state.band);
        self.services.bus.send(Action::Snapshot(Rc::new(snapshot)));
        if coached.feedback.is_some() {
            self.services.bus.send(Action::Coached(Rc::new(coached)));
        }
        if level != previous {
            self.services.host.emit(HostEvent::EscalationChanged {
                level,
                band,
                previous,
            });
        }
    }

    /// Starts a new, empty conversation.
    pub fn reset(&self) {
        if let Ok(mut engine) = self.services.engine.try_borrow_mut() {
            let snapshot = engine.reset();
            drop(engine);
            self.services.bus.send(Action::Snapshot(Rc::new(snapshot)));
        }
    }

    /// Replaces the playbook configuration (replies are rebuilt at once).
    pub fn set_config(&self, config: Config) {
        if let Ok(mut engine) = self.services.engine.try_borrow_mut() {
            let snapshot = engine.set_config(config, Some(now()));
            drop(engine);
            self.services.bus.send(Action::Snapshot(Rc::new(snapshot)));
        }
    }

    /// The agent's draft changed (the embed debounces this): coach it.
    pub fn draft_changed(&self, draft: String) {
        if let Ok(mut engine) = self.services.engine.try_borrow_mut() {
            let coached = engine.coach(draft);
            drop(engine);
            self.services.bus.send(Action::Coached(Rc::new(coached)));
        }
    }

    /// Shows a quiet error line in the sidebar.
    pub fn show_error(&self, message: String) {
        self.services.bus.send(Action::ShowError(message));
    }

    /// Removes the sidebar from the page. Later calls on the handle do nothing visible.
    pub fn unmount(&self) {
        if let Some(app) = self.app.borrow_mut().take() {
            app.destroy();
        }
    }
}
