new-phone-title = I have a new phone
    .keywords = new phone, new mobile, changed phone, replaced phone, move authenticator, transfer, backup, restore, iphone, android, qr code, action required, passkey, move authenticator to new phone, how do I move authenticator

new-phone-method =
    Got a new phone? What you need to do depends on how you usually verify your sign-ins.

    How do you verify?
    .title = How you verify
    .agent =
        Ask the caller how they usually verify their sign-ins: with the Microsoft Authenticator app, or with a text message or a phone call. What they need to do depends on it.
new-phone-method-opt-app = With the Microsoft Authenticator app
new-phone-method-opt-phone = With a text message or a phone call

new-phone-same-number =
    Codes and calls go to your phone number, not to the phone itself.

    Did you keep the same number on the new phone?
    .title = Same phone number?
    .agent =
        Explain that codes and calls go to their phone number, not to the phone itself.

        Ask: did they keep the same number on the new phone?
new-phone-same-number-opt-yes = Yes, same number
new-phone-same-number-opt-no = No, I have a new number

new-phone-sms-test =
    Because your number is the same, there is nothing to change in your security info.

    Sign in and check that the text message or call reaches the new phone.

    If it doesn't arrive, go on: we'll go through the usual checks for codes that don't arrive.
    .title = Test a sign-in on the new phone
    .agent =
        Because the number is the same, nothing needs to change in their security info.

        Have the caller sign in and check that the text message or call reaches the new phone. If it doesn't, choose no to go through the usual checks for codes that don't arrive.

        Did it arrive on the new phone?

new-phone-fixed-number =
    Your codes and calls reach the new phone.

    Now set up the Microsoft Authenticator app or a passkey on the new phone as well: from 1 February 2027, Microsoft no longer sends codes by text or call, unless your organization has its own telephone provider for them. Add it on the Security info page (https://aka.ms/setupsecurityinfo) with "Add sign-in method". You may be asked to verify once more before you can add it.
    .title = Your new phone works
    .agent =
        Tell the caller their codes and calls reach the new phone.

        Recommend setting up the Microsoft Authenticator app or a passkey on the new phone as well: from 1 February 2027 Microsoft no longer delivers codes by text or call, unless the organization has its own telephony provider. They add it on the Security info page (https://aka.ms/setupsecurityinfo) with "Add sign-in method", and may be asked to verify again first.

new-phone-old-phone =
    Your work or school account does not move to a new phone by itself: you have to set it up again in the Authenticator app. It's easiest while you can still use the old phone.

    Can you still approve sign-ins with the Authenticator app on your old phone?
    .title = Your old phone
    .agent =
        Explain that their work or school account does not move to a new phone by itself: it has to be set up again in the Authenticator app, which is easiest while they can still use the old phone.

        Ask: can they still approve sign-ins with the Authenticator app on the old phone? If not, do they have another method, or was the old phone lost or stolen?
new-phone-old-phone-opt-yes = Yes, the old phone still works
new-phone-old-phone-opt-other = No, but I have another method (a passkey, a text, a call or another phone)
new-phone-old-phone-opt-none = No, and I have no other method
new-phone-old-phone-opt-lost = My old phone was lost or stolen

new-phone-install-app =
    Install Microsoft Authenticator on the new phone from the App Store (iPhone) or Google Play (Android), and allow it to send notifications.

    About backup and restore:

    • iPhone: the app backs up through iCloud and iCloud Keychain. On a new iPhone with the same Apple account, your accounts appear by themselves.
    • Android: the app's cloud backup needs a personal Microsoft account, and you choose to restore it when you open the app.
    • A backup can't move between iPhone and Android.
    • Your work or school account comes back as a name only and says that an action is required: you still have to sign in to it. Passkeys in the app are never restored.

    Keep the old phone as it is until you've finished.
    .title = Install Authenticator
    .agent =
        Have the caller install Microsoft Authenticator on the new phone from the App Store (iPhone) or Google Play (Android), and allow it to send notifications.

        If they ask about backup and restore: on iPhone the app backs up through iCloud and iCloud Keychain (no personal Microsoft account needed since autumn 2025); on Android the cloud backup needs a personal Microsoft account. A backup can't move between iPhone and Android. A restored work or school account comes back as a name only and needs a sign-in ("action required"); passkeys in Authenticator are never restored.

        Tell them to keep the old phone as it is until they have finished. Is the app installed?
new-phone-install-app-opt-done = The app is installed

new-phone-add-app =
    Do this on a computer, with the new phone next to you.

    1. Open https://aka.ms/setupsecurityinfo. It takes you to the Security info page (mysignins.microsoft.com/security-info).
    2. Sign in. To verify, use the app on your old phone, or choose "Sign in another way" and use your other method. You may be asked to verify again before you can change anything: that is normal.
    3. Choose "Add sign-in method" and pick the Authenticator app.
    4. Follow the screens until a QR code appears.
    5. In the Authenticator app on the new phone, add a work or school account and scan the QR code.
    6. A test notification arrives on the new phone. Type the number the computer shows into the app, and approve.

    If your restored app already shows your work account with an action required, tap it and sign in instead.
    .title = Add the new phone
    .agent =
        Have the caller do this on a computer, with the new phone next to them:

        1. Open https://aka.ms/setupsecurityinfo, the Security info page (mysignins.microsoft.com/security-info).
        2. Sign in, verifying with the app on the old phone, or choose "Sign in another way" and use their other method. Changing methods needs a recent verification, so they may be asked to verify again: that is normal.
        3. Choose "Add sign-in method" and pick the Authenticator app.
        4. Follow the screens until a QR code appears.
        5. In the Authenticator app on the new phone, add a work or school account and scan the QR code.
        6. Approve the test notification on the new phone, typing the number the computer shows.

        If the restored app already shows the work account with an action required, they tap it and sign in instead.

        Agent note: the old Additional security verification page no longer manages methods (legacy MFA and SSPR method policies ended on 30 September 2025). Security info is the place.

        Is the new phone added, or are they stuck?
new-phone-add-app-opt-done = The new phone is added
new-phone-add-app-opt-stuck = I got stuck

new-phone-remove-old =
    Now remove the old phone, so it can no longer approve sign-ins to your account.

    On the Security info page, find the Authenticator entry for your old phone and delete it. If you had a passkey in Authenticator on the old phone, delete that entry too and add a new passkey on the new phone.

    Then sign out, sign in again and approve on the new phone. If that doesn't work, go on to the next step.
    .title = Remove the old phone
    .agent =
        Now have the caller remove the old phone, so it can no longer approve sign-ins to their account.

        On the Security info page, they find the Authenticator entry for the old phone and delete it. A passkey in Authenticator on the old phone doesn't move: they delete that entry too and add a new passkey on the new phone.

        Then have them sign out, sign in again and approve on the new phone. Did that work?

new-phone-helpdesk =
    You can't finish setting up the new phone yourself. The helpdesk can help you do it.

    Contact { $helpdesk-name } and ask them to help you register the new phone and remove the old one.

    If you have no working method left, ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up the app on your new phone.
    .title = Ask the helpdesk for help
    .agent =
        The caller can't finish setting up the new phone on their own.

        Help them register the new phone and remove the old one. If they have no working method left and your organization uses Temporary Access Passes, issue one, or request one, per your organization's process: a time-limited code that lets them sign in and set up the app on the new phone. Note which methods the caller has, and record it in the case for { $helpdesk-name }.

        Before you remove methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

new-phone-fixed =
    Your new phone now approves your sign-ins, and the old one is removed.

    Did you choose "Don't ask again" when you signed in on the old phone, and are you giving it away or no longer have it? Then tell { $helpdesk-name }: they can make every device ask for the second step again.
    .title = New phone set up
    .agent =
        Tell the caller the new phone now approves their sign-ins, and the old one is removed.

        If they chose "Don't ask again for X days" on the old phone and are giving it away or no longer have it, revoke their remembered MFA sessions (Revoke MFA sessions), after verifying the caller's identity ({ $identity-check }), never by asking for their password or a verification code.
