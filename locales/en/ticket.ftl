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
ticket-number = Ticket number
ticket-category = Category
ticket-priority = Priority
ticket-priority-high = High
ticket-priority-normal = Normal
ticket-identity = Caller's identity verified
ticket-identity-yes = Yes: { $method }
ticket-identity-yes-unsaid = Yes
ticket-identity-no = No
ticket-agent = Agent
ticket-opened = Opened
ticket-duration = Call time
ticket-assignment-group = Assign to
ticket-handover = Handover note
ticket-meta = Language { $language } · mfa-doctor { $version } · { $created }
ticket-never-secrets = This summary never holds a password or a verification code. Do not add one.

## Command line of agent mode and tickets.

cli-agent = Helpdesk agent mode: what to say to the caller, node ids, caller and notes panel, call timer
cli-ticket-dir = Save the case (text, Markdown and JSON, readable only by you) in this directory: on "s", at every end, and whenever the program closes
cli-agent-name = Your name as the agent, for the case summary (else agent.name in the config)
cli-ticket-dir-unusable = Case summaries cannot be saved in { $dir }: { $detail }. Give a folder that exists and that you may write to.
cli-print-ticket = Print the case summary (Markdown) when the program closes
cli-resume = Reopen a case from its saved .json summary, at its last step, with its history and notes
cli-start = Open at the best match for this text, e.g. an error message
