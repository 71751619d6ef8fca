## Line mode (--plain) and scripted walks (walk): the same screens as plain
## lines of text, for screen readers, simple terminals and scripts.

# The line under a screen's title. $flow is the problem's title; $progress is
# ui-progress-step or ui-progress-check, e.g. "Step 6 · check 4 of 8".
plain-where = { $flow } – { $progress }
# The title of a screen that ends a session: $kind is ui-kind-fix,
# ui-kind-escalate or ui-kind-urgent, said in words.
plain-title-kind = { $kind }: { $title }
plain-options = Answers:
plain-option = { $number }. { $label }
plain-prompt = Type the number of your answer, or ? for help:
plain-not-an-answer = "{ $input }" is not an answer here. Type a number from 1 to { $last }, or ? for help.
plain-at-start = This is the first question, so there is nothing to go back to.
plain-help =
    Type the number of an answer and press Enter.
    At a check you can also type yes or no.
    /words  search: describe the problem or paste the error message
    b   go back one step
    r   start over
    ?   show this help
    t   show the case summary to give the helpdesk
    q   quit (Ctrl-D also quits)
    The line under each title says which step you are on, counted from the first question. In a series of checks it also says which check it is.
# Words that answer "Did that help?", besides 1 and 2, separated by commas.
# "solved" and "unsolved" work in every language.
plain-words-solved = yes, y
plain-words-unsolved = no, n

# One answer in the transcript of a walk, under the screen's title.
walk-chosen = You chose { $number }: { $label }
# $position is where the answer stands in the list given, $count how many
# answers were given, $kind is "step" for a "Did that help?" screen.
walk-bad-answer = Answer { $position } of { $count }, "{ $answer }", does not fit the screen "{ $title }": { $kind ->
        [step] answer it with 1 or 2 (or yes, no, solved, unsolved).
       *[other] answer it with a number from 1 to { $last }.
    }
walk-after-end = Answer { $position } of { $count }, "{ $answer }", comes after the walk has already ended at "{ $title }". Remove it and the answers after it.
# On standard error when the answers run out before a solved or a helpdesk
# screen; the exit code is then 5.
walk-unfinished = The walk stopped at "{ $title }" before an end: add answers to go on.
# $max is a number of KiB.
walk-too-long = The answers on standard input are longer than { $max } KiB, so none of them were used. Give fewer answers.
walk-read-failed = The answers could not be read from standard input: { $detail }

## Command line: line mode, walks, themes, installation.

cli-plain = Ask one question at a time as plain lines of text, for screen readers and simple terminals (automatic when not in a terminal or TERM=dumb)
cli-theme = Colours of the full-screen view: default, high-contrast or monochrome (default: default, or monochrome when NO_COLOR is set)
cli-where = Show where flows, translations and organization settings are read from, then exit
cli-only-given = Read flows, translations and settings only from --flows, --locales and --config where given, instead of laying them over the built-in and installed ones (for authors)
cli-strict = Refuse to start when any layer of content has errors, instead of leaving that part out
cli-content-left-out = Note: part of your organization's content for mfa-doctor has errors and is not used, so you see the standard help in its place. Your IT department can see what is wrong with `mfa-doctor check`.
cli-walk = Run through a flow with the answers given, without asking, and print each step
cli-walk-flow = The flow to start in, e.g. code-not-arriving (default: triage)
cli-walk-answers = Answers in order, separated by commas: answer numbers, solved, unsolved; - reads them from standard input
cli-completions = Print a completion script for your shell
cli-completions-shell = The shell: bash, zsh, fish, elvish or powershell
cli-man = Print the manual page (troff format)

# --where: one line per kind of content, then the folders searched.
where-layer = { $layer }: { $state }
where-layer-built-in = Built into the program
where-layer-system = Organization ({ $path })
where-layer-user = Your own ({ $path })
where-layer-flag = Command line
where-state-valid = valid
where-state-empty = nothing there
where-state-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }; `mfa-doctor check` lists { $errors ->
        [one] it
       *[other] them
    }
where-built-in-contents = { $flows } flows; languages: { $tags }
where-flows-added = flows added: { $ids }
where-flows-replaced = flows replaced: { $ids }
where-languages-added = languages added: { $tags }
where-messages = messages in { $tag }: { $added } added, { $replaced } replaced
where-settings = settings: { $keys }
where-left-out = left out when mfa-doctor starts, so that it still starts: { $parts }
where-searched = Each layer is laid over the ones above it: it adds flows, languages and settings, or replaces them by id. Folders searched: { $dirs }
plain-search-choose = Several topics fit. Type the number of the one that matches, or anything else to go on here:
plain-search-nothing = Nothing matches "{ $query }". Pick the closest answer below, or describe it in other words after a /.

# The manual page (mfa-doctor man). Headings are written in capitals, as man
# pages do. In the lists, each line is a term, three or more spaces, then what
# it means; keep that shape. The keys section is the help's: its table of
# keys (ui-help-choose …) and ui-help-notes.
man-commands = COMMANDS
man-exit-heading = EXIT STATUS
man-exit =
    0    solved, or quit before the end; check found no errors
    1    the content (flows, locales, config) has errors
    2    wrong command-line usage, including a walk answer that does not fit its screen and a --ticket-dir that cannot take tickets
    3    the terminal, standard input or output, or a file a command writes failed
    4    the session ended on a helpdesk screen (full screen, line mode and walk): a person must take over
    5    walk ran out of answers before an end (a solved or a helpdesk screen)
man-environment-heading = ENVIRONMENT
man-environment =
    LANG, LC_ALL, LC_MESSAGES    the language when --lang is not given (LC_ALL first, then LC_MESSAGES, then LANG)
    NO_COLOR    when set, the full screen uses no colours (as --theme monochrome)
    TERM    TERM=dumb gives line mode (--plain)
    COLUMNS    the width line mode and walk wrap their lines at (80 when unset)
    XDG_CONFIG_HOME    your own settings are read from XDG_CONFIG_HOME/mfa-doctor (else ~/.config/mfa-doctor)
    MFA_DOCTOR_SYSTEM_DIR    the organization's folder, instead of /etc/mfa-doctor
man-files-heading = FILES
man-files =
    /etc/mfa-doctor/    the organization's layer: flows/, locales/ (a folder per language) and config.yaml (the helpdesk's contact details), laid over the built-in ones
    ~/.config/mfa-doctor/    your own layer, the same shape, laid over the organization's
    mfa-doctor-*.txt, .md, .json    case summaries saved with --ticket-dir (the .json reopens with --resume)
man-keys-heading = KEYS
