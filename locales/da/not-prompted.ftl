not-prompted-title = Jeg bliver ikke bedt om det andet trin
    .keywords = ikke bedt om, ingen anmodning, aldrig bedt om, andet trin, sæt op, konfigurer, registrer, sikkerhedsoplysninger, ingen kode, anden bekræftelse, spørger aldrig, bliver aldrig spurgt, spørger ikke om bekræftelse

not-prompted-before =
    Det kan være helt normalt, at du ikke bliver bedt om det andet trin. Tit bliver du ikke spurgt igen, når:

    • du har valgt at forblive logget på eller ikke at blive spurgt igen på denne enhed i et stykke tid
    • du logger på fra et sted, din organisation stoler på, fx kontorets netværk
    • du bruger en computer eller telefon fra arbejdet, som opfylder organisationens regler
    • du har logget på med Windows Hello eller en adgangsnøgle: Det tæller allerede som to trin

    Bliver du spurgt en gang imellem, er alt i orden. Bliver du aldrig spurgt, er din konto måske endnu ikke sat op til den metode, din organisation bruger.

    Har du sat totrinsbekræftelse op til denne konto før?
    .title = Har du sat det op før?
    .keywords = ikke bedt om, forbliv logget på, betroet placering, Windows Hello, godkendt enhed, normalt
    .agent =
        Forklar, at det kan være helt normalt ikke at blive bedt om det andet trin: når brugeren har valgt at forblive logget på eller ikke at blive spurgt igen i et stykke tid, logger på fra en betroet placering (fx kontorets netværk), bruger en administreret eller godkendt enhed eller har logget på med Windows Hello eller en adgangsnøgle, som allerede tæller som to trin.

        Bliver brugeren spurgt en gang imellem, er alt i orden. Bliver brugeren aldrig spurgt, er kontoen måske endnu ikke sat op til den metode, organisationen bruger; en bruger, der skal bruge MFA, men ingen metode har, bliver normalt afbrudt for at registrere en.

        Spørg: Har brugeren sat totrinsbekræftelse op til denne konto før, og i så fald på den nuværende telefon?
not-prompted-before-opt-no = Nej, eller jeg er ikke sikker
not-prompted-before-opt-yes = Ja, på den telefon, jeg har nu
not-prompted-before-opt-otherphone = Ja, men på en anden telefon
not-prompted-before-opt-sometimes = Jeg bliver spurgt en gang imellem, bare ikke hver gang

not-prompted-normal =
    Så virker alt, som det skal. Din organisation bestemmer, hvor tit du bliver spurgt, og et husket logon, et sted, organisationen stoler på, eller en enhed fra arbejdet betyder færre spørgsmål.

    Hold dine sikkerhedsoplysninger opdateret, og sørg for at have Microsoft Authenticator-appen eller en adgangsnøgle til de gange, du bliver spurgt.
    .title = Det er normalt
    .agent =
        Fortæl brugeren, at alt virker, som det skal: Organisationen bestemmer, hvor tit brugeren bliver spurgt, og et husket logon, en betroet placering eller en administreret enhed betyder færre spørgsmål.

        Mind brugeren om at holde sikkerhedsoplysningerne opdateret, med Microsoft Authenticator-appen eller en adgangsnøgle til de gange, brugeren bliver spurgt.

not-prompted-set-up =
    Du bliver først bedt om det andet trin, når din telefon er sat op til den metode, din organisation bruger. Sådan sætter du den op:

    1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, og log på.
    2. Vælg "Tilføj logonmetode", og vælg den metode, din organisation bruger, fx Authenticator-appen eller en adgangsnøgle.
    3. Følg vejledningen på skærmen, til metoden er tilføjet.

    Log derefter af, og log på igen. Nu bør du blive bedt om det andet trin. Hvis ikke, så svar nej herunder.
    .title = Sæt din metode op
    .agent =
        Forklar, at man først bliver bedt om det andet trin, når telefonen er sat op til den metode, organisationen bruger. Bed brugeren om at:

        1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, og logge på.
        2. Vælge "Tilføj logonmetode" og den metode, organisationen bruger, fx Authenticator-appen eller en adgangsnøgle.
        3. Følge vejledningen på skærmen, til metoden er tilføjet.

        Bed derefter brugeren om at logge af og på igen. Bliver brugeren nu bedt om det andet trin?

not-prompted-check =
    Du bliver kun bedt om det andet trin, hvis din telefon er sat op til den metode, din organisation bruger. Tjek, at den stadig er det:

    1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo. Du bliver måske bedt om at bekræfte først.
    2. Tjek, at listen viser den metode, du bruger nu, og at telefonnumrene er rigtige.
    3. Mangler en metode, eller er den forkert, så vælg "Tilføj logonmetode", og tilføj den igen.

    Log derefter af, og log på igen. Bliver du stadig ikke bedt om det andet trin, så svar nej herunder.
    .title = Tjek dine sikkerhedsoplysninger
    .agent =
        Forklar, at man kun bliver bedt om det andet trin, hvis telefonen er sat op til den metode, organisationen bruger. Bed brugeren om at tjekke, at den stadig er det:

        1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo.
        2. Tjek, at listen viser den metode, brugeren bruger nu, og at telefonnumrene er rigtige.
        3. Mangler en metode, eller er den forkert, så vælg "Tilføj logonmetode", og tilføj den igen.

        Bed derefter brugeren om at logge af og på igen. Bliver brugeren nu bedt om det andet trin?

not-prompted-fixed =
    Nu bliver du bedt om det andet trin, når du logger på, og sådan skal det være.

    Hold dine sikkerhedsoplysninger opdateret, fx når du får ny telefon eller nyt nummer.
    .title = Totrinsbekræftelse virker
    .agent =
        Fortæl brugeren at brugeren nu bliver bedt om det andet trin ved logon, og sådan skal det være.

        Mind brugeren om at holde sikkerhedsoplysningerne opdateret, fx ved ny telefon eller nyt nummer.

not-prompted-helpdesk =
    Din konto er måske ikke sat op til den metode, din organisation forventer, og det kan Helpdesk undersøge.

    Spørg, hvilken metode din organisation bruger, og om din konto er sat op til den.
    .title = Bed Helpdesk om at undersøge det
    .agent =
        Kontoen er måske ikke sat op til den metode, organisationen forventer.

        Tjek, hvilken metode organisationen bruger, og om kontoen er sat op til den. Notér, hvilke metoder brugeren har.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
