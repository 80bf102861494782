//! Word and phrase lists the rules in `cues` match against, written for support chat.
