//! What comparing some messages needs of a locale: at a start with an
//! organization's translations, the ids they add or replace, the messages
//! that refer to one of those, and whatever all of these refer to, on and
//! on. Of the built-in files, only the few that hold them are read (the
//! built-in index says which, and which files refer to an id); reading all
//! of them for every language was most of such a start.

use std::collections::BTreeSet;

use super::ftl::Inventory;
use crate::content::source::{SourceFile, file_name};
use crate::i18n::Locale;

/// A locale as far as a comparison reads it.
pub(super) struct Touched {
    /// Its files read from folders, and the built-in files below.
    pub inventory: Inventory,
    /// The built-in files read, by name; all of them when none.
    pub built_in: Option<BTreeSet<&'static str>>,
}

impl Touched {
    /// Every file of `locale` (which `check` has read in full).
    pub(super) fn whole(locale: &Locale) -> Self {
        Self { inventory: Inventory::read(&locale.files), built_in: None }
    }
}

/// `locale`'s files read from folders (`inventory`), and each built-in
/// file that defines an id of `seeds` or refers to one, or defines what a
/// file read refers to.
pub(super) fn touched<'a>(
    locale: &Locale,
    mut inventory: Inventory,
    seeds: impl IntoIterator<Item = &'a str>,
) -> Touched {
    let unread = locale.bundle.unread();
    let index = unread.index;
    let mut built_in = BTreeSet::new();
    let mut wanted: BTreeSet<&'static str> = seeds
        .into_iter()
        .flat_map(|id| index.find(id).map(|found| found.file).into_iter().chain(index.referring_files(id)))
        .collect();
    loop {
        let names: Vec<&str> = wanted.iter().copied().filter(|name| built_in.insert(*name)).collect();
        let new: Vec<SourceFile> = unread
            .files
            .iter()
            .filter(|(path, _)| names.contains(&file_name(path)))
            .filter_map(|(path, bytes)| {
                let text = std::str::from_utf8(bytes).ok()?;
                Some(SourceFile { path: path.to_string(), text: text.to_string() })
            })
            .collect();
        if new.is_empty() {
            return Touched { inventory, built_in: Some(built_in) };
        }
        inventory.add(&new);
        let references = inventory.iter().flat_map(|(_, entry)| entry.patterns());
        let references = references.flat_map(|(_, _, usage)| usage.references.iter());
        wanted = references
            .filter(|reference| !inventory.contains(&reference.id))
            .filter_map(|reference| index.find(&reference.id).map(|found| found.file))
            .collect();
    }
}
