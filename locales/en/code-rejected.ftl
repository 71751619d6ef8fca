code-rejected-title = My verification code is rejected
    .keywords = code rejected, wrong code, code doesn't work, code not accepted, invalid code, authenticator, expired code, time, clock, incorrect code, date, text code, sms code, hardware token, code is wrong, wrong code, code not accepted, code rejected, authenticator code wrong, incorrect code, The code you entered is incorrect, That code didn't work. Check the code and try again

code-rejected-which-code =
    Where does the code you type come from? A code from a text message and a code from an app are rejected for different reasons.
    .title = Where is the code from?
    .agent =
        Ask the caller where the code they type comes from: a text message, the Microsoft Authenticator app (or another authenticator app), or a hardware token. They are rejected for different reasons. Never ask them to read the code to you.
code-rejected-which-code-opt-text = A text message
code-rejected-which-code-opt-app = The Microsoft Authenticator app or another authenticator app
code-rejected-which-code-opt-token = A hardware token (a small device that shows a code)

code-rejected-text-code =
    A code from a text message works only once, and only for a short time: about three minutes after it was sent.

    1. If you asked for several codes, use the one in the newest text.
    2. Check that the text is for this sign-in: it comes from Microsoft, by SMS, RCS or WhatsApp.
    3. Type the code straight away, without spaces.

    If it's too late, ask for one new code on the sign-in screen and type it as soon as it arrives. Don't ask for many codes in a row: that can block texts to you for a while.

    If the code is still rejected, go on to the next step.
    .title = Use the newest code, quickly
    .keywords = text code rejected, sms code, expired, newest code, three minutes
    .agent =
        Explain that a code from a text message works only once and only for about three minutes after it was sent.

        Have the caller use the code in the newest text, check that it is from Microsoft for this sign-in (SMS, RCS or WhatsApp), and type it straight away without spaces. If it's too late, they ask for one new code and type it as soon as it arrives. Many requests in a row can block texts to them for a while. Never ask them to read the code to you.

        Was the code accepted?

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
    The code in the app changes every 30 seconds. Once a new code appears, the old one no longer works.

    Watch the code in the app. When a new one appears, type it in straight away. If the code is just about to change, wait for the next one and type that instead.

    If the code is still rejected, go on to the next check.
    .title = Type the current code
    .agent =
        Explain that the code in the app changes every 30 seconds, and once a new code appears, the old one no longer works.

        Have the caller watch the code in the app and type a new one straight away. If it is just about to change, they wait for the next one and type that instead.

        Was the code accepted?

code-rejected-clock =
    The codes are based on the time, so your phone's clock must be right. If the clock is wrong, the app shows codes that the sign-in screen won't accept.

    Set your phone's date and time to automatic:

    • iPhone: open Settings, General, Date & Time, and turn on Set Automatically.
    • Android: open Settings, then System (or General management), then Date & time, and turn on the automatic date and time.

    The names can differ a little from phone to phone.

    Then open the app again and type the current code. If it's still rejected, go on to the next step.
    .title = Set date and time to automatic
    .agent =
        Explain that the codes are based on the time, so the phone's clock must be right; if it is wrong, the app shows codes the sign-in screen won't accept. Have the caller set the phone's date and time to automatic:

        • iPhone: Settings, General, Date & Time, and turn on Set Automatically.
        • Android: Settings, then System (or General management), then Date & time, and turn on the automatic date and time.

        The names can differ a little between phones. Then have them open the app again and type the current code.

        Was the code accepted?

code-rejected-token-code =
    A hardware token shows a new code every 30 or 60 seconds. Once a new code appears, the old one no longer works.

    Type the code the token shows right now. If it is just about to change, wait for the next one.

    If the code is still rejected, go on to the next step.
    .title = Type the token's current code
    .agent =
        Explain that a hardware token shows a new code every 30 or 60 seconds, and the old one stops working when a new one appears.

        Have the caller type the code the token shows right now and wait for the next one if it is about to change. Never ask them to read the code to you.

        Was the code accepted?

code-rejected-other-way =
    If you have another method set up, use it for now.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick another method, such as the Microsoft Authenticator app or a passkey, and continue.

    If you don't see "Sign in another way", you have no other method set up. Go on to the next step.
    .title = Sign in another way
    .agent =
        Ask the caller whether they have another method set up. If so, have them choose "Sign in another way" on the sign-in screen, pick another method, such as the Microsoft Authenticator app or a passkey, and continue.

        If they don't see "Sign in another way", they have no other method set up: choose no.

        Did they get in?

code-rejected-helpdesk =
    Your codes are rejected even though you used the newest code, the right account and the correct time, and you can't sign in another way. The helpdesk needs to look at how your methods are set up.

    Contact { $helpdesk-name } and tell them where your code comes from. Ask them to check your registered methods. If you can't sign in at all, ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up the app again.
    .title = Contact the helpdesk
    .agent =
        The caller's codes are rejected even though they used the newest code, the right account and the correct time, and they can't sign in another way.

        Check their registered methods: the phone number, the Authenticator registration or the hardware token. If they can't sign in at all and your organization uses Temporary Access Passes, issue one, or request one, per your organization's process: a time-limited code that lets them sign in and set up the app again. Record where their code comes from, and what was done, in the case for { $helpdesk-name }.

        Before you reset their methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), never by asking for their password or a code.

code-rejected-fixed =
    Good, your code was accepted and you can finish signing in.

    If it happens again: with a text, use the newest code quickly; with the app, check the clock first, since date and time should always be set automatically.
    .title = Your code was accepted
    .agent =
        Tell the caller their code was accepted and they can finish signing in.

        If it happens again: with a text, they use the newest code quickly; with the app, they check the clock first, since date and time should always be set automatically.

code-rejected-signed-in-other =
    You're signed in with another method.

    Your codes are still being rejected, so let { $helpdesk-name } know when it suits you. That way the method can be fixed before you need it again.
    .title = Signed in another way
    .agent =
        Tell the caller they're signed in with another method.

        Their codes are still being rejected: note it for { $helpdesk-name }, so the method can be fixed before they need it again. Tell the caller it can be done when it suits them.
