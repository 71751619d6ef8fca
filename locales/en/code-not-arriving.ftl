code-not-arriving-title = The verification code doesn't arrive
    .keywords = sms, text, text message, code, verification code, call, phone call, notification, never arrives, not received, no code, limit, error, blocked, texts, SMS code, didn't get a code, no text, no call, WhatsApp, RCS, passkey, push, refresh

code-not-arriving-what-happens =
    Let's find out why your code, call or notification isn't getting through.

    Does the sign-in screen show one of these error messages, or does nothing arrive at all?
    .title = What do you see?
    .agent =
        Ask the caller whether the sign-in screen shows an error message, and have them read it out word for word.

        Listen for "You've hit our limit on verification calls", "You've hit our limit on text verification codes" or "Sorry, we're having trouble verifying your account". If there is no error and the text, call or app notification just never comes, pick the last answer.
code-not-arriving-what-happens-opt-limit = The message "You've hit our limit on verification calls" or "You've hit our limit on text verification codes"
code-not-arriving-what-happens-opt-trouble = The message "Sorry, we're having trouble verifying your account"
code-not-arriving-what-happens-opt-nothing = No error: the text, call or app notification just never comes

code-not-arriving-method =
    The checks depend on what the sign-in screen is waiting for. Read the screen: it says whether it sent you a text, is calling you, is waiting for an approval in the Authenticator app, wants a code from the app, or wants a passkey (your face, fingerprint or PIN).

    The screen first asks for the strongest method you have set up, so it may not be the one you usually use. Choose the method the screen is waiting for now.
    .title = Which method?
    .keywords = which method, sign in another way, text, call, app, passkey
    .agent =
        Ask the caller what the sign-in screen says it is waiting for: a text message, a phone call, an approval in the Authenticator app, a code from the app, or a passkey (face, fingerprint or PIN on the device).

        The screen first asks for the strongest method they have registered (system-preferred MFA), so it may not be the one they usually use. Pick what the screen is waiting for now.
code-not-arriving-method-opt-text = A text message with a code
code-not-arriving-method-opt-call = A phone call
code-not-arriving-method-opt-push = A notification in the Authenticator app (approve the sign-in)
code-not-arriving-method-opt-app-code = A code from the Authenticator app
code-not-arriving-method-opt-passkey = A passkey (face, fingerprint or PIN)

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

    Contact { $helpdesk-name }. Tell them which limit message you see and how long you waited. Ask them to help you sign in with a method the limit doesn't affect, such as the Microsoft Authenticator app or a passkey.
    .title = Ask the helpdesk about the limit
    .agent =
        The limit message keeps coming back, and the caller has no other method they can use right now, so their account needs looking at.

        In the case for { $helpdesk-name }, record which limit message they see, exactly as shown, and how long they waited. Help them sign in with a method the limit doesn't affect, such as the Microsoft Authenticator app or a passkey.

        Before you change their methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

code-not-arriving-trouble-verifying =
    You see "Sorry, we're having trouble verifying your account".

    After many failed attempts, Microsoft can limit or block verification by phone call and text message. The block can apply to you, to your phone number or to your whole organization, so asking for another call or text usually won't help right now.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the Microsoft Authenticator app, a verification code from the app or a passkey, and continue.

    If you have no other method, or this didn't work, continue to the next step to get help from the helpdesk.
    .title = Sign in with another method
    .keywords = trouble verifying, having trouble, verifying your account, sorry, blocked, call, text, sms, error
    .agent =
        The caller sees "Sorry, we're having trouble verifying your account".

        Explain that after many failed attempts, Microsoft can limit or block verification by phone call and text message, for them, their phone number or the whole organization. Asking for another call or text usually won't help right now.

        Have them choose "Sign in another way" on the sign-in screen, pick the Microsoft Authenticator app, a verification code from the app or a passkey, and continue.

        Did that get them in?

code-not-arriving-trouble-helpdesk =
    Phone and text verification seem to be blocked for you after too many failed attempts, and you have no other method that works. Only the helpdesk can look into this.

    Contact { $helpdesk-name } and tell them you see "Sorry, we're having trouble verifying your account". Ask them to check whether phone and text verification is blocked for you or your number, and to help you set up the Microsoft Authenticator app or a passkey.
    .title = Ask the helpdesk about the block
    .agent =
        Phone and text verification seem to be blocked for the caller after too many failed attempts, and they have no other method that works.

        In the case for { $helpdesk-name }, record that they see "Sorry, we're having trouble verifying your account". Check whether the user is blocked for MFA (Block/unblock users) or was set to high risk after a fraud report, and whether texts or calls to their number are blocked. Then help them set up the Microsoft Authenticator app or a passkey.

        Before you unblock them, change their methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

code-not-arriving-texts-off =
    Your organization no longer uses text messages or phone calls for two-step verification, so no code will come that way.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the Microsoft Authenticator app or a passkey, and continue.

    If texts or calls were your only method, the sign-in may ask you to set up a passkey before you can go on. Follow the screens: it takes a couple of minutes on your phone or computer.

    If you have no other method, or it doesn't work, answer no below.
    .title = Texts and calls are no longer used
    .keywords = no more texts, sms turned off, no calls, passkey, set up a passkey
    .agent =
        The caller's organization no longer uses text messages or phone calls for two-step verification, so no code will come that way.

        Have them choose "Sign in another way" and pick the Microsoft Authenticator app or a passkey. If texts or calls were their only method, the sign-in may ask them to set up a passkey before they can continue: help them follow the screens.

        Did they get in?

code-not-arriving-sms-retired =
    Since 1 February 2027, Microsoft no longer sends verification codes by text message or phone call. Only organizations that have set up their own telephone provider still use them, so a text or call that never comes has most likely stopped for good.

    1. On the sign-in screen, choose "Sign in another way".
    2. Pick the Microsoft Authenticator app or a passkey, and continue.

    If texts or calls were your only method, the sign-in asks you to set up a passkey before you can go on. Follow the screens: it takes a couple of minutes on your phone or computer.

    If you have no other method, or it doesn't work, answer no below.
    .title = Texts and calls have ended
    .keywords = sms retired, no more texts, texts stopped, February 2027, passkey, set up a passkey, no call
    .agent =
        Since 1 February 2027, Microsoft no longer delivers verification codes by text message or phone call. Only organizations with their own telephony provider still use them, so a text or call that never comes has most likely stopped for good.

        Have the caller choose "Sign in another way" and pick the Microsoft Authenticator app or a passkey. If texts or calls were their only method, the sign-in asks them to register a passkey before they can continue: help them follow the screens.

        Did they get in?

code-not-arriving-retired-helpdesk =
    Texts and calls no longer work for your account, and you couldn't sign in another way or set up a passkey. The helpdesk can help you set up a method that works.

    Contact { $helpdesk-name }. Tell them that your code used to come by text or call, and ask them to help you set up the Microsoft Authenticator app or a passkey. If you can't sign in at all, ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up a new method.
    .title = Get help with a new method
    .agent =
        Texts and calls no longer work for the caller's account, and they couldn't sign in another way or register a passkey.

        Help them set up the Microsoft Authenticator app or a passkey. If they can't sign in at all and your organization uses Temporary Access Passes, issue one, or request one, per your organization's process: a time-limited code that lets them sign in and register a new method. Record what was done in the case for { $helpdesk-name }.

        Before you issue a Temporary Access Pass or change their methods, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

code-not-arriving-text-ending =
    Good to know first: from 1 February 2027, Microsoft stops sending verification codes by text message and phone call. Unless your organization keeps them through its own telephone provider, texts will stop working then.

    So once you are signed in, set up the Microsoft Authenticator app or a passkey on the Security info page (https://aka.ms/setupsecurityinfo).

    Now let's find out why your text doesn't arrive.
    .title = Texts end on 1 February 2027
    .agent =
        Tell the caller that from 1 February 2027 Microsoft stops delivering verification codes by text message and phone call, unless the organization keeps them through its own telephony provider. Once signed in, they should set up the Microsoft Authenticator app or a passkey on the Security info page (https://aka.ms/setupsecurityinfo).

        Then go on with the checks for the text.
code-not-arriving-text-ending-opt-continue = Continue with the checks

code-not-arriving-call-ending =
    Good to know first: from 1 February 2027, Microsoft stops verifying sign-ins by phone call and text message. Unless your organization keeps them through its own telephone provider, the calls will stop then.

    So once you are signed in, set up the Microsoft Authenticator app or a passkey on the Security info page (https://aka.ms/setupsecurityinfo).

    Now let's find out why the call doesn't come.
    .title = Calls end on 1 February 2027
    .agent =
        Tell the caller that from 1 February 2027 Microsoft stops verifying sign-ins by phone call and text message, unless the organization keeps them through its own telephony provider. Once signed in, they should set up the Microsoft Authenticator app or a passkey on the Security info page (https://aka.ms/setupsecurityinfo).

        Then go on with the checks for the call.
code-not-arriving-call-ending-opt-continue = Continue with the checks

code-not-arriving-text-where =
    First make sure the text is really on its way, and look where it may have landed.

    • The sign-in screen should say that it sent a code to your phone, and show the last digits of the number. If it asks for something else, choose "Sign in another way" and pick the text message.
    • The code can come as an ordinary text (SMS), as an RCS message with Microsoft's name and a check mark, or in WhatsApp. If it has come in WhatsApp before, you got a text saying so the first time. Look in your messages app and in WhatsApp.

    If you find the code, type it on the sign-in screen. If nothing is there, go on to the next check.
    .title = Look for the text
    .keywords = WhatsApp, RCS, text, sms, which number, last digits
    .agent =
        Have the caller check that the sign-in screen says it sent a code to their phone, with the last digits of the number. If it asks for something else, they choose "Sign in another way" and pick the text message.

        Explain that the code can come as an ordinary text (SMS), as an RCS message with Microsoft branding and a check mark, or in WhatsApp (the first WhatsApp code is announced by a text). Have them look in their messages app and in WhatsApp. They type the code themselves: never ask them to read it to you.

        Did they find it?

code-not-arriving-text-filters =
    Your phone may hide texts from senders it doesn't know. Make sure it lets the code through:

    • iPhone: open Settings, then Apps, then Messages. Under Unknown Senders, see whether Screen Unknown Senders is on. If it is, open Messages, tap the Filters button and look under Unknown Senders: the code may be there. Also check that Messages may show notifications (Settings, Notifications, Messages).
    • Android: open the Messages app and look in the spam or blocked folder (often under the menu). Check that the app may show notifications (Settings, then Apps, then Messages, then Notifications).

    The names can differ a little from phone to phone.

    Then try to sign in again, so a new code is sent. If it still doesn't arrive, go on to the next check.
    .title = Let the text through
    .keywords = unknown senders, filter, spam, blocked, notifications, messages app
    .agent =
        Explain that the phone may hide texts from unknown senders. Have the caller check:

        • iPhone: Settings, then Apps, then Messages: under Unknown Senders, is Screen Unknown Senders on? If so, the code may be in Messages under the Filters button, Unknown Senders. Also check that Messages may show notifications (Settings, Notifications, Messages).
        • Android: the spam or blocked folder in the Messages app, and that the app may show notifications (Settings, Apps, Messages, Notifications).

        The names can differ a little between phones. Then have them sign in again so a new code is sent. Did it arrive?

code-not-arriving-call-asked =
    First make sure the call is really on its way.

    • The sign-in screen should say that it is calling your phone, and show the last digits of the number. If it asks for something else, choose "Sign in another way" and pick the phone call.
    • When the call comes, listen to the message and press the hash key (#) on the phone's keypad to approve the sign-in.

    If no call comes, go on to the next check.
    .title = Check that a call is coming
    .keywords = phone call, call, hash key, press #, which number
    .agent =
        Have the caller check that the sign-in screen says it is calling their phone, with the last digits of the number. If it asks for something else, they choose "Sign in another way" and pick the phone call.

        When the call comes, they listen and press the hash key (#) on the keypad to approve.

        Did the call come?

code-not-arriving-unblock-numbers =
    If your phone blocks or silences calls from unknown numbers, the verification call may never ring.

    In the USA, Microsoft's verification calls usually come from these numbers:
    { $voice-numbers }

    Other countries use other numbers, and your organization or its telephone provider may use its own. Caller ID isn't guaranteed: the call may show no number at all.

    • iPhone: open Settings, then Apps, then Phone. Under Screen Unknown Callers, choose Never for now (Ask Reason for Calling and Silence can stop the call from ringing). On older iPhones, turn off Silence Unknown Callers. Also look under Blocked Contacts.
    • Android: open the Phone app, tap the menu, then Settings and Blocked numbers. Turn off any option that blocks unknown or private callers.

    The names can differ a little from phone to phone. Then try to sign in again. If the call still doesn't come, go on to the next check.
    .title = Unblock the verification numbers
    .keywords = blocked number, unknown callers, silence unknown callers, call screening, screen unknown callers, caller ID
    .agent =
        Explain that if the phone blocks or silences calls from unknown numbers, the verification call may never ring.

        In the USA, Microsoft's verification calls usually come from these numbers:
        { $voice-numbers }

        Other countries use other numbers, and the organization or its telephony provider may use its own. Caller ID isn't guaranteed: the call may show no number at all.

        • iPhone: Settings, then Apps, then Phone: set Screen Unknown Callers to Never for now (Ask Reason for Calling and Silence can stop the call ringing); on older iPhones turn off Silence Unknown Callers. Check Blocked Contacts too.
        • Android: the Phone app, the menu, then Settings and Blocked numbers. Turn off any option that blocks unknown or private callers.

        Then have them sign in again. Did the call come?

code-not-arriving-restart-phone =
    Turn your phone completely off, then on again.

    A restart ends everything running in the background and starts the phone's services fresh. That often clears whatever was stuck.

    Then try to sign in again, so that a new code or call is sent. If nothing arrives, go on to the next check.
    .title = Restart your phone
    .agent =
        Ask the caller to turn their phone completely off, then on again.

        A restart ends everything running in the background and starts the phone's services fresh, which often clears whatever was stuck.

        Then have them sign in again, so a new code or call is sent. Did it arrive?

code-not-arriving-security-info =
    Make sure the phone number in your security info is right. If it's wrong, your codes and calls go to someone else. They can't do anything with them, but you can't sign in either.

    If you can sign in another way, or on a device where you're already signed in, open https://aka.ms/setupsecurityinfo (the Security info page) and check each phone number digit by digit, including the country code.

    If a number is wrong, correct it there, then try to sign in again. You may be asked to verify once more before you can change it.

    If the number is right, or you can't get in to check it, go on to the next check. The helpdesk can check the number for you later if nothing else helps.
    .title = Check your security info
    .agent =
        Check with the caller that the phone number in their security info is right. A wrong number sends codes and calls to someone else, who can't use them, but then the caller can't sign in either.

        If they can sign in another way, or are already signed in on another device, have them open https://aka.ms/setupsecurityinfo (the Security info page), read each phone number to you digit by digit, including the country code, and correct a wrong one there. They may be asked to verify again before they can change it.

        If the number is right, or they can't get in to check, choose no: the number can be checked on their account later if nothing else helps.

        Did that fix it?

code-not-arriving-signal =
    Calls and texts need mobile signal.

    Ask someone to call you and to send you a text message. Do both arrive?

    • If nothing arrives, first check that your phone is switched on.
    • If the phone is on and you still don't get their call or text, the problem is probably in your mobile network. Contact your mobile provider.
    • If you often have poor signal, set up the Microsoft Authenticator app once you're signed in. It can make verification codes with no signal and no internet connection.

    If their call and text arrive fine but your verification code still doesn't, go on to the next check.
    .title = Check your signal
    .agent =
        Explain that calls and texts need mobile signal.

        Ask the caller to have someone call them and send them a text. Do both arrive?

        • Nothing arrives: first check that the phone is switched on.
        • The phone is on but the call and text still don't arrive: probably a problem in the mobile network. They should contact their mobile provider.
        • They often have poor signal: suggest setting up the Microsoft Authenticator app once signed in; it makes verification codes with no signal and no internet connection.

        If the call and text arrive but the verification code still doesn't, choose no. Did the code come through?

code-not-arriving-do-not-disturb =
    While Do Not Disturb is on, your phone doesn't alert you, so a code or call can slip past without you noticing.

    Make sure Do Not Disturb is turned off on your phone:

    • iPhone: swipe down from the top-right corner to open Control Center. If Focus or Do Not Disturb (the moon symbol) is on, tap it to turn it off. You can also find it in Settings, under Focus.
    • Android: swipe down from the top of the screen to open quick settings, and tap Do Not Disturb to turn it off. On some phones it is in Settings, under Sound or Notifications.

    If you can't find it, your phone's user guide explains how to turn it off.

    Then try to sign in again. If nothing arrives, go on to the next check.
    .title = Turn off Do Not Disturb
    .keywords = Do Not Disturb, focus, moon, silent
    .agent =
        Explain that while Do Not Disturb is on, the phone doesn't alert them, so a code or call can slip past unnoticed. Have the caller turn it off:

        • iPhone: swipe down from the top-right corner to open Control Center. If Focus or Do Not Disturb (the moon symbol) is on, tap it to turn it off. It is also in Settings, under Focus.
        • Android: swipe down from the top of the screen to open quick settings and tap Do Not Disturb to turn it off. On some phones it is in Settings, under Sound or Notifications.

        If they can't find it, the phone's user guide explains how to turn it off.

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
    • help you set up the Microsoft Authenticator app or a passkey, which need no text or call

    If you can't sign in at all, ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up a new method.
    .title = Contact the helpdesk
    .agent =
        The caller has been through all the usual checks and the code still doesn't arrive. Someone who can see their account settings needs to look:

        • check that the phone number in their security info is correct, with the right country code
        • check whether calls or texts to them are being limited or blocked, or whether the user is blocked for MFA
        • help them set up the Microsoft Authenticator app or a passkey, which need no text or call

        If they can't sign in at all and your organization uses Temporary Access Passes, issue one, or request one, per your organization's process: a time-limited code that lets them sign in and set up a new method. Record what was done in the case for { $helpdesk-name }.

        Before you change their methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

code-not-arriving-app-code =
    A code from the Authenticator app is never sent to you: the app makes a new one every 30 seconds by itself, even without signal or internet. Open the app and tap your work or school account to see it.

    What happens?
    .title = The app's code
    .keywords = code from the app, authenticator code, six digits, action required
    .agent =
        Explain that a code from the Authenticator app is never sent: the app makes a new one every 30 seconds by itself, even offline. Have the caller open the app and tap their work or school account.

        Ask what happens: is the code rejected, or is the account missing from the app or marked as needing action?
code-not-arriving-app-code-opt-rejected = I see a code, but the sign-in screen rejects it
code-not-arriving-app-code-opt-missing = My work account isn't in the app, or it says an action is required

code-not-arriving-app-missing =
    If you restored the app from a backup, for example on a new phone, your work or school account comes back as a name only. It works again only after you sign in to it.

    1. Open the Authenticator app and tap your work or school account.
    2. If it says that an action is required, follow the screens and sign in.

    If the account isn't in the app at all, it has to be set up again. Answer no below: we'll go through that.
    .title = Sign in to the account in the app
    .keywords = action required, restored, backup, account missing, new phone
    .agent =
        Explain that after a restore from backup (for example on a new phone), a work or school account comes back as a name only and works again only after the user signs in to it.

        Have the caller open the Authenticator app, tap the work or school account and, if it says an action is required, follow the screens and sign in.

        If the account isn't in the app at all, it has to be set up again: choose no.

        Does the account work now?

code-not-arriving-passkey =
    A passkey is never sent to you: the device you sign in on asks you to unlock it, with your face, fingerprint, PIN or screen lock.

    • Passkey on this device: when the window appears, unlock as you usually unlock the device.
    • Passkey on your phone, signing in on a computer: the computer shows a QR code. Scan it with the phone's camera. Bluetooth must be on, on both the phone and the computer, and both need an internet connection.
    • Security key: plug it in or hold it to the phone, then touch it and type its PIN if asked.

    If the passkey doesn't work, choose "Sign in another way" and pick another method you have. If that doesn't help either, answer no below.
    .title = Use your passkey
    .keywords = passkey, face, fingerprint, PIN, QR code, Bluetooth, security key, FIDO2
    .agent =
        Explain that a passkey is never sent: the device asks the caller to unlock it with face, fingerprint, PIN or screen lock.

        • Passkey on this device: unlock as usual when the window appears.
        • Passkey on the phone, signing in on a computer: scan the QR code the computer shows with the phone's camera. Bluetooth must be on on both devices, and both need internet.
        • Security key: plug it in or hold it to the phone, touch it and type its PIN if asked.

        If the passkey doesn't work, they choose "Sign in another way" and pick another method. Did they get in?

code-not-arriving-app-helpdesk =
    The app or passkey still doesn't let you sign in, and you have no other method that works. The helpdesk can check how your methods are set up and help you set them up again.

    Contact { $helpdesk-name } and tell them which method you tried and what happened. If you can't sign in at all, ask whether they can give you a Temporary Access Pass: a time-limited code from the helpdesk that lets you sign in and set up your method again.
    .title = Contact the helpdesk
    .agent =
        The caller's app or passkey still doesn't let them sign in, and no other method works.

        Check which methods are registered for them, and help them set up the Microsoft Authenticator app or a passkey again. If they can't sign in at all and your organization uses Temporary Access Passes, issue one, or request one, per your organization's process. Record which method they tried, and what happened, in the case for { $helpdesk-name }.

        Before you remove or reset their methods or issue a Temporary Access Pass, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

code-not-arriving-fixed =
    Good. Finish signing in.

    To be ready next time, make sure the Microsoft Authenticator app or a passkey is on the Security info page (https://aka.ms/setupsecurityinfo): choose "Add sign-in method". From 1 February 2027, Microsoft no longer sends codes by text or call, so a phone number alone won't be enough.
    .title = You got through
    .agent =
        Tell the caller to finish signing in.

        To be ready next time, they should make sure the Microsoft Authenticator app or a passkey is on the Security info page (https://aka.ms/setupsecurityinfo), with "Add sign-in method". From 1 February 2027 Microsoft no longer delivers codes by text or call, so a phone number alone won't be enough.
