//! The settings in `localStorage`. Storage can be missing, blocked (sandboxed iframes,
//! privacy modes) or full: every failure is ignored and the sidebar runs on defaults.

use crate::settings::{Settings, STORAGE_KEY};

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// `defaults` overridden by whatever the agent stored.
pub fn load(defaults: Settings) -> Settings {
    match local_storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) {
        Some(stored) => defaults.decode(&stored),
        None => defaults,
    }
}

/// Stores `settings`, quietly doing nothing when storage is unavailable.
pub fn save(settings: &Settings) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, &settings.encode());
    }
}
