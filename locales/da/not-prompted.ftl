not-prompted-title = Jeg bliver ikke bedt om det andet trin
    .keywords = ikke bedt om, ingen anmodning, aldrig bedt om, andet trin, sæt op, konfigurer, registrer, sikkerhedsoplysninger, ingen kode, anden bekræftelse

not-prompted-before =
    Efter brugernavn og adgangskode bør du blive bedt om et ekstra trin, fx en kode eller en godkendelse i Authenticator-appen. Sker det aldrig, er din telefon eller din konto sandsynligvis endnu ikke sat op til den metode, din organisation bruger.

    Har du sat totrinsbekræftelse op til denne konto før?
    .title = Har du sat det op før?
    .agent =
        Forklar, at den, der ringer, efter brugernavn og adgangskode bør blive bedt om et ekstra trin, fx en kode eller en godkendelse i Authenticator-appen. Sker det aldrig, er telefonen eller kontoen sandsynligvis endnu ikke sat op til den metode, organisationen bruger.

        Spørg: Har vedkommende sat totrinsbekræftelse op til denne konto før, og i så fald på den nuværende telefon?
not-prompted-before-opt-no = Nej, eller jeg er ikke sikker
not-prompted-before-opt-yes = Ja, på den telefon, jeg har nu
not-prompted-before-opt-otherphone = Ja, men på en anden telefon

not-prompted-set-up =
    Du bliver først bedt om det andet trin, når din telefon er sat op til den metode, din organisation bruger. Sådan sætter du den op:

    1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, og log på.
    2. Vælg "Tilføj logonmetode", og vælg den metode, din organisation bruger, fx Authenticator-appen eller dit telefonnummer.
    3. Følg vejledningen på skærmen, til metoden er tilføjet.

    Log derefter af, og log på igen. Nu bør du blive bedt om det andet trin. Hvis ikke, så svar nej herunder.
    .title = Sæt din metode op
    .agent =
        Forklar, at man først bliver bedt om det andet trin, når telefonen er sat op til den metode, organisationen bruger. Bed den, der ringer, om at:

        1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, og logge på.
        2. Vælge "Tilføj logonmetode" og den metode, organisationen bruger, fx Authenticator-appen eller telefonnummeret.
        3. Følge vejledningen på skærmen, til metoden er tilføjet.

        Bed derefter vedkommende om at logge af og på igen. Bliver vedkommende nu bedt om det andet trin?

not-prompted-check =
    Du bliver kun bedt om det andet trin, hvis din telefon er sat op til den metode, din organisation bruger. Tjek, at den stadig er det:

    1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo.
    2. Tjek, at listen viser den metode, du bruger nu, og at telefonnumrene er rigtige.
    3. Mangler en metode, eller er den forkert, så vælg "Tilføj logonmetode", og tilføj den igen.

    Log derefter af, og log på igen. Bliver du stadig ikke bedt om det andet trin, så svar nej herunder.
    .title = Tjek dine sikkerhedsoplysninger
    .agent =
        Forklar, at man kun bliver bedt om det andet trin, hvis telefonen er sat op til den metode, organisationen bruger. Bed den, der ringer, om at tjekke, at den stadig er det:

        1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo.
        2. Tjek, at listen viser den metode, vedkommende bruger nu, og at telefonnumrene er rigtige.
        3. Mangler en metode, eller er den forkert, så vælg "Tilføj logonmetode", og tilføj den igen.

        Bed derefter vedkommende om at logge af og på igen. Bliver vedkommende nu bedt om det andet trin?

not-prompted-fixed =
    Nu bliver du bedt om det andet trin, når du logger på, og sådan skal det være.

    Hold dine sikkerhedsoplysninger opdateret, fx når du får ny telefon eller nyt nummer.
    .title = Totrinsbekræftelse virker
    .agent =
        Fortæl den, der ringer, at vedkommende nu bliver bedt om det andet trin ved logon, og sådan skal det være.

        Mind vedkommende om at holde sikkerhedsoplysningerne opdateret, fx ved ny telefon eller nyt nummer.

not-prompted-helpdesk =
    Din konto er måske ikke sat op til den metode, din organisation forventer, og det kan Helpdesk undersøge.

    Spørg, hvilken metode din organisation bruger, og om din konto er sat op til den.
    .title = Bed Helpdesk om at undersøge det
    .agent =
        Kontoen er måske ikke sat op til den metode, organisationen forventer.

        Tjek, hvilken metode organisationen bruger, og om kontoen er sat op til den. Notér, hvilke metoder den, der ringer, har.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
