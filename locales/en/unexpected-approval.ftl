unexpected-approval-title = Approval requests I didn't start
    .keywords = approve, approval, request, notification, didn't sign in, not me, push, spam, many requests, hacked, suspicious, fraud, mfa fatigue, call, push bombing, number matching, report, report suspicious activity

unexpected-approval-situation =
    You got a request to approve a sign-in that you didn't start. That can mean someone else knows your password and is trying to get in.

    Never approve a request you didn't start. Let's deal with it now.

    What is happening?
    .title = What's happening
    .agent =
        The caller got a request to approve a sign-in they didn't start. Someone else may know their password and be trying to get in.

        Tell them straight away: never approve a request they didn't start.

        Then ask what is happening: a request on their phone right now, a phone call asking them to approve, a request they denied or that has gone away, or one they approved by mistake.
unexpected-approval-situation-opt-pending = A request is on my phone right now
unexpected-approval-situation-opt-call = I got a phone call asking me to approve a sign-in
unexpected-approval-situation-opt-gone = I denied it, or it has gone away
unexpected-approval-situation-opt-approved = I approved it by mistake

unexpected-approval-deny =
    Don't approve it, and don't type any number into the app.

    When you sign in yourself, the sign-in screen in front of you shows a number, and you type that number into the app. If you aren't looking at a sign-in screen of your own, there is no number for you to type: the request is not yours.

    1. Deny the request in the Authenticator app.
    2. When the app asks whether to report it, choose to report it as suspicious ("Report suspicious activity").

    Reporting may block two-step verification on your account, or mark it as at risk, until the helpdesk has checked it. That is on purpose: it stops the other person too. The helpdesk will help you get going again.

    Then continue here.
    .title = Deny and report it
    .agent =
        Tell the caller not to approve it, and not to type any number into the app.

        Explain number matching: when they sign in themselves, the sign-in screen in front of them shows a number, and they type it into the app. If they aren't looking at a sign-in screen of their own, there is no number for them: the request is not theirs.

        Have them deny the request in the Authenticator app and, when the app asks, report it as suspicious ("Report suspicious activity"). Tell them that reporting may block MFA for their account or set them to high risk until the helpdesk acts: that is on purpose.

        Ask: did they deny it, or had they already approved it?
unexpected-approval-deny-opt-done = Done, I denied it
unexpected-approval-deny-opt-approved = I had already approved it

unexpected-approval-voice-call =
    Don't approve the sign-in on the call.

    Instead, press 0# on the phone's keypad: first 0, then the hash key (#). This reports the call as fraud. If the call asks you to confirm with 1, press 1.

    Reporting may block two-step verification on your account until the helpdesk has checked it. That is on purpose: it stops the other person too.

    If the call has already ended, just continue here.
    .title = Report the call as fraud
    .agent =
        Tell the caller not to approve the sign-in on the call.

        Instead, they press 0# on the phone's keypad: first 0, then the hash key (#). This reports the call as fraud; if the call asks them to confirm with 1, they press 1. If the call has already ended, just go on.

        Tell them that reporting may block MFA for their account or set them to high risk until the helpdesk acts: that is on purpose.

        Ask: is that done, or had they already approved it on the call?
unexpected-approval-voice-call-opt-done = Done, or the call has ended
unexpected-approval-voice-call-opt-approved = I approved it on the call

unexpected-approval-change-password =
    Whoever sent the request probably knows your password. Change it now, so it stops working for them.

    Change it the way you normally do in your organization, on a device you trust. If you can't sign in to change it, you can reset it at { $password-reset-url }. Choose a new password you haven't used before.

    Don't tell anyone your new password, not even the helpdesk.
    .title = Change your password
    .agent =
        Whoever sent the request probably knows the caller's password. Have them change it now, so it stops working for the other person.

        They change it the way they normally do in your organization, on a device they trust, to a new password they haven't used before. If they can't sign in to change it, they can reset it at { $password-reset-url }.

        Never ask for the new password, and tell them not to share it with anyone, not even the helpdesk. Have they changed it, or can't they right now?
unexpected-approval-change-password-opt-done = I changed my password
unexpected-approval-change-password-opt-cannot = I can't change it right now

unexpected-approval-helpdesk =
    Tell { $security-contact } right away, even though you didn't approve the request. Someone may be trying to get into your account, and they need to know so they can protect it.

    Ask them to:

    • check the sign-in activity on your account
    • help you change your password, if you couldn't do it yourself
    • unblock your two-step verification, if you reported the request and can't sign in now

    Tell them when the requests came, roughly how many there were, and whether you reported them.
    .title = Tell the helpdesk now
    .agent =
        Mark the case as urgent: someone may be trying to get into the caller's account, even though they didn't approve the request. Thank the caller for telling us right away, and make sure { $security-contact } hears about it.

        Check the sign-in activity on their account, and help them change their password if they couldn't do it themselves. Record when the requests came, roughly how many there were, and whether they reported them.

        If they reported a request, they may be blocked for MFA or set to high risk: after checking the sign-ins, unblock them or remediate the risk per your organization's process. Before you reset their password, unblock them or change their methods, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

        Tell them to deny any new request and never approve one they didn't start.

unexpected-approval-approved =
    If you approved a request you didn't start, someone else may now be signed in to your account. This is urgent.

    1. Change your password now if you can, on a device you trust.
    2. Contact { $security-contact } straight away, even if you couldn't change the password. Say that you approved a sign-in request that wasn't yours.

    Ask them to check the sign-in activity on your account and to help you secure it.
    .title = Approved by mistake: act now
    .agent =
        Mark the case as urgent: the caller approved a request they didn't start, so someone else may now be signed in to their account. Thank the caller for coming to us straight away, and make sure { $security-contact } hears about it.

        If they haven't yet, have them change their password now, on a device they trust. Record that they approved a sign-in request that wasn't theirs.

        Check the sign-in activity on their account and help them secure it, for example by revoking their sessions (Revoke MFA sessions). Before you reset their password, revoke sessions or change their methods, verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.

        Tell them to deny any new request and never approve one they didn't start.
