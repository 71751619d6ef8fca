//! The organization's settings: the helpdesk's contact details and the
//! numbers voice calls come from. All optional; unset values get neutral
//! wording from the locale, never an empty hole. Each layer's file (system,
//! user, command line) sets some keys; `OrgConfig::merge` lays them over
//! each other key by key.

use indexmap::IndexMap;
use serde::Deserialize;

use crate::content::source::SourceFile;
use crate::diagnostic::{Diagnostic, Location, Problem, closest};
use crate::facts::{Date, FACTS, Facts, fact_kind};
use crate::i18n::Localizer;
use crate::messages::org;
use crate::yaml::{self, KeyIndex};

/// Microsoft's self-service password reset, where the organization names
/// no page of its own.
pub const DEFAULT_PASSWORD_RESET_URL: &str = "https://aka.ms/sspr";

/// Where Microsoft's voice calls come from in the US. Caller ID is not
/// guaranteed and organizations may use their own, hence configurable.
pub(crate) const DEFAULT_VOICE_NUMBERS: &[&str] =
    &["+1 (866) 539 4191", "+1 (855) 330 8653", "+1 (877) 668 6536"];

#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Helpdesk {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
    pub hours: Option<String>,
    /// Who to reach outside the opening hours.
    pub after_hours: Option<String>,
}

/// What the organization tells its helpdesk agents.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct AgentSettings {
    /// The agent's name, for the case summary (`--agent-name` wins).
    pub name: Option<String>,
    /// How an agent confirms who is calling before resetting methods or
    /// issuing a Temporary Access Pass.
    pub identity_check: Option<String>,
    /// The second-line group a case is handed over to.
    pub assignment_group: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct OrgConfig {
    #[serde(default)]
    pub helpdesk: Helpdesk,
    /// As written; unset means Microsoft's ([`DEFAULT_VOICE_NUMBERS`]).
    #[serde(default)]
    voice_caller_numbers: Option<Vec<String>>,
    /// Who to tell about a suspected attack; the helpdesk when unset.
    pub security_contact: Option<String>,
    pub password_reset_url: Option<String>,
    #[serde(default)]
    pub agent: AgentSettings,
    /// Organization facts flows branch on (`facts::FACTS`), as written;
    /// checked against the known facts when parsed.
    #[serde(default)]
    facts: IndexMap<String, String>,
}

impl Default for OrgConfig {
    fn default() -> Self {
        Self {
            helpdesk: Helpdesk::default(),
            voice_caller_numbers: None,
            security_contact: None,
            password_reset_url: None,
            agent: AgentSettings::default(),
            facts: IndexMap::new(),
        }
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
        config.check_facts(file)?;
        Ok(config.without_blanks())
    }

    /// Every fact named is one flows know, set to one of its values.
    fn check_facts(&self, file: &SourceFile) -> Result<(), Diagnostic> {
        // A wrong name is pointed at where it is written, a wrong value at
        // the value.
        let index = KeyIndex::build(&file.text).ok();
        let at = |path: &[&str], key: bool| {
            let pos = index
                .as_ref()
                .map(|i| if key { i.key(path).unwrap_or(i.locate(path)) } else { i.locate(path) });
            pos.map_or(Location::file(&file.path), |pos| Location::new(&file.path, pos.line, pos.column))
        };
        for (name, value) in &self.facts {
            let Some(kind) = fact_kind(name) else {
                let known = FACTS.iter().map(|f| f.name).collect::<Vec<_>>().join(", ");
                let problem = Problem::UnknownFact { fact: name.clone(), known };
                let suggestion = closest(name, FACTS.iter().map(|f| f.name));
                return Err(
                    Diagnostic::error(at(&["facts", name], true), problem).with_suggestion(suggestion)
                );
            };
            if !kind.values.contains(&value.as_str()) {
                let problem = Problem::UnknownFactValue {
                    fact: name.clone(),
                    value: value.clone(),
                    known: kind.values.join(", "),
                };
                let suggestion = closest(value, kind.values.iter().copied());
                return Err(
                    Diagnostic::error(at(&["facts", name], false), problem).with_suggestion(suggestion)
                );
            }
        }
        Ok(())
    }

    /// Empty strings count as unset.
    fn without_blanks(mut self) -> Self {
        let h = &mut self.helpdesk;
        let a = &mut self.agent;
        for value in [
            &mut h.name,
            &mut h.phone,
            &mut h.email,
            &mut h.url,
            &mut h.hours,
            &mut h.after_hours,
            &mut self.security_contact,
            &mut self.password_reset_url,
            &mut a.name,
            &mut a.identity_check,
            &mut a.assignment_group,
        ] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                *value = None;
            }
        }
        // One line each, as the contact block and the ticket show them: a
        // line break in a name or a number would split the block and pass
        // for a line of its own.
        for value in [
            &mut h.name,
            &mut h.phone,
            &mut h.email,
            &mut h.url,
            &mut self.security_contact,
            &mut self.password_reset_url,
            &mut a.name,
            &mut a.assignment_group,
        ] {
            if let Some(text) = value.as_mut() {
                *text = crate::sanitize::one_line(text);
            }
            if value.as_deref().is_some_and(str::is_empty) {
                *value = None;
            }
        }
        if let Some(numbers) = &mut self.voice_caller_numbers {
            numbers.retain(|n| !n.trim().is_empty());
        }
        self
    }

    /// `over` laid on `self`, key by key: each value `over` sets wins, each
    /// it leaves unset (or blank) keeps `self`'s; facts are merged fact by
    /// fact. A personal file with only `helpdesk: {name: …}` keeps the
    /// organization's phone.
    pub(crate) fn merge(self, over: OrgConfig) -> OrgConfig {
        let (h, o) = (self.helpdesk, over.helpdesk);
        let (a, oa) = (self.agent, over.agent);
        let mut facts = self.facts;
        facts.extend(over.facts);
        OrgConfig {
            helpdesk: Helpdesk {
                name: o.name.or(h.name),
                phone: o.phone.or(h.phone),
                email: o.email.or(h.email),
                url: o.url.or(h.url),
                hours: o.hours.or(h.hours),
                after_hours: o.after_hours.or(h.after_hours),
            },
            voice_caller_numbers: over.voice_caller_numbers.or(self.voice_caller_numbers),
            security_contact: over.security_contact.or(self.security_contact),
            password_reset_url: over.password_reset_url.or(self.password_reset_url),
            agent: AgentSettings {
                name: oa.name.or(a.name),
                identity_check: oa.identity_check.or(a.identity_check),
                assignment_group: oa.assignment_group.or(a.assignment_group),
            },
            facts,
        }
    }

    /// The keys this config sets, as written (`helpdesk.phone`,
    /// `facts.sms_voice`), for `--where`.
    pub(crate) fn keys_set(&self) -> Vec<String> {
        let h = &self.helpdesk;
        let a = &self.agent;
        let values = [
            ("helpdesk.name", h.name.is_some()),
            ("helpdesk.phone", h.phone.is_some()),
            ("helpdesk.email", h.email.is_some()),
            ("helpdesk.url", h.url.is_some()),
            ("helpdesk.hours", h.hours.is_some()),
            ("helpdesk.after_hours", h.after_hours.is_some()),
            ("security_contact", self.security_contact.is_some()),
            ("password_reset_url", self.password_reset_url.is_some()),
            ("agent.name", a.name.is_some()),
            ("agent.identity_check", a.identity_check.is_some()),
            ("agent.assignment_group", a.assignment_group.is_some()),
            ("voice_caller_numbers", self.voice_caller_numbers.is_some()),
        ];
        let keys = values.into_iter().filter(|(_, set)| *set).map(|(key, _)| key.to_string());
        keys.chain(self.facts.keys().map(|fact| format!("facts.{fact}"))).collect()
    }

    /// The numbers voice calls come from: the organization's, else
    /// Microsoft's.
    pub fn voice_numbers(&self) -> Vec<String> {
        match &self.voice_caller_numbers {
            Some(numbers) => numbers.clone(),
            None => DEFAULT_VOICE_NUMBERS.iter().map(|n| n.to_string()).collect(),
        }
    }

    /// What flows branch on when a session runs on `today`.
    pub fn facts(&self, today: Date) -> Facts {
        self.facts.iter().fold(Facts::on(today), |facts, (name, value)| facts.with(name, value))
    }

    /// The contact details that are set, in display order.
    pub(crate) fn contacts(&self) -> Vec<(Contact, &str)> {
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
        let numbers = self.voice_numbers();
        let voice = if numbers.is_empty() {
            l10n.text(org::VOICE_NUMBERS_UNSET)
        } else {
            // No-break spaces keep each number whole when the line wraps.
            let numbers: Vec<String> = numbers.iter().map(|n| n.replace(' ', "\u{a0}")).collect();
            numbers.join(", ")
        };
        let helpdesk_name = or_default(&h.name, org::NAME_UNSET);
        let a = &self.agent;
        vec![
            (
                "security-contact".into(),
                self.security_contact.clone().unwrap_or_else(|| helpdesk_name.clone()),
            ),
            ("helpdesk-name".into(), helpdesk_name),
            ("helpdesk-phone".into(), or_default(&h.phone, org::PHONE_UNSET)),
            ("helpdesk-email".into(), or_default(&h.email, org::EMAIL_UNSET)),
            ("helpdesk-url".into(), or_default(&h.url, org::URL_UNSET)),
            ("helpdesk-hours".into(), or_default(&h.hours, org::HOURS_UNSET)),
            ("helpdesk-after-hours".into(), or_default(&h.after_hours, org::AFTER_HOURS_UNSET)),
            ("voice-numbers".into(), voice),
            (
                "password-reset-url".into(),
                self.password_reset_url.clone().unwrap_or_else(|| DEFAULT_PASSWORD_RESET_URL.into()),
            ),
            ("identity-check".into(), or_default(&a.identity_check, org::IDENTITY_CHECK_UNSET)),
            ("assignment-group".into(), or_default(&a.assignment_group, org::ASSIGNMENT_GROUP_UNSET)),
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
        assert_eq!(config.voice_numbers().len(), 3);
    }

    #[test]
    fn layers_merge_key_by_key_and_facts_fact_by_fact() {
        let organization = parse(
            "helpdesk:\n  name: Org Desk\n  phone: '0800123456'\nvoice_caller_numbers: ['+45 1']\nfacts:\n  sms_voice: off\n  passkeys: allowed\n",
        )
        .unwrap();
        let personal =
            parse("helpdesk:\n  name: My Desk\n  email: ''\nfacts:\n  passkeys: not-allowed\n").unwrap();
        assert_eq!(personal.keys_set(), ["helpdesk.name", "facts.passkeys"]);
        let merged = OrgConfig::default().merge(organization).merge(personal);
        assert_eq!(merged.helpdesk.name.as_deref(), Some("My Desk"));
        assert_eq!(merged.helpdesk.phone.as_deref(), Some("0800123456"));
        assert_eq!(merged.voice_numbers(), ["+45 1"]);
        let facts = merged.facts(Date::parse("2026-12-01").unwrap());
        assert_eq!((facts.org("sms_voice"), facts.org("passkeys")), (Some("off"), Some("not-allowed")));
    }

    #[test]
    fn blank_values_count_as_unset() {
        let config = parse("helpdesk:\n  name: ''\n  phone: '+45 70 10 20 30'\n").unwrap();
        assert_eq!(config.helpdesk.name, None);
        assert_eq!(config.contacts(), [(Contact::Phone, "+45 70 10 20 30")]);
    }

    #[test]
    fn facts_are_read_and_checked_against_the_facts_flows_know() {
        let today = Date::parse("2026-12-01").unwrap();
        let config = parse("facts:\n  sms_voice: own-provider\n  passkeys: allowed\n").unwrap();
        let facts = config.facts(today);
        assert_eq!((facts.org("sms_voice"), facts.org("passkeys")), (Some("own-provider"), Some("allowed")));
        assert_eq!(facts.org("app_passwords"), None);

        let d = parse("helpdesk:\n  name: x\nfacts:\n  sms_voise: off\n").unwrap_err();
        assert_eq!(d.location.to_string(), "org.yaml:4:3");
        assert_eq!(d.suggestion.as_deref(), Some("sms_voice"));
        let d = parse("facts:\n  sms_voice: of\n").unwrap_err();
        assert_eq!(d.location.to_string(), "org.yaml:2:14");
        assert!(matches!(d.problem, Problem::UnknownFactValue { .. }), "{d:?}");
        assert_eq!(d.suggestion.as_deref(), Some("off"));
    }

    #[test]
    fn line_breaks_in_one_line_values_become_spaces() {
        let config = parse(
            "helpdesk:\n  name: \"Contoso\\nIT\\u2028Desk\"\n  phone: \"0800\\n123\\r\\n456\"\nagent:\n  name: \"Kim\\nLee\"\n",
        )
        .unwrap();
        assert_eq!(config.helpdesk.name.as_deref(), Some("Contoso IT Desk"));
        assert_eq!(config.helpdesk.phone.as_deref(), Some("0800 123 456"));
        assert_eq!(config.agent.name.as_deref(), Some("Kim Lee"));
    }

    #[test]
    fn unknown_keys_are_errors_with_a_place() {
        let d = parse("helpdesk:\n  phon: 1\n").unwrap_err();
        assert_eq!(d.location.to_string(), "org.yaml:2:3");
    }
}
