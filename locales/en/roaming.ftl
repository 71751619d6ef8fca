roaming-title = Trouble while travelling
    .keywords = abroad, travel, travelling, roaming, roaming fees, international, holiday, another country, Wi-Fi, trip, vacation, no signal, local SIM, foreign SIM, country code

roaming-method = How do you normally verify when you sign in?
    .title = Your method
    .agent =
        Ask the caller how they normally verify when they sign in: with a text message or a phone call, or with the Microsoft Authenticator app.
roaming-method-opt-phone = A text message or a phone call
roaming-method-opt-app = The Microsoft Authenticator app

roaming-has-app =
    Abroad, text messages are less reliable and can cost roaming fees. Keep in mind:

    • Texts and calls always go to the number in your security info. If you use a local SIM card abroad, nothing arrives on it: put your own SIM card back in, or use the app.
    • Whether texts and calls are allowed depends on your number's country code, not on the country you are in. For some country codes, your organization must have switched them on.
    • From 1 February 2027, Microsoft no longer sends codes by text or call, unless your organization has its own telephone provider for them.

    Is the Microsoft Authenticator app already set up for this account on your phone?
    .title = Is the app set up?
    .agent =
        Explain that abroad, text messages are less reliable and can cost roaming fees, and:

        • texts and calls always go to the number in their security info: a local SIM card gets nothing
        • whether texts and calls are allowed depends on the registered number's country code, not on where they are; some country codes must be opted in by the organization
        • from 1 February 2027 Microsoft no longer delivers codes by text or call, unless the organization has its own telephony provider

        Ask: is the Microsoft Authenticator app already set up for this account on their phone?
roaming-has-app-opt-yes = Yes, the app is set up
roaming-has-app-opt-no = No, or I'm not sure

roaming-switch-to-app =
    The Authenticator app is the most dependable choice abroad.

    1. Connect your phone to Wi-Fi if you can.
    2. Start signing in. On the page that asks you to verify, select "Sign in another way".
    3. Pick the Authenticator app. Type the number the sign-in screen shows into the app, and approve.

    If no request appears, open the app and pull the list down to refresh it. If it still doesn't come, answer no below: the app can also give you a code that needs no connection at all.
    .title = Switch to the Authenticator app
    .agent =
        The Authenticator app is the most dependable choice abroad.

        Have the caller connect the phone to Wi-Fi if they can, start signing in and, on the page that asks them to verify, select "Sign in another way". They pick the Authenticator app, type the number the sign-in screen shows into the app, and approve.

        If no request appears, they open the app and pull the list down to refresh. If it still doesn't come, choose no: the app can also give them a code that needs no connection at all.

        Did that work?

roaming-wifi =
    Sign-in requests from the Authenticator app need an internet connection. Abroad, mobile data may be off or expensive, so use Wi-Fi instead.

    1. Connect your phone to a Wi-Fi network.
    2. Sign in again. Type the number the sign-in screen shows into the app, and approve.

    If no request appears, open the app and pull the list down to refresh it. If nothing comes, answer no below to use a code from the app instead.
    .title = Connect to Wi-Fi
    .agent =
        Explain that sign-in requests from the Authenticator app need an internet connection, and abroad, mobile data may be off or expensive.

        Have the caller connect the phone to a Wi-Fi network, sign in again, type the number the sign-in screen shows into the app, and approve.

        If no request appears, they open the app and pull the list down to refresh. If nothing comes, choose no to use a code from the app instead. Did the request arrive?

roaming-app-code =
    The Authenticator app can show a verification code that works without mobile signal or internet.

    1. On the page that asks you to verify, select "Sign in another way" and choose to use a verification code.
    2. Open the Authenticator app and find your work or school account. The code is shown there.
    3. Type the code. It changes every 30 seconds, so use the one showing right now.

    If the code is not accepted, answer no below for more help.
    .title = Use a code from the app
    .agent =
        Explain that the Authenticator app can show a verification code that works without mobile signal or internet.

        Have the caller select "Sign in another way" on the page that asks them to verify and choose to use a verification code. Then they open the Authenticator app, find their work or school account and type the code shown there. It changes every 30 seconds, so they use the one showing right now. Never ask them to read the code to you.

        Was the code accepted?

roaming-try-text =
    Without the app you depend on texts and calls, which are harder abroad.

    • Put the SIM card with your usual number in the phone: codes go to that number, not to a local SIM card.
    • Check that your phone has a signal where you are, and that roaming is on.
    • If a call does not come through, select "Sign in another way" and pick a text message instead, if it is offered.
    • Texts can arrive late abroad. Wait a few minutes before you ask for a new code: many requests in a short time can be blocked for a while.

    If nothing arrives, answer no below and we will help you contact the helpdesk.
    .title = Try a text message instead
    .agent =
        Without the app, the caller depends on texts and calls, which are harder abroad. Have them:

        • use the SIM card with their registered number: codes don't go to a local SIM card
        • check that the phone has a signal where they are, and that roaming is on
        • if a call doesn't come through, select "Sign in another way" and pick a text message instead, if it is offered
        • wait a few minutes before asking for a new code: texts can arrive late abroad, and many requests in a short time can be blocked for a while

        Did a text or call arrive?

roaming-fixed =
    You are signed in.

    Before your next trip, check that the Authenticator app works for this account. Its codes work even with no signal or internet.
    .title = You're signed in
    .agent =
        Tell the caller they're signed in.

        Before their next trip, they should check that the Authenticator app works for this account. Its codes work even with no signal or internet.

roaming-fixed-add-app =
    You are signed in. Set up the Authenticator app now, so it is ready next time:

    1. Install Microsoft Authenticator on your phone.
    2. Go to the Security info page: https://aka.ms/setupsecurityinfo
    3. Select "Add sign-in method" and choose Authenticator. You may be asked to verify once more first.
    4. Scan the QR code with the app and approve the test notification.

    After that you can approve sign-ins over Wi-Fi, or use a code from the app with no connection at all.
    .title = Set up the app for next time
    .agent =
        Tell the caller they're signed in, and suggest setting up the Authenticator app now, so it is ready next time:

        1. Install Microsoft Authenticator on the phone.
        2. Go to the Security info page: https://aka.ms/setupsecurityinfo
        3. Select "Add sign-in method" and choose Authenticator. They may be asked to verify once more first.
        4. Scan the QR code with the app and approve the test notification.

        After that they can approve sign-ins over Wi-Fi, or use a code from the app with no connection at all.

roaming-helpdesk =
    Texts and calls are not reaching you where you are, and the Authenticator app is not set up. The helpdesk can check whether texts and calls are allowed to your phone number's country code, and help you sign in.

    Tell them which country you are in, and the country code of the phone number you use for sign-in.
    .title = Get help while abroad
    .agent =
        Texts and calls are not reaching the caller where they are, and the Authenticator app is not set up.

        Record which country they are in and the country code of their registered number. Texts and calls are allowed or blocked by the registered number's country code, not by where they are: check whether that country code needs an opt-in, and help them sign in.

        Never ask for their password or a verification code.
