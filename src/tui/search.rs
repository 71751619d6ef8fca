//! The search overlay's state: what was typed and what it found.

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use crate::flow::NodeRef;
use crate::sanitize::{one_line, pasted, typeable};
use crate::search::SearchIndex;

/// Results kept; more than a screen shows, fewer than a person reads.
const MAX_HITS: usize = 20;

/// One result, with the words it is shown as ("Flow › Node").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub node: NodeRef,
    pub label: String,
}

pub struct SearchBox {
    pub(super) input: TextArea<'static>,
    pub(super) found: Vec<Found>,
    pub(super) selected: usize,
}

impl SearchBox {
    pub fn new(placeholder: String) -> Self {
        let mut input = TextArea::default();
        input.set_placeholder_text(placeholder);
        input.set_cursor_line_style(ratatui::style::Style::new());
        Self { input, found: Vec::new(), selected: 0 }
    }

    /// The query on one line, whatever was typed or pasted.
    pub fn query(&self) -> String {
        one_line(&self.input.lines().join(" "))
    }

    pub fn key(&mut self, key: KeyEvent) {
        if let KeyCode::Char(c) = key.code
            && !typeable(c)
        {
            return;
        }
        self.input.input(key);
    }

    /// Pasted text, made safe and flattened to one line.
    pub fn paste(&mut self, text: &str) {
        self.input.insert_str(one_line(&pasted(text)));
    }

    /// Runs the query again; `label` names a node for the list.
    pub fn refresh(&mut self, index: &SearchIndex, label: impl Fn(NodeRef) -> String) {
        let query = self.query();
        self.found = index
            .search(&query, MAX_HITS)
            .into_iter()
            .map(|h| Found { node: h.node, label: label(h.node) })
            .collect();
        self.selected = 0;
    }

    pub fn select_next(&mut self) {
        self.selected = (self.selected + 1).min(self.found.len().saturating_sub(1));
    }

    pub fn select_previous(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    /// The node the marker is on.
    pub fn chosen(&self) -> Option<NodeRef> {
        self.found.get(self.selected).map(|f| f.node)
    }
}
