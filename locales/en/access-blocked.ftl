access-blocked-title = Access is blocked after I sign in
    .keywords = access blocked, blocked, Conditional Access, AADSTS, error code, AADSTS53003, 53003, AADSTS53000, 53000, AADSTS50076, 50076, AADSTS50074, 50074, AADSTS50158, 50158, AADSTS500121, 500121, compliant, device, Company Portal, location, More details, Correlation ID, Request ID, you can't get there from here

access-blocked-which-code =
    Your password and verification may be fine, but your organization's access rules still stopped the sign-in. These rules are called Conditional Access. They can check your device, the app you use and where you sign in from.

    The error page usually shows a code that starts with AADSTS. If you don't see one, select "More details" on the error page. Which code do you see?
    .title = Which code do you see?
    .agent =
        Explain that the caller's password and verification may be fine: the organization's access rules (Conditional Access) can still stop a sign-in because of the device, the app or the location.

        Ask them to read you the code that starts with AADSTS. If the page shows none, have them select "More details" on the error page and read the error code from there.
access-blocked-which-code-opt-53003 = AADSTS53003: "Access has been blocked by Conditional Access policies"
access-blocked-which-code-opt-53000 = AADSTS53000, or a message that my device must be compliant or managed
access-blocked-which-code-opt-50076 = AADSTS50076 or AADSTS50074
access-blocked-which-code-opt-500121 = AADSTS500121
access-blocked-which-code-opt-50158 = AADSTS50158
access-blocked-which-code-opt-other = Another code, or no code at all

access-blocked-blocked-53003 =
    You see "AADSTS53003". Microsoft describes it as "Access has been blocked by Conditional Access policies".

    Your organization's access rules don't allow this sign-in. This is not a fault in your two-step verification, so a new code or another approval won't change it. The rules can depend on the device, the app and where you sign in from.

    1. Try again from the device you normally work on, such as your work computer.
    2. Use the app your organization gave you, rather than another app or browser.
    3. If you are somewhere new, for example abroad or on a different network, try again from where you usually work.

    If you are still blocked, answer no below. The helpdesk can see which rule stopped you.
    .title = Your organization's rules blocked it
    .keywords = AADSTS53003, 53003, Access has been blocked by Conditional Access policies, BlockedByConditionalAccess, blocked, Conditional Access, access policy, location, device
    .agent =
        The caller sees "AADSTS53003": "Access has been blocked by Conditional Access policies". A Conditional Access policy blocked the sign-in. It is not a verification fault: a new code or approval won't change it.

        Have them try again from the device they normally work on, in the app the organization provides, and from where they usually work if they are somewhere new.

        Did that get them in? If not, choose no: the sign-in log shows which policy blocked them.

access-blocked-device-compliance =
    You see "AADSTS53000", or a message that your device must be compliant or managed by your organization. Microsoft's description: your organization requires a compliant device, and this device isn't compliant.

    Check the device in Company Portal, your organization's app for managed devices:

    1. Open the Company Portal app, or sign in to the Company Portal website.
    2. Go to your devices and select this device.
    3. Select "Check access" (in the app for Windows) or "Check status" (on the website). The check can take a few minutes.
    4. If a setting doesn't meet your organization's requirements, Company Portal says which one. Change it, then check again.

    If the device isn't listed in Company Portal, it isn't managed by your organization. Use a device from your organization instead, or answer no below.
    .title = Check your device in Company Portal
    .keywords = AADSTS53000, 53000, DeviceNotCompliant, compliant, not compliant, managed device, Company Portal, Intune, Check access, Check status, device
    .agent =
        The caller sees "AADSTS53000", or a message that the device must be compliant or managed. A Conditional Access policy requires a compliant device, and this one isn't.

        Have them open the Company Portal app (or sign in to the Company Portal website), go to their devices, select this device and choose "Check access" (Windows app) or "Check status" (website). The check can take a few minutes. Company Portal names any setting that doesn't meet the requirements: have them change it and check again.

        If the device isn't listed, it isn't enrolled: they should use a device from the organization, or choose no.

        Did that fix it?

access-blocked-mfa-required =
    You see "AADSTS50076" or "AADSTS50074".

    • "AADSTS50076": your organization requires two-step verification for this app or this sign-in, for example after a change in its settings or because you are signing in from a new place.
    • "AADSTS50074": two-step verification was required, and the sign-in didn't pass it.

    1. Close the app or browser tab, then sign in again.
    2. When you are asked to verify, approve the request, or type the code, before the screen times out.
    3. Approve only a sign-in you started yourself.

    If you aren't asked to verify, or the verification doesn't work, answer no below.
    .title = Complete two-step verification
    .keywords = AADSTS50076, 50076, AADSTS50074, 50074, UserStrongAuthClientAuthNRequired, strong authentication, multifactor authentication required, must use multifactor authentication, new location, MFA required
    .agent =
        The caller sees "AADSTS50076" or "AADSTS50074".

        • 50076: the organization requires multifactor authentication for this resource (for example after a policy change, per-user enforcement or a new location), and the sign-in has to be retried so it can be completed.
        • 50074: strong authentication was required and the caller didn't pass the challenge.

        Have them close the app or tab, sign in again and complete the verification when asked, approving only a sign-in they started.

        Did that get them in?

access-blocked-mfa-failed =
    You see "AADSTS500121". It means the two-step verification was started, but it didn't succeed: the request was denied or not answered in time, or the code was wrong.

    1. Sign in again.
    2. Answer the request on your phone straight away. If the app asks for a number, type the number shown on the sign-in screen.
    3. If you type a code, use the newest code, for the right account.

    If you didn't start this sign-in yourself, don't approve anything: answer no below and choose that answer.
    .title = The verification didn't succeed
    .keywords = AADSTS500121, 500121, Authentication failed during strong authentication request, verification failed, denied, timed out, MFA failed
    .agent =
        The caller sees "AADSTS500121": "Authentication failed during strong authentication request". The verification was started but didn't succeed: denied, not answered in time, or a wrong code.

        Have them sign in again and answer straight away: type the number the sign-in screen shows into the app, or use the newest code for the right account.

        If they didn't start the sign-in themselves, they must not approve anything: choose no, then the answer for a request they didn't start.

        Did that get them in?

access-blocked-external-challenge =
    You see "AADSTS50158". Microsoft describes it as "External security challenge was not satisfied": your organization uses an extra security check from an outside provider, and it wasn't completed.

    1. Sign in again in a new browser window.
    2. Complete every screen you are shown, including any page from another company's verification service, until you are signed in.
    3. Don't close the window or go back in the middle of it.

    If the error comes back, answer no below.
    .title = Complete the extra security check
    .keywords = AADSTS50158, 50158, ExternalSecurityChallenge, External security challenge was not satisfied, external provider, security check
    .agent =
        The caller sees "AADSTS50158": "External security challenge was not satisfied". A security check from an external provider that the organization uses wasn't completed.

        Have them sign in again in a new browser window and complete every screen, including any page from the outside provider, without closing the window or going back.

        Did that get them in?

access-blocked-try-again = What happens when you sign in again?
    .title = When you try again
    .agent =
        Ask the caller what happens when they sign in again: nothing arrives, the code or approval is rejected, they get requests they didn't start, or the same error comes back.
access-blocked-try-again-opt-nothing = The code, call or notification doesn't arrive
access-blocked-try-again-opt-rejected = My code is not accepted
access-blocked-try-again-opt-notme = I get requests to approve that I didn't start
access-blocked-try-again-opt-same = The same error comes back

access-blocked-fixed =
    Good, you are signed in.

    If it happens again, note the error code and where you were signing in from. That helps the helpdesk find the rule quickly.
    .title = You're signed in
    .agent =
        The caller is signed in. Suggest they note the error code and where they were signing in from if it happens again.

access-blocked-helpdesk =
    Only the helpdesk can see which of your organization's rules stopped you, and change something if it is wrong.

    Before you contact { $helpdesk-name }, get the details from the error page:

    1. On the error page, select "More details".
    2. Write down the error code (it starts with AADSTS), the Request ID, the Correlation ID and the time (Timestamp), or take a screenshot of them.

    Tell them too which app and device you used and where you were signing in from.

    The helpdesk never needs your password or a verification code. Don't give them to anyone.
    .title = Send the error details to the helpdesk
    .keywords = More details, Correlation ID, Request ID, Timestamp, error code, AADSTS, blocked, Conditional Access
    .agent =
        The caller is blocked by a Conditional Access policy or an unfinished verification, and the usual steps didn't help.

        Ask for the details from "More details" on the error page: the error code, the Request ID, the Correlation ID and the time. Ask which app and device they used and where they were signing in from.

        In the Microsoft Entra sign-in logs, filter on the Correlation ID (or the user and the time), open the event and look at the Conditional Access tab to see which policy applied and why; the "Troubleshooting and support" tab may give the reason, such as a device that isn't compliant. Record it in the case for { $helpdesk-name }, and hand over to { $assignment-group } if a policy needs changing.

        Never ask for their password or a verification code.
