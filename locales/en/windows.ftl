## Windows over the screen: search, the agent panel, the path so far, the
## case summary, the note check and help. Read when one is first opened.

ui-search-title = Search
ui-search-placeholder = Type a symptom or paste an error message
ui-search-none = Nothing matches yet. Try other words, or fewer.

ui-agent-call = Call { $time }
ui-agent-caller = Caller
ui-agent-caller-empty = { $key }: account name or ticket no.
ui-agent-note = Note on this step
ui-agent-note-empty = { $key }: add a note
ui-agent-identity-no = Identity not verified ({ $key })
ui-agent-identity-yes = Identity verified: { $method }
ui-quit-title = Quit without saving?
ui-quit-body = The caller, notes and path of this case are not saved yet.
# A choice in a question window: $key is the name of its key, already padded
# to the width of the column the choices' keys stand in.
ui-quit-save = { $key }save here, then quit
ui-quit-discard = { $key }quit without saving
ui-quit-go-on = { $key }go on with the case
ui-identity-title = Caller's identity
ui-identity-body = Verify who is calling before you reset their methods or issue a Temporary Access Pass. Never ask for their password or a verification code.
ui-identity-procedure = { $key }Verified by our procedure: { $identity-check }
# What the ticket records when the agent chose the organization's procedure and the config does not describe it.
ui-identity-procedure-name = the organization's procedure
ui-identity-other = { $key }Verified another way (type how)
ui-identity-clear = { $key }Not verified
ui-identity-warning-heading = Identity not verified
# $key is the key that records it, from the program's key bindings.
ui-identity-warning = Before you reset their methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), then press { $key } to record how. Never ask for a password or a verification code.
ui-prompt-identity = How did you verify the caller's identity?
ui-prompt-ticket-number = Ticket number
ui-prompt-handover = Handover note for { $assignment-group }
# Agent mode, on the screens that end at the helpdesk: the agent is the helpdesk.
ui-handover-heading = Hand over to { $assignment-group }
# Line mode shows it too, where there are no keys to press: it names none
# (the full screen's agent panel lists them).
ui-handover-text = If you cannot solve it on this call, hand the case over to { $assignment-group }: save the summary with a handover note, and record how you verified the caller's identity.
ui-sources-title = Sources for this step
ui-sources-none = This step names no sources.
ui-sources-item = { $url } (checked { $checked })
ui-path-title = Path so far
ui-path-later = { $title }  (kept, not retraced yet)
ui-path-here = { $title }  (you are here)
ui-ticket-title = Case summary
ui-confirm-title = Keep this note?
ui-confirm-body = This note looks like it holds a verification code or a password. The helpdesk never needs them, and they must not end up in a ticket.
ui-confirm-keep = { $key }keep it anyway
ui-confirm-edit = { $key }edit it
ui-status-saved = Saved: { $path } (and .md, .json)
ui-status-save-failed = Could not save the summary in { $dir }: { $detail }. Choose a folder you may write to with --ticket-dir.
ui-status-copied = Summary sent to the clipboard through the terminal (OSC 52): it is there if your terminal allows it.
ui-status-copied-system = Summary copied to the system clipboard.
ui-status-note-full = This note is full ({ $max } characters): shorten it, or go on in the note of the next step.
ui-exit-not-saved = The case was not saved. Here it is, to copy into your ticket:

ui-help-title = Keys
# The help's table of keys, a message a row: what its keys do. The program
# puts the keys in a column beside it, from its key bindings, so it never
# names a key: a row of several keys ("t s y") lists them in the order the
# message names what they do.
ui-help-choose = choose that answer
ui-help-previous = mark the answer above
ui-help-next = mark the answer below
ui-help-select = choose the marked answer
ui-help-back = go back one step
ui-help-back-or-quit = go back (quit on the first screen)
ui-help-restart = start over
ui-help-page-up = scroll long text up a page
ui-help-page-down = scroll long text down a page
ui-help-search = search: type a symptom or paste an error message
ui-help-path = the path so far: go back to any step
ui-help-forward = retrace the next answer you stepped back over
ui-help-summary = case summary: show, save to a file, copy
ui-help-caller-note = agent mode: caller, note on this step
ui-help-identity = agent mode: record how the caller's identity was verified
ui-help-sources = agent mode: the sources of this step
ui-help-ticket-handover = agent mode: ticket number, handover note
ui-help-help = show or hide this help
ui-help-quit = quit
ui-help-suspend = stop for now and go back to the shell (fg brings it back)
# After the table of keys, in the help and in the man page's KEYS: a paragraph
# a line (blank lines between them).
ui-help-notes =
    You can also click with the mouse: an answer, a step in the path so far, a search result or a question's choice. A click outside a window closes it.

    Using a screen reader? Start mfa-doctor --plain: it asks one question at a time as plain lines of text, without boxes or colour.

    Top right: the step you are on, counted from the first question; it goes up by one with every answer. In a series of checks it also says which check it is, e.g. "Step 6 · check 4 of 8".

## The summary for the person (t): plain sentences, no ids and no markup,
## so a screen reader reads it as meant.

ui-summary-title = Your case so far
ui-summary-heading = Your case so far, to give the helpdesk if you contact them.
ui-summary-problem = Your problem: { $problem }.
ui-summary-now = You are now at: { $step }.
ui-summary-error = The error message you saw: "{ $error }"
ui-summary-fixed = It is solved: you can sign in again.
ui-summary-escalated = The helpdesk needs to take it from here.
ui-summary-urgent = This is urgent: contact the helpdesk now.
ui-summary-open = You have not reached the end yet.
ui-summary-steps = What you have done so far:
ui-summary-none = You have not answered anything yet.
# $number is the step's place in the list; $step its title; $answer what was answered.
ui-summary-item = { $number }. { $step } – { $answer }.
ui-summary-never-secrets = The summary never holds a password or a verification code. Never give those to anyone.

## Key hints along the windows' edges and in the agent panel, joined by
## " · ". $key is the name of the key (from the program's key bindings,
## so it is always the key that does it): never write a key yourself.
ui-key-go-there = { $key } go there
ui-key-close = { $key } close
ui-key-scroll = { $key } scroll
ui-key-done = { $key } done
ui-key-cancel = { $key } cancel
ui-key-new-line = { $key } new line
ui-key-on-to-note = { $key } on to the note
ui-key-save = { $key } save
ui-key-copy = { $key } copy
ui-key-caller = { $key } caller
ui-key-note = { $key } note
ui-key-identity = { $key } identity
ui-key-sources = { $key } sources
ui-key-ticket-number = { $key } ticket no.
ui-key-handover = { $key } handover
ui-key-path = { $key } path
ui-key-others-close = any other key closes
