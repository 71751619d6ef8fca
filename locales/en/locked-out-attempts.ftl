locked-out-attempts-title = Blocked after several sign-in attempts
    .keywords = blocked, locked out, too many attempts, several attempts, unusual activity, account locked, someone else, too many tries, can't sign in, Your account has been locked, Your account is locked

locked-out-attempts-who =
    Many sign-in attempts in a short time look like unusual activity. To protect your account, further attempts can then be blocked for a while.

    Were the recent attempts all made by you?
    .title = Were the attempts yours?
    .agent =
        Explain that many sign-in attempts in a short time look like unusual activity, and to protect the account, further attempts can then be blocked for a while.

        Ask: were the recent attempts all made by them? Listen for doubt, and for approval requests they didn't start.
locked-out-attempts-who-opt-me = Yes, I tried several times myself
locked-out-attempts-who-opt-someone = No, or I'm not sure: someone else may be trying
locked-out-attempts-who-opt-requests = I'm getting approval requests I didn't start

locked-out-attempts-wait =
    The block is there to stop attacks, and it is lifted again after a while.

    1. Stop trying to sign in for now.
    2. Wait a while, then try once more, slowly and carefully.

    If you are still blocked after waiting, answer no below to try another method.
    .title = Wait, then try again
    .agent =
        Explain that the block is there to stop attacks, and it is lifted again after a while.

        Have the caller stop trying to sign in for now, wait a while, then try once more, slowly and carefully.

        Could they sign in after waiting?

locked-out-attempts-other-method =
    A different method may still work.

    1. Start signing in. On the page that asks you to verify, select "Sign in another way".
    2. Pick a different method from the one you used before, for example the Authenticator app or a passkey instead of a text message.
    3. Follow the instructions on the screen to finish signing in.

    If there is no other method, or it does not work either, answer no below.
    .title = Sign in another way
    .agent =
        A different method may still work. Have the caller start signing in and, on the page that asks them to verify, select "Sign in another way".

        They pick a different method from the one they used before, for example the Authenticator app or a passkey instead of a text message, and follow the instructions on the screen.

        Did that get them in?

locked-out-attempts-fixed =
    You are signed in.

    If it happens again, stop after a couple of tries and wait a while, or use "Sign in another way", rather than trying again and again.
    .title = You're signed in
    .agent =
        Tell the caller they're signed in.

        If it happens again, they should stop after a couple of tries and wait a while, or use "Sign in another way", rather than trying again and again.

locked-out-attempts-helpdesk =
    You are still blocked. The cause can be attempts by someone else, two-step verification settings on your account that are not configured correctly, or something else that only an administrator can see.

    If you reported a sign-in request or call as suspicious, your two-step verification may have been blocked on purpose until the helpdesk has checked your account.

    Ask { $helpdesk-name } to find out why you are blocked. An administrator can check the sign-in report for your account. Tell them if you reported anything.
    .title = Ask the helpdesk to check
    .keywords = still blocked, sign-in report, administrator
    .agent =
        The caller is still blocked. The cause can be attempts by someone else, two-step verification settings on their account that are not configured correctly, or something else only an administrator can see.

        Have an administrator check the sign-in report for their account to find out why they are blocked, and record it in the case for { $helpdesk-name }. If the caller reported a request or call as fraud, they may be blocked for MFA (Block/unblock users) or set to high risk until someone acts.

        Before you unblock them or change their methods, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

locked-out-attempts-intruder =
    Someone else may be trying to get into your account. Tell { $security-contact } about it straight away.

    • Do not approve any sign-in request you did not start yourself.
    • Tell them that you think someone else is trying to sign in as you.
    • Ask them to have an administrator check the sign-in report for your account, to see what has happened.
    .title = Someone may be trying to get in
    .keywords = hacked, someone else, suspicious, attack, break in, security
    .agent =
        Mark the case as urgent: someone else may be trying to get into the caller's account. Thank them for telling us straight away, and make sure { $security-contact } hears about it.

        Tell the caller never to approve a sign-in request they didn't start: deny it.

        Record that they think someone else is trying to sign in as them, and have an administrator check the sign-in report for their account to see what has happened.

        Never ask for their password or a verification code.
