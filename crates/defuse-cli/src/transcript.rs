//! Reading transcripts: JSON arrays or JSON lines of messages.
