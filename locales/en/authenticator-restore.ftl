authenticator-restore-title = Authenticator on a new phone, or after a restore
    .keywords = restore, restored, backup, new phone, old phone gone, old phone wiped, broken phone, reset phone, action required, sign in to restore, account twice, duplicate account, iCloud, iPhone to Android, Android to iPhone, transfer authenticator, move authenticator, work account not working, restored from backup, authenticator from backup, restored authenticator, work account says action required

authenticator-restore-situation =
    Authenticator doesn't carry your work or school account over to a new phone by itself. What you need to do depends on what happened.

    Which is closest to your situation?
    .title = What happened?
    .keywords = restore, backup, new phone, old phone, action required, account twice
    .agent =
        Ask the caller which is closest: they restored Authenticator from a backup and the work account doesn't work; they have a new phone and the old one is gone, wiped or broken; they switched between iPhone and Android; or they see the same account twice in the app.
authenticator-restore-situation-opt-restored = I restored Authenticator from a backup, but my work account doesn't work
authenticator-restore-situation-opt-no-old = I have a new phone, and the old one is gone, wiped or broken
authenticator-restore-situation-opt-switched = I moved from an iPhone to an Android phone, or the other way round
authenticator-restore-situation-opt-twice = My work account shows up twice in the app

authenticator-restore-work-sign-in =
    A backup brings back only the name of a work or school account, not what it needs to approve sign-ins. Until you sign in to it again, the account just sits in the app and may tell you that action is needed.

    1. Open Authenticator on the new phone and tap your work account.
    2. Choose to sign in, and follow the screens. You verify with another method, for example a text, a call or a security key.
    3. If the app asks you to scan a QR code instead, answer no below: we'll set the account up again from the Security info page.

    Passkeys are never in a backup either: if you had one in Authenticator, set up a new one afterwards.
    .title = Sign in to the restored account
    .keywords = restored, backup, action required, sign in to restore, work account not working, account name only, iCloud
    .agent =
        Explain that a backup brings back only the name of a work or school account, not what it needs to approve sign-ins. Until the caller signs in to it again, the account just sits in the app and may say that action is needed.

        Have them open Authenticator on the new phone, tap the work account, choose to sign in and follow the screens, verifying with another method such as a text, a call or a security key. If the app asks for a QR code instead, choose no: the account will be set up again from the Security info page.

        Passkeys are never in a backup either: if they had one in Authenticator, they set up a new one afterwards.

        Does the work account approve sign-ins now?

authenticator-restore-cross-platform =
    A backup made on an iPhone can only be restored on an iPhone, and one made on Android only on Android. So nothing comes over when you switch, and your work or school account must be set up again on the new phone.

    For that you sign in once with another method: the old phone if you still have it, a text, a call, a security key or a passkey on another device.

    Can you sign in another way?
    .title = No restore across iPhone and Android
    .keywords = iPhone to Android, Android to iPhone, switched phone, transfer, restore not working, backup not found
    .agent =
        Explain that an iPhone backup can only be restored on an iPhone, and an Android backup only on Android. Nothing comes over when the caller switches, so the work or school account must be set up again on the new phone.

        That needs one sign-in with another method: the old phone if they still have it, a text, a call, a security key or a passkey on another device.

        Ask whether they can sign in another way.
authenticator-restore-cross-platform-opt-yes = Yes, I can sign in another way
authenticator-restore-cross-platform-opt-no = No, the app was my only way to sign in

authenticator-restore-other-method =
    Your work or school account has to be set up again on the new phone. For that you sign in once with another method, for example a text, a call, a security key or a passkey on another device.

    Can you sign in another way?
    .title = Another way to sign in?
    .keywords = new phone, old phone gone, wiped, broken phone, no other method, set up again
    .agent =
        The caller's work or school account has to be set up again on the new phone, which needs one sign-in with another method: a text, a call, a security key or a passkey on another device.

        Ask whether they can sign in another way, or whether the old phone was lost or stolen.
authenticator-restore-other-method-opt-yes = Yes, I have another method that works
authenticator-restore-other-method-opt-no = No, I have no other method
authenticator-restore-other-method-opt-lost = My old phone was lost or stolen

authenticator-restore-set-up-again =
    Do this on a computer, with the new phone next to you.

    1. Open https://aka.ms/setupsecurityinfo (the Security info page) and sign in with your other method. Expect to be asked to verify once more: changing your sign-in methods needs a fresh verification.
    2. Choose "Add sign-in method" and pick Microsoft Authenticator.
    3. In Authenticator on the new phone, add a work or school account and scan the QR code from the computer.
    4. A test notification arrives on the phone. Type the number the computer shows into the app, and approve.
    .title = Set the work account up again
    .keywords = set up again, add sign-in method, QR code, security info, re-register, new phone
    .agent =
        Have the caller do this on a computer, with the new phone next to them:

        1. Open https://aka.ms/setupsecurityinfo (the Security info page) and sign in with their other method. They should expect one more verification: changing sign-in methods needs a fresh one.
        2. Choose "Add sign-in method" and pick Microsoft Authenticator.
        3. In Authenticator on the new phone, add a work or school account and scan the QR code from the computer.
        4. On the test notification, type the number the computer shows into the app, and approve.

        Is the new phone added?

authenticator-restore-remove-old =
    Now tidy up, so your sign-in requests go to the new phone only.

    1. On the Security info page, delete the Authenticator entry, and any passkey, that belongs to the old phone.
    2. In Authenticator on the new phone, if your work account is there twice, remove the copy that doesn't work.

    Then sign out, sign in again and approve on the new phone.
    .title = Remove the old phone
    .keywords = remove old phone, delete old device, old entry, requests go to old phone
    .agent =
        Now have the caller tidy up, so sign-in requests go to the new phone only: on the Security info page they delete the Authenticator entry, and any passkey, that belongs to the old phone; in Authenticator on the new phone, if the work account is there twice, they remove the copy that doesn't work.

        Then have them sign out, sign in again and approve on the new phone. Did it work?

authenticator-restore-duplicates =
    After a restore, or after adding the account again, the app can show the same account twice. Only one of them works: the other is left over and can't approve anything.

    1. Sign in somewhere with your work account and see which entry the request arrives in, or which one has a working code.
    2. Open the other entry and remove it (the option is in that account's settings in the app).
    3. On the Security info page (https://aka.ms/setupsecurityinfo), delete any Authenticator entries for phones you no longer use.

    If neither entry works, answer no below and set the account up again.
    .title = The account shows up twice
    .keywords = account twice, duplicate, two accounts, old entry, stale, remove account, which one
    .agent =
        After a restore, or after adding the account again, the app can show the same account twice. Only one works; the other is left over and can't approve anything.

        Have the caller sign in somewhere and see which entry the request arrives in, or which has a working code, then open the other entry and remove it (in that account's settings in the app). On the Security info page (https://aka.ms/setupsecurityinfo) they delete any Authenticator entries for phones they no longer use.

        If neither entry works, choose no to set the account up again. Did it work?

authenticator-restore-tap-helpdesk =
    You have no method left that works, so the helpdesk has to help you in. They can give you a Temporary Access Pass: a time-limited code from the helpdesk that you sign in with, once or for a short while, to set up Authenticator on your new phone. You can even enter it directly in the Authenticator app when you add your work account.

    Contact { $helpdesk-name } and ask for a Temporary Access Pass. Have ready:

    • your new phone (iPhone or Android)
    • which methods you used before, and what happened to the old phone

    The helpdesk will check that it is really you before giving you a pass.
    .title = Ask for a Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, no method, locked out, new phone, helpdesk, time-limited code
    .agent =
        The caller has no working method left and needs a Temporary Access Pass to set up Authenticator on the new phone.

        Before you issue the pass, verify the caller's identity: { $identity-check }.

        Then issue a Temporary Access Pass, or request one, per your organization's process: a time-limited code they sign in with to add their work account, directly in the Authenticator app or on the Security info page. Afterwards they remove the old phone's entries. Record their new phone, their former methods and what happened to the old phone in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

authenticator-restore-reset-helpdesk =
    You have no method left that works, so the helpdesk has to help you in. They can clear your sign-in methods, so that the next time you sign in you are asked to set them up again, with Authenticator on your new phone.

    Contact { $helpdesk-name } and have ready:

    • your new phone (iPhone or Android)
    • which methods you used before, and what happened to the old phone

    The helpdesk will check that it is really you before changing anything.
    .title = Ask the helpdesk to reset your methods
    .keywords = reset methods, re-register, no method, locked out, new phone, helpdesk
    .agent =
        The caller has no working method left. Your organization doesn't use Temporary Access Passes, so their sign-in methods must be reset so they can register again.

        Before you change anything, verify the caller's identity: { $identity-check }.

        Then delete the old phone's Authenticator registration and require them to register their methods again at the next sign-in, per your organization's process. Record their new phone, their former methods and what happened to the old phone in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

authenticator-restore-no-method-helpdesk =
    You have no method left that works, so the helpdesk has to help you in. Depending on your organization, they either give you a Temporary Access Pass (a time-limited code from the helpdesk that you sign in with to set up Authenticator on your new phone) or clear your sign-in methods so you can set them up again.

    Contact { $helpdesk-name } and have ready:

    • your new phone (iPhone or Android)
    • which methods you used before, and what happened to the old phone

    The helpdesk will check that it is really you before changing anything.
    .title = Get the helpdesk to let you in
    .keywords = Temporary Access Pass, TAP, no method, locked out, new phone, helpdesk, reset methods
    .agent =
        The caller has no working method left and can't set up Authenticator on the new phone without help.

        Before you issue a Temporary Access Pass or reset their methods, verify the caller's identity: { $identity-check }.

        Then, per your organization's process, issue a Temporary Access Pass (a time-limited code they sign in with to add their work account) or reset their sign-in methods so they register again. Record their new phone, their former methods and what happened to the old phone in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

authenticator-restore-helpdesk =
    You couldn't finish setting up Authenticator on your new phone. The helpdesk can look at your account and help you through it.

    Contact { $helpdesk-name } and have ready:

    • your new phone (iPhone or Android)
    • the step where it stopped, and any error text you saw, word for word
    .title = Ask the helpdesk for help
    .agent =
        The caller couldn't finish setting up Authenticator on the new phone.

        Look at their registered methods and help them add the new phone and remove the old one. If you reset their methods or issue a Temporary Access Pass, first verify their identity: { $identity-check }.

        Record the step where it stopped and any error text, word for word, in the case for { $helpdesk-name }.

        Never ask for their password or a verification code.

authenticator-restore-fixed =
    Authenticator on your new phone now approves your sign-ins.

    Keep a second method on the Security info page (https://aka.ms/setupsecurityinfo), for example a passkey or a security key, so a lost or replaced phone doesn't lock you out next time.
    .title = Authenticator works again
    .agent =
        Authenticator on the caller's new phone now approves their sign-ins.

        Suggest they keep a second method on the Security info page (https://aka.ms/setupsecurityinfo), for example a passkey or a security key, so a lost or replaced phone doesn't lock them out next time.
