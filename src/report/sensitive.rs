//! Spotting text that looks like a one-time code or a password, so a note
//! holding one is not kept without the agent confirming it. The phrasings
//! are those agents use in the shipped languages ("my password is
//! Hunter2!", "kodeord er Sommer2024", "the code was 123-456", "code 1 2 3
//! 4 5 6", "pin 4711"); ordinary notes ("password reset link sent", "code
//! never arrived", "called back on 70 20 30 40") pass. A check, not a
//! guarantee: it asks, and the agent decides.

/// Words after which a password usually follows, in the shipped languages,
/// as written after lowercasing.
const PASSWORD_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "pw",
    "passcode",
    "passphrase",
    "pin",
    "pinkode",
    "pinkoden",
    "pin-kode",
    "pin-koden",
    "adgangskode",
    "adgangskoden",
    "kodeord",
    "kodeordet",
];

/// Words after which a one-time code usually follows.
const CODE_WORDS: &[&str] =
    &["code", "otp", "kode", "koden", "engangskode", "engangskoden", "bekræftelseskode", "bekræftelseskoden"];

/// Words between a password or code word and its value: "the code *was*
/// …", "adgangskoden *er* …", "my password is *now* …".
const CONNECTORS: &[&str] =
    &["is", "was", "now", "set", "to", "became", "er", "var", "nu", "blev", "sat", "til", ":", "=", "-", "–"];

/// How many words after a password or code word its value is looked for.
const LOOK_AHEAD: usize = 4;

/// A one-time code (6 to 8 digits, however grouped as people read them
/// out: "123456", "123 456", "123-456", "1 2 3 4 5 6"), or a password or
/// code word followed by a value that looks like one.
pub(crate) fn looks_sensitive(text: &str) -> bool {
    let tokens: Vec<Token<'_>> = text.split_whitespace().map(Token::of).collect();
    digit_runs(&tokens).iter().any(|run| is_code(&run.groups))
        || tokens.iter().enumerate().any(|(i, token)| said_after(&tokens, i, token) || labelled(token))
}

/// A word of the note: as written, without the punctuation around it,
/// that lowercased, and the digit groups it is made of when it is only
/// digits ("123-456" is `[3, 3]`).
struct Token<'a> {
    raw: &'a str,
    word: &'a str,
    lower: String,
    digits: Option<Vec<usize>>,
}

impl<'a> Token<'a> {
    fn of(raw: &'a str) -> Self {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let groups: Vec<&str> = word.split(['-', '.', '/']).collect();
        let is_digits =
            !word.is_empty() && groups.iter().all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
        let digits = is_digits.then(|| groups.iter().map(|g| g.len()).collect());
        Token { raw, word, lower: word.to_lowercase(), digits }
    }

    fn is_connector(&self) -> bool {
        CONNECTORS.contains(&self.lower.as_str()) || CONNECTORS.contains(&self.raw)
    }
}

/// Digit groups standing one after another, starting at token `start`.
struct Run {
    start: usize,
    groups: Vec<usize>,
}

fn digit_runs(tokens: &[Token<'_>]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut current: Option<Run> = None;
    for (i, token) in tokens.iter().enumerate() {
        match (&token.digits, &mut current) {
            (Some(groups), Some(run)) => run.groups.extend(groups),
            (Some(groups), None) => current = Some(Run { start: i, groups: groups.clone() }),
            (None, _) => runs.extend(current.take()),
        }
    }
    runs.extend(current);
    runs
}

/// How a code is read out: whole ("123456"), in halves ("123 456",
/// "1234-5678"), digit by digit ("1 2 3 4 5 6") or in pairs of a six-digit
/// code ("12 34 56"). Eight digits in pairs is a Danish phone number.
fn is_code(groups: &[usize]) -> bool {
    let total: usize = groups.iter().sum();
    let same = |size: usize| groups.iter().all(|&g| g == size);
    groups.iter().any(|g| (6..=8).contains(g))
        || ((6..=8).contains(&total) && (same(1) || same(3) || same(4)))
        || (total == 6 && same(2))
}

/// A password or code word at `i`, then (after words like "is" or "er")
/// a value. For a password: after a colon or an equals sign anything; else
/// a word with a digit, a symbol inside or mixed case ("Hunter2!", "4711",
/// "P@ss"), and after "is"/"er" also a capitalized word ("er Sommer").
/// For a code: 6 to 8 digits however grouped.
fn said_after(tokens: &[Token<'_>], i: usize, token: &Token<'_>) -> bool {
    let password = PASSWORD_WORDS.contains(&token.lower.as_str());
    let code = CODE_WORDS.contains(&token.lower.as_str());
    if !password && !code {
        return false;
    }
    let mut labelled = token.raw.ends_with([':', '=']);
    let mut connected = labelled;
    for (j, next) in tokens.iter().enumerate().skip(i + 1).take(LOOK_AHEAD) {
        if next.is_connector() {
            labelled |= next.raw.starts_with([':', '=']) && next.word.is_empty();
            connected = true;
            continue;
        }
        if password && (labelled || looks_like_password(next, connected)) {
            return true;
        }
        if code && next.digits.is_some() {
            let run = digit_runs(tokens.get(j..).unwrap_or_default()).into_iter().find(|r| r.start == 0);
            return run.is_some_and(|r| (6..=8).contains(&r.groups.iter().sum::<usize>()));
        }
        return false;
    }
    false
}

/// `pw:x`, `password=abc`: a password word and its value in one word.
fn labelled(token: &Token<'_>) -> bool {
    token.raw.split_once([':', '=']).is_some_and(|(key, value)| {
        PASSWORD_WORDS.contains(&key.to_lowercase().as_str()) && !value.trim().is_empty()
    })
}

/// Whether a word after a password word is a password rather than an
/// ordinary word ("reset", "expired", "nulstillet").
fn looks_like_password(token: &Token<'_>, connected: bool) -> bool {
    let word = token.raw.trim_end_matches(['.', ',', ';', '?', '!', ')', '"', '\'', '»', '«']);
    let word = word.trim_start_matches(['(', '"', '\'', '»', '«']);
    let mut later = word.chars().skip(1);
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    !word.is_empty()
        && (word.chars().any(|c| c.is_ascii_digit())
            || word.chars().any(|c| !c.is_alphanumeric())
            || later.any(char::is_uppercase) && word.chars().any(char::is_lowercase)
            || connected && capital)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Notes holding a code or a password, in English and Danish.
    const CAUGHT: &[&str] = &[
        "my password is Hunter2!",
        "password Hunter2",
        "pw: x",
        "pw:hunter2",
        "password: Summer2024!",
        "adgangskode = hemmelig",
        "the code was 123-456",
        "code 1 2 3 4 5 6",
        "kodeord er Sommer2024",
        "adgangskoden er Vinter!23",
        "Adgangskoden er Sommerfugl",
        "koden var 123 456",
        "pin 4711",
        "PIN: 0000",
        "code was 123456",
        "she read 123 456 to me",
        "12345678",
        "1234-5678",
        "code 12 34 56",
        "koden er 12 34 56 78",
        "her password is now P@ssw0rd",
        "pinkoden er 2580",
        "kodeordet var Hemmelig1",
    ];

    /// Ordinary notes that must pass.
    const PASSED: &[&str] = &[
        "restarted the phone twice",
        "password reset link sent",
        "code never arrived",
        "kode kom ikke frem",
        "called back on 70 20 30 40",
        "ticket INC0012345",
        "Caller restarted phone, no change. Ticket INC-20931.",
        "Phone +45 70 20 30 40? no: the number is on file",
        "INC0012345 reopened",
        "She changed her password yesterday",
        "2026-11-27 at 14:05",
        "password was reset",
        "adgangskoden er nulstillet",
        "kodeordet er udløbet",
        "the code expired after 10 minutes",
        "pin the Authenticator app to the home screen",
        "koden kom efter 5 min",
        "password reset for jd2 done",
        "",
    ];

    #[test]
    fn codes_and_passwords_are_caught() {
        let missed: Vec<&&str> = CAUGHT.iter().filter(|note| !looks_sensitive(note)).collect();
        assert!(missed.is_empty(), "not caught: {missed:?}");
    }

    #[test]
    fn ordinary_notes_pass() {
        let stopped: Vec<&&str> = PASSED.iter().filter(|note| looks_sensitive(note)).collect();
        assert!(stopped.is_empty(), "stopped: {stopped:?}");
    }
}
