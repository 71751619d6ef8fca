passkeys-title = Passkeys: the set-up prompt and signing in
    .keywords = passkey, passkeys, set up a passkey, keeps asking, asks every time, prompt, skip, snooze, not now, QR code, bluetooth, face, fingerprint, PIN, screen lock, security key, FIDO2, PIN blocked, PIN locked, sign in faster, new phone, passkey missing, text message retired, what is a passkey, need a passkey, do I need a passkey

passkeys-what =
    A passkey lets you sign in with your phone's screen lock (your face, your fingerprint or the phone's PIN) instead of a code.

    What is happening?
    .title = What's happening?
    .keywords = passkey, set up a passkey, keeps asking, prompt, sign in with passkey, passkey doesn't work
    .agent =
        Ask the caller what is happening with passkeys: a screen that keeps asking them to set one up, trouble setting one up, a passkey that doesn't work when they sign in, a passkey that didn't come along to a new phone, a lost phone with a passkey on it, or a security key that says its PIN is blocked.
passkeys-what-opt-prompt = I keep being asked to set up a passkey
passkeys-what-opt-setup = I want to set up a passkey, or I got stuck setting one up
passkeys-what-opt-signin = I have a passkey, but signing in with it doesn't work
passkeys-what-opt-new-phone = I have a new phone and my passkey isn't there
passkeys-what-opt-lost = The phone with my passkey is lost or stolen
passkeys-what-opt-key-pin = My security key says its PIN is blocked

passkeys-prompt-optional =
    Since 1 September 2026 Microsoft asks people who verify with a text message or a phone call to set up a passkey, right after they sign in. Your organization may also ask everyone to do it. That is why the screen keeps coming back.

    For now you can skip it. How long before it comes back, and how many times you may skip it, is decided by your organization: some allow it as often as you like, some only three times.

    Texts and calls from Microsoft stop working on 1 February 2027. If they are your only way to verify, you will then have to set up a passkey before you can sign in, so it is easiest to do it now. It takes a few minutes.

    What would you like to do?
    .title = Why it keeps asking
    .keywords = keeps asking, set up a passkey, prompt, every time, skip, snooze, not now, later, reminder, text message, sms, call
    .agent =
        Explain why the screen keeps coming back: since 1 September 2026 Microsoft asks people who verify with a text message or a phone call to set up a passkey right after they sign in, and the organization may ask everyone.

        For now they can skip it. The organization decides how long before it comes back and how many skips are allowed (as many as they like, or three).

        Texts and calls from Microsoft stop working on 1 February 2027. If those are the caller's only method, they will then have to set up a passkey before they can sign in, so suggest doing it now: it takes a few minutes.

        Ask what they want to do.
passkeys-prompt-optional-opt-now = Set up a passkey now
passkeys-prompt-optional-opt-later = Skip it for now
passkeys-prompt-optional-opt-cannot = I can't: I have no phone that can hold a passkey

passkeys-prompt-organization =
    Your organization asks you to set up a passkey, right after you sign in. A passkey is safer than a code: it resists phishing, and there is no code anyone can trick you into reading out.

    For now you can skip it. How long before it comes back, and how many times you may skip it, is decided by your organization: some allow it as often as you like, some only three times, after which you must set one up.

    What would you like to do?
    .title = Your organization asks for a passkey
    .keywords = keeps asking, set up a passkey, prompt, every time, skip, snooze, not now, later, reminder
    .agent =
        Explain that the organization asks the caller to set up a passkey right after they sign in. A passkey is safer than a code: it resists phishing, and there is no code anyone can trick them into reading out.

        For now they can skip it. The organization decides how long before it comes back and how many skips are allowed (as many as they like, or three, after which they must set one up).

        Ask what they want to do.

passkeys-snoozed-organization =
    You skipped the passkey screen. You can sign in as usual, and the screen will come back after a while.

    When you are ready, set up a passkey on the Security info page (https://aka.ms/setupsecurityinfo).
    .title = Skipped for now
    .agent =
        The caller skipped the passkey screen. They can sign in as usual; the screen will come back after a while.

        Suggest they set up a passkey on the Security info page (https://aka.ms/setupsecurityinfo) when they are ready.

passkeys-prompt-required =
    Texts and calls from Microsoft stopped working on 1 February 2027. If a text or a call was your only way to verify, the passkey screen can no longer be skipped: you must set up a passkey before you can sign in.

    If the screen still lets you skip it, you have another method that works, but set up a passkey soon anyway.

    What would you like to do?
    .title = A passkey is now required
    .keywords = can't skip, must set up a passkey, blocked, required, text message stopped, no sms, calls stopped, forced
    .agent =
        Explain that texts and calls from Microsoft stopped working on 1 February 2027. If a text or a call was the caller's only method, the passkey screen can no longer be skipped: they must set up a passkey before they can sign in.

        If the screen still lets them skip it, they have another working method, but they should still set up a passkey soon.

        Ask whether they can set one up now.
passkeys-prompt-required-opt-now = Set up a passkey now
passkeys-prompt-required-opt-cannot = I can't: I have no phone that can hold a passkey

passkeys-prompt-org-off =
    Your organization doesn't use passkeys for work or school accounts, so the screen is probably not about your work account.

    Look at which account the screen names. If it is a personal Microsoft account, Windows or another website, it is that service offering you a passkey. Whether you set one up there is your own choice, and it doesn't change how you sign in to your work account.

    If the screen really is about your work or school account, answer no below.
    .title = Which account is asking?
    .keywords = passkey, prompt, personal account, sign in faster, Windows, other website
    .agent =
        The organization doesn't use passkeys for work or school accounts, so the screen is probably about another account.

        Ask the caller which account the screen names. If it is a personal Microsoft account, Windows or another website, it is that service offering a passkey: their own choice, and it doesn't change how they sign in to their work account.

        If the screen really is about their work or school account, choose no.

passkeys-snoozed =
    You skipped the passkey screen. You can sign in as usual, and the screen will come back after a while.

    When you are ready, set up a passkey on the Security info page (https://aka.ms/setupsecurityinfo). Do it before 1 February 2027 if a text message or a phone call is your only way to verify.
    .title = Skipped for now
    .agent =
        The caller skipped the passkey screen. They can sign in as usual; the screen will come back after a while.

        Suggest they set up a passkey on the Security info page (https://aka.ms/setupsecurityinfo) when they are ready, and before 1 February 2027 if a text message or a phone call is their only method.

passkeys-fixed-other-account =
    Good. The passkey screen came from another account, so your work sign-in is not affected. Sign in as usual.
    .title = Your work sign-in is fine
    .agent =
        The passkey screen came from another account, so the caller's work sign-in is not affected. They can sign in as usual.

passkeys-register =
    The easiest place for a passkey is the Microsoft Authenticator app on your phone. The phone needs iOS 17 or Android 14 or later, and a screen lock.

    In the app:
    1. Open Authenticator, tap +, and choose a work or school account.
    2. Sign in and verify as usual.
    3. Follow the screens. The app shows you how to turn Authenticator on as a passkey provider in the phone's settings for passwords and passkeys.

    Or from a computer:
    1. Open https://aka.ms/setupsecurityinfo (the Security info page).
    2. Choose "Add sign-in method" and pick the passkey option.
    3. When a QR code appears, scan it with the phone's own camera app, not with the camera inside Authenticator. Bluetooth and the internet must be on, on both the computer and the phone.

    Expect to be asked to verify once more before the passkey is added: changing your sign-in methods needs a fresh verification. Then try signing in with the passkey.
    .title = Set up a passkey
    .keywords = set up a passkey, add passkey, register passkey, Authenticator, security info, add sign-in method, iOS 17, Android 14
    .agent =
        The easiest place for the caller's passkey is the Microsoft Authenticator app on their phone. The phone needs iOS 17 or Android 14 or later, and a screen lock.

        In the app: open Authenticator, tap +, choose a work or school account, sign in and verify as usual, then follow the screens. The app shows how to turn Authenticator on as a passkey provider in the phone's settings for passwords and passkeys.

        From a computer: open https://aka.ms/setupsecurityinfo (the Security info page), choose "Add sign-in method" and pick the passkey option. When a QR code appears, they scan it with the phone's own camera app, not the camera inside Authenticator. Bluetooth and the internet must be on, on both devices.

        Tell them to expect one more verification before the passkey is added: changing sign-in methods needs a fresh verification.

        Did setting up the passkey work?

passkeys-register-stuck =
    Where did it go wrong?
    .title = Where it went wrong
    .agent =
        Ask the caller where setting up the passkey went wrong: connecting the phone to the computer with the QR code, the phone itself refusing to save the passkey, or verifying before the passkey could be added.
passkeys-register-stuck-opt-qr = The phone and the computer didn't connect after the QR code
passkeys-register-stuck-opt-phone = The phone wouldn't save the passkey, or there was no passkey option
passkeys-register-stuck-opt-verify = I couldn't verify, so the passkey wasn't added

passkeys-register-not-allowed =
    Your organization doesn't offer passkeys for work or school accounts, so there is no passkey to set up on the Security info page.

    Contact { $helpdesk-name } and ask which method you should use instead, for example the Microsoft Authenticator app. Tell them where you saw a request to set up a passkey, if you saw one.
    .title = Passkeys aren't offered
    .agent =
        The organization doesn't offer passkeys for work or school accounts, so the caller can't add one on the Security info page.

        Tell them which method they should use instead, for example the Microsoft Authenticator app, and record where they saw a request to set up a passkey, if they saw one, in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

passkeys-signin-how =
    How are you signing in with the passkey?
    .title = How you sign in
    .keywords = passkey doesn't work, passkey sign-in, QR code, bluetooth, no passkey, passkey not found, security key
    .agent =
        Ask the caller how they sign in with the passkey: on a computer by scanning a QR code with the phone, on the phone itself, or with a security key. Or does the phone say there is no passkey for the account?
passkeys-signin-how-opt-qr = On a computer: I scan a QR code with my phone
passkeys-signin-how-opt-same = On the phone that holds the passkey
passkeys-signin-how-opt-missing = My phone says it has no passkey for my account
passkeys-signin-how-opt-key = With a security key, and it says its PIN is blocked

passkeys-bluetooth =
    When you scan a QR code on a computer, the phone proves it is close by over Bluetooth and then finishes the sign-in over the internet.

    • Turn Bluetooth on, on both the computer and the phone.
    • Make sure both are online (Wi-Fi or mobile data).
    • Keep the phone next to the computer while you sign in.
    • Scan the QR code with the phone's own camera app.

    Then try again.
    .title = Bluetooth on both devices
    .keywords = QR code, bluetooth, doesn't connect, cross-device, scan, phone and computer, passkey, timeout
    .agent =
        When the caller scans a QR code on a computer, the phone proves it is close by over Bluetooth and then finishes the sign-in over the internet.

        Have them turn Bluetooth on, on both the computer and the phone, make sure both are online, keep the phone next to the computer, and scan the QR code with the phone's own camera app.

        If the organization restricts Bluetooth on its computers, the device settings may need to allow passkey connections: note that for the case.

        Did it work?

passkeys-screen-lock =
    A passkey is unlocked with the phone's screen lock. Without a screen lock the phone can't save or use one.

    • iPhone: open Settings, then Face ID & Passcode (or Touch ID & Passcode), and set a passcode.
    • Android: open Settings, then Security (or Security & privacy), and set a screen lock: a PIN, a pattern or a password, and a fingerprint if you like.

    The names can differ a little from phone to phone. If your passkey is in the Authenticator app, also check in the phone's settings for passwords and passkeys that Authenticator is still turned on.

    Then try again.
    .title = Set a screen lock on the phone
    .keywords = screen lock, passcode, PIN, face, fingerprint, no screen lock, can't save passkey, passkey provider, autofill
    .agent =
        Explain that a passkey is unlocked with the phone's screen lock: without one, the phone can't save or use a passkey.

        • iPhone: Settings, then Face ID & Passcode (or Touch ID & Passcode): set a passcode.
        • Android: Settings, then Security (or Security & privacy): set a PIN, a pattern or a password, and a fingerprint if they like.

        Names differ a little between phones. If the passkey is in the Authenticator app, have them check in the phone's settings for passwords and passkeys that Authenticator is still turned on.

        Did it work?

passkeys-os-version =
    A passkey in the Authenticator app needs iOS 17 or Android 14 or later.

    • iPhone: open Settings, General, About, and look at the iOS version. Updates are under Settings, General, Software Update.
    • Android: open Settings, About phone, and look at the Android version. Updates are usually under Settings, System or Software update.

    If an update is offered, install it and try again. If the phone can't be updated to that version, it can't hold an Authenticator passkey: answer no below.
    .title = Check the phone's version
    .keywords = iOS 17, Android 14, old phone, update, version, not supported, no passkey option
    .agent =
        A passkey in the Authenticator app needs iOS 17 or Android 14 or later.

        • iPhone: Settings, General, About shows the iOS version; updates are under Settings, General, Software Update.
        • Android: Settings, About phone shows the Android version; updates are usually under Settings, System or Software update.

        If an update is offered, have them install it and try again. If the phone can't be updated to that version, it can't hold an Authenticator passkey: choose no.

        Did it work?

passkeys-other-way =
    You can still get in today with another method.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick another method you have set up, for example the Authenticator app's notification or its code, and finish signing in.

    If there is no other method you can use, answer no below.
    .title = Sign in another way
    .keywords = sign in another way, other method, passkey doesn't work
    .agent =
        Have the caller choose "Sign in another way" on the sign-in screen and pick another method they have set up, for example the Authenticator app's notification or its code, and finish signing in.

        If they have no other method they can use, choose no.

        Did they get in?

passkeys-fixed-other-way =
    You are signed in. Your passkey still doesn't work on this phone, so it will fail again next time.

    On the Security info page (https://aka.ms/setupsecurityinfo), delete the passkey that doesn't work and set up a new one. If that fails too, contact { $helpdesk-name } and tell them which checks you have done.
    .title = Signed in another way
    .agent =
        The caller is signed in with another method, but the passkey still doesn't work on this phone and will fail again.

        Suggest they delete the passkey that doesn't work on the Security info page (https://aka.ms/setupsecurityinfo) and set up a new one. If that fails too, they contact { $helpdesk-name } and say which checks they have done.

passkeys-not-restored =
    A passkey in the Authenticator app stays on the phone it was made on. It is never part of a backup and doesn't move to a new phone, so on the new phone you set up a new one.

    To do that you need to sign in once with another method, such as a notification or a code from the Authenticator app, a security key, or a text or call if your organization still uses them.

    Can you sign in another way?
    .title = A passkey doesn't move
    .keywords = new phone, passkey gone, passkey missing, not restored, backup, restore, no passkey for this account
    .agent =
        Explain that a passkey in the Authenticator app stays on the phone it was made on: it is never part of a backup and doesn't move to a new phone, so the caller sets up a new one on the new phone.

        For that they need to sign in once with another method: a notification or a code from the Authenticator app, a security key, or a text or call if the organization still uses them.

        Ask whether they can sign in another way.
passkeys-not-restored-opt-other = Yes, I can sign in another way
passkeys-not-restored-opt-none = No, the passkey was my only way to sign in

passkeys-lost-device =
    Whoever has your phone now could try to unlock it and use the passkey on it. Remove that passkey from your account, so it no longer signs you in.

    1. On the sign-in screen, choose "Sign in another way" and use a method that doesn't need the missing phone.
    2. Open https://aka.ms/setupsecurityinfo (the Security info page).
    3. Delete the passkey, and any Authenticator entry, that belongs to the missing phone.

    Did you get in and delete it? Either way, the next screen tells you what to tell the helpdesk.
    .title = Remove the lost phone's passkey
    .keywords = lost phone, stolen phone, passkey, remove passkey, delete passkey, security info
    .agent =
        The caller's phone with a passkey on it is lost or stolen. Whoever has the phone could try to unlock it and use the passkey, so the passkey must be removed from the account.

        Have them choose "Sign in another way" with a method that doesn't need the missing phone, open https://aka.ms/setupsecurityinfo (the Security info page), and delete the passkey and any Authenticator entry that belongs to the missing phone.

        Either way the phone still has to be reported. Did they get in and delete it?

passkeys-key-locked =
    Your security key has locked its PIN after too many wrong tries. It can't be unlocked again: the only way back is to reset the key, and a reset erases every passkey on it, also the ones for other services. After that, the key has to be added to your account again.

    Contact { $helpdesk-name }. Tell them your security key's PIN is blocked, and have ready:

    • the name the key has on your Security info page, and its make, if you know them
    • which other methods you have, if any

    Never tell anyone the key's PIN.
    .title = Security key PIN blocked
    .keywords = security key, FIDO2, YubiKey, PIN blocked, PIN locked, too many attempts, reset security key
    .agent =
        The caller's security key has blocked its PIN after too many wrong tries. It can't be unlocked: only a reset helps, and a reset erases every passkey on the key, also those for other services. Afterwards the key must be registered on the account again.

        Before you remove the key from the caller's account or help them sign in without it, verify their identity: { $identity-check }.

        Then remove the blocked key from their sign-in methods, help them reset it with the key maker's tool, and have them add it again on the Security info page. Record the key's name and make and which other methods they have in the case for { $helpdesk-name }.

        Never ask for their PIN, their password or a verification code.

passkeys-no-phone =
    A passkey in the Authenticator app needs a phone with iOS 17 or Android 14 or later and a screen lock. If you have no such phone, the helpdesk has to find another way for you.

    Contact { $helpdesk-name } and tell them you can't set up a passkey because you have no suitable phone. Ask what your organization offers instead, such as a security key. Have ready:

    • which phone you have, and its iOS or Android version, if you know it
    • which methods you use today, for example a text message or a phone call
    .title = No phone for a passkey
    .keywords = no smartphone, old phone, no phone, security key, can't set up passkey
    .agent =
        The caller can't set up a passkey: they have no phone with iOS 17 or Android 14 or later and a screen lock.

        Find out what the organization offers instead, such as a security key, and how they get it. Note their phone and its version, if they know it, and which methods they use today, in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

passkeys-helpdesk =
    You have been through the usual checks and your passkey still doesn't work, or you couldn't verify to add one. The helpdesk needs to look at your account.

    Contact { $helpdesk-name } and have ready:

    • your phone's make and its iOS or Android version
    • what you were doing (setting up a passkey, or signing in with one) and any error text you saw, word for word
    .title = Ask the helpdesk about your passkey
    .agent =
        The caller has been through the usual checks and the passkey still doesn't work, or they couldn't verify to add one.

        Check their sign-in methods and whether passkeys are enabled for them. If you delete their passkey, reset their methods or issue a Temporary Access Pass, first verify their identity: { $identity-check }.

        Record their phone's make and version, what they were doing and the error text word for word in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

passkeys-fixed =
    Your passkey works. From now on you sign in with your phone's screen lock: your face, your fingerprint or the phone's PIN.

    Keep a second method on the Security info page (https://aka.ms/setupsecurityinfo), so you can still get in if the phone is ever lost or replaced.
    .title = Your passkey works
    .agent =
        The caller's passkey works: from now on they sign in with their phone's screen lock.

        Suggest they keep a second method on the Security info page (https://aka.ms/setupsecurityinfo), so they can still get in if the phone is lost or replaced.
