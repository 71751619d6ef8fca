triage-title = Find your problem
    .keywords = start, menu, problem, help, sign in, two-step verification, MFA

triage-problem =
    Pick the answer closest to what happens when you try to sign in. You can go back at any time.
    .title = What is going wrong?
    .agent =
        Ask the caller what happens when they try to sign in.

        Listen for: no phone with them, no code, an error message, a lost or stolen phone, an approval request they didn't start, a rejected code, a new phone or number, or trouble abroad. Pick the closest answer; you can go back at any time.
triage-problem-opt-nophone = I don't have my phone with me
triage-problem-opt-nocode = The code, call or text never arrives
triage-problem-opt-error = I see an error message
triage-problem-opt-lost = My phone is lost or stolen
triage-problem-opt-approval = I got an approval request I didn't start
triage-problem-opt-rejected = My code is not accepted
triage-problem-opt-new = I have a new phone or a new number
triage-problem-opt-abroad = I'm abroad and it doesn't work
triage-problem-opt-other = Something else

triage-errors =
    Which message do you see on the sign-in screen? Pick the one that matches.
    .title = Which error message?
    .keywords = error, error message, limit, hit our limit, verification calls, text verification codes, trouble verifying, verifying your account
    .agent =
        Ask the caller to read you the error message on the sign-in screen, word for word, and pick the one that matches.

        If it is none of these, note the exact wording.
triage-errors-opt-calls = You've hit our limit on verification calls
triage-errors-opt-texts = You've hit our limit on text verification codes
triage-errors-opt-trouble = Sorry, we're having trouble verifying your account
triage-errors-opt-other = A different message, or none of these

triage-new = What is new?
    .title = New phone or new number
    .agent =
        Ask the caller what is new: a new phone, a new phone number, or a new phone that replaces one that was lost or stolen.
triage-new-opt-phone = I have a new phone
triage-new-opt-number = I have a new phone number
triage-new-opt-replaced = My new phone replaces one that was lost or stolen

triage-more = Which of these is closest to your problem?
    .title = Something else
    .agent =
        Ask the caller to describe the problem in a sentence, and pick the closest answer.

        Listen for: blocked after several attempts, never asked for the second step, wanting to turn two-step verification off, an app password that doesn't work, or none of these.
triage-more-opt-blocked = I'm blocked after trying several times
triage-more-opt-notasked = I'm never asked for the second step
triage-more-opt-disable = I want to turn two-step verification off
triage-more-opt-apppassword = My app password doesn't work
triage-more-opt-none = None of these, or nothing has helped
