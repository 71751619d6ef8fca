new-number-title = I have a new phone number
    .keywords = new number, new phone number, changed number, new sim, update number, change number, security info, phone number changed

new-number-can-sign-in =
    To change the number yourself, you need to sign in one more time.

    Can you still finish two-step verification some way: with your old number, the Microsoft Authenticator app or another method?
    .title = Can you still sign in?
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

new-number-fixed =
    Your new number is in your security info. Codes and calls now go to it.

    Tip: a second method, such as the Microsoft Authenticator app, gives you a way in if your number changes again.
    .title = New number saved

new-number-helpdesk =
    You can't sign in to change the number yourself, because your codes go to the old number. The helpdesk can sort this out for you.

    Contact { $helpdesk-name } and ask them to update the phone number on your account, or to clear your two-step verification settings. If they clear them, you're asked to set up two-step verification again the next time you sign in.

    If you need to sign in before then, ask for a Temporary Access Pass. It's a time-limited pass from the helpdesk that lets you sign in and add your new number yourself.
    .title = Ask the helpdesk to update it
