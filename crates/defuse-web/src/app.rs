//! The composers of the `write` setting for pages whose composer Defuse cannot reach.
//!
//! [`HandOff`] (`write: "event"`): Insert succeeds here and the sidebar dispatches
//! `defuse:reply-inserted`; the page writes the text itself. It owns its draft and its
//! undo, so there is neither here.
//!
//! [`CopyOnly`] (`write: "copy"`): the page cannot take a reply; the cards offer Copy
//! alone.
//!
//! The help-desk apps (Chatwoot, Zendesk, Front) have their own host instead, with replace
//! and undo where the help desk allows them: `hosted.rs` (`--features apps`).

use defuse_ui::InsertMode;

use crate::host::Composer;

/// Replies handed to the page, which writes them through its help desk.
pub(crate) struct HandOff;

impl Composer for HandOff {
    fn insert(&self, _text: &str, _mode: InsertMode) -> Result<(), String> {
        Ok(())
    }

    fn undo(&self) -> bool {
        false
    }

    fn draft(&self) -> String {
        String::new()
    }

    fn can_undo(&self) -> bool {
        false
    }
}

/// No composer: the host cannot write.
pub(crate) struct CopyOnly;

impl Composer for CopyOnly {
    fn insert(&self, _text: &str, _mode: InsertMode) -> Result<(), String> {
        Err("this help desk cannot write replies: use Copy.".to_string())
    }

    fn undo(&self) -> bool {
        false
    }

    fn draft(&self) -> String {
        String::new()
    }

    fn can_insert(&self) -> bool {
        false
    }

    fn can_undo(&self) -> bool {
        false
    }
}
