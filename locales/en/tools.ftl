## Tools for flow authors and translators: check --format, export, preview
## and i18n. Words in UPPER CASE and `backticks` are typed as they are.

tools-check-format = Output format: text for people (the default), json for CI
tools-check-max-age = Warn about a node's source last checked more than this many days ago (default 365)
tools-check-errors-only = Leave warnings out: only what must be fixed
tools-check-locale = Only the problems of this language, e.g. de: its files and its messages
tools-export = Draw the decision tree as a diagram (Mermaid or Graphviz DOT)
tools-export-format = Diagram format: mermaid (the default) or dot
tools-export-flow = Only this flow; links to other flows are drawn as nodes of their own
# Label of a node in another flow that a link leads to.
tools-export-elsewhere = { $flow } › { $node }
tools-export-if-org = { $fact } is { $value }
tools-export-if-from = from { $date }
tools-export-if-before = before { $date }
tools-export-otherwise = otherwise
tools-preview = Print one screen exactly as the troubleshooter draws it
tools-preview-target = The screen: FLOW for its first node, or FLOW#NODE
tools-preview-size = Screen size as COLUMNSxROWS (default: 80x24)
tools-i18n = Tools for translators: how far each language is, a new language
tools-i18n-status = Show how far each language is translated
tools-i18n-new = Start a new language: every English message, marked as untranslated
tools-i18n-new-tag = Language tag of the new language, e.g. de or pt-BR

## Mistakes in the command line; shown after "error:" and "hint:".

tools-unknown-flow = there is no flow '{ $flow }'
tools-unknown-node = flow '{ $flow }' has no node '{ $node }'
tools-known-flows = the flows are: { $names }
tools-known-nodes = its nodes are: { $names }
tools-bad-size = '{ $size }' is not a screen size. Write COLUMNSxROWS, e.g. 80x24, from { $min } to { $max }.

## The table of `i18n status`.

tools-status-locale = Language
tools-status-translated = Translated
tools-status-untranslated = Untranslated
tools-status-missing = Missing
tools-status-obsolete = Obsolete
tools-status-complete = Complete
tools-status-percent = { $percent } %

## `i18n new`.

tools-new-is-source = '{ $tag }' is the source language: every other language is made from it.
tools-new-exists = { $dir } already exists. Choose another tag, or move that directory away first.
tools-new-write-failed = { $path } could not be written: { $detail }
tools-new-source-copied = Copied the English source to { $dir }: --locales replaces the built-in languages, and every language falls back to English.
tools-new-done =
    Created { $dir } with { $files ->
        [one] one file
       *[other] { $files } files
    } and { $messages ->
        [one] one message
       *[other] { $messages } messages
    } to translate.
    Translate each message, then delete the "# untranslated" line above it. To see what is left:
        mfa-doctor i18n status --locales { $locales }
        mfa-doctor check --locales { $locales }
    To try it: mfa-doctor --locales { $locales } --lang { $tag }
# The comment at the top of each new file. "# untranslated" and "# en:" are
# markers: keep them exactly as they are.
tools-scaffold-header =
    { $tag }: made by `mfa-doctor i18n new { $tag }` from { $source }.
    Every message starts marked "# untranslated", below its English text (the "# en:" lines).
    Translate the message, then delete its "# untranslated" line; the "# en:" lines may stay.
