//! The organization's settings: the helpdesk's contact details and the
//! numbers voice calls come from. All optional; unset values get neutral
//! wording from the locale, never an empty hole.

use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::i18n::Localizer;
use crate::messages::org;
use crate::source::SourceFile;
use crate::yaml;

/// Where Microsoft's voice calls come from in the US. Caller ID is not
/// guaranteed and organizations may use their own, hence configurable.
pub const DEFAULT_VOICE_NUMBERS: &[&str] = &["+1 (866) 539 4191", "+1 (855) 330 8653", "+1 (877) 668 6536"];

#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Helpdesk {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub hours: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OrgConfig {
    #[serde(default)]
    pub helpdesk: Helpdesk,
    #[serde(default = "default_voice_numbers")]
    pub voice_caller_numbers: Vec<String>,
}

fn default_voice_numbers() -> Vec<String> {
    DEFAULT_VOICE_NUMBERS.iter().map(|n| n.to_string()).collect()
}

impl Default for OrgConfig {
    fn default() -> Self {
        Self { helpdesk: Helpdesk::default(), voice_caller_numbers: default_voice_numbers() }
    }
}

/// A contact detail of the helpdesk, in the order the screen lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact {
    Phone,
    Email,
    Url,
    Hours,
}

impl OrgConfig {
    pub fn parse(file: &SourceFile) -> Result<Self, Diagnostic> {
        let config: Self = yaml::from_file(file)?;
        Ok(config.without_blanks())
    }

    /// Empty strings count as unset.
    fn without_blanks(mut self) -> Self {
        let h = &mut self.helpdesk;
        for value in [&mut h.name, &mut h.phone, &mut h.email, &mut h.url, &mut h.hours] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                *value = None;
            }
        }
        self.voice_caller_numbers.retain(|n| !n.trim().is_empty());
        self
    }

    /// The contact details that are set, in display order.
    pub fn contacts(&self) -> Vec<(Contact, &str)> {
        let h = &self.helpdesk;
        [
            (Contact::Phone, &h.phone),
            (Contact::Email, &h.email),
            (Contact::Url, &h.url),
            (Contact::Hours, &h.hours),
        ]
        .into_iter()
        .filter_map(|(kind, value)| value.as_deref().map(|v| (kind, v)))
        .collect()
    }

    /// The variables every message can use. Unset values become the
    /// locale's neutral wording, so a sentence never has a hole in it.
    pub fn message_variables(&self, l10n: &Localizer) -> Vec<(String, String)> {
        let h = &self.helpdesk;
        let or_default =
            |value: &Option<String>, default: &str| value.clone().unwrap_or_else(|| l10n.text(default));
        let voice = if self.voice_caller_numbers.is_empty() {
            l10n.text(org::VOICE_NUMBERS_UNSET)
        } else {
            // No-break spaces keep each number whole when the line wraps.
            let numbers: Vec<String> =
                self.voice_caller_numbers.iter().map(|n| n.replace(' ', "\u{a0}")).collect();
            numbers.join(", ")
        };
        vec![
            ("helpdesk-name".into(), or_default(&h.name, org::NAME_UNSET)),
            ("helpdesk-phone".into(), or_default(&h.phone, org::PHONE_UNSET)),
            ("helpdesk-email".into(), or_default(&h.email, org::EMAIL_UNSET)),
            ("helpdesk-url".into(), or_default(&h.url, org::URL_UNSET)),
            ("helpdesk-hours".into(), or_default(&h.hours, org::HOURS_UNSET)),
            ("voice-numbers".into(), voice),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<OrgConfig, Diagnostic> {
        OrgConfig::parse(&SourceFile { path: "org.yaml".into(), text: text.into() })
    }

    #[test]
    fn everything_is_optional_and_voice_numbers_default() {
        let config = parse("{}").unwrap();
        assert_eq!(config, OrgConfig::default());
        assert_eq!(config.voice_caller_numbers.len(), 3);
    }

    #[test]
    fn blank_values_count_as_unset() {
        let config = parse("helpdesk:\n  name: ''\n  phone: '+45 70 10 20 30'\n").unwrap();
        assert_eq!(config.helpdesk.name, None);
        assert_eq!(config.contacts(), [(Contact::Phone, "+45 70 10 20 30")]);
    }

    #[test]
    fn unknown_keys_are_errors_with_a_place() {
        let d = parse("helpdesk:\n  phon: 1\n").unwrap_err();
        assert_eq!(d.location.to_string(), "org.yaml:2:3");
    }
}
