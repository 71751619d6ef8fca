//! The case summary: contents after a scripted walk, the JSON against its
//! documented schema, and resuming a saved case exactly.

mod bundled;

use bundled::content;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use mfa_doctor::content::Content;
use mfa_doctor::content::source::SourceFile;
use mfa_doctor::diagnostic::Problem;
use mfa_doctor::engine::Session;
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::report::{CaseNotes, Desk, Priority, Ticket, TicketOutcome, resume, to_markdown, to_text};
use serde_json::Value;

/// 2026-11-27T14:15:00Z
fn fixed_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_795_788_900)
}

/// Triage → "I see an error message" → the texts limit message → waiting
/// did not help → … to the end, answering "didn't help" each time.
fn walk(content: &Content) -> Session {
    let mut session = Session::new(Arc::new(content.catalog.clone()), today());
    let errors = option_to(&session, "triage#errors");
    session.choose(errors).unwrap();
    session.choose(1).unwrap(); // "You've hit our limit on text verification codes"
    while session.outcome().is_none() {
        let last = session.choices().len() - 1;
        session.choose(last.min(1)).unwrap();
    }
    session
}

fn option_to(session: &Session, path: &str) -> usize {
    let catalog = session.catalog();
    let target = catalog.find(path).unwrap();
    let successors = catalog.successors(session.current());
    successors.iter().position(|&n| n == target).unwrap()
}

fn notes() -> CaseNotes {
    let mut notes = CaseNotes {
        caller: "jane@contoso.example / INC-4711".into(),
        // The case began a week earlier and ran five minutes then.
        created: Some("2026-11-20T09:00:00Z".into()),
        // Kept on resume, so `stats` counts the case once.
        case_id: Some("3f9a0c71b2e4d5c6a7b8".into()),
        earlier_secs: 300,
        identity: Some("called back on the directory number".into()),
        ticket_number: "INC0012345".into(),
        handover: "Please re-register the Authenticator app.".into(),
        ..CaseNotes::default()
    };
    notes.notes.insert("code-not-arriving#limit-reached".into(), "Waited 10 minutes.\nStill blocked.".into());
    notes
}

#[test]
fn the_summary_of_a_walk_says_what_happened() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let session = walk(&content);
    let ticket = Ticket::new(&session, &notes(), &l10n, fixed_time());
    assert_eq!(ticket.created, "2026-11-20T09:00:00Z", "the case's first start");
    assert_eq!(ticket.updated, "2026-11-27T14:15:00Z");
    assert_eq!(ticket.language, "en");
    assert_eq!(ticket.outcome, TicketOutcome::Escalated);
    assert_eq!(ticket.error_message.as_deref(), Some("You've hit our limit on text verification codes"));
    assert_eq!(ticket.problem.as_deref(), Some("The verification code doesn't arrive"));
    assert_eq!(ticket.steps.first().map(|s| s.at.node.as_str()), Some("triage#problem"));
    assert_eq!(ticket.steps.len(), session.history().len());

    let markdown = to_markdown(&ticket, &l10n);
    for expected in [
        "# Two-step verification: case summary",
        "- **Outcome:** Handed to the helpdesk",
        "- **Caller:** jane@contoso.example / INC-4711",
        "- **Error message seen:** \"You've hit our limit on text verification codes\"",
        "1. What is going wrong? (`triage#problem`): I see an error message",
        "   - Note: Waited 10 minutes.\n     Still blocked.",
        "Language en · mfa-doctor ",
    ] {
        assert!(markdown.contains(expected), "{expected:?} missing from:\n{markdown}");
    }
}

#[test]
fn the_service_desk_fields_are_in_every_format() {
    let content = content();
    let desk = Desk { agent: Some("Ann Agent".into()), assignment_group: Some("IAM 2nd line".into()) };
    for (lang, expected) in [
        (
            "en",
            [
                "Ticket number: INC0012345",
                "Category: code-not-arriving",
                "Priority: Normal",
                "Caller's identity verified: Yes: called back on the directory number",
                "Agent: Ann Agent",
                "Opened: 2026-11-20T09:00:00Z",
                "Call time: 07:05",
                "Assign to: IAM 2nd line",
                "Handover note",
            ],
        ),
        (
            "da",
            [
                "Sagsnummer: INC0012345",
                "Kategori: code-not-arriving",
                "Prioritet: Normal",
                "Brugerens identitet bekræftet: Ja: called back on the directory number",
                "Supporter: Ann Agent",
                "Oprettet: 2026-11-20T09:00:00Z",
                "Opkaldstid: 07:05",
                "Tildel til: IAM 2nd line",
                "Overdragelsesnote",
            ],
        ),
    ] {
        let l10n = content.localizer(&[lang.parse().unwrap()]);
        let ticket = Ticket::for_desk(&walk(&content), &notes(), &l10n, fixed_time(), 125, &desk);
        assert_eq!(ticket.duration_secs, 425, "earlier sessions and this one");
        let text = to_text(&ticket, &l10n);
        let markdown = to_markdown(&ticket, &l10n);
        for field in expected {
            assert!(text.contains(field), "{lang}: {field:?} missing from the text:\n{text}");
            let (label, value) = field.split_once(": ").unwrap_or((field, ""));
            let bold = if value.is_empty() { label.to_string() } else { format!("**{label}:** {value}") };
            assert!(markdown.contains(&bold), "{lang}: {bold:?} missing from the Markdown:\n{markdown}");
        }
        for markup in ["**", "`", "# ", "- "] {
            assert!(!text.contains(markup), "{lang}: markup {markup:?} in the plain text:\n{text}");
        }
        let json: Value = serde_json::from_str(&ticket.to_json()).unwrap();
        assert_eq!(json["identity_verified"], true);
        assert_eq!(json["identity_method"], "called back on the directory number");
        assert_eq!(json["agent"], "Ann Agent");
        assert_eq!(json["ticket_number"], "INC0012345");
        assert_eq!(json["assignment_group"], "IAM 2nd line");
        assert_eq!(json["priority"], "normal");
    }
    let unverified = CaseNotes { identity: None, ..notes() };
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let ticket = Ticket::new(&walk(&content), &unverified, &l10n, fixed_time());
    assert!(to_text(&ticket, &l10n).contains("Caller's identity verified: No"));
    assert!(!ticket.identity_verified);
}

#[test]
fn an_urgent_case_has_high_priority() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let mut session = Session::new(Arc::new(content.catalog.clone()), today());
    let urgent = session.catalog().find("lost-phone#report").unwrap();
    session.jump(urgent);
    assert_eq!(session.outcome(), Some(mfa_doctor::engine::Outcome::Escalated { urgent: true }));
    let ticket = Ticket::new(&session, &notes(), &l10n, fixed_time());
    assert_eq!(ticket.priority, Priority::High);
    assert!(to_text(&ticket, &l10n).contains("Priority: High"));
}

#[test]
fn a_version_1_ticket_still_resumes() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let ticket = Ticket::new(&walk(&content), &CaseNotes::default(), &l10n, fixed_time());
    let mut json: Value = serde_json::from_str(&ticket.to_json()).unwrap();
    let object = json.as_object_mut().unwrap();
    for key in ["updated", "duration_secs", "category", "priority", "agent", "ticket_number"] {
        object.remove(key);
    }
    for key in ["identity_verified", "identity_method", "handover_note", "assignment_group"] {
        object.remove(key);
    }
    object.insert("schema".into(), Value::from("mfa-doctor-ticket/1"));
    let file = SourceFile { path: "case.json".into(), text: json.to_string() };
    let (_, notes) = resume(&file, Arc::new(content.catalog.clone()), today()).unwrap();
    assert_eq!(notes.created.as_deref(), Some("2026-11-27T14:15:00Z"));
    assert_eq!((notes.earlier_secs, notes.identity), (0, None));
}

#[test]
fn the_summary_is_in_the_session_language() {
    let content = content();
    let l10n = content.localizer(&["da".parse().unwrap()]);
    let ticket = Ticket::new(&walk(&content), &notes(), &l10n, fixed_time());
    let markdown = to_markdown(&ticket, &l10n);
    assert!(markdown.contains("# Totrinsbekræftelse: sagsopsummering"), "{markdown}");
    assert_eq!(
        ticket.error_message.as_deref(),
        Some("Du har nået vores grænse for koder til tekstbekræftelse")
    );
}

#[test]
fn the_json_follows_the_documented_schema() {
    let content = content();
    let l10n = content.localizer(&["da".parse().unwrap()]);
    let mut session = walk(&content);
    let jump_to = session.catalog().find("roaming#").unwrap();
    session.jump(jump_to);
    let ticket = Ticket::new(&session, &notes(), &l10n, fixed_time());
    let schema_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/ticket.schema.json");
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let json: Value = serde_json::from_str(&ticket.to_json()).unwrap();
    let errors = validate(&json, &schema, &schema, "$");
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator itself must catch a wrong document.
    let mut broken = json.clone();
    broken["outcome"] = Value::from("maybe");
    assert!(!validate(&broken, &schema, &schema, "$").is_empty());
}

#[test]
fn resume_restores_node_history_and_notes_exactly() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let mut session = walk(&content);
    session.back();
    session.back();
    let jump_to = session.catalog().find("new-phone#").unwrap();
    session.jump(jump_to);
    let ticket = Ticket::new(&session, &notes(), &l10n, fixed_time());
    let file = SourceFile { path: "case.json".into(), text: ticket.to_json() };
    let (resumed, resumed_notes) = resume(&file, Arc::new(content.catalog.clone()), today()).unwrap();
    assert_eq!(resumed.current(), session.current());
    assert_eq!(resumed.history(), session.history());
    assert_eq!(resumed_notes, notes());
}

#[test]
fn a_ticket_that_no_longer_fits_the_flows_names_the_step() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let ticket = Ticket::new(&walk(&content), &notes(), &l10n, fixed_time());
    let mut json: Value = serde_json::from_str(&ticket.to_json()).unwrap();
    json["steps"][2]["node"] = Value::from("code-not-arriving#no-such-node");
    let file = SourceFile { path: "case.json".into(), text: json.to_string() };
    let error = resume(&file, Arc::new(content.catalog.clone()), today()).unwrap_err();
    assert_eq!(
        error.problem,
        Problem::TicketStepMismatch { step: 3, node: "code-not-arriving#no-such-node".into() }
    );
}

#[test]
fn a_file_that_is_not_a_ticket_is_reported_with_its_place() {
    let content = content();
    let file = SourceFile { path: "case.json".into(), text: "{\n  \"schema\": 7\n}".into() };
    let error = resume(&file, Arc::new(content.catalog.clone()), today()).unwrap_err();
    assert_eq!(error.location.to_string(), "case.json:2:13");
    assert!(matches!(error.problem, Problem::TicketUnreadable { .. }));
}

/// The part of JSON Schema the ticket schema uses: type, const, enum,
/// required, properties, additionalProperties: false, items, oneOf, $ref.
fn validate(value: &Value, schema: &Value, root: &Value, at: &str) -> Vec<String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = reference.trim_start_matches("#/").split('/').fold(root, |node, key| &node[key]);
        return validate(value, target, root, at);
    }
    let mut errors = Vec::new();
    if let Some(expected) = schema.get("const") {
        if value != expected {
            errors.push(format!("{at}: expected {expected}"));
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(value) {
            errors.push(format!("{at}: {value} not one of {allowed:?}"));
        }
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            other => other.as_str().into_iter().collect(),
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !types.contains(&actual) {
            errors.push(format!("{at}: {actual} is not {types:?}"));
        }
    }
    if let (Some(object), Some(properties)) = (value.as_object(), schema.get("properties")) {
        for key in
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
        {
            if !object.contains_key(key) {
                errors.push(format!("{at}: missing {key}"));
            }
        }
        for (key, item) in object {
            match properties.get(key) {
                Some(sub) => errors.extend(validate(item, sub, root, &format!("{at}.{key}"))),
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: unexpected {key}"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(item_schema)) = (value.as_array(), schema.get("items")) {
        for (i, item) in items.iter().enumerate() {
            errors.extend(validate(item, item_schema, root, &format!("{at}[{i}]")));
        }
    }
    if let Some(choices) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = choices.iter().filter(|choice| validate(value, choice, root, at).is_empty()).count();
        if matching != 1 {
            errors.push(format!("{at}: matches {matching} of oneOf"));
        }
    }
    errors
}

#[test]
fn an_answer_of_the_wrong_kind_is_not_replayed_as_another() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let ticket = Ticket::new(&walk(&content), &notes(), &l10n, fixed_time());
    let mut json: Value = serde_json::from_str(&ticket.to_json()).unwrap();
    // Step 1 is the triage question: "solved" does not answer a question.
    json["steps"][0]["answer"] = serde_json::json!({ "kind": "solved", "label": "Yes" });
    let file = SourceFile { path: "case.json".into(), text: json.to_string() };
    let error = resume(&file, Arc::new(content.catalog.clone()), today()).unwrap_err();
    assert_eq!(error.problem, Problem::TicketStepMismatch { step: 1, node: "triage#problem".into() });
}

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}

/// A ticket's fields are made safe when it is made; one that is edited
/// afterwards (or a field a later change forgets) still reaches the JSON
/// with DEL, C1 controls and bidi overrides and isolates escaped, and the
/// Markdown and text without them.
#[test]
fn the_json_ticket_escapes_c1_and_bidi_controls() {
    let content = content();
    let l10n = content.localizer(&["en".parse().unwrap()]);
    let mut ticket = Ticket::new(&walk(&content), &notes(), &l10n, fixed_time());
    let hostile = "x\u{9b}2J\u{9d}52;c;ZXZpbA==\u{9c}\u{85}\u{7f}\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}\u{2066}\u{2067}\u{2068}\u{2069}y";
    ticket.caller = hostile.into();
    ticket.handover_note = Some(hostile.into());
    let json = ticket.to_json();
    assert!(json.chars().all(|c| c == '\n' || !c.is_control()), "{json:?}");
    assert!(
        !json.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "{json:?}"
    );
    assert!(json.contains(r"x\u009b2J\u009d52;c;ZXZpbA==\u009c\u0085\u007f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069y"));
    let back: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back["caller"], hostile, "the escapes read back as the same text");
    for shown in [to_markdown(&ticket, &l10n), to_text(&ticket, &l10n)] {
        assert!(shown.contains("xy"), "{shown}");
        assert!(shown.chars().all(|c| c == '\n' || !c.is_control()), "{shown:?}");
        assert!(!shown.chars().any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')));
    }
}
