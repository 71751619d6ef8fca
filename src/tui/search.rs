//! The search overlay's state: what was typed and what it found.

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::text_field::{text_field, type_into};
use crate::flow::NodeRef;
use crate::sanitize::{one_line, pasted};
use crate::search::SearchIndex;

/// Results kept; more than a screen shows, fewer than a person reads.
const MAX_HITS: usize = 20;

/// One result, with the words it is shown as ("Flow › Node").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResultRow {
    pub node: NodeRef,
    pub label: String,
    /// The quoted error message the query holds, for the ticket.
    pub error_label: Option<String>,
}

pub(crate) struct SearchBox {
    pub(super) input: TextArea<'static>,
    pub(super) results: Vec<ResultRow>,
    pub(super) selected: usize,
    /// The query `results` answers; keys that only move the cursor leave it
    /// (and the marked result) as it is.
    searched: String,
}

impl SearchBox {
    pub(super) fn new(placeholder: String) -> Self {
        let mut input = text_field(Vec::new());
        input.set_placeholder_text(placeholder);
        Self { input, results: Vec::new(), selected: 0, searched: String::new() }
    }

    /// The query on one line, whatever was typed or pasted.
    pub(super) fn query(&self) -> String {
        one_line(&self.input.lines().join(" "))
    }

    pub(super) fn key(&mut self, key: KeyEvent) {
        type_into(&mut self.input, key);
    }

    /// Pasted text, made safe and flattened to one line.
    pub(super) fn paste(&mut self, text: &str) {
        self.input.insert_str(one_line(&pasted(text)));
    }

    /// Runs the query again; `label` names a node for the list.
    pub(super) fn refresh(&mut self, index: &SearchIndex, label: impl Fn(NodeRef) -> String) {
        let query = self.query();
        if query == self.searched {
            return;
        }
        self.results = index
            .topics(&query, MAX_HITS)
            .into_iter()
            .map(|h| ResultRow { node: h.node, label: label(h.node), error_label: h.error_label })
            .collect();
        self.selected = 0;
        self.searched = query;
    }

    pub(super) fn select_next(&mut self) {
        self.selected = (self.selected + 1).min(self.results.len().saturating_sub(1));
    }

    pub(super) fn select_previous(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    /// The result the marker is on.
    pub(super) fn chosen(&self) -> Option<&ResultRow> {
        self.results.get(self.selected)
    }
}
