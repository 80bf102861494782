//! The composers of the help-desk apps (`www/apps/`, the `write` setting): hosts whose
//! composer Defuse cannot reach from inside its iframe.
//!
//! [`HandOff`] (`write: "event"`, Zendesk and Front): Insert succeeds here and the sidebar
//! dispatches `defuse:reply-inserted`; the app page gives the text to the help desk's SDK
//! (`ticket.editor.insert`, `updateDraft`), which inserts it at the agent's cursor. The
//! help desk owns its draft and its undo, so there is neither here.
//!
//! [`CopyOnly`] (`write: "copy"`, Chatwoot): the help desk gives apps no way to write; the
//! reply cards offer Copy alone.

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
