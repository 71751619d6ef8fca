## What `mfa-doctor check` and a refused start say about content files.
## $node, $key, $target, $id are names from the files; keep them quoted.

diag-error = error
diag-warning = warning
diag-hint = hint
diag-did-you-mean = did you mean '{ $name }'?

diag-read-failed = cannot be read: { $detail }
diag-read-failed-hint = check the path (--flows, --locales, --config, or the folders `mfa-doctor --where` lists) and that you may read it
diag-not-a-file = this is not an ordinary file (a directory, a device or a pipe)
diag-not-a-file-hint = give the path of a file
diag-not-a-file-here = this is not an ordinary file (a directory, a device or a pipe), so it was not read
diag-not-a-file-here-hint = only ordinary files are read in a content folder; remove it, or put the file itself here
diag-name-not-utf8 = this file name is not valid UTF-8 text, so the file was not read
diag-name-not-utf8-hint = rename it with letters, digits and '-', as in 'lost-phone.yaml'
diag-ending-case = not read: the name ends in '{ $found }', and only names ending in '{ $expected }' are read
diag-ending-case-hint = rename it to end in '{ $expected }'
diag-locale-folder-twice = this folder is for the same language as '{ $kept }', and only '{ $kept }' is read
diag-locale-folder-twice-hint = move its files into '{ $kept }' and remove this folder
diag-file-too-large = the file is larger than { $limit } KiB
diag-file-too-large-hint = split it into several files, or check that this is the right file
diag-too-many-files = the directory has more than { $limit } entries; only the first were read
diag-too-much-content = the files in this directory add up to more than { $limit } MiB; the rest were not read
diag-too-much-content-hint = check that this is the right directory: flows and translations are a few hundred KiB
diag-too-many-files-hint = { diag-too-much-content-hint }
diag-too-many-values = the file expands to more than { $limit } values; anchors and aliases (&name, *name) can repeat text without end
diag-too-many-values-hint = write the content out without anchors and aliases, or split the file
diag-nesting-too-deep = nested more than { $limit } levels deep
diag-nesting-too-deep-hint = a flow needs five levels and a translation three; look for an unclosed bracket or indentation that runs away
diag-too-many-flows = there are more than { $limit } flows; the rest were not read
diag-too-many-nodes = flow '{ $flow }' has more than { $limit } nodes
diag-too-many-nodes-in-all = the flows have more than { $limit } nodes in all
diag-too-many-nodes-hint = split the flow into smaller flows that link to each other, and check that this is the right directory
diag-too-many-flows-hint = { diag-too-many-nodes-hint }
diag-too-many-nodes-in-all-hint = { diag-too-many-nodes-hint }
diag-not-utf8 = the file is not valid UTF-8 text
diag-not-utf8-hint = save it with UTF-8 encoding
diag-tab-indent = a tab in the indentation: YAML indents with spaces only
diag-tab-indent-hint = replace the tab with spaces, as many as the lines around it use (most editors can show tabs and convert them)
diag-control-character = an invisible control character ({ $code }), which YAML does not allow
diag-control-character-hint = delete it: many editors show it as a small box or as ^G, ^[ and the like; if yours shows nothing, retype the text from the start of that column
diag-bad-locale-tag = '{ $tag }' is not a language tag; this directory is ignored
diag-bad-locale-tag-hint = name locale directories by BCP 47 tag, such as "da" or "pt-BR"
diag-yaml-colon-in-text = a colon and a space inside a value: YAML reads what comes before them as a new key
diag-yaml-colon-in-text-hint = put the whole value in double quotes, as in title: "Note: read this"
diag-yaml-key-expected = YAML expected a key here: the line is not lined up with the keys at its level, or a quoted text ended early
diag-yaml-key-expected-hint = indent it with as many spaces as the keys beside it; inside 'single quotes' write an apostrophe as '' (two), or use "double quotes"
diag-yaml-unclosed = this quote or bracket is never closed: YAML read to the end of the file looking for its end
diag-yaml-unclosed-hint = close it on the same line ("…", '…', […], { "{" }…{ "}" }), or remove it
diag-yaml-cannot-start = a YAML value cannot start with '{ $character }'
diag-yaml-cannot-start-hint = put the whole value in double quotes, as in title: "{ $character }home"
diag-yaml-unknown-anchor = '*' starts a reference to an anchor in YAML, and no anchor has this name
diag-yaml-unknown-anchor-hint = if the * is part of the text, put the whole value in double quotes
diag-duplicate-key = '{ $key }' is given twice at the same level
diag-duplicate-key-hint = keep one of them: YAML does not merge the two
diag-yaml-list-unclosed = a list written on one line, [ … ], needs a comma between its items and a ] at its end: YAML found neither here
diag-yaml-list-unclosed-hint = close the list on the same line, as in options: [a, b]; if the [ belongs to the text, put the whole value in double quotes
diag-yaml-mapping-unclosed = a group written on one line, { "{" } … { "}" }, needs a comma between its "key: value" pairs and a { "}" } at its end: YAML found neither here
diag-yaml-mapping-unclosed-hint = close it on the same line, as in if: { "{" } org: sms_voice, is: off { "}" }; if the { "{" } belongs to the text, put the whole value in double quotes
diag-yaml-colon-missing = this line has no "key:": in a group of "key: value" lines, YAML reads every line at this indentation as a key
diag-yaml-colon-missing-hint = add the colon and a space after the key; if the line goes on with the text above it, indent it further than that text's key
diag-yaml-value-expected = a value was expected here, and YAML cannot start one with what stands here
diag-yaml-value-expected-hint = write the value, or put it in double quotes if it starts with a comma, ] or { "}" }
diag-yaml-list-item-expected = in a list, every line at the list's indentation starts with "- ", and this one does not
diag-yaml-list-item-expected-hint = indent a key that belongs to the item as far as the item's first key, or move a key of the group above back to that group's indentation
diag-yaml-dash-after-key = a list cannot start on the same line as its key
diag-yaml-dash-after-key-hint = put each "- item" on a line of its own below the key, indented further than the key
diag-yaml-escape = inside "double quotes", a backslash starts a code such as \n or \u00E6, and this is not one
diag-yaml-escape-hint = write a backslash as \\, or put the value in 'single quotes', where a backslash is just a character
diag-yaml-block-text = after | or > only a number, + or - may follow on the same line: the text itself starts on the next line
diag-yaml-block-text-hint = move the text to the lines below, each indented further than the key
diag-yaml-mark = '{ $character }' at the start of a value is a YAML mark (& names a value, * repeats one, ! gives its type), and no name follows it here
diag-yaml-mark-hint = if '{ $character }' is part of the text, put the whole value in double quotes
diag-yaml-document = a file holds one YAML document, and this line starts another: ---, ..., or a line that starts with %
diag-yaml-document-hint = remove the line; a second flow goes in a file of its own
diag-yaml-syntax = not valid YAML: { $detail }
diag-yaml-syntax-hint = check the indentation (spaces, not tabs) and that every "key: value" has a space after the colon
diag-wrong-kind = { $place ->
        [file] the file
       *[key] '{ $key }'
    } should be { $expected ->
        [mapping] a group of "key: value" lines
        [list] a list of lines that start with "- "
        [text] text
        [yes-no] true or false
        [number] a number
        [node] a node: one of question, step, fix, escalate or when, with its keys
        [option] an answer: label and next
        [rule] a rule: if and next
        [condition] a condition: org and is, date_from, or date_before
        [source] a source: url and checked
       *[other] something else
    }, but it is { $found ->
        [mapping] a group of "key: value" lines
        [list] a list
        [text] text
        [yes-no] true or false
        [number] a number
        [nothing] empty
       *[other] something else
    }
diag-wrong-kind-hint = { $colon ->
        [yes] put a space after the colon, as in "step: restart-phone": without it, YAML reads the key and its value as one piece of text
       *[no] write it as the example in flows/README.md shows, indented with spaces under its key
    }
diag-ftl-expected-token = not valid Fluent: '{ $token }' was expected here
diag-ftl-expected-token-hint = a message is "id = text"; continuation lines are indented; attributes are ".name = text" on an indented line
diag-ftl-expected-one-of = not valid Fluent: one of '{ $range }' was expected here
diag-ftl-expected-one-of-hint = { diag-ftl-expected-token-hint }
diag-ftl-no-text = '{ $id }' has neither text nor attributes
diag-ftl-no-text-hint = write its text after the "=", on the same line or on indented lines below it
diag-ftl-forbidden-call = not valid Fluent: only a function, named in capitals like NUMBER, can be called here
diag-ftl-forbidden-call-hint = to refer to another message, leave out the brackets: { "{" } other-message { "}" }
diag-ftl-no-default-variant = this selector has no default variant: Fluent needs one marked with *
diag-ftl-no-default-variant-hint = put a star before the variant shown when no other matches, as in *[other]
diag-ftl-many-default-variants = this selector has more than one default variant (*)
diag-ftl-many-default-variants-hint = keep the star on one variant only, usually *[other]
diag-ftl-missing-value = not valid Fluent: a text was expected here
diag-ftl-missing-value-hint = { diag-ftl-expected-token-hint }
diag-ftl-bad-selector = not valid Fluent: only a variable, a term's attribute or a function such as NUMBER can choose a variant
diag-ftl-bad-selector-hint = choose by a variable, as the English text does: { "{" } $count -> …
diag-ftl-term-attribute-shown = not valid Fluent: a term's attribute can only choose a variant, not be shown
diag-ftl-term-attribute-shown-hint = show the term itself, { "{" } -brand { "}" }, or choose a variant by its attribute
diag-ftl-unterminated-string = not valid Fluent: text in quotes has no closing quote on this line
diag-ftl-unterminated-string-hint = end it with " on the same line
diag-ftl-positional-after-named = not valid Fluent: arguments without a name must come before named ones
diag-ftl-positional-after-named-hint = move it before the named arguments, as in NUMBER($count, minimumFractionDigits: 1)
diag-ftl-argument-twice = not valid Fluent: the argument '{ $name }' is given twice
diag-ftl-argument-twice-hint = keep one of them
diag-ftl-unknown-escape = not valid Fluent: '{ $escape }' is not an escape Fluent knows
diag-ftl-unknown-escape-hint = inside quotes only \" \\ \uXXXX and \UXXXXXX are escapes; outside quotes a backslash is just a backslash
diag-ftl-bad-unicode-escape = not valid Fluent: '{ $escape }' is not a valid Unicode escape
diag-ftl-bad-unicode-escape-hint = write \u and four hexadecimal digits, or \U and six, as in \u00E6
diag-ftl-unbalanced-brace = not valid Fluent: a "{ "}" }" with no "{ "{" }" before it
diag-ftl-unbalanced-brace-hint = to show a brace, write { "{" } "{ "}" }" { "}" }
diag-ftl-expected-expression = not valid Fluent: a variable, a message, a number or text in quotes was expected inside the braces
diag-ftl-expected-expression-hint = { diag-ftl-expected-token-hint }
diag-ftl-expected-literal = not valid Fluent: text in quotes or a number was expected here
diag-ftl-expected-literal-hint = { diag-ftl-expected-token-hint }
diag-missing-key = { $place ->
        [file] the file
       *[key] '{ $key }'
    } has no '{ $needs }', which it needs
diag-missing-key-hint = add "{ $needs }:" with its value, indented as far as the keys beside it (flows/README.md shows every key)
diag-unknown-key = unknown key '{ $key }'
diag-no-kind = node '{ $node }' has no kind
diag-many-kinds = node '{ $node }' has more than one kind: { $kinds }
diag-no-kind-hint = give each node exactly one of question, step, fix, escalate or when
diag-many-kinds-hint = { diag-no-kind-hint }
diag-key-not-for-kind = node '{ $node }' has '{ $key }', which does not fit its kind
diag-key-not-for-kind-hint = options belong to questions, solved and unsolved to steps, urgent to escalations, otherwise to when; a when node has no sources (put them on the nodes it leads to)
diag-no-options = question '{ $node }' has no options
diag-too-many-options = question '{ $node }' has more than { $max } options
diag-missing-target = step '{ $node }' has no '{ $key }'
diag-missing-target-hint = a step needs both solved (where "Yes, that fixed it" goes) and unsolved (where "No" goes)
diag-duplicate-flow = flow id '{ $flow }' is already used at { $first }
diag-duplicate-node = node '{ $node }' is defined twice in this flow
diag-duplicate-message = message '{ $id }' is defined more than once
diag-unknown-flow = { $via ->
        [solved] 'solved' of node '{ $node }'
        [unsolved] 'unsolved' of node '{ $node }'
        [start] the start of flow '{ $node }'
        [rule] a rule of node '{ $node }'
        [otherwise] 'otherwise' of node '{ $node }'
       *[option] option of node '{ $node }'
    } goes to '{ $target }', but there is no such flow
diag-unknown-node = { $via ->
        [solved] 'solved' of node '{ $node }'
        [unsolved] 'unsolved' of node '{ $node }'
        [start] the start of flow '{ $node }'
        [rule] a rule of node '{ $node }'
        [otherwise] 'otherwise' of node '{ $node }'
       *[option] option of node '{ $node }'
    } goes to '{ $target }', which does not exist
diag-bad-name = { $kind ->
        [flow] the flow id
        [link] the link
       *[node] the node id
    } '{ $name }' is not a plain name
diag-bad-name-hint = use only the letters A–Z and a–z, digits, '-' and '_', at most { $limit } of them, as in 'restart-phone'; a link is 'node', 'flow#node' or 'flow#'
diag-no-triage = there is no flow with id '{ $triage }', where every session starts
diag-unreachable = node '{ $node }' cannot be reached from the triage
diag-flow-unreachable = flow '{ $flow }' cannot be reached from the triage
diag-unreachable-hint = link to it from an option, a step, or the triage flow, or remove it
diag-flow-unreachable-hint = { diag-unreachable-hint }
diag-dead-end = no fix or escalation can be reached from node '{ $node }'
diag-dead-end-hint = every path must end in a fix or an escalate node; check for loops with no way out
diag-rule-count = the when node '{ $node }' needs between 1 and { $max } rules
diag-unknown-fact = there is no organization fact '{ $fact }'; the facts are: { $known }
diag-unknown-fact-value = the organization fact '{ $fact }' cannot be '{ $value }'; it is one of: { $known }
diag-unknown-fact-hint = organization facts and their values are listed in flows/README.md; the config sets them under facts:
diag-unknown-fact-value-hint = { diag-unknown-fact-hint }
diag-org-needs-is = a rule of node '{ $node }' names an organization fact without a value, or a value without a fact
diag-empty-condition = a rule of node '{ $node }' has an empty if:, so it would always hold
diag-rule-count-hint = write each rule as - if: {"{"} org: FACT, is: VALUE {"}"} or {"{"} date_from: YYYY-MM-DD {"}"} / {"{"} date_before: YYYY-MM-DD {"}"}, with next:, and give the node an otherwise:
diag-empty-condition-hint = { diag-rule-count-hint }
diag-org-needs-is-hint = { diag-rule-count-hint }
diag-bad-date = '{ $value }' is not a date
diag-bad-date-hint = write a day that exists as YYYY-MM-DD, for example 2027-02-01
diag-branch-loop = the when node '{ $node }' can lead back to itself through other when nodes without showing anything
diag-branch-loop-hint = let at least one way out of every circle of when nodes reach a question, step, fix or escalation
diag-triage-unknown-question = 'triage: under:' names '{ $question }', which is not a question of the triage (its questions: { $known })
diag-triage-unknown-question-hint = write the id of the triage question your flow's answer belongs under, e.g. 'under: more'
diag-triage-full = the triage question '{ $question }' already has { $max } answers, as many as one digit key can choose
diag-triage-full-hint = put the answer under another triage question (e.g. 'under: more'), or leave out 'triage:' and link to the flow from one of your own flows
diag-source-stale = the source { $url } was last checked on { $checked }, { $days } days ago
diag-source-stale-hint = read the source again, correct the advice if it changed, and set checked: to today's date
diag-message-missing = message '{ $id }' is missing in locale '{ $locale }'
diag-title-missing = message '{ $id }' has no .title in locale '{ $locale }'
diag-message-missing-hint = add it to a .ftl file in that locale's directory; until then the English text is shown
diag-title-missing-hint = { diag-message-missing-hint }
diag-no-locales = there is no '{ $locale }' locale
diag-no-locales-hint = the English locale (locales/en/*.ftl) is the source every other locale falls back to

diag-ticket-unreadable = this is not a ticket saved by mfa-doctor: { $reason ->
        [cut] the JSON ends before it is complete
        [missing] it has no '{ $key }'
        [value] a value here does not belong in a ticket
       *[json] the text here is not JSON
    }
diag-ticket-schema = this ticket has the format '{ $found }', which this version cannot read
diag-ticket-unreadable-hint = resume from the .json file mfa-doctor saved next to the .md summary
diag-ticket-schema-hint = { diag-ticket-unreadable-hint }
diag-ticket-step-mismatch = step { $step } of the ticket, at '{ $node }', does not fit the flows as they are now
diag-ticket-step-mismatch-hint = the flows have changed since the ticket was saved; start a new session and use the ticket's Markdown summary as notes

## Comparing each locale with English. $id is a message id, a -term, or
## message.attribute; $english is where English has it.

diag-translation-missing = '{ $id }' is missing in locale '{ $locale }' (English: { $english })
diag-translation-missing-hint = copy it from the English file into this file and translate it; until then the English text is shown
diag-obsolete = '{ $id }' is no longer in English, so locale '{ $locale }' never shows it
diag-obsolete-hint = delete it; if English gave it a new id, move the translation to that id
diag-attribute-missing = '{ $id }' has no .{ $attribute } in locale '{ $locale }' (English: { $english })
diag-attribute-missing-hint = add it on an indented line below the message, "    .{ $attribute } = …"; until then the English is shown
diag-attribute-obsolete = .{ $attribute } of '{ $id }' is not in English, so locale '{ $locale }' never shows it
diag-attribute-obsolete-hint = delete the attribute, or compare its name with the English file
diag-empty-value = '{ $id }' is empty: the screen would show nothing here
diag-empty-value-hint = write the text; to show the English instead, delete the whole message
diag-foreign-placeholder = '{ $id }' has '{ $placeholder }', which Fluent shows as it is: people would read '{ $placeholder }'
diag-foreign-placeholder-hint = use the variable the English text uses, written as {"{"} $name {"}"}
diag-unresolved-reference = '{ $id }' refers to '{ $reference }', which this locale does not define
diag-unresolved-reference-hint = references are looked up in the same locale: define it here too, or correct the name
diag-unknown-variable = '{ $id }' uses ${ $variable }, which the English text does not have
diag-unknown-variable-hint = the program passes only the variables the English text uses; any other shows as { "{" }${ $variable }{ "}" }. Compare the spelling with the English
diag-variable-not-given = '{ $id }' uses ${ $variable }, which the program does not give any message
diag-variable-not-given-hint = every message is given the organization's values ($helpdesk-name, $helpdesk-phone, …); any other name shows as { "{" }${ $variable }{ "}" } in every language. Correct it here, in English: the translations follow it
diag-dropped-variable = '{ $id }' leaves out ${ $variable }, which the English text has
diag-dropped-variable-hint = include it, unless the sentence really does not need it: a name, a number or a contact detail usually matters
diag-plural-categories-missing = the plural selector in '{ $id }' has no variant for { $categories }, which locale '{ $locale }' needs
diag-plural-categories-missing-hint = add a variant for each, such as "[few] …"; until then numbers in those categories get the default variant
diag-format-unknown-function = '{ $id }' calls { $function }(), but this program gives Fluent no functions
diag-format-unknown-function-hint = use the variable itself, as the English text does: { "{" } $count { "}" }, or { "{" } $count -> … { "}" } to choose a variant
diag-format-no-value = '{ $id }' refers to '{ $reference }', which has attributes but no text of its own
diag-format-no-value-hint = refer to one of its attributes, as in { "{" } { $reference }.title { "}" }, or give it a text
diag-format-cycle = '{ $id }' refers back to itself through other messages, so it never ends
diag-format-cycle-hint = follow its references and break the circle: a message cannot contain itself
diag-format-too-many-placeables = '{ $id }' grows into too many placeables: its references multiply
diag-format-too-many-placeables-hint = refer to fewer messages, or to messages that do not refer to others in turn
diag-untranslated = '{ $id }' is not translated into '{ $locale }' yet
diag-untranslated-hint = translate the text, then delete the "# untranslated" line above it

## What the operating system said when a file, a folder, the terminal or
## standard input failed; shown after "cannot be read:", "could not be
## written:" and the like. Kinds not listed keep the system's own text.

io-not-found = no such file or directory
io-permission-denied = permission denied
io-is-a-directory = it is a directory, not a file
io-not-a-directory = a part of the path is not a directory
io-invalid-data = the text is not valid UTF-8
io-already-exists = a file of that name already exists
io-storage-full = the disk is full
io-quota-exceeded = your disk quota is used up
io-read-only-filesystem = the file system is read-only
io-file-too-large = the file is too large for the file system
