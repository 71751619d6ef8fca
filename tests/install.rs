//! The binary as an installation uses it: organization-wide and personal
//! settings found without flags, `--where`, shell completions and the man
//! page.

mod support;

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-doctor");

/// Runs the binary in a sandbox whose system directory is `system` and
/// whose user config home is `xdg`.
fn run(args: &[&str], system: &Path, xdg: &Path) -> Output {
    let (_dir, vars) = support::sandbox();
    Command::new(BIN)
        .args(args)
        .env_clear()
        .envs(vars)
        .env("MFA_DOCTOR_SYSTEM_DIR", system)
        .env("XDG_CONFIG_HOME", xdg)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("a directory");
    std::fs::write(path, contents).expect("a file");
}

const SYSTEM_CONFIG: &str = "helpdesk:\n  name: Org Desk\n  phone: '+45 11 11 11 11'\n";
const USER_CONFIG: &str = "helpdesk:\n  name: My Desk\n  phone: '+45 22 22 22 22'\n";
/// Through code-not-arriving's limit message and the checks after it, none of
/// which helps: the helpdesk screen, whatever the day.
const TO_THE_HELPDESK: &str = "1,2,2,2,2,2,2,2";

/// An organization's folder as the READMEs describe it: one new flow with
/// its English and Danish text and an answer in the triage, German added,
/// and the helpdesk's name and phone.
fn organization(system: &Path) {
    write(&system.join("config.yaml"), "helpdesk:\n  name: Org Desk\n  phone: \"0800123456\"\n");
    write(&system.join("flows/vpn-mfa.yaml"), VPN_FLOW);
    write(&system.join("locales/en/vpn-mfa.ftl"), VPN_EN);
    write(&system.join("locales/da/vpn-mfa.ftl"), VPN_DA);
    write(&system.join("locales/de/triage.ftl"), GERMAN);
}

const VPN_FLOW: &str = "id: vpn-mfa
title: vpn-mfa-title
start: approve
triage:
  under: else
  label: vpn-mfa-triage
nodes:
  approve:
    step: vpn-mfa-approve
    solved: connected
    unsolved: helpdesk
  connected:
    fix: vpn-mfa-connected
  helpdesk:
    escalate: vpn-mfa-helpdesk
";

const VPN_EN: &str = "vpn-mfa-title = The VPN asks for a code
vpn-mfa-triage = The VPN client asks for a code
vpn-mfa-approve = Open the VPN client again and approve the request in the Authenticator app.
    .title = Approve the VPN sign-in
vpn-mfa-connected = Good: you are connected.
    .title = Connected
vpn-mfa-helpdesk = Call { $helpdesk-name }.
    .title = Call the helpdesk
";

const VPN_DA: &str = "vpn-mfa-title = VPN'en beder om en kode
vpn-mfa-triage = VPN-klienten beder om en kode
vpn-mfa-approve = Åbn VPN-klienten igen, og godkend anmodningen i Authenticator-appen.
    .title = Godkend VPN-logonet
vpn-mfa-connected = Godt: du er forbundet.
    .title = Forbundet
vpn-mfa-helpdesk = Ring til { $helpdesk-name }.
    .title = Ring til helpdesk
";

const GERMAN: &str = "triage-problem = Wählen Sie die Antwort, die am besten passt.
    .title = Was läuft schief?
";

/// Line mode with `input` typed, in a sandbox whose system directory is
/// `system` and whose user config home is `xdg`.
fn plain(args: &[&str], input: &str, system: &Path, xdg: &Path) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let (_dir, vars) = support::sandbox();
    let mut child = Command::new(BIN)
        .arg("--plain")
        .args(args)
        .env_clear()
        .envs(vars)
        .env("MFA_DOCTOR_SYSTEM_DIR", system)
        .env("XDG_CONFIG_HOME", xdg)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("input written");
    child.wait_with_output().expect("the binary ends")
}

/// From the triage to the VPN flow's helpdesk screen: "something else"
/// twice, the VPN answer (before the last, "none of these"), "didn't help".
const TO_THE_VPN_HELPDESK: &str = "9\n9\n2\n2\nq\n";
/// From the triage down the built-in "code never arrives" to its helpdesk:
/// the limit message, and nothing helps (no step on the way depends on the
/// date).
const TO_THE_BUILT_IN_HELPDESK: &str = "2\n1\n2\n2\n2\n2\n2\n2\n2\nq\n";

#[test]
fn where_shows_every_layer_what_it_adds_and_whether_it_is_valid() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    organization(&system);
    write(&xdg.join("mfa-doctor/config.yaml"), "helpdesk:\n  name: My Desk\n");
    let output = run(&["--where"], &system, &xdg);
    assert_eq!(output.status.code(), Some(0));
    let expected = format!(
        "Built into the program: valid\n\
         \x20   21 flows; languages: da, en\n\
         Organization ({system}): valid\n\
         \x20   flows added: vpn-mfa\n\
         \x20   languages added: de\n\
         \x20   messages in da: 5 added, 0 replaced\n\
         \x20   messages in de: 1 added, 0 replaced\n\
         \x20   messages in en: 5 added, 0 replaced\n\
         \x20   settings: helpdesk.name, helpdesk.phone\n\
         Your own ({user}): valid\n\
         \x20   settings: helpdesk.name\n\
         Each layer is laid over the ones above it: it adds flows, languages and settings, or replaces them by id. Folders searched: {system}, {user}\n",
        user = xdg.join("mfa-doctor").display(),
        system = system.display(),
    );
    assert_eq!(text(&output.stdout), expected);
}

#[test]
fn where_says_built_in_when_nothing_is_installed() {
    let root = tempfile::tempdir().unwrap();
    let output = run(&["--where", "--lang", "da"], &root.path().join("etc"), &root.path().join("xdg"));
    let stdout = text(&output.stdout);
    assert!(
        stdout.starts_with(&format!(
            "Indbygget i programmet: i orden\n    21 forløb; sprog: da, en\nOrganisationen ({}): intet her\n",
            root.path().join("etc").display()
        )),
        "{stdout}"
    );
}

#[test]
fn an_organization_adds_a_flow_german_and_its_phone_and_a_personal_name_keeps_the_rest() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    organization(&system);
    write(&xdg.join("mfa-doctor/config.yaml"), "helpdesk:\n  name: My Desk\n");

    let english = plain(&[], TO_THE_VPN_HELPDESK, &system, &xdg);
    let shown = text(&english.stdout);
    assert!(
        shown.contains("2. The VPN client asks for a code\n3. None of these, or nothing has helped"),
        "{shown}"
    );
    assert!(shown.contains("Call My Desk."), "{shown}");
    assert!(shown.contains("How to reach My Desk\nPhone: 0800123456\n"), "the organization's phone: {shown}");
    assert_eq!(text(&english.stderr), "");

    let danish = text(&plain(&["--lang", "da"], TO_THE_VPN_HELPDESK, &system, &xdg).stdout);
    assert!(danish.contains("Hvad går der galt?"), "Danish stays: {danish}");
    assert!(danish.contains("2. VPN-klienten beder om en kode"), "{danish}");

    let german = text(&plain(&["--lang", "de"], "q\n", &system, &xdg).stdout);
    assert!(german.contains("Was läuft schief?\n"), "German added: {german}");
    assert!(german.contains("1. I don't have my phone with me"), "English where German has none: {german}");

    let built_in = text(&plain(&[], TO_THE_BUILT_IN_HELPDESK, &system, &xdg).stdout);
    assert!(built_in.contains("How to reach My Desk\nPhone: 0800123456\n"), "{built_in}");

    let check = run(&["check"], &system, &xdg);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
}

/// Each way an organization's or a person's file can be broken, with the
/// file and the problem `check` names.
const BREAKAGES: &[(&str, &str, &str)] = &[
    (
        "etc/flows/vpn-mfa.yaml",
        "id: vpn-mfa\ntitle: vpn-mfa-title\nstart: aprove\nnodes:\n  approve:\n    fix: vpn-mfa-connected\n",
        "does not exist",
    ),
    (
        "etc/locales/de/triage.ftl",
        "triage-problem = Wählen { $stepp }\n    .title = Was läuft schief?\n",
        "stepp",
    ),
    ("xdg/mfa-doctor/config.yaml", "helpdesk:\n  nam: My Desk\n", "unknown key 'nam'"),
];

const LEFT_OUT: &str = "Note: part of your organization's content for mfa-doctor has errors and is not used, so you see the standard help in its place. Your IT department can see what is wrong with `mfa-doctor check`.\n";

#[test]
fn a_broken_layer_still_gives_the_built_in_troubleshooter_and_the_helpdesk() {
    for (file, broken, _) in BREAKAGES {
        let root = tempfile::tempdir().unwrap();
        let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
        organization(&system);
        write(&root.path().join(file), broken);
        for lang in ["en", "de"] {
            let quit = plain(&["--lang", lang], "q\n", &system, &xdg);
            assert_eq!(quit.status.code(), Some(0), "{file} {lang}");
            assert_eq!(text(&quit.stderr), LEFT_OUT, "{file} {lang}");
            let shown = text(&quit.stdout);
            assert!(shown.contains("1. I don't have my phone with me"), "{file} {lang}: {shown}");
            assert!(!shown.contains('{') && !shown.contains("stepp"), "{file} {lang}: {shown}");
        }
        let helpdesk = text(&plain(&[], TO_THE_BUILT_IN_HELPDESK, &system, &xdg).stdout);
        assert!(helpdesk.contains("How to reach Org Desk\nPhone: 0800123456\n"), "{file}: {helpdesk}");
        let strict = plain(&["--strict"], "q\n", &system, &xdg);
        assert_eq!(strict.status.code(), Some(1), "{file}: --strict refuses");
    }
}

/// A start checks of the built-in content only what a layer touches (build.rs
/// checked the rest); what a layer breaks there is still found, and the
/// layer's part left out: English that drops a node's title, a flow that
/// uses a message no language has, a flow's own text without its title.
#[test]
fn what_a_layer_breaks_in_the_messages_flows_use_is_found_at_a_start() {
    let vpn_flow = VPN_FLOW.replace("fix: vpn-mfa-connected", "fix: vpn-mfa-nowhere");
    let vpn_en = VPN_EN.replace("    .title = Connected\n", "");
    for (file, broken, problem) in [
        (
            "etc/locales/en/triage.ftl",
            "triage-problem = Pick whatever fits.\n",
            "message 'triage-problem' has no .title in locale 'en'",
        ),
        ("etc/flows/vpn-mfa.yaml", vpn_flow.as_str(), "message 'vpn-mfa-nowhere' is missing in locale 'en'"),
        (
            "etc/locales/en/vpn-mfa.ftl",
            vpn_en.as_str(),
            "message 'vpn-mfa-connected' has no .title in locale 'en'",
        ),
    ] {
        let root = tempfile::tempdir().unwrap();
        let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
        organization(&system);
        write(&root.path().join(file), broken);
        let quit = plain(&["--lang", "en"], "q\n", &system, &xdg);
        assert_eq!(quit.status.code(), Some(0), "{file}");
        assert_eq!(text(&quit.stderr), LEFT_OUT, "{file}");
        let shown = text(&quit.stdout);
        assert!(shown.contains("Pick the answer closest to what happens"), "{file}: {shown}");
        let strict = plain(&["--strict"], "q\n", &system, &xdg);
        assert_eq!(strict.status.code(), Some(1), "{file}: --strict refuses");
        assert!(text(&strict.stderr).contains(problem), "{file}: {}", text(&strict.stderr));
    }
}

#[test]
fn check_lists_every_broken_layer_at_once_and_refuses() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    organization(&system);
    for (file, broken, _) in BREAKAGES {
        write(&root.path().join(file), broken);
    }
    let check = run(&["check"], &system, &xdg);
    assert_eq!(check.status.code(), Some(1));
    let said = text(&check.stdout);
    for (file, _, problem) in BREAKAGES {
        let path = root.path().join(file).display().to_string();
        let found =
            said.lines().any(|l| l.starts_with(&path) && l.contains(": error: ") && l.contains(problem));
        assert!(found, "{file}: {problem} in\n{said}");
    }
    let where_ = text(&run(&["--where"], &system, &xdg).stdout);
    assert!(where_.contains(&format!("Organization ({}): 3 errors", system.display())), "{where_}");
    assert!(where_.contains("left out when mfa-doctor starts"), "{where_}");
}

#[test]
fn a_flow_adds_itself_to_the_triage_only_where_there_is_room() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    organization(&system);
    for (under, expected) in [
        (
            "problem",
            "error: the triage question 'problem' already has 9 answers, as many as one digit key can choose\n  hint: put the answer under another triage question",
        ),
        (
            "mroe",
            "error: 'triage: under:' names 'mroe', which is not a question of the triage (its questions: problem, errors, error-codes, new, more, else) (did you mean 'more'?)",
        ),
    ] {
        write(
            &system.join("flows/vpn-mfa.yaml"),
            &VPN_FLOW.replace("under: else", &format!("under: {under}")),
        );
        let check = run(&["check"], &system, &xdg);
        assert_eq!(check.status.code(), Some(1));
        let said = text(&check.stdout);
        let place = format!("{}:5:10: {expected}", system.join("flows/vpn-mfa.yaml").display());
        assert!(said.contains(&place), "{place}\nin\n{said}");
    }
}

#[test]
fn only_given_reads_a_folder_on_its_own_as_before() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    organization(&system);
    let flows = system.join("flows").display().to_string();
    let layered = run(&["check", "--flows", &flows], &root.path().join("none"), &xdg);
    assert_eq!(layered.status.code(), Some(1), "no text for the flow without the locales folder");
    let locales = system.join("locales").display().to_string();
    let layered = run(&["check", "--flows", &flows, "--locales", &locales], &root.path().join("none"), &xdg);
    assert_eq!(layered.status.code(), Some(0), "{}", text(&layered.stdout));
    let alone = run(
        &["check", "--flows", &flows, "--locales", &locales, "--only-given"],
        &root.path().join("none"),
        &xdg,
    );
    assert_eq!(alone.status.code(), Some(1));
    assert!(text(&alone.stdout).contains("there is no flow with id 'triage'"), "{}", text(&alone.stdout));
}

#[test]
fn the_organization_config_is_used_and_a_personal_one_or_a_flag_wins() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    write(&system.join("config.yaml"), SYSTEM_CONFIG);
    let walk = ["walk", "code-not-arriving", "--answers", TO_THE_HELPDESK];
    let organization = text(&run(&walk, &system, &xdg).stdout);
    assert!(organization.contains("How to reach Org Desk\nPhone: +45 11 11 11 11"), "{organization}");

    write(&xdg.join("mfa-doctor/config.yaml"), USER_CONFIG);
    let personal = text(&run(&walk, &system, &xdg).stdout);
    assert!(personal.contains("Phone: +45 22 22 22 22"), "{personal}");

    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.yaml");
    let flagged = text(&run(&[&walk[..], &["--config", example]].concat(), &system, &xdg).stdout);
    assert!(flagged.contains("Phone: +45 70 20 30 40"), "{flagged}");
}

#[test]
fn broken_organization_flows_are_reported_like_flagged_ones() {
    let root = tempfile::tempdir().unwrap();
    let system = root.path().join("etc");
    write(&system.join("flows/triage.yaml"), "id: triage\nstart: nowhere\nnodes: {}\n");
    let output = run(&["check"], &system, &root.path().join("xdg"));
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(stdout.contains(&format!("{}", system.join("flows/triage.yaml").display())), "{stdout}");
}

#[test]
fn completions_for_each_shell_know_the_subcommands() {
    let root = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let output = run(&["completions", shell], root.path(), root.path());
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = text(&output.stdout);
        for word in ["mfa-doctor", "walk", "answers", "high-contrast"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh"], root.path(), root.path()).status.code(), Some(2));
}

#[test]
fn man_page_is_generated_troff_in_the_language_asked() {
    let root = tempfile::tempdir().unwrap();
    let page = text(&run(&["man"], root.path(), root.path()).stdout);
    assert!(page.contains(".TH mfa-doctor 1"), "{page}");
    assert!(
        page.contains("Show where flows, translations and organization settings are read from"),
        "{page}"
    );
    let danish = text(&run(&["man", "--lang", "da"], root.path(), root.path()).stdout);
    assert!(danish.contains("Vis, hvor forløb"), "{danish}");
}

#[test]
fn the_man_page_has_exit_status_environment_files_and_keys_and_no_pages_that_do_not_exist() {
    let root = tempfile::tempdir().unwrap();
    for (lang, headings, said) in [
        (
            "en",
            [".SH COMMANDS", ".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES", ".SH KEYS"],
            "ran out of answers",
        ),
        (
            "da",
            [".SH KOMMANDOER", ".SH AFSLUTNINGSSTATUS", ".SH MILJØ", ".SH FILER", ".SH TASTER"],
            "løb tør for svar",
        ),
    ] {
        let page = text(&run(&["man", "--lang", lang], root.path(), root.path()).stdout);
        for heading in headings {
            assert!(page.contains(&format!("{heading}\n")), "{heading} missing in {lang}:\n{page}");
        }
        for word in [
            "NO_COLOR",
            "COLUMNS",
            "LC_ALL",
            "LANG",
            "/etc/mfa\\-doctor/",
            "~/.config/mfa\\-doctor/",
            "\\fB5\\fR",
            // The keys, named from the key bindings as the help names them.
            "\\fBq Ctrl\\-C\\fR",
            "\\fBCtrl\\-Z\\fR",
        ] {
            assert!(page.contains(word), "{word} missing in {lang}:\n{page}");
        }
        assert!(page.contains(said) && page.contains("\\-\\-plain"), "{page}");
        assert!(!page.contains("(1)\n"), "a reference to a page that does not exist:\n{page}");
        assert!(page.contains("\\fBmfa\\-doctor walk\\fR"), "{page}");
    }
}

#[test]
fn completions_offer_flow_ids_nodes_and_language_tags() {
    let root = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let script = text(&run(&["completions", shell], root.path(), root.path()).stdout);
        for word in ["code-not-arriving", "lost-phone", "code-not-arriving#restart-phone"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let bash = text(&run(&["completions", "bash"], root.path(), root.path()).stdout);
    assert!(bash.contains("--lang)\n                    COMPREPLY=($(compgen -W \"da en\""), "{bash}");
    // Bash completes a flow after walk, and flow#node after preview.
    let script = root.path().join("completions.bash");
    std::fs::write(&script, &bash).unwrap();
    let complete = |words: &str, cur: &str, prev: &str| {
        let line = format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD=2; _mfa__doctor mfa-doctor '{cur}' '{prev}'; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        text(&Command::new("bash").args(["-c", &line]).output().expect("bash runs").stdout)
    };
    assert_eq!(complete("mfa-doctor walk code-not", "code-not", "walk"), "code-not-arriving\n");
    assert!(
        complete("mfa-doctor preview lost-phone#he", "lost-phone#he", "preview")
            .contains("lost-phone#helpdesk"),
        "preview completes nodes"
    );
    // An organization's language is offered too.
    write(&root.path().join("etc/locales/de/ui.ftl"), "ui-app-name = mfa-doctor\n");
    let with_german = text(&run(&["completions", "bash"], &root.path().join("etc"), root.path()).stdout);
    assert!(with_german.contains("\"da en de\""), "{with_german}");
}

#[test]
fn a_phone_number_with_a_leading_zero_keeps_it_on_the_escalation_screen() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    write(&system.join("config.yaml"), "helpdesk:\n  phone: \"0800123456\"\n");
    let preview = run(&["preview", "lost-phone#helpdesk"], &system, &xdg);
    let screen = text(&preview.stdout);
    assert!(screen.contains("0800123456"), "{screen}");
    let walk = run(&["walk", "code-not-arriving", "--answers", TO_THE_HELPDESK], &system, &xdg);
    let transcript = text(&walk.stdout);
    assert!(transcript.contains("Phone: 0800123456\n"), "{transcript}");
}

/// The organization's way in flows/README.md, step by step and as written:
/// the folder, its check with the command the README gives, deployed as
/// the system folder, then `--where` (which must print what the README
/// shows) and `check` with no flags.
#[test]
fn the_organizations_way_in_the_readme_works_as_written() {
    let readme = include_str!("../flows/README.md");
    let section =
        readme.split("## The organization's way").nth(1).expect("the section").split("\n## ").next();
    let section = section.expect("its text");
    let root = tempfile::tempdir().unwrap();
    let contoso = root.path().join("contoso");
    write(&contoso.join("config.yaml"), "helpdesk:\n  name: Contoso IT\n  phone: \"0800123456\"\n");
    write(&contoso.join("flows/vpn-mfa.yaml"), VPN_FLOW);
    write(&contoso.join("locales/en/vpn-mfa.ftl"), VPN_EN);
    write(&contoso.join("locales/da/vpn-mfa.ftl"), VPN_DA);
    assert!(
        section.contains("triage: { under: else, label: vpn-mfa-triage }")
            && VPN_FLOW.contains("under: else")
    );

    // 2. The check the README gives, run in the folder holding contoso/.
    let command =
        section.lines().find_map(|l| l.trim().strip_prefix("`mfa-doctor check --flows")).expect("step 2");
    let args: Vec<&str> = command.trim_end_matches(['`', '.']).split_whitespace().collect();
    let args = [&["check", "--flows"][..], &args].concat();
    let (_dir, vars) = support::sandbox();
    let check =
        Command::new(BIN).args(&args).current_dir(root.path()).env_clear().envs(vars).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{args:?}: {}", text(&check.stdout));

    // 3. Deployed system-wide; 4. `--where` and `check` on a user's machine.
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    for file in ["config.yaml", "flows/vpn-mfa.yaml", "locales/en/vpn-mfa.ftl", "locales/da/vpn-mfa.ftl"] {
        write(&system.join(file), &std::fs::read_to_string(contoso.join(file)).unwrap());
    }
    let shown =
        section.split("```text\n").nth(2).and_then(|block| block.split("```").next()).expect("--where");
    let expected: String = shown
        .lines()
        .map(|line| line.strip_prefix("   ").unwrap_or(line))
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect::<String>()
        .replace("/etc/mfa-doctor", &system.display().to_string())
        .replace("/home/ada/.config/mfa-doctor", &xdg.join("mfa-doctor").display().to_string());
    let where_ = text(&run(&["--where"], &system, &xdg).stdout);
    assert!(where_.starts_with(&expected), "the README shows\n{expected}\nthe program says\n{where_}");
    let check = run(&["check"], &system, &xdg);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let answers = text(&plain(&[], "9\n9\nq\n", &system, &xdg).stdout);
    assert!(answers.contains("2. The VPN client asks for a code"), "the triage entry: {answers}");
}

/// A flow that replaces a built-in one and lacks a node other built-in
/// flows link to: the tools name each such link at its line and column in
/// the built-in flow, as `check` does; a person still gets the built-in
/// troubleshooter, the replacement left out.
#[test]
fn a_replaced_flow_that_breaks_built_in_links_is_placed_at_line_and_column() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    let replacement = "id: code-not-arriving\ntitle: code-not-arriving-title\nstart: method\nnodes:\n  method:\n    escalate: code-not-arriving-helpdesk\n";
    write(&system.join("flows/code-not-arriving.yaml"), replacement);
    let placed = |said: &str| {
        said.lines().any(|line| {
            let Some(rest) = line.strip_prefix("flows/new-phone.yaml:") else { return false };
            let mut parts = rest.splitn(3, ':');
            let numbers = [parts.next(), parts.next()];
            numbers.iter().all(|n| n.is_some_and(|n| n.parse::<usize>().is_ok()))
                && rest.contains("code-not-arriving#texts-off")
        })
    };
    let walk = run(&["walk", "triage", "--answers", "1"], &system, &xdg);
    assert_eq!(walk.status.code(), Some(1));
    assert!(placed(&text(&walk.stderr)), "{}", text(&walk.stderr));
    let check = run(&["check", "--errors-only"], &system, &xdg);
    assert!(placed(&text(&check.stdout)), "{}", text(&check.stdout));
    let person = plain(&[], "q\n", &system, &xdg);
    assert_eq!(person.status.code(), Some(0));
    assert_eq!(text(&person.stderr), LEFT_OUT);
}

/// An organization's flow that replaces a built-in one, which a built-in
/// flow links to: the built-in flows are linked again with it, so the
/// triage's answer leads to the replacement, and `check` and `--where`
/// agree it is valid.
#[test]
fn a_replaced_built_in_flow_is_where_the_built_in_links_to_it_lead() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    let replacement =
        "id: roaming\ntitle: roaming-title\nstart: fixed\nnodes:\n  fixed:\n    fix: roaming-fixed\n";
    write(&system.join("flows/roaming.yaml"), replacement);
    // Anything else, then "I'm abroad": the built-in triage's link to `roaming#`.
    let walk = run(&["walk", "triage", "--answers", "9,6", "--lang", "en"], &system, &xdg);
    assert_eq!(walk.status.code(), Some(0), "{}", text(&walk.stderr));
    let said = text(&walk.stdout);
    assert!(said.contains("Solved: You're signed in") && !said.contains("Your method"), "{said}");
    let check = run(&["check"], &system, &xdg);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    let where_ = text(&run(&["--where", "--lang", "en"], &system, &xdg).stdout);
    assert!(
        where_
            .contains(&format!("Organization ({}): valid\n    flows replaced: roaming\n", system.display())),
        "{where_}"
    );
    let person = plain(&["--lang", "en"], "9\n6\nq\n", &system, &xdg);
    assert_eq!((person.status.code(), text(&person.stderr)), (Some(0), String::new()));
    assert!(text(&person.stdout).contains("You are signed in."), "{}", text(&person.stdout));
}

/// An organization's flow links into the built-in flows, which the program
/// carries linked already: a link to a node they have leads there, a
/// misspelt one is named at its place with the node meant.
#[test]
fn an_added_flow_links_into_the_built_in_flows_by_their_node_names() {
    let root = tempfile::tempdir().unwrap();
    let (system, xdg) = (root.path().join("etc"), root.path().join("xdg"));
    organization(&system);
    let without_helpdesk = VPN_FLOW.split("  helpdesk:").next().unwrap_or_default();
    let linking = without_helpdesk.replace("unsolved: helpdesk", "unsolved: code-not-arriving#texts-off");
    write(&system.join("flows/vpn-mfa.yaml"), &linking);
    let walk = run(&["walk", "vpn-mfa", "--answers", "unsolved", "--lang", "en"], &system, &xdg);
    let said = text(&walk.stdout);
    assert!(said.contains("The verification code doesn't arrive"), "{said}{}", text(&walk.stderr));
    write(&system.join("flows/vpn-mfa.yaml"), &linking.replace("texts-off", "texts-of"));
    let check = run(&["check", "--errors-only", "--lang", "en"], &system, &xdg);
    assert_eq!(check.status.code(), Some(1));
    let said = text(&check.stdout);
    let place = format!("{}:11:15: error: ", system.join("flows/vpn-mfa.yaml").display());
    assert!(said.contains(&place) && said.contains("code-not-arriving#texts-off"), "{said}");
}
