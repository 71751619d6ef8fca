//! What the saved cases say together (`mfa-doctor stats DIR`): per flow,
//! how many cases, how they ended, which step fixed them and where they
//! went to the helpdesk, and the median call time. This is how a helpdesk
//! learns which advice works and which check to move first.
//!
//! Reading a folder is bounded (each file as `--resume` reads it, and at
//! most [`MAX_TICKETS`] files); a file that is not a ticket is named with
//! the reason and skipped, never fatal. The counting itself ([`Stats::of`])
//! is pure.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::Path;

use serde::Serialize;

use super::{StepAnswer, Ticket, TicketOutcome, resume};
use crate::content::source;
use crate::diagnostic::Diagnostic;
use crate::flow::TRIAGE;
use crate::sanitize::one_line;

/// Names the JSON of `stats --format json`; bumped on any change a reader
/// could trip over.
pub(crate) const STATS_SCHEMA: &str = "mfa-doctor-stats/1";
/// At most this many ticket files of a folder are read (the first by
/// name, which begins with the case's start time); the rest are counted
/// and said to be left out.
pub(crate) const MAX_TICKETS: usize = 20_000;
/// Entries of a folder looked at, tickets or not: a folder of millions of
/// files is not listed to its end.
const MAX_ENTRIES: usize = 1_000_000;

/// The tickets of a folder, and what could not be read as one.
#[derive(Debug, Default)]
pub struct Folder {
    /// Each ticket with the path it was read from, by path.
    pub tickets: Vec<(String, Ticket)>,
    /// Files named like a ticket that are not one, each with its reason.
    pub unreadable: Vec<Diagnostic>,
    /// Ticket files found beyond the cap: not read.
    pub not_read: usize,
}

/// Reads the `.json` files directly in `dir` (not hidden ones, not
/// subfolders), the first `max_files` by name. Only the folder itself
/// failing is an error.
pub fn read_folder(dir: &Path, max_files: usize) -> io::Result<Folder> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(dir)?.take(MAX_ENTRIES) {
        let Ok(entry) = entry else { continue };
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let is_ticket = !name.starts_with('.') && name.to_ascii_lowercase().ends_with(".json");
        if is_ticket {
            paths.push(entry.path());
        }
    }
    paths.sort();
    let not_read = paths.len().saturating_sub(max_files);
    paths.truncate(max_files);
    let mut folder = Folder { not_read, ..Folder::default() };
    for path in paths {
        match source::read_file(&path).and_then(|file| Ok((resume::parse(&file)?, file.path))) {
            Ok((ticket, shown)) => folder.tickets.push((shown, ticket)),
            Err(diagnostic) => folder.unreadable.push(diagnostic),
        }
    }
    Ok(folder)
}

/// How many cases a node was where they ended, or what fixed them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NodeCount {
    /// The node's path (`flow#node`).
    pub node: String,
    pub cases: usize,
}

/// One flow's cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlowStats {
    /// The flow's id (the ticket's category); `None` for cases that never
    /// left the triage.
    pub flow: Option<String>,
    pub cases: usize,
    pub fixed: usize,
    /// Handed to the helpdesk, not urgent.
    pub escalated: usize,
    /// Handed to the helpdesk as a security case.
    pub urgent: usize,
    /// Saved before an end was reached.
    pub unfinished: usize,
    /// The median call time of the flow's cases, in whole seconds (of an
    /// even number, the mean of the middle two, rounded down).
    pub median_call_secs: u64,
    /// The step answered "solved" in fixed cases (or the fix reached, when
    /// no step was answered so), most cases first.
    pub fixed_by: Vec<NodeCount>,
    /// The helpdesk screen escalated and urgent cases ended on, most
    /// cases first.
    pub escalated_at: Vec<NodeCount>,
}

/// Every flow's cases, and what was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub schema: String,
    /// Tickets read.
    pub tickets: usize,
    /// Cases among them: a resumed case saved again counts once.
    pub cases: usize,
    /// Earlier saves of a resumed case, left out for its newest.
    pub resaved: usize,
    /// Files that could not be read as tickets.
    pub unreadable: usize,
    /// Ticket files beyond the cap, not read.
    pub not_read: usize,
    /// Most cases first; flows with as many by id, the triage last.
    pub flows: Vec<FlowStats>,
}

impl Stats {
    /// Counts `folder`'s tickets. A case is known by its `created` (its
    /// first start) and its `case_id`, both kept by `--resume`: of several
    /// tickets of one case the newest (by `updated`, then call time, then
    /// path) counts.
    pub fn of(folder: &Folder) -> Self {
        let mut newest: HashMap<(&str, Option<&str>), &Ticket> = HashMap::new();
        let mut cases: Vec<&Ticket> = Vec::new();
        for (_, ticket) in &folder.tickets {
            let id = ticket.case_id.as_deref().filter(|id| !id.trim().is_empty());
            if ticket.created.trim().is_empty() && id.is_none() {
                cases.push(ticket);
                continue;
            }
            let kept = newest.entry((ticket.created.as_str(), id)).or_insert(ticket);
            if (&ticket.updated, ticket.duration_secs) >= (&kept.updated, kept.duration_secs) {
                *kept = ticket;
            }
        }
        cases.extend(newest.into_values());
        let mut by_flow: BTreeMap<Option<String>, Vec<&Ticket>> = BTreeMap::new();
        for ticket in cases.iter().copied() {
            by_flow.entry(category(ticket)).or_default().push(ticket);
        }
        let mut flows: Vec<FlowStats> =
            by_flow.into_iter().map(|(flow, tickets)| flow_stats(flow, &tickets)).collect();
        flows.sort_by(|a, b| {
            b.cases
                .cmp(&a.cases)
                .then_with(|| a.flow.is_none().cmp(&b.flow.is_none()))
                .then(a.flow.cmp(&b.flow))
        });
        Stats {
            schema: STATS_SCHEMA.into(),
            tickets: folder.tickets.len(),
            cases: cases.len(),
            resaved: folder.tickets.len() - cases.len(),
            unreadable: folder.unreadable.len(),
            not_read: folder.not_read,
            flows,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// One row per figure: `flow,measure,node,value` (see the README,
    /// "Statistics"). Fields are quoted where CSV needs it, and a cell that
    /// a spreadsheet would take for a formula is prefixed with `'`.
    pub(crate) fn to_csv(&self) -> String {
        let mut out = String::from("flow,measure,node,value\r\n");
        for flow in &self.flows {
            let id = flow.flow.as_deref().unwrap_or("");
            let mut row = |measure: &str, node: &str, value: String| {
                out.push_str(&format!("{},{measure},{},{value}\r\n", csv_cell(id), csv_cell(node)));
            };
            row("cases", "", flow.cases.to_string());
            row("fixed", "", flow.fixed.to_string());
            row("escalated", "", flow.escalated.to_string());
            row("urgent", "", flow.urgent.to_string());
            row("unfinished", "", flow.unfinished.to_string());
            row("median_call_secs", "", flow.median_call_secs.to_string());
            for count in &flow.fixed_by {
                row("fixed_by", &count.node, count.cases.to_string());
            }
            for count in &flow.escalated_at {
                row("escalated_at", &count.node, count.cases.to_string());
            }
        }
        out
    }
}

/// The ticket's category; for a ticket of version 1, which has none, the
/// first flow after the triage its steps went into, as later versions
/// work it out.
fn category(ticket: &Ticket) -> Option<String> {
    if let Some(category) = &ticket.category {
        return Some(one_line(category));
    }
    let nodes = ticket.steps.iter().map(|s| &s.at.node).chain([&ticket.current.node]);
    let flows = nodes.filter_map(|node| node.split_once('#').map(|(flow, _)| flow));
    flows.filter(|flow| *flow != TRIAGE && !flow.is_empty()).map(one_line).next()
}

fn flow_stats(flow: Option<String>, tickets: &[&Ticket]) -> FlowStats {
    let count = |outcome: TicketOutcome| tickets.iter().filter(|t| t.outcome == outcome).count();
    let mut fixed_by: BTreeMap<String, usize> = BTreeMap::new();
    let mut escalated_at: BTreeMap<String, usize> = BTreeMap::new();
    for ticket in tickets {
        match ticket.outcome {
            TicketOutcome::Fixed => {
                let step = ticket.steps.iter().rev().find(|s| matches!(s.answer, StepAnswer::Solved { .. }));
                let node = step.map_or(&ticket.current.node, |s| &s.at.node);
                *fixed_by.entry(one_line(node)).or_default() += 1;
            }
            TicketOutcome::Escalated | TicketOutcome::Urgent => {
                *escalated_at.entry(one_line(&ticket.current.node)).or_default() += 1;
            }
            TicketOutcome::Open => {}
        }
    }
    let mut times: Vec<u64> = tickets.iter().map(|t| t.duration_secs).collect();
    times.sort_unstable();
    FlowStats {
        flow,
        cases: tickets.len(),
        fixed: count(TicketOutcome::Fixed),
        escalated: count(TicketOutcome::Escalated),
        urgent: count(TicketOutcome::Urgent),
        unfinished: count(TicketOutcome::Open),
        median_call_secs: median(&times),
        fixed_by: ranked(fixed_by),
        escalated_at: ranked(escalated_at),
    }
}

/// Of sorted `times`: the middle one, or the mean of the middle two
/// rounded down; 0 of none.
fn median(times: &[u64]) -> u64 {
    let middle = times.len() / 2;
    let upper = times.get(middle).copied().unwrap_or(0);
    if times.len() % 2 == 1 {
        return upper;
    }
    match middle.checked_sub(1).and_then(|i| times.get(i)) {
        Some(&lower) => lower / 2 + upper / 2 + (lower % 2 + upper % 2) / 2,
        None => 0,
    }
}

/// Most cases first, then by node.
fn ranked(counts: BTreeMap<String, usize>) -> Vec<NodeCount> {
    let mut list: Vec<NodeCount> =
        counts.into_iter().map(|(node, cases)| NodeCount { node, cases }).collect();
    list.sort_by(|a, b| b.cases.cmp(&a.cases).then_with(|| a.node.cmp(&b.node)));
    list
}

/// A CSV field: quoted when it holds a comma, a quote or a line break;
/// prefixed with `'` when it starts like a spreadsheet formula.
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_even_and_odd_counts() {
        assert_eq!(median(&[]), 0);
        assert_eq!(median(&[7]), 7);
        assert_eq!(median(&[1, 2, 9]), 2);
        assert_eq!(median(&[1, 4]), 2);
        assert_eq!(median(&[3, 4]), 3);
        assert_eq!(median(&[u64::MAX, u64::MAX]), u64::MAX);
    }

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("code-not-arriving#wait"), "code-not-arriving#wait");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
    }
}
