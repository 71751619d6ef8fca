## The program's own words: screens, key hints, help, command line.

ui-app-name = mfa-doctor

# Answers offered on every step ("Did that help?")
ui-answer-solved = Yes, that fixed it
ui-answer-unsolved = No, that didn't help
ui-start-over = Start over

# Top right of the header. $step is a number; $current/$total are numbers.
ui-progress-step = Step { $step }
ui-progress-check = Check { $current } of { $total }

# Labels on the screens that end a session, in words (never colour alone).
ui-kind-fix = Solved
ui-kind-escalate = Helpdesk
ui-kind-urgent = URGENT

ui-contact-heading = How to reach { $helpdesk-name }
ui-contact-phone = Phone: { $value }
ui-contact-email = E-mail: { $value }
ui-contact-url = Web: { $value }
ui-contact-hours = Open: { $value }
ui-contact-unset = Contact them the way you usually reach IT support: the phone number, e-mail or web page your organization gave you.
ui-ready-heading = Have this ready
ui-ready-items =
    • Your account name (for example name@company.com)
    • Which sign-in methods you have (app, text message, phone call)
    • The exact error message you saw, if any
    Never give anyone your password or a verification code — the helpdesk will not ask for them.
ui-ready-heading-agent = Record in the case
ui-ready-items-agent =
    • The caller's account name (for example name@company.com)
    • Which sign-in methods they have (app, text message, phone call)
    • The exact error message they saw, if any
    Never ask the caller for their password or a verification code.
ui-tried-heading = What you've done so far
ui-tried-none = Nothing yet.
ui-tried-item = • { $step }: { $answer }
ui-tried-unsolved = didn't help
ui-more-below = more below: PgDn

ui-key-choose = 1-9 choose
ui-key-move = ↑↓ move
ui-key-select = Enter select
ui-key-back = ⌫ back
ui-key-restart = r start over
ui-key-help = ? help
ui-key-quit = q quit

ui-key-search = / search
ui-search-title = Search
ui-search-placeholder = Type a symptom or paste an error message
ui-search-none = Nothing matches yet. Try other words, or fewer.
ui-search-keys = Enter go there · ↑↓ choose · Esc close

ui-key-ticket = t summary

ui-agent-call = Call { $time }
ui-agent-caller = Caller
ui-agent-caller-empty = c: account name or ticket no.
ui-agent-note = Note on this step
ui-agent-note-empty = n: add a note
ui-agent-keys = c caller · n note · p path · t summary
ui-agent-edit-keys = Esc done · Enter new line
ui-path-title = Path so far
ui-path-later = { $title }  (kept, not retraced yet)
ui-path-here = { $title }  (you are here)
ui-path-keys = Enter go there · Esc close
ui-ticket-title = Case summary
ui-ticket-keys = s save · y copy · Esc close
ui-confirm-title = Keep this note?
ui-confirm-body =
    This note looks like it holds a verification code or a password. The helpdesk never needs them, and they must not end up in a ticket.

    y  keep it anyway
    n  edit it
ui-status-saved = Saved: { $path } (and .json)
ui-status-save-failed = Could not save the summary in { $dir }: { $detail }. Choose a folder you may write to with --ticket-dir.
ui-status-copied = Summary copied to the clipboard, if your terminal allows it.

ui-help-title = Keys
ui-help-body =
    1-9          choose that answer
    ↑ ↓  j k     move between answers
    Enter        choose the marked answer
    ⌫ ← b        go back one step
    Esc          go back (quit on the first screen)
    r            start over
    PgUp PgDn    scroll long text
    /            search: type a symptom or paste an error message
    p            the path so far: go back to any step
    f            retrace the next answer you stepped back over
    t  s  y      case summary: show, save to a file, copy
    c  n         agent mode: caller, note on this step
    ?            show or hide this help
    q  Ctrl-C    quit
    
    You can also click an answer with the mouse.
ui-help-close = Press any key to close.

## Organization values when the config does not set them.

org-helpdesk-name-unset = your organization's helpdesk
org-helpdesk-phone-unset = the helpdesk's usual phone number
org-helpdesk-email-unset = the helpdesk's usual e-mail address
org-helpdesk-url-unset = your organization's IT support page
org-helpdesk-hours-unset = the helpdesk's usual opening hours
org-voice-numbers-unset = the numbers your organization uses

## Command line.

cli-about = Gets you back into your work or school account when two-step verification fails.
cli-lang = Language to use, e.g. da or en (default: from LC_ALL, LC_MESSAGES, LANG)
cli-flows = Read flows from this directory instead of the built-in ones
cli-locales = Read translations from this directory instead of the built-in ones
cli-config = Organization settings (helpdesk contact details), a YAML file
cli-check = Check flows, translations and config, and list every problem
# clap's own words. The template's { "{" }…{ "}" } names are clap's: keep them.
cli-help-template = {"{"}about-with-newline{"}"}
    Usage: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help = Show this help
cli-version = Show the version
cli-bad-lang = '{ $tag }' is not a language tag. Use one like "da", "en" or "da-DK".
cli-content-invalid = The flows, translations or config have errors (listed above). Fix them, then run `mfa-doctor check` to confirm.
cli-check-summary = { $errors ->
        [0] No errors
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings.
        [one] 1 warning.
       *[other] { $warnings } warnings.
    }
cli-terminal-failed = The terminal could not be used: { $detail }
cli-crashed = mfa-doctor stopped because of a fault in the program itself, not because of anything you did. The terminal has been put back as it was. Please tell your helpdesk or whoever looks after mfa-doctor, and include this line:
