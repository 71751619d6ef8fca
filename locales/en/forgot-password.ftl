forgot-password-title = I forgot my password
    .keywords = forgot password, forgotten password, reset password, password reset, self-service password reset, SSPR, Can't access your account, locked, new password, aka.ms/sspr

forgot-password-methods =
    You can usually reset your password yourself. You verify with the same methods you use for two-step verification, such as the Microsoft Authenticator app, a phone number or an email address you added for password reset.

    Which of these do you have with you now?
    .title = What can you verify with?
    .agent =
        Explain that self-service password reset uses the same registered methods as two-step verification (the Authenticator app, a phone number, an email address added for reset).

        Ask the caller which of these they have with them now.
forgot-password-methods-opt-app = The Authenticator app, or an email address I added for password reset
forgot-password-methods-opt-phone = Only my phone number, for a text message or a call
forgot-password-methods-opt-unsure = I'm not sure what I set up
forgot-password-methods-opt-none = None of them, or I never set anything up

forgot-password-reset =
    Reset your password on the password reset page:

    1. Open { $password-reset-url } in a browser. You can also choose "Can't access your account?" on the sign-in screen.
    2. Type your work account (your work email address) and the characters shown in the picture.
    3. Verify with one of your methods, or two if your organization requires it.
    4. Choose a new password.

    Then sign in again with the new password. Your apps and other devices will ask you to sign in again too: that is normal after a password change.

    If the page says you must contact your administrator, or your method doesn't work, answer no below.
    .title = Reset your password yourself
    .keywords = reset password, password reset page, Can't access your account, self-service password reset, SSPR, new password
    .agent =
        Send the caller to the password reset page: { $password-reset-url } (or "Can't access your account?" on the sign-in screen). They type their work account and the characters in the picture, verify with one method, or two if the organization requires it, and choose a new password.

        Tell them that every app and device will ask them to sign in again after the change: that is normal.

        If the page tells them to contact their administrator, or their method fails, choose no.

        Did the reset work?

forgot-password-texts-off =
    Your organization no longer uses text messages or phone calls to verify, so a text or call can't help you reset your password.

    If you have another method, such as the Microsoft Authenticator app or an email address for password reset, use it on { $password-reset-url }.

    If you have no other method, answer no below. The helpdesk can reset your password.
    .title = Texts and calls are not used any more
    .keywords = text, sms, call, no text, reset password, not used
    .agent =
        The organization no longer uses text messages or phone calls for verification, so the caller can't reset the password by text or call.

        If they have another method (the Authenticator app, an email address for reset), send them to { $password-reset-url }. If not, choose no.

        Did they reset it?

forgot-password-texts-retired =
    Since 1 February 2027, Microsoft no longer sends texts and calls to verify, also not for password reset. Your organization hasn't set up its own provider, so no text or call will come.

    If you have another method, such as the Microsoft Authenticator app or an email address for password reset, use it on { $password-reset-url }.

    If you have no other method, answer no below. The helpdesk can reset your password and help you set up a new method.
    .title = Password reset by text has stopped
    .keywords = text, sms, call, retired, 1 February 2027, no text, reset password
    .agent =
        Microsoft-provided text messages and calls were retired on 1 February 2027, for password reset too, and the organization hasn't set up its own telephony provider.

        If the caller has another method (the Authenticator app, an email address for reset), send them to { $password-reset-url }. If not, choose no: the password must be reset for them and a new method set up.

        Did they reset it?

forgot-password-texts-maybe =
    Texts and calls for verification may have stopped. Microsoft stopped sending them on 1 February 2027, unless your organization uses its own provider.

    1. Try the password reset page anyway: { $password-reset-url }.
    2. If you can choose the Microsoft Authenticator app or an email address instead of a text, use that.
    3. If you choose a text or call and nothing arrives within a few minutes, stop and answer no below.
    .title = Try the reset page
    .keywords = text, sms, call, no text, reset password, retired
    .agent =
        It isn't known whether the organization still sends texts and calls: Microsoft-provided ones stopped on 1 February 2027 unless the organization uses its own telephony provider.

        Have the caller try { $password-reset-url }, preferring the Authenticator app or an email address over a text. If a text or call doesn't arrive within a few minutes, choose no.

        Did the reset work?

forgot-password-reset-failed = What happened on the password reset page?
    .title = What went wrong?
    .agent =
        Ask the caller what happened on the reset page: it told them to contact their administrator, the code or notification didn't arrive, or something else.
forgot-password-reset-failed-opt-admin = It says I must contact my administrator
forgot-password-reset-failed-opt-nothing = The code, call or notification doesn't arrive
forgot-password-reset-failed-opt-other = Something else went wrong

forgot-password-fixed =
    Good, your password is reset. Sign in with the new one.

    Your apps, your phone's email and other devices will ask for the new password: sign in again in each. To be ready next time, check that you have at least two methods on the Security info page: https://aka.ms/setupsecurityinfo
    .title = Your password is reset
    .agent =
        The caller's password is reset. Tell them each app and device will ask them to sign in again with the new password, and suggest they keep at least two methods on the Security info page (https://aka.ms/setupsecurityinfo).

forgot-password-helpdesk =
    You can't reset your password yourself. The helpdesk can reset it for you.

    Tell { $helpdesk-name } that you forgot your password, and which methods you have, if any.

    The helpdesk will first check that you are who you say you are. Then they can reset your password, and, if you have no method you can use, give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up a new method.

    You will choose a new password yourself. Never tell anyone your password or a verification code, not even the helpdesk.
    .title = Ask the helpdesk to reset your password
    .keywords = reset password, helpdesk, Temporary Access Pass, identity, administrator
    .agent =
        The caller can't reset their password themselves: self-service reset isn't enabled for them, they lack the required methods, or their password is managed on-premises without writeback.

        First verify the caller's identity as { $identity-check }. Do nothing on the account before that.

        Then reset the password so that they must choose a new one at the next sign-in. If they have no method they can use, also issue a Temporary Access Pass per your organization's process, so they can register a new method. A Temporary Access Pass alone doesn't let them change a password they don't know. Record what was done in the case for { $helpdesk-name }; hand over to { $assignment-group } if you can't do it yourself.

        Never ask for their password or a verification code.
