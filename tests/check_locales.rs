//! `mfa-doctor check` on broken translations: each kind of problem the
//! locale comparison finds, stated exactly, at its exact place.
//!
//! Each case `tests/fixtures/i18n-<case>/` holds an English file
//! (`en/case.ftl`) and its broken translation (`<tag>/case.ftl`). The test
//! copies the bundled English into both locales first, so the case's
//! problem is the only one.

mod support;
mod tools_support;

use mfa_doctor::content::Sources;
use mfa_doctor::content::source;
use mfa_doctor::diagnostic::collect;
use mfa_doctor::i18n::{Locales, Localizer};
use tempfile::TempDir;
use tools_support::{arg, copy_ftl, manifest};

/// A locales directory: the bundled English as `en` and as `tag`, with the
/// case's files on top.
fn locales_for(case: &str, tag: &str) -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = manifest().join("tests/fixtures").join(format!("i18n-{case}"));
    for locale in ["en", tag] {
        copy_ftl(&manifest().join("locales/en"), &dir.path().join(locale));
        copy_ftl(&fixture.join(locale), &dir.path().join(locale));
    }
    dir
}

fn english() -> Localizer {
    program("en")
}

fn program(lang: &str) -> Localizer {
    let mut ignored = Vec::new();
    Locales::load(source::locale_files(None, &mut ignored), &mut ignored).localizer(&[lang.parse().unwrap()])
}

/// The first line of every diagnostic (`file:line:col: severity: what`), as
/// `check` prints it, with paths relative to the locales directory; each
/// has a hint on its second line.
fn diagnostics(dir: &TempDir) -> Vec<String> {
    said(dir, "en").into_iter().map(|(first, _)| first).collect()
}

/// Each diagnostic as `check` says it in `lang`: its first line and its hint.
fn said(dir: &TempDir, lang: &str) -> Vec<(String, String)> {
    let sources = Sources { flows: None, locales: Some(dir.path().into()), config: None };
    collect::all(&mfa_doctor::content::lookup::given_only(&sources), max_age())
        .iter()
        .map(|d| {
            let rendered = relative(&d.render(&program(lang)), dir);
            let (first, hint) = rendered.split_once('\n').unwrap_or((&rendered, ""));
            let label = format!("  {}: ", program(lang).text("diag-hint"));
            assert!(hint.starts_with(&label), "no hint: {rendered}");
            (first.to_string(), hint.trim_start().to_string())
        })
        .collect()
}

fn check(case: &str) -> Vec<String> {
    diagnostics(&locales_for(case, "da"))
}

#[test]
fn a_copy_of_english_has_nothing_to_report() {
    let dir = tempfile::tempdir().unwrap();
    for locale in ["en", "da"] {
        copy_ftl(&manifest().join("locales/en"), &dir.path().join(locale));
    }
    assert_eq!(diagnostics(&dir), Vec::<String>::new());
}

#[test]
fn every_syntax_error_is_reported_where_the_parser_noticed_it_in_the_readers_language() {
    let dir = locales_for("syntax", "da");
    assert_eq!(
        diagnostics(&dir),
        [
            "da/case.ftl:4:6: error: not valid Fluent: '=' was expected here",
            "da/case.ftl:5:23: error: not valid Fluent: '}' was expected here",
        ]
    );
    let hint = "tip: en meddelelse skrives \"id = tekst\"; fortsættelseslinjer er indrykket; attributter skrives \
                \".navn = tekst\" på en indrykket linje";
    assert_eq!(
        said(&dir, "da"),
        [
            (
                "da/case.ftl:4:6: fejl: ikke gyldig Fluent: her skulle der stå '='".to_string(),
                hint.to_string()
            ),
            (
                "da/case.ftl:5:23: fejl: ikke gyldig Fluent: her skulle der stå '}'".to_string(),
                hint.to_string()
            ),
        ]
    );
}

/// A plural without `*[other]`: one error at its selector, and the message
/// the parser could not read is not also "missing" or "obsolete".
#[test]
fn a_selection_without_a_default_variant_is_one_error_at_its_selector() {
    let translation = locales_for("no-default", "da");
    assert_eq!(
        said(&translation, "en"),
        [(
            "da/case.ftl:1:16: error: this selector has no default variant: Fluent needs one marked with *"
                .to_string(),
            "hint: put a star before the variant shown when no other matches, as in *[other]".to_string()
        )]
    );
    assert_eq!(
        said(&translation, "da"),
        [(
            "da/case.ftl:1:16: fejl: dette valg har ingen standardvariant: Fluent kræver én markeret med *"
                .to_string(),
            "tip: sæt en stjerne foran den variant, der vises, når ingen anden passer, som i *[other]"
                .to_string()
        )]
    );
    assert_eq!(
        diagnostics(&locales_for("no-default-en", "da")),
        ["en/case.ftl:1:16: error: this selector has no default variant: Fluent needs one marked with *"]
    );
}

#[test]
fn a_missing_message_points_at_its_file_and_its_english() {
    assert_eq!(
        check("missing"),
        ["da/case.ftl: warning: 'case-two' is missing in locale 'da' (English: en/case.ftl:2:1)"]
    );
}

#[test]
fn an_obsolete_message_is_a_warning() {
    assert_eq!(
        check("obsolete"),
        ["da/case.ftl:2:1: warning: 'case-renamed' is no longer in English, so locale 'da' never shows it"]
    );
}

#[test]
fn a_missing_attribute_points_at_the_message_and_its_english() {
    assert_eq!(
        check("attribute-missing"),
        ["da/case.ftl:1:1: warning: 'case-step' has no .title in locale 'da' (English: en/case.ftl:2:6)"]
    );
}

#[test]
fn an_obsolete_attribute_points_at_the_attribute() {
    assert_eq!(
        check("attribute-obsolete"),
        [
            "da/case.ftl:3:6: warning: .tooltip of 'case-step' is not in English, so locale 'da' never shows it"
        ]
    );
}

#[test]
fn placeholders_of_other_formats_are_errors_and_a_percent_sign_is_not() {
    assert_eq!(
        check("printf"),
        [
            "da/case.ftl:1:1: error: 'case-body' has '%s', which Fluent shows as it is: people would read '%s'",
            "da/case.ftl:3:6: error: 'case-step.title' has '%1$s', which Fluent shows as it is: people would read '%1$s'",
        ]
    );
}

#[test]
fn empty_values_are_errors() {
    assert_eq!(
        check("empty"),
        [
            "da/case.ftl:1:1: error: 'case-body' is empty: the screen would show nothing here",
            "da/case.ftl:2:1: error: 'case-step' is empty: the screen would show nothing here",
        ]
    );
}

#[test]
fn references_to_nothing_are_errors_at_the_reference() {
    assert_eq!(
        check("reference"),
        [
            "da/case.ftl: warning: '-brand' is missing in locale 'da' (English: en/case.ftl:1:1)",
            "da/case.ftl:1:18: error: 'case-app' refers to '-brand', which this locale does not define",
            "da/case.ftl:2:15: error: 'case-more' refers to 'case-ap', which this locale does not define",
        ]
    );
}

#[test]
fn a_misspelt_variable_is_one_error_with_the_name_meant() {
    let said = said(&locales_for("variable-unknown", "da"), "da");
    assert_eq!(
        said,
        [(
            "da/case.ftl:1:27: fejl: 'case-contact' bruger $helpdesk-nmae, som ikke findes i den engelske tekst \
             (mente du '$helpdesk-name'?)"
                .to_string(),
            "tip: programmet sender kun de variabler, den engelske tekst bruger; alle andre vises som \
             {$helpdesk-nmae}. Sammenlign stavemåden med den engelske"
                .to_string()
        )]
    );
    assert_eq!(
        check("variable-unknown"),
        [
            "da/case.ftl:1:27: error: 'case-contact' uses $helpdesk-nmae, which the English text does not have \
             (did you mean '$helpdesk-name'?)"
        ]
    );
}

/// English misspells an organization value the translation spells right:
/// the typo is English's, and so is the one error.
#[test]
fn a_misspelt_variable_in_english_is_blamed_on_english() {
    let dir = locales_for("variable-english", "da");
    assert_eq!(
        said(&dir, "en"),
        [(
            "en/case.ftl:1:23: error: 'case-contact' uses $helpdesk-nmae, which the program does not give any \
             message (did you mean '$helpdesk-name'?)"
                .to_string(),
            "hint: every message is given the organization's values ($helpdesk-name, $helpdesk-phone, …); any \
             other name shows as {$helpdesk-nmae} in every language. Correct it here, in English: the translations \
             follow it"
                .to_string()
        )]
    );
    assert_eq!(
        said(&dir, "da"),
        [(
            "en/case.ftl:1:23: fejl: 'case-contact' bruger $helpdesk-nmae, som programmet ikke giver nogen \
             meddelelse (mente du '$helpdesk-name'?)"
                .to_string(),
            "tip: alle meddelelser får organisationens værdier ($helpdesk-name, $helpdesk-phone, …); ethvert \
             andet navn vises som {$helpdesk-nmae} på alle sprog. Ret det her i den engelske tekst: \
             oversættelserne følger den"
                .to_string()
        )]
    );
}

#[test]
fn a_dropped_variable_is_a_warning() {
    assert_eq!(
        check("variable-dropped"),
        ["da/case.ftl:1:1: warning: 'case-voice' leaves out $voice-numbers, which the English text has"]
    );
}

#[test]
fn plural_selectors_need_every_cldr_category_of_the_language() {
    let found = diagnostics(&locales_for("plural", "pl"));
    // The bundled English has plural selectors too; Polish needs more there.
    let in_case: Vec<&String> = found.iter().filter(|d| d.starts_with("pl/case.ftl")).collect();
    assert_eq!(
        in_case,
        ["pl/case.ftl:1:16: warning: the plural selector in 'case-codes' has no variant for few, many, \
             which locale 'pl' needs"]
    );
    assert!(
        found.iter().all(|d| d.starts_with("pl/") && d.contains(" warning: the plural selector")),
        "{found:#?}"
    );
}

#[test]
fn formatting_each_message_catches_resolver_errors_in_the_readers_language() {
    let dir = locales_for("format", "da");
    assert_eq!(
        said(&dir, "en"),
        [(
            "da/case.ftl:1:1: error: 'case-tries' calls NUMBER(), but this program gives Fluent no functions"
                .to_string(),
            "hint: use the variable itself, as the English text does: { $count }, or { $count -> … } to choose \
             a variant"
                .to_string()
        )]
    );
    assert_eq!(
        said(&dir, "da"),
        [(
            "da/case.ftl:1:1: fejl: 'case-tries' kalder NUMBER(), men programmet giver ikke Fluent nogen funktioner"
                .to_string(),
            "tip: brug variablen direkte, som den engelske tekst gør: { $count }, eller { $count -> … } for at \
             vælge en variant"
                .to_string()
        )]
    );
    assert_eq!(
        check("format-reference"),
        [
            "da/case.ftl:1:1: error: 'case-a' refers back to itself through other messages, so it never ends",
            "da/case.ftl:2:1: error: 'case-b' refers back to itself through other messages, so it never ends",
            "da/case.ftl:3:1: error: 'case-menu' refers to 'case-attrs', which has attributes but no text of its own",
            "da/case.ftl:4:1: error: 'case-attrs' is empty: the screen would show nothing here",
        ]
    );
}

#[test]
fn messages_marked_untranslated_are_listed() {
    assert_eq!(
        check("untranslated"),
        ["da/case.ftl:4:1: warning: 'case-two' is not translated into 'da' yet"]
    );
}

#[test]
fn the_bundled_content_has_no_errors() {
    let bundled = collect::all(&mfa_doctor::content::lookup::given_only(&Sources::default()), max_age());
    let errors: Vec<String> = bundled.iter().filter(|d| d.is_error()).map(|d| d.render(&english())).collect();
    assert_eq!(errors, Vec::<String>::new());
}

// ---- the command itself ----

fn run_check(dir: &TempDir, extra: &[&str]) -> (String, Option<i32>) {
    let output = tools_support::run(&[&["check", "--locales", arg(dir.path())], extra].concat());
    (relative(&String::from_utf8(output.stdout).unwrap(), dir), output.status.code())
}

/// `text` with the paths in `dir` made relative to it, written with `/`
/// on every system.
fn relative(text: &str, dir: &TempDir) -> String {
    let prefix = format!("{}{}", dir.path().display(), std::path::MAIN_SEPARATOR);
    let text = text.replace(&prefix, "");
    if cfg!(windows) { text.replace('\\', "/") } else { text }
}

#[test]
fn text_output_is_grouped_by_file_with_hints_and_a_summary() {
    let dir = locales_for("reference", "da");
    std::fs::write(dir.path().join("da/extra.ftl"), "case-stale = Gammel\n").unwrap();
    let (out, code) = run_check(&dir, &[]);
    assert_eq!(
        out,
        "da/case.ftl: warning: '-brand' is missing in locale 'da' (English: en/case.ftl:1:1)\n\
         \x20 hint: copy it from the English file into this file and translate it; until then the English text is shown\n\
         da/case.ftl:1:18: error: 'case-app' refers to '-brand', which this locale does not define\n\
         \x20 hint: references are looked up in the same locale: define it here too, or correct the name\n\
         da/case.ftl:2:15: error: 'case-more' refers to 'case-ap', which this locale does not define\n\
         \x20 hint: references are looked up in the same locale: define it here too, or correct the name\n\
         \n\
         da/extra.ftl:1:1: warning: 'case-stale' is no longer in English, so locale 'da' never shows it\n\
         \x20 hint: delete it; if English gave it a new id, move the translation to that id\n\
         2 errors, 2 warnings.\n"
    );
    assert_eq!(code, Some(1));
}

#[test]
fn warnings_alone_exit_zero() {
    let (out, code) = run_check(&locales_for("untranslated", "da"), &[]);
    assert!(out.ends_with("No errors, 1 warning.\n"), "{out}");
    assert_eq!(code, Some(0));
}

#[test]
fn json_output_has_the_documented_shape() {
    let (out, code) = run_check(&locales_for("variable-unknown", "da"), &["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(code, Some(1));
    assert_eq!(
        json,
        serde_json::json!({
            "version": 1,
            "errors": 1,
            "warnings": 0,
            "diagnostics": [
                {
                    "severity": "error",
                    "code": "unknown-variable",
                    "file": "da/case.ftl",
                    "line": 1,
                    "column": 27,
                    "message": "'case-contact' uses $helpdesk-nmae, which the English text does not have",
                    "hint": "the program passes only the variables the English text uses; any other shows as {$helpdesk-nmae}. Compare the spelling with the English",
                    "suggestion": "$helpdesk-name",
                    "arguments": { "id": "case-contact", "variable": "helpdesk-nmae" }
                }
            ]
        })
    );
}

/// `check`'s default: sources may be a year old, counted from a fixed day.
fn max_age() -> collect::MaxAge {
    let today = mfa_doctor::facts::Date::parse("2026-12-01").expect("a day");
    collect::MaxAge { today, days: collect::DEFAULT_MAX_AGE_DAYS }
}

/// `check --locale TAG --errors-only` on the binary: a translator sees the
/// errors of their own language, and none of the other's warnings.
#[test]
fn a_translator_sees_only_their_languages_errors() {
    let dir = locales_for("printf", "da");
    let fixture = manifest().join("tests/fixtures/i18n-untranslated/da");
    copy_ftl(&fixture, &dir.path().join("sv"));
    copy_ftl(&manifest().join("locales/en"), &dir.path().join("sv"));
    let run = |extra: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_mfa-doctor"))
            .args(["check", "--only-given", "--locales"])
            .arg(dir.path())
            .args(extra)
            .output()
            .expect("the binary runs");
        (output.status.code(), String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let (code, all) = run(&[]);
    assert_eq!(code, Some(1));
    assert!(all.contains("sv/") && all.contains("warning"), "{all}");
    let (code, own) = run(&["--locale", "da", "--errors-only"]);
    assert_eq!(code, Some(1), "{own}");
    assert!(own.contains("da/case.ftl:1:1: error: 'case-body' has '%s'"), "{own}");
    assert!(!own.contains("sv/") && !own.contains("warning:"), "{own}");
    let (code, swedish) = run(&["--locale", "sv", "--errors-only"]);
    assert_eq!(code, Some(0), "Swedish has warnings only: {swedish}");
}
