roaming-title = Trouble while travelling
    .keywords = abroad, travel, travelling, roaming, roaming fees, international, holiday, another country, Wi-Fi, trip, vacation, no signal

roaming-method = How do you normally verify when you sign in?
    .title = Your method
    .agent =
        Ask the caller how they normally verify when they sign in: with a text message or a phone call, or with the Microsoft Authenticator app.
roaming-method-opt-phone = A text message or a phone call
roaming-method-opt-app = The Microsoft Authenticator app

roaming-has-app =
    Abroad, text messages are less reliable and can cost roaming fees. Calls to some countries are blocked unless your organization has allowed them.

    Is the Microsoft Authenticator app already set up for this account on your phone?
    .title = Is the app set up?
    .agent =
        Explain that abroad, text messages are less reliable and can cost roaming fees, and calls to some countries are blocked unless the organization has allowed them.

        Ask: is the Microsoft Authenticator app already set up for this account on their phone?
roaming-has-app-opt-yes = Yes, the app is set up
roaming-has-app-opt-no = No, or I'm not sure

roaming-switch-to-app =
    The Authenticator app is the most dependable choice abroad.

    1. Connect your phone to Wi-Fi if you can.
    2. Start signing in. On the page that asks you to verify, select "Sign in another way".
    3. Pick the Authenticator app and approve the request in the app. If you are asked for a number, type the one shown on the sign-in screen.

    If the request does not reach the app, answer no below. The app can also give you a code that needs no connection at all.
    .title = Switch to the Authenticator app
    .agent =
        The Authenticator app is the most dependable choice abroad.

        Have the caller connect the phone to Wi-Fi if they can, start signing in and, on the page that asks them to verify, select "Sign in another way". They pick the Authenticator app and approve the request in the app; if asked for a number, they type the one shown on the sign-in screen.

        If the request doesn't reach the app, choose no: the app can also give them a code that needs no connection at all.

        Did that work?

roaming-wifi =
    Sign-in requests from the Authenticator app need an internet connection. Abroad, mobile data may be off or expensive, so use Wi-Fi instead.

    1. Connect your phone to a Wi-Fi network.
    2. Sign in again and approve the request in the app. If you are asked for a number, type the one shown on the sign-in screen.

    If no request arrives, answer no below to use a code from the app instead.
    .title = Connect to Wi-Fi
    .agent =
        Explain that sign-in requests from the Authenticator app need an internet connection, and abroad, mobile data may be off or expensive.

        Have the caller connect the phone to a Wi-Fi network, sign in again and approve the request in the app. If asked for a number, they type the one shown on the sign-in screen.

        If no request arrives, choose no to use a code from the app instead. Did the request arrive?

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

    • Check that your phone has a signal where you are.
    • If a call does not come through, select "Sign in another way" and pick a text message instead, if it is offered. Calls to some countries are blocked unless your organization has allowed them.
    • Texts can arrive late abroad. Wait a few minutes before you ask for a new code: many requests in a short time can be blocked for a while.

    If nothing arrives, answer no below and we will help you contact the helpdesk.
    .title = Try a text message instead
    .agent =
        Without the app, the caller depends on texts and calls, which are harder abroad. Have them:

        • check that the phone has a signal where they are
        • if a call doesn't come through, select "Sign in another way" and pick a text message instead, if it is offered; calls to some countries are blocked unless the organization has allowed them
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
    3. Select "Add sign-in method" and choose Authenticator.
    4. Scan the QR code with the app and approve the test notification.

    After that you can approve sign-ins over Wi-Fi, or use a code from the app with no connection at all.
    .title = Set up the app for next time
    .agent =
        Tell the caller they're signed in, and suggest setting up the Authenticator app now, so it is ready next time:

        1. Install Microsoft Authenticator on the phone.
        2. Go to the Security info page: https://aka.ms/setupsecurityinfo
        3. Select "Add sign-in method" and choose Authenticator.
        4. Scan the QR code with the app and approve the test notification.

        After that they can approve sign-ins over Wi-Fi, or use a code from the app with no connection at all.

roaming-helpdesk =
    Texts and calls are not reaching you where you are, and the Authenticator app is not set up. The helpdesk can check whether verification calls are allowed to the country you are in, and help you sign in.

    Tell them which country you are in.
    .title = Get help while abroad
    .agent =
        Texts and calls are not reaching the caller where they are, and the Authenticator app is not set up.

        Record which country they are in. Check whether verification calls are allowed to that country, and help them sign in.

        Never ask for their password or a verification code.
