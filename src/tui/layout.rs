//! Where everything goes on a screen of a given size. Drawing and mouse
//! hit-testing both read the same [`Plan`] (and, in a window, the same
//! [`ListRows`]), so a click lands on what is shown.

use std::ops::Range;
use std::rc::Rc;

use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};
use ratatui::widgets::{Block, Padding};

use crate::screen::Screen;
use crate::wrap::wrap;

/// The agent panel goes to the right from this width on, else below.
const AGENT_PANEL_SIDE_FROM: u16 = 100;
const AGENT_PANEL_WIDTH: u16 = 36;
const AGENT_PANEL_HEIGHT: u16 = 6;
/// Below this height there is no room for a panel under the screen.
const AGENT_PANEL_BELOW_FROM: u16 = 18;

/// Text is kept to this many columns on wide terminals (the agent panel
/// comes on top of it), the page centred in the window.
pub(crate) const READABLE_WIDTH: u16 = 100;
/// Below this size the screen only says how big the window must be.
pub(crate) const MIN_WIDTH: u16 = 30;
pub(crate) const MIN_HEIGHT: u16 = 8;

/// Whether the window is too small to show a screen.
pub(crate) fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The part of the window everything is drawn in: all of it up to a
/// readable width (with room for the agent panel beside it), centred
/// beyond that. Drawing, wrapping and clicks all start from here.
pub(super) fn page(area: Rect, agent: bool) -> Rect {
    let panel = if agent && area.width >= AGENT_PANEL_SIDE_FROM { AGENT_PANEL_WIDTH } else { 0 };
    let (x, width) = centred(area.x, area.width, READABLE_WIDTH + panel);
    Rect { x, width, ..area }
}

/// Where `length` cells (at most `total`) start when centred in `total`
/// cells from `start`, and how many they are: where ratatui's centring
/// puts them, without the constraint solver it takes to get there (a
/// start centres the page a few times, which was 6 % of it).
fn centred(start: u16, total: u16, length: u16) -> (u16, u16) {
    let length = length.min(total);
    (start + (total - length).div_ceil(2), length)
}

/// The screen's area and, in agent mode, the panel's: at the right on wide
/// terminals, at the bottom otherwise, none when there is no room. Both
/// lie in the window's [`page`].
pub(crate) fn split_agent_panel(area: Rect, agent: bool) -> (Rect, Option<Rect>) {
    use Constraint::{Fill, Length};
    let area = page(area, agent);
    if !agent {
        return (area, None);
    }
    if area.width >= AGENT_PANEL_SIDE_FROM {
        let [main, panel] = area.layout(&Layout::horizontal([Fill(1), Length(AGENT_PANEL_WIDTH)]));
        (main, Some(panel))
    } else if area.height >= AGENT_PANEL_BELOW_FROM {
        let [main, panel] = area.layout(&Layout::vertical([Fill(1), Length(AGENT_PANEL_HEIGHT)]));
        (main, Some(panel))
    } else {
        (area, None)
    }
}

/// `area` as rows from the top, of `heights` but for the row at `fill`,
/// which takes what the others leave; a row that does not fit is cut to
/// what is left. What `Layout::vertical` of `Length`s and one `Fill` gives
/// where the rows fit, without its constraint solver: a screen's plan
/// knows every height, and solving for them was a tenth of the time to
/// the first frame.
fn stack<const N: usize>(area: Rect, mut heights: [u16; N], fill: usize) -> [Rect; N] {
    let others = heights.iter().enumerate().filter(|(row, _)| *row != fill);
    let others = others.fold(0u16, |sum, (_, height)| sum.saturating_add(*height));
    if let Some(height) = heights.get_mut(fill) {
        *height = area.height.saturating_sub(others);
    }
    let mut y = area.y;
    heights.map(|height| {
        let height = height.min(area.bottom().saturating_sub(y));
        let row = Rect::new(area.x, y, area.width, height);
        y += height;
        row
    })
}

/// The frame around the body, the pinned contact, the agent panel and
/// every window: a border, and a column of padding on each side. The view
/// adds titles to it; the text inside it (wrapped, paged, clicked) is
/// this frame's [`Block::inner`], never a count of columns of its own.
pub(crate) fn framed() -> Block<'static> {
    Block::bordered().padding(Padding::horizontal(1))
}

/// Where a window over everything but the header (search, path, summary,
/// help, sources) goes on a screen of `area`: the page below the header.
pub(crate) fn window_frame(area: Rect, agent: bool) -> Rect {
    let [_header, below] = stack(page(area, agent), [1, 0], 1);
    below
}

/// The inside of a [`window_frame`], where its text goes.
pub(crate) fn window_inner(area: Rect, agent: bool) -> Rect {
    framed().inner(window_frame(area, agent))
}

/// A list in a window, an item a row, scrolled so the marked item is in
/// view: which item is drawn on which row, for drawing and for clicks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ListRows {
    area: Rect,
    first: usize,
    len: usize,
}

impl ListRows {
    fn new(area: Rect, len: usize, marked: usize) -> Self {
        Self { area, first: (marked + 1).saturating_sub(usize::from(area.height)), len }
    }

    /// Where the list goes (and what stands in its place when it is empty).
    pub(crate) fn area(&self) -> Rect {
        self.area
    }

    /// The items shown.
    pub(crate) fn shown(&self) -> Range<usize> {
        self.first..self.len.min(self.first + usize::from(self.area.height))
    }

    /// The items shown, each with its row.
    pub(crate) fn rows(&self) -> impl Iterator<Item = (usize, Rect)> + use<> {
        self.shown().zip(self.area.rows())
    }

    /// The item drawn at a cell.
    pub(crate) fn at(&self, column: u16, row: u16) -> Option<usize> {
        self.rows().find(|(_, rect)| rect.contains(Position::new(column, row))).map(|(item, _)| item)
    }
}

/// The path window's list on a screen of `area`: its `len` steps, one a
/// row, `marked` in view.
pub(crate) fn path_list(area: Rect, agent: bool, len: usize, marked: usize) -> ListRows {
    ListRows::new(window_inner(area, agent), len, marked)
}

/// The search window on a screen of `area`: the query's line, and under it
/// the list of its `len` results, `marked` in view.
pub(crate) fn search_window(area: Rect, agent: bool, len: usize, marked: usize) -> (Rect, ListRows) {
    let [query, results] = stack(window_inner(area, agent), [1, 0], 1);
    (query, ListRows::new(results, len, marked))
}

/// Widest a question window gets, frame included.
const QUESTION_MAX_WIDTH: u16 = 64;

/// Where a question window (quit, identity, a flagged note) goes on a
/// screen of `area` for text of `lines` lines at most, and how wide its
/// text is: in the middle of the page, as tall as its text where it fits.
pub(crate) fn question_frame(area: Rect, agent: bool, lines: usize) -> (Rect, usize) {
    let page = page(area, agent);
    let width = page.width.saturating_sub(4).min(QUESTION_MAX_WIDTH);
    let height = to_u16(lines + 2).min(page.height);
    let ((x, width), (y, height)) =
        (centred(page.x, page.width, width), centred(page.y, page.height, height));
    let frame = Rect { x, y, width, height };
    (frame, usize::from(framed().inner(frame).width))
}

/// Where a one-line prompt's window goes: across the page, a column in
/// from each side, in the middle.
pub(crate) fn prompt_frame(area: Rect, agent: bool) -> Rect {
    let across = page(area, agent).inner(Margin::new(1, 0));
    let (y, height) = centred(across.y, across.height, 3);
    Rect { y, height, ..across }
}

/// Columns before an option's label: marker, digit, gap ("› 1  ").
pub(crate) const OPTION_PREFIX: u16 = 5;
/// The body keeps at least this many rows (borders included) when options
/// compete for space.
const MIN_BODY_ROWS: u16 = 4;
/// Below this height the breadcrumb row is dropped.
const BREADCRUMB_MIN_HEIGHT: u16 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    Text,
    Heading,
}

/// One visible row of an option: which option, and the text of that row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OptionRow {
    pub index: usize,
    pub y: u16,
    pub first: bool,
    pub text: String,
}

/// A screen's text wrapped to one width: the body's lines (with and
/// without the section that may be pinned) and each option's. Wrapping is
/// the costly part of a layout and changes only with the screen or the
/// width, so the app keeps it between frames.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wrapped {
    pub width: u16,
    body_lines: Vec<(String, LineKind)>,
    unpinned_lines: Vec<(String, LineKind)>,
    /// The pinned section: its heading (the box's title) and its lines.
    pinned: Option<(String, Vec<String>)>,
    option_lines: Vec<Vec<String>>,
}

impl Wrapped {
    pub(super) fn new(screen: &Screen, width: u16) -> Self {
        let label_width = usize::from(width.saturating_sub(OPTION_PREFIX).max(1));
        let text_width = usize::from(framed().inner(Rect::new(0, 0, width, 2)).width);
        let pinned = screen.pinned.and_then(|i| screen.sections.get(i));
        Self {
            width,
            body_lines: body_lines(screen, text_width, None),
            unpinned_lines: body_lines(screen, text_width, screen.pinned),
            pinned: pinned.map(|s| (s.heading.clone().unwrap_or_default(), wrap(&s.text, text_width))),
            option_lines: screen.options.iter().map(|o| wrap(&o.label, label_width)).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    pub header: Rect,
    /// The helpdesk's contact on an escalation, kept in view under the
    /// body when there is room for it.
    pub pinned: Option<Rect>,
    pub breadcrumb: Option<Rect>,
    pub body: Rect,
    wrapped: Rc<Wrapped>,
    pub scroll: usize,
    pub max_scroll: usize,
    pub options: Rect,
    pub option_rows: Vec<OptionRow>,
    /// The row under the answers that says how many more there are, when
    /// they do not all fit.
    pub more_answers: Option<(Rect, MoreAnswers)>,
    pub footer: Rect,
}

/// Answers out of view: below the last one shown, else above the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MoreAnswers {
    Below(usize),
    Above(usize),
}

impl Plan {
    /// Where everything goes in `area`, from the screen's text wrapped to
    /// `area.width`.
    pub(super) fn new(wrapped: Rc<Wrapped>, selected: usize, scroll: usize, area: Rect) -> Self {
        let show_crumbs = area.height >= BREADCRUMB_MIN_HEIGHT;
        let top = 1 + u16::from(show_crumbs);
        let footer_height = u16::from(area.height > top + 1);
        let available = area.height.saturating_sub(top + footer_height);

        let needed = to_u16(wrapped.option_lines.iter().map(Vec::len).sum());
        let options_height = needed.min(available.saturating_sub(MIN_BODY_ROWS).max(available / 2));

        // The contact is pinned when the body keeps its rows beside it.
        let pinned_height = wrapped.pinned.as_ref().map_or(0, |(_, lines)| to_u16(lines.len()) + 2);
        let pin = pinned_height > 0 && available >= options_height + pinned_height + MIN_BODY_ROWS;
        let pinned_height = if pin { pinned_height } else { 0 };
        let lines = if pin { &wrapped.unpinned_lines } else { &wrapped.body_lines };

        // The body is only as tall as its text, so the options sit right
        // under it; long text scrolls. What is left over goes above the
        // footer.
        let body_height = to_u16(lines.len())
            .saturating_add(2)
            .min(available.saturating_sub(options_height + pinned_height));
        let heights =
            [1, u16::from(show_crumbs), body_height, pinned_height, options_height, 0, footer_height];
        let [header, breadcrumb, body, pinned, options, _, footer] = stack(area, heights, 5);
        let breadcrumb = show_crumbs.then_some(breadcrumb);
        let pinned = pin.then_some(pinned);
        let inner_height = usize::from(body.height.saturating_sub(2));
        let max_scroll = lines.len().saturating_sub(inner_height);

        // Answers that do not all fit give their last row to a line that
        // says how many more there are.
        let cut = needed > options_height && options_height >= 2;
        let [rows_area, marker] = stack(options, [0, u16::from(cut)], 0);
        let option_rows = option_rows(&wrapped.option_lines, selected, rows_area);
        let more_answers = cut.then(|| {
            let last_whole = option_rows
                .iter()
                .map(|r| r.index)
                .filter(|&i| {
                    let shown = option_rows.iter().filter(|r| r.index == i).count();
                    wrapped.option_lines.get(i).is_some_and(|l| l.len() == shown)
                })
                .max();
            let first = option_rows.iter().find(|r| r.first).map_or(0, |r| r.index);
            let below = wrapped.option_lines.len().saturating_sub(last_whole.map_or(0, |i| i + 1));
            let more = if below > 0 { MoreAnswers::Below(below) } else { MoreAnswers::Above(first) };
            (marker, more)
        });
        Plan {
            header,
            breadcrumb,
            pinned,
            body,
            scroll: scroll.min(max_scroll),
            max_scroll,
            options,
            option_rows,
            more_answers,
            footer,
            wrapped,
        }
    }

    /// Whether the contact is pinned under the body.
    fn pins(&self) -> bool {
        self.pinned.is_some()
    }

    /// The pinned section's heading and lines, when it is pinned.
    pub(crate) fn pinned_lines(&self) -> Option<(&str, &[String])> {
        self.wrapped.pinned.as_ref().filter(|_| self.pins()).map(|(h, l)| (h.as_str(), l.as_slice()))
    }

    /// The body's text, every line of it.
    pub(crate) fn body_lines(&self) -> &[(String, LineKind)] {
        if self.pins() { &self.wrapped.unpinned_lines } else { &self.wrapped.body_lines }
    }

    /// The option drawn at a screen cell.
    pub(crate) fn option_at(&self, column: u16, row: u16) -> Option<usize> {
        let inside = column >= self.options.x && column < self.options.right();
        self.option_rows.iter().find(|r| inside && r.y == row).map(|r| r.index)
    }

    /// Rows the body shows at once, for paging.
    pub(super) fn page(&self) -> usize {
        usize::from(self.body.height.saturating_sub(2)).max(1)
    }
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// The sections of the screen wrapped to `width`, a blank line before each
/// heading; all but the one numbered `skip`.
fn body_lines(screen: &Screen, width: usize, skip: Option<usize>) -> Vec<(String, LineKind)> {
    let mut lines = Vec::new();
    for (_, section) in screen.sections.iter().enumerate().filter(|(i, _)| Some(*i) != skip) {
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
    let mut shown: Vec<(usize, bool, &String)> = flat.into_iter().skip(start).take(height).collect();
    // An answer cut off at the bottom is left out whole (the line under
    // the answers counts it), unless it is the one marked.
    if let Some(&(last, _, _)) = shown.last() {
        let whole = option_lines.get(last).map_or(0, Vec::len);
        let rows = shown.iter().filter(|(i, _, _)| *i == last).count();
        if rows < whole && last != selected && shown.iter().any(|(i, _, _)| *i != last) {
            shown.retain(|(i, _, _)| *i != last);
        }
    }
    shown
        .into_iter()
        .enumerate()
        .map(|(row, (index, first, text))| OptionRow {
            index,
            y: area.y + to_u16(row),
            first,
            text: text.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stack_of_rows_that_fit_is_what_the_layout_solver_gives() {
        use Constraint::{Fill, Length};
        let area = Rect::new(3, 2, 40, 30);
        for fill in 0..4 {
            for (a, b, c) in [(0, 0, 0), (1, 0, 5), (1, 1, 20), (2, 10, 18), (1, 1, 28), (30, 0, 0)] {
                let mut heights = [a, b, c, 0];
                heights.rotate_right(fill);
                let constraints = heights
                    .iter()
                    .enumerate()
                    .map(|(row, height)| if row == fill { Fill(1) } else { Length(*height) });
                let solved: [Rect; 4] = area.layout(&Layout::vertical(constraints));
                assert_eq!(stack(area, heights, fill), solved, "{heights:?}, fill {fill}");
            }
        }
    }

    #[test]
    fn what_is_centred_is_where_ratatuis_centring_puts_it() {
        for total in 0..=130 {
            let area = Rect::new(2, 3, total, total / 2);
            for agent in [false, true] {
                let panel = if agent && total >= AGENT_PANEL_SIDE_FROM { AGENT_PANEL_WIDTH } else { 0 };
                let solved = area.centered_horizontally(Constraint::Max(READABLE_WIDTH + panel));
                assert_eq!(page(area, agent), solved, "{total} {agent}");
            }
            for length in [0, 1, 3, 10, 64, 200] {
                let (x, width) = centred(area.x, area.width, length);
                let (y, height) = centred(area.y, area.height, length);
                let solved = area.centered(Constraint::Length(length), Constraint::Length(length));
                assert_eq!(Rect { x, y, width, height }, solved, "{total} {length}");
            }
        }
    }

    #[test]
    fn a_row_that_does_not_fit_is_cut_to_the_area() {
        let rows = stack(Rect::new(0, 5, 10, 4), [3, 0, 3], 1);
        assert_eq!(rows, [Rect::new(0, 5, 10, 3), Rect::new(0, 8, 10, 0), Rect::new(0, 8, 10, 1)]);
    }

    #[test]
    fn a_question_window_sits_in_the_middle_of_the_page_and_its_text_inside_its_frame() {
        for width in MIN_WIDTH..=200 {
            for height in [MIN_HEIGHT, 12, 24, 60] {
                let area = Rect::new(0, 0, width, height);
                let page = page(area, false);
                let (frame, text_width) = question_frame(area, false, 5);
                assert!(page.contains(frame.as_position()) && frame.right() <= page.right(), "{frame:?}");
                let (left, right) = (frame.x - page.x, page.right() - frame.right());
                let (above, below) = (frame.y - page.y, page.bottom() - frame.bottom());
                assert!(
                    left.abs_diff(right) <= 1 && above.abs_diff(below) <= 1,
                    "{width}x{height}: {frame:?}"
                );
                assert_eq!(text_width, usize::from(frame.width) - 4);
            }
        }
    }

    /// A list in a window scrolls so the marked item is on its last row at
    /// most; a click finds the item drawn on its row, inside the padding.
    #[test]
    fn a_list_in_a_window_shows_the_marked_item_and_a_click_finds_the_item_on_its_row() {
        let area = Rect::new(0, 0, 80, 24);
        let list = path_list(area, false, 30, 25);
        assert_eq!(list.shown(), 5..26);
        assert_eq!((list.at(2, 2), list.at(77, 22)), (Some(5), Some(25)));
        assert_eq!((list.at(1, 2), list.at(78, 2), list.at(2, 23)), (None, None, None), "padding, border");
        assert_eq!(path_list(area, false, 3, 0).at(10, 5), None, "below the last item");
        let (query, results) = search_window(area, false, 2, 0);
        assert_eq!(query, Rect::new(2, 2, 76, 1));
        assert_eq!((results.at(10, 2), results.at(10, 3), results.at(10, 5)), (None, Some(0), None));
    }

    #[test]
    fn a_window_s_text_is_inside_its_border_and_padding_below_the_header() {
        let area = Rect::new(0, 0, 80, 24);
        assert_eq!(window_frame(area, false), Rect::new(0, 1, 80, 23));
        assert_eq!(window_inner(area, false), Rect::new(2, 2, 76, 21));
        assert_eq!(prompt_frame(area, false), Rect::new(1, 11, 78, 3));
    }

    #[test]
    fn the_agent_panel_goes_beside_the_screen_when_wide_and_below_it_when_not() {
        let (main, panel) = split_agent_panel(Rect::new(0, 0, 120, 30), true);
        assert_eq!((main, panel), (Rect::new(0, 0, 84, 30), Some(Rect::new(84, 0, 36, 30))));
        let (main, panel) = split_agent_panel(Rect::new(0, 0, 80, 24), true);
        assert_eq!((main, panel), (Rect::new(0, 0, 80, 18), Some(Rect::new(0, 18, 80, 6))));
        assert_eq!(split_agent_panel(Rect::new(0, 0, 80, 12), true).1, None);
    }
}
