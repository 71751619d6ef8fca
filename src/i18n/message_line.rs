//! The one line of FTL that is read without the parser: where a message
//! starts. Diagnostics point at a definition with it, and "did you mean"
//! lists the ids of a locale's files with it.

/// The id of the message a line defines (`id = …`), if it defines one.
pub(crate) fn message_id(line: &str) -> Option<&str> {
    if !line.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    rest.trim_start_matches(' ').starts_with('=').then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_id_a_line_defines() {
        assert_eq!(message_id("ui-key-quit = q quit"), Some("ui-key-quit"));
        assert_eq!(message_id("a_b2 =x"), Some("a_b2"));
        assert_eq!(message_id("    .title = T"), None, "an attribute");
        assert_eq!(message_id("-term = T"), None, "a term");
        assert_eq!(message_id("# ui-key-quit = q"), None, "a comment");
        assert_eq!(message_id("ui-key-quit is not = here"), None);
    }
}
