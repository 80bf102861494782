//! The site owner's configuration: brand voice, what an agent may offer, the follow-up
//! promise, and custom reply templates. Parsed from JSON with errors that name the field.

use serde::{Deserialize, Deserializer, Serialize};

use crate::technique::Technique;

pub mod field_path;

/// How the replies sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// Complete sentences, no contractions-heavy chat style, no first-name greeting.
    Formal,
    /// Warm and conversational.
    #[default]
    Friendly,
}

impl Tone {
    /// The tone's name in a config (its serde name).
    pub fn key(self) -> &'static str {
        match self {
            Tone::Formal => "formal",
            Tone::Friendly => "friendly",
        }
    }
}

/// Something an agent may offer back to the customer. Only configured remedies are ever
/// suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    /// Money back in full.
    Refund,
    /// Part of the money back.
    PartialRefund,
    /// Credit on the account.
    Credit,
    /// A month of the subscription at no charge.
    FreeMonth,
    /// A replacement item.
    Replacement,
    /// Faster shipping at no charge.
    ExpeditedShipping,
    /// A discount on a future order.
    Discount,
    /// Waiving a fee.
    WaiveFee,
}

impl Remedy {
    /// Every remedy, in declaration order.
    pub const ALL: [Remedy; 8] = [
        Remedy::Refund,
        Remedy::PartialRefund,
        Remedy::Credit,
        Remedy::FreeMonth,
        Remedy::Replacement,
        Remedy::ExpeditedShipping,
        Remedy::Discount,
        Remedy::WaiveFee,
    ];

    /// The remedy's name in a config (its serde name).
    pub fn key(self) -> &'static str {
        match self {
            Remedy::Refund => "refund",
            Remedy::PartialRefund => "partial_refund",
            Remedy::Credit => "credit",
            Remedy::FreeMonth => "free_month",
            Remedy::Replacement => "replacement",
            Remedy::ExpeditedShipping => "expedited_shipping",
            Remedy::Discount => "discount",
            Remedy::WaiveFee => "waive_fee",
        }
    }

    /// What the agent can do, completing "I can ..." in a reply: "give you a full refund".
    pub fn offer(self) -> &'static str {
        match self {
            Remedy::Refund => "give you a full refund",
            Remedy::PartialRefund => "give you a partial refund",
            Remedy::Credit => "put a credit on your account",
            Remedy::FreeMonth => "give you a free month of your subscription",
            Remedy::Replacement => "have a replacement sent out at no cost",
            Remedy::ExpeditedShipping => "upgrade you to free expedited shipping",
            Remedy::Discount => "give you a discount on your next order",
            Remedy::WaiveFee => "waive the fee",
        }
    }

    /// A short name for the agent to read ("Full refund").
    pub fn label(self) -> &'static str {
        match self {
            Remedy::Refund => "Full refund",
            Remedy::PartialRefund => "Partial refund",
            Remedy::Credit => "Account credit",
            Remedy::FreeMonth => "Free month",
            Remedy::Replacement => "Replacement",
            Remedy::ExpeditedShipping => "Expedited shipping",
            Remedy::Discount => "Discount",
            Remedy::WaiveFee => "Fee waived",
        }
    }

    /// The built-in remedy with this config name.
    pub fn from_key(key: &str) -> Option<Remedy> {
        Remedy::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// A remedy the site owner defines for their own business, written in a config as
/// `{"id": "redelivery", "label": "Redelivery", "offer": "send the parcel again tomorrow
/// at no cost"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "{id, label, offer}")]
pub struct CustomRemedy {
    /// Its name, unique in the config and not a built-in remedy's name (`redelivery`).
    pub id: String,
    /// A short name for the agent to read ("Redelivery").
    pub label: String,
    /// What the agent can do, completing "I can ..." in a reply ("send the parcel again
    /// tomorrow at no cost"); the reply adds its own punctuation.
    pub offer: String,
}

/// One entry of the config's remedies: a built-in remedy by name, or the site owner's own.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum ConfiguredRemedy {
    /// A built-in remedy, written as its name (`"refund"`).
    Builtin(Remedy),
    /// The site owner's own, written as `{id, label, offer}`.
    Custom(CustomRemedy),
}

impl ConfiguredRemedy {
    /// Its name in a config: the built-in's key or the custom remedy's id.
    pub fn id(&self) -> &str {
        match self {
            ConfiguredRemedy::Builtin(r) => r.key(),
            ConfiguredRemedy::Custom(c) => &c.id,
        }
    }

    /// A short name for the agent to read.
    pub fn label(&self) -> &str {
        match self {
            ConfiguredRemedy::Builtin(r) => r.label(),
            ConfiguredRemedy::Custom(c) => &c.label,
        }
    }

    /// What the agent can do, completing "I can ..." in a reply.
    pub fn offer(&self) -> &str {
        match self {
            ConfiguredRemedy::Builtin(r) => r.offer(),
            ConfiguredRemedy::Custom(c) => &c.offer,
        }
    }

    /// The built-in remedy, if it is one.
    pub fn builtin(&self) -> Option<Remedy> {
        match self {
            ConfiguredRemedy::Builtin(r) => Some(*r),
            ConfiguredRemedy::Custom(_) => None,
        }
    }
}

impl From<Remedy> for ConfiguredRemedy {
    fn from(remedy: Remedy) -> Self {
        ConfiguredRemedy::Builtin(remedy)
    }
}

/// What a remedy that is not a built-in name is told: the names it could have used, and
/// how to define its own.
fn unknown_remedy(name: &str) -> String {
    format!(
        "unknown remedy `{name}`: use one of {} or define it as {{id, label, offer}}",
        crate::text::join(&Remedy::ALL.map(Remedy::key), ", ")
    )
}

/// Written by hand rather than `untagged`: serde's untagged error says only that no variant
/// matched, and a site owner needs to hear which names exist.
impl<'de> Deserialize<'de> for ConfiguredRemedy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ConfiguredRemedy;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a remedy's name or {id, label, offer}")
            }

            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Self::Value, E> {
                Remedy::from_key(name)
                    .map(ConfiguredRemedy::Builtin)
                    .ok_or_else(|| E::custom(unknown_remedy(name)))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                let map = field_path::Map::new(map);
                let deserializer = serde::de::value::MapAccessDeserializer::new(map);
                CustomRemedy::deserialize(deserializer).map(ConfiguredRemedy::Custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The site owner's configuration. Every field has a default, so `{}` is a valid config.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    deny_unknown_fields,
    default,
    rename_all = "camelCase",
    expecting = "an object of config fields"
)]
pub struct Config {
    /// The company or product name, used in closing lines.
    pub brand: Option<String>,
    /// The agent's name, for templates that introduce the agent (`{agent}`).
    pub agent_name: Option<String>,
    /// What an agent may offer, built-in or the site owner's own; empty means no remedy is
    /// ever suggested.
    #[serde(deserialize_with = "field_path::seq")]
    pub remedies: Vec<ConfiguredRemedy>,
    /// The follow-up time promised in proposals, in minutes (default 60, at most a week).
    pub follow_up_minutes: u32,
    /// How the replies sound.
    pub tone: Tone,
    /// Whether the conversation happens where others can read it (a public social feed):
    /// then the advice is to move it to a private channel.
    pub public_channel: bool,
    /// How many abusive messages before the advice moves from setting a boundary to handing
    /// over to a supervisor (default 3).
    pub abuse_limit: u32,
    /// Custom templates per technique, with `{placeholders}` (see [`PLACEHOLDERS`]); they
    /// are used instead of the built-in ones for that technique. Sorted by technique, one
    /// entry each (read them with [`Config::templates_for`]); a JSON object in a config.
    #[serde(with = "templates_as_map")]
    pub templates: Vec<(Technique, Vec<String>)>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            brand: None,
            agent_name: None,
            remedies: Vec::new(),
            follow_up_minutes: 60,
            tone: Tone::Friendly,
            public_channel: false,
            abuse_limit: 3,
            templates: Vec::new(),
        }
    }
}

/// The placeholders a template may use.
///
/// `{name}` the customer's name, `{topic}` what the conversation is about ("your order"),
/// `{complaint}` the mirrored complaint as a clause ("your order never arrived"),
/// `{follow_up}` the promised time ("within the hour"), `{brand}`, `{agent}`, and, in
/// `offer_remedy` templates only, `{remedy}`: what the agent can do, completing "I can ..."
/// ("give you a full refund", or a custom remedy's offer).
pub const PLACEHOLDERS: [&str; 7] = [
    "name",
    "topic",
    "complaint",
    "follow_up",
    "brand",
    "agent",
    "remedy",
];

/// Longest follow-up promise accepted: one week.
const MAX_FOLLOW_UP_MINUTES: u32 = 7 * 24 * 60;

/// Why a configuration was rejected. Every variant names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The text is not JSON, or not a JSON object.
    #[error("config is not a JSON object: {message}")]
    Syntax {
        /// What the JSON parser said.
        message: String,
    },
    /// A field this version does not know (often a typo).
    #[error("unknown config field `{field}`")]
    UnknownField {
        /// The field as written.
        field: String,
    },
    /// A known field with a value that is not allowed.
    #[error("invalid config field `{field}`: {reason}")]
    Invalid {
        /// The path of the field (`followUpMinutes`, `templates.apologize[1]`).
        field: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl ConfigError {
    /// The error serde gave for the value at `path`: at the top, the config itself is not
    /// an object; a key serde refused is an unknown field; anything else is a bad value.
    fn at(path: Option<String>, message: String) -> ConfigError {
        let Some(field) = path else {
            return ConfigError::Syntax { message };
        };
        if message.starts_with("unknown field `") {
            // serde's own wording for a key `deny_unknown_fields` refused.
            ConfigError::UnknownField { field }
        } else {
            ConfigError::Invalid {
                field,
                reason: message,
            }
        }
    }
}

impl Config {
    /// Parses and validates a configuration written as JSON (the CLI's `--config` file).
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        // Broken JSON, or JSON that is not an object, is a syntax error wherever it breaks,
        // not a bad value of the field the parser happened to be in. (serde would also
        // read a struct from a list, `[]` as all defaults.)
        type Object = std::collections::BTreeMap<String, serde::de::IgnoredAny>;
        serde_json::from_str::<Object>(json).map_err(|e| ConfigError::Syntax {
            message: e.to_string(),
        })?;
        Config::read(&mut serde_json::Deserializer::from_str(json), |e| {
            // The error names its field; the position would only repeat it.
            let text = e.to_string();
            let position = format!(" at line {} column {}", e.line(), e.column());
            match text.strip_suffix(&position) {
                Some(message) => message.to_string(),
                None => text,
            }
        })
    }

    /// Reads and validates a configuration from any serde format: the one path every front
    /// end takes (JSON in the CLI, a JS object in the browser), so a bad field gets the
    /// same error everywhere, named by its path (`remedies[1]`, `templates.apologize[0]`).
    /// `message` words the format's error (JSON's carries a line and column).
    pub fn read<'de, D: Deserializer<'de>>(
        deserializer: D,
        message: impl FnOnce(D::Error) -> String,
    ) -> Result<Config, ConfigError> {
        let config: Config = field_path::read(deserializer)
            .map_err(|(path, error)| ConfigError::at(path, message(error)))?;
        config.validate()?;
        Ok(config)
    }

    /// Checks the values serde cannot: ranges, empty strings, custom remedies, template
    /// placeholders. [`Config::read`] calls it; call it on a config built another way.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |field: &str, reason: String| ConfigError::Invalid {
            field: field.to_string(),
            reason,
        };
        if self.follow_up_minutes == 0 || self.follow_up_minutes > MAX_FOLLOW_UP_MINUTES {
            return Err(invalid(
                "followUpMinutes",
                format!(
                    "must be 1..={MAX_FOLLOW_UP_MINUTES} minutes, got {}",
                    self.follow_up_minutes
                ),
            ));
        }
        if self.abuse_limit == 0 || self.abuse_limit > 20 {
            return Err(invalid(
                "abuseLimit",
                format!("must be 1..=20, got {}", self.abuse_limit),
            ));
        }
        for (field, value) in [("brand", &self.brand), ("agentName", &self.agent_name)] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                return Err(invalid(field, "must not be empty".to_string()));
            }
        }
        for (i, remedy) in self.remedies.iter().enumerate() {
            if self.remedies[..i].iter().any(|r| r.id() == remedy.id()) {
                let reason = format!("remedy `{}` is listed twice", remedy.id());
                return Err(invalid(&format!("remedies[{i}]"), reason));
            }
            if let ConfiguredRemedy::Custom(custom) = remedy {
                check_custom_remedy(custom)
                    .map_err(|(part, reason)| invalid(&format!("remedies[{i}].{part}"), reason))?;
            }
        }
        for (technique, templates) in &self.templates {
            let key = technique.key();
            for (i, template) in templates.iter().enumerate() {
                let field = format!("templates.{key}[{i}]");
                check_template(template, *technique).map_err(|reason| invalid(&field, reason))?;
            }
        }
        Ok(())
    }

    /// The custom templates for `technique`, if the config has any.
    pub fn templates_for(&self, technique: Technique) -> Option<&[String]> {
        self.templates
            .iter()
            .find(|(t, _)| *t == technique)
            .map(|(_, list)| list.as_slice())
    }

    /// The promised follow-up time as words ("within the hour", "within 30 minutes").
    pub fn follow_up_phrase(&self) -> String {
        follow_up_phrase(self.follow_up_minutes)
    }
}

/// Minutes as a promise: "within the hour", "within 2 hours", "within 30 minutes".
pub(crate) fn follow_up_phrase(minutes: u32) -> String {
    match minutes {
        60 => "within the hour".to_string(),
        1440 => "within a day".to_string(),
        m if m % 1440 == 0 => format!("within {} days", m / 1440),
        m if m > 60 && m % 60 == 0 => format!("within {} hours", m / 60),
        m => format!("within {m} minutes"),
    }
}

/// The templates list as serde sees it: a map from technique to templates, as a config
/// writes it.
mod templates_as_map {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{MapAccess, Visitor};
    use serde::{Deserializer, Serializer};

    use super::field_path;
    use crate::technique::Technique;

    pub(super) fn serialize<S: Serializer>(
        list: &[(Technique, Vec<String>)],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_map(list.iter().map(|(t, texts)| (t, texts)))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<(Technique, Vec<String>)>, D::Error> {
        deserializer.deserialize_map(Templates)
    }

    struct Templates;

    impl<'de> Visitor<'de> for Templates {
        type Value = Vec<(Technique, Vec<String>)>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object of technique -> list of templates")
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            let mut map = field_path::Map::new(map);
            let mut templates: Self::Value = Vec::new();
            // Keys read as text, not as `Technique`: the error path tracker only records
            // string keys, and a technique's name is checked here with a message that
            // names it.
            let list = field_path::Seq::<String>::new;
            while let Some((key, texts)) = map.next_entry_seed(PhantomData::<String>, list())? {
                let Some(technique) = Technique::ALL.into_iter().find(|t| t.key() == key) else {
                    let known = crate::text::join(&Technique::ALL.map(Technique::key), ", ");
                    let message = format!("unknown technique `{key}`: use one of {known}");
                    return Err(serde::de::Error::custom(message));
                };
                // Sorted by technique; a technique given twice keeps its last list, as a
                // map's insert would.
                match templates.binary_search_by(|(t, _)| t.cmp(&technique)) {
                    Ok(i) => templates[i].1 = texts,
                    Err(i) => templates.insert(i, (technique, texts)),
                }
            }
            Ok(templates)
        }
    }
}

/// Checks a custom remedy's fields; an error names the part at fault.
fn check_custom_remedy(remedy: &CustomRemedy) -> Result<(), (&'static str, String)> {
    let parts = [
        ("id", &remedy.id),
        ("label", &remedy.label),
        ("offer", &remedy.offer),
    ];
    for (part, text) in parts {
        if text.trim().is_empty() {
            return Err((part, "must not be empty".to_string()));
        }
    }
    if Remedy::from_key(&remedy.id).is_some() {
        let reason = format!(
            "`{}` is a built-in remedy: write it as \"{}\" or give yours another id",
            remedy.id, remedy.id
        );
        return Err(("id", reason));
    }
    if remedy.offer.trim_end().ends_with(['.', '!', '?', ',', ';']) {
        let reason = "must not end with punctuation: it completes \"I can ...\" and the reply \
            adds its own"
            .to_string();
        return Err(("offer", reason));
    }
    Ok(())
}

/// Checks one template: not empty, braces balanced, only known placeholders.
fn check_template(template: &str, technique: Technique) -> Result<(), String> {
    if template.trim().is_empty() {
        return Err("template is empty".to_string());
    }
    let mut rest = template;
    while let Some(open) = crate::text::find_any(rest, b"{}") {
        if rest[open..].starts_with('}') {
            return Err("`}` without a matching `{`".to_string());
        }
        let after = &rest[open + 1..];
        let close = crate::text::find_byte(after, b'}')
            .ok_or_else(|| "`{` without a matching `}`".to_string())?;
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "unknown placeholder {{{name}}}; known: {}",
                crate::text::join(&PLACEHOLDERS, ", ")
            ));
        }
        if name == "remedy" && technique != Technique::OfferRemedy {
            return Err("{remedy} is only available in offer_remedy templates".to_string());
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Band;

    /// The names `key()` gives (used in messages and the sidebar) are the serde names the
    /// configs and the JS boundary use.
    #[test]
    fn keys_match_serde() {
        let serde_name = |v: serde_json::Value| v.as_str().map(str::to_string);
        for t in Technique::ALL {
            assert_eq!(serde_name(serde_json::json!(t)).as_deref(), Some(t.key()));
        }
        for r in Remedy::ALL {
            assert_eq!(serde_name(serde_json::json!(r)).as_deref(), Some(r.key()));
        }
        for b in [
            Band::Calm,
            Band::Tense,
            Band::Heated,
            Band::Hostile,
            Band::Critical,
        ] {
            assert_eq!(serde_name(serde_json::json!(b)).as_deref(), Some(b.label()));
        }
        for t in [Tone::Formal, Tone::Friendly] {
            assert_eq!(serde_name(serde_json::json!(t)).as_deref(), Some(t.key()));
        }
    }

    #[test]
    fn follow_up_phrases() {
        assert_eq!(follow_up_phrase(60), "within the hour");
        assert_eq!(follow_up_phrase(45), "within 45 minutes");
        assert_eq!(follow_up_phrase(180), "within 3 hours");
        assert_eq!(follow_up_phrase(1440), "within a day");
        assert_eq!(follow_up_phrase(2880), "within 2 days");
    }
}
