no-device-title = I don't have my phone with me
    .keywords = no phone, forgot phone, phone at home, left my phone, without phone, office phone, other method, sign in another way, passkey, security key, don't have my phone, phone not with me

no-device-link =
    If you set up another way to verify in the past, you can use it now instead of your mobile phone: for example a passkey on your computer, a security key, or your office phone if your organization still uses calls.

    Start signing in as usual. On the page that asks you to verify, look for the link "Sign in another way".

    Do you see that link?
    .title = Look for "Sign in another way"
    .keywords = sign in another way, another method, backup method, office phone, passkey
    .agent =
        Ask the caller whether they set up another way to verify in the past, for example a passkey on their computer, a security key, or their office phone if the organization still uses calls.

        Have them start signing in as usual. On the page that asks them to verify, ask: do they see the link "Sign in another way"?
no-device-link-opt-yes = Yes, I see "Sign in another way"
no-device-link-opt-no = No, there is no such link

no-device-other-method =
    1. Select "Sign in another way".
    2. Pick a method you can use right now, for example a passkey on this computer, a security key, or a call to your office phone.
    3. Follow the instructions on the screen to finish signing in.

    This way you can sign in without the phone you left behind.

    If none of the methods in the list works for you right now, answer no below and we will help you contact the helpdesk.
    .title = Sign in another way
    .agent =
        Have the caller select "Sign in another way", pick a method they can use right now, for example a passkey on this computer, a security key, or a call to their office phone, and follow the instructions on the screen to finish signing in.

        That way they get in without the phone they left behind. If none of the methods works for them right now, choose no.

        Are they signed in?

no-device-fixed =
    You are signed in.

    To avoid getting stuck next time, keep at least two ways to verify on your account, for example the Authenticator app on your phone and a passkey or security key you carry with you. You can add one on the Security info page, https://aka.ms/setupsecurityinfo, with "Add sign-in method".
    .title = You're signed in
    .agent =
        Tell the caller they're signed in.

        Advise them to keep at least two ways to verify on their account, for example the Authenticator app and a passkey or security key, so they don't get stuck next time. From 1 February 2027 an office phone works only if the organization keeps calls through its own telephony provider. They can add a method on the Security info page, https://aka.ms/setupsecurityinfo, with "Add sign-in method".

no-device-helpdesk =
    Your phone is not with you, and there is no other way to verify set up on your account. You cannot finish two-step verification on your own, so the helpdesk needs to help.

    Contact { $helpdesk-name } and ask for a Temporary Access Pass. It is a pass that only works for a limited time: with it you can sign in and set up a new way to verify.
    .title = Ask for a Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, temporary pass, helpdesk
    .agent =
        The caller doesn't have their phone, and no other way to verify is set up on their account, so they cannot finish two-step verification on their own.

        First verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code. Then issue a Temporary Access Pass, or request one, per your organization's process: a pass that works only for a limited time, so they can sign in and set up a new way to verify. Note which methods the caller has, and record it in the case for { $helpdesk-name }.

no-device-helpdesk-no-tap =
    Your phone is not with you, and there is no other way to verify set up on your account. You cannot finish two-step verification on your own.

    Contact { $helpdesk-name } and tell them you don't have your phone with you. If you can, fetch the phone and try again: that is often the quickest way in. The helpdesk can tell you whether there is another way for you to sign in today.
    .title = Fetch the phone, or ask the helpdesk
    .keywords = no phone, helpdesk, forgot phone
    .agent =
        The caller doesn't have their phone, and no other way to verify is set up on their account. Your organization doesn't use Temporary Access Passes.

        The quickest way is usually to fetch the phone. If they can't, follow your organization's process for people without a working method. Before you change their methods, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code. Note which methods the caller has, and record it in the case for { $helpdesk-name }.
