lost-phone-title = My phone is lost or stolen
    .keywords = lost phone, stolen phone, phone stolen, phone lost, missing phone, theft, clear settings, lost, stolen, missing, phone gone

lost-phone-other =
    You may still be able to sign in with another method you set up earlier, for example a passkey on your computer, a security key, the Authenticator app on another device, or your office phone if your organization still uses calls.

    Start signing in. On the page that asks you to verify, look for the link "Sign in another way".

    Is the link there, with a method that does not need the missing phone?
    .title = Look for another method
    .agent =
        Ask the caller whether they set up another method earlier, for example a passkey on their computer, a security key, the Authenticator app on another device, or their office phone if the organization still uses calls.

        Have them start signing in. On the page that asks them to verify, they look for the link "Sign in another way". Is it there, with a method that doesn't need the missing phone?
lost-phone-other-opt-yes = Yes, there is a method I can use
lost-phone-other-opt-no = No, there is no link or no other method

lost-phone-use-other =
    1. Select "Sign in another way".
    2. Pick the method that does not need the missing phone.
    3. Follow the instructions on the screen to finish signing in.

    This gets you in without the missing phone. The helpdesk still needs to know about the phone afterwards; the next screen explains what to tell them.

    If the other method does not work, answer no below.
    .title = Sign in another way
    .agent =
        Have the caller select "Sign in another way", pick the method that doesn't need the missing phone, and follow the instructions on the screen to finish signing in.

        Tell them the helpdesk still needs to know about the phone afterwards; the next screen covers that. If the other method doesn't work, choose no.

        Did the other method get them in?

lost-phone-report =
    You are signed in. Now tell the helpdesk that your phone was lost or stolen. Please do this even though you can sign in: they can remove the phone from your account, so nobody can approve sign-ins with it, and end the sign-ins it remembers.

    When that is done, set up your new phone. In this tool, choose "I have a new phone or a new number" on the first screen. A passkey that was on the lost phone can't be restored: you set up a new one.
    .title = Tell the helpdesk about the phone
    .agent =
        Mark the case as urgent. The caller is signed in with another method, but their phone was lost or stolen. Thank them for telling { $helpdesk-name } even though they can sign in.

        First verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code. Then record that the phone is lost or stolen and, per your organization's process, delete the lost phone's Authenticator registration and any passkey on it, and revoke their remembered MFA sessions (Revoke MFA sessions).

        Then set up their new phone with them: go back to the first screen and choose "I have a new phone or a new number".

lost-phone-helpdesk =
    Your phone is gone and you have no other way to verify, so the helpdesk needs to step in. Tell them the phone was lost or stolen, so they can make the right changes to your account.

    Ask them to clear your two-step verification settings, and ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up a new method.

    Once your settings are cleared, you will be asked to set up two-step verification again the next time you sign in.
    .title = Report the phone, get a pass
    .keywords = Temporary Access Pass, TAP, temporary pass, clear settings, report lost phone, lost, stolen
    .agent =
        Mark the case as urgent. The caller's phone is lost or stolen and they have no other way to verify.

        First verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code. Then record that the phone is lost or stolen and, per your organization's process, clear their two-step verification settings (Require re-register MFA), revoke their remembered MFA sessions, and, if your organization uses them, issue a Temporary Access Pass, or request these: the pass works only for a limited time, so they can sign in and set up a new method.

        Tell the caller that once their settings are cleared, they'll be asked to set up two-step verification again the next time they sign in.
