## Linket "Kan du ikke få adgang til din konto?" på logonskærmen er ikke
## bekræftet mod en dansk skærm (engelsk: "Can't access your account?"): tjek og ret.

forgot-password-title = Jeg har glemt min adgangskode
    .keywords = glemt adgangskode, glemt kodeord, nulstil adgangskode, nulstilling af adgangskode, selvbetjening, SSPR, Kan du ikke få adgang til din konto, låst, ny adgangskode, aka.ms/sspr

forgot-password-methods =
    Du kan som regel selv nulstille din adgangskode. Du bekræfter med de samme metoder, som du bruger til totrinsbekræftelse, fx Microsoft Authenticator-appen, et telefonnummer eller en mailadresse, du har tilføjet til nulstilling af adgangskode.

    Hvilke af dem har du ved hånden nu?
    .title = Hvad kan du bekræfte med?
    .agent =
        Forklar, at nulstilling af adgangskode via selvbetjening bruger de samme registrerede metoder som totrinsbekræftelse (Authenticator-appen, et telefonnummer, en mailadresse til nulstilling).

        Spørg brugeren, hvilke af dem brugeren har ved hånden nu.
forgot-password-methods-opt-app = Authenticator-appen eller en mailadresse, jeg har tilføjet til nulstilling af adgangskode
forgot-password-methods-opt-phone = Kun mit telefonnummer, til en sms eller et opkald
forgot-password-methods-opt-unsure = Jeg ved ikke, hvad jeg har sat op
forgot-password-methods-opt-none = Ingen af dem, eller jeg har aldrig sat noget op

forgot-password-reset =
    Nulstil din adgangskode på siden til nulstilling af adgangskode:

    1. Åbn { $password-reset-url } i en browser. Du kan også vælge "Kan du ikke få adgang til din konto?" på logonskærmen.
    2. Skriv din arbejdskonto (din arbejdsmailadresse) og de tegn, der står på billedet.
    3. Bekræft med en af dine metoder, eller to, hvis din organisation kræver det.
    4. Vælg en ny adgangskode.

    Log så på igen med den nye adgangskode. Dine apps og andre enheder beder dig også om at logge på igen: Det er normalt, når adgangskoden er skiftet.

    Skriver siden, at du skal kontakte din administrator, eller virker din metode ikke, så svar nej herunder.
    .title = Nulstil selv din adgangskode
    .keywords = nulstil adgangskode, side til nulstilling, Kan du ikke få adgang til din konto, selvbetjening, SSPR, ny adgangskode
    .agent =
        Send brugeren til siden til nulstilling af adgangskode: { $password-reset-url } (eller linket "Kan du ikke få adgang til din konto?" på logonskærmen). Brugeren skriver sin arbejdskonto og tegnene på billedet, bekræfter med én metode, eller to, hvis organisationen kræver det, og vælger en ny adgangskode.

        Fortæl, at alle apps og enheder beder brugeren logge på igen efter skiftet: Det er normalt.

        Beder siden brugeren kontakte administratoren, eller virker metoden ikke, så vælg nej.

        Virkede nulstillingen?

forgot-password-texts-off =
    Din organisation bruger ikke længere sms'er eller opkald til bekræftelse, så en sms eller et opkald kan ikke hjælpe dig med at nulstille adgangskoden.

    Har du en anden metode, fx Microsoft Authenticator-appen eller en mailadresse til nulstilling af adgangskode, så brug den på { $password-reset-url }.

    Har du ingen anden metode, så svar nej herunder. Helpdesk kan nulstille din adgangskode.
    .title = Sms'er og opkald bruges ikke længere
    .keywords = sms, opkald, ingen sms, nulstil adgangskode, bruges ikke
    .agent =
        Organisationen bruger ikke længere sms'er eller opkald til bekræftelse, så brugeren kan ikke nulstille adgangskoden via sms eller opkald.

        Har brugeren en anden metode (Authenticator-appen, en mailadresse til nulstilling), så send brugeren til { $password-reset-url }. Ellers vælg nej.

        Fik brugeren nulstillet den?

forgot-password-texts-retired =
    Siden 1. februar 2027 sender Microsoft ikke længere sms'er og opkald til bekræftelse, heller ikke til nulstilling af adgangskode. Din organisation har ikke sin egen udbyder, så der kommer ingen sms eller noget opkald.

    Har du en anden metode, fx Microsoft Authenticator-appen eller en mailadresse til nulstilling af adgangskode, så brug den på { $password-reset-url }.

    Har du ingen anden metode, så svar nej herunder. Helpdesk kan nulstille din adgangskode og hjælpe dig med at sætte en ny metode op.
    .title = Nulstilling via sms er stoppet
    .keywords = sms, opkald, udfaset, 1. februar 2027, ingen sms, nulstil adgangskode
    .agent =
        Microsofts egne sms'er og opkald blev udfaset 1. februar 2027, også til nulstilling af adgangskode, og organisationen har ikke sin egen teleudbyder.

        Har brugeren en anden metode (Authenticator-appen, en mailadresse til nulstilling), så send brugeren til { $password-reset-url }. Ellers vælg nej: Adgangskoden skal nulstilles for brugeren, og en ny metode skal sættes op.

        Fik brugeren nulstillet den?

forgot-password-texts-maybe =
    Sms'er og opkald til bekræftelse er måske stoppet. Microsoft holdt op med at sende dem 1. februar 2027, medmindre din organisation bruger sin egen udbyder.

    1. Prøv alligevel siden til nulstilling af adgangskode: { $password-reset-url }.
    2. Kan du vælge Microsoft Authenticator-appen eller en mailadresse i stedet for en sms, så brug den.
    3. Vælger du sms eller opkald, og kommer der ikke noget inden for et par minutter, så stop, og svar nej herunder.
    .title = Prøv siden til nulstilling
    .keywords = sms, opkald, ingen sms, nulstil adgangskode, udfaset
    .agent =
        Det vides ikke, om organisationen stadig sender sms'er og opkald: Microsofts egne stoppede 1. februar 2027, medmindre organisationen bruger sin egen teleudbyder.

        Bed brugeren prøve { $password-reset-url } og hellere vælge Authenticator-appen eller en mailadresse end en sms. Kommer en sms eller et opkald ikke inden for et par minutter, så vælg nej.

        Virkede nulstillingen?

forgot-password-reset-failed = Hvad skete der på siden til nulstilling af adgangskode?
    .title = Hvad gik galt?
    .agent =
        Spørg brugeren, hvad der skete på siden til nulstilling: Den bad brugeren kontakte administratoren, koden eller notifikationen kom ikke, eller noget andet.
forgot-password-reset-failed-opt-admin = Der står, at jeg skal kontakte min administrator
forgot-password-reset-failed-opt-nothing = Koden, opkaldet eller notifikationen kommer ikke
forgot-password-reset-failed-opt-other = Noget andet gik galt

forgot-password-fixed =
    Godt, din adgangskode er nulstillet. Log på med den nye.

    Dine apps, mailen på din telefon og andre enheder beder om den nye adgangskode: Log på igen i hver af dem. For at være klar næste gang, så tjek, at du har mindst to metoder på siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo
    .title = Din adgangskode er nulstillet
    .agent =
        Brugerens adgangskode er nulstillet. Fortæl, at hver app og enhed beder brugeren logge på igen med den nye adgangskode, og foreslå mindst to metoder på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).

forgot-password-helpdesk =
    Du kan ikke selv nulstille din adgangskode. Helpdesk kan nulstille den for dig.

    Fortæl { $helpdesk-name }, at du har glemt din adgangskode, og hvilke metoder du har, hvis du har nogen.

    Helpdesk tjekker først, at du er den, du siger, du er. Så kan de nulstille din adgangskode og, hvis du ikke har nogen metode, du kan bruge, give dig et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, så du kan logge på og sætte en ny metode op.

    Du vælger selv en ny adgangskode. Fortæl aldrig nogen din adgangskode eller en bekræftelseskode, heller ikke Helpdesk.
    .title = Bed Helpdesk nulstille din adgangskode
    .keywords = nulstil adgangskode, Helpdesk, Temporary Access Pass, identitet, administrator
    .agent =
        Brugeren kan ikke selv nulstille adgangskoden: Selvbetjening er ikke slået til for brugeren, de krævede metoder mangler, eller adgangskoden styres lokalt uden tilbageskrivning.

        Bekræft først brugerens identitet efter { $identity-check }. Gør ikke noget på kontoen før det.

        Nulstil derefter adgangskoden, så brugeren skal vælge en ny ved næste logon. Har brugeren ingen metode, der kan bruges, så udsted også et Temporary Access Pass (en tidsbegrænset kode fra Helpdesk) efter organisationens procedure, så brugeren kan registrere en ny metode. Et Temporary Access Pass alene lader ikke brugeren skifte en adgangskode, brugeren ikke kender. Notér, hvad der blev gjort, i sagen til { $helpdesk-name }; send videre til { $assignment-group }, hvis du ikke selv kan gøre det.

        Bed aldrig om brugerens adgangskode eller en bekræftelseskode.
