//! Which file of a built-in locale defines each message and term, its
//! attributes, and which files refer to it: written by build.rs, read by
//! the lazy bundle and by a start that compares an organization's
//! translations (which then reads only the files they touch). It holds
//! numbers into a few strings rather than a table of string slices, whose
//! every pointer the program would have to relocate at each start (a
//! static position-independent binary): with two locales of some nine
//! hundred messages, that table was two thirds of the program's
//! relocations and a quarter of a megabyte of memory written at start.

use std::cmp::Ordering;

/// One locale's index. Messages and terms (with their `-`) are sorted by
/// id.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Index {
    /// Every id, back to back, in the order of `messages`.
    ids: &'static str,
    messages: &'static [Message],
    files: &'static [&'static str],
    attributes: &'static [&'static str],
    /// `(message, file)`: `file` (of [`Index::files`]) refers to the
    /// message or term at that place of `messages`; sorted.
    referrers: &'static [(u32, u16)],
}

/// `(end, file, attributes)`: where the message's id ends in
/// [`Index::ids`] (it starts where the one before ends), which of
/// [`Index::files`] defines it, and which of [`Index::attributes`] it has
/// (bit `i` for the `i`th).
pub(crate) type Message = (u32, u16, u32);

impl Default for Index {
    fn default() -> Self {
        Self::EMPTY
    }
}

impl Index {
    pub(crate) const EMPTY: Self = Self::new("", &[], &[], &[], &[]);

    pub(crate) const fn new(
        ids: &'static str,
        messages: &'static [Message],
        files: &'static [&'static str],
        attributes: &'static [&'static str],
        referrers: &'static [(u32, u16)],
    ) -> Self {
        Self { ids, messages, files, attributes, referrers }
    }

    /// Every id, sorted.
    pub(crate) fn ids(self) -> impl Iterator<Item = &'static str> {
        (0..self.messages.len()).map(move |at| self.id(at))
    }

    /// The message or term `id`, if the locale has it.
    pub(crate) fn find(&self, id: &str) -> Option<Indexed> {
        self.position(id).and_then(|at| self.at(at))
    }

    /// The names of the files with a message or term that refers to `id`.
    pub(crate) fn referring_files(&self, id: &str) -> impl Iterator<Item = &'static str> + use<> {
        let (files, referrers) = (self.files, self.referrers);
        let at = self.position(id).and_then(|at| u32::try_from(at).ok());
        let from = at.map_or(referrers.len(), |at| referrers.partition_point(|(message, _)| *message < at));
        let of_it = referrers.get(from..).unwrap_or_default().iter().take_while(move |(m, _)| Some(*m) == at);
        of_it.filter_map(move |(_, file)| files.get(usize::from(*file)).copied())
    }

    fn position(&self, id: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.messages.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match self.id(middle).cmp(id) {
                Ordering::Less => low = middle + 1,
                Ordering::Greater => high = middle,
                Ordering::Equal => return Some(middle),
            }
        }
        None
    }

    fn at(&self, at: usize) -> Option<Indexed> {
        let (_, file, attributes) = *self.messages.get(at)?;
        let file = self.files.get(usize::from(file)).copied().unwrap_or_default();
        Some(Indexed { file, attributes, names: self.attributes })
    }

    fn id(&self, at: usize) -> &'static str {
        let end = |at: usize| self.messages.get(at).map_or(0, |(end, _, _)| *end as usize);
        let start = at.checked_sub(1).map_or(0, end);
        self.ids.get(start..end(at)).unwrap_or_default()
    }
}

/// A message found in an [`Index`].
pub(crate) struct Indexed {
    /// The name of the file that defines it.
    pub file: &'static str,
    attributes: u32,
    /// The index's attribute names, one bit of `attributes` each.
    names: &'static [&'static str],
}

impl Indexed {
    pub(crate) fn has_attribute(&self, name: &str) -> bool {
        let bit = self.names.iter().position(|known| *known == name);
        bit.is_some_and(|bit| self.attributes & (1 << bit) != 0)
    }
}

/// One message or term as the index is made from it: its id, the name of
/// its file, its attributes, and the ids it refers to.
pub(crate) type Entry<'a> = (&'a str, &'a str, Vec<&'a str>, Vec<&'a str>);

/// An index being made from the [`Entry`] of each message and term: as
/// Rust source by build.rs, leaked into an [`Index`] by tests.
#[cfg_attr(not(test), allow(dead_code, reason = "build.rs writes the built-in index with it"))]
pub(crate) struct Encoded {
    ids: String,
    messages: Vec<Message>,
    files: Vec<String>,
    attributes: Vec<String>,
    referrers: Vec<(u32, u16)>,
}

#[cfg_attr(not(test), allow(dead_code, reason = "build.rs writes the built-in index with it"))]
impl Encoded {
    /// At most 32 different attribute names, one bit each, and 65 536
    /// files; an index with more is refused (`Err` says which name is one
    /// too many).
    /// A reference to an id the index lacks refers to nothing and is left
    /// out (the loader's checks report it).
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = Entry<'a>>) -> Result<Self, String> {
        let mut entries: Vec<_> = entries.into_iter().collect();
        entries.sort();
        let mut encoded = Self {
            ids: String::new(),
            messages: Vec::new(),
            files: Vec::new(),
            attributes: Vec::new(),
            referrers: Vec::new(),
        };
        let mut files_of = Vec::with_capacity(entries.len());
        for (id, file, attributes, _) in &entries {
            let (id, file) = (*id, *file);
            encoded.ids.push_str(id);
            let file = position_or_push(&mut encoded.files, file).ok_or_else(|| file.to_string())?;
            files_of.push(file);
            let mut bits = 0u32;
            for name in attributes {
                let bit = position_or_push(&mut encoded.attributes, name).ok_or_else(|| name.to_string())?;
                bits |= 1u32.checked_shl(u32::from(bit)).ok_or_else(|| name.to_string())?;
            }
            let end = u32::try_from(encoded.ids.len()).map_err(|_| id.to_string())?;
            encoded.messages.push((end, file, bits));
        }
        for ((.., references), &file) in entries.iter().zip(&files_of) {
            for id in references {
                let found = entries.binary_search_by(|(other, ..)| other.cmp(id)).ok();
                if let Some(message) = found.and_then(|at| u32::try_from(at).ok()) {
                    encoded.referrers.push((message, file));
                }
            }
        }
        encoded.referrers.sort_unstable();
        encoded.referrers.dedup();
        Ok(encoded)
    }

    /// The index as a Rust expression of type [`Index`].
    pub(crate) fn source(&self) -> String {
        let Self { ids, messages, files, attributes, referrers } = self;
        format!("Index::new({ids:?}, &{messages:?}, &{files:?}, &{attributes:?}, &{referrers:?})")
    }

    #[cfg(test)]
    pub(crate) fn leak(self) -> Index {
        let leak = |names: Vec<String>| -> &'static [&'static str] {
            names.into_iter().map(|name| &*name.leak()).collect::<Vec<_>>().leak()
        };
        let referrers = self.referrers.leak();
        Index::new(self.ids.leak(), self.messages.leak(), leak(self.files), leak(self.attributes), referrers)
    }
}

/// Where `name` is in `names`, added at the end if it is new; `None` past
/// what a `u16` counts.
fn position_or_push(names: &mut Vec<String>, name: &str) -> Option<u16> {
    let at = names.iter().position(|known| known == name).unwrap_or_else(|| {
        names.push(name.to_string());
        names.len() - 1
    });
    u16::try_from(at).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(entries: &[(&str, &str, &[&str])]) -> Index {
        let entries = entries.iter().map(|(id, file, attributes)| (*id, *file, attributes.to_vec(), vec![]));
        Encoded::new(entries).unwrap().leak()
    }

    #[test]
    fn every_message_is_found_with_its_file_and_attributes() {
        let index = index(&[
            ("b", "two.ftl", &["title", "agent"]),
            ("a-long-one", "one.ftl", &[]),
            ("c", "one.ftl", &["agent"]),
        ]);
        assert_eq!(index.ids().collect::<Vec<_>>(), ["a-long-one", "b", "c"]);
        for (id, file, has, lacks) in [
            ("a-long-one", "one.ftl", "", "title"),
            ("b", "two.ftl", "title", "keywords"),
            ("c", "one.ftl", "agent", "title"),
        ] {
            let found = index.find(id).unwrap_or_else(|| panic!("{id}"));
            assert_eq!(found.file, file, "{id}");
            assert!(has.is_empty() || found.has_attribute(has), "{id}.{has}");
            assert!(!found.has_attribute(lacks), "{id}.{lacks}");
        }
        for absent in ["", "a", "a-long", "bb", "d"] {
            assert!(index.find(absent).is_none(), "{absent}");
        }
        assert!(Index::EMPTY.find("a").is_none());
    }

    #[test]
    fn the_source_is_the_index_as_rust_writes_it() {
        let encoded =
            Encoded::new([("b", "x.ftl", vec!["title"], vec!["a\""]), ("a\"", "x.ftl", vec![], vec![])])
                .unwrap();
        assert_eq!(
            encoded.source(),
            r#"Index::new("a\"b", &[(2, 0, 0), (3, 0, 1)], &["x.ftl"], &["title"], &[(0, 0)])"#
        );
    }

    #[test]
    fn the_files_that_refer_to_a_message_or_term_are_found_once_each() {
        let entries = [
            ("-brand", "terms.ftl", vec![], vec![]),
            ("a", "one.ftl", vec![], vec!["-brand", "b", "-brand"]),
            ("b", "two.ftl", vec!["title"], vec!["-brand", "nowhere"]),
            ("c", "two.ftl", vec![], vec!["b"]),
        ];
        let index = Encoded::new(entries).unwrap().leak();
        let files = |id| index.referring_files(id).collect::<Vec<_>>();
        assert_eq!(files("-brand"), ["one.ftl", "two.ftl"]);
        assert_eq!(files("b"), ["one.ftl", "two.ftl"]);
        assert_eq!(files("a"), Vec::<&str>::new());
        assert_eq!(files("nowhere"), Vec::<&str>::new());
        assert_eq!(index.find("-brand").map(|found| found.file), Some("terms.ftl"));
    }

    #[test]
    fn more_than_32_attribute_names_are_refused() {
        let names: Vec<String> = (0..33).map(|n| format!("a{n:02}")).collect();
        let entries = names.iter().map(|name| (name.as_str(), "x.ftl", vec![name.as_str()], vec![]));
        assert_eq!(Encoded::new(entries).err().as_deref(), Some("a32"));
    }
}
