//! Defuse's sidebar: Yew components over `defuse-core`.
//!
//! This crate knows nothing of JavaScript APIs or host pages: the embed crate
//! (`defuse-web`) implements [`Host`] for the page it runs in, calls [`mount`], and drives
//! the returned [`SidebarHandle`]. All analysis lives in an engine held outside Yew's state,
//! so each message is analysed once and a long conversation is never cloned.
//!
//! Architecture invariant: untrusted text (customer messages, drafts) is only ever rendered
//! as text nodes; nothing here builds HTML from strings.

#![warn(missing_docs)]

mod advice;
mod components;
mod engine;
mod excerpt;
mod insert;
mod mount;
mod settings;
mod shortcuts;
mod state;
mod storage;
mod style;

pub use advice::Config;
pub use mount::{mount, MountOptions, SidebarHandle};
pub use settings::{Dock, Theme};
pub use shortcuts::SHORTCUTS;
pub use style::STYLE;

use defuse_core::{Band, Technique};

/// The page the sidebar lives in: its composer, clipboard and event listeners.
/// Implemented by `defuse-web` (and by a fake in the component tests).
pub trait Host {
    /// Put `text` into the host's composer. `mode` Insert = at the cursor, Replace = whole draft.
    fn insert(&self, text: &str, mode: InsertMode) -> Result<(), String>;
    /// Undo the last insert (restores the draft exactly as it was). false if nothing to undo.
    fn undo_insert(&self) -> bool;
    /// Current composer draft ("" if no composer).
    fn draft(&self) -> String;
    /// Copy to clipboard.
    fn copy(&self, text: &str);
    /// Tell the host page something happened (becomes a DOM CustomEvent / API listener call).
    fn emit(&self, event: HostEvent);
    /// The host can put a reply into its composer. When false (a help desk whose app
    /// platform cannot write, like Chatwoot's dashboard apps), reply cards offer Copy only
    /// and the Alt+N shortcuts copy.
    fn can_insert(&self) -> bool {
        true
    }
    /// The host's [`Host::undo_insert`] works. When false (the reply was handed to a help
    /// desk that inserts it itself), an insert is confirmed without an Undo button.
    fn can_undo(&self) -> bool {
        true
    }
}

/// How an insert treats the composer's existing draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InsertMode {
    /// At the cursor, keeping the draft around it.
    Insert,
    /// Replacing the whole draft (undoable).
    Replace,
}

/// Something the host page may want to know about.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum HostEvent {
    /// The escalation level changed.
    #[serde(rename_all = "camelCase")]
    EscalationChanged {
        /// The new level, 0-100.
        level: u8,
        /// The new level's band.
        band: Band,
        /// The level before.
        previous: u8,
    },
    /// The agent inserted a suggested reply.
    #[serde(rename_all = "camelCase")]
    ReplyInserted {
        /// What was inserted.
        text: String,
        /// The technique the reply uses.
        technique: Technique,
    },
}
