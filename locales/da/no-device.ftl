no-device-title = Jeg har ikke min telefon med
    .keywords = ingen telefon, glemt telefon, telefonen derhjemme, glemt mobil, uden telefon, kontortelefon, anden metode, log på en anden måde

no-device-link =
    Hvis du tidligere har tilføjet en anden måde at bekræfte på, fx din kontortelefon, kan du bruge den nu i stedet for mobilen.

    Begynd at logge på, som du plejer. På siden Tofaktorbekræftelse, hvor du bliver bedt om at bekræfte, skal du kigge efter linket "Log på en anden måde".

    Kan du se linket?
    .title = Find "Log på en anden måde"
    .keywords = log på en anden måde, anden metode, alternativ metode, kontortelefon
    .agent =
        Spørg den, der ringer, om vedkommende tidligere har tilføjet en anden måde at bekræfte på, fx sin kontortelefon.

        Bed vedkommende om at begynde at logge på som normalt. Spørg så: Kan vedkommende se linket "Log på en anden måde" på siden Tofaktorbekræftelse?
no-device-link-opt-yes = Ja, jeg kan se "Log på en anden måde"
no-device-link-opt-no = Nej, det link er der ikke

no-device-other-method =
    1. Vælg "Log på en anden måde".
    2. Vælg en metode, du kan bruge lige nu, fx et opkald til din kontortelefon.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Så kan du logge på, selv om telefonen ikke er med.

    Hvis ingen af metoderne på listen virker for dig lige nu, så svar nej herunder. Så hjælper vi dig videre til Helpdesk.
    .title = Log på en anden måde
    .agent =
        Bed den, der ringer, om at vælge "Log på en anden måde", vælge en metode, der kan bruges lige nu, fx et opkald til kontortelefonen, og følge vejledningen på skærmen, til logonet er gennemført.

        Så kommer vedkommende ind, selv om telefonen ikke er med. Virker ingen af metoderne lige nu, så vælg nej.

        Er vedkommende logget på?

no-device-fixed =
    Du er logget på.

    Så du ikke står fast næste gang, bør du have mindst to måder at bekræfte på, fx Microsoft Authenticator-appen og din kontortelefon. Du kan tilføje en på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".
    .title = Du er logget på
    .agent =
        Fortæl den, der ringer, at vedkommende er logget på.

        Råd vedkommende til at have mindst to måder at bekræfte på, fx Microsoft Authenticator-appen og kontortelefonen, så vedkommende ikke står fast næste gang. Der kan tilføjes en på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".

no-device-helpdesk =
    Du har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på din konto. Derfor kan du ikke selv gennemføre totrinsbekræftelsen, og Helpdesk må hjælpe dig.

    Kontakt { $helpdesk-name }, og bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk: Med den kan du logge på og oprette en ny bekræftelsesmetode.
    .title = Bed om et Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, midlertidig adgangskode, tidsbegrænset adgangskode, Helpdesk, tidsbegrænset kode
    .agent =
        Den, der ringer, har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på kontoen. Derfor kan vedkommende ikke selv gennemføre totrinsbekræftelsen.

        Udsted et Temporary Access Pass, eller bestil et, efter organisationens procedure. Det er en tidsbegrænset kode fra Helpdesk, som vedkommende kan logge på med og bruge til at oprette en ny bekræftelsesmetode. Notér i sagen til { $helpdesk-name }, hvilke metoder vedkommende har.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
