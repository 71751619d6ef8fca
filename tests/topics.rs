//! Every topic of the source article (the sixteen topics the flows were
//! written for, numbered as the content brief numbers them), and those a
//! helpdesk sees now, walked as a person would: from the first triage
//! screen, one answer at a time by option number, in English and in
//! Danish, to the node that gives the topic's key advice. Each walk
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
const PASSKEY: usize = 2;
const APPROVAL: usize = 3;
const REJECTED: usize = 4;
const LOST: usize = 5;
const ERROR: usize = 6;
const NEW: usize = 7;
const OTHER: usize = 8;
// "What is new?"
const NEW_PHONE: usize = 0;
const NEW_NUMBER: usize = 1;
const REPLACED: usize = 2;
const RESTORED: usize = 3;
// "Something else"
const REPEATED: usize = 0;
const MORE_INFO: usize = 1;
const FORGOT: usize = 2;
const ACCESS_BLOCKED: usize = 3;
const BLOCKED: usize = 4;
const ABROAD: usize = 5;
const NOT_ASKED: usize = 6;
const APP_PASSWORD: usize = 7;
const ELSE: usize = 8;
// "Anything else"
const DISABLE: usize = 0;
const NONE_OF_THESE: usize = 1;
// "Which error message?": the option that opens the list of AADSTS codes.
const ERROR_CODE: usize = 7;

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

/// Walks for the days on each side of 2027-02-01, when Microsoft's own text
/// and call codes stop.
const BEFORE: Option<&str> = Some("2026-12-01");
const AFTER: Option<&str> = Some("2027-03-01");

const WALKS: &[Walk] = &[
    // 1. I don't have my phone with me.
    Walk {
        topic: "1 no phone: use the other method",
        answers: &[NO_PHONE, 0 /* I see the link */],
        node: "no-device#other-method",
        end: End::Step,
        en: &["\"Sign in another way\"", "office phone", "passkey"],
        da: &["\"Log på en anden måde\"", "kontortelefon", "adgangsnøgle"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "1+15 no phone, no link: helpdesk, Temporary Access Pass",
        answers: &[NO_PHONE, 1 /* no such link */],
        node: "no-device#helpdesk",
        end: End::Helpdesk,
        en: &["Temporary Access Pass", "limited time"],
        da: &["Temporary Access Pass", "tidsbegrænset kode fra Helpdesk"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "1 no phone, no link, no passes in this organization: fetch the phone",
        answers: &[NO_PHONE, 1],
        node: "no-device#helpdesk-no-tap",
        end: End::Helpdesk,
        en: &["fetch the phone"],
        da: &["hente telefonen"],
        today: None,
        org: &[("temporary_access_pass", "not-used")],
    },
    // 2. I can't turn two-step verification off.
    Walk {
        topic: "2 can't turn it off: work account, organization, security defaults, admin portals",
        answers: &[OTHER, ELSE, DISABLE, 0 /* work or school */],
        node: "cannot-disable#required",
        end: End::Question,
        en: &[
            "cannot switch two-step verification off yourself",
            "Your organization",
            "security defaults",
            "Microsoft itself requires it",
        ],
        da: &[
            "kan du ikke selv slå totrinsbekræftelse fra",
            "Din organisation",
            "sikkerhedsstandardindstillinger",
            "kræver Microsoft det selv",
        ],
        today: None,
        org: &[],
    },
    Walk {
        topic: "2 can't turn it off: personal account, no texts but passkeys",
        answers: &[OTHER, ELSE, DISABLE, 1 /* personal */],
        node: "cannot-disable#personal",
        end: End::Fix,
        en: &["turn two-step verification on or off yourself", "passkey"],
        da: &["slå totrinsbekræftelse til og fra", "adgangsnøgle"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "2 keep it: two methods are the app and a passkey, not a phone number",
        answers: &[OTHER, ELSE, DISABLE, 0, 0 /* keep it */],
        node: "cannot-disable#keep-on",
        end: End::Fix,
        en: &["the Authenticator app and a passkey"],
        da: &["Authenticator-appen og en adgangsnøgle", "ikke bliver låst ude"],
        today: None,
        org: &[],
    },
    // 3. My phone was lost or stolen.
    Walk {
        topic: "3 lost or stolen: sign in another way",
        answers: &[LOST, 0 /* there is a method */],
        node: "lost-phone#use-other",
        end: End::Step,
        en: &["\"Sign in another way\""],
        da: &["\"Log på en anden måde\""],
        today: None,
        org: &[],
    },
    Walk {
        topic: "3 lost or stolen, signed in: tell the helpdesk anyway",
        answers: &[LOST, 0, YES],
        node: "lost-phone#report",
        end: End::Urgent,
        en: &["lost or stolen", "even though you can sign in"],
        da: &["mistet eller stjålet", "selv om du kan logge på"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "3+15 lost or stolen, no other method: clear settings, Temporary Access Pass",
        answers: &[LOST, 1 /* no other method */],
        node: "lost-phone#helpdesk",
        end: End::Urgent,
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
        today: None,
        org: &[],
    },
    // 4. I can't sign in after several attempts.
    Walk {
        topic: "4 blocked after attempts: wait and retry",
        answers: &[OTHER, BLOCKED, 0 /* it was me */],
        node: "locked-out-attempts#wait",
        end: End::Step,
        en: &["Stop trying to sign in", "Wait a while"],
        da: &["Hold op med at prøve at logge på", "Vent et stykke tid"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "4 blocked after attempts: another method",
        answers: &[OTHER, BLOCKED, 0, NO],
        node: "locked-out-attempts#other-method",
        end: End::Step,
        en: &["\"Sign in another way\""],
        da: &["\"Log på en anden måde\""],
        today: None,
        org: &[],
    },
    Walk {
        topic: "4 still blocked: causes, sign-in report, a fraud report blocks on purpose",
        answers: &[OTHER, BLOCKED, 0, NO, NO],
        node: "locked-out-attempts#helpdesk",
        end: End::Helpdesk,
        en: &[
            "someone else",
            "not configured correctly",
            "sign-in report",
            "reported a sign-in request or call",
        ],
        da: &[
            "forsøg fra en anden",
            "ikke er sat korrekt op",
            "logonrapporten",
            "rapporteret en anmodning om godkendelse",
        ],
        today: None,
        org: &[],
    },
    Walk {
        topic: "4 someone else may be trying to get in: security escalation",
        answers: &[OTHER, BLOCKED, 1 /* someone else */],
        node: "locked-out-attempts#intruder",
        end: End::Urgent,
        en: &["someone else is trying to sign in as you", "sign-in report"],
        da: &["en anden prøver at logge på som dig", "logonrapporten"],
        today: None,
        org: &[],
    },
    // 5. The verification code doesn't arrive: first which method, then its checks.
    Walk {
        topic: "5 no code: which method the sign-in screen is waiting for",
        answers: &[NO_CODE, 2 /* no error, nothing comes */],
        node: "code-not-arriving#method",
        end: End::Question,
        en: &["strongest method", "A text message with a code", "A passkey"],
        da: &["stærkeste metode", "En sms med en kode", "En adgangsnøgle"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 text before 2027-02-01: texts end then, set up the app or a passkey now",
        answers: &[NO_CODE, 2, 0 /* a text */],
        node: "code-not-arriving#text-ending",
        end: End::Question,
        en: &["1 February 2027", "the Microsoft Authenticator app or a passkey"],
        da: &["1. februar 2027", "Microsoft Authenticator-appen eller en adgangsnøgle"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 texts stopped after 2027-02-01: Microsoft's texts have ended, use the app or a passkey",
        answers: &[NO_CODE, 2, 0],
        node: "code-not-arriving#sms-retired",
        end: End::Step,
        en: &["Since 1 February 2027", "own telephone provider", "\"Sign in another way\"", "passkey"],
        da: &["Siden 1. februar 2027", "eget teleselskab", "\"Log på en anden måde\"", "adgangsnøgle"],
        today: AFTER,
        org: &[],
    },
    Walk {
        topic: "5 calls stopped after 2027-02-01 too",
        answers: &[NO_CODE, 2, 1 /* a call */],
        node: "code-not-arriving#sms-retired",
        end: End::Step,
        en: &["Since 1 February 2027"],
        da: &["Siden 1. februar 2027"],
        today: AFTER,
        org: &[],
    },
    Walk {
        topic: "5 texts ended and no other way in: the helpdesk sets up a new method",
        answers: &[NO_CODE, 2, 0, NO],
        node: "code-not-arriving#retired-helpdesk",
        end: End::Helpdesk,
        en: &["Temporary Access Pass", "passkey"],
        da: &["Temporary Access Pass", "adgangsnøgle"],
        today: AFTER,
        org: &[],
    },
    Walk {
        topic: "5 the organization no longer uses texts: no code will come that way",
        answers: &[NO_CODE, 2, 0],
        node: "code-not-arriving#texts-off",
        end: End::Step,
        en: &["no longer uses text messages or phone calls", "passkey"],
        da: &["bruger ikke længere sms eller opkald", "adgangsnøgle"],
        today: None,
        org: &[("sms_voice", "off")],
    },
    Walk {
        topic: "5 own telephone provider: the text checks on both sides of the date",
        answers: &[NO_CODE, 2, 0],
        node: "code-not-arriving#text-where",
        end: End::Step,
        en: &["WhatsApp", "RCS"],
        da: &["WhatsApp", "RCS-besked"],
        today: None,
        org: &[("sms_voice", "own-provider")],
    },
    Walk {
        topic: "5 no text: SMS, RCS or WhatsApp, and the screen asks for the text",
        answers: &[NO_CODE, 2, 0, 0 /* continue */],
        node: "code-not-arriving#text-where",
        end: End::Step,
        en: &["SMS", "RCS", "WhatsApp", "\"Sign in another way\""],
        da: &["sms", "RCS-besked", "WhatsApp", "\"Log på en anden måde\""],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no text: unknown-sender filters and the messages app's notifications, iPhone and Android",
        answers: &[NO_CODE, 2, 0, 0, NO],
        node: "code-not-arriving#text-filters",
        end: End::Step,
        en: &["Screen Unknown Senders", "iPhone:", "Android:"],
        da: &["screening af ukendte afsendere", "iPhone:", "Android:"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no code: restart the phone",
        answers: &[NO_CODE, 2, 0, 0, NO, NO],
        node: "code-not-arriving#restart-phone",
        end: End::Step,
        en: &["Turn your phone completely off, then on again"],
        da: &["Sluk telefonen helt, og tænd den igen"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no code: check the phone number in the security info",
        answers: &[NO_CODE, 2, 0, 0, NO, NO, NO],
        node: "code-not-arriving#security-info",
        end: End::Step,
        en: &["phone number", "someone else", "https://aka.ms/setupsecurityinfo"],
        da: &["telefonnummeret", "en anden", "https://aka.ms/setupsecurityinfo"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no code: signal, carrier, the app works without signal",
        answers: &[NO_CODE, 2, 0, 0, NO, NO, NO, NO],
        node: "code-not-arriving#signal",
        end: End::Step,
        en: &["Ask someone to call you", "mobile provider", "no signal and no internet"],
        da: &["ringe og sms'e til dig", "teleselskab", "uden signal og uden internet"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no code: Do Not Disturb off, iPhone and Android",
        answers: &[NO_CODE, 2, 0, 0, NO, NO, NO, NO, NO],
        node: "code-not-arriving#do-not-disturb",
        end: End::Step,
        en: &["Do Not Disturb", "iPhone:", "Android:"],
        da: &["Vil ikke forstyrres", "Forstyr ikke", "iPhone:", "Android:"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no code: third-party security apps off, then a new code",
        answers: &[NO_CODE, 2, 0, 0, NO, NO, NO, NO, NO, NO],
        node: "code-not-arriving#security-apps",
        end: End::Step,
        en: &["security apps from other companies", "a new code is sent"],
        da: &["sikkerhedsapps fra andre firmaer", "der bliver sendt en ny kode"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5+11 no text, nothing helped: helpdesk with every check tried",
        answers: &[NO_CODE, 2, 0, 0, NO, NO, NO, NO, NO, NO, NO],
        node: "code-not-arriving#helpdesk",
        end: End::Helpdesk,
        en: &[
            "Temporary Access Pass",
            "Let the text through: didn't help",
            "Restart your phone: didn't help",
            "Turn off Do Not Disturb: didn't help",
            "Turn off other security apps: didn't help",
            "Never give anyone your password or a verification code",
        ],
        da: &[
            "Temporary Access Pass",
            "Luk sms'en igennem: hjalp ikke",
            "Genstart telefonen: hjalp ikke",
            "Slå Vil ikke forstyrres fra: hjalp ikke",
            "Slå andre sikkerhedsapps fra: hjalp ikke",
            "Giv aldrig nogen din adgangskode eller en bekræftelseskode",
        ],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no call: the screen is calling, press the hash key",
        answers: &[NO_CODE, 2, 1, 0 /* continue */],
        node: "code-not-arriving#call-asked",
        end: End::Step,
        en: &["hash key (#)"],
        da: &["firkanttasten (#)"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 no call: unblock the US voice numbers from the config, call screening",
        answers: &[NO_CODE, 2, 1, 0, NO],
        node: "code-not-arriving#unblock-numbers",
        end: End::Step,
        en: &[
            VOICE_NUMBERS,
            "In the USA",
            "Caller ID isn't guaranteed",
            "Screen Unknown Callers",
            "iPhone:",
            "Android:",
        ],
        da: &[VOICE_NUMBERS, "I USA", "Nummervisning er ikke garanteret", "iPhone:", "Android:"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "5 passkey still not working: helpdesk",
        answers: &[NO_CODE, 2, 4 /* a passkey */, NO],
        node: "code-not-arriving#app-helpdesk",
        end: End::Helpdesk,
        en: &["Temporary Access Pass"],
        da: &["Temporary Access Pass"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 the app's code is never sent",
        answers: &[NO_CODE, 2, 3 /* a code from the app */],
        node: "code-not-arriving#app-code",
        end: End::Question,
        en: &["every 30 seconds"],
        da: &["hvert 30. sekund"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 restored app: sign in to the work account that needs an action",
        answers: &[NO_CODE, 2, 3, 1 /* missing or action required */],
        node: "code-not-arriving#app-missing",
        end: End::Step,
        en: &["an action is required"],
        da: &["der kræves en handling"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 passkey: nothing is sent; QR code and Bluetooth across devices",
        answers: &[NO_CODE, 2, 4 /* a passkey */],
        node: "code-not-arriving#passkey",
        end: End::Step,
        en: &["QR code", "Bluetooth"],
        da: &["QR-kode", "Bluetooth"],
        today: None,
        org: &[],
    },
    // 5. The error messages, also from the code-not-arriving flow itself.
    Walk {
        topic: "5 limit reached: use the app or wait a few minutes",
        answers: &[NO_CODE, 0 /* a limit message */],
        node: "code-not-arriving#limit-reached",
        end: End::Step,
        en: &["does not apply to the Microsoft Authenticator app", "Wait a few minutes"],
        da: &["gælder ikke for Microsoft Authenticator-appen", "Vent et par minutter"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 trouble verifying: voice and SMS blocked, use another method",
        answers: &[NO_CODE, 1 /* trouble verifying */],
        node: "code-not-arriving#trouble-verifying",
        end: End::Step,
        en: &["block verification by phone call and text message", "\"Sign in another way\""],
        da: &["blokere bekræftelse via opkald og sms", "\"Log på en anden måde\""],
        today: None,
        org: &[],
    },
    // 6. I'm not asked for my second verification.
    Walk {
        topic: "6 not asked: this can be completely normal",
        answers: &[OTHER, NOT_ASKED],
        node: "not-prompted#before",
        end: End::Question,
        en: &["completely normal", "stay signed in", "Windows Hello"],
        da: &["helt normalt", "forblive logget på", "Windows Hello"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "6 asked sometimes: all is well",
        answers: &[OTHER, NOT_ASKED, 3 /* asked sometimes */],
        node: "not-prompted#normal",
        end: End::Fix,
        en: &["everything works as it should"],
        da: &["virker alt, som det skal"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "6 not asked: set up the method",
        answers: &[OTHER, NOT_ASKED, 0 /* never set up */],
        node: "not-prompted#set-up",
        end: End::Step,
        en: &["https://aka.ms/setupsecurityinfo", "\"Add sign-in method\"", "passkey"],
        da: &["https://aka.ms/setupsecurityinfo", "\"Tilføj logonmetode\"", "adgangsnøgle"],
        today: None,
        org: &[],
    },
    // 7. I have a new phone number.
    Walk {
        topic: "7 new number: update the security info, expect to verify again, add the app too",
        answers: &[NEW, NEW_NUMBER, 0 /* I can still verify */],
        node: "new-number#update-number",
        end: End::Step,
        en: &[
            "https://aka.ms/setupsecurityinfo",
            "new number",
            "security info",
            "verify once more",
            "passkey",
        ],
        da: &[
            "https://aka.ms/setupsecurityinfo",
            "nye nummer",
            "sikkerhedsoplysninger",
            "bekræfte en gang til",
            "adgangsnøgle",
        ],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "7 new number after texts ended: no number to register, use the app or a passkey",
        answers: &[NEW, NEW_NUMBER, 0],
        node: "new-number#use-app-instead",
        end: End::Step,
        en: &["no need to register your new number", "passkey"],
        da: &["behøver derfor ikke registrere dit nye nummer", "adgangsnøgle"],
        today: AFTER,
        org: &[],
    },
    Walk {
        topic: "7 new number, own telephone provider: the number still matters after the date",
        answers: &[NEW, NEW_NUMBER, 0],
        node: "new-number#update-number",
        end: End::Step,
        en: &["new number"],
        da: &["nye nummer"],
        today: AFTER,
        org: &[("sms_voice", "own-provider")],
    },
    // 8 and 14. I have a new phone; moving Authenticator.
    Walk {
        topic: "14 new phone: backup and restore (iCloud, personal account on Android), work account and passkeys",
        answers: &[NEW, NEW_PHONE, 0 /* Authenticator */, 0 /* old phone works */],
        node: "new-phone#install-app",
        end: End::Question,
        en: &[
            "iCloud",
            "personal Microsoft account",
            "between iPhone and Android",
            "you still have to sign in to it",
            "Passkeys in the app are never restored",
        ],
        da: &[
            "iCloud",
            "personlig Microsoft-konto",
            "mellem iPhone og Android",
            "Du skal stadig logge på den",
            "Adgangsnøgler i appen bliver aldrig gendannet",
        ],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 new phone: add Authenticator on the Security info page, expect to verify again",
        answers: &[NEW, NEW_PHONE, 0, 0, 0],
        node: "new-phone#add-app",
        end: End::Question,
        en: &[
            "https://aka.ms/setupsecurityinfo",
            "mysignins.microsoft.com/security-info",
            "\"Add sign-in method\"",
            "QR code",
            "test notification",
            "verify again",
        ],
        da: &[
            "https://aka.ms/setupsecurityinfo",
            "mysignins.microsoft.com/security-info",
            "\"Tilføj logonmetode\"",
            "QR-kode",
            "testnotifikation",
            "bekræfte igen",
        ],
        today: None,
        org: &[],
    },
    Walk {
        topic: "8 new phone: delete the old device",
        answers: &[NEW, NEW_PHONE, 0, 0, 0, 0],
        node: "new-phone#remove-old",
        end: End::Step,
        en: &["remove the old phone", "delete"],
        da: &["Fjern nu den gamle telefon", "slet"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "8 new phone set up: 'Don't ask again' on a phone you give away",
        answers: &[NEW, NEW_PHONE, 0, 0, 0, 0, YES],
        node: "new-phone#fixed",
        end: End::Fix,
        en: &["\"Don't ask again\""],
        da: &["ikke skulle spørges igen"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "8 new phone, same number: set up the app or a passkey too",
        answers: &[NEW, NEW_PHONE, 1 /* text or call */, 0 /* same number */, YES],
        node: "new-phone#fixed-number",
        end: End::Fix,
        en: &["Microsoft Authenticator app or a passkey"],
        da: &["Microsoft Authenticator-appen eller en adgangsnøgle"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "8 new phone, same number, after texts ended: texts have ended",
        answers: &[NEW, NEW_PHONE, 1, 0],
        node: "code-not-arriving#sms-retired",
        end: End::Step,
        en: &["Since 1 February 2027"],
        da: &["Siden 1. februar 2027"],
        today: AFTER,
        org: &[],
    },
    // 9 and 16. Travelling.
    Walk {
        topic: "9+16 abroad by text or call: roaming fees, local SIM, the number's country code",
        answers: &[OTHER, ABROAD, 0 /* text or call */],
        node: "roaming#has-app",
        end: End::Question,
        en: &["roaming fees", "local SIM card", "your number's country code, not on the country you are in"],
        da: &["roaminggebyrer", "lokalt SIM-kort", "dit nummers landekode, ikke af det land, du er i"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "9 abroad by text after texts ended: texts have ended",
        answers: &[OTHER, ABROAD, 0],
        node: "code-not-arriving#sms-retired",
        end: End::Step,
        en: &["Since 1 February 2027"],
        da: &["Siden 1. februar 2027"],
        today: AFTER,
        org: &[],
    },
    Walk {
        topic: "9 abroad with the organization's own telephone provider: texts still go abroad",
        answers: &[OTHER, ABROAD, 0],
        node: "roaming#has-app",
        end: End::Question,
        en: &["roaming fees"],
        da: &["roaminggebyrer"],
        today: AFTER,
        org: &[("sms_voice", "own-provider")],
    },
    Walk {
        topic: "9 abroad: the Authenticator app over Wi-Fi",
        answers: &[OTHER, ABROAD, 0, 0 /* app is set up */],
        node: "roaming#switch-to-app",
        end: End::Step,
        en: &["Wi-Fi", "Authenticator app", "pull the list down to refresh"],
        da: &["Wi-Fi", "Authenticator-appen", "træk listen nedad"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "9 abroad without the app: the home SIM card gets the codes",
        answers: &[OTHER, ABROAD, 0, 1 /* no app */],
        node: "roaming#try-text",
        end: End::Step,
        en: &["not to a local SIM card"],
        da: &["ikke til et lokalt SIM-kort"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "9 abroad, nothing arrives: helpdesk checks the number's country code",
        answers: &[OTHER, ABROAD, 0, 1, NO],
        node: "roaming#helpdesk",
        end: End::Helpdesk,
        en: &["country code"],
        da: &["landekode"],
        today: BEFORE,
        org: &[],
    },
    Walk {
        topic: "16 abroad: app codes work without signal or internet",
        answers: &[OTHER, ABROAD, 1 /* the app */, NO],
        node: "roaming#app-code",
        end: End::Step,
        en: &["without mobile signal or internet"],
        da: &["uden mobilsignal og uden internet"],
        today: None,
        org: &[],
    },
    // 10. App passwords don't work.
    Walk {
        topic: "10 app password, not known whether offered: update the program first",
        answers: &[OTHER, APP_PASSWORD],
        node: "app-passwords#update-first",
        end: End::Step,
        en: &["a new app password may not help", "Microsoft sign-in window"],
        da: &["En ny appadgangskode hjælper derfor måske ikke", "logonvindue fra Microsoft"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "10 app password: type it again",
        answers: &[OTHER, APP_PASSWORD, NO],
        node: "app-passwords#retype",
        end: End::Step,
        en: &["older desktop programs", "Type the app password into the program again"],
        da: &["ældre skrivebordsprogrammer", "Skriv appadgangskoden i programmet igen"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "10 app password: create a new one",
        answers: &[OTHER, APP_PASSWORD, NO, NO],
        node: "app-passwords#new-password",
        end: End::Step,
        en: &["My Apps portal", "\"App password\""],
        da: &["Mine apps-portalen", "\"Appadgangskode\""],
        today: None,
        org: &[],
    },
    Walk {
        topic: "10 app passwords offered: straight to typing it again",
        answers: &[OTHER, APP_PASSWORD],
        node: "app-passwords#retype",
        end: End::Step,
        en: &["Type the app password into the program again"],
        da: &["Skriv appadgangskoden i programmet igen"],
        today: None,
        org: &[("app_passwords", "offered")],
    },
    Walk {
        topic: "10 app passwords not offered: the program must sign in the modern way",
        answers: &[OTHER, APP_PASSWORD],
        node: "app-passwords#not-offered",
        end: End::Step,
        en: &["doesn't use app passwords", "Update the program"],
        da: &["bruger ikke appadgangskoder", "Opdater programmet"],
        today: None,
        org: &[("app_passwords", "not-offered")],
    },
    // 11. None of these helped.
    Walk {
        topic: "11 none of these: the helpdesk",
        answers: &[OTHER, ELSE, NONE_OF_THESE, 1 /* tried the steps */],
        node: "none-helped#helpdesk",
        end: End::Helpdesk,
        en: &["Contact your organization's helpdesk", "Have this ready"],
        da: &["Kontakt din organisations Helpdesk", "Hav dette klar"],
        today: None,
        org: &[],
    },
    // 12. Approval requests I didn't start.
    Walk {
        topic: "12 request on the phone now: deny, no number of your own, report, may block MFA",
        answers: &[APPROVAL, 0 /* a request now */],
        node: "unexpected-approval#deny",
        end: End::Question,
        en: &[
            "Deny the request",
            "type that number into the app",
            "report it as suspicious",
            "until the helpdesk has checked it",
        ],
        da: &[
            "Tryk på Afvis",
            "skriver netop det tal i appen",
            "rapportere det som mistænkeligt",
            "indtil Helpdesk har tjekket den",
        ],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 approval phone call: 0# reports fraud",
        answers: &[APPROVAL, 1 /* a phone call */],
        node: "unexpected-approval#voice-call",
        end: End::Question,
        en: &["0#", "fraud", "hash key (#)"],
        da: &["0#", "svindel", "firkanttasten (#)"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 after denying: change the password",
        answers: &[APPROVAL, 0, 0 /* denied */],
        node: "unexpected-approval#change-password",
        end: End::Question,
        en: &["Change it now", "not even the helpdesk"],
        da: &["Skift den nu", "heller ikke Helpdesk"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 tell the helpdesk at once: security escalation",
        answers: &[APPROVAL, 0, 0, 0 /* changed it */],
        node: "unexpected-approval#helpdesk",
        end: End::Urgent,
        en: &["right away", "sign-in activity"],
        da: &["med det samme", "logonaktiviteten"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 approved by mistake: security escalation",
        answers: &[APPROVAL, 3 /* approved it */],
        node: "unexpected-approval#approved",
        end: End::Urgent,
        en: &["Change your password now", "straight away"],
        da: &["Skift din adgangskode nu", "med det samme"],
        today: None,
        org: &[],
    },
    // 13. The verification code is rejected: a text's code or an app's.
    Walk {
        topic: "13 code rejected: where the code comes from",
        answers: &[REJECTED],
        node: "code-rejected#which-code",
        end: End::Question,
        en: &["A text message", "hardware token"],
        da: &["En sms", "kodeviser"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 text code rejected: the newest code, within three minutes",
        answers: &[REJECTED, 0 /* a text */],
        node: "code-rejected#text-code",
        end: End::Step,
        en: &["newest text", "about three minutes"],
        da: &["nyeste sms", "cirka tre minutter"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 app code rejected: the right account's code",
        answers: &[REJECTED, 1 /* the app */],
        node: "code-rejected#right-account",
        end: End::Step,
        en: &["Use the code shown under that entry"],
        da: &["Brug den kode, der står under netop den konto"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 app code rejected: the current code, 30 seconds",
        answers: &[REJECTED, 1, NO],
        node: "code-rejected#current-code",
        end: End::Step,
        en: &["every 30 seconds"],
        da: &["hvert 30. sekund"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 app code rejected: automatic date and time, iPhone and Android",
        answers: &[REJECTED, 1, NO, NO],
        node: "code-rejected#clock",
        end: End::Step,
        en: &["date and time to automatic", "iPhone:", "Android:"],
        da: &["dato og tid til automatisk", "iPhone:", "Android:"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 hardware token code rejected: 30 or 60 seconds",
        answers: &[REJECTED, 2 /* a hardware token */],
        node: "code-rejected#token-code",
        end: End::Step,
        en: &["30 or 60 seconds"],
        da: &["30. eller 60. sekund"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 code still rejected: sign in another way, with the app or a passkey",
        answers: &[REJECTED, 1, NO, NO, NO],
        node: "code-rejected#other-way",
        end: End::Step,
        en: &["\"Sign in another way\"", "passkey"],
        da: &["\"Log på en anden måde\"", "adgangsnøgle"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "13 code still rejected, no other way: helpdesk",
        answers: &[REJECTED, 1, NO, NO, NO, NO],
        node: "code-rejected#helpdesk",
        end: End::Helpdesk,
        en: &["registered methods", "Temporary Access Pass"],
        da: &["registrerede metoder", "Temporary Access Pass"],
        today: None,
        org: &[],
    },
    // --- repeated-prompts, more-info-required, access-blocked, forgot-password (content-c) ---
    // Topics "R<n>" are those of section 2 of the December 2026 content
    // review of December 2026 (topics a helpdesk sees now), not the article's.
    // R4. Repeated prompts, sign-in loops in Teams or Outlook.
    Walk {
        topic: "R4 repeated prompts: sign-in frequency is the organization's setting",
        answers: &[OTHER, REPEATED, 0 /* every few hours or days */],
        node: "repeated-prompts#by-design",
        end: End::Step,
        today: None,
        org: &[],
        en: &["sign-in frequency", "after you change your password"],
        da: &["logonhyppighed", "når du har skiftet adgangskode"],
    },
    Walk {
        topic: "R4 repeated prompts in the browser: Stay signed in?",
        answers: &[OTHER, REPEATED, 1 /* every time I open the browser */],
        node: "repeated-prompts#stay-signed-in",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"Stay signed in?\"", "shared or public computer"],
        da: &["\"Vil du forblive logget på?\"", "delt eller offentlig computer"],
    },
    Walk {
        topic: "R4 Teams or Outlook keeps asking: sign out of the apps and back in",
        answers: &[OTHER, REPEATED, 2 /* Teams, Outlook */],
        node: "repeated-prompts#sign-out-in",
        end: End::Step,
        today: None,
        org: &[],
        en: &["File, then Account", "Sign out", "Teams"],
        da: &["Filer og derefter Konto", "Log af", "Teams"],
    },
    Walk {
        topic: "R4 a sign-in loop: old work accounts in Windows",
        answers: &[OTHER, REPEATED, 3 /* asked again straight away */, NO],
        node: "repeated-prompts#windows-account",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Access work or school", "Email & accounts"],
        da: &["Få adgang til arbejde eller skole", "Mail og konti"],
    },
    Walk {
        topic: "R4 each app on the phone asks: Authenticator signs in for the apps",
        answers: &[OTHER, REPEATED, 4 /* on my phone */],
        node: "repeated-prompts#broker",
        end: End::Step,
        today: None,
        org: &[],
        en: &["Microsoft Authenticator app can sign in for the other apps"],
        da: &["Microsoft Authenticator-appen kan logge på for de andre apps"],
    },
    Walk {
        topic: "R4 prompts keep coming: the helpdesk",
        answers: &[OTHER, REPEATED, 2, NO, NO],
        node: "repeated-prompts#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["how often it asks", "after you changed your password"],
        da: &["hvor ofte den spørger", "efter du skiftede adgangskode"],
    },
    Walk {
        topic: "R4 approval requests I didn't start: the unexpected-approval flow",
        answers: &[OTHER, REPEATED, 5 /* requests I didn't start */],
        node: "unexpected-approval#",
        end: End::Question,
        today: None,
        org: &[],
        en: &[],
        da: &[],
    },
    // R5. "More information required" and the Authenticator registration campaign.
    Walk {
        topic: "R5 More information required: the wizard, a new verification is expected",
        answers: &[OTHER, MORE_INFO, 0 /* More information required */],
        node: "more-info-required#more-info",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"More information required\"", "\"Keep your account secure\"", "asked to verify again"],
        da: &["\"Der kræves flere oplysninger\"", "\"Beskyt din konto\"", "bedt om at bekræfte igen"],
    },
    Walk {
        topic: "R5 Authenticator registration campaign: Skip for now, limited snoozes",
        answers: &[OTHER, MORE_INFO, 1 /* set up Authenticator */],
        node: "more-info-required#campaign",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"Skip for now\"", "14 days", "three skips"],
        da: &["springe over for nu", "14 dage", "tre gange"],
    },
    Walk {
        topic: "R5 reconfirm security info",
        answers: &[OTHER, MORE_INFO, 3 /* review my security info */],
        node: "more-info-required#review-info",
        end: End::Step,
        today: None,
        org: &[],
        en: &["confirm it"],
        da: &["så bekræft det"],
    },
    Walk {
        topic: "R5 can't use the app the wizard shows: a different method",
        answers: &[OTHER, MORE_INFO, 0, NO, 0 /* can't install the app */],
        node: "more-info-required#other-method",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"I want to set up a different method\""],
        da: &["sætte en anden metode op"],
    },
    Walk {
        topic: "R5 no method at all: the helpdesk checks identity first",
        answers: &[OTHER, MORE_INFO, 0, NO, 3 /* no phone or method */],
        node: "more-info-required#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["check who you are before they change anything"],
        da: &["tjekker, hvem du er, før de ændrer noget"],
    },
    // R6. Sign-in blocked by Conditional Access, described as an MFA fault.
    Walk {
        topic: "R6 AADSTS53003: the organization's rules, not the verification",
        answers: &[OTHER, ACCESS_BLOCKED, 0 /* 53003 */],
        node: "access-blocked#blocked-53003",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"AADSTS53003\"", "Access has been blocked by Conditional Access policies", "won't change it"],
        da: &[
            "\"AADSTS53003\"",
            "Access has been blocked by Conditional Access policies",
            "ændrer ikke noget",
        ],
    },
    Walk {
        topic: "R6 AADSTS53000: check the device in Company Portal",
        answers: &[OTHER, ACCESS_BLOCKED, 1 /* 53000, compliant device */],
        node: "access-blocked#device-compliance",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"AADSTS53000\"", "Company Portal", "\"Check access\""],
        da: &["\"AADSTS53000\"", "Company Portal", "kontrollere adgangen"],
    },
    Walk {
        topic: "R6 AADSTS50076 and AADSTS50074: complete two-step verification",
        answers: &[OTHER, ACCESS_BLOCKED, 2 /* 50076 or 50074 */],
        node: "access-blocked#mfa-required",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"AADSTS50076\"", "\"AADSTS50074\"", "new place"],
        da: &["\"AADSTS50076\"", "\"AADSTS50074\"", "nyt sted"],
    },
    Walk {
        topic: "R6 AADSTS500121: the verification didn't succeed",
        answers: &[OTHER, ACCESS_BLOCKED, 3 /* 500121 */],
        node: "access-blocked#mfa-failed",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"AADSTS500121\"", "type the number shown on the sign-in screen"],
        da: &["\"AADSTS500121\"", "det tal, der står på logonskærmen"],
    },
    Walk {
        topic: "R6 AADSTS50158: the external security check",
        answers: &[OTHER, ACCESS_BLOCKED, 4 /* 50158 */],
        node: "access-blocked#external-challenge",
        end: End::Step,
        today: None,
        org: &[],
        en: &["\"AADSTS50158\"", "External security challenge was not satisfied"],
        da: &["\"AADSTS50158\"", "External security challenge was not satisfied"],
    },
    Walk {
        topic: "R6 still blocked: error code, Request ID, Correlation ID and time for the helpdesk",
        answers: &[OTHER, ACCESS_BLOCKED, 0, NO],
        node: "access-blocked#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["\"More details\"", "Request ID", "Correlation ID", "Timestamp"],
        da: &["flere detaljer", "Request ID", "Correlation ID", "Timestamp"],
    },
    Walk {
        topic: "R6 verification doesn't arrive when trying again: code-not-arriving",
        answers: &[OTHER, ACCESS_BLOCKED, 2, NO, 0 /* nothing arrives */],
        node: "code-not-arriving#",
        end: End::Question,
        today: None,
        org: &[],
        en: &[],
        da: &[],
    },
    // R7. Forgotten password together with MFA.
    Walk {
        topic: "R7 forgot password: self-service reset with the registered methods",
        answers: &[OTHER, FORGOT, 0 /* the app or an email address */],
        node: "forgot-password#reset",
        end: End::Step,
        today: None,
        org: &[],
        en: &["https://aka.ms/sspr", "\"Can't access your account?\"", "ask you to sign in again"],
        da: &[
            "https://aka.ms/sspr",
            "\"Kan du ikke få adgang til din konto?\"",
            "beder dig også om at logge på igen",
        ],
    },
    Walk {
        topic: "R7 reset page says contact the administrator: the helpdesk",
        answers: &[OTHER, FORGOT, 0, NO, 0 /* contact my administrator */],
        node: "forgot-password#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["check that you are who you say you are", "Temporary Access Pass"],
        da: &["tjekker først, at du er den, du siger, du er", "Temporary Access Pass"],
    },
    Walk {
        topic: "R7 no method at all: the helpdesk resets the password",
        answers: &[OTHER, FORGOT, 3 /* none */],
        node: "forgot-password#helpdesk",
        end: End::Helpdesk,
        today: None,
        org: &[],
        en: &["reset your password", "time-limited code from the helpdesk"],
        da: &["nulstille din adgangskode", "tidsbegrænset kode fra Helpdesk"],
    },
    // R7 and C1: password reset by text or call depends on the organization
    // and on the date Microsoft's own texts and calls end.
    Walk {
        topic: "R7+C1 reset by text: the organization no longer uses texts",
        answers: &[OTHER, FORGOT, 1 /* only my phone number */],
        node: "forgot-password#texts-off",
        end: End::Step,
        today: None,
        org: &[("sms_voice", "off")],
        en: &["no longer uses text messages or phone calls"],
        da: &["bruger ikke længere sms'er eller opkald"],
    },
    Walk {
        topic: "R7+C1 reset by text: the organization's own provider keeps texts",
        answers: &[OTHER, FORGOT, 1],
        node: "forgot-password#reset",
        end: End::Step,
        today: None,
        org: &[("sms_voice", "own-provider")],
        en: &["https://aka.ms/sspr"],
        da: &["https://aka.ms/sspr"],
    },
    Walk {
        topic: "R7+C1 reset by text before 2027-02-01: texts still come",
        answers: &[OTHER, FORGOT, 1],
        node: "forgot-password#reset",
        end: End::Step,
        today: Some("2026-12-01"),
        org: &[("sms_voice", "microsoft")],
        en: &["https://aka.ms/sspr"],
        da: &["https://aka.ms/sspr"],
    },
    Walk {
        topic: "R7+C1 reset by text after 2027-02-01: Microsoft's texts have stopped",
        answers: &[OTHER, FORGOT, 1],
        node: "forgot-password#texts-retired",
        end: End::Step,
        today: Some("2027-03-01"),
        org: &[("sms_voice", "microsoft")],
        en: &["Since 1 February 2027", "https://aka.ms/sspr"],
        da: &["Siden 1. februar 2027", "https://aka.ms/sspr"],
    },
    Walk {
        topic: "R7+C1 reset by text after 2027-02-01, organization unknown: try the page, prefer the app",
        answers: &[OTHER, FORGOT, 1],
        node: "forgot-password#texts-maybe",
        end: End::Step,
        today: Some("2027-03-01"),
        org: &[],
        en: &["may have stopped", "https://aka.ms/sspr"],
        da: &["måske stoppet", "https://aka.ms/sspr"],
    },
    Walk {
        topic: "R7+C1 reset by text before 2027-02-01, organization unknown: the reset page",
        answers: &[OTHER, FORGOT, 1],
        node: "forgot-password#reset",
        end: End::Step,
        today: Some("2026-12-01"),
        org: &[],
        en: &["https://aka.ms/sspr"],
        da: &["https://aka.ms/sspr"],
    },
    // --- passkeys, authenticator-restore, push-missing (content-b) ---
    // Topic numbers are the nearest of CONTENT.md's sixteen.
    Walk {
        topic: "5 passkey prompt before 1 Feb 2027: it can be skipped, organization decides",
        answers: &[PASSKEY, 0 /* keeps asking */],
        node: "passkeys#prompt-optional",
        end: End::Question,
        en: &["1 September 2026", "1 February 2027", "three times"],
        da: &["1. september 2026", "1. februar 2027", "tre gange"],
        today: Some("2026-12-01"),
        org: &[],
    },
    Walk {
        topic: "5 passkey prompt after 1 Feb 2027, Microsoft texts: it can't be skipped",
        answers: &[PASSKEY, 0],
        node: "passkeys#prompt-required",
        end: End::Question,
        en: &["1 February 2027", "can no longer be skipped"],
        da: &["1. februar 2027", "ikke længere springes over"],
        today: Some("2027-03-01"),
        org: &[("sms_voice", "microsoft")],
    },
    Walk {
        topic: "5 passkey prompt after 1 Feb 2027, own telephony provider: the organization's campaign",
        answers: &[PASSKEY, 0],
        node: "passkeys#prompt-organization",
        end: End::Question,
        en: &["Your organization asks you to set up a passkey", "three times"],
        da: &["Din organisation beder dig om at oprette en adgangsnøgle", "tre gange"],
        today: Some("2027-03-01"),
        org: &[("sms_voice", "own-provider")],
    },
    Walk {
        topic: "5 passkey prompt, organization without passkeys: which account asks",
        answers: &[PASSKEY, 0],
        node: "passkeys#prompt-org-off",
        end: End::Step,
        en: &["personal Microsoft account"],
        da: &["personlig Microsoft-konto"],
        today: None,
        org: &[("passkeys", "not-allowed")],
    },
    Walk {
        topic: "5 passkey prompt skipped for now",
        answers: &[PASSKEY, 0, 1 /* skip for now */],
        node: "passkeys#snoozed",
        end: End::Fix,
        en: &["https://aka.ms/setupsecurityinfo", "1 February 2027"],
        da: &["https://aka.ms/setupsecurityinfo", "1. februar 2027"],
        today: Some("2026-12-01"),
        org: &[],
    },
    Walk {
        topic: "5 setting up a passkey: Authenticator, versions, a fresh verification",
        answers: &[PASSKEY, 1 /* set one up */],
        node: "passkeys#register",
        end: End::Step,
        en: &["iOS 17", "Android 14", "\"Add sign-in method\"", "verify once more"],
        da: &["iOS 17", "Android 14", "\"Tilføj logonmetode\"", "bekræfte én gang til"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 setting up a passkey where the organization offers none: helpdesk",
        answers: &[PASSKEY, 1],
        node: "passkeys#register-not-allowed",
        end: End::Helpdesk,
        en: &["doesn't offer passkeys"],
        da: &["tilbyder ikke adgangsnøgler"],
        today: None,
        org: &[("passkeys", "not-allowed")],
    },
    Walk {
        topic: "5 passkey by QR code: Bluetooth and internet on both devices",
        answers: &[PASSKEY, 2 /* sign-in fails */, 0 /* QR code */],
        node: "passkeys#bluetooth",
        end: End::Step,
        en: &["Turn Bluetooth on, on both the computer and the phone", "online"],
        da: &["Slå Bluetooth til på både computeren og telefonen", "internettet"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 passkey on the phone itself: a screen lock",
        answers: &[PASSKEY, 2, 1 /* on the phone */],
        node: "passkeys#screen-lock",
        end: End::Step,
        en: &["screen lock", "iPhone:", "Android:"],
        da: &["skærmlås", "iPhone:", "Android:"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 passkey still failing after every check: helpdesk, what to have ready",
        answers: &[PASSKEY, 2, 0, NO, NO, NO, NO],
        node: "passkeys#helpdesk",
        end: End::Helpdesk,
        en: &["iOS or Android version", "word for word"],
        da: &["iOS- eller Android-version", "ord for ord"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14+15 passkey not on the new phone, no other way in: Temporary Access Pass",
        answers: &[PASSKEY, 3 /* new phone */, 1 /* no other way */],
        node: "authenticator-restore#tap-helpdesk",
        end: End::Helpdesk,
        en: &["Temporary Access Pass", "time-limited code from the helpdesk"],
        da: &["Temporary Access Pass", "tidsbegrænset kode fra Helpdesk"],
        today: None,
        org: &[("temporary_access_pass", "used")],
    },
    Walk {
        topic: "3 phone with a passkey lost: remove it, then tell the helpdesk (urgent)",
        answers: &[PASSKEY, 4 /* lost */, YES],
        node: "lost-phone#report",
        end: End::Urgent,
        en: &["lost or stolen"],
        da: &["mistet eller stjålet"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 security key PIN blocked: a reset erases it, the helpdesk",
        answers: &[PASSKEY, 5 /* PIN blocked */],
        node: "passkeys#key-locked",
        end: End::Helpdesk,
        en: &["erases every passkey on it", "Security info page"],
        da: &["sletter alle adgangsnøgler på den", "Sikkerhedsoplysninger"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 restored backup: only the account name comes back, sign in again",
        answers: &[NEW, RESTORED, 0 /* restored */],
        node: "authenticator-restore#work-sign-in",
        end: End::Step,
        en: &["only the name of a work or school account", "Passkeys are never in a backup"],
        da: &[
            "kun navnet på en arbejds- eller skolekonto",
            "Adgangsnøgler kommer heller aldrig med i en sikkerhedskopi",
        ],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 restore didn't help: set the work account up again on Security info",
        answers: &[NEW, RESTORED, 0, NO, 0 /* another method */],
        node: "authenticator-restore#set-up-again",
        end: End::Step,
        en: &["https://aka.ms/setupsecurityinfo", "\"Add sign-in method\"", "Type the number"],
        da: &["https://aka.ms/setupsecurityinfo", "\"Tilføj logonmetode\"", "Skriv det tal"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 set up again: remove the old phone",
        answers: &[NEW, RESTORED, 0, NO, 0, YES],
        node: "authenticator-restore#remove-old",
        end: End::Step,
        en: &["delete the Authenticator entry"],
        da: &["Slet den Authenticator-post"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 iPhone to Android: no restore across",
        answers: &[NEW, RESTORED, 2 /* switched */],
        node: "authenticator-restore#cross-platform",
        end: End::Question,
        en: &["only be restored on an iPhone"],
        da: &["kun gendannes på en iPhone"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "14 the account twice in the app: remove the leftover",
        answers: &[NEW, RESTORED, 3 /* twice */],
        node: "authenticator-restore#duplicates",
        end: End::Step,
        en: &["same account twice"],
        da: &["den samme konto to gange"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "15 new phone, no method, organization uses Temporary Access Passes",
        answers: &[NEW, RESTORED, 1 /* old phone gone */, 1 /* no method */],
        node: "authenticator-restore#tap-helpdesk",
        end: End::Helpdesk,
        en: &["Temporary Access Pass", "iPhone or Android"],
        da: &["Temporary Access Pass", "iPhone eller Android"],
        today: None,
        org: &[("temporary_access_pass", "used")],
    },
    Walk {
        topic: "15 new phone, no method, no Temporary Access Passes: methods reset",
        answers: &[NEW, RESTORED, 1, 1],
        node: "authenticator-restore#reset-helpdesk",
        end: End::Helpdesk,
        en: &["clear your sign-in methods", "iPhone or Android"],
        da: &["rydde dine logonmetoder", "iPhone eller Android"],
        today: None,
        org: &[("temporary_access_pass", "not-used")],
    },
    Walk {
        topic: "15 new phone, no method, organization unknown: either way",
        answers: &[NEW, RESTORED, 1, 1],
        node: "authenticator-restore#no-method-helpdesk",
        end: End::Helpdesk,
        en: &["Temporary Access Pass", "clear your sign-in methods"],
        da: &["Temporary Access Pass", "rydder dine logonmetoder"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "3 new phone because the old one was stolen: the lost-phone flow",
        answers: &[NEW, RESTORED, 1, 2 /* lost or stolen */],
        node: "lost-phone#other",
        end: End::Question,
        en: &["\"Sign in another way\""],
        da: &["\"Log på en anden måde\""],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 no notification: open the app and pull down to refresh",
        answers: &[
            NO_CODE, 2, /* nothing arrives */
            2, /* an app notification */
            0, /* nothing appears */
        ],
        node: "push-missing#open-app",
        end: End::Step,
        en: &["Pull the list of accounts down to refresh it"],
        da: &["Træk listen med konti nedad for at opdatere den"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 no notification: allow notifications, Do Not Disturb, update",
        answers: &[NO_CODE, 2 /* nothing arrives */, 2 /* an app notification */, 0, NO],
        node: "push-missing#notifications",
        end: End::Step,
        en: &["iPhone:", "Android:", "Do Not Disturb", "update Authenticator"],
        da: &["iPhone:", "Android:", "Forstyr ikke", "opdater Authenticator"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 no notification: internet and battery saving",
        answers: &[NO_CODE, 2 /* nothing arrives */, 2 /* an app notification */, 0, NO, NO],
        node: "push-missing#battery",
        end: End::Step,
        en: &["Unrestricted", "Low Power Mode"],
        da: &["Ubegrænset", "strømsparetilstand"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 no notification at all, e.g. Huawei without Google: use the app's code",
        answers: &[NO_CODE, 2 /* nothing arrives */, 2 /* an app notification */, 0, NO, NO, NO],
        node: "push-missing#use-code",
        end: End::Step,
        en: &["\"Sign in another way\"", "Huawei"],
        da: &["\"Log på en anden måde\"", "Huawei"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "5 notification still missing: helpdesk, what to have ready",
        answers: &[
            NO_CODE, 2, /* nothing arrives */
            2, /* an app notification */
            0, NO, NO, NO, NO,
        ],
        node: "push-missing#helpdesk",
        end: End::Helpdesk,
        en: &["make and model", "Google's services"],
        da: &["mærke og model", "Googles tjenester"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 no number on the phone: it is on the sign-in screen",
        answers: &[
            NO_CODE, 2, /* nothing arrives */
            2, /* an app notification */
            1, /* no number */
            0, /* on a computer */
        ],
        node: "push-missing#type-number",
        end: End::Step,
        en: &["Type that number"],
        da: &["Skriv tallet"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 signing in on the same phone: switch apps, show the number again",
        answers: &[
            NO_CODE, 2, /* nothing arrives */
            2, /* an app notification */
            1, 1, /* same phone */
        ],
        node: "push-missing#same-phone",
        end: End::Step,
        en: &["\"Show me the number again\""],
        da: &["vise tallet igen"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 a request with no sign-in of one's own: not yours",
        answers: &[
            NO_CODE, 2, /* nothing arrives */
            2, /* an app notification */
            1, 2, /* not signing in */
        ],
        node: "unexpected-approval#situation",
        end: End::Question,
        en: &["Never approve a request you didn't start"],
        da: &["Godkend aldrig en anmodning, du ikke selv har startet"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 VPN prompt with Approve and Deny only: normal",
        answers: &[NO_CODE, 2 /* nothing arrives */, 2 /* an app notification */, 2 /* VPN */],
        node: "push-missing#vpn",
        end: End::Step,
        en: &["That is normal", "Approve and Deny"],
        da: &["Det er helt normalt", "Godkend og Afvis"],
        today: None,
        org: &[],
    },
    Walk {
        topic: "12 approving on a watch: use the phone",
        answers: &[
            NO_CODE, 2, /* nothing arrives */
            2, /* an app notification */
            3, /* watch */
        ],
        node: "push-missing#wearable",
        end: End::Step,
        en: &["Apple Watch"],
        da: &["Apple Watch"],
        today: None,
        org: &[],
    },
];

/// The error messages, picked from triage's list of errors (and its list of
/// AADSTS codes): the option reads exactly as the sign-in screen shows it,
/// and, where the node is quoted, the step it lands on quotes it again.
struct ErrorWalk {
    /// The answers after "I see an error message"; the last one picks the
    /// message.
    answers: &'static [usize],
    /// `flow#node`, or `flow#` for a flow's start.
    node: &'static str,
    en: &'static str,
    da: &'static str,
    /// Whether the node is a step that quotes the message and has
    /// `.keywords` for it. Nodes in flows other helpers own are checked once
    /// their flows quote the message.
    quoted: bool,
}

const ERROR_WALKS: &[ErrorWalk] = &[
    ErrorWalk {
        answers: &[0],
        node: "code-not-arriving#limit-reached",
        en: "You've hit our limit on verification calls",
        da: "Du har nået vores grænse for bekræftelsesopkald",
        quoted: true,
    },
    ErrorWalk {
        answers: &[1],
        node: "code-not-arriving#limit-reached",
        en: "You've hit our limit on text verification codes",
        da: "Du har nået vores grænse for koder til tekstbekræftelse",
        quoted: true,
    },
    ErrorWalk {
        answers: &[2],
        node: "code-not-arriving#trouble-verifying",
        en: "Sorry, we're having trouble verifying your account",
        da: "Vi beklager, men vi har problemer med at bekræfte din konto",
        quoted: true,
    },
    ErrorWalk {
        answers: &[3],
        node: "code-rejected#",
        en: "You didn't enter the expected verification code. Please try again.",
        da: "Du har ikke angivet den forventede bekræftelseskode. Prøv igen.",
        quoted: false,
    },
    ErrorWalk {
        answers: &[4],
        node: "push-missing#",
        en: "We didn't receive a response. Please try again.",
        da: "Vi modtog ikke noget svar. Prøv igen.",
        quoted: false,
    },
    ErrorWalk {
        answers: &[5],
        node: "more-info-required#more-info",
        en: "More information required",
        da: "Der kræves flere oplysninger",
        quoted: true,
    },
    ErrorWalk {
        answers: &[6],
        node: "locked-out-attempts#",
        en: "Your account is temporarily locked to prevent unauthorized use.",
        da: "Din konto er midlertidigt låst for at forhindre uautoriseret brug.",
        quoted: false,
    },
    ErrorWalk {
        answers: &[ERROR_CODE, 0],
        node: "access-blocked#mfa-required",
        en: "AADSTS50074",
        da: "AADSTS50074",
        quoted: true,
    },
    ErrorWalk {
        answers: &[ERROR_CODE, 1],
        node: "access-blocked#mfa-required",
        en: "AADSTS50076",
        da: "AADSTS50076",
        quoted: true,
    },
    ErrorWalk {
        answers: &[ERROR_CODE, 2],
        node: "access-blocked#external-challenge",
        en: "AADSTS50158",
        da: "AADSTS50158",
        quoted: true,
    },
    ErrorWalk {
        answers: &[ERROR_CODE, 3],
        node: "access-blocked#device-compliance",
        en: "AADSTS53000",
        da: "AADSTS53000",
        quoted: true,
    },
    ErrorWalk {
        answers: &[ERROR_CODE, 4],
        node: "access-blocked#blocked-53003",
        en: "AADSTS53003",
        da: "AADSTS53003",
        quoted: true,
    },
    ErrorWalk {
        answers: &[ERROR_CODE, 5],
        node: "access-blocked#mfa-failed",
        en: "AADSTS500121",
        da: "AADSTS500121",
        quoted: true,
    },
];

/// Where triage sends each topic that has no walk of its own here yet (flows
/// written alongside this layout), by the path a person takes.
const TRIAGE_LINKS: &[(&[usize], &str)] = &[
    (&[PASSKEY], "passkeys#"),
    (&[NO_CODE, 2 /* nothing arrives */, 2 /* an app notification */], "push-missing#"),
    (&[NEW, RESTORED], "authenticator-restore#"),
    (&[OTHER, REPEATED], "repeated-prompts#"),
    (&[OTHER, MORE_INFO], "more-info-required#"),
    (&[OTHER, FORGOT], "forgot-password#"),
    (&[OTHER, ACCESS_BLOCKED], "access-blocked#"),
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

/// `flow#node` as it is; `flow#` as the path of that flow's start node (so a
/// walk into another flow keeps working when that flow's start changes).
fn resolve(content: &Content, node: &str) -> String {
    match node.strip_suffix('#') {
        Some(_) => {
            content.catalog.find(node).map(|at| content.catalog.path(at)).unwrap_or_else(|| node.to_string())
        }
        None => node.to_string(),
    }
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
    let expected = resolve(content, w.node);
    if reached != expected {
        problems.push(format!("[{lang} {day}] {}: reached {reached}, expected {expected}", w.topic));
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
    // A topic is its number in CONTENT.md ("5", "1+15"), or, from the
    // December 2026 content review, "R<n>" for topic n of its section 2 and
    // "C<n>" for fact n of its section 1.
    let topics: BTreeSet<u32> = WALKS
        .iter()
        .flat_map(|w| {
            let numbers = w.topic.split_whitespace().next().unwrap_or_default();
            numbers
                .split('+')
                .filter(|n| !n.starts_with(['R', 'C']))
                .map(|n| n.parse::<u32>().expect("a walk's topic starts with its number"))
                .collect::<Vec<_>>()
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
fn triage_leads_to_every_new_topic() {
    let content = content();
    let mut problems = Vec::new();
    for (answers, target) in TRIAGE_LINKS {
        if content.catalog.find(target).is_none() {
            problems.push(format!("{target} does not exist"));
            continue;
        }
        match walk(&content, answers) {
            Ok(session) => {
                let reached = content.catalog.path(session.current());
                let expected = resolve(&content, target);
                if reached != expected {
                    problems.push(format!("{answers:?} reached {reached}, expected {expected}"));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    assert_none(problems, "triage links went wrong");
}

#[test]
fn each_error_message_from_triage_lands_on_its_step_and_is_quoted_exactly() {
    let content = content();
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let l10n = content.localizer(&[tag(lang)]);
        for e in ERROR_WALKS {
            let exact = if *lang == "da" { e.da } else { e.en };
            let (pick, before) = e.answers.split_last().expect("an error walk picks an option");
            let list_answers: Vec<usize> = [ERROR].iter().chain(before).copied().collect();
            let answers: Vec<usize> = [ERROR].iter().chain(e.answers).copied().collect();
            // On the list of errors, the option is the message itself, and
            // it is marked as an error message for the ticket.
            let list = walk(&content, &list_answers).expect("triage has the error lists");
            let screen = Screen::build(&list, &l10n, &content.config);
            match screen.options.get(*pick) {
                Some(option) if option.label == exact => {}
                other => problems.push(format!(
                    "[{lang}] error option {answers:?} reads {:?}, expected {exact:?}",
                    other.map(|o| &o.label)
                )),
            }
            if let NodeKind::Question { options } = &content.catalog.node(list.current()).kind {
                if !options.get(*pick).is_some_and(|o| o.error_message) {
                    problems.push(format!("[{lang}] error option {answers:?} is not marked error_message"));
                }
            }
            // Chosen, it lands on the node for it.
            let session = match walk(&content, &answers) {
                Ok(session) => session,
                Err(err) => {
                    problems.push(format!("[{lang}] {exact:?}: {err}"));
                    continue;
                }
            };
            let reached = content.catalog.path(session.current());
            let expected = resolve(&content, e.node);
            if reached != expected {
                problems.push(format!("[{lang}] {exact:?} leads to {reached}, expected {expected}"));
                continue;
            }
            if !e.quoted {
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
        (&[OTHER, ELSE, NONE_OF_THESE, 3 /* someone else */], "locked-out-attempts#intruder"),
        (&[NEW, REPLACED, 1], "lost-phone#helpdesk"),
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
    let error_nodes = ERROR_WALKS
        .iter()
        .filter(|e| e.quoted)
        .map(|e| e.node)
        .chain(["triage#errors", "triage#error-codes"]);
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
    ("passkey", "adgangsnøgle"),
    ("kodebrik", "kodeviser (kodebrik is Norwegian)"),
    ("står fast", "ikke bliver låst ude (står fast means stands firm)"),
    ("nummermatchning", "skriv det tal, logonskærmen viser (no Danish screen says nummermatchning)"),
    ("Report suspicious activity", "describe it: vælg at rapportere det som mistænkeligt"),
    ("godkendelsesanmodning", "anmodning om godkendelse"),
    ("firkanten #", "firkanttasten (#)"),
    ("Tak for, at", "Tak brugeren for at …"),
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
