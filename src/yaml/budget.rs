//! A first pass over a YAML document that only counts: how many values it
//! expands to and how deep they nest. Anchors and aliases let a small file
//! stand for a huge tree ("billion laughs"); serde_yaml stops an alias that
//! is expanded over and over only after a hundred jumps per event, which
//! still lets one megabyte expand to billions of values. Counting as the
//! tree is walked stops at the limit, in time and memory that stay small.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};

/// Values (scalars, sequences, mappings) one file may expand to. The
/// largest flow allowed ([`crate::flow::MAX_NODES_PER_FLOW`] nodes of nine
/// options) stays far below it.
pub(crate) const MAX_VALUES: usize = 100_000;
/// How deep mappings and sequences may nest. A flow needs five levels
/// (`nodes/<node>/options/<n>/next`), the config two.
pub(crate) const MAX_DEPTH: usize = 16;

/// Which limit the walk ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exceeded {
    Values,
    Depth,
}

/// What is left of the budget; shared by every level of the walk.
pub(crate) struct Budget {
    values_left: Cell<usize>,
    exceeded: Cell<Option<Exceeded>>,
}

impl Budget {
    pub(super) fn new() -> Self {
        Self { values_left: Cell::new(MAX_VALUES), exceeded: Cell::new(None) }
    }

    /// The limit the last walk stopped at, if it stopped at one.
    pub(crate) fn exceeded(&self) -> Option<Exceeded> {
        self.exceeded.get()
    }

    /// A seed that walks one document with this budget.
    pub(crate) fn walker(&self) -> Walk<'_> {
        Walk { budget: self, depth: 0 }
    }

    fn fail<E: de::Error>(&self, exceeded: Exceeded) -> E {
        self.exceeded.set(Some(exceeded));
        // The words are never shown: `exceeded` says what happened, in the
        // reader's language.
        E::custom("limit")
    }
}

/// Walks one value at `depth`, counting it and everything below it.
#[derive(Clone, Copy)]
pub(super) struct Walk<'b> {
    budget: &'b Budget,
    depth: usize,
}

impl Walk<'_> {
    fn count<E: de::Error>(self) -> Result<(), E> {
        let left = self.budget.values_left.get();
        if left == 0 {
            return Err(self.budget.fail(Exceeded::Values));
        }
        self.budget.values_left.set(left - 1);
        Ok(())
    }

    fn deeper<E: de::Error>(self) -> Result<Self, E> {
        if self.depth >= MAX_DEPTH {
            return Err(self.budget.fail(Exceeded::Depth));
        }
        Ok(Self { depth: self.depth + 1, ..self })
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.count()
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.count()
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.count()
    }

    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.count()
    }

    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.count()
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.count()
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.count()
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.count()
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.count()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.count()?;
        let inner = self.deeper()?;
        while seq.next_element_seed(inner)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.count()?;
        let inner = self.deeper()?;
        while map.next_key_seed(inner)?.is_some() {
            map.next_value_seed(inner)?;
        }
        Ok(())
    }

    /// A tagged value (`!tag value`): the tag is a name, the value counts.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        self.count()?;
        let (_, variant) = data.variant_seed(self.deeper()?)?;
        variant.newtype_variant_seed(self.deeper()?)
    }
}
