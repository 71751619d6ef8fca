app-passwords-title = My app password doesn't work
    .keywords = app password, older app, desktop program, password not accepted, wrong password, My Apps

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

    1. Go to the Security info page, https://aka.ms/setupsecurityinfo, or open it from the My Apps portal.
    2. Select "Add sign-in method" and choose "App password", then follow the steps on the screen.
    3. Put the new app password into the program in place of the old one.

    If you cannot find where to create an app password, or the new one is not accepted either, answer no below.
    .title = Create a new app password
    .agent =
        Have the caller create a new app password, to replace one that may have been saved wrongly in the program:

        1. Go to the Security info page, https://aka.ms/setupsecurityinfo, or open it from the My Apps portal.
        2. Select "Add sign-in method", choose "App password" and follow the steps on the screen.
        3. Put the new app password into the program in place of the old one.

        If they can't find where to create it, or the new one isn't accepted either, choose no.

        Does the new app password work?

app-passwords-fixed =
    The program accepts your app password again.

    If it stops working another time, you can create a new app password in the same way.
    .title = Your app password works
    .agent =
        Tell the caller the program accepts their app password again.

        If it stops working another time, they can create a new app password the same way.

app-passwords-helpdesk =
    The app password is still not accepted, or you could not create a new one. The helpdesk can look at your account and help you get the program working again.

    Contact { $helpdesk-name }. Tell them which program you want to use the app password in, and ask them to help you create an app password that works. Never tell them the app password itself.
    .title = Get help with the app password
    .agent =
        The app password is still not accepted, or the caller could not create a new one.

        Look at their account and help them create an app password that works. In the case for { $helpdesk-name }, record which program they want to use it in.

        Never ask for the app password itself or their normal password.
