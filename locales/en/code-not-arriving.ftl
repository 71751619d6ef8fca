code-not-arriving-title = The verification code doesn't arrive
    .keywords = sms, text, text message, code, verification code, call, phone call, notification, never arrives, not received, no code, limit, error, blocked, texts, SMS code, didn't get a code, no text, no call

code-not-arriving-what-happens =
    Let's find out why your code, call or notification isn't getting through.

    Does the sign-in screen show one of these error messages, or does nothing arrive at all?
    .title = What you see
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

code-not-arriving-after-wait =
    You waited a few minutes and tried again. What happens now?
    .title = After waiting
code-not-arriving-after-wait-opt-still = I still see the limit message
code-not-arriving-after-wait-opt-nothing = The message is gone, but the code or call still doesn't come

code-not-arriving-limit-helpdesk =
    The limit message keeps coming back, and you have no other method you can use right now. The helpdesk needs to look at your account.

    Contact { $helpdesk-name }. Tell them which limit message you see and how long you waited. Ask them to help you sign in with a method the limit doesn't affect, such as the Microsoft Authenticator app.
    .title = Ask the helpdesk about the limit

code-not-arriving-trouble-verifying =
    You see "Sorry, we're having trouble verifying your account".

    After many failed attempts, Microsoft can limit or block verification by phone call and text message. The block can apply to you, to your phone number or to your whole organization, so asking for another call or text usually won't help right now.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the Microsoft Authenticator app or a verification code, and continue.

    If you have no other method, or this didn't work, continue to the next step to get help from the helpdesk.
    .title = Sign in with another method
    .keywords = trouble verifying, having trouble, verifying your account, sorry, blocked, call, text, sms, error

code-not-arriving-trouble-helpdesk =
    Phone and text verification seem to be blocked for you after too many failed attempts, and you have no other method that works. Only the helpdesk can look into this.

    Contact { $helpdesk-name } and tell them you see "Sorry, we're having trouble verifying your account". Ask them to check whether phone and text verification is blocked for you or your number, and to help you sign in with another method, such as the Microsoft Authenticator app.
    .title = Ask the helpdesk about the block

code-not-arriving-restart-phone =
    Turn your phone completely off, then on again.

    A restart ends everything running in the background and starts the phone's services fresh. That often clears whatever was stuck.

    Then try to sign in again, so that a new code, call or notification is sent. If nothing arrives, go on to the next check.
    .title = Restart your phone

code-not-arriving-security-info =
    Make sure the phone number in your security info is right. If it's wrong, your codes and calls go to someone else. They can't do anything with them, but you can't sign in either.

    If you can sign in another way, or on a device where you're already signed in, open https://aka.ms/setupsecurityinfo (the Security info page) and check each phone number digit by digit.

    If a number is wrong, correct it there, then try to sign in again.

    If the number is right, or you can't get in to check it, go on to the next check. The helpdesk can check the number for you later if nothing else helps.
    .title = Check your security info

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

code-not-arriving-signal =
    Calls and texts need mobile signal, and app notifications need an internet connection.

    Ask someone to call you and to send you a text message. Do both arrive?

    • If nothing arrives, first check that your phone is switched on.
    • If the phone is on and you still don't get their call or text, the problem is probably in your mobile network. Contact your mobile provider.
    • If you often have poor signal, use the Microsoft Authenticator app. It can make verification codes with no signal and no internet connection.

    If their call and text arrive fine but your verification code still doesn't, go on to the next check.
    .title = Check signal and internet

code-not-arriving-do-not-disturb =
    While Do Not Disturb is on, notifications are not allowed to alert you, so a code or call can slip past without you noticing.

    Make sure Do Not Disturb is turned off on your phone:

    • iPhone: swipe down from the top-right corner to open Control Center. If Focus or Do Not Disturb (the moon symbol) is on, tap it to turn it off. You can also find it in Settings, under Focus.
    • Android: swipe down from the top of the screen to open quick settings, and tap Do Not Disturb to turn it off. On some phones it is in Settings, under Sound or Notifications.

    If you can't find it, your phone's user guide explains how to turn it off.

    Then try to sign in again. If nothing arrives, go on to the next check.
    .title = Turn off Do Not Disturb

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

code-not-arriving-battery =
    Battery-saving settings can stop apps you don't use often from running in the background. Then their notifications don't get through.

    Turn off battery optimisation for both the Microsoft Authenticator app and your text message app:

    • iPhone: open Settings, then Battery, and turn off Low Power Mode. Then open Settings, General, Background App Refresh, and make sure it is on for both apps.
    • Android: open Settings, then Apps. Open each of the two apps, tap Battery, and choose the setting that does not restrict or optimise the app (often called Unrestricted). On some phones it is under Settings, Battery.

    Then try to sign in again. If nothing arrives, go on to the next check.
    .title = Turn off battery optimisation

code-not-arriving-security-apps =
    Some security apps from other companies block text messages and calls from unknown senders. Your verification code can get caught too.

    If you have such an app, turn it off for now, in the app itself or in your phone's settings. Then try to sign in again, so that a new code is sent. Remember to turn the app back on afterwards.

    If the code still doesn't arrive, go on to the last step.
    .title = Turn off other security apps

code-not-arriving-helpdesk =
    You've been through all the usual checks and the code still doesn't arrive. Now someone who can see your account settings needs to look.

    Contact { $helpdesk-name } and ask them to:

    • check that the phone number in your security info is correct
    • check whether calls or texts to you are being limited or blocked
    • help you set up the Microsoft Authenticator app, which works without signal

    If you can't sign in at all, ask for a Temporary Access Pass. It's a time-limited pass from the helpdesk that lets you sign in and set up a new method.
    .title = Contact the helpdesk

code-not-arriving-fixed =
    Good. Finish signing in with your code, call or notification.

    To be ready next time, add a second method on the Security info page (https://aka.ms/setupsecurityinfo), for example the Microsoft Authenticator app. Then "Sign in another way" gives you another option if this happens again.
    .title = The code got through
