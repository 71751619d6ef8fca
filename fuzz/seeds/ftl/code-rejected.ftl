code-rejected-title = My Authenticator code is rejected
    .keywords = code rejected, wrong code, code doesn't work, code not accepted, invalid code, authenticator, expired code, time, clock, incorrect code, date

code-rejected-right-account =
    The Authenticator app can hold several accounts, and each one shows its own code. A code from a different account is always rejected.

    Open the app and find the entry for the work or school account you are signing in to. Use the code shown under that entry.

    If the code is still rejected, go on to the next check.
    .title = Use the right account's code
    .agent =
        Explain that the Authenticator app can hold several accounts, each with its own code, and a code from a different account is always rejected.

        Have the caller open the app, find the entry for the work or school account they are signing in to, and use the code shown under that entry. They type it themselves: never ask them to read a code to you.

        Was the code accepted?

code-rejected-current-code =
    The code changes every 30 seconds (a hardware token may change every 60 seconds). Once a new code appears, the old one no longer works.

    Watch the code in the app. When a new one appears, type it in straight away. If the code is just about to change, wait for the next one and type that instead.

    If the code is still rejected, go on to the next check.
    .title = Type the current code
    .agent =
        Explain that the code changes every 30 seconds (a hardware token may change every 60 seconds), and once a new code appears, the old one no longer works.

        Have the caller watch the code in the app and type a new one straight away. If it is just about to change, they wait for the next one and type that instead.

        Was the code accepted?

code-rejected-clock =
    The codes are based on the time, so your phone's clock must be right. If the clock is wrong, the app shows codes that the sign-in page won't accept.

    Set your phone's date and time to automatic:

    • iPhone: open Settings, General, Date & Time, and turn on Set Automatically.
    • Android: open Settings, then System (or General management), then Date & time, and turn on the automatic date and time.

    The names can differ a little from phone to phone.

    Then open the app again and type the current code. If it's still rejected, go on to the next step.
    .title = Set date and time to automatic
    .agent =
        Explain that the codes are based on the time, so the phone's clock must be right; if it is wrong, the app shows codes the sign-in page won't accept. Have the caller set the phone's date and time to automatic:

        • iPhone: Settings, General, Date & Time, and turn on Set Automatically.
        • Android: Settings, then System (or General management), then Date & time, and turn on the automatic date and time.

        The names can differ a little between phones. Then have them open the app again and type the current code.

        Was the code accepted?

code-rejected-other-way =
    If you have another method set up, use it for now.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick another method, such as a text message or a phone call, and continue.

    If you don't see "Sign in another way", you have no other method set up. Go on to the next step.
    .title = Sign in another way
    .agent =
        Ask the caller whether they have another method set up. If so, have them choose "Sign in another way" on the sign-in screen, pick another method, such as a text message or a phone call, and continue.

        If they don't see "Sign in another way", they have no other method set up: choose no.

        Did they get in?

code-rejected-helpdesk =
    The app's codes are rejected even though you used the right account, the current code and the correct time, and you can't sign in another way. The helpdesk needs to look at how the app is set up for your account.

    Contact { $helpdesk-name } and ask them to check your Authenticator registration. If you can't sign in at all, ask for a Temporary Access Pass. It's a time-limited pass from the helpdesk that lets you sign in and set up the app again.
    .title = Contact the helpdesk
    .agent =
        The app's codes are rejected even though the caller used the right account, the current code and the correct time, and they can't sign in another way.

        Check their Authenticator registration, to see how the app is set up for their account. If they can't sign in at all, issue a Temporary Access Pass, or request one, per your organization's process: a time-limited pass that lets them sign in and set up the app again. Record what was done in the case for { $helpdesk-name }.

        Never ask for their password or a code from the app.

code-rejected-fixed =
    Good, your code was accepted and you can finish signing in.

    If it happens again, check the clock first: date and time should always be set automatically.
    .title = Your code was accepted
    .agent =
        Tell the caller their code was accepted and they can finish signing in.

        If it happens again, they should check the clock first: date and time should always be set automatically.

code-rejected-signed-in-other =
    You're signed in with another method.

    The app's codes are still being rejected, so let { $helpdesk-name } know when it suits you. That way the app can be fixed before you need it again.
    .title = Signed in another way
    .agent =
        Tell the caller they're signed in with another method.

        The app's codes are still being rejected: note it for { $helpdesk-name }, so the app can be fixed before they need it again. Tell the caller it can be done when it suits them.
