lost-phone-title = Min telefon er mistet eller stjålet
    .keywords = mistet telefon, stjålet telefon, tabt telefon, telefonen er væk, tyveri, ryd indstillinger, mistet, stjålet, tabt, væk, mistet mobil, stjålet mobil

lost-phone-other =
    Måske kan du stadig logge på med en anden metode, som du har tilføjet tidligere, fx din kontortelefon.

    Begynd at logge på. På siden Tofaktorbekræftelse skal du kigge efter linket "Log på en anden måde".

    Er linket der, og kan du vælge en metode, der ikke kræver den telefon, du har mistet?
    .title = Find en anden metode
    .agent =
        Spørg den, der ringer, om vedkommende tidligere har tilføjet en anden metode, fx sin kontortelefon.

        Bed vedkommende om at begynde at logge på og kigge efter linket "Log på en anden måde" på siden Tofaktorbekræftelse. Er linket der, med en metode, der ikke kræver den mistede telefon?
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
        Bed den, der ringer, om at vælge "Log på en anden måde", vælge den metode, der ikke kræver den mistede telefon, og følge vejledningen på skærmen, til logonet er gennemført.

        Fortæl, at Helpdesk stadig skal have besked om telefonen bagefter. Det handler næste skærmbillede om. Virker den anden metode ikke, så vælg nej.

        Kom vedkommende ind med den anden metode?

lost-phone-report =
    Du er logget på. Giv nu Helpdesk besked om, at din telefon er mistet eller stjålet. Gør det, selv om du kan logge på: Helpdesk kan så opdatere din konto, som det er nødvendigt.

    Når det er gjort, skal du sætte din nye telefon op. Vælg "Jeg har fået ny telefon eller nyt nummer" på det første skærmbillede her i værktøjet.
    .title = Giv Helpdesk besked om telefonen
    .agent =
        Markér sagen som hastende. Den, der ringer, er logget på med en anden metode, men telefonen er mistet eller stjålet.

        Notér, at telefonen er mistet eller stjålet, og opdater kontoen, som det er nødvendigt, efter organisationens procedure. Tak for, at vedkommende giver { $helpdesk-name } besked, selv om logonet virker.

        Sæt derefter den nye telefon op sammen med vedkommende: Gå tilbage til det første skærmbillede, og vælg "Jeg har fået ny telefon eller nyt nummer".

        Bed aldrig om adgangskoden eller en bekræftelseskode.

lost-phone-helpdesk =
    Din telefon er væk, og du har ingen anden måde at bekræfte på, så Helpdesk må træde til. Fortæl dem, at telefonen er mistet eller stjålet, så de kan opdatere din konto.

    Bed dem om at rydde dine indstillinger for totrinsbekræftelse, og bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan bruge til at logge på og oprette en ny bekræftelsesmetode.

    Når dine indstillinger er ryddet, bliver du bedt om at sætte totrinsbekræftelse op igen, næste gang du logger på.
    .title = Meld tabet til Helpdesk
    .keywords = Temporary Access Pass, TAP, midlertidig adgangskode, ryd indstillinger, meld mistet telefon, mistet, stjålet, tidsbegrænset kode
    .agent =
        Markér sagen som hastende. Telefonen er mistet eller stjålet, og den, der ringer, har ingen anden måde at bekræfte på.

        Notér, at telefonen er mistet eller stjålet, så kontoen bliver opdateret. Ryd vedkommendes indstillinger for totrinsbekræftelse, og udsted et Temporary Access Pass, eller bestil begge dele, efter organisationens procedure. Et Temporary Access Pass er en tidsbegrænset kode fra Helpdesk, som vedkommende kan logge på med og bruge til at oprette en ny bekræftelsesmetode.

        Fortæl, at når indstillingerne er ryddet, bliver vedkommende bedt om at sætte totrinsbekræftelse op igen ved næste logon.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
