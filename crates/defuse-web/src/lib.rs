//! The wasm entry point: mounts the sidebar and exposes the JS API.
//!
//! This is the only crate that knows JavaScript. Each exported method does the same three
//! steps: read the input with serde ([`js`]), call the one Rust entry point that does the
//! work (`defuse_ui::SidebarHandle`, `defuse_core`), write the result; `js::error` turns
//! every error into a JS `Error`. The loader (`www/defuse.js`) wraps these methods
//! in the public `window.Defuse` API and its queue.
//!
//! Modules: [`shell`] (host element, shadow root, styles), [`fatal`] (panic hook),
//! [`host`] (the host interface: reading a thread, writing a composer), [`composer`] +
//! [`splice`] (writing replies into the page's composer), [`draft`] (the debounced draft
//! feed), [`follow`] + [`thread`] (the DOM adapter), [`panel`] + [`port`] (the browser
//! extension's panel and its composer in another tab), [`app`] (the `write` setting's
//! composers), `hosted` + `hosts` (the help-desk apps' host, `--features apps`),
//! [`events`] (DOM CustomEvents),
//! [`settings`] (what the site owner configured).

mod app;
mod composer;
mod draft;
mod events;
mod fatal;
mod follow;
mod host;
// The help-desk apps' host (Chatwoot, Zendesk, Front): only in the apps' build
// (`--features apps`, shared with the extension), so the script tag does not download it.
#[cfg(feature = "apps")]
mod hosted;
#[cfg(feature = "apps")]
mod hosts;
mod js;
// The browser extension's panel and its composer in another tab: only in the extension's
// build (`--features extension`), so the script tag does not download them.
#[cfg(feature = "extension")]
mod panel;
#[cfg(feature = "extension")]
mod port;
mod settings;
mod shell;
mod splice;
mod thread;

use std::rc::Rc;

use defuse_ui::{Config, MountOptions, SidebarHandle};
use wasm_bindgen::prelude::*;

use crate::composer::DomComposer;
use crate::draft::DraftWatch;
use crate::follow::Follow;
use crate::host::{Composer, Page};
use crate::settings::{Settings, Write};
use crate::shell::Placement;

/// The allocator: talc instead of Rust's default dlmalloc. Its code is 2.3 KB (brotli)
/// smaller, and the in-browser bench analysed messages faster with it (alternating runs:
/// 12.9 and 16.0 µs against 20.5 and 26.5). `disable-realloc-in-place` (Cargo.toml) trades
/// in-place growth for size: a growing Vec copies, which its doubling amortises.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Runs once when the wasm is instantiated: a panic from here on never reaches the host.
#[wasm_bindgen(start)]
pub fn start() {
    fatal::install();
}

/// One mounted sidebar with its adapters. The loader holds it and forwards the public API.
#[wasm_bindgen]
pub struct Instance {
    sidebar: SidebarHandle,
    /// The DOM adapter (script tag with `data-messages`).
    follow: Option<Follow>,
    /// The extension panel's feed and composer (`bootLinked`).
    #[cfg(feature = "extension")]
    link: Option<panel::Link>,
    /// The help-desk app's host (`host` setting).
    #[cfg(feature = "apps")]
    _hosted: Option<hosted::Hosted>,
    _draft: Option<DraftWatch>,
    _push: Option<shell::Push>,
}

/// Mounts the sidebar as `settings` say (see `settings::Settings` for the fields).
#[wasm_bindgen]
pub fn boot(settings: JsValue) -> Result<Instance, JsError> {
    let parsed = read_settings(&settings).0;
    let composer = Rc::new(DomComposer::new(parsed.composer.clone()));
    let write = parsed.write();
    let writer: Rc<dyn Composer> = match write {
        Write::Composer => composer.clone(),
        Write::Event => Rc::new(app::HandOff),
        Write::Copy => Rc::new(app::CopyOnly),
    };
    #[cfg(feature = "apps")]
    let link = hosted::Link::from_settings(&settings);
    #[cfg(feature = "apps")]
    let writer = link.as_ref().map_or(writer, hosted::Link::composer);
    let mut instance = mount(&settings, writer)?;
    #[cfg(feature = "apps")]
    if let Some(link) = link {
        instance._hosted = Some(
            link.start(instance.sidebar.clone())
                .map_err(could_not_start)?,
        );
    }
    if let Some(selectors) = parsed.thread() {
        instance.follow =
            Some(Follow::start(selectors, instance.sidebar.clone()).map_err(could_not_start)?);
    }
    if parsed.composer.is_some() && write == Write::Composer {
        instance._draft =
            Some(DraftWatch::start(composer, instance.sidebar.clone()).map_err(could_not_start)?);
    }
    Ok(instance)
}

/// The settings and, prefixed for the agent, what was wrong with them.
fn read_settings(settings: &JsValue) -> (Settings, Vec<String>) {
    let (settings, problems) = Settings::read(settings);
    let problems = problems
        .into_iter()
        .map(|p| format!("Setting not applied: {p}"))
        .collect();
    (settings, problems)
}

/// Mounts the sidebar with `composer` as the place replies go; no adapter is started.
fn mount(settings: &JsValue, composer: Rc<dyn Composer>) -> Result<Instance, JsError> {
    let (settings, mut problems) = read_settings(settings);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| js::error("Defuse could not start", "no document"))?;
    let dock = settings.dock();
    let placement = placement(&document, &settings, &mut problems);
    let shell = shell::build(&document, dock.as_str(), defuse_ui::STYLE, placement)
        .map_err(could_not_start)?;
    fatal::set_line(shell.fatal_line);

    let config = if settings.config.is_null() || settings.config.is_undefined() {
        Config::default()
    } else {
        js::config(settings.config.clone()).unwrap_or_else(|e| {
            problems.push(format!("Config not applied: {e}"));
            Config::default()
        })
    };
    let sidebar = defuse_ui::mount(
        shell.mount_point,
        Rc::new(Page::new(composer)),
        MountOptions {
            dock,
            collapsed: settings.collapsed,
            config,
            theme: settings.theme(),
        },
    );
    // Yew installs its own panic hook on first render; ours must be the one in force.
    fatal::install();
    // Bad settings or config never stop the mount: the defaults are used, and the site
    // owner sees why in the sidebar's error line (all of them) and a `defuse:error` event
    // for each.
    if !problems.is_empty() {
        sidebar.show_error(defuse_core::text::join(&problems, " · "));
        for problem in &problems {
            let _ = events::dispatch_error(problem, false);
        }
    }
    Ok(Instance {
        sidebar,
        follow: None,
        #[cfg(feature = "extension")]
        link: None,
        #[cfg(feature = "apps")]
        _hosted: None,
        _draft: None,
        _push: shell.push,
    })
}

/// Where the sidebar goes: inside `mount`'s element, pushing the page, or over it. A
/// `mount` that matches nothing (or a `layout` not known) falls back to the overlay, and
/// says so.
fn placement(
    document: &web_sys::Document,
    settings: &Settings,
    problems: &mut Vec<String>,
) -> Placement {
    if let Some(selector) = settings.mount.as_deref().filter(|s| !s.trim().is_empty()) {
        match document.query_selector(selector) {
            Ok(Some(element)) => return Placement::Inside(element),
            _ => problems.push(format!(
                "Setting not applied: `mount`: no element matches \"{selector}\"; showing the sidebar over the page"
            )),
        }
    }
    match settings.layout.as_deref() {
        None | Some("" | "overlay") => Placement::Overlay,
        Some("push") => Placement::Push,
        Some(other) => {
            problems.push(format!(
                "Setting not applied: `layout` must be \"overlay\" or \"push\", got \"{other}\""
            ));
            Placement::Overlay
        }
    }
}

#[wasm_bindgen]
impl Instance {
    /// Adds a message: `{role: "customer" | "agent", text, at?}` (`at` in ms since the
    /// epoch; now if absent).
    #[wasm_bindgen(js_name = pushMessage)]
    pub fn push_message(&self, message: JsValue) -> Result<(), JsError> {
        if fatal::is_dead() {
            return Ok(());
        }
        let message = js::read(message).map_err(|e| js::error("Defuse.pushMessage", e))?;
        fatal::push(&self.sidebar, message);
        Ok(())
    }

    /// Starts a new, empty conversation.
    pub fn reset(&self) {
        if !fatal::is_dead() {
            self.sidebar.reset();
        }
    }

    /// Replaces the playbook configuration. A bad config throws an Error naming the field,
    /// shows a quiet line in the sidebar, and leaves the previous config in force.
    #[wasm_bindgen(js_name = setConfig)]
    pub fn set_config(&self, config: JsValue) -> Result<(), JsError> {
        if fatal::is_dead() {
            return Ok(());
        }
        match js::config(config) {
            Ok(config) => {
                self.sidebar.set_config(config);
                Ok(())
            }
            Err(e) => {
                report_error(&self.sidebar, &format!("Config not applied: {e}"));
                Err(js::error("Defuse.setConfig", e))
            }
        }
    }

    /// Test-only (`Defuse.__panicForTest()`): panics, to prove a panic stays inside Defuse.
    #[wasm_bindgen(js_name = panicForTest)]
    pub fn panic_for_test(&self) {
        panic!("panic requested by Defuse.__panicForTest()");
    }

    /// Test-only (`Defuse.__adapterCountsForTest()`): what the DOM adapter has pushed,
    /// `{customer, agent, rebuilds}`, or `null` when the adapter is off.
    #[wasm_bindgen(js_name = adapterCountsForTest)]
    pub fn adapter_counts_for_test(&self) -> Result<JsValue, JsError> {
        #[cfg(feature = "extension")]
        let linked = self.link.as_ref().map(|link| link.feed.counts());
        #[cfg(not(feature = "extension"))]
        let linked = None;
        let counts = self.follow.as_ref().map(Follow::counts).or(linked);
        Ok(counts.map_or(JsValue::NULL, |counts| js::write(&counts)))
    }

    /// Benchmark-only (`Defuse.__benchAnalyze(texts, iterations)`, in the bench page's build:
    /// feature `bench`): runs the core analysis over every text `iterations` times and
    /// returns the elapsed milliseconds. The texts come as wasm-bindgen's own `string[]`,
    /// not through serde (a benchmark's input needs no field paths in its errors).
    #[cfg(feature = "bench")]
    #[wasm_bindgen(js_name = benchAnalyze)]
    pub fn bench_analyze(&self, texts: Vec<String>, iterations: u32) -> Result<f64, JsError> {
        let performance = web_sys::window()
            .and_then(|w| w.performance())
            .ok_or_else(|| js::error("Defuse.__benchAnalyze", "no performance clock"))?;
        let start = performance.now();
        for _ in 0..iterations {
            for text in &texts {
                std::hint::black_box(defuse_core::analyze(std::hint::black_box(text)));
            }
        }
        Ok(performance.now() - start)
    }
}

/// A quiet error: one line in the sidebar and a `defuse:error` event.
fn report_error(sidebar: &SidebarHandle, message: &str) {
    sidebar.show_error(message.to_string());
    let _ = events::dispatch_error(message, false);
}

/// A JS exception while mounting, as the Error `boot` throws.
fn could_not_start(thrown: JsValue) -> JsError {
    js::error("Defuse could not start", js::describe(thrown))
}
