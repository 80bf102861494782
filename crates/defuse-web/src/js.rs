//! JS values in and out, through serde: what the page hands the API (settings, messages, a
//! config) is read with `serde_wasm_bindgen` into the same serde types the CLI reads from
//! JSON, and event details are written from the core's and the sidebar's serde types.
//! Errors name the field at fault by its path (`remedies[1]`, `role`); [`error`] is the one
//! place an error becomes a JS `Error`.

use std::fmt;

use defuse_core::playbook::{field_path, ConfigError};
use defuse_ui::Config;
use serde::de::{DeserializeOwned, Unexpected, Visitor};
use serde::Serialize;
use serde_wasm_bindgen::Deserializer;
use wasm_bindgen::{JsCast, JsError, JsValue};

/// Reads a JS object as `T`, a struct of plain fields (a message, the settings); the error
/// names the field at fault (`field_path` tracks the object's keys, not deeper).
pub(crate) fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, FieldError> {
    field_path::read(Deserializer::from(value)).map_err(|(field, error)| FieldError {
        field,
        message: message(error),
    })
}

/// Reads a JS value as `T`; the error is serde's words (the caller names the field).
pub(crate) fn read_value<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value).map_err(message)
}

/// Reads a JS value as `T` with lists and objects nested to any depth (the extension
/// panel's threads); the error names the field at fault (`[3].role`).
#[cfg(feature = "extension")]
pub(crate) fn read_nested<T: DeserializeOwned>(value: JsValue) -> Result<T, FieldError> {
    serde_path_to_error::deserialize(Deserializer::from(value)).map_err(|e| {
        let path = e.path().to_string();
        FieldError {
            field: Some(path).filter(|p| p != "."),
            message: message(e.into_inner()),
        }
    })
}

/// Why a JS value could not be read, and where.
#[derive(Debug)]
pub(crate) struct FieldError {
    /// The path of the field at fault (`role`, `remedies[1]`); none when the value itself
    /// is wrong.
    pub(crate) field: Option<String>,
    /// What is wrong (`unknown variant `bot`, expected `customer` or `agent``).
    pub(crate) message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "`{field}`: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A playbook config given as an object or as JSON text (a `data-config` attribute), read
/// and checked by the same `Config::read` the CLI uses.
pub(crate) fn config(value: JsValue) -> Result<Config, ConfigError> {
    let value = match value.as_string() {
        Some(text) => js_sys::JSON::parse(&text).map_err(|e| ConfigError::Syntax {
            message: describe(e),
        })?,
        None => value,
    };
    Config::read(Strict(value), message)
}

/// A value as a JS value (an event's detail): structs become plain objects.
pub(crate) fn write<T: Serialize>(value: &T) -> JsValue {
    // Our event types are structs of numbers and strings, which always convert.
    // `None` as `null`, as `defuse.d.ts` promises, not `undefined`.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&serializer).unwrap_or(JsValue::NULL)
}

/// An error as the JS `Error` the caller catches, saying where it came from
/// (`Defuse.setConfig: ...`).
pub(crate) fn error(context: &str, error: impl fmt::Display) -> JsError {
    JsError::new(&format!("{context}: {error}"))
}

/// A thrown JS value as text.
pub(crate) fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown JS error".to_string())
}

/// A serde error's words. Its `Display` is JS's `String(error)`, which starts "Error: ".
fn message(error: serde_wasm_bindgen::Error) -> String {
    describe(error.into())
}

/// Reads the object at the top as a map, so that every key reaches the type:
/// serde-wasm-bindgen reads a struct by looking up its own fields, so
/// `#[serde(deny_unknown_fields)]` would never see a misspelt one (`colour`), and it would
/// read a list as a struct too.
struct Strict(JsValue);

impl<'de> serde::Deserializer<'de> for Strict {
    type Error = serde_wasm_bindgen::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        Deserializer::from(self.0).deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if js_sys::Array::is_array(&self.0) {
            Err(serde::de::Error::invalid_type(Unexpected::Seq, &visitor))
        } else if self.0.is_object() {
            Deserializer::from(self.0).deserialize_map(visitor)
        } else {
            // Not an object: serde-wasm-bindgen says what it is instead, as its
            // `deserialize_struct` would. Through `deserialize_unit`, whose one success
            // (`null`) the visitor refuses with the same words: `deserialize_struct` would
            // compile the visitor's whole map reading a third time, for a path never taken.
            Deserializer::from(self.0).deserialize_unit(visitor)
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}
