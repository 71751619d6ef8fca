//! Ids of the Fluent messages the program itself shows (the flows name their
//! own). One list per area, so `check` can verify a locale has them all.

/// The groups shown in the session's language, which every locale given
/// with `--locales` must therefore have.
pub const SESSION_GROUPS: &[&[&str]] = &[ui::ALL, org::ALL, ticket::ALL, plain::ALL];
/// The groups of the command line and the tools, always read from the
/// built-in locales (so they can report on broken ones). `io` is also
/// used in the session's language when that locale has it (see
/// `io_error`); a locale given with `--locales` need not.
pub const PROGRAM_GROUPS: &[&[&str]] =
    &[cli::ALL, setup::ALL, tools::ALL, case::ALL, stats::ALL, io::ALL, diag::ALL];

macro_rules! message_ids {
    ($($name:ident = $id:literal,)*) => { message_ids!(pub(crate) $($name = $id,)*); };
    // A group the integration tests read too.
    ($vis:vis $($name:ident = $id:literal,)*) => {
        $($vis const $name: &str = $id;)*
        /// Every id of this group.
        $vis const ALL: &[&str] = &[$($id),*];
    };
}

/// The words around every diagnostic; the diagnostics' own messages are
/// `PREFIX`, the problem's code and, for a hint, `HINT_SUFFIX` (see
/// `diagnostic::wording`).
pub mod diag {
    pub const PREFIX: &str = "diag-";
    pub const HINT_SUFFIX: &str = "-hint";
    message_ids! {
        pub
        ERROR = "diag-error",
        WARNING = "diag-warning",
        HINT = "diag-hint",
        DID_YOU_MEAN = "diag-did-you-mean",
    }
}

/// Organization values when the config leaves them unset.
pub(crate) mod org {
    message_ids! {
        NAME_UNSET = "org-helpdesk-name-unset",
        PHONE_UNSET = "org-helpdesk-phone-unset",
        EMAIL_UNSET = "org-helpdesk-email-unset",
        URL_UNSET = "org-helpdesk-url-unset",
        HOURS_UNSET = "org-helpdesk-hours-unset",
        VOICE_NUMBERS_UNSET = "org-voice-numbers-unset",
        AFTER_HOURS_UNSET = "org-helpdesk-after-hours-unset",
        IDENTITY_CHECK_UNSET = "org-identity-check-unset",
        ASSIGNMENT_GROUP_UNSET = "org-assignment-group-unset",
    }
}

/// Words on every screen: options, headings, key hints, help.
pub(crate) mod ui {
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
        READY_HEADING_AGENT = "ui-ready-heading-agent",
        READY_ITEMS_AGENT = "ui-ready-items-agent",
        TRIED_HEADING = "ui-tried-heading",
        TRIED_NONE = "ui-tried-none",
        TRIED_ITEM = "ui-tried-item",
        TRIED_UNSOLVED = "ui-tried-unsolved",
        MORE_BELOW = "ui-more-below",
        MORE_ANSWERS_BELOW = "ui-more-answers-below",
        MORE_ANSWERS_ABOVE = "ui-more-answers-above",
        MORE_LINES_BELOW = "ui-more-lines-below",
        TOO_SMALL = "ui-too-small",
        SUMMARY_HEADING = "ui-summary-heading",
        SUMMARY_PROBLEM = "ui-summary-problem",
        SUMMARY_NOW = "ui-summary-now",
        SUMMARY_ERROR = "ui-summary-error",
        SUMMARY_FIXED = "ui-summary-fixed",
        SUMMARY_ESCALATED = "ui-summary-escalated",
        SUMMARY_URGENT = "ui-summary-urgent",
        SUMMARY_OPEN = "ui-summary-open",
        SUMMARY_STEPS = "ui-summary-steps",
        SUMMARY_NONE = "ui-summary-none",
        SUMMARY_ITEM = "ui-summary-item",
        SUMMARY_NEVER_SECRETS = "ui-summary-never-secrets",
        SUMMARY_TITLE = "ui-summary-title",
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
        KEY_TICKET = "ui-key-ticket",
        KEY_GO_THERE = "ui-key-go-there",
        KEY_CLOSE = "ui-key-close",
        KEY_OTHERS_CLOSE = "ui-key-others-close",
        KEY_SCROLL = "ui-key-scroll",
        KEY_DONE = "ui-key-done",
        KEY_CANCEL = "ui-key-cancel",
        KEY_NEW_LINE = "ui-key-new-line",
        KEY_ON_TO_NOTE = "ui-key-on-to-note",
        KEY_SAVE = "ui-key-save",
        KEY_COPY = "ui-key-copy",
        KEY_CALLER = "ui-key-caller",
        KEY_NOTE = "ui-key-note",
        KEY_IDENTITY = "ui-key-identity",
        KEY_SOURCES = "ui-key-sources",
        KEY_TICKET_NUMBER = "ui-key-ticket-number",
        KEY_HANDOVER = "ui-key-handover",
        KEY_PATH = "ui-key-path",
        AGENT_CALL = "ui-agent-call",
        AGENT_CALLER = "ui-agent-caller",
        AGENT_CALLER_EMPTY = "ui-agent-caller-empty",
        AGENT_NOTE = "ui-agent-note",
        AGENT_NOTE_EMPTY = "ui-agent-note-empty",
        AGENT_IDENTITY_NO = "ui-agent-identity-no",
        AGENT_IDENTITY_YES = "ui-agent-identity-yes",
        QUIT_TITLE = "ui-quit-title",
        QUIT_BODY = "ui-quit-body",
        QUIT_SAVE = "ui-quit-save",
        QUIT_DISCARD = "ui-quit-discard",
        QUIT_GO_ON = "ui-quit-go-on",
        IDENTITY_TITLE = "ui-identity-title",
        IDENTITY_BODY = "ui-identity-body",
        IDENTITY_PROCEDURE = "ui-identity-procedure",
        IDENTITY_PROCEDURE_NAME = "ui-identity-procedure-name",
        IDENTITY_OTHER = "ui-identity-other",
        IDENTITY_CLEAR = "ui-identity-clear",
        IDENTITY_WARNING_HEADING = "ui-identity-warning-heading",
        IDENTITY_WARNING = "ui-identity-warning",
        PROMPT_IDENTITY = "ui-prompt-identity",
        PROMPT_TICKET_NUMBER = "ui-prompt-ticket-number",
        PROMPT_HANDOVER = "ui-prompt-handover",
        SOURCES_TITLE = "ui-sources-title",
        SOURCES_NONE = "ui-sources-none",
        SOURCES_ITEM = "ui-sources-item",
        PATH_TITLE = "ui-path-title",
        PATH_LATER = "ui-path-later",
        PATH_HERE = "ui-path-here",
        TICKET_TITLE = "ui-ticket-title",
        CONFIRM_TITLE = "ui-confirm-title",
        CONFIRM_BODY = "ui-confirm-body",
        CONFIRM_KEEP = "ui-confirm-keep",
        CONFIRM_EDIT = "ui-confirm-edit",
        STATUS_SAVED = "ui-status-saved",
        STATUS_SAVE_FAILED = "ui-status-save-failed",
        STATUS_COPIED = "ui-status-copied",
        STATUS_COPIED_SYSTEM = "ui-status-copied-system",
        STATUS_NOTE_FULL = "ui-status-note-full",
        HANDOVER_HEADING = "ui-handover-heading",
        HANDOVER_TEXT = "ui-handover-text",
        EXIT_NOT_SAVED = "ui-exit-not-saved",
        HELP_TITLE = "ui-help-title",
        HELP_CHOOSE = "ui-help-choose",
        HELP_PREVIOUS = "ui-help-previous",
        HELP_NEXT = "ui-help-next",
        HELP_SELECT = "ui-help-select",
        HELP_BACK = "ui-help-back",
        HELP_BACK_OR_QUIT = "ui-help-back-or-quit",
        HELP_RESTART = "ui-help-restart",
        HELP_PAGE_UP = "ui-help-page-up",
        HELP_PAGE_DOWN = "ui-help-page-down",
        HELP_SEARCH = "ui-help-search",
        HELP_PATH = "ui-help-path",
        HELP_FORWARD = "ui-help-forward",
        HELP_SUMMARY = "ui-help-summary",
        HELP_CALLER_NOTE = "ui-help-caller-note",
        HELP_IDENTITY = "ui-help-identity",
        HELP_SOURCES = "ui-help-sources",
        HELP_TICKET_HANDOVER = "ui-help-ticket-handover",
        HELP_HELP = "ui-help-help",
        HELP_QUIT = "ui-help-quit",
        HELP_SUSPEND = "ui-help-suspend",
        HELP_NOTES = "ui-help-notes",
    }
}

/// How search reads a locale's language (`locales/TAG/search.ftl`):
/// optional, a language without them is searched word for word.
pub(crate) mod search {
    pub(crate) const STEMMER: &str = "search-stemmer";
    pub(crate) const STOP_WORDS: &str = "search-stop-words";
}

/// Messages of the command line itself.
pub(crate) mod cli {
    message_ids! {
        ABOUT = "cli-about",
        LANG = "cli-lang",
        FLOWS = "cli-flows",
        LOCALES = "cli-locales",
        CONFIG = "cli-config",
        CHECK = "cli-check",
        BAD_LANG = "cli-bad-lang",
        LANG_FALLBACK = "cli-lang-fallback",
        LANGUAGE_NAME = "cli-language-name",
        TODAY = "cli-today",
        BAD_TODAY = "cli-bad-today",
        CONTENT_INVALID = "cli-content-invalid",
        CHECK_SUMMARY = "cli-check-summary",
        CHECK_MORE = "cli-check-more",
        TERMINAL_FAILED = "cli-terminal-failed",
        OUTPUT_FAILED = "cli-output-failed",
        HELP_TEMPLATE = "cli-help-template",
        HEADING_COMMANDS = "cli-heading-commands",
        HEADING_OPTIONS = "cli-heading-options",
        HEADING_ARGUMENTS = "cli-heading-arguments",
        HELP = "cli-help",
        VERSION = "cli-version",
        CRASHED = "cli-crashed",
        ERROR_UNKNOWN_ARGUMENT = "cli-error-unknown-argument",
        ERROR_INVALID_VALUE = "cli-error-invalid-value",
        ERROR_MISSING_VALUE = "cli-error-missing-value",
        ERROR_UNEXPECTED_VALUE = "cli-error-unexpected-value",
        ERROR_POSSIBLE_VALUES = "cli-error-possible-values",
        ERROR_MISSING_ARGUMENTS = "cli-error-missing-arguments",
        ERROR_UNKNOWN_SUBCOMMAND = "cli-error-unknown-subcommand",
        ERROR_CONFLICT = "cli-error-conflict",
        ERROR_CONFLICT_LIST = "cli-error-conflict-list",
        ERROR_CONFLICT_OTHERS = "cli-error-conflict-others",
        ERROR_REPEATED = "cli-error-repeated",
        ERROR_SIMILAR_ARGUMENT = "cli-error-similar-argument",
        ERROR_SIMILAR_SUBCOMMAND = "cli-error-similar-subcommand",
        ERROR_SIMILAR_VALUE = "cli-error-similar-value",
        ERROR_AS_VALUE = "cli-error-as-value",
        ERROR_REMOVE_DASHES = "cli-error-remove-dashes",
        ERROR_USAGE = "cli-error-usage",
        ERROR_MORE = "cli-error-more",
    }
}

/// Words of line mode (`--plain`) and scripted walks (`walk`): shown with
/// the content's locales, so every locale must have them.
pub(crate) mod plain {
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
        WALK_READ_FAILED = "walk-read-failed",
        WALK_UNFINISHED = "walk-unfinished",
        WALK_TOO_LONG = "walk-too-long",
        SEARCH_CHOOSE = "plain-search-choose",
        SEARCH_NOTHING = "plain-search-nothing",
    }
}

/// The command line of line mode, walks, themes and installation
/// (completions, man page, `--where`): the program's own words.
pub mod setup {
    message_ids! {
        pub
        PLAIN = "cli-plain",
        THEME = "cli-theme",
        WHERE = "cli-where",
        WALK = "cli-walk",
        WALK_FLOW = "cli-walk-flow",
        WALK_ANSWERS = "cli-walk-answers",
        COMPLETIONS = "cli-completions",
        COMPLETIONS_SHELL = "cli-completions-shell",
        MAN = "cli-man",
        ONLY_GIVEN = "cli-only-given",
        STRICT = "cli-strict",
        LEFT_OUT = "cli-content-left-out",
        WHERE_LAYER = "where-layer",
        WHERE_BUILT_IN = "where-layer-built-in",
        WHERE_SYSTEM = "where-layer-system",
        WHERE_USER = "where-layer-user",
        WHERE_FLAG = "where-layer-flag",
        WHERE_VALID = "where-state-valid",
        WHERE_EMPTY = "where-state-empty",
        WHERE_ERRORS = "where-state-errors",
        WHERE_BUILT_IN_CONTENTS = "where-built-in-contents",
        WHERE_FLOWS_ADDED = "where-flows-added",
        WHERE_FLOWS_REPLACED = "where-flows-replaced",
        WHERE_LANGUAGES_ADDED = "where-languages-added",
        WHERE_MESSAGES = "where-messages",
        WHERE_SETTINGS = "where-settings",
        WHERE_LEFT_OUT = "where-left-out",
        WHERE_SEARCHED = "where-searched",
        MAN_COMMANDS = "man-commands",
        MAN_EXIT_HEADING = "man-exit-heading",
        MAN_EXIT = "man-exit",
        MAN_ENVIRONMENT_HEADING = "man-environment-heading",
        MAN_ENVIRONMENT = "man-environment",
        MAN_FILES_HEADING = "man-files-heading",
        MAN_FILES = "man-files",
        MAN_KEYS_HEADING = "man-keys-heading",
    }
}

/// The case summary (ticket) and the agent's tools: in the session's
/// language, so every locale must have them.
pub(crate) mod ticket {
    message_ids! {
        HEADING = "ticket-heading",
        PROBLEM = "ticket-problem",
        OUTCOME = "ticket-outcome",
        OUTCOME_FIXED = "ticket-outcome-fixed",
        OUTCOME_ESCALATED = "ticket-outcome-escalated",
        OUTCOME_URGENT = "ticket-outcome-urgent",
        OUTCOME_OPEN = "ticket-outcome-open",
        CALLER = "ticket-caller",
        ERROR = "ticket-error",
        ERROR_QUOTED = "ticket-error-quoted",
        NOW_AT = "ticket-now-at",
        STEPS = "ticket-steps",
        NO_STEPS = "ticket-no-steps",
        JUMPED = "ticket-jumped",
        NOTE = "ticket-note",
        NUMBER = "ticket-number",
        CATEGORY = "ticket-category",
        PRIORITY = "ticket-priority",
        PRIORITY_HIGH = "ticket-priority-high",
        PRIORITY_NORMAL = "ticket-priority-normal",
        IDENTITY = "ticket-identity",
        IDENTITY_YES = "ticket-identity-yes",
        IDENTITY_YES_UNSAID = "ticket-identity-yes-unsaid",
        IDENTITY_NO = "ticket-identity-no",
        AGENT = "ticket-agent",
        OPENED = "ticket-opened",
        DURATION = "ticket-duration",
        ASSIGNMENT_GROUP = "ticket-assignment-group",
        HANDOVER = "ticket-handover",
        META = "ticket-meta",
        NEVER_SECRETS = "ticket-never-secrets",
    }
}

/// The tools for flow authors and translators: `check --format`, `export`,
/// `preview` and `i18n`. The program's own words, from the built-in locales.
pub(crate) mod tools {
    message_ids! {
        CHECK_FORMAT = "tools-check-format",
        EXPORT = "tools-export",
        CHECK_MAX_AGE = "tools-check-max-age",
        CHECK_ERRORS_ONLY = "tools-check-errors-only",
        CHECK_LOCALE = "tools-check-locale",
        EXPORT_FORMAT = "tools-export-format",
        EXPORT_FLOW = "tools-export-flow",
        EXPORT_ELSEWHERE = "tools-export-elsewhere",
        EXPORT_IF_ORG = "tools-export-if-org",
        EXPORT_IF_FROM = "tools-export-if-from",
        EXPORT_IF_BEFORE = "tools-export-if-before",
        EXPORT_OTHERWISE = "tools-export-otherwise",
        PREVIEW = "tools-preview",
        PREVIEW_TARGET = "tools-preview-target",
        PREVIEW_SIZE = "tools-preview-size",
        I18N = "tools-i18n",
        I18N_STATUS = "tools-i18n-status",
        I18N_NEW = "tools-i18n-new",
        I18N_NEW_TAG = "tools-i18n-new-tag",
        UNKNOWN_FLOW = "tools-unknown-flow",
        UNKNOWN_NODE = "tools-unknown-node",
        KNOWN_FLOWS = "tools-known-flows",
        KNOWN_NODES = "tools-known-nodes",
        BAD_SIZE = "tools-bad-size",
        STATUS_LOCALE = "tools-status-locale",
        STATUS_TRANSLATED = "tools-status-translated",
        STATUS_UNTRANSLATED = "tools-status-untranslated",
        STATUS_MISSING = "tools-status-missing",
        STATUS_OBSOLETE = "tools-status-obsolete",
        STATUS_COMPLETE = "tools-status-complete",
        STATUS_PERCENT = "tools-status-percent",
        NEW_IS_SOURCE = "tools-new-is-source",
        NEW_EXISTS = "tools-new-exists",
        NEW_WRITE_FAILED = "tools-new-write-failed",
        NEW_SOURCE_COPIED = "tools-new-source-copied",
        NEW_DONE = "tools-new-done",
        SCAFFOLD_HEADER = "tools-scaffold-header",
    }
}

/// The command line of agent mode, tickets and resuming: the program's own
/// words.
pub(crate) mod case {
    message_ids! {
        AGENT = "cli-agent",
        TICKET_DIR = "cli-ticket-dir",
        PRINT_TICKET = "cli-print-ticket",
        RESUME = "cli-resume",
        START = "cli-start",
        AGENT_NAME = "cli-agent-name",
        TICKET_DIR_UNUSABLE = "cli-ticket-dir-unusable",
    }
}

/// `mfa-doctor stats`: what saved tickets say together. The program's own
/// words, in the reader's language.
pub(crate) mod stats {
    message_ids! {
        ABOUT = "cli-stats",
        DIR = "cli-stats-dir",
        FORMAT = "cli-stats-format",
        DIR_FAILED = "stats-dir-failed",
        SKIPPED = "stats-skipped",
        SKIPPED_SUMMARY = "stats-skipped-summary",
        TOO_MANY = "stats-too-many",
        SUMMARY = "stats-summary",
        RESAVED = "stats-resaved",
        NONE = "stats-none",
        FLOW = "stats-flow",
        FLOW_UNKNOWN = "stats-flow-unknown",
        NO_FLOW = "stats-no-flow",
        COUNTS = "stats-counts",
        MEDIAN = "stats-median",
        FIXED_BY = "stats-fixed-by",
        ESCALATED_AT = "stats-escalated-at",
        ITEM = "stats-item",
        ITEM_UNKNOWN = "stats-item-unknown",
    }
}

/// What the operating system said, in words (see `io_error`): one message
/// per kind of I/O error worded.
pub(crate) mod io {
    message_ids! {
        NOT_FOUND = "io-not-found",
        PERMISSION_DENIED = "io-permission-denied",
        IS_A_DIRECTORY = "io-is-a-directory",
        NOT_A_DIRECTORY = "io-not-a-directory",
        INVALID_DATA = "io-invalid-data",
        ALREADY_EXISTS = "io-already-exists",
        STORAGE_FULL = "io-storage-full",
        QUOTA_EXCEEDED = "io-quota-exceeded",
        READ_ONLY_FILESYSTEM = "io-read-only-filesystem",
        FILE_TOO_LARGE = "io-file-too-large",
    }
}
