//! Defuse's sidebar: Yew components over `defuse-core`.
