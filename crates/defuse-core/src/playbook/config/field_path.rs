//! Which field a serde error came from, named by its path (`followUpMinutes`, `remedies[1].id`,
//! `templates.apologize[0]`), for a config's errors and the JS boundary's.
//!
//! The path is the one `serde_path_to_error` gives, with less code in the wasm (2.1 KB
//! brotli): instead of wrapping every visitor and seed of the value (a copy of each per
//! type read), only the levels that can hold a field at fault are tracked, each pushing its
//! segment as the error passes back up through it. [`read`] tracks the keys of the
//! top-level object and the variant of an enum field (`tone.formal` for `{"formal": 5}`;
//! not inside an `Option`); a list or object below the top tracks its own: [`seq`] and
//! [`Map`] (the config's `remedies` and `templates`). `tests/it/playbook/config.rs` checks
//! the paths against serde_path_to_error's.

use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// One step of a path.
enum Segment {
    /// An object's key, or an enum's variant ("?" when it was not a string).
    Key(String),
    /// A list's index.
    Index(usize),
}

thread_local! {
    /// The path of the error being returned, innermost segment first.
    static AT: RefCell<Vec<Segment>> = const { RefCell::new(Vec::new()) };
}

fn push(segment: Segment) {
    AT.with(|at| at.borrow_mut().push(segment));
}

/// Reads a `T` from `deserializer`; an error comes with the path of the field at fault
/// (`None` when the value itself is wrong: not an object, a missing field).
pub fn read<'de, T, D>(deserializer: D) -> Result<T, (Option<String>, D::Error)>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    AT.with(|at| at.borrow_mut().clear());
    T::deserialize(Object(deserializer)).map_err(|error| (take_path(), error))
}

/// The path of the error just returned (`None` when no level pushed a segment), taken out
/// of [`AT`]: not generic, so one copy serves every [`read`].
fn take_path() -> Option<String> {
    let segments = AT.with(|at| std::mem::take(&mut *at.borrow_mut()));
    let mut path = String::new();
    for segment in segments.iter().rev() {
        match segment {
            Segment::Index(i) => path.push_str(&format!("[{i}]")),
            Segment::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
        }
    }
    Some(path).filter(|p| !p.is_empty())
}

/// Forwards `deserialize_*` methods to the wrapped deserializer (`self.0`), with the
/// visitor passed through `$wrap`.
macro_rules! forward {
    ($wrap:expr; $($method:ident($($arg:ident: $ty:ty),*))*) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method($($arg,)* $wrap(visitor))
        }
    )*};
}

/// Forwards every `deserialize_*` method but `map`, `struct` and `enum` as it is.
macro_rules! forward_plain {
    () => {
        forward!(std::convert::identity;
            deserialize_any() deserialize_bool() deserialize_i8() deserialize_i16()
            deserialize_i32() deserialize_i64() deserialize_i128() deserialize_u8()
            deserialize_u16() deserialize_u32() deserialize_u64() deserialize_u128()
            deserialize_f32() deserialize_f64() deserialize_char() deserialize_str()
            deserialize_string() deserialize_bytes() deserialize_byte_buf()
            deserialize_option() deserialize_unit() deserialize_seq()
            deserialize_identifier() deserialize_ignored_any()
            deserialize_unit_struct(name: &'static str)
            deserialize_newtype_struct(name: &'static str)
            deserialize_tuple(len: usize)
            deserialize_tuple_struct(name: &'static str, len: usize)
        );

        fn is_human_readable(&self) -> bool {
            self.0.is_human_readable()
        }
    };
}

/// The value [`read`] reads: an object's (or a struct's) keys are tracked.
struct Object<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Object<D> {
    type Error = D::Error;

    forward_plain!();
    forward!(Keys;
        deserialize_map()
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
    );
    forward!(std::convert::identity;
        deserialize_enum(name: &'static str, variants: &'static [&'static str])
    );
}

/// An object's visitor, handed the object's entries with their keys tracked.
struct Keys<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Keys<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Map::new(map))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(seq)
    }
}

/// An object's entries with their keys tracked: an error in a key or a value pushes the key
/// (an enum value's variant too).
pub struct Map<A> {
    map: A,
    key: Option<String>,
}

impl<A> Map<A> {
    /// Tracks the entries of `map`.
    pub fn new(map: A) -> Self {
        Map { map, key: None }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.key = None;
        let key = self.map.next_key_seed(Capture(seed, &mut self.key));
        key.inspect_err(|_| push_key(&mut self.key))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        // Only the value's own error is the key's: one the map gives outside it is the
        // object's.
        self.map.next_value_seed(Value(seed, &mut self.key))
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// Pushes the key read (`?` when it was not a string).
fn push_key(key: &mut Option<String>) {
    push(Segment::Key(key.take().unwrap_or_else(|| "?".to_string())));
}

/// Keeps the text of the key (or variant) it reads in `.1`.
struct Capture<'a, X>(X, &'a mut Option<String>);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Capture<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Capture(deserializer, self.1))
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Capture<'_, D> {
    type Error = D::Error;

    // Keys and variants are read as identifiers or strings.
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_identifier(Capture(visitor, self.1))
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_str(Capture(visitor, self.1))
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_string(Capture(visitor, self.1))
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(Capture(visitor, self.1))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum ignored_any
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Capture<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<V::Value, E> {
        *self.1 = Some(v.to_string());
        self.0.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<V::Value, E> {
        *self.1 = Some(v.to_string());
        self.0.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        *self.1 = Some(v.clone());
        self.0.visit_string(v)
    }
}

/// An entry's value: its own error pushes its key (`.1`).
struct Value<'a, S>(S, &'a mut Option<String>);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Value<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        let value = self.0.deserialize(Variants(deserializer));
        value.inspect_err(|_| push_key(self.1))
    }
}

/// A value whose enum variant, if it is an enum, is tracked.
struct Variants<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Variants<D> {
    type Error = D::Error;

    forward_plain!();
    forward!(std::convert::identity;
        deserialize_map()
        deserialize_struct(name: &'static str, fields: &'static [&'static str])
    );
    forward!(Variant; deserialize_enum(name: &'static str, variants: &'static [&'static str]));
}

/// An enum's visitor, handed the enum with its variant tracked.
struct Variant<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Variant<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Variant(data))
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Variant<A> {
    type Error = A::Error;
    type Variant = Content<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let mut name = None;
        let (value, content) = self.0.variant_seed(Capture(seed, &mut name))?;
        Ok((value, Content(content, name)))
    }
}

/// A variant's content: its error pushes the variant's name.
struct Content<A>(A, Option<String>);

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Content<A> {
    type Error = A::Error;

    fn unit_variant(mut self) -> Result<(), A::Error> {
        self.0.unit_variant().inspect_err(|_| push_key(&mut self.1))
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(
        mut self,
        seed: S,
    ) -> Result<S::Value, A::Error> {
        let value = self.0.newtype_variant_seed(seed);
        value.inspect_err(|_| push_key(&mut self.1))
    }

    fn tuple_variant<V: Visitor<'de>>(
        mut self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let value = self.0.tuple_variant(len, visitor);
        value.inspect_err(|_| push_key(&mut self.1))
    }

    fn struct_variant<V: Visitor<'de>>(
        mut self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let value = self.0.struct_variant(fields, visitor);
        value.inspect_err(|_| push_key(&mut self.1))
    }
}

/// A list read as a `Vec`, the same as `Vec<T>`'s own reading, with its index tracked:
/// for `#[serde(deserialize_with = "field_path::seq")]`.
pub fn seq<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    deserializer.deserialize_seq(Seq::new())
}

/// The visitor of [`seq`], and a seed for a list read the same way.
pub struct Seq<T>(PhantomData<T>);

impl<T> Seq<T> {
    /// A list of `T`.
    pub fn new() -> Self {
        Seq(PhantomData)
    }
}

impl<T> Default for Seq<T> {
    fn default() -> Self {
        Seq::new()
    }
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Seq<T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Seq<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // serde's wording for a Vec.
        f.write_str("a sequence")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element_seed(Element(list.len(), PhantomData))? {
            list.push(item);
        }
        Ok(list)
    }
}

/// A list's element: its own error pushes its index.
struct Element<T>(usize, PhantomData<T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Element<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(deserializer).inspect_err(|_| push(Segment::Index(self.0)))
    }
}
