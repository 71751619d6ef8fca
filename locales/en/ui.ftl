## The program's own words on the main screen: what every start shows.

ui-app-name = mfa-doctor

# Answers offered on every step ("Did that help?")
ui-answer-solved = Yes, that fixed it
ui-answer-unsolved = No, that didn't help
ui-start-over = Start over

# Top right of the header: the step, counted from the first screen, goes up
# by one with every answer. In a series of checks the check is added. All
# are numbers.
ui-progress-step = Step { $step }
ui-progress-check = Step { $step } · check { $current } of { $total }

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
# On the text's bottom edge when it is cut off. $count is a number of lines.
ui-more-below = { $count ->
        [one] 1 more line below ↓ PgDn
       *[other] { $count } more lines below ↓ PgDn
    }
# Under the answers when they do not all fit. $count is a number.
ui-more-answers-below = { $count ->
        [one] 1 more answer below ↓
       *[other] { $count } more answers below ↓
    }
ui-more-answers-above = { $count ->
        [one] 1 more answer above ↑
       *[other] { $count } more answers above ↑
    }
# On the bottom edge of a window (help, summary, sources) that is cut off.
ui-more-lines-below = { $count ->
        [one] 1 more line below ↓
       *[other] { $count } more lines below ↓
    }
# Shown instead of the screen when the window is smaller than that. All numbers.
ui-too-small = Make this window at least { $min-width } columns wide and { $min-height } rows high (it is { $width }×{ $height } now).

# Key hints on the footer. $key is the key's name, from the program's key
# bindings ("1-9", "↑↓", "Enter", "⌫", "/", …): never write a key here.
ui-key-choose = { $key } choose
ui-key-move = { $key } move
ui-key-select = { $key } select
ui-key-back = { $key } back
ui-key-restart = { $key } start over
ui-key-help = { $key } help
ui-key-quit = { $key } quit
ui-key-search = { $key } search
ui-key-ticket = { $key } summary

## Organization values when the config does not set them.

org-helpdesk-name-unset = your organization's helpdesk
org-helpdesk-phone-unset = the helpdesk's usual phone number
org-helpdesk-email-unset = the helpdesk's usual e-mail address
org-helpdesk-url-unset = your organization's IT support page
org-helpdesk-hours-unset = the helpdesk's usual opening hours
org-voice-numbers-unset = the numbers your organization uses
org-helpdesk-after-hours-unset = the helpdesk when it next opens
org-identity-check-unset = your organization's procedure for confirming who is calling, for example calling back on the number in the staff directory or asking the person's manager to confirm. Never by asking for a password or a verification code
org-assignment-group-unset = second-line support

## Said if the program itself fails. Worded at every start, before anything
## can go wrong, so it lives in the file a start reads anyway.

cli-crashed = mfa-doctor stopped because of a fault in the program itself, not because of anything you did. The terminal has been put back as it was. Please tell your helpdesk or whoever looks after mfa-doctor, and include this line:
