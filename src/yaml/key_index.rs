//! A map from key paths (`nodes/wifi/options/1/next`) to the line and column
//! where they stand, read from block-style YAML text. It also sees what a
//! parser into maps hides: keys that occur twice in one mapping.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use indexmap::{Equivalent, IndexMap};

use super::MAX_DEPTH;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Joins the segments of a path. A key is read from one line, so no
/// segment holds a line break: one string per path is one allocation, not
/// one per segment.
const SEPARATOR: char = '\n';

/// A path as stored: its segments joined by [`SEPARATOR`].
#[derive(Debug, PartialEq, Eq)]
struct Path(String);

/// A path as asked for: found in the index without being joined first
/// (a flow asks for several per node).
struct Segments<'a>(&'a [&'a str]);

/// Both forms hash alike: each segment's bytes, then an end mark.
fn hash_segments<'a>(segments: impl Iterator<Item = &'a str>, state: &mut impl Hasher) {
    for segment in segments {
        state.write(segment.as_bytes());
        state.write_u8(0xff);
    }
}

impl Hash for Path {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_segments(self.0.split(SEPARATOR), state);
    }
}

impl Hash for Segments<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_segments(self.0.iter().copied(), state);
    }
}

impl Equivalent<Path> for Segments<'_> {
    fn equivalent(&self, key: &Path) -> bool {
        key.0.split(SEPARATOR).eq(self.0.iter().copied())
    }
}

#[derive(Debug, Clone)]
struct Entry {
    /// Index of the path in [`KeyIndex::paths`].
    path: usize,
    key: Pos,
    value: Pos,
}

#[derive(Debug)]
struct Frame {
    indent: usize,
    segment: String,
    is_item: bool,
}

#[derive(Debug, Default)]
pub(crate) struct KeyIndex {
    entries: Vec<Entry>,
    /// Every path, with the entry it first occurs in, so looking a place up
    /// does not read the whole file again.
    paths: IndexMap<Path, usize>,
}

impl KeyIndex {
    /// Indexes `text`, or gives the place of the first key nested deeper
    /// than [`MAX_DEPTH`]: a path is kept per key, so unbounded nesting
    /// would cost memory by the square of the file's size.
    pub(crate) fn build(text: &str) -> Result<Self, Pos> {
        let mut index = KeyIndex::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut item_counts: HashMap<String, usize> = HashMap::new();
        let mut block_scalar_parent: Option<usize> = None;
        for (line_no, line) in text.lines().enumerate() {
            let content = line.trim_start_matches(' ');
            let indent = line.len() - content.len();
            if let Some(parent) = block_scalar_parent {
                if content.trim().is_empty() || indent > parent {
                    continue;
                }
                block_scalar_parent = None;
            }
            if content.is_empty() || content.starts_with('#') || content.starts_with("---") {
                continue;
            }
            let mut col = indent;
            let mut rest = content;
            loop {
                if let Some(after) =
                    rest.strip_prefix('-').filter(|after| after.is_empty() || after.starts_with(' '))
                {
                    while stack.last().is_some_and(|f| f.indent > col || (f.indent == col && f.is_item)) {
                        stack.pop();
                    }
                    let parent = path_of(&stack);
                    let count = item_counts.entry(parent).or_insert(0);
                    stack.push(Frame { indent: col, segment: count.to_string(), is_item: true });
                    *count += 1;
                    let pos = pos_at(line, line_no, col);
                    if stack.len() > MAX_DEPTH {
                        return Err(pos);
                    }
                    index.push(path_of(&stack), pos, pos);
                    let trimmed = after.trim_start();
                    col += 1 + after.len() - trimmed.len();
                    rest = trimmed;
                    if rest.is_empty() {
                        break;
                    }
                } else if let Some((key, value_offset)) = split_key(rest) {
                    while stack.last().is_some_and(|f| f.indent >= col) {
                        stack.pop();
                    }
                    stack.push(Frame { indent: col, segment: key, is_item: false });
                    let key_pos = pos_at(line, line_no, col);
                    if stack.len() > MAX_DEPTH {
                        return Err(key_pos);
                    }
                    let value = rest.get(value_offset..).unwrap_or_default().trim_start();
                    let value_pos = if value.is_empty() || value.starts_with('#') {
                        key_pos
                    } else {
                        pos_at(line, line_no, col + rest.len() - value.len())
                    };
                    if value.starts_with('|') || value.starts_with('>') {
                        block_scalar_parent = Some(col);
                    }
                    index.push(path_of(&stack), key_pos, value_pos);
                    break;
                } else {
                    break;
                }
            }
        }
        Ok(index)
    }

    fn push(&mut self, path: String, key: Pos, value: Pos) {
        let next = self.entries.len();
        let path = self.paths.entry(Path(path));
        let index = path.index();
        path.or_insert(next);
        self.entries.push(Entry { path: index, key, value });
    }

    fn path(&self, entry: &Entry) -> Vec<&str> {
        self.paths
            .get_index(entry.path)
            .map(|(path, _)| path.0.split(SEPARATOR).collect())
            .unwrap_or_default()
    }

    /// Where the value at `path` starts (the key, for a nested mapping).
    pub(crate) fn value(&self, path: &[&str]) -> Option<Pos> {
        self.find(path).map(|e| e.value)
    }

    /// Where the key of `path` is written.
    pub(crate) fn key(&self, path: &[&str]) -> Option<Pos> {
        self.find(path).map(|e| e.key)
    }

    /// The value at `path`, or failing that the closest enclosing key: some
    /// place to point at even for unusual layouts.
    pub(crate) fn locate(&self, path: &[&str]) -> Pos {
        (0..=path.len())
            .rev()
            .find_map(|len| self.value(path.get(..len)?))
            .unwrap_or(Pos { line: 1, column: 1 })
    }

    /// Every key with its path, in file order.
    pub(crate) fn keys(&self) -> impl Iterator<Item = (Vec<&str>, Pos)> {
        self.entries.iter().map(|e| (self.path(e), e.key))
    }

    /// Second and later occurrences of a path already seen.
    pub(crate) fn duplicates(&self) -> Vec<(Vec<&str>, Pos)> {
        let first = |i: usize, e: &Entry| self.paths.get_index(e.path).is_some_and(|(_, &first)| first == i);
        self.entries
            .iter()
            .enumerate()
            .filter(|&(i, e)| !first(i, e))
            .map(|(_, e)| (self.path(e), e.key))
            .collect()
    }

    fn find(&self, path: &[&str]) -> Option<&Entry> {
        self.paths.get(&Segments(path)).and_then(|&i| self.entries.get(i))
    }
}

fn path_of(stack: &[Frame]) -> String {
    let mut path = String::new();
    for (i, frame) in stack.iter().enumerate() {
        if i > 0 {
            path.push(SEPARATOR);
        }
        path.push_str(&frame.segment);
    }
    path
}

fn pos_at(line: &str, line_no: usize, byte_col: usize) -> Pos {
    let column = line.get(..byte_col).map_or(byte_col, |prefix| prefix.chars().count()) + 1;
    Pos { line: line_no + 1, column }
}

/// `key: value` → the key and the byte offset just after the colon.
fn split_key(text: &str) -> Option<(String, usize)> {
    if let Some(quote @ ('"' | '\'')) = text.chars().next() {
        // Quotes are one byte: the slices below fall on character bounds.
        let quoted = text.get(1..)?;
        let (key, after) = quoted.split_at_checked(quoted.find(quote)?)?;
        return after
            .strip_prefix(quote)?
            .strip_prefix(':')
            .filter(|rest| rest.is_empty() || rest.starts_with(' '))
            .map(|_| (key.to_string(), key.len() + 3));
    }
    if text.starts_with(['{', '[', '&', '*', '!', '|', '>', '#']) {
        return None;
    }
    let colon = text.match_indices(':').map(|(i, _)| i).find(|&i| {
        let after = text.get(i + 1..).unwrap_or_default();
        after.is_empty() || after.starts_with(' ')
    })?;
    let key = text.get(..colon)?;
    (!key.contains(" #")).then(|| (key.trim_end().to_string(), colon + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOW: &str = "\
id: roaming   # comment
start: method
nodes:
  method:
    question: roaming-method
    options:
      - label: a
        next: wifi
      - label: b
        next: 'wify'
  wifi:
    step: |
      text: not a key
    solved: fixed
  method:
    fix: x
list:
- label: c
  next: d
";

    fn p(line: usize, column: usize) -> Pos {
        Pos { line, column }
    }

    #[test]
    fn finds_values_in_nested_sequences() {
        let index = KeyIndex::build(FLOW).unwrap();
        assert_eq!(index.value(&["id"]), Some(p(1, 5)));
        assert_eq!(index.value(&["nodes", "method", "options", "0", "next"]), Some(p(8, 15)));
        assert_eq!(index.value(&["nodes", "method", "options", "1", "next"]), Some(p(10, 15)));
        let wifi = index.keys().find(|(path, _)| path.join("/") == "nodes/wifi").map(|(_, pos)| pos);
        assert_eq!(wifi, Some(p(11, 3)));
        assert_eq!(index.value(&["list", "0", "next"]), Some(p(19, 9)));
    }

    #[test]
    fn skips_block_scalars() {
        let index = KeyIndex::build(FLOW).unwrap();
        assert_eq!(index.value(&["nodes", "wifi", "step", "text"]), None);
        assert_eq!(index.value(&["nodes", "wifi", "solved"]), Some(p(14, 13)));
    }

    #[test]
    fn reports_repeated_keys() {
        let index = KeyIndex::build(FLOW).unwrap();
        let dups: Vec<_> = index.duplicates().into_iter().map(|(path, pos)| (path.join("/"), pos)).collect();
        assert_eq!(dups, [("nodes/method".to_string(), p(15, 3))]);
    }

    #[test]
    fn locate_falls_back_to_the_enclosing_key() {
        let index = KeyIndex::build(FLOW).unwrap();
        assert_eq!(index.locate(&["nodes", "wifi", "unsolved"]), p(11, 3));
    }

    #[test]
    fn urls_are_not_keys() {
        assert_eq!(split_key("https://aka.ms/x"), None);
        assert_eq!(split_key("url: https://x"), Some(("url".into(), 4)));
    }
}
