locked-out-attempts-title = Blokeret efter flere forsøg på at logge på
    .keywords = blokeret, låst ude, for mange forsøg, flere forsøg, usædvanlig aktivitet, konto låst, en anden, for mange gange, kan ikke logge på

locked-out-attempts-who =
    Mange forsøg på at logge på i løbet af kort tid ligner usædvanlig aktivitet. For at beskytte din konto kan flere forsøg så blive blokeret et stykke tid.

    Var det dig selv, der stod for alle de seneste forsøg?
    .title = Var det dine forsøg?
locked-out-attempts-who-opt-me = Ja, jeg har selv prøvet flere gange
locked-out-attempts-who-opt-someone = Nej, eller jeg er ikke sikker: en anden prøver måske at komme ind
locked-out-attempts-who-opt-requests = Jeg får anmodninger om godkendelse, som jeg ikke selv har startet

locked-out-attempts-wait =
    Blokeringen skal stoppe angreb, og den bliver ophævet igen efter et stykke tid.

    1. Hold op med at prøve at logge på for nu.
    2. Vent et stykke tid, og prøv så én gang til, roligt og omhyggeligt.

    Hvis du stadig er blokeret, efter at du har ventet, så svar nej herunder, og prøv en anden metode.
    .title = Vent, og prøv igen

locked-out-attempts-other-method =
    En anden metode virker måske stadig.

    1. Begynd at logge på. Vælg "Log på en anden måde" på siden Tofaktorbekræftelse.
    2. Vælg en anden metode end den, du brugte før, fx Authenticator-appen i stedet for sms.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Hvis der ikke er nogen anden metode, eller hvis den heller ikke virker, så svar nej herunder.
    .title = Log på en anden måde

locked-out-attempts-fixed =
    Du er logget på.

    Sker det igen, så stop efter et par forsøg og vent lidt, eller brug "Log på en anden måde", i stedet for at prøve igen og igen.
    .title = Du er logget på

locked-out-attempts-helpdesk =
    Du er stadig blokeret. Det kan skyldes forsøg fra en anden, indstillinger for totrinsbekræftelse på din konto, der ikke er sat korrekt op, eller noget andet, som kun en administrator kan se.

    Bed { $helpdesk-name } om at finde ud af, hvorfor du er blokeret. En administrator kan tjekke logonrapporten for din konto.
    .title = Bed Helpdesk om at undersøge det
    .keywords = stadig blokeret, logonrapport, administrator

locked-out-attempts-intruder =
    Måske prøver en anden at komme ind på din konto. Giv { $helpdesk-name } besked om det med det samme.

    • Godkend aldrig en anmodning om logon, som du ikke selv har startet.
    • Fortæl dem, at du tror, at en anden prøver at logge på som dig.
    • Bed dem om at få en administrator til at tjekke logonrapporten for din konto og se, hvad der er sket.
    .title = Nogen prøver måske at komme ind
    .keywords = hacket, en anden, mistænkelig, angreb, indbrud, sikkerhed
