//! Styles. Meaning never rests on colour alone: focus has a marker and
//! reverse video, kinds have words. `NO_COLOR` drops every colour.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colour unless the `NO_COLOR` convention asks otherwise.
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { color: !no_color }
    }

    pub fn monochrome() -> Self {
        Self { color: false }
    }

    fn paint(&self, style: Style, fg: Color, bg: Option<Color>) -> Style {
        if !self.color {
            return style;
        }
        let style = style.fg(fg);
        bg.map_or(style, |bg| style.bg(bg))
    }

    pub fn header(&self) -> Style {
        if self.color {
            Style::new().fg(Color::White).bg(Color::Blue).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn breadcrumb(&self) -> Style {
        self.paint(Style::new(), Color::Gray, None)
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn heading(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Cyan, None)
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn fix(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Green, None)
    }

    pub fn escalate(&self) -> Style {
        self.paint(Style::new().add_modifier(Modifier::BOLD), Color::Yellow, None)
    }

    pub fn urgent(&self) -> Style {
        if self.color {
            Style::new().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn hint(&self) -> Style {
        self.paint(Style::new(), Color::Gray, None)
    }
}
