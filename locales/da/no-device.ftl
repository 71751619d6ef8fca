no-device-title = Jeg har ikke min telefon med
    .keywords = ingen telefon, glemt telefon, telefonen derhjemme, glemt mobil, uden telefon, kontortelefon, anden metode, log på en anden måde

no-device-link =
    Hvis du tidligere har tilføjet en anden måde at bekræfte på, fx din kontortelefon, kan du bruge den nu i stedet for mobilen.

    Begynd at logge på, som du plejer. På siden Tofaktorbekræftelse, hvor du bliver bedt om at bekræfte, skal du kigge efter linket "Log på en anden måde".

    Kan du se linket?
    .title = Find "Log på en anden måde"
    .keywords = log på en anden måde, anden metode, alternativ metode, kontortelefon
no-device-link-opt-yes = Ja, jeg kan se "Log på en anden måde"
no-device-link-opt-no = Nej, det link er der ikke

no-device-other-method =
    1. Vælg "Log på en anden måde".
    2. Vælg en metode, du kan bruge lige nu, fx et opkald til din kontortelefon.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Så kan du logge på, selv om telefonen ikke er med.

    Hvis ingen af metoderne på listen virker for dig lige nu, så svar nej herunder. Så hjælper vi dig videre til Helpdesk.
    .title = Log på en anden måde

no-device-fixed =
    Du er logget på.

    Så du ikke står fast næste gang, bør du have mindst to måder at bekræfte på, fx Microsoft Authenticator-appen og din kontortelefon. Du kan tilføje en på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".
    .title = Du er logget på

no-device-helpdesk =
    Du har ikke telefonen med, og der er ikke sat andre bekræftelsesmetoder op på din konto. Derfor kan du ikke selv gennemføre totrinsbekræftelsen, og Helpdesk må hjælpe dig.

    Kontakt { $helpdesk-name }, og bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk: Med den kan du logge på og oprette en ny bekræftelsesmetode.
    .title = Bed om et Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, midlertidig adgangskode, tidsbegrænset adgangskode, Helpdesk, tidsbegrænset kode
