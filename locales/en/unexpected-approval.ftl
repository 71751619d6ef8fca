unexpected-approval-title = Approval requests I didn't start
    .keywords = approve, approval, request, notification, didn't sign in, not me, push, spam, many requests, hacked, suspicious, fraud, mfa fatigue, call, push bombing, number matching, report

unexpected-approval-situation =
    You got a request to approve a sign-in that you didn't start. That can mean someone else knows your password and is trying to get in.

    Never approve a request you didn't start. Let's deal with it now.

    What is happening?
    .title = What's happening
unexpected-approval-situation-opt-pending = A request is on my phone right now
unexpected-approval-situation-opt-call = I got a phone call asking me to approve a sign-in
unexpected-approval-situation-opt-gone = I denied it, or it has gone away
unexpected-approval-situation-opt-approved = I approved it by mistake

unexpected-approval-deny =
    Don't approve it, and don't type any number into the app.

    When you sign in yourself, the sign-in screen in front of you shows a number, and the app asks you to type that number in. This is called number matching. If you aren't looking at a sign-in screen of your own, the request is not yours.

    1. Deny the request in the Authenticator app.
    2. When the app asks, choose to report it: "Report suspicious activity".

    Then continue here.
    .title = Deny and report it
unexpected-approval-deny-opt-done = Done, I denied it
unexpected-approval-deny-opt-approved = I had already approved it

unexpected-approval-voice-call =
    Don't approve the sign-in on the call.

    Instead, press 0# on the phone's keypad: first 0, then the hash key #. This reports the call as fraud.

    If the call has already ended, just continue here.
    .title = Report the call as fraud
unexpected-approval-voice-call-opt-done = Done, or the call has ended
unexpected-approval-voice-call-opt-approved = I approved it on the call

unexpected-approval-change-password =
    Whoever sent the request probably knows your password. Change it now, so it stops working for them.

    Change it the way you normally do in your organization, on a device you trust. Choose a new password you haven't used before.

    Don't tell anyone your new password, not even the helpdesk.
    .title = Change your password
unexpected-approval-change-password-opt-done = I changed my password
unexpected-approval-change-password-opt-cannot = I can't change it right now

unexpected-approval-helpdesk =
    Tell { $helpdesk-name } right away, even though you didn't approve the request. Someone may be trying to get into your account, and the helpdesk needs to know so they can protect it.

    Ask them to:

    • check the sign-in activity on your account
    • help you change your password, if you couldn't do it yourself

    Tell them when the requests came and roughly how many there were.
    .title = Tell the helpdesk now

unexpected-approval-approved =
    If you approved a request you didn't start, someone else may now be signed in to your account. This is urgent.

    1. Change your password now if you can, on a device you trust.
    2. Contact { $helpdesk-name } straight away, even if you couldn't change the password. Say that you approved a sign-in request that wasn't yours.

    Ask them to check the sign-in activity on your account and to help you secure it.
    .title = Approved by mistake: act now
