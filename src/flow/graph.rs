//! The linked flows as a graph: every node reachable from the triage,
//! a way out (a fix or an escalation) from every node, no circle of
//! branches; and the chains of checks a screen counts ("check 2 of 4").

use std::collections::{HashMap, VecDeque};

use super::link::Builder;
use super::node_set::{NodeSet, Numbering};
use super::{Catalog, Flow, NodeKind, NodeRef, TRIAGE};
use crate::diagnostic::{Diagnostic, Location, Problem};

impl Builder<'_> {
    /// Reachability from triage, a way out from every node, chains of checks.
    pub(super) fn check_graph(&mut self, flows: Vec<Flow>) -> Option<Catalog> {
        let Some((triage, start)) =
            flows.iter().enumerate().find(|(_, f)| f.id == TRIAGE).map(|(i, f)| (i, f.start))
        else {
            // Nothing could be read, and that was already said: a missing
            // triage would only repeat it.
            if self.parsed.is_empty() && self.diagnostics.iter().any(Diagnostic::is_error) {
                return None;
            }
            let location = self.parsed.first().map_or(Location::file("flows"), |p| p.place.clone());
            self.diagnostics.push(Diagnostic::error(location, Problem::NoTriage { triage: TRIAGE.into() }));
            return None;
        };
        let catalog = Catalog {
            entry: NodeRef { flow: triage, node: start },
            flows,
            chains: HashMap::new(),
            messages: std::mem::take(&mut self.messages),
            built_in_flows: 0,
        };
        let numbering = Numbering::new(&catalog.flows);
        let reachable = reach(catalog.entry, &numbering, |at| catalog.successors(at));
        self.report_unreachable(&catalog, &reachable);
        self.report_dead_ends(&catalog, &numbering, &reachable);
        self.report_branch_loops(&catalog, &numbering);
        let chains = chains(&catalog, &numbering);
        Some(Catalog { chains, ..catalog })
    }

    fn report_unreachable(&mut self, catalog: &Catalog, reachable: &NodeSet) {
        // Flows linked before stay as they were checked: what is linked to
        // them only adds ways in.
        let parsed_flows = catalog.flows.iter().enumerate().skip(self.first_parsed);
        for ((fi, flow), p) in parsed_flows.zip(self.parsed) {
            if !catalog.start_of(fi).is_some_and(|start| reachable.contains(start)) {
                self.diagnostics.push(Diagnostic::error(
                    p.at(&["id"]),
                    Problem::FlowUnreachable { flow: flow.id.clone() },
                ));
                continue;
            }
            for (ni, node) in flow.nodes.iter().enumerate() {
                let at = NodeRef { flow: fi, node: ni };
                if !reachable.contains(at) && !self.suggested.contains(&at) {
                    self.diagnostics.push(Diagnostic::error(
                        node.location.clone(),
                        Problem::Unreachable { node: node.id.clone() },
                    ));
                }
            }
        }
    }

    fn report_dead_ends(&mut self, catalog: &Catalog, numbering: &Numbering, reachable: &NodeSet) {
        let mut predecessors: Vec<Vec<NodeRef>> = vec![Vec::new(); numbering.len()];
        for at in catalog.nodes() {
            for next in catalog.successors(at) {
                if let Some(list) = predecessors.get_mut(numbering.of(next)) {
                    list.push(at);
                }
            }
        }
        let mut can_finish = NodeSet::new(numbering);
        let mut queue: VecDeque<NodeRef> = catalog
            .nodes()
            .filter(|&at| catalog.node(at).is_terminal() || self.excused.contains(&at))
            .collect();
        while let Some(at) = queue.pop_front() {
            if can_finish.insert(at) {
                queue.extend(predecessors.get(numbering.of(at)).into_iter().flatten().copied());
            }
        }
        for at in catalog.nodes() {
            if reachable.contains(at) && !can_finish.contains(at) {
                let node = catalog.node(at);
                self.diagnostics.push(Diagnostic::error(
                    node.location.clone(),
                    Problem::DeadEnd { node: node.id.clone() },
                ));
            }
        }
    }

    /// Branches that lead only to branches in a circle would never come to
    /// rest on a screen: each node on such a circle is reported.
    fn report_branch_loops(&mut self, catalog: &Catalog, numbering: &Numbering) {
        let is_branch = |at: NodeRef| matches!(catalog.node(at).kind, NodeKind::Branch { .. });
        let branches: Vec<NodeRef> = catalog.nodes().filter(|&at| is_branch(at)).collect();
        // Kahn's algorithm on the branches alone: a branch comes to rest once
        // every branch it can lead to does; what is left lies on a circle or
        // leads into one.
        let mut waiting = vec![0_usize; numbering.len()];
        for &at in &branches {
            if let Some(count) = waiting.get_mut(numbering.of(at)) {
                *count = catalog.successors(at).into_iter().filter(|&n| is_branch(n)).count();
            }
        }
        let mut predecessors: Vec<Vec<NodeRef>> = vec![Vec::new(); numbering.len()];
        for &at in &branches {
            for next in catalog.successors(at).into_iter().filter(|&n| is_branch(n)) {
                if let Some(list) = predecessors.get_mut(numbering.of(next)) {
                    list.push(at);
                }
            }
        }
        let mut queue: VecDeque<NodeRef> =
            branches.iter().copied().filter(|&at| waiting.get(numbering.of(at)) == Some(&0)).collect();
        let mut settled = NodeSet::new(numbering);
        while let Some(at) = queue.pop_front() {
            if !settled.insert(at) {
                continue;
            }
            for &from in predecessors.get(numbering.of(at)).into_iter().flatten() {
                if let Some(count) = waiting.get_mut(numbering.of(from)) {
                    *count = count.saturating_sub(1);
                    if *count == 0 {
                        queue.push_back(from);
                    }
                }
            }
        }
        for at in branches.into_iter().filter(|&at| !settled.contains(at)) {
            let node = catalog.node(at);
            self.diagnostics.push(Diagnostic::error(
                node.location.clone(),
                Problem::BranchLoop { node: node.id.clone() },
            ));
        }
    }
}

/// Every node reachable from `from`.
fn reach(from: NodeRef, numbering: &Numbering, successors: impl Fn(NodeRef) -> Vec<NodeRef>) -> NodeSet<'_> {
    let mut seen = NodeSet::new(numbering);
    let mut queue = VecDeque::from([from]);
    while let Some(at) = queue.pop_front() {
        if seen.insert(at) {
            queue.extend(successors(at));
        }
    }
    seen
}

/// Chains of checks: steps of one flow linked by "didn't help" where each
/// later step has exactly one step leading to it. A link into another flow
/// ends the chain: that flow counts its own checks. Maps each step of a chain of two or more
/// to (position, length).
fn chains(catalog: &Catalog, numbering: &Numbering) -> HashMap<NodeRef, (usize, usize)> {
    let next_check = |at: NodeRef| match catalog.node(at).kind {
        NodeKind::Step { unsolved, .. }
            if unsolved.flow == at.flow && matches!(catalog.node(unsolved).kind, NodeKind::Step { .. }) =>
        {
            Some(unsolved)
        }
        _ => None,
    };
    let mut step_predecessors = vec![0_usize; numbering.len()];
    for at in catalog.nodes() {
        if let Some(count) = next_check(at).and_then(|next| step_predecessors.get_mut(numbering.of(next))) {
            *count += 1;
        }
    }
    let continues = |at: NodeRef| step_predecessors.get(numbering.of(at)) == Some(&1);
    let mut in_a_chain = NodeSet::new(numbering);
    let mut positions = HashMap::new();
    for head in catalog.nodes() {
        if !matches!(catalog.node(head).kind, NodeKind::Step { .. }) || continues(head) {
            continue;
        }
        let mut chain = vec![head];
        in_a_chain.insert(head);
        while let Some(next) = chain.last().and_then(|&at| next_check(at)) {
            if !continues(next) || !in_a_chain.insert(next) {
                break;
            }
            chain.push(next);
        }
        if chain.len() >= 2 {
            let len = chain.len();
            positions.extend(chain.into_iter().enumerate().map(|(i, at)| (at, (i + 1, len))));
        }
    }
    positions
}
