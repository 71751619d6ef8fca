repeated-prompts-title = I'm asked to sign in or verify again and again
    .keywords = again and again, keeps asking, repeated, prompts, sign-in loop, loop, asks again, Teams, Outlook, Office, Stay signed in, sign-in frequency, password prompt, verify again, Access work or school, cached credentials

repeated-prompts-when-asked = When are you asked to sign in or verify again?
    .title = When does it ask again?
    .agent =
        Ask the caller when they are asked to sign in or verify again: at regular intervals, each time they open the browser, again and again in Teams or Outlook, straight after verifying (a loop), in each app on their phone, or with approval requests they didn't start.
repeated-prompts-when-asked-opt-regular = Every few hours or days, then it works again
repeated-prompts-when-asked-opt-browser = Every time I open my browser
repeated-prompts-when-asked-opt-apps = Teams, Outlook or another Microsoft 365 app keeps asking
repeated-prompts-when-asked-opt-loop = I verify, and I'm asked again straight away
repeated-prompts-when-asked-opt-phone = On my phone, each app asks me separately
repeated-prompts-when-asked-opt-notme = I get approval requests I didn't start

repeated-prompts-by-design =
    Being asked again from time to time is usually on purpose. Your organization decides how often you must sign in and verify again. This is called sign-in frequency.

    You are also asked again, in every app, after you change your password, and when your device no longer meets your organization's requirements.

    So if you are asked every few hours or days and it works when you verify, nothing is wrong. Verify when you are asked, and approve only sign-ins you started yourself.

    If it happens much more often than before, or it never stops asking, answer no below.
    .title = This can be normal
    .keywords = sign-in frequency, how often, every day, session, normal, password change
    .agent =
        Explain that regular prompts are usually by design: the organization sets how often users must sign in and verify again (sign-in frequency). A password change, or a device that no longer meets the requirements, also ends the sessions, so every app asks again.

        If the caller is asked every few hours or days and verifying works, nothing is wrong. If it happens much more often than before, or loops, choose no.

        Is it the normal rhythm?

repeated-prompts-stay-signed-in =
    When you sign in in a browser, Microsoft may ask "Stay signed in?". If you choose Yes, your browser remembers the sign-in, also after you close it.

    1. Sign in again in your browser.
    2. When you see "Stay signed in?", choose Yes. Do this only on your own device, never on a shared or public computer.

    This works only in that browser, on that device. Your organization may hide the question, or decide by itself how long you stay signed in.

    Then close the browser, open it again, and check whether you are still signed in.
    .title = Choose Yes to "Stay signed in?"
    .keywords = Stay signed in, Keep me signed in, browser, every time, cookie, remember
    .agent =
        Explain that the browser only remembers the sign-in if the caller chooses Yes when asked "Stay signed in?". That sets a persistent cookie in that browser only.

        Have them sign in again and choose Yes, only on their own device, never on a shared or public computer. The organization may hide the question or set the session length itself.

        Then have them close and reopen the browser. Are they still signed in?

repeated-prompts-sign-out-in =
    Sign out of the Office apps completely, then sign in once more. That replaces sign-ins the apps have stored, which can be out of date.

    1. In Word, Excel or another Office app, go to File, then Account, and choose Sign out. In Outlook it is File, then Office Account.
    2. Sign out of Teams too.
    3. Close all Office apps and Teams.
    4. Open Outlook or Teams again, sign in with your work account, and complete the verification once.

    Then use the apps for a while. Do they stop asking?
    .title = Sign out of the apps and back in
    .keywords = sign out, sign in again, Teams, Outlook, Office, loop, keeps asking, cached
    .agent =
        Have the caller sign out of the Office apps completely and sign in again, which replaces stored sign-ins that may be out of date:

        1. In an Office app: File, then Account (in Outlook: Office Account), then Sign out.
        2. Sign out of Teams as well.
        3. Close all Office apps and Teams.
        4. Open Outlook or Teams, sign in with the work account and complete the verification once.

        Do the prompts stop?

repeated-prompts-windows-account =
    On a Windows computer, old work accounts stored in Windows can make the apps ask again and again.

    1. Open Settings, then Accounts, then Access work or school. Your work account should be listed there.
    2. If you see an old or unused work account there, select it and disconnect it. Leave the account you use today.
    3. In Settings, Accounts, Email & accounts, remove old or unused work accounts too.
    4. Restart the computer, then sign in to Outlook or Teams again.

    If you are not sure which account to keep, stop here and answer no below: the helpdesk can look with you.
    .title = Check the work accounts in Windows
    .keywords = Access work or school, Email & accounts, Windows, work account, disconnect, old account, Settings, Accounts
    .agent =
        On Windows, old work accounts stored in Windows can cause repeated prompts.

        Have the caller open Settings, Accounts, Access work or school, and disconnect any old or unused work account, keeping the one they use today. Then the same under Settings, Accounts, Email & accounts. Then restart and sign in to Outlook or Teams again.

        If they aren't sure which account to keep, choose no and look at it with them: don't disconnect the account the organization uses to manage the computer.

        Did the prompts stop?

repeated-prompts-broker =
    On a phone, each app can ask you to sign in on its own. The Microsoft Authenticator app can sign in for the other apps, so you are asked less often.

    1. Install the Microsoft Authenticator app, if you don't have it.
    2. Make sure your work account is added in the app.
    3. Open Outlook, Teams or the app that asks, and sign in with your work account again.

    Does it ask less often now?
    .title = Let Authenticator sign in for your apps
    .keywords = phone, mobile, each app, Authenticator, broker, Outlook app, Teams app
    .agent =
        On phones, each app can hold its own sign-in. The Microsoft Authenticator app acts as a broker for other apps and reduces prompts on the device.

        Have the caller install Authenticator if needed, check that the work account is added in it, then sign in to the app that asks again.

        Does it ask less often?

repeated-prompts-fixed =
    Good. The prompts should now come only when your organization requires it.

    Always look closely before you approve: approve only sign-ins you started yourself.
    .title = The prompts have stopped
    .agent =
        The prompts have stopped. Remind the caller to approve only sign-ins they started themselves.

repeated-prompts-fixed-normal =
    Then everything is working as your organization has set it up. Verify when you are asked, and approve only sign-ins you started yourself.
    .title = Everything works as it should
    .agent =
        The prompts follow the organization's settings. Remind the caller to approve only sign-ins they started themselves.

repeated-prompts-helpdesk =
    The prompts keep coming, and the usual steps didn't help. The helpdesk can see how often your organization asks you to sign in, and why.

    Tell { $helpdesk-name }:

    • which app or browser keeps asking, and on which device
    • how often it asks, and since when
    • whether it started after you changed your password or got a new device
    • the exact message, if you see one

    Never give anyone your password or a verification code, not even the helpdesk.
    .title = Ask the helpdesk about the prompts
    .agent =
        The caller keeps being prompted, and the usual steps didn't help.

        Record which app or browser asks, on which device, how often and since when, whether it started after a password change or a new device, and any exact message.

        In the Microsoft Entra sign-in logs, open one of their sign-ins, go to the Authentication Details tab and look at "Session Lifetime Policies Applied". Check Conditional Access sign-in frequency and persistent browser session settings, and whether the device is Microsoft Entra joined or registered. Record what you find in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.
