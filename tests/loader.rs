//! The loader on broken content: every problem at its exact `file:line:col`,
//! all at once, and rendered in the author's language.
//!
//! Each case in `tests/fixtures/<case>/flows/` is the `valid` case with one
//! mistake. All cases share `tests/fixtures/locales/`: `fixtures.ftl` holds
//! the flows' messages, and `ui.ftl`, `windows.ftl`, … link to the bundled
//! program messages, which every locale must have.

use std::collections::BTreeSet;
use std::path::{MAIN_SEPARATOR, Path, PathBuf};

use mfa_doctor::content::source;
use mfa_doctor::content::{self, Loaded, Sources};
use mfa_doctor::diagnostic::collect::{self, MaxAge};
use mfa_doctor::diagnostic::{Diagnostic, Problem, Severity, Via};
use mfa_doctor::facts::Date;
use mfa_doctor::i18n::{Locales, Localizer};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

fn load_with(flows: &str, locales: &str) -> Loaded {
    content::load(&Sources {
        flows: Some(fixtures().join(flows)),
        locales: Some(fixtures().join(locales)),
        config: None,
    })
}

fn load_case(case: &str) -> Loaded {
    load_with(&format!("{case}/flows"), "locales")
}

/// The diagnostic with its file relative to `tests/fixtures/`.
fn relative(diagnostic: &Diagnostic) -> Diagnostic {
    let prefix = format!("{}{MAIN_SEPARATOR}", fixtures().display());
    let mut diagnostic = diagnostic.clone();
    let file = &diagnostic.location.file;
    diagnostic.location.file =
        file.strip_prefix(&*prefix).unwrap_or(file).replace(MAIN_SEPARATOR, "/").into();
    diagnostic
}

/// A diagnostic as the tests state it: place (`case/flows/x.yaml:3:5`),
/// severity, problem and "did you mean".
#[derive(Debug, PartialEq)]
struct Reported {
    at: String,
    severity: Severity,
    problem: Problem,
    suggestion: Option<String>,
}

fn error(at: &str, problem: Problem) -> Reported {
    Reported { at: at.into(), severity: Severity::Error, problem, suggestion: None }
}

fn warning(at: &str, problem: Problem) -> Reported {
    Reported { severity: Severity::Warning, ..error(at, problem) }
}

impl Reported {
    fn did_you_mean(self, name: &str) -> Self {
        Self { suggestion: Some(name.into()), ..self }
    }
}

fn reported(loaded: &Loaded) -> Vec<Reported> {
    loaded
        .diagnostics
        .iter()
        .map(relative)
        .map(|d| Reported {
            at: d.location.to_string(),
            severity: d.severity,
            problem: d.problem,
            suggestion: d.suggestion,
        })
        .collect()
}

/// Everything reported for a case with errors, which must yield no content.
fn rejected(case: &str) -> Vec<Reported> {
    let loaded = load_case(case);
    assert!(loaded.content.is_none(), "{case}: content despite errors");
    reported(&loaded)
}

/// Everything reported for a case with at most warnings, which loads.
fn accepted(case: &str) -> Vec<Reported> {
    let loaded = load_case(case);
    let found = reported(&loaded);
    assert!(loaded.content.is_some(), "{case}: no content, found {found:#?}");
    found
}

/// The one diagnostic of a case, relative to the fixtures.
fn only_diagnostic(case: &str) -> Diagnostic {
    let loaded = load_case(case);
    assert_eq!(loaded.diagnostics.len(), 1, "{case}: {:#?}", loaded.diagnostics);
    relative(&loaded.diagnostics[0])
}

/// The program's own localizer, as `mfa-doctor check` uses it.
fn program(lang: &str) -> Localizer {
    let mut ignored = Vec::new();
    let locales = Locales::load(source::locale_files(None, &mut ignored), &mut ignored);
    locales.localizer(&[lang.parse().expect("a language tag")])
}

fn s(text: &str) -> String {
    text.into()
}

// ---- each kind of problem, at its place ----

#[test]
fn bad_yaml_syntax_is_reported_where_the_parser_stopped() {
    // Only the syntax error: triage's links to `roaming` must not be blamed
    // as well, since the flow exists but could not be read.
    assert_eq!(
        rejected("yaml-syntax"),
        [error("yaml-syntax/flows/roaming.yaml:13:23", Problem::YamlColonInText)]
    );
}

/// What YAML's parser says most often, in the author's language and
/// words, where to look: a colon in a value, a quote never closed (at its
/// opening, not at the end of the file), a key given twice (at the second).
#[test]
fn yaml_mistakes_are_said_in_the_authors_language_where_to_look() {
    assert_eq!(
        roaming_with_in("    step: roaming-wifi", "    step: roaming: wifi", "da"),
        [
            "roaming.yaml:13:18: fejl: et kolon og et mellemrum inde i en værdi: YAML læser det, der står før dem, \
             som en ny nøgle\n  tip: sæt hele værdien i dobbelte anførselstegn, som i title: \"Bemærk: læs dette\""
        ]
    );
    assert_eq!(
        roaming_with_in("    step: roaming-wifi", "    step: \"roaming-wifi", "en"),
        [
            "roaming.yaml:13:11: error: this quote or bracket is never closed: YAML read to the end of the file \
             looking for its end\n  hint: close it on the same line (\"…\", '…', […], {…}), or remove it"
        ]
    );
    assert_eq!(
        roaming_with_in("    step: roaming-wifi", "    step: roaming-wifi\n    step: roaming-wifi", "da"),
        ["roaming.yaml:14:5: fejl: 'step' er angivet to gange på samme niveau\n  tip: behold den ene: YAML \
             lægger ikke de to sammen"]
    );
}

/// Everything else YAML's parser refuses, said in the author's language
/// with what to do: none of the parser's English reaches them.
#[test]
fn no_yaml_mistake_reaches_an_author_in_the_parsers_english() {
    let step = "    step: roaming-wifi";
    let broken = [
        "    step: - roaming-wifi",
        "    step: \"roaming\\wifi\"",
        "    step: {roaming: wifi",
        "    step: |x",
        "    step: & roaming-wifi",
        "    step: !<roaming-wifi",
        "    step: ,",
        "    step: roaming-wifi\n---\nid: second",
        "    step: roaming-wifi\n    solved",
        "%TAG ! x\n---\n    step: roaming-wifi",
    ];
    let parsers_words = [
        "did not find",
        "could not find",
        "found unexpected",
        "while scanning",
        "while parsing",
        "not allowed in this context",
        "more than one document",
        "missing field",
        "invalid type",
    ];
    for to in broken {
        for lang in ["da", "en"] {
            let said = roaming_with_in(step, to, lang);
            assert_eq!(said.len(), 1, "{to:?}: {said:#?}");
            assert!(!parsers_words.iter().any(|words| said[0].contains(words)), "{to:?}: {}", said[0]);
        }
    }
    assert_eq!(
        roaming_with_in(step, "    step: - roaming-wifi", "da"),
        [
            "roaming.yaml:13:11: fejl: en liste kan ikke begynde på samme linje som sin nøgle\n  tip: sæt hvert \
          \"- punkt\" på sin egen linje under nøglen, indrykket længere end nøglen"
        ]
    );
    assert_eq!(
        roaming_with_in("        next: wifi\n", "", "en"),
        ["roaming.yaml:8:9: error: 'nodes.method.options[0]' has no 'next', which it needs\n  hint: add \
          \"next:\" with its value, indented as far as the keys beside it (flows/README.md shows every key)"]
    );
    assert_eq!(
        roaming_with_in(step, "    step: roaming-wifi\n...\nmore", "en"),
        [
            "roaming.yaml:14:1: error: a file holds one YAML document, and this line starts another: ---, ..., \
          or a line that starts with %\n  hint: remove the line; a second flow goes in a file of its own"
        ]
    );
}

#[test]
fn an_unknown_key_suggests_the_known_one() {
    assert_eq!(
        rejected("unknown-key"),
        [error("unknown-key/flows/roaming.yaml:9:9", Problem::UnknownKey { key: s("nxt") })
            .did_you_mean("next")]
    );
}

#[test]
fn a_link_to_a_missing_node_suggests_the_closest_node() {
    assert_eq!(
        rejected("dangling-node"),
        [error(
            "dangling-node/flows/roaming.yaml:11:15",
            Problem::UnknownNode { node: s("method"), via: Via::Option, target: s("wify") }
        )
        .did_you_mean("wifi")]
    );
}

#[test]
fn a_link_to_a_missing_flow_suggests_the_closest_flow() {
    assert_eq!(
        rejected("dangling-flow"),
        [error(
            "dangling-flow/flows/triage.yaml:11:15",
            Problem::UnknownFlow { node: s("problem"), via: Via::Option, target: s("roming#wifi") }
        )
        .did_you_mean("roaming#wifi")]
    );
}

#[test]
fn a_node_nothing_links_to_is_unreachable() {
    assert_eq!(
        rejected("unreachable"),
        [error("unreachable/flows/roaming.yaml:21:3", Problem::Unreachable { node: s("orphan") })]
    );
}

#[test]
fn every_node_of_a_loop_with_no_way_out_is_a_dead_end() {
    assert_eq!(
        rejected("dead-end"),
        [
            error("dead-end/flows/roaming.yaml:21:3", Problem::DeadEnd { node: s("which-app") }),
            error("dead-end/flows/roaming.yaml:26:3", Problem::DeadEnd { node: s("which-phone") }),
        ]
    );
}

#[test]
fn a_node_defined_twice_is_reported_at_the_second_definition() {
    assert_eq!(
        rejected("duplicate-node"),
        [error("duplicate-node/flows/roaming.yaml:21:3", Problem::DuplicateNode { node: s("fixed") })]
    );
}

#[test]
fn a_step_without_unsolved_is_reported_at_the_step() {
    assert_eq!(
        rejected("missing-unsolved"),
        [error(
            "missing-unsolved/flows/roaming.yaml:12:3",
            Problem::MissingTarget { node: s("wifi"), key: s("unsolved") }
        )]
    );
}

#[test]
fn a_message_missing_in_danish_is_a_warning_where_the_flow_uses_it() {
    assert_eq!(
        accepted("missing-da"),
        [warning(
            "missing-da/flows/roaming.yaml:17:10",
            Problem::MessageMissing { id: s("extra-en-only"), locale: s("da") }
        )]
    );
}

#[test]
fn a_node_message_without_title_is_an_error_in_english_and_a_warning_elsewhere() {
    let at = "missing-title/flows/roaming.yaml:17:10";
    let problem = |locale: &str| Problem::TitleMissing { id: s("extra-no-title"), locale: s(locale) };
    assert_eq!(rejected("missing-title"), [warning(at, problem("da")), error(at, problem("en"))]);
}

#[test]
fn a_message_missing_in_english_is_an_error() {
    let at = "missing-en/flows/roaming.yaml:17:10";
    let problem = |locale: &str| Problem::MessageMissing { id: s("extra-nowhere"), locale: s(locale) };
    assert_eq!(rejected("missing-en"), [warning(at, problem("da")), error(at, problem("en"))]);
}

#[test]
fn without_an_english_locale_loading_fails() {
    let loaded = load_with("valid/flows", "no-english/locales");
    assert!(loaded.content.is_none());
    let problems: Vec<Problem> = loaded.diagnostics.into_iter().map(|d| d.problem).collect();
    assert!(matches!(problems.as_slice(), [Problem::NoLocales { .. }]), "{problems:?}");
}

#[test]
fn a_missing_english_locale_is_reported_in_the_locales_directory_given() {
    let loaded = load_with("valid/flows", "no-english/locales");
    let places: Vec<String> = loaded.diagnostics.iter().map(|d| relative(d).location.to_string()).collect();
    assert_eq!(places, ["no-english/locales/en"]);
}

#[test]
fn a_missing_english_locale_is_named_in_the_message() {
    let loaded = load_with("valid/flows", "no-english/locales");
    let rendered = loaded.diagnostics[0].render(&program("en"));
    let first_line = rendered.lines().next().unwrap_or_default();
    assert!(first_line.ends_with(": error: there is no 'en' locale"), "{rendered}");
}

// ---- branches without a question, and sources ----

#[test]
fn every_mistake_in_a_when_node_is_reported_at_its_place_with_the_likely_fix() {
    let at = |line_col: &str| format!("branch-mistakes/flows/roaming.yaml:{line_col}");
    let known = s("sms_voice, app_passwords, temporary_access_pass, passkeys");
    assert_eq!(
        rejected("branch-mistakes"),
        [
            error(&at("12:3"), Problem::BranchLoop { node: s("decide") }),
            error(&at("14:13"), Problem::UnknownFact { fact: s("sms_voise"), known })
                .did_you_mean("sms_voice"),
            error(
                &at("18:15"),
                Problem::UnknownFactValue {
                    fact: s("sms_voice"),
                    value: s("offf"),
                    known: s("microsoft, own-provider, off")
                }
            )
            .did_you_mean("off"),
            error(&at("20:13"), Problem::BadDate { value: s("2027-02-30") }),
            error(&at("22:13"), Problem::EmptyCondition { node: s("decide") }),
            error(&at("24:13"), Problem::OrgNeedsIs { node: s("decide") }),
            error(&at("29:3"), Problem::BranchLoop { node: s("again") }),
        ]
    );
}

/// The built-in flows' sources, which the program keeps apart from their
/// catalog until asked: every one is there for `check --max-age`, at its
/// `checked:` line, or where a node reuses it with a YAML alias.
#[test]
fn the_built_in_flows_sources_are_checked_for_age_at_their_places() {
    let today = Date::parse("2036-01-01").expect("a day");
    let built_in = mfa_doctor::content::lookup::given_only(&Sources::default());
    let stale: BTreeSet<(String, usize)> = collect::all(&built_in, MaxAge { today, days: 365 })
        .iter()
        .filter(|d| matches!(d.problem, Problem::SourceStale { .. }))
        .map(|d| (d.location.file.to_string(), d.location.line))
        .collect();
    let mut written = BTreeSet::new();
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("flows")).expect("flows") {
        let path = entry.expect("an entry").path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).filter(|n| n.ends_with(".yaml")) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).expect("a flow");
        let lines = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.contains("checked:") || line.contains("sources: *"));
        written.extend(lines.map(|(number, _)| (format!("flows/{name}"), number + 1)));
    }
    assert!(written.len() > 100, "{}", written.len());
    assert_eq!(stale, written);
}

#[test]
fn a_source_older_than_the_allowed_age_is_a_warning_at_its_checked_date() {
    let sources = Sources {
        flows: Some(fixtures().join("stale-source/flows")),
        locales: Some(fixtures().join("locales")),
        config: None,
    };
    let today = Date::parse("2026-12-01").expect("a day");
    let stale: Vec<String> =
        collect::all(&mfa_doctor::content::lookup::given_only(&sources), MaxAge { today, days: 365 })
            .iter()
            .filter(|d| matches!(d.problem, Problem::SourceStale { .. }))
            .map(|d| relative(d).render(&program("en")))
            .collect();
    assert_eq!(
        stale,
        [
            "stale-source/flows/roaming.yaml:18:18: warning: the source https://support.apple.com/guide/iphone/ \
             was last checked on 2025-06-01, 548 days ago\n  hint: read the source again, correct the advice \
             if it changed, and set checked: to today's date"
        ]
    );
    // A shorter allowed age finds the recent one too.
    let strict = collect::all(&mfa_doctor::content::lookup::given_only(&sources), MaxAge { today, days: 7 });
    assert_eq!(strict.iter().filter(|d| matches!(d.problem, Problem::SourceStale { .. })).count(), 2);
}

// ---- all at once, and none ----

#[test]
fn every_problem_is_reported_at_once() {
    // Three mistakes found by three different passes: parsing (a node twice),
    // resolving links, and walking the graph.
    assert_eq!(
        rejected("three-errors"),
        [
            error(
                "three-errors/flows/roaming.yaml:11:15",
                Problem::UnknownNode { node: s("method"), via: Via::Option, target: s("wify") }
            )
            .did_you_mean("wifi"),
            error("three-errors/flows/roaming.yaml:21:3", Problem::DuplicateNode { node: s("fixed") }),
            error("three-errors/flows/triage.yaml:16:3", Problem::Unreachable { node: s("orphan") }),
        ]
    );
}

#[test]
fn the_valid_fixture_loads_without_diagnostics() {
    assert_eq!(accepted("valid"), []);
}

#[test]
fn the_bundled_content_loads_without_errors_or_warnings() {
    let loaded = content::load(&Sources::default());
    let l10n = program("en");
    let rendered: Vec<String> = loaded.diagnostics.iter().map(|d| d.render(&l10n)).collect();
    assert_eq!(rendered, Vec::<String>::new());
    assert!(loaded.content.is_some());
}

// ---- rendering ----

#[test]
fn renders_in_english_with_did_you_mean() {
    assert_eq!(
        only_diagnostic("dangling-node").render(&program("en")),
        "dangling-node/flows/roaming.yaml:11:15: error: option of node 'method' goes to 'wify', \
         which does not exist (did you mean 'wifi'?)"
    );
}

#[test]
fn renders_in_danish_with_did_you_mean() {
    assert_eq!(
        only_diagnostic("dangling-node").render(&program("da")),
        "dangling-node/flows/roaming.yaml:11:15: fejl: en svarmulighed i knuden 'method' fører til 'wify', \
         som ikke findes (mente du 'wifi'?)"
    );
}

#[test]
fn renders_a_hint_on_a_second_line() {
    assert_eq!(
        only_diagnostic("unreachable").render(&program("en")),
        "unreachable/flows/roaming.yaml:21:3: error: node 'orphan' cannot be reached from the triage\n  \
         hint: link to it from an option, a step, or the triage flow, or remove it"
    );
}

#[test]
fn renders_a_warning_in_danish() {
    assert_eq!(
        only_diagnostic("missing-da").render(&program("da")),
        "missing-da/flows/roaming.yaml:17:10: advarsel: meddelelsen 'extra-en-only' mangler i sproget 'da'\n  \
         tip: tilføj den i en .ftl-fil i sprogets mappe; indtil da vises den engelske tekst"
    );
}

/// What the operating system says is worded in the reader's language,
/// not quoted in English ("No such file or directory (os error 2)").
#[test]
fn a_missing_file_is_said_in_danish() {
    let loaded = content::load(&Sources {
        config: Some(PathBuf::from("/nonexistent/mfa-doctor.yaml")),
        ..Sources::default()
    });
    let [diagnostic] = loaded.diagnostics.as_slice() else { panic!("{:#?}", loaded.diagnostics) };
    let danish = diagnostic.render(&program("da"));
    assert!(
        danish.starts_with(
            "/nonexistent/mfa-doctor.yaml: fejl: kan ikke læses: filen eller mappen findes ikke\n"
        ),
        "{danish}"
    );
    assert!(!danish.contains("No such file") && !danish.contains("os error"), "{danish}");
    let english = diagnostic.render(&program("en"));
    assert!(english.contains(": error: cannot be read: no such file or directory\n"), "{english}");
    // For machines (`check --format json`) the system's own text stays.
    let arguments = diagnostic.arguments();
    assert!(
        arguments.iter().any(|(name, value)| name == "detail" && value.contains("os error 2")),
        "{arguments:?}"
    );
}

#[test]
fn a_flows_directory_that_cannot_be_read_is_one_problem_not_two() {
    let loaded = content::load(&Sources {
        flows: Some(std::path::PathBuf::from("/nonexistent/mfa-doctor-flows")),
        ..Sources::default()
    });
    let problems: Vec<&Problem> = loaded.diagnostics.iter().map(|d| &d.problem).collect();
    assert!(matches!(problems.as_slice(), [Problem::ReadFailed { .. }]), "{problems:?}");
}

/// Windows editors may save a byte order mark first: a flow and a locale
/// file with one read as without.
#[test]
fn a_byte_order_mark_is_read_as_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let copy = |from: &Path, to: &Path| {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                continue;
            }
            let mut bytes = b"\xef\xbb\xbf".to_vec();
            bytes.extend(std::fs::read(&path).unwrap());
            std::fs::write(to.join(path.file_name().unwrap()), bytes).unwrap();
        }
    };
    copy(&fixtures().join("valid/flows"), &dir.path().join("flows"));
    for tag in ["en", "da"] {
        copy(&fixtures().join("locales").join(tag), &dir.path().join("locales").join(tag));
    }
    let loaded =
        load_with(dir.path().join("flows").to_str().unwrap(), dir.path().join("locales").to_str().unwrap());
    assert_eq!(reported(&loaded), accepted("valid"), "{:#?}", loaded.diagnostics);
}

/// The valid case's roaming flow with one line changed, loaded with the
/// shared locales: what is reported, relative to the temporary folder.
fn roaming_with(from: &str, to: &str) -> Vec<String> {
    roaming_with_in(from, to, "en")
}

/// [`roaming_with`], said in `lang`.
fn roaming_with_in(from: &str, to: &str, lang: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let flows = dir.path().join("flows");
    std::fs::create_dir_all(&flows).unwrap();
    for name in ["triage.yaml", "roaming.yaml"] {
        let text = std::fs::read_to_string(fixtures().join("valid/flows").join(name)).unwrap();
        assert!(name != "roaming.yaml" || text.contains(from), "{from:?}");
        std::fs::write(flows.join(name), text.replacen(from, to, 1)).unwrap();
    }
    let loaded = load_with(flows.to_str().unwrap(), "locales");
    let prefix = format!("{}{MAIN_SEPARATOR}", flows.display());
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render(&program(lang)).replace(&prefix, ""))
        .collect()
}

#[test]
fn a_missing_space_after_a_colon_says_so_in_the_authors_words() {
    assert_eq!(
        roaming_with("    step: roaming-wifi", "    step:roaming-wifi"),
        [
            "roaming.yaml:13:5: error: 'nodes.wifi' should be a node: one of question, step, fix, escalate or when, \
          with its keys, but it is text\n  hint: put a space after the colon, as in \"step: restart-phone\": \
          without it, YAML reads the key and its value as one piece of text"
        ]
    );
}

#[test]
fn a_tab_in_the_indentation_is_reported_where_it_is() {
    assert_eq!(
        roaming_with("    step: roaming-wifi", "\tstep: roaming-wifi"),
        [
            "roaming.yaml:13:1: error: a tab in the indentation: YAML indents with spaces only\n  hint: replace \
          the tab with spaces, as many as the lines around it use (most editors can show tabs and convert them)"
        ]
    );
}

#[test]
fn a_control_character_is_named_at_its_line_and_column() {
    let with_escape = |lang| roaming_with_in("    step: roaming-wifi", "    step: roaming\x1b-wifi", lang);
    assert_eq!(
        with_escape("en"),
        ["roaming.yaml:13:18: error: an invisible control character (U+001B), which YAML does not allow\n  \
          hint: delete it: many editors show it as a small box or as ^G, ^[ and the like; if yours shows \
          nothing, retype the text from the start of that column"]
    );
    assert_eq!(
        with_escape("da"),
        ["roaming.yaml:13:18: fejl: et usynligt kontroltegn (U+001B), som YAML ikke tillader\n  \
          tip: slet det: mange editorer viser det som en lille firkant eller som ^G, ^[ og lignende; viser din \
          ingenting, så skriv teksten igen fra den kolonne"]
    );
    let bell = roaming_with("    question: roaming-method", "    question: roaming-method\x07");
    assert!(
        bell[0].starts_with("roaming.yaml:6:29: error: an invisible control character (U+0007)"),
        "{bell:?}"
    );
}

/// An English message a flow uses that the parser cannot read (a plural
/// without `*[other]`): `check` names the syntax error, not also the flow's
/// message as missing.
#[test]
fn a_broken_message_a_flow_uses_is_one_error_not_also_missing() {
    let dir = tempfile::tempdir().unwrap();
    for tag in ["en", "da"] {
        let to = dir.path().join(tag);
        std::fs::create_dir_all(&to).unwrap();
        for entry in std::fs::read_dir(fixtures().join("locales").join(tag)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
        }
    }
    let english = dir.path().join("en/fixtures.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    let plain = "roaming-method = Which method do you use to verify?";
    assert!(text.contains(plain));
    let plural = "roaming-method = { $count ->\n    [one] Which method\n    [other] Which methods\n}";
    std::fs::write(&english, text.replacen(plain, plural, 1)).unwrap();
    let sources = Sources {
        flows: Some(fixtures().join("valid/flows")),
        locales: Some(dir.path().into()),
        config: None,
    };
    let today = Date::parse("2026-12-01").expect("a day");
    let prefix = format!("{}{MAIN_SEPARATOR}", dir.path().display());
    let errors: Vec<String> =
        collect::all(&mfa_doctor::content::lookup::given_only(&sources), MaxAge { today, days: 365 })
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.render(&program("da")).replace(&prefix, "").replace(MAIN_SEPARATOR, "/"))
            .collect();
    assert_eq!(
        errors,
        ["en/fixtures.ftl:14:20: fejl: dette valg har ingen standardvariant: Fluent kræver én markeret \
             med *\n  tip: sæt en stjerne foran den variant, der vises, når ingen anden passer, som i *[other]"]
    );
}
