code-not-arriving-title = The verification code doesn't arrive
    .keywords = sms, text, text message, code, verification code, call, phone call, notification, never arrives, not received, no code, limit, error, blocked, texts, SMS code, didn't get a code, no text, no call

code-not-arriving-what-happens =
    Let's find out why your code, call or notification isn't getting through.

    Does the sign-in screen show one of these error messages, or does nothing arrive at all?
    .title = What you see
    .agent =
        Ask the caller whether the sign-in screen shows an error message, and have them read it out word for word.

        Listen for "You've hit our limit on verification calls", "You've hit our limit on text verification codes" or "Sorry, we're having trouble verifying your account". If there is no error and the text, call or app notification just never comes, pick the last answer.
code-not-arriving-what-happens-opt-limit = The message "You've hit our limit on verification calls" or "You've hit our limit on text verification codes"
code-not-arriving-what-happens-opt-trouble = The message "Sorry, we're having trouble verifying your account"
code-not-arriving-what-happens-opt-nothing = No error: the text, call or app notification just never comes

code-not-arriving-limit-reached =
    You see "You've hit our limit on verification calls" or "You've hit our limit on text verification codes".

    This means too many calls or texts were requested in a short time, so Microsoft is holding back new ones for a while. The limit does not apply to the Microsoft Authenticator app or the verification code it shows.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the Microsoft Authenticator app, or a verification code from the app, and continue.
    3. If you don't have the app, stop asking for new codes. Wait a few minutes, then try to sign in again.

    If you still can't sign in after waiting, continue to the next step.
    .title = Use the app or wait a few minutes
    .keywords = limit, hit our limit, verification calls, text verification codes, too many, calls, sms, text, throttled, error
    .agent =
        The caller sees "You've hit our limit on verification calls" or "You've hit our limit on text verification codes".

        Explain that too many calls or texts were requested in a short time, so Microsoft is holding back new ones for a while. The limit does not apply to the Microsoft Authenticator app or the verification code it shows.

        Have them choose "Sign in another way" on the sign-in screen, pick the Microsoft Authenticator app or a verification code from the app, and continue.

        If they don't have the app, tell them to stop asking for new codes, wait a few minutes, then try to sign in again.

        Did they get in?

code-not-arriving-after-wait =
    You waited a few minutes and tried again. What happens now?
    .title = After waiting
    .agent =
        Ask the caller what happens now that they have waited a few minutes and tried again: do they still see the limit message, or is it gone but the code or call still doesn't come?
code-not-arriving-after-wait-opt-still = I still see the limit message
code-not-arriving-after-wait-opt-nothing = The message is gone, but the code or call still doesn't come

code-not-arriving-limit-helpdesk =
    The limit message keeps coming back, and you have no other method you can use right now. The helpdesk needs to look at your account.

    Contact { $helpdesk-name }. Tell them which limit message you see and how long you waited. Ask them to help you sign in with a method the limit doesn't affect, such as the Microsoft Authenticator app.
    .title = Ask the helpdesk about the limit
    .agent =
        The limit message keeps coming back, and the caller has no other method they can use right now, so their account needs looking at.

        In the case for { $helpdesk-name }, record which limit message they see, exactly as shown, and how long they waited. Help them sign in with a method the limit doesn't affect, such as the Microsoft Authenticator app.

        Never ask for their password or a verification code.

code-not-arriving-trouble-verifying =
    You see "Sorry, we're having trouble verifying your account".

    After many failed attempts, Microsoft can limit or block verification by phone call and text message. The block can apply to you, to your phone number or to your whole organization, so asking for another call or text usually won't help right now.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the Microsoft Authenticator app or a verification code, and continue.

    If you have no other method, or this didn't work, continue to the next step to get help from the helpdesk.
    .title = Sign in with another method
    .keywords = trouble verifying, having trouble, verifying your account, sorry, blocked, call, text, sms, error
    .agent =
        The caller sees "Sorry, we're having trouble verifying your account".

        Explain that after many failed attempts, Microsoft can limit or block verification by phone call and text message, for them, their phone number or the whole organization. Asking for another call or text usually won't help right now.

        Have them choose "Sign in another way" on the sign-in screen, pick the Microsoft Authenticator app or a verification code, and continue.

        Did that get them in?

code-not-arriving-trouble-helpdesk =
    Phone and text verification seem to be blocked for you after too many failed attempts, and you have no other method that works. Only the helpdesk can look into this.

    Contact { $helpdesk-name } and tell them you see "Sorry, we're having trouble verifying your account". Ask them to check whether phone and text verification is blocked for you or your number, and to help you sign in with another method, such as the Microsoft Authenticator app.
    .title = Ask the helpdesk about the block
    .agent =
        Phone and text verification seem to be blocked for the caller after too many failed attempts, and they have no other method that works.

        In the case for { $helpdesk-name }, record that they see "Sorry, we're having trouble verifying your account". Check whether phone and text verification is blocked for them or their number, and help them sign in with another method, such as the Microsoft Authenticator app.

        Never ask for their password or a verification code.

code-not-arriving-restart-phone =
    Turn your phone completely off, then on again.

    A restart ends everything running in the background and starts the phone's services fresh. That often clears whatever was stuck.

    Then try to sign in again, so that a new code, call or notification is sent. If nothing arrives, go on to the next check.
    .title = Restart your phone
    .agent =
        Ask the caller to turn their phone completely off, then on again.

        A restart ends everything running in the background and starts the phone's services fresh, which often clears whatever was stuck.

        Then have them sign in again, so a new code, call or notification is sent. Did it arrive?

code-not-arriving-security-info =
    Make sure the phone number in your security info is right. If it's wrong, your codes and calls go to someone else. They can't do anything with them, but you can't sign in either.

    If you can sign in another way, or on a device where you're already signed in, open https://aka.ms/setupsecurityinfo (the Security info page) and check each phone number digit by digit.

    If a number is wrong, correct it there, then try to sign in again.

    If the number is right, or you can't get in to check it, go on to the next check. The helpdesk can check the number for you later if nothing else helps.
    .title = Check your security info
    .agent =
        Check with the caller that the phone number in their security info is right. A wrong number sends codes and calls to someone else, who can't use them, but then the caller can't sign in either.

        If they can sign in another way, or are already signed in on another device, have them open https://aka.ms/setupsecurityinfo (the Security info page), read each phone number to you digit by digit, and correct a wrong one there.

        If the number is right, or they can't get in to check, choose no: the number can be checked on their account later if nothing else helps.

        Did that fix it?

code-not-arriving-notifications =
    If your phone is not allowed to alert you, a code, call or request can arrive without you ever seeing it. These three must be allowed to show notifications:

    • Phone calls (the Phone app)
    • The Microsoft Authenticator app (or the authenticator app you use)
    • Your text message (SMS) app

    • iPhone: open Settings, then Notifications. Tap each of the three apps and turn on Allow Notifications.
    • Android: open Settings, then Notifications or Apps. Tap each of the three apps and turn its notifications on.

    The names can differ a little from phone to phone. Check that each app shows an alert you can actually see on the screen.

    About app notifications: when you approve a sign-in, the app asks you to type the number shown on the sign-in screen. This is called number matching. Only approve a request when you are signing in yourself.

    Then try to sign in again. If nothing arrives, go on to the next check.
    .title = Turn on notifications
    .agent =
        Explain that if the phone isn't allowed to alert them, a code, call or request can arrive without them ever seeing it. Three things must be allowed to show notifications: phone calls (the Phone app), the Microsoft Authenticator app (or the authenticator app they use) and their text message (SMS) app.

        • iPhone: Settings, then Notifications. Tap each of the three apps and turn on Allow Notifications.
        • Android: Settings, then Notifications or Apps. Tap each of the three apps and turn its notifications on.

        The names can differ a little between phones. Ask them to check that each app shows an alert they can actually see.

        When they approve a sign-in, the app asks them to type the number shown on the sign-in screen: number matching. Remind them to approve only when they are signing in themselves.

        Then have them sign in again. Did anything arrive?

code-not-arriving-signal =
    Calls and texts need mobile signal, and app notifications need an internet connection.

    Ask someone to call you and to send you a text message. Do both arrive?

    • If nothing arrives, first check that your phone is switched on.
    • If the phone is on and you still don't get their call or text, the problem is probably in your mobile network. Contact your mobile provider.
    • If you often have poor signal, use the Microsoft Authenticator app. It can make verification codes with no signal and no internet connection.

    If their call and text arrive fine but your verification code still doesn't, go on to the next check.
    .title = Check signal and internet
    .agent =
        Explain that calls and texts need mobile signal, and app notifications need an internet connection.

        Ask the caller to have someone call them and send them a text. Do both arrive?

        • Nothing arrives: first check that the phone is switched on.
        • The phone is on but the call and text still don't arrive: probably a problem in the mobile network. They should contact their mobile provider.
        • They often have poor signal: suggest the Microsoft Authenticator app, which makes verification codes with no signal and no internet connection.

        If the call and text arrive but the verification code still doesn't, choose no. Did the code come through?

code-not-arriving-do-not-disturb =
    While Do Not Disturb is on, notifications are not allowed to alert you, so a code or call can slip past without you noticing.

    Make sure Do Not Disturb is turned off on your phone:

    • iPhone: swipe down from the top-right corner to open Control Center. If Focus or Do Not Disturb (the moon symbol) is on, tap it to turn it off. You can also find it in Settings, under Focus.
    • Android: swipe down from the top of the screen to open quick settings, and tap Do Not Disturb to turn it off. On some phones it is in Settings, under Sound or Notifications.

    If you can't find it, your phone's user guide explains how to turn it off.

    Then try to sign in again. If nothing arrives, go on to the next check.
    .title = Turn off Do Not Disturb
    .agent =
        Explain that while Do Not Disturb is on, notifications can't alert them, so a code or call can slip past unnoticed. Have the caller turn it off:

        • iPhone: swipe down from the top-right corner to open Control Center. If Focus or Do Not Disturb (the moon symbol) is on, tap it to turn it off. It is also in Settings, under Focus.
        • Android: swipe down from the top of the screen to open quick settings and tap Do Not Disturb to turn it off. On some phones it is in Settings, under Sound or Notifications.

        If they can't find it, the phone's user guide explains how to turn it off.

        Then have them sign in again. Did anything arrive?

code-not-arriving-unblock-numbers =
    If you have blocked a number, or your phone blocks calls from unknown numbers, the verification call may be blocked too.

    Verification calls usually come from these numbers:
    { $voice-numbers }

    Remove these numbers from your phone's list of blocked numbers, and turn off any setting that silences or blocks unknown callers for now:

    • iPhone: open Settings, then Phone. Look under Blocked Contacts, and turn off Silence Unknown Callers.
    • Android: open the Phone app, tap the menu, then Settings and Blocked numbers. Turn off any option that blocks unknown callers.

    Caller ID isn't guaranteed: the call may show no number at all, and your organization may use a number of its own.

    Then try to sign in again. If the call still doesn't come, go on to the next check.
    .title = Unblock the verification numbers
    .agent =
        Explain that if they have blocked a number, or their phone blocks calls from unknown numbers, the verification call may be blocked too.

        Read them the numbers verification calls usually come from:
        { $voice-numbers }

        Have them remove these numbers from the phone's list of blocked numbers and, for now, turn off any setting that silences or blocks unknown callers:

        • iPhone: Settings, then Phone. Look under Blocked Contacts, and turn off Silence Unknown Callers.
        • Android: the Phone app, the menu, then Settings and Blocked numbers. Turn off any option that blocks unknown callers.

        Tell them caller ID isn't guaranteed: the call may show no number at all, and your organization may use a number of its own.

        Then have them sign in again. Did the call come?

code-not-arriving-battery =
    Battery-saving settings can stop apps you don't use often from running in the background. Then their notifications don't get through.

    Turn off battery optimisation for both the Microsoft Authenticator app and your text message app:

    • iPhone: open Settings, then Battery, and turn off Low Power Mode. Then open Settings, General, Background App Refresh, and make sure it is on for both apps.
    • Android: open Settings, then Apps. Open each of the two apps, tap Battery, and choose the setting that does not restrict or optimise the app (often called Unrestricted). On some phones it is under Settings, Battery.

    Then try to sign in again. If nothing arrives, go on to the next check.
    .title = Turn off battery optimisation
    .agent =
        Explain that battery-saving settings can stop apps they rarely use from running in the background, and then their notifications don't get through.

        Have the caller turn off battery optimisation for both the Microsoft Authenticator app and their text message app:

        • iPhone: Settings, then Battery: turn off Low Power Mode. Then Settings, General, Background App Refresh: make sure it is on for both apps.
        • Android: Settings, then Apps. Open each of the two apps, tap Battery and choose the setting that does not restrict or optimise the app (often called Unrestricted). On some phones it is under Settings, Battery.

        Then have them sign in again. Did anything arrive?

code-not-arriving-security-apps =
    Some security apps from other companies block text messages and calls from unknown senders. Your verification code can get caught too.

    If you have such an app, turn it off for now, in the app itself or in your phone's settings. Then try to sign in again, so that a new code is sent. Remember to turn the app back on afterwards.

    If the code still doesn't arrive, go on to the last step.
    .title = Turn off other security apps
    .agent =
        Ask the caller whether they have a security app from another company that blocks text messages and calls from unknown senders. It can catch the verification code too.

        If so, have them turn it off for now, in the app itself or in the phone's settings, then sign in again so a new code is sent. Remind them to turn the app back on afterwards.

        Did the code arrive?

code-not-arriving-helpdesk =
    You've been through all the usual checks and the code still doesn't arrive. Now someone who can see your account settings needs to look.

    Contact { $helpdesk-name } and ask them to:

    • check that the phone number in your security info is correct
    • check whether calls or texts to you are being limited or blocked
    • help you set up the Microsoft Authenticator app, which works without signal

    If you can't sign in at all, ask for a Temporary Access Pass. It's a time-limited pass from the helpdesk that lets you sign in and set up a new method.
    .title = Contact the helpdesk
    .agent =
        The caller has been through all the usual checks and the code still doesn't arrive. Someone who can see their account settings needs to look:

        • check that the phone number in their security info is correct
        • check whether calls or texts to them are being limited or blocked
        • help them set up the Microsoft Authenticator app, which works without signal

        If they can't sign in at all, issue a Temporary Access Pass, or request one, per your organization's process: a time-limited pass that lets them sign in and set up a new method. Record what was done in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

code-not-arriving-fixed =
    Good. Finish signing in with your code, call or notification.

    To be ready next time, add a second method on the Security info page (https://aka.ms/setupsecurityinfo), for example the Microsoft Authenticator app. Then "Sign in another way" gives you another option if this happens again.
    .title = The code got through
    .agent =
        Tell the caller to finish signing in with their code, call or notification.

        To be ready next time, suggest they add a second method on the Security info page (https://aka.ms/setupsecurityinfo), for example the Microsoft Authenticator app. Then "Sign in another way" gives them another option if this happens again.
