//! Site-owner configuration: defaults, unknown fields, invalid values, each error naming
//! the field.

use defuse_core::playbook::{Config, ConfigError, Remedy, Tone};
use defuse_core::Technique;

fn field_of(err: ConfigError) -> String {
    match err {
        ConfigError::UnknownField { field } | ConfigError::Invalid { field, .. } => field,
        ConfigError::Syntax { message } => format!("syntax: {message}"),
    }
}

#[test]
fn empty_object_gives_the_defaults() {
    let config = Config::from_json("{}").expect("{} is valid");
    assert_eq!(config, Config::default());
    assert_eq!(config.follow_up_minutes, 60);
    assert_eq!(config.tone, Tone::Friendly);
    assert!(config.remedies.is_empty());
    assert_eq!(config.abuse_limit, 3);
    assert!(!config.public_channel);
    assert_eq!(config.follow_up_phrase(), "within the hour");
}

#[test]
fn a_full_config_parses() {
    let config = Config::from_json(
        r#"{
            "brand": "Acme",
            "agentName": "Sam",
            "remedies": ["refund", "free_month", "expedited_shipping"],
            "followUpMinutes": 30,
            "tone": "formal",
            "publicChannel": true,
            "abuseLimit": 2,
            "templates": {"apologize": ["Sorry, {name}: {complaint}."]}
        }"#,
    )
    .expect("valid config");
    assert_eq!(config.brand.as_deref(), Some("Acme"));
    assert_eq!(config.agent_name.as_deref(), Some("Sam"));
    assert_eq!(
        config.remedies,
        vec![Remedy::Refund, Remedy::FreeMonth, Remedy::ExpeditedShipping]
    );
    assert_eq!(config.follow_up_phrase(), "within 30 minutes");
    assert_eq!(config.tone, Tone::Formal);
    assert!(config.public_channel);
    assert_eq!(
        config.templates_for(Technique::Apologize).map(<[_]>::len),
        Some(1)
    );
    assert_eq!(config.templates_for(Technique::Propose), None);
}

#[test]
fn unknown_fields_are_rejected_by_name() {
    let err = Config::from_json(r#"{"brand": "Acme", "folowUpMinutes": 30}"#).unwrap_err();
    assert_eq!(
        err,
        ConfigError::UnknownField {
            field: "folowUpMinutes".into()
        }
    );
    assert!(err.to_string().contains("folowUpMinutes"));
}

#[test]
fn invalid_values_name_their_field() {
    let cases = [
        (r#"{"followUpMinutes": 0}"#, "followUpMinutes"),
        (r#"{"followUpMinutes": 20000}"#, "followUpMinutes"),
        (r#"{"followUpMinutes": "soon"}"#, "followUpMinutes"),
        (r#"{"tone": "grumpy"}"#, "tone"),
        (r#"{"remedies": ["refund", "pony"]}"#, "remedies"),
        (r#"{"brand": "  "}"#, "brand"),
        (r#"{"abuseLimit": 0}"#, "abuseLimit"),
        (r#"{"templates": {"hug": ["x"]}}"#, "templates.hug"),
        (
            r#"{"templates": {"apologize": [""]}}"#,
            "templates.apologize[0]",
        ),
        (
            r#"{"templates": {"apologize": ["ok {name}", "Sorry {nmae}"]}}"#,
            "templates.apologize[1]",
        ),
        (
            r#"{"templates": {"propose": ["I can give {remedy}"]}}"#,
            "templates.propose[0]",
        ),
        (
            r#"{"templates": {"ask": ["What {happened"]}}"#,
            "templates.ask[0]",
        ),
    ];
    for (json, field) in cases {
        let err = Config::from_json(json).expect_err(json);
        assert!(err.to_string().contains(field), "{json}: {err}");
        assert_eq!(field_of(err), field, "{json}");
    }
}

#[test]
fn not_json_or_not_an_object_is_a_syntax_error() {
    for json in ["", "{", "[]", "42"] {
        assert!(
            matches!(Config::from_json(json), Err(ConfigError::Syntax { .. })),
            "{json}"
        );
    }
}

#[test]
fn config_round_trips_through_json() {
    let config = Config::from_json(r#"{"remedies": ["credit"], "tone": "formal"}"#).unwrap();
    let json = serde_json::to_string(&config).unwrap();
    assert_eq!(Config::from_json(&json).unwrap(), config);
}

#[test]
fn templates_are_an_object_in_json_and_kept_in_technique_order() {
    let config = Config::from_json(
        r#"{"templates": {"propose": ["I'll fix {topic} {follow_up}."], "apologize": ["Sorry, {name}."]}}"#,
    )
    .unwrap();
    let order: Vec<Technique> = config.templates.iter().map(|(t, _)| *t).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert_eq!(
        config.templates_for(Technique::Propose),
        Some(&["I'll fix {topic} {follow_up}.".to_string()][..])
    );
    let json: serde_json::Value = serde_json::to_value(&config).unwrap();
    assert_eq!(json["templates"]["apologize"][0], "Sorry, {name}.");
    let again = Config::from_json(&json.to_string()).unwrap();
    assert_eq!(again, config);
    let typed: Config = serde_json::from_value(json).unwrap();
    assert_eq!(typed, config);
}
