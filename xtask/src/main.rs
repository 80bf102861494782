//! `cargo xtask`: the project's build chores (wasm build, dist, sizes, serve).

fn main() {}
