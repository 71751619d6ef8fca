//! Spotting text that looks like a one-time code or a password, so a note
//! holding one is not kept without the agent confirming it.

/// Words after which a password usually follows, in the shipped languages.
const PASSWORD_WORDS: &[&str] = &["password", "passwd", "pwd", "pw", "adgangskode", "kodeord", "pin"];

/// A run of 6 to 8 digits (how verification codes look, also when typed
/// "123 456"), or a password word followed by a value.
pub fn looks_sensitive(text: &str) -> bool {
    has_code(text) || has_password(text)
}

fn has_code(text: &str) -> bool {
    let digit_runs: Vec<Option<usize>> = text
        .split_whitespace()
        .map(|token| {
            let token = token.trim_matches(|c: char| !c.is_alphanumeric());
            (!token.is_empty() && token.bytes().all(|b| b.is_ascii_digit())).then_some(token.len())
        })
        .collect();
    let alone = digit_runs.iter().any(|run| matches!(run, Some(6..=8)));
    // Codes read aloud in halves: "123 456", "1234 5678".
    let halves =
        digit_runs.windows(2).any(|pair| matches!(pair, [Some(a), Some(b)] if a == b && (3..=4).contains(a)));
    alone || halves
}

fn has_password(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    words.windows(2).any(|pair| {
        let [first, second] = pair else { return false };
        let word = first.trim_end_matches([':', '=']);
        let said_value = first.ends_with([':', '=']) || second.starts_with([':', '=']);
        PASSWORD_WORDS.contains(&word) && said_value
    }) || words.iter().any(|w| {
        w.split_once([':', '='])
            .is_some_and(|(key, value)| PASSWORD_WORDS.contains(&key) && !value.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_caught_with_or_without_a_space() {
        assert!(looks_sensitive("code was 123456"));
        assert!(looks_sensitive("she read 123 456 to me"));
        assert!(looks_sensitive("12345678"));
    }

    #[test]
    fn passwords_are_caught_in_both_languages() {
        assert!(looks_sensitive("password: Summer2024!"));
        assert!(looks_sensitive("adgangskode = hemmelig"));
        assert!(looks_sensitive("pw:hunter2"));
    }

    #[test]
    fn ordinary_notes_pass() {
        assert!(!looks_sensitive("Caller restarted phone, no change. Ticket INC-20931."));
        assert!(!looks_sensitive("Phone +45 70 20 30 40? no: the number is on file"));
        assert!(!looks_sensitive("INC0012345 reopened"));
        assert!(!looks_sensitive("She changed her password yesterday"));
        assert!(!looks_sensitive("2026-11-27 at 14:05"));
    }
}
