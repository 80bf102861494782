//! The agent's sidebar preferences and their storage format.
//!
//! Stored in `localStorage` under [`STORAGE_KEY`] as `key=value` lines rather than JSON:
//! this avoids pulling `serde_json` into the wasm, and unknown or malformed lines are simply
//! skipped, so a value written by another version never breaks the sidebar.

/// The `localStorage` key the settings live under.
pub const STORAGE_KEY: &str = "defuse:settings";

/// The follow-up reminder lengths the sidebar offers, in minutes.
pub const FOLLOW_UP_CHOICES: [u32; 3] = [15, 30, 60];

/// Narrowest and widest the sidebar can be dragged, in CSS pixels.
pub const WIDTH_RANGE: (u32, u32) = (260, 640);

/// Which edge of the window the sidebar is docked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dock {
    /// The right edge (the default: most chat composers sit left or centre).
    #[default]
    Right,
    /// The left edge.
    Left,
}

impl Dock {
    /// The name used in settings and `data-dock` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Dock::Right => "right",
            Dock::Left => "left",
        }
    }

    /// Parses [`Dock::as_str`]'s output; `None` for anything else.
    pub fn parse(s: &str) -> Option<Dock> {
        match s.trim() {
            "right" => Some(Dock::Right),
            "left" => Some(Dock::Left),
            _ => None,
        }
    }
}

/// Light or dark colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The name used in settings and `data-theme` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses [`Theme::as_str`]'s output; `None` for anything else.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The voice of suggested replies, as the agent chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ToneChoice {
    /// Whatever the site owner configured.
    #[default]
    Site,
    /// Formal.
    Formal,
    /// Friendly.
    Friendly,
}

impl ToneChoice {
    /// The name used in settings.
    pub fn as_str(self) -> &'static str {
        match self {
            ToneChoice::Site => "site",
            ToneChoice::Formal => "formal",
            ToneChoice::Friendly => "friendly",
        }
    }

    /// Parses [`ToneChoice::as_str`]'s output; `None` for anything else.
    pub fn parse(s: &str) -> Option<ToneChoice> {
        match s.trim() {
            "site" => Some(ToneChoice::Site),
            "formal" => Some(ToneChoice::Formal),
            "friendly" => Some(ToneChoice::Friendly),
            _ => None,
        }
    }
}

/// The agent's preferences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Docked edge.
    pub dock: Dock,
    /// Whether the sidebar is folded to a small tab.
    pub collapsed: bool,
    /// Colours.
    pub theme: Theme,
    /// Voice of suggested replies.
    pub tone: ToneChoice,
    /// Default follow-up reminder, in minutes.
    pub follow_up_minutes: u32,
    /// Whether replies may offer the site owner's remedies (refund, credit, ...).
    pub remedies: bool,
    /// Sidebar width in CSS pixels.
    pub width: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dock: Dock::Right,
            collapsed: false,
            theme: Theme::Auto,
            tone: ToneChoice::Site,
            follow_up_minutes: 30,
            remedies: true,
            width: 340,
        }
    }
}

impl Settings {
    /// The stored form: one `key=value` per line.
    pub fn encode(&self) -> String {
        format!(
            "dock={}\ncollapsed={}\ntheme={}\ntone={}\nfollowup={}\nremedies={}\nwidth={}\n",
            self.dock.as_str(),
            u8::from(self.collapsed),
            self.theme.as_str(),
            self.tone.as_str(),
            self.follow_up_minutes,
            u8::from(self.remedies),
            self.width,
        )
    }

    /// Reads a stored form over `self`: every well-formed line overrides its field, the rest
    /// is ignored. Never fails.
    pub fn decode(mut self, stored: &str) -> Settings {
        for line in stored.lines() {
            let Some((key, value)) = defuse_core::text::split_once_byte(line, b'=') else {
                continue;
            };
            let value = value.trim();
            match key.trim() {
                "dock" => self.dock = Dock::parse(value).unwrap_or(self.dock),
                "collapsed" => self.collapsed = flag(value).unwrap_or(self.collapsed),
                "theme" => self.theme = Theme::parse(value).unwrap_or(self.theme),
                "tone" => self.tone = ToneChoice::parse(value).unwrap_or(self.tone),
                "followup" => {
                    if let Some(m) = value.parse().ok().filter(|m| (1..=24 * 60).contains(m)) {
                        self.follow_up_minutes = m;
                    }
                }
                "remedies" => self.remedies = flag(value).unwrap_or(self.remedies),
                "width" => {
                    if let Ok(w) = value.parse::<u32>() {
                        self.width = clamp_width(w);
                    }
                }
                _ => {}
            }
        }
        self
    }
}

/// Keeps a dragged width inside [`WIDTH_RANGE`].
pub fn clamp_width(width: u32) -> u32 {
    width.clamp(WIDTH_RANGE.0, WIDTH_RANGE.1)
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let s = Settings {
            dock: Dock::Left,
            collapsed: true,
            theme: Theme::Dark,
            tone: ToneChoice::Formal,
            follow_up_minutes: 60,
            remedies: false,
            width: 420,
        };
        assert_eq!(Settings::default().decode(&s.encode()), s);
    }

    #[test]
    fn junk_is_ignored_field_by_field() {
        let stored = "dock=up\ntheme=dark\n{\"json\": true}\nwidth=99999\nfollowup=0\nnoise";
        let s = Settings::default().decode(stored);
        assert_eq!(s.dock, Dock::Right);
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.width, WIDTH_RANGE.1);
        assert_eq!(s.follow_up_minutes, 30);
    }
}
