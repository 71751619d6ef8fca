cannot-disable-title = I can't turn two-step verification off
    .keywords = turn off, switch off, disable, remove two-step, stop MFA, required, security defaults, personal account, turn off two-step verification, don't want MFA, turn off two step verification, turn off two-step verification, disable two-step, turn it off

cannot-disable-account =
    Which kind of account are you signing in with?

    • A work or school account is one your organization gave you, for example name@yourcompany.com.
    • A personal Microsoft account is one you created yourself, for example name@outlook.com.
    .title = Which account?
    .agent =
        Ask the caller which kind of account they sign in with.

        A work or school account is one their organization gave them, for example name@yourcompany.com. A personal Microsoft account is one they created themselves, for example name@outlook.com.
cannot-disable-account-opt-work = A work or school account from my organization
cannot-disable-account-opt-personal = A personal Microsoft account I created myself

cannot-disable-personal =
    With a personal Microsoft account, the choice is yours. You can turn two-step verification on or off yourself in the security settings of your Microsoft account.

    This tool is made for work and school accounts. Keeping two-step verification on is still the safer choice: someone who learns your password would also need your phone or your passkey.

    If texts are your way to verify: Microsoft is moving personal accounts away from codes by text message. Set up a passkey, the Microsoft Authenticator app or a verified backup e-mail address instead, in the security settings of your Microsoft account.
    .title = You can change it yourself
    .agent =
        Tell the caller that with a personal Microsoft account the choice is theirs: they can turn two-step verification on or off themselves, in the security settings of their Microsoft account.

        Explain that this tool covers work and school accounts, and that keeping it on is still the safer choice: someone who learns their password would also need their phone or passkey.

        Microsoft is phasing out text-message codes for personal accounts (announced May 2026, no end date yet): don't suggest texts. Suggest a passkey, the Microsoft Authenticator app or a verified backup e-mail address instead.

cannot-disable-required =
    For a work or school account, you cannot switch two-step verification off yourself. Your organization has decided that your account needs it. It can also come from security defaults that your organization has turned on for everyone.

    For admin portals, such as the Azure portal, the Microsoft Entra and Intune admin centers and the Microsoft 365 admin center, Microsoft itself requires it. Nobody in your organization can switch that off.

    It protects your account, because signing in needs something you know (your password) and something you have (your phone or a passkey).

    What would you like to do?
    .title = Your organization requires it
    .agent =
        Explain to the caller that on a work or school account they cannot turn two-step verification off themselves. Their organization has decided their account needs it, or it comes from security defaults turned on for everyone.

        For admin portals (Azure portal, Microsoft Entra admin center, Intune admin center, Microsoft 365 admin center), Microsoft enforces it itself: mandatory MFA, which no setting in the organization can turn off.

        It protects the account: signing in takes something they know (their password) and something they have (their phone or a passkey).

        Ask what they'd like to do: keep it, get help because they can't get through the second step, or find out why it applies to them.
cannot-disable-required-opt-works = I'll keep it: it works, it's just a bother
cannot-disable-required-opt-stuck = I can't get through the second step
cannot-disable-required-opt-ask = I want to know why it applies to me

cannot-disable-keep-on =
    Nothing needs to change.

    To make sure you are never stuck, keep at least two ways to verify on your account, for example the Authenticator app and a passkey. A phone number is no longer enough on its own: from 1 February 2027, Microsoft no longer sends codes by text or call unless your organization has its own telephone provider. You can add a method on the Security info page, https://aka.ms/setupsecurityinfo, with "Add sign-in method".
    .title = Keep two-step verification
    .agent =
        Tell the caller nothing needs to change.

        Advise them to keep at least two ways to verify, for example the Authenticator app and a passkey, so they are never stuck; from 1 February 2027 Microsoft no longer delivers codes by text or call unless the organization has its own telephony provider. They can add a method on the Security info page, https://aka.ms/setupsecurityinfo, with "Add sign-in method".

cannot-disable-helpdesk =
    Only your organization can decide whether two-step verification applies to your account. You cannot change that yourself, and neither can this tool.

    Ask { $helpdesk-name } why it is required for you. They can explain the rule and pass your question on to the right people.
    .title = Ask why it is required
    .agent =
        The caller wants to know why two-step verification is required for them. Only the organization decides that; neither the caller nor this tool can change it.

        Explain the rule as far as you can, and record the question in the case for { $helpdesk-name }, so it reaches the right people.
