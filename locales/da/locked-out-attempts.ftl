locked-out-attempts-title = Blokeret efter flere forsøg på at logge på
    .keywords = blokeret, låst ude, for mange forsøg, flere forsøg, usædvanlig aktivitet, konto låst, en anden, for mange gange, kan ikke logge på, Din konto er blevet låst, Din konto er låst

locked-out-attempts-who =
    Mange forsøg på at logge på i løbet af kort tid ligner usædvanlig aktivitet. For at beskytte din konto kan flere forsøg så blive blokeret et stykke tid.

    Var det dig selv, der stod for alle de seneste forsøg?
    .title = Var det dine forsøg?
    .agent =
        Forklar, at mange forsøg på at logge på i løbet af kort tid ligner usædvanlig aktivitet, og at flere forsøg så kan blive blokeret et stykke tid for at beskytte kontoen.

        Spørg: Var det brugeren selv, der stod for alle de seneste forsøg? Lyt efter tvivl og efter anmodninger om godkendelse, som brugeren ikke selv har startet.
locked-out-attempts-who-opt-me = Ja, jeg har selv prøvet flere gange
locked-out-attempts-who-opt-someone = Nej, eller jeg er ikke sikker: en anden prøver måske at komme ind
locked-out-attempts-who-opt-requests = Jeg får anmodninger om godkendelse, som jeg ikke selv har startet

locked-out-attempts-wait =
    Blokeringen skal stoppe angreb, og den bliver ophævet igen efter et stykke tid.

    1. Hold op med at prøve at logge på for nu.
    2. Vent et stykke tid, og prøv så én gang til, roligt og omhyggeligt.

    Hvis du stadig er blokeret, efter at du har ventet, så svar nej herunder, og prøv en anden metode.
    .title = Vent, og prøv igen
    .agent =
        Forklar, at blokeringen skal stoppe angreb, og at den bliver ophævet igen efter et stykke tid.

        Bed brugeren holde op med at prøve at logge på for nu, vente et stykke tid og så prøve én gang til, roligt og omhyggeligt.

        Kunne brugeren logge på efter ventetiden?

locked-out-attempts-other-method =
    En anden metode virker måske stadig.

    1. Begynd at logge på. Vælg "Log på en anden måde" på den side, hvor du skal bekræfte.
    2. Vælg en anden metode end den, du brugte før, fx Authenticator-appen eller en adgangsnøgle i stedet for sms.
    3. Følg vejledningen på skærmen, og gør logonet færdigt.

    Hvis der ikke er nogen anden metode, eller hvis den heller ikke virker, så svar nej herunder.
    .title = Log på en anden måde
    .agent =
        En anden metode virker måske stadig. Bed brugeren begynde at logge på og vælge "Log på en anden måde" på siden Tofaktorbekræftelse.

        Brugeren vælger en anden metode end den, der blev brugt før, fx Authenticator-appen eller en adgangsnøgle i stedet for sms, og følger vejledningen på skærmen.

        Kom brugeren ind?

locked-out-attempts-fixed =
    Du er logget på.

    Sker det igen, så stop efter et par forsøg og vent lidt, eller brug "Log på en anden måde", i stedet for at prøve igen og igen.
    .title = Du er logget på
    .agent =
        Fortæl brugeren, at brugeren er logget på.

        Sker det igen, skal brugeren stoppe efter et par forsøg og vente lidt eller bruge "Log på en anden måde" i stedet for at prøve igen og igen.

locked-out-attempts-helpdesk =
    Du er stadig blokeret. Det kan skyldes forsøg fra en anden, indstillinger for totrinsbekræftelse på din konto, der ikke er sat korrekt op, eller noget andet, som kun en administrator kan se.

    Har du rapporteret en anmodning om godkendelse eller et opkald som mistænkeligt, kan din totrinsbekræftelse være blokeret med vilje, indtil Helpdesk har tjekket din konto.

    Bed { $helpdesk-name } om at finde ud af, hvorfor du er blokeret. En administrator kan tjekke logonrapporten for din konto. Fortæl, hvis du har rapporteret noget.
    .title = Bed Helpdesk om at undersøge det
    .keywords = stadig blokeret, logonrapport, administrator
    .agent =
        Brugeren er stadig blokeret. Det kan skyldes forsøg fra en anden, indstillinger for totrinsbekræftelse på kontoen, der ikke er sat korrekt op, eller noget andet, som kun en administrator kan se.

        Få en administrator til at tjekke logonrapporten for kontoen og finde ud af, hvorfor brugeren er blokeret, og notér det i sagen til { $helpdesk-name }. Har brugeren rapporteret en anmodning eller et opkald som svindel, kan brugeren være blokeret for MFA (Bloker/fjern blokering af brugere) eller have fået høj risiko, indtil nogen griber ind.

        Før du fjerner en blokering eller ændrer brugerens metoder, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

locked-out-attempts-intruder =
    Måske prøver en anden at komme ind på din konto. Giv { $security-contact } besked om det med det samme.

    • Godkend aldrig en anmodning om logon, som du ikke selv har startet.
    • Fortæl dem, at du tror, at en anden prøver at logge på som dig.
    • Bed dem om at få en administrator til at tjekke logonrapporten for din konto og se, hvad der er sket.
    .title = Nogen prøver måske at komme ind
    .keywords = hacket, en anden, mistænkelig, angreb, indbrud, sikkerhed
    .agent =
        Markér sagen som hastende: Måske prøver en anden at komme ind på kontoen. Tak brugeren for at give besked med det samme, og sørg for, at { $security-contact } hører om det.

        Sig til brugeren: "Godkend aldrig en anmodning om logon, som du ikke selv har startet. Afvis den."

        Notér, at brugeren tror, at en anden prøver at logge på i brugerens navn, og få en administrator til at tjekke logonrapporten for kontoen og se, hvad der er sket.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
