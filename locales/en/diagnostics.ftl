## What `mfa-doctor check` and a refused start say about content files.
## $node, $key, $target, $id are names from the files; keep them quoted.

diag-error = error
diag-warning = warning
diag-hint = hint
diag-did-you-mean = did you mean '{ $name }'?

diag-read-failed = cannot be read: { $detail }
diag-file-too-large = the file is larger than { $limit } KiB
diag-file-too-large-hint = split it into several files, or check that this is the right file
diag-too-many-files = the directory has more than { $limit } entries; only the first were read
diag-not-utf8 = the file is not valid UTF-8 text
diag-not-utf8-hint = save it with UTF-8 encoding
diag-bad-locale-tag = '{ $tag }' is not a language tag; this directory is ignored
diag-bad-locale-tag-hint = name locale directories by BCP 47 tag, such as "da" or "pt-BR"
diag-yaml-syntax = not valid YAML: { $detail }
diag-yaml-syntax-hint = check the indentation (spaces, not tabs) and that every "key: value" has a space after the colon
diag-ftl-syntax = not valid Fluent: { $detail }
diag-ftl-syntax-hint = a message is "id = text"; continuation lines are indented; attributes are ".name = text" on an indented line
diag-unknown-key = unknown key '{ $key }'
diag-no-kind = node '{ $node }' has no kind
diag-many-kinds = node '{ $node }' has more than one kind: { $kinds }
diag-kind-hint = give each node exactly one of question, step, fix or escalate
diag-key-not-for-kind = node '{ $node }' has '{ $key }', which does not fit its kind
diag-key-not-for-kind-hint = options belong to questions, solved and unsolved to steps, urgent to escalations
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
       *[option] option of node '{ $node }'
    } goes to '{ $target }', but there is no such flow
diag-unknown-node = { $via ->
        [solved] 'solved' of node '{ $node }'
        [unsolved] 'unsolved' of node '{ $node }'
        [start] the start of flow '{ $node }'
       *[option] option of node '{ $node }'
    } goes to '{ $target }', which does not exist
diag-no-triage = there is no flow with id '{ $triage }', where every session starts
diag-unreachable = node '{ $node }' cannot be reached from the triage
diag-flow-unreachable = flow '{ $flow }' cannot be reached from the triage
diag-unreachable-hint = link to it from an option, a step, or the triage flow, or remove it
diag-dead-end = no fix or escalation can be reached from node '{ $node }'
diag-dead-end-hint = every path must end in a fix or an escalate node; check for loops with no way out
diag-message-missing = message '{ $id }' is missing in locale '{ $locale }'
diag-title-missing = message '{ $id }' has no .title in locale '{ $locale }'
diag-message-missing-hint = add it to a .ftl file in that locale's directory; until then the English text is shown
diag-no-locales = there is no '{ $locale }' locale
diag-no-locales-hint = the English locale (locales/en/*.ftl) is the source every other locale falls back to
