no-device-title = I don't have my phone with me
    .keywords = no phone, forgot phone, phone at home, left my phone, without phone, office phone, other method, sign in another way

no-device-link =
    If you set up another way to verify in the past, for example your office phone, you can use it now instead of your mobile phone.

    Start signing in as usual. On the page that asks you to verify, look for the link "Sign in another way".

    Do you see that link?
    .title = Look for "Sign in another way"
    .keywords = sign in another way, another method, backup method, office phone
no-device-link-opt-yes = Yes, I see "Sign in another way"
no-device-link-opt-no = No, there is no such link

no-device-other-method =
    1. Select "Sign in another way".
    2. Pick a method you can use right now, for example a call to your office phone.
    3. Follow the instructions on the screen to finish signing in.

    This way you can sign in without the phone you left behind.

    If none of the methods in the list works for you right now, answer no below and we will help you contact the helpdesk.
    .title = Sign in another way

no-device-fixed =
    You are signed in.

    To avoid getting stuck next time, keep at least two ways to verify on your account, for example the Authenticator app and your office phone. You can add one on the Security info page, https://aka.ms/setupsecurityinfo, with "Add sign-in method".
    .title = You're signed in

no-device-helpdesk =
    Your phone is not with you, and there is no other way to verify set up on your account. You cannot finish two-step verification on your own, so the helpdesk needs to help.

    Contact { $helpdesk-name } and ask for a Temporary Access Pass. It is a pass that only works for a limited time: with it you can sign in and set up a new way to verify.
    .title = Ask for a Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, temporary pass, helpdesk
