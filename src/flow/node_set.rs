//! Sets of a catalog's nodes as one flag per node: checking a graph visits
//! every node a few times, and hashing each visit cost more than the rest
//! of the walk.

use super::{Flow, NodeRef};

/// The nodes of all flows numbered densely, flow after flow.
pub(super) struct Numbering {
    /// The number of each flow's first node.
    first: Vec<usize>,
    len: usize,
}

impl Numbering {
    pub(super) fn new(flows: &[Flow]) -> Self {
        let mut first = Vec::with_capacity(flows.len());
        let mut len = 0;
        for flow in flows {
            first.push(len);
            len += flow.nodes.len();
        }
        Self { first, len }
    }

    pub(super) fn len(&self) -> usize {
        self.len
    }

    pub(super) fn of(&self, at: NodeRef) -> usize {
        self.first.get(at.flow).map_or(self.len, |first| first + at.node)
    }
}

pub(super) struct NodeSet<'a> {
    numbering: &'a Numbering,
    members: Vec<bool>,
}

impl<'a> NodeSet<'a> {
    pub(super) fn new(numbering: &'a Numbering) -> Self {
        Self { numbering, members: vec![false; numbering.len()] }
    }

    /// Adds `at`; whether it was not in the set yet.
    pub(super) fn insert(&mut self, at: NodeRef) -> bool {
        match self.members.get_mut(self.numbering.of(at)) {
            Some(member) if !*member => {
                *member = true;
                true
            }
            _ => false,
        }
    }

    pub(super) fn contains(&self, at: NodeRef) -> bool {
        self.members.get(self.numbering.of(at)).copied().unwrap_or(false)
    }
}
