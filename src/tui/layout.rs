//! Where everything goes on a screen of a given size. Drawing and mouse
//! hit-testing both read the same [`Plan`], so a click lands on what is shown.

use std::rc::Rc;

use ratatui::layout::Rect;

use crate::screen::Screen;
use crate::wrap::wrap;

/// The agent panel goes to the right from this width on, else below.
const AGENT_PANEL_SIDE_FROM: u16 = 100;
const AGENT_PANEL_WIDTH: u16 = 36;
const AGENT_PANEL_HEIGHT: u16 = 6;
/// Below this height there is no room for a panel under the screen.
const AGENT_PANEL_BELOW_FROM: u16 = 18;

/// The screen's area and, in agent mode, the panel's: at the right on wide
/// terminals, at the bottom otherwise, none when there is no room.
pub fn split_agent_panel(area: Rect, agent: bool) -> (Rect, Option<Rect>) {
    if !agent {
        return (area, None);
    }
    if area.width >= AGENT_PANEL_SIDE_FROM {
        let main = Rect { width: area.width - AGENT_PANEL_WIDTH, ..area };
        let panel = Rect { x: main.right(), width: AGENT_PANEL_WIDTH, ..area };
        (main, Some(panel))
    } else if area.height >= AGENT_PANEL_BELOW_FROM {
        let main = Rect { height: area.height - AGENT_PANEL_HEIGHT, ..area };
        let panel = Rect { y: main.bottom(), height: AGENT_PANEL_HEIGHT, ..area };
        (main, Some(panel))
    } else {
        (area, None)
    }
}

/// The inside of a window drawn over everything but the header (search,
/// path, summary) on a screen of `area`: the header row, the border and
/// the padding taken off.
pub fn window_inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(2),
        y: area.y.saturating_add(2),
        width: area.width.saturating_sub(4),
        height: area.height.saturating_sub(3),
    }
}

/// Columns before an option's label: marker, digit, gap ("› 1  ").
pub const OPTION_PREFIX: u16 = 5;
/// The body keeps at least this many rows (borders included) when options
/// compete for space.
const MIN_BODY_ROWS: u16 = 4;
/// Columns the body's border and padding take.
pub const BODY_CHROME: u16 = 4;
/// Below this height the breadcrumb row is dropped.
const BREADCRUMB_MIN_HEIGHT: u16 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Heading,
}

/// One visible row of an option: which option, and the text of that row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionRow {
    pub index: usize,
    pub y: u16,
    pub first: bool,
    pub text: String,
}

/// A screen's text wrapped to one width: the body's lines and each
/// option's. Wrapping is the costly part of a layout and changes only with
/// the screen or the width, so the app keeps it between frames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrapped {
    pub width: u16,
    body_lines: Vec<(String, LineKind)>,
    option_lines: Vec<Vec<String>>,
}

impl Wrapped {
    pub fn new(screen: &Screen, width: u16) -> Self {
        let label_width = usize::from(width.saturating_sub(OPTION_PREFIX).max(1));
        Self {
            width,
            body_lines: body_lines(screen, usize::from(width.saturating_sub(BODY_CHROME))),
            option_lines: screen.options.iter().map(|o| wrap(&o.label, label_width)).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub header: Rect,
    pub breadcrumb: Option<Rect>,
    pub body: Rect,
    wrapped: Rc<Wrapped>,
    pub scroll: usize,
    pub max_scroll: usize,
    pub options: Rect,
    pub option_rows: Vec<OptionRow>,
    pub footer: Rect,
}

impl Plan {
    /// Where everything goes in `area`, from the screen's text wrapped to
    /// `area.width`.
    pub fn new(wrapped: Rc<Wrapped>, selected: usize, scroll: usize, area: Rect) -> Self {
        let header = Rect { height: area.height.min(1), ..area };
        let show_crumbs = area.height >= BREADCRUMB_MIN_HEIGHT;
        let breadcrumb = show_crumbs.then_some(Rect { y: area.y + 1, height: 1, ..area });
        let top = header.height + u16::from(show_crumbs);
        let footer_height = u16::from(area.height > top + 1);
        let footer = Rect { y: area.bottom().saturating_sub(footer_height), height: footer_height, ..area };
        let available = area.height.saturating_sub(top + footer_height);

        let needed = to_u16(wrapped.option_lines.iter().map(Vec::len).sum());
        let options_height = needed.min(available.saturating_sub(MIN_BODY_ROWS).max(available / 2));

        // The body is only as tall as its text, so the options sit right
        // under it; long text scrolls.
        let body_height = to_u16(wrapped.body_lines.len()).saturating_add(2).min(available - options_height);
        let body = Rect { y: area.y + top, height: body_height, ..area };
        let options = Rect { y: body.bottom(), height: options_height, ..area };
        let inner_height = usize::from(body.height.saturating_sub(2));
        let max_scroll = wrapped.body_lines.len().saturating_sub(inner_height);
        Plan {
            header,
            breadcrumb,
            body,
            scroll: scroll.min(max_scroll),
            max_scroll,
            options,
            option_rows: option_rows(&wrapped.option_lines, selected, options),
            footer,
            wrapped,
        }
    }

    /// The body's text, every line of it.
    pub fn body_lines(&self) -> &[(String, LineKind)] {
        &self.wrapped.body_lines
    }

    /// The option drawn at a screen cell.
    pub fn option_at(&self, column: u16, row: u16) -> Option<usize> {
        let inside = column >= self.options.x && column < self.options.right();
        self.option_rows.iter().find(|r| inside && r.y == row).map(|r| r.index)
    }

    /// Rows the body shows at once, for paging.
    pub fn page(&self) -> usize {
        usize::from(self.body.height.saturating_sub(2)).max(1)
    }
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// The sections of the screen wrapped to `width`, a blank line before each
/// heading.
fn body_lines(screen: &Screen, width: usize) -> Vec<(String, LineKind)> {
    let mut lines = Vec::new();
    for section in &screen.sections {
        if let Some(heading) = &section.heading {
            lines.push((String::new(), LineKind::Text));
            lines.extend(wrap(heading, width).into_iter().map(|l| (l, LineKind::Heading)));
        }
        lines.extend(wrap(&section.text, width).into_iter().map(|l| (l, LineKind::Text)));
    }
    lines
}

/// The option rows that fit, scrolled so the selected option is whole.
fn option_rows(option_lines: &[Vec<String>], selected: usize, area: Rect) -> Vec<OptionRow> {
    let flat: Vec<(usize, bool, &String)> = option_lines
        .iter()
        .enumerate()
        .flat_map(|(i, lines)| lines.iter().enumerate().map(move |(n, l)| (i, n == 0, l)))
        .collect();
    let height = usize::from(area.height);
    let last_of_selected = flat.iter().rposition(|(i, _, _)| *i == selected).unwrap_or(0);
    let first_of_selected = flat.iter().position(|(i, _, _)| *i == selected).unwrap_or(0);
    let start = (last_of_selected + 1).saturating_sub(height).min(first_of_selected);
    flat.into_iter()
        .skip(start)
        .take(height)
        .enumerate()
        .map(|(row, (index, first, text))| OptionRow {
            index,
            y: area.y + to_u16(row),
            first,
            text: text.clone(),
        })
        .collect()
}
