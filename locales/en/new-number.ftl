new-number-title = I have a new phone number
    .keywords = new number, new phone number, changed number, new sim, update number, change number, security info, phone number changed, new mobile number, mobile number, new phone number

new-number-can-sign-in =
    To change the number yourself, you need to sign in one more time.

    Can you still finish two-step verification some way: with your old number, the Microsoft Authenticator app, a passkey or another method?
    .title = Can you still sign in?
    .agent =
        Explain that to change the number themselves, the caller needs to sign in one more time.

        Ask: can they still finish two-step verification some way, with their old number, the Microsoft Authenticator app, a passkey or another method?
new-number-can-sign-in-opt-yes = Yes, I can still verify
new-number-can-sign-in-opt-unsure = I'm not sure
new-number-can-sign-in-opt-no = No, my old number was my only method

new-number-update-number =
    Update the number in your security info, so that codes and calls go to the right place.

    1. Open https://aka.ms/setupsecurityinfo. It takes you to the Security info page.
    2. Sign in. When asked to verify, use your old number, the app or another method. If the screen offers a method you can't use, choose "Sign in another way". You may be asked to verify once more before you can change anything: that is normal.
    3. Find the phone entry with your old number and change it to your new number. You can also choose "Add sign-in method" and add the new number as a phone.
    4. Follow the instructions on the screen to confirm the new number.

    If the old number isn't yours any more, remove it, so no codes go to someone else.

    While you are there, add the Microsoft Authenticator app or a passkey too, if you don't have one: they keep working whatever happens to your number.

    Then sign out and sign in again to test the new number. If you can't change it, go on to the next step.
    .title = Update your security info
    .agent =
        Have the caller update the number in their security info, so codes and calls go to the right place:

        1. Open https://aka.ms/setupsecurityinfo, the Security info page.
        2. Sign in, verifying with the old number, the app or another method. If the screen offers a method they can't use, choose "Sign in another way". Changing methods needs a recent verification, so they may be asked to verify again: that is normal.
        3. Change the phone entry with the old number to the new number, or choose "Add sign-in method" and add the new number as a phone.
        4. Follow the instructions on the screen to confirm the new number.

        If the old number isn't theirs any more, have them remove it, so no codes go to someone else. Recommend adding the Microsoft Authenticator app or a passkey too. They type any code themselves: never ask them to read it to you.

        Then have them sign out and in again to test the new number. Did that work?

new-number-use-app-instead =
    Codes no longer come by text or call for your account: either your organization has stopped using them, or Microsoft ended them on 1 February 2027. So there is no need to register your new number for sign-in.

    1. Open https://aka.ms/setupsecurityinfo (the Security info page) and sign in. You may be asked to verify once more: that is normal.
    2. If your old number is listed and isn't yours any more, remove it.
    3. If you don't have one yet, choose "Add sign-in method" and add the Microsoft Authenticator app or a passkey.

    If you can't sign in or can't add a method, answer no below.
    .title = Use the app or a passkey instead
    .keywords = new number, no more texts, passkey, authenticator
    .agent =
        Codes no longer come by text or call for the caller's account: either the organization has stopped using them, or Microsoft ended them on 1 February 2027. The new number doesn't need registering for sign-in.

        Have the caller open https://aka.ms/setupsecurityinfo and sign in (they may be asked to verify again), remove the old number if it isn't theirs any more, and, if they don't have one yet, add the Microsoft Authenticator app or a passkey with "Add sign-in method".

        Did that work?

new-number-fixed =
    Your new number is in your security info. Codes and calls now go to it.

    Tip: the Microsoft Authenticator app or a passkey gives you a way in if your number changes again, and keeps working after 1 February 2027, when Microsoft stops sending codes by text or call unless your organization has its own telephone provider.
    .title = New number saved
    .agent =
        Tell the caller the new number is in their security info, and codes and calls now go to it.

        Suggest the Microsoft Authenticator app or a passkey as well: it gives them a way in if their number changes again, and keeps working after 1 February 2027, when Microsoft stops delivering codes by text or call unless the organization has its own telephony provider.

new-number-fixed-app =
    Your security info is up to date: you sign in with the Authenticator app or a passkey, and your old number no longer receives anything.
    .title = Security info updated
    .agent =
        Tell the caller their security info is up to date: they sign in with the Authenticator app or a passkey, and the old number no longer receives anything.

new-number-helpdesk =
    You can't sign in to change your security info yourself. The helpdesk can sort this out for you.

    Contact { $helpdesk-name } and ask them to update the phone number on your account, or to clear your two-step verification settings. If they clear them, you're asked to set up two-step verification again the next time you sign in.

    If you need to sign in before then, ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up the Authenticator app or a passkey yourself.
    .title = Ask the helpdesk to update it
    .agent =
        The caller can't sign in to change their security info, because their codes go to the old number or no longer come.

        First verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code. Then, per your organization's process, update the phone number on their account, or clear their two-step verification settings (Require re-register MFA). If you clear them, tell the caller they'll be asked to set up two-step verification again the next time they sign in.

        If they need to sign in before then and your organization uses Temporary Access Passes, issue one, or request one: a time-limited code that lets them sign in and set up the Authenticator app or a passkey themselves. Record what was done in the case for { $helpdesk-name }.
