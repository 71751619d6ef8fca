## The command line: help texts and what the program says before or
## instead of a screen.

cli-about = Gets you back into your work or school account when two-step verification fails.
cli-lang = Language to use, e.g. da or en (default: from LC_ALL, LC_MESSAGES, LANG)
cli-flows = Add flows from this directory, laid over the built-in and installed ones (a flow with the same id is replaced)
cli-locales = Add translations from this directory (a folder per language), laid over the built-in and installed ones (a message with the same id is replaced)
cli-config = Organization settings (helpdesk contact details), a YAML file; the keys it sets are laid over the installed settings
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
cli-today = Give the advice of this day (YYYY-MM-DD) instead of today's, to see what people will be told before or after a change
cli-bad-today = '{ $date }' is not a date. Write a day as YYYY-MM-DD, for example 2027-02-01.
# --lang names a language there is no translation for. $language is
# cli-language-name in the language used instead; $tags lists those there are.
cli-lang-fallback = There is no translation for '{ $tag }', so mfa-doctor uses { $language }. Languages: { $tags }.
# This language's name, in itself, as said in a sentence.
cli-language-name = English
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
cli-check-more = …and { $count ->
        [one] 1 more problem
       *[other] { $count } more problems
    } in this file ({ $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }), not shown: `check --format json` lists every one
cli-terminal-failed = The terminal could not be used: { $detail }
cli-output-failed = The output could not be written: { $detail }
