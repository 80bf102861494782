//! The site owner's configuration: brand voice, what an agent may offer, the follow-up
//! promise, and custom reply templates. Parsed from JSON with errors that name the field.

use serde::{Deserialize, Serialize};

use crate::technique::Technique;

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
#[serde(deny_unknown_fields)]
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
        Remedy::ALL.map(Remedy::key).join(", ")
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
                let deserializer = serde::de::value::MapAccessDeserializer::new(map);
                CustomRemedy::deserialize(deserializer).map(ConfiguredRemedy::Custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The site owner's configuration. Every field has a default, so `{}` is a valid config.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "camelCase")]
pub struct Config {
    /// The company or product name, used in closing lines.
    pub brand: Option<String>,
    /// The agent's name, for templates that introduce the agent (`{agent}`).
    pub agent_name: Option<String>,
    /// What an agent may offer, built-in or the site owner's own; empty means no remedy is
    /// ever suggested.
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
    /// A list, not a map: a map's insert and lookup cost the wasm 1.4 KB brotli here.
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

/// The JSON names of the config's fields, in declaration order.
const FIELDS: [&str; 8] = [
    "brand",
    "agentName",
    "remedies",
    "followUpMinutes",
    "tone",
    "publicChannel",
    "abuseLimit",
    "templates",
];

impl Config {
    /// Parses and validates a configuration written as JSON (the CLI's `--config` file).
    ///
    /// Each field is read on its own so that a bad value is reported with its field's name
    /// (a plain serde error only gives a line and column).
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| ConfigError::Syntax {
                message: e.to_string(),
            })?;
        Config::from_value(ConfigValue::from(value))
    }

    /// Builds and validates a configuration from an already parsed [`ConfigValue`]: the one path
    /// every front end takes (JSON text in the CLI, a JS object in the browser), so a bad
    /// field gets the same error everywhere.
    pub fn from_value(value: ConfigValue) -> Result<Config, ConfigError> {
        let ConfigValue::Object(map) = value else {
            return Err(ConfigError::Syntax {
                message: format!("expected an object, got {}", value.kind()),
            });
        };
        if let Some((unknown, _)) = map.iter().find(|(k, _)| !FIELDS.contains(&k.as_str())) {
            return Err(ConfigError::UnknownField {
                field: unknown.clone(),
            });
        }
        let mut config = Config::default();
        for (key, value) in map {
            let invalid = |reason: String| ConfigError::Invalid {
                field: key.clone(),
                reason,
            };
            match key.as_str() {
                "brand" => config.brand = value.optional_string().map_err(invalid)?,
                "agentName" => config.agent_name = value.optional_string().map_err(invalid)?,
                "remedies" => {
                    let mut remedies = Vec::new();
                    for (i, item) in value.list().map_err(invalid)?.into_iter().enumerate() {
                        remedies.push(remedy_from_value(item).map_err(|reason| {
                            ConfigError::Invalid {
                                field: format!("remedies[{i}]"),
                                reason,
                            }
                        })?);
                    }
                    config.remedies = remedies;
                }
                "followUpMinutes" => {
                    config.follow_up_minutes = value.whole_number().map_err(invalid)?
                }
                "tone" => {
                    let tones = [Tone::Formal, Tone::Friendly];
                    let i = value.keyword("tone", &tones.map(Tone::key));
                    config.tone = tones[i.map_err(invalid)?];
                }
                "publicChannel" => config.public_channel = value.boolean().map_err(invalid)?,
                "abuseLimit" => config.abuse_limit = value.whole_number().map_err(invalid)?,
                _ => config.templates = templates_from_value(value)?,
            }
        }
        config.validate()?;
        Ok(config)
    }

    /// Checks the values serde cannot: ranges, empty strings, template placeholders. Call it
    /// on a config built another way (the wasm facade deserializes it from a JS object).
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

fn templates_from_value(value: ConfigValue) -> Result<Vec<(Technique, Vec<String>)>, ConfigError> {
    let ConfigValue::Object(map) = value else {
        return Err(ConfigError::Invalid {
            field: "templates".to_string(),
            reason: "expected an object of technique -> list of templates".to_string(),
        });
    };
    let mut templates: Vec<(Technique, Vec<String>)> = Vec::new();
    for (key, list) in map {
        let field = format!("templates.{key}");
        let Some(technique) = Technique::ALL.into_iter().find(|&t| t.key() == key) else {
            return Err(ConfigError::Invalid {
                field,
                reason: "not a technique name (e.g. apologize, propose, offer_remedy)".to_string(),
            });
        };
        let invalid = |reason| ConfigError::Invalid {
            field: field.clone(),
            reason,
        };
        let mut texts = Vec::new();
        for item in list.list().map_err(invalid)? {
            texts.push(item.string().map_err(invalid)?);
        }
        // Sorted by technique, the last list given for one winning (as a map's insert).
        match templates.binary_search_by(|(t, _)| t.cmp(&technique)) {
            Ok(i) => templates[i].1 = texts,
            Err(i) => templates.insert(i, (technique, texts)),
        }
    }
    Ok(templates)
}

/// The templates list as serde sees it: a map from technique to templates, as the JSON
/// config writes it (native only: the wasm reads configs through [`ConfigValue`]).
mod templates_as_map {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serializer};

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
        let map = BTreeMap::<Technique, Vec<String>>::deserialize(deserializer)?;
        Ok(map.into_iter().collect())
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

/// Reads one entry of `remedies` from a parsed config: a built-in name or `{id, label,
/// offer}`.
fn remedy_from_value(value: ConfigValue) -> Result<ConfiguredRemedy, String> {
    match value {
        ConfigValue::String(name) => Remedy::from_key(&name)
            .map(ConfiguredRemedy::Builtin)
            .ok_or_else(|| unknown_remedy(&name)),
        ConfigValue::Object(fields) => {
            let (mut id, mut label, mut offer) = (None, None, None);
            for (key, value) in fields {
                let slot = match key.as_str() {
                    "id" => &mut id,
                    "label" => &mut label,
                    "offer" => &mut offer,
                    _ => {
                        return Err(format!(
                            "unknown field `{key}`: a remedy has id, label and offer"
                        ))
                    }
                };
                *slot = Some(value.string().map_err(|e| format!("`{key}`: {e}"))?);
            }
            let missing =
                |part: &str| format!("missing `{part}`: a remedy has id, label and offer");
            Ok(ConfiguredRemedy::Custom(CustomRemedy {
                id: id.ok_or_else(|| missing("id"))?,
                label: label.ok_or_else(|| missing("label"))?,
                offer: offer.ok_or_else(|| missing("offer"))?,
            }))
        }
        other => Err(other.expected("a remedy's name or {id, label, offer}")),
    }
}

/// Checks one template: not empty, braces balanced, only known placeholders.
fn check_template(template: &str, technique: Technique) -> Result<(), String> {
    if template.trim().is_empty() {
        return Err("template is empty".to_string());
    }
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("`}` without a matching `{`".to_string());
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| "`{` without a matching `}`".to_string())?;
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "unknown placeholder {{{name}}}; known: {}",
                PLACEHOLDERS.join(", ")
            ));
        }
        if name == "remedy" && technique != Technique::OfferRemedy {
            return Err("{remedy} is only available in offer_remedy templates".to_string());
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

/// A configuration as any front end hands it over, before it is checked: parsed JSON in the
/// CLI, a converted JS object in the browser. [`Config::from_value`] reads it field by field,
/// so the browser needs no JSON library of its own (it would cost the wasm ~10 KB).
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigValue {
    /// `null` (and, from JS, `undefined`).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    List(Vec<ConfigValue>),
    /// An object, its fields in their written order.
    Object(Vec<(String, ConfigValue)>),
}

impl ConfigValue {
    /// What kind of value this is, for error messages ("a string", "a list").
    pub fn kind(&self) -> &'static str {
        match self {
            ConfigValue::Null => "null",
            ConfigValue::Bool(_) => "a boolean",
            ConfigValue::Number(_) => "a number",
            ConfigValue::String(_) => "a string",
            ConfigValue::List(_) => "a list",
            ConfigValue::Object(_) => "an object",
        }
    }

    fn expected(&self, what: &str) -> String {
        format!("expected {what}, got {}", self.kind())
    }

    fn string(self) -> Result<String, String> {
        match self {
            ConfigValue::String(s) => Ok(s),
            other => Err(other.expected("a string")),
        }
    }

    /// A string, or nothing for `null`.
    fn optional_string(self) -> Result<Option<String>, String> {
        match self {
            ConfigValue::Null => Ok(None),
            other => other.string().map(Some),
        }
    }

    fn boolean(self) -> Result<bool, String> {
        match self {
            ConfigValue::Bool(b) => Ok(b),
            other => Err(other.expected("true or false")),
        }
    }

    fn whole_number(self) -> Result<u32, String> {
        match self {
            ConfigValue::Number(n)
                if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) =>
            {
                Ok(n as u32)
            }
            ConfigValue::Number(_) => Err("expected a whole number, not negative".to_string()),
            other => Err(other.expected("a whole number")),
        }
    }

    fn list(self) -> Result<Vec<ConfigValue>, String> {
        match self {
            ConfigValue::List(items) => Ok(items),
            other => Err(other.expected("a list")),
        }
    }

    /// Which of `keys` the value is, by index. Not generic over the option type: each
    /// instance would be another copy of the search and of the error message in the wasm.
    fn keyword(self, what: &str, keys: &[&str]) -> Result<usize, String> {
        let word = self.string().map_err(|_| format!("expected a {what}"))?;
        keys.iter()
            .position(|&k| k == word)
            .ok_or_else(|| format!("unknown {what} `{word}`: use one of {}", keys.join(", ")))
    }
}

impl From<serde_json::Value> for ConfigValue {
    fn from(value: serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => ConfigValue::Null,
            serde_json::Value::Bool(b) => ConfigValue::Bool(b),
            serde_json::Value::Number(n) => ConfigValue::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => ConfigValue::String(s),
            serde_json::Value::Array(items) => {
                ConfigValue::List(items.into_iter().map(ConfigValue::from).collect())
            }
            serde_json::Value::Object(map) => ConfigValue::Object(
                map.into_iter()
                    .map(|(k, v)| (k, ConfigValue::from(v)))
                    .collect(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Band;

    /// The keys `from_value` accepts, and the names the wasm writes into events, are the
    /// serde names `Serialize` writes.
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
    fn whole_numbers_only() {
        let n = |x: f64| ConfigValue::Number(x).whole_number();
        assert_eq!(n(30.0), Ok(30));
        assert!(n(1.5).is_err());
        assert!(n(-1.0).is_err());
        assert!(n(f64::NAN).is_err());
        assert!(n(1e12).is_err());
        assert!(ConfigValue::String("30".into()).whole_number().is_err());
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
