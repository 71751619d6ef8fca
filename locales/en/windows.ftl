## Windows over the screen: search, the agent panel, the path so far, the
## case summary, the note check and help. Read when one is first opened.

ui-search-title = Search
ui-search-placeholder = Type a symptom or paste an error message
ui-search-none = Nothing matches yet. Try other words, or fewer.
ui-search-keys = Enter go there · ↑↓ choose · Esc close

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
