no-device-title = Jeg har ikke min telefon med
    .keywords = ingen telefon, glemt telefon, telefonen derhjemme, glemt mobil, uden telefon, kontortelefon, anden metode, log på en anden måde, adgangsnøgle, sikkerhedsnøgle, har ikke telefonen med, ikke min telefon med, telefonen med

no-device-link =
    Hvis du tidligere har tilføjet en anden måde at bekræfte på, kan du bruge den nu i stedet for mobilen: fx en adgangsnøgle på din computer, en sikkerhedsnøgle eller din kontortelefon, hvis din organisation stadig bruger opkald.

    Begynd at logge på, som du plejer. På den side, hvor du bliver bedt om at bekræfte, skal du kigge efter linket "Log på en anden måde".

    Kan du se linket?
    .title = Find "Log på en anden måde"
    .keywords = log på en anden måde, anden metode, alternativ metode, kontortelefon, adgangsnøgle
    .agent =
        Spørg brugeren, om brugeren tidligere har tilføjet en anden måde at bekræfte på, fx en adgangsnøgle på computeren, en sikkerhedsnøgle eller kontortelefonen, hvis organisationen stadig bruger opkald.

        Bed brugeren begynde at logge på som normalt. Spørg så: Kan brugeren se linket "Log på en anden måde" på siden Tofaktorbekræftelse (den side, hvor man skal bekræfte)?
no-device-link-opt-yes = Ja, jeg kan se "Log på en anden måde"
no-device-link-opt-no = Nej, det link er der ikke

no-device-other-method =
    1. Vælg "Log på en anden måde".
    2. Vælg en metode, du kan bruge lige nu, fx en adgangsnøgle på denne computer, en sikkerhedsnøgle eller et opkald til din kontortelefon.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Så kan du logge på, selv om telefonen ikke er med.

    Hvis ingen af metoderne på listen virker for dig lige nu, så svar nej herunder. Så hjælper vi dig videre til Helpdesk.
    .title = Log på en anden måde
    .agent =
        Bed brugeren vælge "Log på en anden måde", vælge en metode, der kan bruges lige nu, fx en adgangsnøgle på denne computer, en sikkerhedsnøgle eller et opkald til kontortelefonen, og følge vejledningen på skærmen, til logonet er gennemført.

        Så kommer brugeren ind, selv om telefonen ikke er med. Virker ingen af metoderne lige nu, så vælg nej.

        Er brugeren logget på?

no-device-fixed =
    Du er logget på.

    Så du ikke bliver låst ude næste gang, bør du have mindst to måder at bekræfte på, fx Authenticator-appen på din telefon og en adgangsnøgle eller sikkerhedsnøgle, du har med dig. Du kan tilføje en på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".
    .title = Du er logget på
    .agent =
        Fortæl brugeren, at brugeren er logget på.

        Råd brugeren til at have mindst to måder at bekræfte på, fx Authenticator-appen og en adgangsnøgle eller sikkerhedsnøgle, så brugeren ikke bliver låst ude næste gang. Fra 1. februar 2027 virker en kontortelefon kun, hvis organisationen beholder opkald via sit eget teleselskab. Der kan tilføjes en metode på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".

no-device-helpdesk =
    Du har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på din konto. Derfor kan du ikke selv gennemføre totrinsbekræftelsen, og Helpdesk må hjælpe dig.

    Kontakt { $helpdesk-name }, og bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk: Med den kan du logge på og oprette en ny bekræftelsesmetode.
    .title = Bed om et Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, midlertidig adgangskode, tidsbegrænset adgangskode, Helpdesk, tidsbegrænset kode
    .agent =
        Brugeren har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på kontoen. Derfor kan brugeren ikke selv gennemføre totrinsbekræftelsen.

        Bekræft først brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode. Udsted derefter et Temporary Access Pass, eller bestil et, efter organisationens procedure. Det er en tidsbegrænset kode fra Helpdesk, som brugeren kan logge på med og bruge til at oprette en ny bekræftelsesmetode. Notér i sagen til { $helpdesk-name }, hvilke metoder brugeren har.

no-device-helpdesk-no-tap =
    Du har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på din konto. Derfor kan du ikke selv gennemføre totrinsbekræftelsen.

    Kontakt { $helpdesk-name }, og fortæl, at du ikke har telefonen med. Kan du hente telefonen og prøve igen, er det tit den hurtigste vej ind. Helpdesk kan fortælle dig, om der er en anden måde, du kan logge på i dag.
    .title = Hent telefonen, eller spørg Helpdesk
    .keywords = ingen telefon, Helpdesk, glemt telefon
    .agent =
        Brugeren har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på kontoen. Organisationen bruger ikke Temporary Access Pass.

        Den hurtigste vej er som regel at hente telefonen. Kan brugeren ikke det, så følg organisationens procedure for brugere uden en metode, der virker. Før du ændrer brugerens metoder, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode. Notér i sagen til { $helpdesk-name }, hvilke metoder brugeren har.
