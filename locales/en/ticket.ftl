## The case summary (ticket) for the helpdesk, in Markdown.

ticket-heading = Two-step verification: case summary
ticket-problem = Problem
ticket-outcome = Outcome
ticket-outcome-fixed = Solved: the person can sign in again
ticket-outcome-escalated = Handed to the helpdesk
ticket-outcome-urgent = URGENT: security case for the helpdesk
ticket-outcome-open = Not finished yet
ticket-caller = Caller
ticket-error = Error message seen
# The error message as the person saw it, quoted the way the language quotes.
ticket-error-quoted = "{ $error }"
ticket-now-at = Now at
ticket-steps = Steps so far
ticket-no-steps = No steps yet.
ticket-jumped = opened directly (search)
ticket-note = Note
ticket-meta = Language { $language } · mfa-doctor { $version } · { $created }
ticket-never-secrets = This summary never holds a password or a verification code. Do not add one.

## Command line of agent mode and tickets.

cli-agent = Helpdesk agent mode: what to say to the caller, node ids, caller and notes panel, call timer
cli-ticket-dir = Save the case summary (Markdown + JSON, readable only by you) in this directory, on "s" and at every end
cli-print-ticket = Print the case summary (Markdown) when the program closes
cli-resume = Reopen a case from its saved .json summary, at its last step, with its history and notes
cli-start = Open at the best match for this text, e.g. an error message
cli-start-no-match = Nothing matches '{ $text }'; starting from the beginning.
