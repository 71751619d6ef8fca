//! fluent-syntax's parser errors as our own problems, worded in the
//! reader's language (the parser's text is English) and placed where an
//! author should look.

use fluent_syntax::parser::{ErrorKind, ParserError};

use crate::content::source::{SourceFile, line_column};
use crate::diagnostic::{Diagnostic, Location, Problem};

/// One parser error in `file`, as a diagnostic.
pub(super) fn diagnostic(file: &SourceFile, error: &ParserError) -> Diagnostic {
    let problem = problem(&error.kind, &file.text, error.pos.start);
    let offset = match problem {
        // Noticed at the selection's end; the selector names it.
        Problem::FtlNoDefaultVariant | Problem::FtlManyDefaultVariants => {
            selector_before(&file.text, error.pos.start)
        }
        // At the start of the message itself.
        Problem::FtlNoText { .. } => error.pos.start,
        _ => where_noticed(&file.text, error.pos.start),
    };
    let (line, column) = line_column(&file.text, offset);
    Diagnostic::error(Location::new(&file.path, line, column), problem)
}

/// `kind`, found at `offset` in `text`.
fn problem(kind: &ErrorKind, text: &str, offset: usize) -> Problem {
    use ErrorKind::*;
    match kind {
        ExpectedToken(token) => Problem::FtlExpectedToken { token: token.to_string() },
        ExpectedCharRange { range } => Problem::FtlExpectedOneOf { range: range.clone() },
        ExpectedMessageField { entry_id } | ExpectedTermField { entry_id } => {
            Problem::FtlNoText { id: entry_id.clone() }
        }
        ForbiddenCallee => Problem::FtlForbiddenCall,
        MissingDefaultVariant => Problem::FtlNoDefaultVariant,
        MultipleDefaultVariants => Problem::FtlManyDefaultVariants,
        MissingValue => Problem::FtlMissingValue,
        MessageReferenceAsSelector
        | TermReferenceAsSelector
        | MessageAttributeAsSelector
        | ExpectedSimpleExpressionAsSelector => Problem::FtlBadSelector,
        TermAttributeAsPlaceable => Problem::FtlTermAttributeShown,
        UnterminatedStringLiteral => Problem::FtlUnterminatedString,
        PositionalArgumentFollowsNamed => Problem::FtlPositionalAfterNamed,
        DuplicatedNamedArgument(name) => Problem::FtlArgumentTwice { name: name.clone() },
        UnknownEscapeSequence(_) => Problem::FtlUnknownEscape { escape: escape_at(text, offset, 2) },
        InvalidUnicodeEscapeSequence(_) => {
            Problem::FtlBadUnicodeEscape { escape: escape_before(text, offset) }
        }
        UnbalancedClosingBrace => Problem::FtlUnbalancedBrace,
        ExpectedInlineExpression => Problem::FtlExpectedExpression,
        ExpectedLiteral => Problem::FtlExpectedLiteral,
    }
}

/// The escape as written, `\q`: the parser names it by its byte's number.
fn escape_at(text: &str, offset: usize, length: usize) -> String {
    text.get(offset..).unwrap_or_default().chars().take(length).collect()
}

/// A Unicode escape as far as it is valid, `\u00`: it ends before `offset`.
fn escape_before(text: &str, offset: usize) -> String {
    let before = text.get(..offset).unwrap_or_default();
    before.rfind('\\').map(|start| escape_at(text, start, offset - start)).unwrap_or_default()
}

/// The parser notices an unfinished line only at the start of the next one;
/// the end of the unfinished line is where the author should look.
pub(super) fn where_noticed(text: &str, offset: usize) -> usize {
    if offset > 0 && text.as_bytes().get(offset - 1) == Some(&b'\n') { offset - 1 } else { offset }
}

/// The selector of the selection that ends at `offset`: what follows the
/// `{` before the last `->` there.
fn selector_before(text: &str, offset: usize) -> usize {
    let before = text.get(..offset.min(text.len())).unwrap_or_default();
    let Some(arrow) = before.rfind("->") else { return where_noticed(text, offset) };
    let opening = before.get(..arrow).and_then(|b| b.rfind('{')).map_or(arrow, |brace| brace + 1);
    let blanks =
        text.get(opening..).map_or(0, |rest| rest.len() - rest.trim_start_matches([' ', '\t']).len());
    opening + blanks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Diagnostic {
        let file = SourceFile { path: "a.ftl".into(), text: text.into() };
        let Err((_, errors)) = fluent_syntax::parser::parse(text) else { panic!("parsed: {text}") };
        diagnostic(&file, &errors[0])
    }

    #[test]
    fn a_selection_without_a_default_is_named_at_its_selector() {
        let d = first("n = x { $count ->\n    [one] one\n    [other] many\n}\n");
        assert_eq!((d.location.to_string(), d.problem), ("a.ftl:1:9".into(), Problem::FtlNoDefaultVariant));
    }

    #[test]
    fn escapes_are_named_as_written_and_a_message_without_text_at_its_start() {
        let unknown = first("a = { \"x\\qy\" }\n");
        assert_eq!(unknown.problem, Problem::FtlUnknownEscape { escape: "\\q".into() });
        let unicode = first("a = { \"\\u00\" }\n");
        assert_eq!(unicode.problem, Problem::FtlBadUnicodeEscape { escape: "\\u00".into() });
        let empty = first("a = A\nb =\nc = C\n");
        assert_eq!(
            (empty.location.to_string(), empty.problem),
            ("a.ftl:2:1".into(), Problem::FtlNoText { id: "b".into() })
        );
    }

    #[test]
    fn an_unfinished_line_is_named_at_its_end() {
        let d = first("n = { $count\nm = x\n");
        assert_eq!(d.location.to_string(), "a.ftl:1:13");
    }
}
