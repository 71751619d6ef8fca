more-info-required-title = I'm asked for more information or to set up a method
    .keywords = More information required, more information, Your organization needs more information to keep your account secure, Keep your account secure, Let's keep your account secure, set up, security info, Authenticator, Skip for now, registration, review security info, wizard

more-info-required-what-screen = What do you see after you sign in?
    .title = What do you see?
    .agent =
        Ask the caller which screen they see after signing in: "More information required", a screen asking them to set up the Microsoft Authenticator app (with "Skip for now"), a screen asking them to set up a passkey, or a request to review their security info.
more-info-required-what-screen-opt-more-info = More information required
more-info-required-what-screen-opt-authenticator = A screen asking me to set up the Microsoft Authenticator app, with "Skip for now"
more-info-required-what-screen-opt-passkey = A screen asking me to set up a passkey
more-info-required-what-screen-opt-review = A request to review or confirm my security info

more-info-required-more-info =
    You see "More information required" and "Your organization needs more information to keep your account secure".

    Your organization wants you to set up one or more ways to verify before you continue. The same methods are used for two-step verification and for resetting your password.

    1. Select Next.
    2. The "Keep your account secure" wizard shows the first method your organization requires, often the Microsoft Authenticator app.
    3. Follow the steps: install the app, add your work account, scan the QR code, and approve the test notification.
    4. Set up every method the wizard asks for, then check what you set up and finish.

    Do it in one go: the set-up session lasts only 15 minutes, and after that you may have to start again.

    You may be asked to verify again while you do this. That is expected: changing your sign-in methods needs a verification from the last few minutes.
    .title = Set up your security info
    .keywords = More information required, Your organization needs more information to keep your account secure, Keep your account secure, Next, wizard, set up, security info
    .agent =
        The caller sees "More information required" and "Your organization needs more information to keep your account secure". The organization requires them to register security info before they continue; the same methods serve two-step verification and password reset.

        Have them select Next and follow the "Keep your account secure" wizard: for the Microsoft Authenticator app, install it, add the work account, scan the QR code and approve the test notification. They set up every method the wizard asks for, then review and finish. The registration session is valid for 15 minutes, so have the phone ready first.

        Tell them a new verification prompt during set-up is expected: since 26 January 2026, changing one's own methods needs a multifactor authentication completed within the last 10 minutes.

        Did they finish?

more-info-required-campaign =
    After you signed in, you are asked to set up the Microsoft Authenticator app. Your organization wants you to move to the app from a less secure method, such as text messages.

    1. Select Next and follow the steps: install the app, scan the QR code, and approve the test notification.
    2. If you can't do it now, choose "Skip for now". You will be asked again after a few days, as your organization has set it (at most 14 days).

    Your organization may allow only three skips. After that, you must set up the app before you can continue. Setting it up now saves you the trouble later.

    You may be asked to verify again while you set it up. That is expected.
    .title = Set up the Authenticator app
    .keywords = Skip for now, set up Microsoft Authenticator, registration campaign, nudge, improve your sign-in, Authenticator
    .agent =
        The caller is being nudged to set up Microsoft Authenticator after signing in (a registration campaign).

        Recommend setting it up now: Next, install the app, scan the QR code, approve the test notification. If they can't, "Skip for now" postpones it for the number of days the organization set (at most 14). If the organization limits the snoozes, they can skip three times and must then set the app up.

        Tell them a new verification prompt during set-up is expected.

        Is the app set up?

more-info-required-review-info =
    Your organization asks you to check your security info at regular intervals, so that it is right when you need it, for example to reset your password.

    1. Verify when you are asked. You must do that before you can see your security info.
    2. Look at each method: is every phone number and email address still yours and correct?
    3. If everything is right, confirm it. If something is wrong, change it there.
    .title = Check and confirm your security info
    .keywords = review security info, confirm, security info, reconfirm, are your security info still correct
    .agent =
        The organization makes users reconfirm their security info at an interval it sets. The caller must verify first, then sees every registered method.

        Have them check that each phone number and email address is still theirs and correct, then confirm, or change what is wrong.

        Did they get through?

more-info-required-stuck = Where do you get stuck?
    .title = Where do you get stuck?
    .agent =
        Ask the caller where they get stuck: they can't install the app or scan the QR code, they are asked to verify but nothing arrives, they are told they can't set up methods from there, or they have no phone or method they can use at all.
more-info-required-stuck-opt-app = I can't install the app or scan the QR code
more-info-required-stuck-opt-verify = I'm asked to verify, but nothing arrives
more-info-required-stuck-opt-place = It says I can't set up methods from here or from this device
more-info-required-stuck-opt-nothing = I have no phone or method I can use at all

more-info-required-other-method =
    You don't have to use the app the wizard shows first, if your organization allows other methods.

    1. In the wizard, choose "I want to set up a different method".
    2. Pick a method from the list. The list shows only the methods your organization allows.
    3. Follow the steps for that method, then finish.
    .title = Choose a different method
    .keywords = I want to set up a different method, different method, other method, can't install, QR code
    .agent =
        The caller can't set up the method the wizard shows first. Have them choose "I want to set up a different method" in the wizard and pick one from the list, which shows only the methods the organization allows.

        Did they manage to set one up?

more-info-required-place =
    Your organization may allow you to set up sign-in methods only from certain places or devices, for example the office network or a work computer. The error code for this is AADSTS53010.

    1. Go to a place or a device your organization allows, such as the office or your work computer.
    2. Sign in again and set up your method there.

    If you can't get to such a place or device, answer no below.
    .title = Set it up from an allowed place
    .keywords = AADSTS53010, 53010, ProofUpBlockedDueToSecurityInfoAcr, can't set up, specific locations, office network, work computer
    .agent =
        The organization may allow registration of methods only from specific locations or devices (AADSTS53010: "Cannot configure multifactor authentication methods because the organization requires this information to be set from specific locations or devices").

        Have the caller sign in and register from an allowed place or device, such as the office network or a work computer.

        Did they manage to set up a method?

more-info-required-fixed =
    Good. Your security info is set up, and you can continue.

    You can see and change it at any time on the Security info page: https://aka.ms/setupsecurityinfo
    .title = Your security info is set up
    .agent =
        The caller's security info is set up. Point them to the Security info page (https://aka.ms/setupsecurityinfo) to see or change it later.

more-info-required-helpdesk =
    You can't finish setting up your security info on your own. The helpdesk can help you get a method set up.

    Tell { $helpdesk-name } which screen you see, how far you got, and what kind of phone you have, if any.

    The helpdesk will check who you are before they change anything on your account. Never give anyone your password or a verification code.
    .title = Get help setting up a method
    .agent =
        The caller can't complete the registration of security info alone.

        Record which screen they see, how far they got and what phone they have. Verify the caller's identity as { $identity-check } before you change anything. Then check their registered methods in Microsoft Entra; if they have none they can use, issue a Temporary Access Pass per your organization's process, so they can sign in and register a method. Record what was done in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.
