push-missing-title = The Authenticator notification doesn't come, or shows no number
    .keywords = notification, push, no notification, approve, approval request, Authenticator, not getting notifications, no prompt, number, no number, which number, number matching, enter the number, VPN, Approve Deny, Apple Watch, watch, Huawei, refresh, pull down, notification doesn't show up, no notification, notification never comes

push-missing-what =
    When you approve a sign-in with the Microsoft Authenticator app, the sign-in screen shows a number and the app asks you to type it in. This is called number matching.

    What is happening?
    .title = What's happening?
    .keywords = no notification, no number, Authenticator, approve, push
    .agent =
        Ask the caller what is happening with the Authenticator notification: none appears on the phone; one appears but they can't see the number it asks for; it is for a VPN or remote desktop connection and shows only Approve and Deny; or they are trying to approve on a watch.
push-missing-what-opt-none = No notification appears on my phone
push-missing-what-opt-number = A notification comes, but I don't see the number it asks for
push-missing-what-opt-vpn = It's for a VPN or remote desktop, and shows only Approve and Deny
push-missing-what-opt-watch = I'm trying to approve on my watch

push-missing-open-app =
    Some sign-ins don't send a notification at all, for example one Microsoft finds unusual. The request still waits for you in the app.

    1. Open the Microsoft Authenticator app on your phone.
    2. Pull the list of accounts down to refresh it, or tap Refresh if you see it.
    3. If a request appears, check that it is your own sign-in and approve it by typing the number from the sign-in screen.

    If nothing appears, go on to the next check.
    .title = Open the app and refresh
    .keywords = no notification, refresh, pull down, open the app, request waiting, not getting notifications
    .agent =
        Explain that some sign-ins, for example one Microsoft finds unusual, don't send a notification at all: the request still waits in the app.

        Have the caller open the Microsoft Authenticator app, pull the list of accounts down to refresh it (or tap Refresh), and, if a request appears and it is their own sign-in, approve it by typing the number from the sign-in screen.

        Did a request appear?

push-missing-notifications =
    The phone must be allowed to show Authenticator's notifications.

    • iPhone: open Settings, then Notifications (on newer iPhones also Settings, then Apps), tap Authenticator and turn on Allow Notifications.
    • Android: open Settings, then Apps (or Notifications), tap Authenticator and turn its notifications on.

    Also turn off Do Not Disturb (or Focus on an iPhone), and update Authenticator from the App Store or Google Play: an old version can't handle today's notifications.

    The names can differ a little from phone to phone. Then try to sign in again.
    .title = Allow notifications and update the app
    .keywords = notifications off, allow notifications, do not disturb, focus, update app, old version
    .agent =
        Have the caller check that the phone may show Authenticator's notifications:

        • iPhone: Settings, then Notifications (on newer iPhones also Settings, then Apps), tap Authenticator, turn on Allow Notifications.
        • Android: Settings, then Apps (or Notifications), tap Authenticator, turn its notifications on.

        Also have them turn off Do Not Disturb (or Focus on an iPhone), and update Authenticator from the App Store or Google Play: an old version can't handle today's notifications.

        Names differ a little between phones. Then have them sign in again. Did the notification come?

push-missing-battery =
    Notifications also need the internet, and a phone that saves battery can stop the app from listening for them.

    • Make sure the phone is online: Wi-Fi or mobile data on, flight mode off.
    • Android: open Settings, then Apps, tap Authenticator, then Battery, and choose the setting that doesn't restrict the app (often called Unrestricted).
    • iPhone: turn off Low Power Mode in Settings, then Battery, and check that Background App Refresh is on for Authenticator.

    The names can differ a little from phone to phone. Then try to sign in again.
    .title = Internet and battery saving
    .keywords = battery, battery optimisation, battery saver, low power mode, background, unrestricted, internet, mobile data, wi-fi
    .agent =
        Explain that notifications need the internet, and battery saving can stop the app from listening for them.

        • The phone must be online: Wi-Fi or mobile data on, flight mode off.
        • Android: Settings, then Apps, tap Authenticator, then Battery: choose the setting that doesn't restrict the app (often called Unrestricted).
        • iPhone: turn off Low Power Mode in Settings, then Battery, and check that Background App Refresh is on for Authenticator.

        Names differ a little between phones. Then have them sign in again. Did the notification come?

push-missing-use-code =
    You can still sign in without the notification: the Authenticator app also shows a verification code, which works even without internet.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the option to use a verification code from the app.
    3. Open Authenticator, tap your work account, and type the code it shows.

    On Android, Authenticator's notifications come through Google's services. Phones without them, such as newer Huawei phones, never get the notifications: on those, always use the code.

    If the code isn't offered, or isn't accepted, answer no below.
    .title = Use the code from the app
    .keywords = code, verification code, 6 digits, sign in another way, Huawei, no Google services, HarmonyOS, AppGallery
    .agent =
        The caller can still sign in without the notification: the Authenticator app also shows a verification code, which works even without internet.

        Have them choose "Sign in another way" on the sign-in screen, pick a verification code from the app, then open Authenticator, tap the work account and type the code it shows.

        On Android, Authenticator's notifications come through Google's services. Phones without them, such as newer Huawei phones, never get the notifications: on those, the code is the way to sign in.

        If the code isn't offered or isn't accepted, choose no. Did the code get them in?

push-missing-where-signing-in =
    The number is never on the phone: it is on the sign-in screen in front of you, where you are signing in. The app asks you to type it in.

    Where are you signing in right now?
    .title = Where are you signing in?
    .keywords = no number, which number, where is the number, number matching, enter the number
    .agent =
        Explain that the number is never on the phone: it is on the sign-in screen where the caller is signing in, and the app asks them to type it in.

        Ask where they are signing in right now: on a computer or another device, on the same phone as the app, or nowhere at all. If they are not signing in anywhere, the request is not theirs.
push-missing-where-signing-in-opt-other = On a computer, or on another device
push-missing-where-signing-in-opt-same = On the same phone as the Authenticator app
push-missing-where-signing-in-opt-none = I'm not signing in anywhere right now

push-missing-type-number =
    Look at the computer or other device where you are signing in. Next to the request to approve the sign-in, it shows a number.

    1. Type that number into the box in the Authenticator app.
    2. Confirm, with your face, fingerprint or the phone's PIN if the app asks.

    If you waited too long, start the sign-in again: you get a new notification with a new number.
    .title = Type the number from the screen
    .keywords = number, type the number, enter the number, number matching, which number
    .agent =
        Have the caller look at the computer or other device where they are signing in: next to the request to approve the sign-in, it shows a number.

        They type that number into the box in the Authenticator app and confirm, with face, fingerprint or the phone's PIN if asked. If they waited too long, they start the sign-in again and get a new notification with a new number.

        Did it work?

push-missing-same-phone =
    When you sign in on the same phone, the number is on the sign-in screen in the browser or app you are signing in to, and you switch to Authenticator to type it.

    1. Note the number on the sign-in screen.
    2. Switch to Authenticator (tap the notification, or open the app) and type the number.
    3. On an iPhone, the request can cover the number after a couple of seconds: tap "Show me the number again" to see it once more.

    Then switch back to finish signing in.
    .title = Signing in on the same phone
    .keywords = same phone, number hidden, show me the number again, switch apps, phone only
    .agent =
        When the caller signs in on the same phone, the number is on the sign-in screen in the browser or app they are signing in to, and they switch to Authenticator to type it.

        Have them note the number, switch to Authenticator (tap the notification or open the app) and type it. On an iPhone the request can cover the number after a couple of seconds: they tap "Show me the number again".

        Did it work?

push-missing-vpn =
    That is normal. VPN and remote desktop connections that check your sign-in through your organization's own server can't show a number. You get Approve and Deny only, or you are asked to type the code from the Authenticator app instead.

    • Approve only if you have just started that connection yourself.
    • If you are asked for a code, open Authenticator, tap your work account and type the code it shows.

    If the connection still fails, answer no below.
    .title = VPN prompts have no number
    .keywords = VPN, remote desktop, RADIUS, NPS, Approve Deny, no number, code for VPN
    .agent =
        Tell the caller this is normal: VPN and remote desktop connections that check the sign-in through the organization's own server (RADIUS with the NPS extension) can't show a number. They get Approve and Deny only, or are asked for the code from the Authenticator app.

        They approve only if they have just started that connection themselves; if asked for a code, they type the code Authenticator shows under the work account.

        Did the connection work?

push-missing-wearable =
    Sign-in requests can't be approved on a watch: number matching doesn't work on an Apple Watch or an Android watch, and Authenticator can't be used on an Apple Watch.

    Pick up your phone, open Authenticator and approve there, by typing the number from the sign-in screen.
    .title = Approve on the phone, not the watch
    .keywords = watch, Apple Watch, smartwatch, wearable, Wear OS, approve on watch
    .agent =
        Explain that sign-in requests can't be approved on a watch: number matching doesn't work on an Apple Watch or an Android watch, and Authenticator can't be used on an Apple Watch.

        Have the caller open Authenticator on the phone and approve there, typing the number from the sign-in screen.

        Did it work?

push-missing-helpdesk =
    You have been through the usual checks and the notification still doesn't work. The helpdesk can check how Authenticator is registered on your account, for example whether requests still go to an old phone.

    Contact { $helpdesk-name } and have ready:

    • your phone's make and model, its iOS or Android version, and whether it has Google's services (Huawei phones often don't)
    • what you see, and when you last tried to sign in
    .title = Ask the helpdesk about the notification
    .agent =
        The caller has been through the usual checks and the Authenticator notification still doesn't work.

        Check how Authenticator is registered on their account, for example whether requests still go to an old phone. If you delete the registration, reset their methods or issue a Temporary Access Pass so they can register again, first verify their identity: { $identity-check }.

        Record the phone's make, model and version, whether it has Google's services, and the time of the last attempt in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

push-missing-fixed =
    Good: you could approve your sign-in.

    Remember: only approve a request when you are signing in yourself, and type the number from your own sign-in screen. A request you didn't start is not yours: deny it.
    .title = You approved the sign-in
    .agent =
        The caller could approve the sign-in.

        Remind them to approve only when they are signing in themselves, typing the number from their own sign-in screen, and to deny any request they didn't start.
