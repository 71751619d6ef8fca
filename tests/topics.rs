//! Every topic of `../shared/CONTENT.md`, walked as a person would: from the
//! first triage screen, one answer at a time by option number, in English
//! and in Danish, to the node that gives the topic's key advice. Each walk
//! checks where it ends and that the words on that screen carry the key
//! fact. The walks are data ([`WALKS`]); one driver runs them all.
//!
//! Reachability of every node and "every path ends in a fix or an
//! escalation" are tested over the whole graph in `tests/content.rs`.

mod bundled;

use bundled::{content, tag};

use std::collections::BTreeSet;
use std::sync::Arc;

use mfa_doctor::content::Content;
use mfa_doctor::engine::{Outcome, Session};
use mfa_doctor::facts::{Date, Facts};
use mfa_doctor::flow::{NodeKind, TRIAGE};
use mfa_doctor::screen::{Screen, ScreenKind};

/// Stands for every voice caller number in the organization config (the
/// defaults from CONTENT.md when no config is given).
const VOICE_NUMBERS: &str = "<voice caller numbers>";

/// On a step, the two answers `choose` takes.
const YES: usize = 0;
const NO: usize = 1;

// Triage's first question, in screen order.
const NO_PHONE: usize = 0;
const NO_CODE: usize = 1;
const ERROR: usize = 2;
const LOST: usize = 3;
const APPROVAL: usize = 4;
const REJECTED: usize = 5;
const NEW: usize = 6;
const ABROAD: usize = 7;
const OTHER: usize = 8;
// "What is new?"
const NEW_PHONE: usize = 0;
const NEW_NUMBER: usize = 1;
// "Something else"
const BLOCKED: usize = 0;
const NOT_ASKED: usize = 1;
const DISABLE: usize = 2;
const APP_PASSWORD: usize = 3;
const NONE_OF_THESE: usize = 4;

/// What kind of screen the walk ends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Question,
    Step,
    Fix,
    Helpdesk,
    Urgent,
}

impl End {
    fn of(kind: ScreenKind) -> Self {
        match kind {
            ScreenKind::Question => End::Question,
            ScreenKind::Step => End::Step,
            ScreenKind::Fix => End::Fix,
            ScreenKind::Escalate { urgent: false } => End::Helpdesk,
            ScreenKind::Escalate { urgent: true } => End::Urgent,
        }
    }
}

/// One walk: a topic of CONTENT.md, the answers a person gives from the
/// start of triage, the node they reach, and what its screen must say in
/// each language.
struct Walk {
    topic: &'static str,
    answers: &'static [usize],
    node: &'static str,
    end: End,
    en: &'static [&'static str],
    da: &'static [&'static str],
    /// The day the walk happens: `None` walks it on both sides of the end of
    /// Microsoft's text and call codes ([`DAYS`]), where it must read the same.
    today: Option<&'static str>,
    /// Organization facts set for the walk (`facts:` in the config).
    org: &'static [(&'static str, &'static str)],
}

/// Before and after 2027-02-01, when Microsoft-provided text and call codes
/// stop: advice that does not depend on it holds on both days.
const DAYS: &[&str] = &["2026-12-01", "2027-03-01"];

const WALKS: &[Walk] = &[
    // 1. I don't have my phone with me.
    Walk {
        topic: "1 no phone: use the other method",
        answers: &[NO_PHONE, 0 /* I see the link */],
        node: "no-device#other-method",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"Sign in another way\"", "office phone"],
        da: &["\"Log på en anden måde\"", "kontortelefon"],
    },
    Walk {
        topic: "1+15 no phone, no link: helpdesk, Temporary Access Pass",
        answers: &[NO_PHONE, 1 /* no such link */],
        node: "no-device#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["Temporary Access Pass", "limited time"],
        da: &["Temporary Access Pass", "tidsbegrænset kode fra Helpdesk"],
    },
    // 2. I can't turn two-step verification off.
    Walk {
        topic: "2 can't turn it off: work account, organization, security defaults",
        answers: &[OTHER, DISABLE, 0 /* work or school */],
        node: "cannot-disable#required",
        end: End::Question,
        today: None,
        org: &[],
        en: &["cannot switch two-step verification off yourself", "Your organization", "security defaults"],
        da: &[
            "kan du ikke selv slå totrinsbekræftelse fra",
            "Din organisation",
            "sikkerhedsstandardindstillinger",
        ],
    },
    Walk {
        topic: "2 can't turn it off: personal account",
        answers: &[OTHER, DISABLE, 1 /* personal */],
        node: "cannot-disable#personal",
        end: End::Fix,
        today: None,
        org: &[],
        en: &["turn two-step verification on or off yourself"],
        da: &["slå totrinsbekræftelse til og fra"],
    },
    // 3. My phone was lost or stolen.
    Walk {
        topic: "3 lost or stolen: sign in another way",
        answers: &[LOST, 0 /* there is a method */],
        node: "lost-phone#use-other",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"Sign in another way\""],
        da: &["\"Log på en anden måde\""],
    },
    Walk {
        topic: "3 lost or stolen, signed in: tell the helpdesk anyway",
        answers: &[LOST, 0, YES],
        node: "lost-phone#report",
        end: End::Urgent,
        today: None,
        org: &[],
        en: &["lost or stolen", "even though you can sign in"],
        da: &["mistet eller stjålet", "selv om du kan logge på"],
    },
    Walk {
        topic: "3+15 lost or stolen, no other method: clear settings, Temporary Access Pass",
        answers: &[LOST, 1 /* no other method */],
        node: "lost-phone#helpdesk",
        end: End::Urgent,
        today: None,
        org: &[],
        en: &[
            "lost or stolen",
            "clear your two-step verification settings",
            "Temporary Access Pass",
            "the next time you sign in",
        ],
        da: &[
            "mistet eller stjålet",
            "rydde dine indstillinger for totrinsbekræftelse",
            "Temporary Access Pass",
            "tidsbegrænset kode fra Helpdesk",
            "næste gang du logger på",
        ],
    },
    // 4. I can't sign in after several attempts.
    Walk {
        topic: "4 blocked after attempts: wait and retry",
        answers: &[OTHER, BLOCKED, 0 /* it was me */],
        node: "locked-out-attempts#wait",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Stop trying to sign in", "Wait a while"],
        da: &["Hold op med at prøve at logge på", "Vent et stykke tid"],
    },
    Walk {
        topic: "4 blocked after attempts: another method",
        answers: &[OTHER, BLOCKED, 0, NO],
        node: "locked-out-attempts#other-method",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"Sign in another way\""],
        da: &["\"Log på en anden måde\""],
    },
    Walk {
        topic: "4 still blocked: causes, sign-in report",
        answers: &[OTHER, BLOCKED, 0, NO, NO],
        node: "locked-out-attempts#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["someone else", "not configured correctly", "sign-in report"],
        da: &["forsøg fra en anden", "ikke er sat korrekt op", "logonrapporten"],
    },
    Walk {
        topic: "4 someone else may be trying to get in: security escalation",
        answers: &[OTHER, BLOCKED, 1 /* someone else */],
        node: "locked-out-attempts#intruder",
        end: End::Urgent,
        today: None,
        org: &[],
        en: &["someone else is trying to sign in as you", "sign-in report"],
        da: &["en anden prøver at logge på som dig", "logonrapporten"],
    },
    // 5. The verification code doesn't arrive: the checks, in order.
    Walk {
        topic: "5 no code: restart the phone",
        answers: &[NO_CODE, 2 /* no error, nothing comes */],
        node: "code-not-arriving#restart-phone",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Turn your phone completely off, then on again"],
        da: &["Sluk telefonen helt, og tænd den igen"],
    },
    Walk {
        topic: "5 no code: check the phone number in the security info",
        answers: &[NO_CODE, 2, NO],
        node: "code-not-arriving#security-info",
        end: End::Step,
        today: None,
        org: &[],
        en: &["phone number", "someone else", "https://aka.ms/setupsecurityinfo"],
        da: &["telefonnummeret", "en anden", "https://aka.ms/setupsecurityinfo"],
    },
    Walk {
        topic: "5 no code: notifications for calls, the app and the SMS app, iPhone and Android",
        answers: &[NO_CODE, 2, NO, NO],
        node: "code-not-arriving#notifications",
        end: End::Step,
        today: None,
        org: &[],
        en: &[
            "Phone calls",
            "Microsoft Authenticator",
            "text message (SMS) app",
            "iPhone:",
            "Android:",
            "number matching",
        ],
        da: &[
            "Telefonopkald",
            "Microsoft Authenticator-appen",
            "sms-app",
            "iPhone:",
            "Android:",
            "nummermatchning",
        ],
    },
    Walk {
        topic: "5 no code: signal and internet, carrier, app works without signal",
        answers: &[NO_CODE, 2, NO, NO, NO],
        node: "code-not-arriving#signal",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Ask someone to call you", "mobile provider", "no signal and no internet"],
        da: &["ringe og sms'e til dig", "teleselskab", "uden signal og uden internet"],
    },
    Walk {
        topic: "5 no code: Do Not Disturb off, iPhone and Android",
        answers: &[NO_CODE, 2, NO, NO, NO, NO],
        node: "code-not-arriving#do-not-disturb",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Do Not Disturb", "iPhone:", "Android:"],
        da: &["Vil ikke forstyrres", "iPhone:", "Android:"],
    },
    Walk {
        topic: "5 no code: unblock the voice caller numbers from the config",
        answers: &[NO_CODE, 2, NO, NO, NO, NO, NO],
        node: "code-not-arriving#unblock-numbers",
        end: End::Step,
        today: None,
        org: &[],
        en: &[VOICE_NUMBERS, "Caller ID isn't guaranteed", "iPhone:", "Android:"],
        da: &[VOICE_NUMBERS, "Nummervisning er ikke garanteret", "iPhone:", "Android:"],
    },
    Walk {
        topic: "5 no code: battery optimisation off for both apps, iPhone and Android",
        answers: &[NO_CODE, 2, NO, NO, NO, NO, NO, NO],
        node: "code-not-arriving#battery",
        end: End::Step,
        today: None,
        org: &[],
        en: &[
            "battery optimisation",
            "Microsoft Authenticator app and your text message app",
            "iPhone:",
            "Android:",
        ],
        da: &["batterioptimering", "Microsoft Authenticator-appen og din sms-app", "iPhone:", "Android:"],
    },
    Walk {
        topic: "5 no code: third-party security apps off, then a new code",
        answers: &[NO_CODE, 2, NO, NO, NO, NO, NO, NO, NO],
        node: "code-not-arriving#security-apps",
        end: End::Step,
        today: None,
        org: &[],
        en: &["security apps from other companies", "a new code is sent"],
        da: &["sikkerhedsapps fra andre firmaer", "der bliver sendt en ny kode"],
    },
    Walk {
        topic: "5+11 no code, nothing helped: helpdesk with every check tried",
        answers: &[NO_CODE, 2, NO, NO, NO, NO, NO, NO, NO, NO],
        node: "code-not-arriving#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &[
            "Temporary Access Pass",
            "Restart your phone: didn't help",
            "Turn off Do Not Disturb: didn't help",
            "Unblock the verification numbers: didn't help",
            "Turn off other security apps: didn't help",
            "Never give anyone your password or a verification code",
        ],
        da: &[
            "Temporary Access Pass",
            "Genstart telefonen: hjalp ikke",
            "Slå Vil ikke forstyrres fra: hjalp ikke",
            "Fjern blokering af numrene: hjalp ikke",
            "Slå andre sikkerhedsapps fra: hjalp ikke",
            "Giv aldrig nogen din adgangskode eller en bekræftelseskode",
        ],
    },
    // 5. The error messages, also from the code-not-arriving flow itself.
    Walk {
        topic: "5 limit reached: use the app or wait a few minutes",
        answers: &[NO_CODE, 0 /* a limit message */],
        node: "code-not-arriving#limit-reached",
        end: End::Step,
        today: None,
        org: &[],
        en: &["does not apply to the Microsoft Authenticator app", "Wait a few minutes"],
        da: &["gælder ikke for Microsoft Authenticator-appen", "Vent et par minutter"],
    },
    Walk {
        topic: "5 trouble verifying: voice and SMS blocked, use another method",
        answers: &[NO_CODE, 1 /* trouble verifying */],
        node: "code-not-arriving#trouble-verifying",
        end: End::Step,
        today: None,
        org: &[],
        en: &["block verification by phone call and text message", "\"Sign in another way\""],
        da: &["blokere bekræftelse via opkald og sms", "\"Log på en anden måde\""],
    },
    // 6. I'm not asked for my second verification.
    Walk {
        topic: "6 not asked: set up the method",
        answers: &[OTHER, NOT_ASKED, 0 /* never set up */],
        node: "not-prompted#set-up",
        end: End::Step,
        today: None,
        org: &[],
        en: &["https://aka.ms/setupsecurityinfo", "\"Add sign-in method\""],
        da: &["https://aka.ms/setupsecurityinfo", "\"Tilføj logonmetode\""],
    },
    // 7. I have a new phone number.
    Walk {
        topic: "7 new number: update the security info",
        answers: &[NEW, NEW_NUMBER, 0 /* I can still verify */],
        node: "new-number#update-number",
        end: End::Step,
        today: None,
        org: &[],
        en: &["https://aka.ms/setupsecurityinfo", "new number", "security info"],
        da: &["https://aka.ms/setupsecurityinfo", "nye nummer", "sikkerhedsoplysninger"],
    },
    // 8 and 14. I have a new phone; moving Authenticator.
    Walk {
        topic: "14 new phone: backup and restore does not move a work account",
        answers: &[NEW, NEW_PHONE, 0 /* Authenticator */, 0 /* old phone works */],
        node: "new-phone#install-app",
        end: End::Question,
        today: None,
        org: &[],
        en: &["personal Microsoft account", "iCloud", "between iPhone and Android", "set up again"],
        da: &["personlig Microsoft-konto", "iCloud", "mellem iPhone og Android", "sættes op igen"],
    },
    Walk {
        topic: "14 new phone: add Authenticator on the Security info page",
        answers: &[NEW, NEW_PHONE, 0, 0, 0],
        node: "new-phone#add-app",
        end: End::Question,
        today: None,
        org: &[],
        en: &[
            "https://aka.ms/setupsecurityinfo",
            "mysignins.microsoft.com/security-info",
            "\"Add sign-in method\"",
            "QR code",
            "test notification",
        ],
        da: &[
            "https://aka.ms/setupsecurityinfo",
            "mysignins.microsoft.com/security-info",
            "\"Tilføj logonmetode\"",
            "QR-koden",
            "testnotifikation",
        ],
    },
    Walk {
        topic: "8 new phone: delete the old device",
        answers: &[NEW, NEW_PHONE, 0, 0, 0, 0],
        node: "new-phone#remove-old",
        end: End::Step,
        today: None,
        org: &[],
        en: &["remove the old phone", "Additional security verification page", "delete"],
        da: &["Fjern nu den gamle telefon", "siden Yderligere sikkerhedsbekræftelse", "slet"],
    },
    Walk {
        topic: "8 new phone set up: trusted devices (optional)",
        answers: &[NEW, NEW_PHONE, 0, 0, 0, 0, YES],
        node: "new-phone#fixed",
        end: End::Fix,
        today: None,
        org: &[],
        en: &["trusted devices"],
        da: &["enheder, der er tillid til"],
    },
    Walk {
        topic: "8 new phone, same number: optional Authenticator",
        answers: &[NEW, NEW_PHONE, 1 /* text or call */, 0 /* same number */, YES],
        node: "new-phone#fixed-number",
        end: End::Fix,
        today: None,
        org: &[],
        en: &["install the Microsoft Authenticator app"],
        da: &["Installér Microsoft Authenticator-appen"],
    },
    // 9 and 16. Travelling.
    Walk {
        topic: "9+16 abroad by text or call: roaming fees, calls blocked to some countries",
        answers: &[ABROAD, 0 /* text or call */],
        node: "roaming#has-app",
        end: End::Question,
        today: None,
        org: &[],
        en: &[
            "roaming fees",
            "Calls to some countries are blocked unless your organization has allowed them",
        ],
        da: &[
            "roaminggebyrer",
            "Opkald til nogle lande er blokeret, medmindre din organisation har tilladt dem",
        ],
    },
    Walk {
        topic: "9 abroad: the Authenticator app over Wi-Fi",
        answers: &[ABROAD, 0, 0 /* app is set up */],
        node: "roaming#switch-to-app",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Wi-Fi", "Authenticator app"],
        da: &["Wi-Fi", "Authenticator-appen"],
    },
    Walk {
        topic: "16 abroad: app codes work without signal or internet",
        answers: &[ABROAD, 1 /* the app */, NO],
        node: "roaming#app-code",
        end: End::Step,
        today: None,
        org: &[],
        en: &["without mobile signal or internet"],
        da: &["uden mobilsignal og uden internet"],
    },
    // 10. App passwords don't work.
    Walk {
        topic: "10 app password: type it again",
        answers: &[OTHER, APP_PASSWORD],
        node: "app-passwords#retype",
        end: End::Step,
        today: None,
        org: &[],
        en: &["older desktop programs", "Type the app password into the program again"],
        da: &["ældre skrivebordsprogrammer", "Skriv appadgangskoden i programmet igen"],
    },
    Walk {
        topic: "10 app password: create a new one",
        answers: &[OTHER, APP_PASSWORD, NO],
        node: "app-passwords#new-password",
        end: End::Step,
        today: None,
        org: &[],
        en: &["My Apps portal", "\"App password\""],
        da: &["Mine apps-portalen", "\"Appadgangskode\""],
    },
    // 11. None of these helped.
    Walk {
        topic: "11 none of these: the helpdesk",
        answers: &[OTHER, NONE_OF_THESE, 1 /* tried the steps */],
        node: "none-helped#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["Contact your organization's helpdesk", "Have this ready"],
        da: &["Kontakt din organisations Helpdesk", "Hav dette klar"],
    },
    // 12. Approval requests I didn't start.
    Walk {
        topic: "12 request on the phone now: deny, number matching, report",
        answers: &[APPROVAL, 0 /* a request now */],
        node: "unexpected-approval#deny",
        end: End::Question,
        today: None,
        org: &[],
        en: &["Deny the request", "number matching", "\"Report suspicious activity\""],
        da: &["Afvis anmodningen", "nummermatchning", "\"Report suspicious activity\""],
    },
    Walk {
        topic: "12 approval phone call: 0# reports fraud",
        answers: &[APPROVAL, 1 /* a phone call */],
        node: "unexpected-approval#voice-call",
        end: End::Question,
        today: None,
        org: &[],
        en: &["0#", "fraud"],
        da: &["0#", "svindel"],
    },
    Walk {
        topic: "12 after denying: change the password",
        answers: &[APPROVAL, 0, 0 /* denied */],
        node: "unexpected-approval#change-password",
        end: End::Question,
        today: None,
        org: &[],
        en: &["Change it now", "not even the helpdesk"],
        da: &["Skift den nu", "heller ikke Helpdesk"],
    },
    Walk {
        topic: "12 tell the helpdesk at once: security escalation",
        answers: &[APPROVAL, 0, 0, 0 /* changed it */],
        node: "unexpected-approval#helpdesk",
        end: End::Urgent,
        today: None,
        org: &[],
        en: &["right away", "sign-in activity"],
        da: &["med det samme", "logonaktiviteten"],
    },
    Walk {
        topic: "12 approved by mistake: security escalation",
        answers: &[APPROVAL, 3 /* approved it */],
        node: "unexpected-approval#approved",
        end: End::Urgent,
        today: None,
        org: &[],
        en: &["Change your password now", "straight away"],
        da: &["Skift din adgangskode nu", "med det samme"],
    },
    // 13. The Authenticator code is rejected.
    Walk {
        topic: "13 code rejected: the right account's code",
        answers: &[REJECTED],
        node: "code-rejected#right-account",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Use the code shown under that entry"],
        da: &["Brug den kode, der står under netop den konto"],
    },
    Walk {
        topic: "13 code rejected: the current code, 30 seconds",
        answers: &[REJECTED, NO],
        node: "code-rejected#current-code",
        end: End::Step,
        today: None,
        org: &[],
        en: &["every 30 seconds", "60 seconds"],
        da: &["hvert 30. sekund", "60. sekund"],
    },
    Walk {
        topic: "13 code rejected: automatic date and time, iPhone and Android",
        answers: &[REJECTED, NO, NO],
        node: "code-rejected#clock",
        end: End::Step,
        today: None,
        org: &[],
        en: &["date and time to automatic", "iPhone:", "Android:"],
        da: &["dato og tid til automatisk", "iPhone:", "Android:"],
    },
    Walk {
        topic: "13 code still rejected: sign in another way",
        answers: &[REJECTED, NO, NO, NO],
        node: "code-rejected#other-way",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"Sign in another way\""],
        da: &["\"Log på en anden måde\""],
    },
    Walk {
        topic: "13 code still rejected, no other way: helpdesk",
        answers: &[REJECTED, NO, NO, NO, NO],
        node: "code-rejected#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["Authenticator registration", "Temporary Access Pass"],
        da: &["registrering i Authenticator", "Temporary Access Pass"],
    },
];

/// The three error messages, picked from triage's list of errors: the
/// option reads exactly as the sign-in screen shows it, and the step it
/// lands on quotes it again.
struct ErrorWalk {
    option: usize,
    node: &'static str,
    en: &'static str,
    da: &'static str,
}

const ERROR_WALKS: &[ErrorWalk] = &[
    ErrorWalk {
        option: 0,
        node: "code-not-arriving#limit-reached",
        en: "You've hit our limit on verification calls",
        da: "Du har nået vores grænse for bekræftelsesopkald",
    },
    ErrorWalk {
        option: 1,
        node: "code-not-arriving#limit-reached",
        en: "You've hit our limit on text verification codes",
        da: "Du har nået vores grænse for koder til tekstbekræftelse",
    },
    ErrorWalk {
        option: 2,
        node: "code-not-arriving#trouble-verifying",
        en: "Sorry, we're having trouble verifying your account",
        da: "Vi beklager, men vi har problemer med at bekræfte din konto",
    },
];

/// The escalations that are security cases, and so must be urgent; every
/// other escalation must not be, so "urgent" keeps its meaning.
const SECURITY_ESCALATIONS: &[&str] = &[
    "unexpected-approval#helpdesk",
    "unexpected-approval#approved",
    "locked-out-attempts#intruder",
    "lost-phone#report",
    "lost-phone#helpdesk",
];

const LANGUAGES: &[&str] = &["en", "da"];

/// Every word on the screen, in reading order: flow title, heading, each
/// section with its heading, and the options. No-break spaces (which keep
/// voice numbers whole) read as spaces.
fn words(screen: &Screen) -> String {
    let mut parts = vec![screen.flow_title.clone(), screen.title.clone()];
    for section in &screen.sections {
        parts.extend(section.heading.clone());
        parts.push(section.text.clone());
    }
    parts.extend(screen.options.iter().map(|o| o.label.clone()));
    parts.join("\n").replace('\u{a0}', " ")
}

/// A person answering from the start of triage, one option number at a
/// time, on `facts`; on failure, says how far they got.
fn walk_on(content: &Content, facts: Facts, answers: &[usize]) -> Result<Session, String> {
    let catalog = &content.catalog;
    let mut session = Session::new(Arc::new(catalog.clone()), facts);
    for (i, &answer) in answers.iter().enumerate() {
        let at = catalog.path(session.current());
        session.choose(answer).map_err(|e| format!("answer {} ({answer}) at {at}: {e}", i + 1))?;
    }
    Ok(session)
}

/// The facts a walk expects, with the voice numbers placeholder replaced by
/// the numbers in the organization config.
fn expected_facts(content: &Content, facts: &[&str]) -> Vec<String> {
    facts
        .iter()
        .flat_map(|&fact| {
            if fact == VOICE_NUMBERS {
                assert!(!content.config.voice_numbers().is_empty(), "the default config has voice numbers");
                content.config.voice_numbers()
            } else {
                vec![fact.to_string()]
            }
        })
        .collect()
}

/// A person answering from the start of triage today (in the tests'
/// calendar), with no organization facts set.
fn walk(content: &Content, answers: &[usize]) -> Result<Session, String> {
    walk_on(content, today(), answers)
}

/// Runs one walk in one language on each of its days; every problem found,
/// none if it passed.
fn check(content: &Content, lang: &str, w: &Walk) -> Vec<String> {
    let days = w.today.map_or(DAYS.to_vec(), |day| vec![day]);
    days.into_iter().flat_map(|day| check_on(content, lang, day, w)).collect()
}

fn check_on(content: &Content, lang: &str, day: &str, w: &Walk) -> Vec<String> {
    let facts =
        w.org.iter().fold(Facts::on(Date::parse(day).expect("a walk's day")), |facts, (fact, value)| {
            facts.with(fact, value)
        });
    let session = match walk_on(content, facts, w.answers) {
        Ok(session) => session,
        Err(e) => return vec![format!("[{lang} {day}] {}: {e}", w.topic)],
    };
    let mut problems = Vec::new();
    let reached = content.catalog.path(session.current());
    if reached != w.node {
        problems.push(format!("[{lang} {day}] {}: reached {reached}, expected {}", w.topic, w.node));
        return problems;
    }
    let l10n = content.localizer(&[tag(lang)]);
    let screen = Screen::build(&session, &l10n, &content.config);
    let end = End::of(screen.kind);
    if end != w.end {
        problems.push(format!("[{lang} {day}] {}: {reached} is {end:?}, expected {:?}", w.topic, w.end));
    }
    let text = words(&screen);
    let facts = if lang == "da" { w.da } else { w.en };
    for fact in expected_facts(content, facts) {
        if !text.contains(&fact) {
            problems.push(format!("[{lang} {day}] {}: {reached} does not say {fact:?}", w.topic));
        }
    }
    problems
}

fn assert_none(problems: Vec<String>, what: &str) {
    assert!(problems.is_empty(), "{} {what}:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn every_topic_reaches_its_key_advice_in_english_and_danish() {
    let content = content();
    let problems: Vec<String> =
        LANGUAGES.iter().flat_map(|lang| WALKS.iter().flat_map(|w| check(&content, lang, w))).collect();
    assert_none(problems, "walks went wrong");
}

#[test]
fn the_walks_cover_all_sixteen_topics_and_every_flow() {
    let topics: BTreeSet<u32> = WALKS
        .iter()
        .flat_map(|w| {
            let numbers = w.topic.split_whitespace().next().unwrap_or_default();
            numbers.split('+').map(|n| n.parse::<u32>().expect("a walk's topic starts with its number"))
        })
        .collect();
    assert_eq!(topics, (1..=16).collect(), "topics walked");

    let content = content();
    let walked: BTreeSet<&str> = WALKS.iter().filter_map(|w| w.node.split('#').next()).collect();
    let missing: Vec<&str> = content
        .catalog
        .flows()
        .iter()
        .map(|f| f.id.as_str())
        .filter(|id| *id != TRIAGE && !walked.contains(id))
        .collect();
    assert!(missing.is_empty(), "no walk ends in these flows: {missing:?}");
}

#[test]
fn each_error_message_from_triage_lands_on_its_step_and_is_quoted_exactly() {
    let content = content();
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let l10n = content.localizer(&[tag(lang)]);
        for e in ERROR_WALKS {
            let exact = if *lang == "da" { e.da } else { e.en };
            // On the list of errors, the option is the message itself.
            let list = walk(&content, &[ERROR]).expect("triage has an error list");
            let screen = Screen::build(&list, &l10n, &content.config);
            match screen.options.get(e.option) {
                Some(option) if option.label == exact => {}
                other => problems.push(format!(
                    "[{lang}] error option {} reads {:?}, expected {exact:?}",
                    e.option,
                    other.map(|o| &o.label)
                )),
            }
            // Chosen, it lands on the step that quotes it.
            let session = walk(&content, &[ERROR, e.option]).expect("every error option can be chosen");
            let reached = content.catalog.path(session.current());
            if reached != e.node {
                problems.push(format!("[{lang}] {exact:?} leads to {reached}, expected {}", e.node));
                continue;
            }
            let screen = Screen::build(&session, &l10n, &content.config);
            if screen.kind != ScreenKind::Step {
                problems.push(format!("[{lang}] {reached} is not a step"));
            }
            if !words(&screen).contains(&format!("\"{exact}\"")) {
                problems.push(format!("[{lang}] {reached} does not quote {exact:?}"));
            }
        }
    }
    assert_none(problems, "error messages went wrong");
}

#[test]
fn security_escalations_and_only_they_are_urgent() {
    let content = content();
    let catalog = &content.catalog;
    let mut problems = Vec::new();
    for at in catalog.nodes() {
        let NodeKind::Escalate { urgent } = catalog.node(at).kind else { continue };
        let path = catalog.path(at);
        let security = SECURITY_ESCALATIONS.contains(&path.as_str());
        if urgent != security {
            problems.push(format!(
                "{path}: urgent is {urgent}, but it is {}a security case",
                if security { "" } else { "not " }
            ));
        }
    }
    for path in SECURITY_ESCALATIONS {
        if catalog.find(path).is_none() {
            problems.push(format!("{path} does not exist"));
        }
    }
    // Every way into a security case a person can take ends urgent.
    let ways: &[(&[usize], &str)] = &[
        (&[APPROVAL, 0, 1 /* had already approved */], "unexpected-approval#approved"),
        (&[APPROVAL, 1, 0, 1 /* can't change it now */], "unexpected-approval#helpdesk"),
        (&[APPROVAL, 2 /* it has gone */, 0], "unexpected-approval#helpdesk"),
        (&[OTHER, BLOCKED, 2 /* approval requests */, 3], "unexpected-approval#approved"),
        (&[OTHER, NONE_OF_THESE, 3 /* someone else */], "locked-out-attempts#intruder"),
        (&[NEW, 2 /* replaces a lost phone */, 1], "lost-phone#helpdesk"),
        (&[NEW, NEW_PHONE, 0, 3 /* old phone lost */, 0, NO], "lost-phone#helpdesk"),
    ];
    for (answers, expected) in ways {
        match walk(&content, answers) {
            Ok(session) => {
                let reached = catalog.path(session.current());
                if reached != *expected {
                    problems.push(format!("{answers:?} reached {reached}, expected {expected}"));
                } else if session.outcome() != Some(Outcome::Escalated { urgent: true }) {
                    problems.push(format!("{answers:?} reached {reached}, which is not urgent"));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    assert_none(problems, "security escalations went wrong");
}

/// Every flow's title and every node a pasted error message should find
/// carry search keywords, in each bundled locale itself (not by falling
/// back to English).
#[test]
fn flow_titles_and_error_steps_have_keywords_in_every_locale() {
    let content = content();
    let catalog = &content.catalog;
    let mut ids: Vec<String> = catalog.flows().iter().map(|f| f.title.clone()).collect();
    let error_nodes = ERROR_WALKS.iter().map(|e| e.node).chain(["triage#errors"]);
    ids.extend(error_nodes.map(|path| {
        let at = catalog.find(path).unwrap_or_else(|| panic!("{path} exists"));
        catalog.node(at).message.clone()
    }));
    let mut problems = Vec::new();
    for locale in content.locales.iter() {
        for id in &ids {
            if !locale.bundle.has_attribute(id, "keywords") {
                problems.push(format!("{} {id}: no .keywords", locale.tag));
            }
        }
    }
    assert_none(problems, "messages lack keywords");
}

/// The Danish glossary (locales/da/README.md), for the words a person
/// reads: one term for each thing, so two words never look like two things.
const DANISH_AVOID: &[(&str, &str)] = &[
    ("tofaktorbekræftelse", "totrinsbekræftelse (the label siden Tofaktorbekræftelse is capitalised)"),
    ("logonsiden", "logonskærmen"),
    ("selvom", "selv om"),
    ("tidsbegrænset adgangskode", "tidsbegrænset kode (Temporary Access Pass)"),
    ("testmeddelelse", "testnotifikation"),
    ("konfigurer", "sætte op"),
    ("backup", "sikkerhedskopi"),
];

#[test]
fn danish_screens_use_the_glossary_terms() {
    let content = content();
    let catalog = &content.catalog;
    let Some(da) = content.locales.iter().find(|l| l.tag == tag("da")) else { panic!("no Danish locale") };
    let mut problems = Vec::new();
    da.bundle.with_all(|bundle| {
        for r in catalog.message_refs() {
            let Some(message) = bundle.get_message(&r.id) else { continue };
            // What a person reads: the value and the title, not the keywords.
            let patterns =
                message.value().into_iter().chain(message.get_attribute("title").map(|a| a.value()));
            for pattern in patterns {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, None, &mut errors);
                for (avoid, use_instead) in DANISH_AVOID {
                    if text.contains(avoid) {
                        problems.push(format!("{}: {avoid:?}, use {use_instead}", r.id));
                    }
                }
            }
        }
    });
    assert_none(problems, "Danish texts stray from the glossary");
}

/// The day sessions in these tests run on.
fn today() -> Facts {
    Facts::on(Date::parse("2026-12-01").expect("a day"))
}
