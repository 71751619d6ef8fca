cannot-disable-title = I can't turn two-step verification off
    .keywords = turn off, switch off, disable, remove two-step, stop MFA, required, security defaults, personal account, turn off two-step verification, don't want MFA

cannot-disable-account =
    Which kind of account are you signing in with?

    • A work or school account is one your organization gave you, for example name@yourcompany.com.
    • A personal Microsoft account is one you created yourself, for example name@outlook.com.
    .title = Which account?
cannot-disable-account-opt-work = A work or school account from my organization
cannot-disable-account-opt-personal = A personal Microsoft account I created myself

cannot-disable-personal =
    With a personal Microsoft account, the choice is yours. You can turn two-step verification on or off yourself in the security settings of your Microsoft account.

    This tool is made for work and school accounts. Keeping two-step verification on is still the safer choice: someone who learns your password would also need your phone.
    .title = You can change it yourself

cannot-disable-required =
    For a work or school account, you cannot switch two-step verification off yourself. Your organization has decided that your account needs it. It can also come from security defaults that your organization has turned on for everyone.

    It protects your account, because signing in needs something you know (your password) and something you have (your phone).

    What would you like to do?
    .title = Your organization requires it
cannot-disable-required-opt-works = I'll keep it: it works, it's just a bother
cannot-disable-required-opt-stuck = I can't get through the second step
cannot-disable-required-opt-ask = I want to know why it applies to me

cannot-disable-keep-on =
    Nothing needs to change.

    To make sure you are never stuck, keep at least two ways to verify on your account, for example the Authenticator app and a phone number. You can add one on the Security info page, https://aka.ms/setupsecurityinfo, with "Add sign-in method".
    .title = Keep two-step verification

cannot-disable-helpdesk =
    Only your organization can decide whether two-step verification applies to your account. You cannot change that yourself, and neither can this tool.

    Ask { $helpdesk-name } why it is required for you. They can explain the rule and pass your question on to the right people.
    .title = Ask why it is required
