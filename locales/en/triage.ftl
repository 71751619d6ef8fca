triage-title = Find your problem
    .keywords = start, menu, problem, help, sign in, two-step verification, MFA

triage-problem =
    Pick the answer closest to what happens when you try to sign in. You can go back at any time.
    .title = What is going wrong?
    .agent =
        Ask the caller what happens when they try to sign in.

        Listen for: no phone with them, nothing arrives, a passkey screen, an approval request they didn't start, a rejected code, a lost or stolen phone, an error message, or a new phone or number. Everything else is under "Something else". Pick the closest answer; you can go back at any time.
triage-problem-opt-nophone = I don't have my phone with me
triage-problem-opt-nocode = The code, call or app notification never arrives
triage-problem-opt-passkey = I'm asked to set up or use a passkey
triage-problem-opt-approval = I got an approval request I didn't start
triage-problem-opt-rejected = My code is not accepted
triage-problem-opt-lost = My phone is lost or stolen
triage-problem-opt-error = I see an error message
triage-problem-opt-new = I have a new phone or a new number
triage-problem-opt-other = Something else

triage-errors =
    Which message do you see on the sign-in screen? Pick the one that matches.
    .title = Which error message?
    .keywords = error, error message, limit, hit our limit, verification calls, text verification codes, trouble verifying, verifying your account, expected verification code, didn't receive a response, More information required, temporarily locked, locked, AADSTS, error code
    .agent =
        Ask the caller to read you the error message on the sign-in screen, word for word, and pick the one that matches. A code that starts with AADSTS has a list of its own.

        If it is none of these, note the exact wording.
triage-errors-opt-calls = You've hit our limit on verification calls
triage-errors-opt-texts = You've hit our limit on text verification codes
triage-errors-opt-trouble = Sorry, we're having trouble verifying your account
triage-errors-opt-wrong-code = You didn't enter the expected verification code. Please try again.
triage-errors-opt-no-response = We didn't receive a response. Please try again.
triage-errors-opt-more-info = More information required
triage-errors-opt-locked = Your account is temporarily locked to prevent unauthorized use.
triage-errors-opt-code = An error code that starts with AADSTS
triage-errors-opt-other = A different error message, or none of these

triage-error-codes =
    Which code do you see? It starts with AADSTS. If the page shows no code, select "More details" on it.
    .title = Which error code?
    .keywords = AADSTS, error code, AADSTS50074, 50074, AADSTS50076, 50076, AADSTS50158, 50158, AADSTS53000, 53000, AADSTS53003, 53003, AADSTS500121, 500121
    .agent =
        Ask the caller to read you the code that starts with AADSTS, digit by digit. If the page shows none, have them select "More details" on the error page.
triage-error-codes-opt-50074 = AADSTS50074
triage-error-codes-opt-50076 = AADSTS50076
triage-error-codes-opt-50158 = AADSTS50158
triage-error-codes-opt-53000 = AADSTS53000
triage-error-codes-opt-53003 = AADSTS53003
triage-error-codes-opt-500121 = AADSTS500121
triage-error-codes-opt-other = Another code

triage-new = What is new?
    .title = New phone or new number
    .agent =
        Ask the caller what is new: a new phone, a new phone number, a new phone that replaces one that was lost or stolen, or the Authenticator app moved to a new phone where the work account doesn't work.
triage-new-opt-phone = I have a new phone
triage-new-opt-number = I have a new phone number
triage-new-opt-replaced = My new phone replaces one that was lost or stolen
triage-new-opt-restore = I moved Authenticator to a new phone, and my work account doesn't work

triage-more = Which of these is closest to your problem?
    .title = Something else
    .agent =
        Ask the caller to describe the problem in a sentence, and pick the closest answer.

        Listen for: asked to sign in again and again, asked for more information or to set up a method, a forgotten password, blocked even after verifying, blocked after several attempts, trouble abroad, never asked for the second step, or an app password that doesn't work. Anything else is under the last answer.
triage-more-opt-repeated = I'm asked to sign in or verify again and again
triage-more-opt-moreinfo = I'm asked for more information, or to set up a method
triage-more-opt-forgot = I forgot my password
triage-more-opt-accessblocked = I verify, but my access is still blocked
triage-more-opt-blocked = I'm blocked after trying several times
triage-more-opt-abroad = I'm abroad and it doesn't work
triage-more-opt-notasked = I'm never asked for the second step
triage-more-opt-apppassword = My app password doesn't work
triage-more-opt-else = Something else, or nothing has helped

triage-else = Which of these is closest?
    .title = Anything else
    .agent =
        Ask whether the caller wants to turn two-step verification off, or whether none of the answers fit or nothing has helped.
triage-else-opt-disable = I want to turn two-step verification off
triage-else-opt-none = None of these, or nothing has helped
