//! The wasm entry point: mounts the sidebar and exposes the JS API.
