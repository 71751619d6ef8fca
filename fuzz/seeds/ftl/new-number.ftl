new-number-title = I have a new phone number
    .keywords = new number, new phone number, changed number, new sim, update number, change number, security info, phone number changed

new-number-can-sign-in =
    To change the number yourself, you need to sign in one more time.

    Can you still finish two-step verification some way: with your old number, the Microsoft Authenticator app or another method?
    .title = Can you still sign in?
    .agent =
        Explain that to change the number themselves, the caller needs to sign in one more time.

        Ask: can they still finish two-step verification some way, with their old number, the Microsoft Authenticator app or another method?
new-number-can-sign-in-opt-yes = Yes, I can still verify
new-number-can-sign-in-opt-unsure = I'm not sure
new-number-can-sign-in-opt-no = No, my old number was my only method

new-number-update-number =
    Update the number in your security info, so that codes and calls go to the right place.

    1. Open https://aka.ms/setupsecurityinfo. It takes you to the Security info page.
    2. Sign in. When asked to verify, use your old number, the app or another method. If the screen offers a method you can't use, choose "Sign in another way".
    3. Find the phone entry with your old number and change it to your new number. You can also choose "Add sign-in method" and add the new number as a phone.
    4. Follow the instructions on the screen to confirm the new number.

    If the old number isn't yours any more, remove it, so no codes go to someone else.

    Then sign out and sign in again to test the new number. If you can't change it, go on to the next step.
    .title = Update your security info
    .agent =
        Have the caller update the number in their security info, so codes and calls go to the right place:

        1. Open https://aka.ms/setupsecurityinfo, the Security info page.
        2. Sign in, verifying with the old number, the app or another method. If the screen offers a method they can't use, choose "Sign in another way".
        3. Change the phone entry with the old number to the new number, or choose "Add sign-in method" and add the new number as a phone.
        4. Follow the instructions on the screen to confirm the new number.

        If the old number isn't theirs any more, have them remove it, so no codes go to someone else. They type any code themselves: never ask them to read it to you.

        Then have them sign out and in again to test the new number. Did that work?

new-number-fixed =
    Your new number is in your security info. Codes and calls now go to it.

    Tip: a second method, such as the Microsoft Authenticator app, gives you a way in if your number changes again.
    .title = New number saved
    .agent =
        Tell the caller the new number is in their security info, and codes and calls now go to it.

        Suggest a second method, such as the Microsoft Authenticator app: it gives them a way in if their number changes again.

new-number-helpdesk =
    You can't sign in to change the number yourself, because your codes go to the old number. The helpdesk can sort this out for you.

    Contact { $helpdesk-name } and ask them to update the phone number on your account, or to clear your two-step verification settings. If they clear them, you're asked to set up two-step verification again the next time you sign in.

    If you need to sign in before then, ask for a Temporary Access Pass. It's a time-limited pass from the helpdesk that lets you sign in and add your new number yourself.
    .title = Ask the helpdesk to update it
    .agent =
        The caller can't sign in to change the number, because their codes go to the old number.

        Per your organization's process, update the phone number on their account, or clear their two-step verification settings. If you clear them, tell the caller they'll be asked to set up two-step verification again the next time they sign in.

        If they need to sign in before then, issue a Temporary Access Pass, or request one: a time-limited pass that lets them sign in and add the new number themselves. Record what was done in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.
