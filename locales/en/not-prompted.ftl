not-prompted-title = I'm not asked for the second step
    .keywords = not asked, no prompt, never asked, not prompted, no second step, set up, register, security info, no code asked, second verification, never asks, doesn't ask for the second step

not-prompted-before =
    Not being asked for the second step can be completely normal. You are often not asked again when:

    • you chose to stay signed in, or not to be asked again on this device for a while
    • you sign in from a place your organization trusts, such as the office network
    • you use a company computer or phone that meets your organization's rules
    • you signed in with Windows Hello or a passkey: that already counts as two steps

    If you are asked sometimes, all is well. If you are never asked at all, your account may not be set up yet for the method your organization uses.

    Have you set up two-step verification for this account before?
    .title = Already set up before?
    .keywords = not asked, stay signed in, trusted location, Windows Hello, compliant device, normal
    .agent =
        Explain that not being asked for the second step can be completely normal: when they chose to stay signed in or not to be asked again for a while, sign in from a trusted location (such as the office network), use a managed or compliant device, or signed in with Windows Hello or a passkey, which already count as two steps.

        If they are asked sometimes, all is well. If they are never asked, their account may not be set up yet for the method your organization uses; someone who must use MFA but has no method is normally interrupted to register one.

        Ask: have they set up two-step verification for this account before, and on the phone they have now?
not-prompted-before-opt-no = No, or I'm not sure
not-prompted-before-opt-yes = Yes, on the phone I have now
not-prompted-before-opt-otherphone = Yes, but on a different phone
not-prompted-before-opt-sometimes = I'm asked sometimes, just not every time

not-prompted-normal =
    Then everything works as it should. Your organization decides how often you are asked, and a remembered sign-in, a trusted place or a company device means fewer questions.

    Keep your security info up to date, and make sure you have the Microsoft Authenticator app or a passkey for the times you are asked.
    .title = This is normal
    .agent =
        Tell the caller that everything works as it should: the organization decides how often they are asked, and a remembered sign-in, a trusted location or a managed device means fewer prompts.

        Remind them to keep their security info up to date, with the Microsoft Authenticator app or a passkey for the times they are asked.

not-prompted-set-up =
    You are only asked for the second step once your phone is set up for the method your organization uses. Set it up like this:

    1. Go to the Security info page, https://aka.ms/setupsecurityinfo, and sign in.
    2. Select "Add sign-in method" and choose the method your organization uses, for example the Authenticator app or a passkey.
    3. Follow the steps on the screen until the method is added.

    Then sign out and sign in again. You should now be asked for the second step. If not, answer no below.
    .title = Set up your method
    .agent =
        Explain that they are only asked for the second step once their phone is set up for the method your organization uses. Have the caller:

        1. Go to the Security info page, https://aka.ms/setupsecurityinfo, and sign in.
        2. Select "Add sign-in method" and choose the method your organization uses, for example the Authenticator app or a passkey.
        3. Follow the steps on the screen until the method is added.

        Then have them sign out and in again. Are they asked for the second step now?

not-prompted-check =
    You are only asked for the second step if your phone is set up for the method your organization uses. Check that it still is:

    1. Go to the Security info page, https://aka.ms/setupsecurityinfo. You may be asked to verify first.
    2. Check that the list shows the method you use now, and that any phone number is correct.
    3. If a method is missing or wrong, select "Add sign-in method" and add it again.

    Then sign out and sign in again. If you are still not asked for the second step, answer no below.
    .title = Check your security info
    .agent =
        Explain that they are only asked for the second step if their phone is set up for the method your organization uses. Have the caller check it still is:

        1. Go to the Security info page, https://aka.ms/setupsecurityinfo.
        2. Check that the list shows the method they use now, and that any phone number is correct.
        3. If a method is missing or wrong, select "Add sign-in method" and add it again.

        Then have them sign out and in again. Are they asked for the second step now?

not-prompted-fixed =
    You are now asked for the second step when you sign in, as you should be.

    Keep your security info up to date, for example when you get a new phone or a new number.
    .title = Two-step verification works
    .agent =
        Tell the caller they are now asked for the second step when they sign in, as they should be.

        Remind them to keep their security info up to date, for example when they get a new phone or a new number.

not-prompted-helpdesk =
    Your account may not be set up for the method your organization expects, and that is something the helpdesk can check.

    Ask them which method your organization uses, and whether your account is set up for it.
    .title = Ask the helpdesk to check
    .agent =
        The caller's account may not be set up for the method your organization expects.

        Check which method your organization uses and whether their account is set up for it. Note which methods the caller has.

        Never ask for their password or a verification code.
