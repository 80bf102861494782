//! Site-owner configuration: defaults, unknown fields, invalid values, each error naming
//! the field.

use defuse_core::playbook::{Config, ConfigError, ConfiguredRemedy, CustomRemedy, Remedy, Tone};
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
        [Remedy::Refund, Remedy::FreeMonth, Remedy::ExpeditedShipping].map(Into::into)
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
    let hug = Config::from_json(r#"{"templates": {"hug": ["x"]}}"#).unwrap_err();
    assert!(
        hug.to_string()
            .contains("unknown technique `hug`: use one of"),
        "{hug}"
    );
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
        (r#"{"remedies": "refund"}"#, "remedies"),
        (r#"{"remedies": ["refund", "pony"]}"#, "remedies[1]"),
        (r#"{"remedies": ["refund", 7]}"#, "remedies[1]"),
        (r#"{"remedies": ["credit", "credit"]}"#, "remedies[1]"),
        (
            r#"{"remedies": [{"id": "redelivery", "label": "Redelivery"}]}"#,
            "remedies[0]",
        ),
        (
            r#"{"remedies": [{"id": "x", "label": "X", "offer": "y", "price": 3}]}"#,
            "remedies[0].price",
        ),
        (
            r#"{"remedies": [{"id": "x", "label": "X", "offer": " "}]}"#,
            "remedies[0].offer",
        ),
        (
            r#"{"remedies": [{"id": "x", "label": "X", "offer": "send it again."}]}"#,
            "remedies[0].offer",
        ),
        (
            r#"{"remedies": [{"id": "refund", "label": "Refund", "offer": "refund you"}]}"#,
            "remedies[0].id",
        ),
        (
            r#"{"remedies": [{"id": "", "label": "X", "offer": "send it"}]}"#,
            "remedies[0].id",
        ),
        (
            r#"{"remedies": [{"id": "x", "label": "X", "offer": "a"}, {"id": "x", "label": "Y", "offer": "b"}]}"#,
            "remedies[1]",
        ),
        (r#"{"brand": "  "}"#, "brand"),
        (r#"{"abuseLimit": 0}"#, "abuseLimit"),
        (r#"{"templates": {"hug": ["x"]}}"#, "templates"),
        (
            r#"{"templates": {"apologize": "Sorry."}}"#,
            "templates.apologize",
        ),
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

/// A courier's own remedy: accepted beside the built-ins, in the order written, and the
/// same object again when written back out.
#[test]
fn a_site_owner_defines_a_remedy() {
    let json = r#"{"remedies": [
        {"id": "redelivery", "label": "Redelivery", "offer": "send the parcel again tomorrow at no cost"},
        "refund"
    ]}"#;
    let config = Config::from_json(json).expect("a custom remedy is valid");
    let redelivery = CustomRemedy {
        id: "redelivery".into(),
        label: "Redelivery".into(),
        offer: "send the parcel again tomorrow at no cost".into(),
    };
    assert_eq!(
        config.remedies,
        vec![
            ConfiguredRemedy::Custom(redelivery),
            ConfiguredRemedy::Builtin(Remedy::Refund),
        ]
    );
    let ids: Vec<&str> = config.remedies.iter().map(ConfiguredRemedy::id).collect();
    assert_eq!(ids, ["redelivery", "refund"]);
    assert_eq!(config.remedies[1].label(), "Full refund");
    let written = serde_json::to_value(&config).unwrap();
    assert_eq!(
        written["remedies"][0]["offer"],
        "send the parcel again tomorrow at no cost"
    );
    assert_eq!(written["remedies"][1], "refund");
    let typed: Config = serde_json::from_value(written).unwrap();
    assert_eq!(typed, config);
}

/// Errors about remedies read as sentences that say what to write instead.
#[test]
fn remedy_errors_say_what_to_write() {
    let err = Config::from_json(r#"{"remedies": ["redelivery"]}"#).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("unknown remedy `redelivery`: use one of refund, partial_refund,"),
        "{text}"
    );
    assert!(
        text.ends_with("or define it as {id, label, offer}"),
        "{text}"
    );
    // serde alone (no path tracking) gives the same words: they come from the type.
    let typed = serde_json::from_str::<Config>(r#"{"remedies": ["redelivery"]}"#).unwrap_err();
    assert!(
        typed
            .to_string()
            .contains("unknown remedy `redelivery`: use one of"),
        "{typed}"
    );
    let tone = Config::from_json(r#"{"tone": "grumpy"}"#)
        .unwrap_err()
        .to_string();
    assert!(
        tone.contains("`tone`: unknown variant `grumpy`, expected `formal` or `friendly`"),
        "{tone}"
    );
}

/// `field_path` names the same field, with the same message, as serde_path_to_error (which
/// it replaced in `Config::read`), for every kind of bad value a config can hold: wrong
/// types at each level, unknown keys, enum forms, lists and objects nested in each other.
#[test]
fn field_paths_are_serde_path_to_error_s() {
    let cases = [
        r#"{"brand": 5}"#,
        r#"{"brand": ["Acme"]}"#,
        r#"{"agentName": {"first": "Sam"}}"#,
        r#"{"colour": "red"}"#,
        r#"{"brand": "Acme", "colour": "red"}"#,
        r#"{"followUpMinutes": -1}"#,
        r#"{"followUpMinutes": 1.5}"#,
        r#"{"followUpMinutes": "60"}"#,
        r#"{"followUpMinutes": 99999999999}"#,
        r#"{"abuseLimit": null}"#,
        r#"{"publicChannel": "yes"}"#,
        r#"{"tone": "loud"}"#,
        r#"{"tone": 5}"#,
        r#"{"tone": ["formal"]}"#,
        r#"{"tone": {"formal": 5}}"#,
        r#"{"tone": {"loud": null}}"#,
        r#"{"tone": {"formal": 1, "friendly": 2}}"#,
        r#"{"tone": {}}"#,
        r#"{"remedies": null}"#,
        r#"{"remedies": "refund"}"#,
        r#"{"remedies": {"refund": true}}"#,
        r#"{"remedies": [1]}"#,
        r#"{"remedies": [null]}"#,
        r#"{"remedies": [[]]}"#,
        r#"{"remedies": ["refund", ["credit"]]}"#,
        r#"{"remedies": ["refund", "pony"]}"#,
        r#"{"remedies": [{}]}"#,
        r#"{"remedies": [{"id": 1, "label": "X", "offer": "y"}]}"#,
        r#"{"remedies": ["credit", {"id": "x", "label": ["X"], "offer": "y"}]}"#,
        r#"{"remedies": [{"id": "x", "label": "X", "offer": "y", "price": 3}]}"#,
        r#"{"remedies": [{"id": "x", "id": "y", "label": "X", "offer": "y"}]}"#,
        r#"{"templates": null}"#,
        r#"{"templates": []}"#,
        r#"{"templates": "apologize"}"#,
        r#"{"templates": {"hug": ["x"]}}"#,
        r#"{"templates": {"apologize": "Sorry."}}"#,
        r#"{"templates": {"apologize": [1]}}"#,
        r#"{"templates": {"apologize": ["ok", null]}}"#,
        r#"{"templates": {"apologize": ["ok"], "ask": [{"text": "x"}]}}"#,
        r#"{"brand": "A", "brand": "B"}"#,
    ];
    for json in cases {
        let tracked = serde_path_to_error::deserialize::<_, Config>(
            &mut serde_json::Deserializer::from_str(json),
        )
        .expect_err(json);
        // What Config::read made of serde_path_to_error's path and error.
        let inner = tracked.inner();
        let position = format!(" at line {} column {}", inner.line(), inner.column());
        let message = inner.to_string().replace(&position, "");
        let expected = match tracked.path().to_string() {
            path if path == "." => ConfigError::Syntax { message },
            field if message.starts_with("unknown field `") => ConfigError::UnknownField { field },
            field => ConfigError::Invalid {
                field,
                reason: message,
            },
        };
        assert_eq!(Config::from_json(json).expect_err(json), expected, "{json}");
    }
}
