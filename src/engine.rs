//! A person's walk through the catalog: where they are, how they got there,
//! and what they answered. Pure: no I/O, no terminal, no language.

use std::sync::Arc;

use crate::facts::Facts;
use crate::flow::{Catalog, Node, NodeKind, NodeRef};

/// What the person said at a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Picked option number `n` (0-based) of a question.
    Option(usize),
    /// "Yes, that fixed it" on a step.
    Solved,
    /// "No, that didn't help" on a step.
    Unsolved,
    /// Left the node by jumping elsewhere (search, a saved ticket).
    Jumped,
}

impl Answer {
    /// The choice (as `Session::choose` takes it) that gives this answer;
    /// none for a jump.
    pub(crate) fn choice_index(self) -> Option<usize> {
        match self {
            Answer::Option(i) => Some(i),
            Answer::Solved => Some(0),
            Answer::Unsolved => Some(1),
            Answer::Jumped => None,
        }
    }
}

/// One node left behind, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Visit {
    pub node: NodeRef,
    pub answer: Answer,
}

/// How a session ended, once it reaches a terminal node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Fixed,
    Escalated { urgent: bool },
}

/// The answers a node offers, in order; the index is what `choose` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceLabel<'a> {
    /// A question's option: its label's message id.
    Message(&'a str),
    Solved,
    Unsolved,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    #[error("node has no choice number {0}")]
    NoSuchChoice(usize),
}

/// Where the person is on their way: steps taken, and in a fixed chain of
/// checks, which check of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub steps_taken: usize,
    pub check: Option<(usize, usize)>,
}

#[derive(Debug, Clone)]
pub struct Session {
    catalog: Arc<Catalog>,
    /// What branches decide on. A branch is passed through, never stood
    /// on: `current` and every visit in the history are nodes a person sees.
    facts: Facts,
    current: NodeRef,
    history: Vec<Visit>,
    /// Answers given after the current node and stepped back over, nearest
    /// last: kept while the person retraces them, dropped when an answer
    /// changes.
    future: Vec<Visit>,
}

impl Session {
    /// A new session at the start of triage.
    pub fn new(catalog: Arc<Catalog>, facts: Facts) -> Self {
        let current = catalog.settle(catalog.entry(), &facts);
        Self { catalog, facts, current, history: Vec::new(), future: Vec::new() }
    }

    /// A new session at `start` rather than triage, e.g. a walk through one
    /// flow. Restarting still goes to triage.
    pub fn starting_at(catalog: Arc<Catalog>, facts: Facts, start: NodeRef) -> Self {
        let current = catalog.settle(start, &facts);
        Self { current, ..Self::new(catalog, facts) }
    }

    /// The day and the organization facts branches decide on.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn current(&self) -> NodeRef {
        self.current
    }

    pub fn node(&self) -> &Node {
        self.catalog.node(self.current)
    }

    /// Every node left behind, oldest first.
    pub fn history(&self) -> &[Visit] {
        &self.history
    }

    pub fn is_at_start(&self) -> bool {
        self.history.is_empty()
    }

    /// The answers the current node offers; empty at a fix or escalation.
    pub fn choices(&self) -> Vec<ChoiceLabel<'_>> {
        match &self.node().kind {
            NodeKind::Question { options } => {
                options.iter().map(|c| ChoiceLabel::Message(&c.label)).collect()
            }
            NodeKind::Step { .. } => vec![ChoiceLabel::Solved, ChoiceLabel::Unsolved],
            NodeKind::Fix | NodeKind::Escalate { .. } | NodeKind::Branch { .. } => Vec::new(),
        }
    }

    /// Answers the current node with choice `index` and moves on.
    pub fn choose(&mut self, index: usize) -> Result<(), EngineError> {
        let (answer, next) = match &self.node().kind {
            NodeKind::Question { options } => {
                let choice = options.get(index).ok_or(EngineError::NoSuchChoice(index))?;
                (Answer::Option(index), choice.next)
            }
            NodeKind::Step { solved, .. } if index == 0 => (Answer::Solved, *solved),
            NodeKind::Step { unsolved, .. } if index == 1 => (Answer::Unsolved, *unsolved),
            _ => return Err(EngineError::NoSuchChoice(index)),
        };
        let visit = Visit { node: self.current, answer };
        if self.future.last() == Some(&visit) {
            self.future.pop();
        } else {
            self.future.clear();
        }
        self.history.push(visit);
        self.current = self.catalog.settle(next, &self.facts);
        Ok(())
    }

    /// Returns to the previous node, forgetting the answer given there.
    /// Returns false at the start.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some(visit) => {
                self.current = visit.node;
                self.future.push(visit);
                true
            }
            None => false,
        }
    }

    /// Goes back to the node left at `history()[index]`, keeping the answers
    /// after it: retracing them with [`Session::forward`] or the same
    /// choices restores the path; a different choice drops the rest.
    pub fn revisit(&mut self, index: usize) {
        while self.history.len() > index && self.back() {}
    }

    /// Re-applies the next answer stepped back over. Returns false when
    /// there is none.
    pub fn forward(&mut self) -> bool {
        let Some(visit) = self.future.last().copied() else { return false };
        let Some(index) = visit.answer.choice_index() else { return false };
        // `choose` sees the answer is the one kept and keeps the rest.
        visit.node == self.current && self.choose(index).is_ok()
    }

    /// The answers stepped back over, in the order they were given.
    pub fn future(&self) -> impl Iterator<Item = &Visit> {
        self.future.iter().rev()
    }

    /// Back to the start of triage with an empty history.
    pub fn restart(&mut self) {
        self.history.clear();
        self.future.clear();
        self.current = self.catalog.settle(self.catalog.entry(), &self.facts);
    }

    /// Goes straight to `to`; `back` returns to where the jump started.
    pub fn jump(&mut self, to: NodeRef) {
        self.future.clear();
        self.history.push(Visit { node: self.current, answer: Answer::Jumped });
        self.current = self.catalog.settle(to, &self.facts);
    }

    /// Set once the current node is a fix or an escalation.
    pub fn outcome(&self) -> Option<Outcome> {
        match self.node().kind {
            NodeKind::Fix => Some(Outcome::Fixed),
            NodeKind::Escalate { urgent } => Some(Outcome::Escalated { urgent }),
            _ => None,
        }
    }

    pub fn progress(&self) -> Progress {
        Progress { steps_taken: self.history.len(), check: self.catalog.chain_position(self.current) }
    }
}
