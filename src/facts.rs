//! What a flow may branch on without asking the person: today's date and
//! the organization's facts (from its config). Advice that changes on a date
//! or with an organization's set-up is a branch in the flow, not a sentence
//! that goes stale. Pure: the date is given, never read from a clock here.

use std::fmt;
use std::time::SystemTime;

/// A calendar day (UTC), ordered as the calendar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Date {
    /// `yyyymmdd` as a number: compares as the days do.
    key: u32,
}

impl Date {
    /// `YYYY-MM-DD`, a day that exists (no 30 February).
    /// From 1970 on, as days are counted. Read without allocating: every
    /// source's day is read at every start.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() != 10 || text.get(4..5) != Some("-") || text.get(7..8) != Some("-") {
            return None;
        }
        let number = |digits: Option<&str>| {
            digits?.bytes().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
        };
        let (year, month, day) = (number(text.get(0..4))?, number(text.get(5..7))?, number(text.get(8..10))?);
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => return None,
        };
        (year >= 1970 && (1..=days_in_month).contains(&day))
            .then_some(Self { key: year * 10_000 + month * 100 + day })
    }

    /// The UTC day `time` falls on.
    pub fn of(time: SystemTime) -> Self {
        let stamp = humantime::format_rfc3339_seconds(time).to_string();
        stamp.get(..10).and_then(Self::parse).unwrap_or(Self { key: 19_700_101 })
    }

    /// The day `days` before this one, if it is after 1970.
    pub fn days_before(self, days: i64) -> Option<Date> {
        let target = self.day_number().checked_sub(days)?;
        if target < 0 {
            return None;
        }
        let time =
            SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(u64::try_from(target).ok()? * 86_400);
        Some(Self::of(time))
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub(crate) fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Days since 1970-01-01 (the civil-from-days inverse, Howard Hinnant's
    /// algorithm), for counting the age of a source.
    fn day_number(self) -> i64 {
        let (y, m, d) =
            (i64::from(self.key / 10_000), i64::from(self.key / 100 % 100), i64::from(self.key % 100));
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.key / 10_000, self.key / 100 % 100, self.key % 100)
    }
}

/// An organization fact a flow can branch on, and the values it can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactKind {
    pub name: &'static str,
    pub values: &'static [&'static str],
}

/// Every fact flows may test (`when: - if: { org: NAME, is: VALUE }`) and
/// an organization may set (`facts:` in its config). Documented in
/// `flows/README.md` and `config.example.yaml`.
pub const FACTS: &[FactKind] = &[
    // Whether verification codes still come by text message or call:
    // Microsoft's own delivery ends on 2027-02-01; an organization can keep
    // them only through its own telephony provider.
    FactKind { name: "sms_voice", values: &["microsoft", "own-provider", "off"] },
    FactKind { name: "app_passwords", values: &["offered", "not-offered"] },
    FactKind { name: "temporary_access_pass", values: &["used", "not-used"] },
    FactKind { name: "passkeys", values: &["allowed", "not-allowed"] },
];

/// The fact called `name`, if there is one.
pub(crate) fn fact_kind(name: &str) -> Option<&'static FactKind> {
    FACTS.iter().find(|f| f.name == name)
}

/// What is known when a session runs: the day, and the facts the
/// organization set (the others are unknown).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Facts {
    pub today: Date,
    /// `(fact, value)`, each a name from [`FACTS`].
    org: Vec<(&'static str, &'static str)>,
}

impl Facts {
    /// Nothing known of the organization.
    pub fn on(today: Date) -> Self {
        Self { today, org: Vec::new() }
    }

    /// With `fact` set to `value`; unknown names or values are left unset
    /// (the config and the flows are checked against [`FACTS`] before).
    pub fn with(mut self, fact: &str, value: &str) -> Self {
        let known =
            fact_kind(fact).and_then(|kind| Some((kind.name, *kind.values.iter().find(|v| **v == value)?)));
        if let Some((name, value)) = known {
            self.org.retain(|(n, _)| *n != name);
            self.org.push((name, value));
        }
        self
    }

    /// The organization's value of `fact`, when it set one.
    pub fn org(&self, fact: &str) -> Option<&'static str> {
        self.org.iter().find(|(name, _)| *name == fact).map(|(_, value)| *value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn dates_parse_only_days_that_exist_and_order_as_the_calendar() {
        assert!(day("2027-02-01") > day("2027-01-31"));
        assert_eq!(day("2026-12-01").to_string(), "2026-12-01");
        assert_eq!(day(" 2024-02-29 ").to_string(), "2024-02-29");
        assert_eq!(day("2000-02-29").to_string(), "2000-02-29");
        for bad in [
            "2027-02-30",
            "2027-13-01",
            "27-02-01",
            "2027-2-1",
            "tomorrow",
            "2027-02-01x",
            "",
            "2023-02-29",
            "1900-02-29",
            "2027-04-31",
            "2027-00-10",
            "2027-01-00",
            "1969-12-31",
            "2027-0a-01",
            "2027/02/01",
            "2027-+2-01",
            "２０２７-02",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_are_counted_across_months_and_leap_years() {
        assert_eq!(day("2026-12-01").days_until(day("2027-02-01")), 62);
        assert_eq!(day("2024-02-28").days_until(day("2024-03-01")), 2);
        assert_eq!(day("2027-02-01").days_until(day("2026-02-01")), -365);
        assert_eq!(day("1970-01-01").day_number(), 0);
    }

    #[test]
    fn the_day_before_crosses_months_and_years() {
        assert_eq!(day("2027-03-01").days_before(1), Some(day("2027-02-28")));
        assert_eq!(day("2027-01-01").days_before(1), Some(day("2026-12-31")));
        assert_eq!(day("1970-01-01").days_before(1), None);
    }

    #[test]
    fn the_day_of_a_time_is_its_utc_day() {
        let time = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_800_000_000);
        assert_eq!(Date::of(time).to_string(), "2027-01-15");
    }

    #[test]
    fn only_known_facts_and_values_are_kept() {
        let facts = Facts::on(day("2026-12-01"))
            .with("sms_voice", "off")
            .with("sms_voice", "sms")
            .with("colour", "red");
        assert_eq!(facts.org("sms_voice"), Some("off"));
        assert_eq!(facts.org("colour"), None);
        assert_eq!(facts.with("sms_voice", "own-provider").org("sms_voice"), Some("own-provider"));
    }
}
