none-helped-title = None of this helped
    .keywords = nothing helped, other problem, still stuck, not listed, helpdesk, contact, support

none-helped-which =
    The helpdesk can look at your account, which this tool cannot do. First one question, so they know where to start.

    What fits your situation best?
    .title = What fits best?
    .agent =
        Ask the caller which fits best, so you know where to start: the problem isn't covered here, they tried the steps but still can't sign in, they see an error message this tool doesn't list, or they worry someone else is using their account.

        If they mention someone else using their account, pick that answer: it is a security case.
none-helped-which-opt-notlisted = My problem is not in this tool
none-helped-which-opt-tried = I tried the steps here, but I still can't sign in
none-helped-which-opt-error = I see an error message this tool does not list
none-helped-which-opt-someone = I'm worried someone else is using my account

none-helped-helpdesk =
    Your problem needs someone who can look at your account and its settings directly, which this tool cannot do.

    Contact { $helpdesk-name } and describe in your own words what happens when you try to sign in. Tell them which methods you have (for example the Authenticator app, a passkey or texts), and whether you recently reported a sign-in request as suspicious.
    .title = Contact the helpdesk
    .agent =
        This needs someone who can look at the caller's account and its settings directly, which this tool cannot do.

        Ask the caller to describe in their own words what happens when they try to sign in, and record it in the case for { $helpdesk-name }. Note which methods they have, any error text exactly as they saw it, and whether they recently reported a request as fraud (that can block MFA until someone acts).

        If you change their methods or issue a Temporary Access Pass, first verify the caller's identity ({ $identity-check }), never by asking for their password or a verification code.
