//! Which language to speak: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`,
//! else the operating system's locale; negotiated against what we have.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::source_locale;

/// Parses a BCP 47 tag, or a POSIX locale name such as `da_DK.UTF-8`.
pub(crate) fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    tag.parse().ok()
}

/// The languages the person asked for, most wanted first. `flag` is
/// `--lang`; `env` reads an environment variable; `os` is the system locale.
pub(crate) fn requested_languages(
    flag: Option<&LanguageIdentifier>,
    env: impl Fn(&str) -> Option<String>,
    os: Option<String>,
) -> Vec<LanguageIdentifier> {
    if let Some(flag) = flag {
        return vec![flag.clone()];
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|value| !value.is_empty())
        .and_then(|value| parse_tag(&value))
        .or_else(|| os.as_deref().and_then(parse_tag))
        .into_iter()
        .collect()
}

/// The fallback chain: the best available matches for `requested`, ending
/// with the source locale.
pub(crate) fn negotiate(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
) -> Vec<LanguageIdentifier> {
    let source = source_locale();
    let mut chain: Vec<LanguageIdentifier> =
        negotiate_languages(requested, available, Some(&source), NegotiationStrategy::Filtering)
            .into_iter()
            .cloned()
            .collect();
    chain.retain(|l| l != &source);
    chain.push(source);
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[LanguageIdentifier]) -> Vec<String> {
        list.iter().map(ToString::to_string).collect()
    }

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn posix_names_become_tags() {
        assert_eq!(parse_tag("da_DK.UTF-8").map(|l| l.to_string()).as_deref(), Some("da-DK"));
        assert_eq!(parse_tag("de_DE@euro").map(|l| l.to_string()).as_deref(), Some("de-DE"));
        assert_eq!(parse_tag("C"), None);
        assert_eq!(parse_tag("C.UTF-8"), None);
    }

    #[test]
    fn flag_beats_environment() {
        let flag = parse_tag("en").unwrap();
        let got = requested_languages(Some(&flag), env(&[("LANG", "da_DK.UTF-8")]), None);
        assert_eq!(tags(&got), ["en"]);
    }

    #[test]
    fn environment_in_posix_order_then_os() {
        let vars = [("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "da_DK.UTF-8")];
        assert_eq!(tags(&requested_languages(None, env(&vars), None)), ["da-DK"]);
        let vars = [("LC_ALL", ""), ("LANG", "da_DK.UTF-8")];
        assert_eq!(tags(&requested_languages(None, env(&vars), None)), ["da-DK"]);
        assert_eq!(tags(&requested_languages(None, env(&[]), Some("da-DK".into()))), ["da-DK"]);
        assert!(requested_languages(None, env(&[("LANG", "C")]), None).is_empty());
    }

    #[test]
    fn negotiation_matches_regions_and_ends_in_english() {
        let available = [parse_tag("en").unwrap(), parse_tag("da").unwrap()];
        assert_eq!(tags(&negotiate(&[parse_tag("da-DK").unwrap()], &available)), ["da", "en"]);
        assert_eq!(tags(&negotiate(&[parse_tag("fr").unwrap()], &available)), ["en"]);
        assert_eq!(tags(&negotiate(&[], &available)), ["en"]);
    }
}
