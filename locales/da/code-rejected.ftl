code-rejected-title = Min kode fra Authenticator bliver afvist
    .keywords = kode afvist, forkert kode, koden virker ikke, ugyldig kode, godkendes ikke, authenticator, godkendelsesapp, udløbet, tid, ur, kode godtages ikke, dato, klokkeslæt

code-rejected-right-account =
    Authenticator-appen kan rumme flere konti, og hver konto har sin egen kode. En kode fra en anden konto bliver altid afvist.

    Åbn appen, og find den arbejds- eller skolekonto, du er ved at logge på. Brug den kode, der står under netop den konto.

    Bliver koden stadig afvist, så gå videre til næste tjek.
    .title = Brug koden fra den rigtige konto
    .agent =
        Forklar, at Authenticator-appen kan rumme flere konti, og at hver konto har sin egen kode. En kode fra en anden konto bliver altid afvist.

        Bed den, der ringer, om at åbne appen, finde den arbejds- eller skolekonto, der logges på, og bruge koden under netop den konto. Koden skriver vedkommende selv: Bed aldrig om at få den læst op.

        Blev koden godtaget?

code-rejected-current-code =
    Koden skifter hvert 30. sekund (en fysisk kodebrik kan skifte hvert 60. sekund). Når der kommer en ny kode, virker den gamle ikke længere.

    Hold øje med koden i appen. Når der kommer en ny, så skriv den med det samme. Er koden lige ved at skifte, så vent på den næste, og skriv den i stedet.

    Bliver koden stadig afvist, så gå videre til næste tjek.
    .title = Skriv den aktuelle kode
    .agent =
        Forklar, at koden skifter hvert 30. sekund (en fysisk kodebrik kan skifte hvert 60. sekund), og at den gamle kode ikke virker længere, når der kommer en ny.

        Bed den, der ringer, om at holde øje med koden i appen og skrive en ny med det samme. Er koden lige ved at skifte, så vent på den næste, og skriv den i stedet.

        Blev koden godtaget?

code-rejected-clock =
    Koderne bygger på klokkeslættet, så telefonens ur skal gå rigtigt. Går uret forkert, viser appen koder, som ikke bliver godtaget, når du logger på.

    Sæt telefonens dato og tid til automatisk:

    • iPhone: Åbn Indstillinger, Generelt og Dato og tid, og slå automatisk indstilling til.
    • Android: Åbn Indstillinger, derefter System og Dato og tid, og slå automatisk dato og tid til.

    Navnene kan variere lidt fra telefon til telefon.

    Åbn derefter appen igen, og skriv den aktuelle kode. Bliver den stadig afvist, så gå videre til næste trin.
    .title = Sæt dato og tid til automatisk
    .agent =
        Forklar, at koderne bygger på klokkeslættet, så telefonens ur skal gå rigtigt. Går uret forkert, viser appen koder, som ikke bliver godtaget ved logon. Bed den, der ringer, om at sætte telefonens dato og tid til automatisk:

        • iPhone: Indstillinger, Generelt og Dato og tid, og slå automatisk indstilling til.
        • Android: Indstillinger, derefter System og Dato og tid, og slå automatisk dato og tid til.

        Navnene kan variere lidt fra telefon til telefon. Bed derefter vedkommende om at åbne appen igen og skrive den aktuelle kode.

        Blev koden godtaget?

code-rejected-other-way =
    Har du en anden metode sat op, så brug den indtil videre.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg en anden metode, fx en sms eller et opkald, og fortsæt.

    Kan du ikke se "Log på en anden måde", har du ikke sat andre metoder op. Gå så videre til næste trin.
    .title = Log på en anden måde
    .agent =
        Spørg den, der ringer, om vedkommende har en anden metode sat op. Er det tilfældet, så bed vedkommende om at vælge "Log på en anden måde" på logonskærmen, vælge en anden metode, fx en sms eller et opkald, og fortsætte.

        Kan vedkommende ikke se "Log på en anden måde", er der ikke sat andre metoder op: Vælg nej.

        Kom vedkommende ind?

code-rejected-helpdesk =
    Appens koder bliver afvist, selv om du har brugt den rigtige konto, den aktuelle kode og det rigtige klokkeslæt, og du kan ikke logge på en anden måde. Helpdesk skal se på, hvordan appen er sat op til din konto.

    Kontakt { $helpdesk-name }, og bed dem tjekke din registrering i Authenticator. Kan du slet ikke logge på, så bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at sætte appen op igen.
    .title = Kontakt Helpdesk
    .agent =
        Appens koder bliver afvist, selv om den, der ringer, har brugt den rigtige konto, den aktuelle kode og det rigtige klokkeslæt, og vedkommende kan ikke logge på en anden måde.

        Tjek registreringen i Authenticator, så du kan se, hvordan appen er sat op til kontoen. Kan vedkommende slet ikke logge på, så udsted et Temporary Access Pass, eller bestil et, efter organisationens procedure. Det er en tidsbegrænset kode fra Helpdesk, som vedkommende kan logge på med og bruge til at sætte appen op igen. Notér i sagen til { $helpdesk-name }, hvad der er gjort.

        Bed aldrig om adgangskoden eller en kode fra appen.

code-rejected-fixed =
    Godt, din kode blev godkendt, og du kan gøre logonet færdigt.

    Sker det igen, så tjek uret først: Dato og tid skal altid være sat til automatisk.
    .title = Din kode blev godkendt
    .agent =
        Fortæl den, der ringer, at koden blev godkendt, og at logonet kan gøres færdigt.

        Sker det igen, skal vedkommende tjekke uret først: Dato og tid skal altid være sat til automatisk.

code-rejected-signed-in-other =
    Du er logget på med en anden metode.

    Appens koder bliver stadig afvist, så giv { $helpdesk-name } besked, når det passer dig. Så kan appen blive ordnet, før du får brug for den igen.
    .title = Logget på en anden måde
    .agent =
        Fortæl den, der ringer, at vedkommende er logget på med en anden metode.

        Appens koder bliver stadig afvist: Notér det til { $helpdesk-name }, så appen kan blive ordnet, før der igen bliver brug for den. Fortæl, at det kan klares, når det passer vedkommende.
