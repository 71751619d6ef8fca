app-passwords-title = My app password doesn't work
    .keywords = app password, older app, desktop program, password not accepted, wrong password, My Apps, SMTP, basic authentication, printer, scanner, mail program, Outlook, Thunderbird, mail app, keeps rejecting, rejecting my app password, app password rejected, app password not working

app-passwords-not-offered =
    Your organization doesn't use app passwords, so you can't create one, and an old one won't work.

    The program has to sign in the modern way instead: with your normal account in a Microsoft sign-in window, including two-step verification.

    1. Update the program to its newest version, or use a current one (for example the current Outlook for e-mail).
    2. Remove the account from the program and add it again. When a Microsoft sign-in window opens, sign in and verify as usual.

    If the program has no such sign-in, or it still doesn't work, answer no below.
    .title = Sign in the modern way instead
    .keywords = app password not available, modern authentication, update program
    .agent =
        The caller's organization doesn't use app passwords, so they can't create one and an old one won't work.

        The program has to use modern authentication: the normal account in a Microsoft sign-in window, with two-step verification. Have them update the program or use a current one (for example the current Outlook), remove the account from it and add it again, then sign in and verify when the Microsoft sign-in window opens.

        Did that work?

app-passwords-update-first =
    App passwords are for older programs that can't do two-step verification. Today most programs can: they open a Microsoft sign-in window and sign in with your normal account. That is the better way, and it keeps working.

    App passwords also work only if your organization still allows them, and Microsoft is switching off the old way of signing in with just a user name and password, for example for sending e-mail from printers and scanners (SMTP). So a new app password may not help.

    1. Update the program to its newest version.
    2. Remove the account from the program and add it again. If a Microsoft sign-in window opens, sign in and verify as usual.

    If the program only has a password field, answer no below: we'll look at the app password.
    .title = Update the program first
    .keywords = modern authentication, update program, sign-in window, SMTP, basic authentication
    .agent =
        Explain that app passwords are for older programs that can't do two-step verification; most current programs can, through a Microsoft sign-in window with the normal account. App passwords exist only for users with legacy per-user MFA, are off by default, and Microsoft is switching off Basic authentication (including SMTP AUTH, disabled by default for existing tenants at the end of December 2026), so a new app password may not help.

        Have the caller update the program, remove the account from it and add it again; if a Microsoft sign-in window opens, they sign in and verify as usual.

        If the program only has a password field, choose no. Did the program sign in?

app-passwords-retype =
    An app password is a separate password for older desktop programs that cannot do two-step verification. In those programs it takes the place of your normal password.

    Type the app password into the program again, slowly and carefully. Make sure it is the app password and not your normal password.

    If the program still does not accept it, answer no below: you can create a new one.
    .title = Type the app password again
    .agent =
        Explain that an app password is a separate password for older desktop programs that cannot do two-step verification. In those programs it takes the place of their normal password.

        Have the caller type the app password into the program again, slowly and carefully, and check that it is the app password, not their normal password. Never ask them to read it out to you.

        Does the program accept it now?

app-passwords-new-password =
    If the old app password still fails, create a new one and use that instead. A new app password replaces one that may have been saved wrongly in the program.

    1. Go to the Security info page, https://aka.ms/setupsecurityinfo, or open it from the My Apps portal. You may be asked to verify once more: that is normal.
    2. Select "Add sign-in method" and choose "App password", then follow the steps on the screen.
    3. Put the new app password into the program in place of the old one.

    If "App password" isn't in the list, your account can't use app passwords. If it isn't there, or the new one is not accepted either, answer no below.
    .title = Create a new app password
    .agent =
        Have the caller create a new app password, to replace one that may have been saved wrongly in the program:

        1. Go to the Security info page, https://aka.ms/setupsecurityinfo, or open it from the My Apps portal. They may be asked to verify again.
        2. Select "Add sign-in method", choose "App password" and follow the steps on the screen.
        3. Put the new app password into the program in place of the old one.

        "App password" is offered only to users with legacy per-user MFA when the organization allows app passwords. If it isn't in the list, or the new one isn't accepted either (the program may use Basic authentication, which is being switched off), choose no.

        Does the new app password work?

app-passwords-fixed =
    The program accepts your app password again.

    App passwords are on their way out. When you can, update the program or switch to one that signs in with your normal account in a Microsoft sign-in window.
    .title = Your app password works
    .agent =
        Tell the caller the program accepts their app password again.

        App passwords are on their way out: suggest updating the program, or moving to one that uses modern sign-in, when they can.

app-passwords-fixed-modern =
    The program signs in with your normal account and two-step verification. You don't need an app password for it any more.
    .title = The program signs in
    .agent =
        Tell the caller the program now signs in with their normal account and two-step verification, so no app password is needed for it.

app-passwords-helpdesk =
    The program still doesn't sign in. The helpdesk can check whether your account can use app passwords and which way this program can sign in.

    Contact { $helpdesk-name }. Tell them which program you want to use, and its version if you know it. Never tell them a password or an app password.
    .title = Get help with the program
    .agent =
        The caller's program still doesn't sign in, with an app password or the modern way.

        Check whether their account can use app passwords at all (legacy per-user MFA, organization setting) and whether the program uses Basic authentication (for example SMTP AUTH), which is being switched off; if so, it needs updating or replacing. In the case for { $helpdesk-name }, record which program and version they want to use.

        Never ask for an app password or their normal password.
