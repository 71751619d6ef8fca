lost-phone-title = Min telefon er mistet eller stjålet
    .keywords = mistet telefon, stjålet telefon, tabt telefon, telefonen er væk, tyveri, ryd indstillinger, mistet, stjålet, tabt, væk, mistet mobil, stjålet mobil

lost-phone-other =
    Måske kan du stadig logge på med en anden metode, som du har tilføjet tidligere, fx en adgangsnøgle på din computer, en sikkerhedsnøgle, Authenticator-appen på en anden enhed eller din kontortelefon, hvis din organisation stadig bruger opkald.

    Begynd at logge på. På den side, hvor du skal bekræfte, skal du kigge efter linket "Log på en anden måde".

    Er linket der, og kan du vælge en metode, der ikke kræver den telefon, du har mistet?
    .title = Find en anden metode
    .agent =
        Spørg brugeren, om brugeren tidligere har tilføjet en anden metode, fx en adgangsnøgle på computeren, en sikkerhedsnøgle, Authenticator-appen på en anden enhed eller kontortelefonen, hvis organisationen stadig bruger opkald.

        Bed brugeren begynde at logge på og kigge efter linket "Log på en anden måde" på siden Tofaktorbekræftelse (den side, hvor man skal bekræfte). Er linket der, med en metode, der ikke kræver den mistede telefon?
lost-phone-other-opt-yes = Ja, der er en metode, jeg kan bruge
lost-phone-other-opt-no = Nej, linket er der ikke, eller der er ingen anden metode

lost-phone-use-other =
    1. Vælg "Log på en anden måde".
    2. Vælg den metode, der ikke kræver den mistede telefon.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Så kommer du ind uden den mistede telefon. Helpdesk skal dog stadig have besked om telefonen bagefter. Det kan du læse mere om på næste skærm.

    Hvis den anden metode ikke virker, så svar nej herunder.
    .title = Log på en anden måde
    .agent =
        Bed brugeren vælge "Log på en anden måde", vælge den metode, der ikke kræver den mistede telefon, og følge vejledningen på skærmen, til logonet er gennemført.

        Fortæl, at Helpdesk stadig skal have besked om telefonen bagefter. Det handler næste skærmbillede om. Virker den anden metode ikke, så vælg nej.

        Kom brugeren ind med den anden metode?

lost-phone-report =
    Du er logget på. Giv nu Helpdesk besked om, at din telefon er mistet eller stjålet. Gør det, selv om du kan logge på: Helpdesk kan fjerne telefonen fra din konto, så ingen kan godkende logon med den, og afslutte de logon, den husker.

    Når det er gjort, skal du sætte din nye telefon op. Vælg "Jeg har fået ny telefon eller nyt nummer" på det første skærmbillede her i værktøjet. En adgangsnøgle, der lå på den mistede telefon, kan ikke gendannes: Du opretter en ny.
    .title = Giv Helpdesk besked om telefonen
    .agent =
        Markér sagen som hastende. Brugeren er logget på med en anden metode, men telefonen er mistet eller stjålet. Tak brugeren for at give { $helpdesk-name } besked, selv om logonet virker.

        Bekræft først brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode. Notér derefter, at telefonen er mistet eller stjålet, og slet efter organisationens procedure den mistede telefons registrering i Authenticator og en eventuel adgangsnøgle på den, og tilbagekald brugerens huskede MFA-sessioner (Revoke MFA sessions).

        Sæt derefter den nye telefon op sammen med brugeren: Gå tilbage til det første skærmbillede, og vælg "Jeg har fået ny telefon eller nyt nummer".

lost-phone-helpdesk =
    Din telefon er væk, og du har ingen anden måde at bekræfte på, så Helpdesk må træde til. Fortæl dem, at telefonen er mistet eller stjålet, så de kan opdatere din konto.

    Bed dem om at rydde dine indstillinger for totrinsbekræftelse, og spørg, om du kan få et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan bruge til at logge på og oprette en ny bekræftelsesmetode.

    Når dine indstillinger er ryddet, bliver du bedt om at sætte totrinsbekræftelse op igen, næste gang du logger på.
    .title = Meld tabet til Helpdesk
    .keywords = Temporary Access Pass, TAP, midlertidig adgangskode, ryd indstillinger, meld mistet telefon, mistet, stjålet, tidsbegrænset kode
    .agent =
        Markér sagen som hastende. Telefonen er mistet eller stjålet, og brugeren har ingen anden måde at bekræfte på.

        Bekræft først brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode. Notér derefter, at telefonen er mistet eller stjålet, og ryd efter organisationens procedure brugerens indstillinger for totrinsbekræftelse (Require re-register MFA), tilbagekald de huskede MFA-sessioner, og udsted et Temporary Access Pass, hvis organisationen bruger dem – eller bestil det hele. Et Temporary Access Pass er en tidsbegrænset kode fra Helpdesk, som brugeren kan logge på med og bruge til at oprette en ny bekræftelsesmetode.

        Fortæl, at når indstillingerne er ryddet, bliver brugeren bedt om at sætte totrinsbekræftelse op igen ved næste logon.
