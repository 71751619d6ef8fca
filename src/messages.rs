//! Ids of the Fluent messages the program itself shows (the flows name their
//! own). One list per area, so `check` can verify a locale has them all.

macro_rules! message_ids {
    ($($name:ident = $id:literal,)*) => {
        $(pub const $name: &str = $id;)*
        /// Every id of this group.
        pub const ALL: &[&str] = &[$($id),*];
    };
}

/// Organization values when the config leaves them unset.
pub mod org {
    message_ids! {
        NAME_UNSET = "org-helpdesk-name-unset",
        PHONE_UNSET = "org-helpdesk-phone-unset",
        EMAIL_UNSET = "org-helpdesk-email-unset",
        URL_UNSET = "org-helpdesk-url-unset",
        HOURS_UNSET = "org-helpdesk-hours-unset",
        VOICE_NUMBERS_UNSET = "org-voice-numbers-unset",
    }
}

/// Words on every screen: options, headings, key hints, help.
pub mod ui {
    message_ids! {
        APP_NAME = "ui-app-name",
        ANSWER_SOLVED = "ui-answer-solved",
        ANSWER_UNSOLVED = "ui-answer-unsolved",
        START_OVER = "ui-start-over",
        PROGRESS_STEP = "ui-progress-step",
        PROGRESS_CHECK = "ui-progress-check",
        KIND_FIX = "ui-kind-fix",
        KIND_ESCALATE = "ui-kind-escalate",
        KIND_URGENT = "ui-kind-urgent",
        CONTACT_HEADING = "ui-contact-heading",
        CONTACT_PHONE = "ui-contact-phone",
        CONTACT_EMAIL = "ui-contact-email",
        CONTACT_URL = "ui-contact-url",
        CONTACT_HOURS = "ui-contact-hours",
        CONTACT_UNSET = "ui-contact-unset",
        READY_HEADING = "ui-ready-heading",
        READY_ITEMS = "ui-ready-items",
        TRIED_HEADING = "ui-tried-heading",
        TRIED_NONE = "ui-tried-none",
        TRIED_ITEM = "ui-tried-item",
        TRIED_UNSOLVED = "ui-tried-unsolved",
        MORE_BELOW = "ui-more-below",
        KEY_CHOOSE = "ui-key-choose",
        KEY_MOVE = "ui-key-move",
        KEY_SELECT = "ui-key-select",
        KEY_BACK = "ui-key-back",
        KEY_RESTART = "ui-key-restart",
        KEY_HELP = "ui-key-help",
        KEY_QUIT = "ui-key-quit",
        KEY_SEARCH = "ui-key-search",
        SEARCH_TITLE = "ui-search-title",
        SEARCH_PLACEHOLDER = "ui-search-placeholder",
        SEARCH_NONE = "ui-search-none",
        SEARCH_KEYS = "ui-search-keys",
        HELP_TITLE = "ui-help-title",
        HELP_BODY = "ui-help-body",
        HELP_CLOSE = "ui-help-close",
    }
}

/// Messages of the command line itself.
pub mod cli {
    message_ids! {
        ABOUT = "cli-about",
        LANG = "cli-lang",
        FLOWS = "cli-flows",
        LOCALES = "cli-locales",
        CONFIG = "cli-config",
        CHECK = "cli-check",
        BAD_LANG = "cli-bad-lang",
        CONTENT_INVALID = "cli-content-invalid",
        CHECK_SUMMARY = "cli-check-summary",
        NOT_A_TERMINAL = "cli-not-a-terminal",
        TERMINAL_FAILED = "cli-terminal-failed",
    }
}

/// Words of line mode (`--plain`) and scripted walks (`walk`): shown with
/// the content's locales, so every locale must have them.
pub mod plain {
    message_ids! {
        WHERE = "plain-where",
        TITLE_KIND = "plain-title-kind",
        OPTIONS = "plain-options",
        OPTION = "plain-option",
        PROMPT = "plain-prompt",
        NOT_AN_ANSWER = "plain-not-an-answer",
        AT_START = "plain-at-start",
        HELP = "plain-help",
        WORDS_SOLVED = "plain-words-solved",
        WORDS_UNSOLVED = "plain-words-unsolved",
        WALK_CHOSEN = "walk-chosen",
        WALK_BAD_ANSWER = "walk-bad-answer",
        WALK_AFTER_END = "walk-after-end",
        WALK_UNKNOWN_FLOW = "walk-unknown-flow",
        WALK_READ_FAILED = "walk-read-failed",
    }
}

/// The command line of line mode, walks, themes and installation
/// (completions, man page, `--where`): the program's own words.
pub mod setup {
    message_ids! {
        PLAIN = "cli-plain",
        THEME = "cli-theme",
        WHERE = "cli-where",
        WALK = "cli-walk",
        WALK_FLOW = "cli-walk-flow",
        WALK_ANSWERS = "cli-walk-answers",
        COMPLETIONS = "cli-completions",
        COMPLETIONS_SHELL = "cli-completions-shell",
        MAN = "cli-man",
        WHERE_FLOWS = "where-flows",
        WHERE_LOCALES = "where-locales",
        WHERE_CONFIG = "where-config",
        WHERE_BUILT_IN = "where-built-in",
        WHERE_FROM_FLAG = "where-from-flag",
        WHERE_FROM_USER = "where-from-user",
        WHERE_FROM_SYSTEM = "where-from-system",
        WHERE_SEARCHED = "where-searched",
    }
}
