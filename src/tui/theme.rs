//! Styles. Meaning never rests on colour alone: focus has a marker and
//! reverse video, kinds have words. `NO_COLOR` drops every colour.
//!
//! Only the 16 ANSI colours are used, and backgrounds only from the first
//! eight, which is all the Linux console can show behind text.

use ratatui::style::{Color, Modifier, Style};

const PLAIN: Style = Style::new();
const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);
const REVERSED_BOLD: Style = Style::new().add_modifier(Modifier::REVERSED).add_modifier(Modifier::BOLD);

/// The colour schemes `--theme` offers. (Plain comments below: clap would
/// show doc comments as untranslated help.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Palette {
    Default,
    // No dim text; endings on solid backgrounds; headings underlined; the
    // header in the terminal's own colours reversed.
    HighContrast,
    // Bold, underline and reverse video only.
    Monochrome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    palette: Palette,
}

impl Theme {
    /// The palette asked for on the command line; without one, colour
    /// unless `NO_COLOR` asks otherwise (its convention lets a flag win).
    pub fn chosen(palette: Option<Palette>) -> Self {
        palette.map_or_else(Self::from_env, |palette| Self { palette })
    }

    /// Colour unless the `NO_COLOR` convention asks otherwise.
    pub(crate) fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self { palette: if no_color { Palette::Monochrome } else { Palette::Default } }
    }

    pub fn monochrome() -> Self {
        Self { palette: Palette::Monochrome }
    }

    fn pick(&self, default: Style, high_contrast: Style, monochrome: Style) -> Style {
        match self.palette {
            Palette::Default => default,
            Palette::HighContrast => high_contrast,
            Palette::Monochrome => monochrome,
        }
    }

    pub fn header(&self) -> Style {
        self.pick(BOLD.fg(Color::White).bg(Color::Blue), REVERSED_BOLD, REVERSED_BOLD)
    }

    pub fn breadcrumb(&self) -> Style {
        self.pick(PLAIN.fg(Color::Gray), PLAIN, PLAIN)
    }

    pub fn title(&self) -> Style {
        BOLD
    }

    pub fn heading(&self) -> Style {
        self.pick(BOLD.fg(Color::Cyan), BOLD.add_modifier(Modifier::UNDERLINED), BOLD)
    }

    pub(crate) fn selected(&self) -> Style {
        REVERSED_BOLD
    }

    pub fn fix(&self) -> Style {
        self.pick(BOLD.fg(Color::Green), BOLD.fg(Color::Black).bg(Color::Green), BOLD)
    }

    pub fn escalate(&self) -> Style {
        self.pick(BOLD.fg(Color::Yellow), BOLD.fg(Color::Black).bg(Color::Yellow), BOLD)
    }

    pub fn urgent(&self) -> Style {
        let solid = BOLD.fg(Color::White).bg(Color::Red);
        self.pick(solid, solid, REVERSED_BOLD)
    }

    pub fn hint(&self) -> Style {
        self.pick(PLAIN.fg(Color::Gray), PLAIN, PLAIN)
    }
}
