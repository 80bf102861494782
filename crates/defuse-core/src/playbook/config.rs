//! The site owner's configuration: brand voice, what an agent may offer, the follow-up
//! promise, and custom reply templates. Parsed from JSON with errors that name the field.

use std::collections::BTreeMap;

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
    /// The remedy as the object of "I can offer you ...".
    pub fn phrase(self) -> &'static str {
        match self {
            Remedy::Refund => "a full refund",
            Remedy::PartialRefund => "a partial refund",
            Remedy::Credit => "a credit on your account",
            Remedy::FreeMonth => "a free month of your subscription",
            Remedy::Replacement => "a replacement sent out at no cost",
            Remedy::ExpeditedShipping => "free expedited shipping",
            Remedy::Discount => "a discount on your next order",
            Remedy::WaiveFee => "waiving the fee",
        }
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
    /// What an agent may offer; empty means no remedy is ever suggested.
    pub remedies: Vec<Remedy>,
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
    /// are used instead of the built-in ones for that technique.
    pub templates: BTreeMap<Technique, Vec<String>>,
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
            templates: BTreeMap::new(),
        }
    }
}

/// The placeholders a template may use.
///
/// `{name}` the customer's name, `{topic}` what the conversation is about ("your order"),
/// `{complaint}` the mirrored complaint as a clause ("your order never arrived"),
/// `{follow_up}` the promised time ("within the hour"), `{brand}`, `{agent}`, and, in
/// `offer_remedy` templates only, `{remedy}` ("a full refund").
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
    /// Parses and validates a configuration.
    ///
    /// Each field is read on its own so that a bad value is reported with its field's name
    /// (a plain serde error only gives a line and column).
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| ConfigError::Syntax {
                message: e.to_string(),
            })?;
        let serde_json::Value::Object(map) = value else {
            return Err(ConfigError::Syntax {
                message: "expected an object".to_string(),
            });
        };
        if let Some(unknown) = map.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(ConfigError::UnknownField {
                field: unknown.clone(),
            });
        }
        let mut config = Config::default();
        for (key, value) in map {
            let invalid = |e: serde_json::Error| ConfigError::Invalid {
                field: key.clone(),
                reason: e.to_string(),
            };
            match key.as_str() {
                "brand" => config.brand = serde_json::from_value(value).map_err(invalid)?,
                "agentName" => {
                    config.agent_name = serde_json::from_value(value).map_err(invalid)?
                }
                "remedies" => config.remedies = serde_json::from_value(value).map_err(invalid)?,
                "followUpMinutes" => {
                    config.follow_up_minutes = serde_json::from_value(value).map_err(invalid)?
                }
                "tone" => config.tone = serde_json::from_value(value).map_err(invalid)?,
                "publicChannel" => {
                    config.public_channel = serde_json::from_value(value).map_err(invalid)?
                }
                "abuseLimit" => {
                    config.abuse_limit = serde_json::from_value(value).map_err(invalid)?
                }
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
        for (technique, templates) in &self.templates {
            let key = technique_key(*technique);
            for (i, template) in templates.iter().enumerate() {
                let field = format!("templates.{key}[{i}]");
                check_template(template, *technique).map_err(|reason| invalid(&field, reason))?;
            }
        }
        Ok(())
    }

    /// The promised follow-up time as words ("within the hour", "within 30 minutes").
    pub fn follow_up_phrase(&self) -> String {
        follow_up_phrase(self.follow_up_minutes)
    }
}

/// A technique's name as written in JSON (its serde name), without going through
/// serde_json: `validate` also runs where the config came from a JS object.
fn technique_key(technique: Technique) -> &'static str {
    match technique {
        Technique::RespondNow => "respond_now",
        Technique::Listen => "listen",
        Technique::Acknowledge => "acknowledge",
        Technique::Apologize => "apologize",
        Technique::Clarify => "clarify",
        Technique::Ask => "ask",
        Technique::Propose => "propose",
        Technique::OfferRemedy => "offer_remedy",
        Technique::SetBoundary => "set_boundary",
        Technique::Escalate => "escalate",
        Technique::TakePrivate => "take_private",
        Technique::ThankAndClose => "thank_and_close",
        Technique::InviteFeedback => "invite_feedback",
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

fn templates_from_value(
    value: serde_json::Value,
) -> Result<BTreeMap<Technique, Vec<String>>, ConfigError> {
    let serde_json::Value::Object(map) = value else {
        return Err(ConfigError::Invalid {
            field: "templates".to_string(),
            reason: "expected an object of technique -> list of templates".to_string(),
        });
    };
    let mut templates = BTreeMap::new();
    for (key, list) in map {
        let technique: Technique = serde_json::from_value(serde_json::Value::String(key.clone()))
            .map_err(|_| ConfigError::Invalid {
            field: format!("templates.{key}"),
            reason: "not a technique name (e.g. apologize, propose, offer_remedy)".to_string(),
        })?;
        let list: Vec<String> = serde_json::from_value(list).map_err(|e| ConfigError::Invalid {
            field: format!("templates.{key}"),
            reason: e.to_string(),
        })?;
        templates.insert(technique, list);
    }
    Ok(templates)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn technique_keys_match_serde() {
        let all = [
            Technique::RespondNow,
            Technique::Listen,
            Technique::Acknowledge,
            Technique::Apologize,
            Technique::Clarify,
            Technique::Ask,
            Technique::Propose,
            Technique::OfferRemedy,
            Technique::SetBoundary,
            Technique::Escalate,
            Technique::TakePrivate,
            Technique::ThankAndClose,
            Technique::InviteFeedback,
        ];
        for t in all {
            assert_eq!(
                serde_json::to_value(t)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string)),
                Some(technique_key(t).to_string())
            );
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
