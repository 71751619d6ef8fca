lost-phone-title = Min telefon er mistet eller stjålet
    .keywords = mistet telefon, stjålet telefon, tabt telefon, telefonen er væk, tyveri, ryd indstillinger, mistet, stjålet, tabt, væk, mistet mobil, stjålet mobil

lost-phone-other =
    Måske kan du stadig logge på med en anden metode, som du har tilføjet tidligere, fx din kontortelefon.

    Begynd at logge på. På siden Tofaktorbekræftelse skal du kigge efter linket "Log på en anden måde".

    Er linket der, og kan du vælge en metode, der ikke kræver den telefon, du har mistet?
    .title = Find en anden metode
lost-phone-other-opt-yes = Ja, der er en metode, jeg kan bruge
lost-phone-other-opt-no = Nej, linket er der ikke, eller der er ingen anden metode

lost-phone-use-other =
    1. Vælg "Log på en anden måde".
    2. Vælg den metode, der ikke kræver den mistede telefon.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Så kommer du ind uden den mistede telefon. Helpdesk skal dog stadig have besked om telefonen bagefter. Det kan du læse mere om på næste skærm.

    Hvis den anden metode ikke virker, så svar nej herunder.
    .title = Log på en anden måde

lost-phone-report =
    Du er logget på. Giv nu Helpdesk besked om, at din telefon er mistet eller stjålet. Gør det, selv om du kan logge på: Helpdesk kan så opdatere din konto, som det er nødvendigt.

    Når det er gjort, skal du sætte din nye telefon op. Vælg "Jeg har fået ny telefon eller nyt nummer" på det første skærmbillede her i værktøjet.
    .title = Giv Helpdesk besked om telefonen

lost-phone-helpdesk =
    Din telefon er væk, og du har ingen anden måde at bekræfte på, så Helpdesk må træde til. Fortæl dem, at telefonen er mistet eller stjålet, så de kan opdatere din konto.

    Bed dem om at rydde dine indstillinger for totrinsbekræftelse, og bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan bruge til at logge på og oprette en ny bekræftelsesmetode.

    Når dine indstillinger er ryddet, bliver du bedt om at sætte totrinsbekræftelse op igen, næste gang du logger på.
    .title = Meld tabet til Helpdesk
    .keywords = Temporary Access Pass, TAP, midlertidig adgangskode, ryd indstillinger, meld mistet telefon, mistet, stjålet, tidsbegrænset kode
