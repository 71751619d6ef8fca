access-blocked-title = Adgangen bliver blokeret, når jeg logger på
    .keywords = adgang blokeret, blokeret, Conditional Access, betinget adgang, AADSTS, fejlkode, AADSTS53003, 53003, AADSTS53000, 53000, AADSTS50076, 50076, AADSTS50074, 50074, AADSTS50158, 50158, AADSTS500121, 500121, kompatibel, enhed, Company Portal, Firmaportal, placering, Correlation ID, Request ID

access-blocked-which-code =
    Din adgangskode og din bekræftelse kan sagtens være i orden, men din organisations adgangsregler har alligevel stoppet logonet. Reglerne hedder Conditional Access (betinget adgang). De kan se på din enhed, på den app, du bruger, og på, hvor du logger på fra.

    Fejlsiden viser som regel en kode, der begynder med AADSTS. Kan du ikke se en, så vælg linket med flere detaljer på fejlsiden. Hvilken kode ser du?
    .title = Hvilken kode ser du?
    .agent =
        Forklar, at brugerens adgangskode og bekræftelse godt kan være i orden: Organisationens adgangsregler (Conditional Access) kan stadig stoppe et logon på grund af enheden, appen eller placeringen.

        Bed brugeren om at læse koden op, der begynder med AADSTS. Viser siden ingen kode, så bed brugeren vælge linket med flere detaljer på fejlsiden og læse fejlkoden op derfra.
access-blocked-which-code-opt-53003 = AADSTS53003: "Access has been blocked by Conditional Access policies"
access-blocked-which-code-opt-53000 = AADSTS53000, eller en besked om, at min enhed skal være kompatibel eller administreret
access-blocked-which-code-opt-50076 = AADSTS50076 eller AADSTS50074
access-blocked-which-code-opt-500121 = AADSTS500121
access-blocked-which-code-opt-50158 = AADSTS50158
access-blocked-which-code-opt-other = En anden kode eller ingen kode

access-blocked-blocked-53003 =
    Du ser "AADSTS53003". Microsoft beskriver den som "Access has been blocked by Conditional Access policies", altså at adgangen er blokeret af organisationens regler for betinget adgang.

    Din organisations adgangsregler tillader ikke dette logon. Det er ikke en fejl i din totrinsbekræftelse, så en ny kode eller en ny godkendelse ændrer ikke noget. Reglerne kan afhænge af enheden, appen og stedet, du logger på fra.

    1. Prøv igen fra den enhed, du plejer at arbejde på, fx din arbejdscomputer.
    2. Brug den app, din organisation har givet dig, i stedet for en anden app eller browser.
    3. Er du et nyt sted, fx i udlandet eller på et andet netværk, så prøv igen fra der, hvor du plejer at arbejde.

    Er du stadig blokeret, så svar nej herunder. Helpdesk kan se, hvilken regel der stoppede dig.
    .title = Din organisations regler blokerede det
    .keywords = AADSTS53003, 53003, Access has been blocked by Conditional Access policies, BlockedByConditionalAccess, blokeret, betinget adgang, Conditional Access, adgangspolitik, placering, enhed
    .agent =
        Brugeren ser "AADSTS53003": "Access has been blocked by Conditional Access policies". En Conditional Access-politik blokerede logonet. Det er ikke en fejl i bekræftelsen: En ny kode eller godkendelse ændrer ikke noget.

        Bed brugeren prøve igen fra den enhed, brugeren plejer at arbejde på, i den app, organisationen stiller til rådighed, og fra det sted, brugeren plejer at arbejde, hvis brugeren er et nyt sted.

        Kom brugeren ind? Hvis ikke, så vælg nej: Logonloggen viser, hvilken politik der blokerede.

access-blocked-device-compliance =
    Du ser "AADSTS53000" eller en besked om, at din enhed skal være kompatibel eller administreret af din organisation. Microsofts forklaring: Din organisation kræver en kompatibel enhed, og denne enhed er ikke kompatibel.

    Tjek enheden i Company Portal, din organisations app til administrerede enheder:

    1. Åbn Company Portal-appen, eller log på Company Portal-webstedet.
    2. Gå til dine enheder, og vælg denne enhed.
    3. Vælg at kontrollere adgangen (i appen til Windows) eller status (på webstedet). Kontrollen kan tage et par minutter.
    4. Opfylder en indstilling ikke din organisations krav, skriver Company Portal, hvilken det er. Ret den, og kontrollér igen.

    Står enheden ikke i Company Portal, er den ikke administreret af din organisation. Brug i stedet en enhed fra din organisation, eller svar nej herunder.
    .title = Tjek din enhed i Company Portal
    .keywords = AADSTS53000, 53000, DeviceNotCompliant, kompatibel, ikke kompatibel, administreret enhed, Company Portal, Firmaportal, Intune, kontrollér adgang, enhed
    .agent =
        Brugeren ser "AADSTS53000" eller en besked om, at enheden skal være kompatibel eller administreret. En Conditional Access-politik kræver en kompatibel enhed, og denne er det ikke.

        Bed brugeren åbne Company Portal-appen (eller logge på Company Portal-webstedet), gå til sine enheder, vælge denne enhed og kontrollere adgangen ("Check access" i Windows-appen) eller status ("Check status" på webstedet). Kontrollen kan tage et par minutter. Company Portal nævner de indstillinger, der ikke opfylder kravene: Bed brugeren rette dem og kontrollere igen.

        Står enheden der ikke, er den ikke tilmeldt: Brugeren skal bruge en enhed fra organisationen, ellers vælg nej.

        Hjalp det?

access-blocked-mfa-required =
    Du ser "AADSTS50076" eller "AADSTS50074".

    • "AADSTS50076": Din organisation kræver totrinsbekræftelse for denne app eller dette logon, fx efter en ændring i indstillingerne, eller fordi du logger på fra et nyt sted.
    • "AADSTS50074": Der krævedes totrinsbekræftelse, og logonet bestod den ikke.

    1. Luk appen eller browserfanen, og log på igen.
    2. Når du bliver bedt om at bekræfte, så godkend anmodningen eller skriv koden, før skærmen udløber.
    3. Godkend kun et logon, du selv har startet.

    Bliver du ikke bedt om at bekræfte, eller virker bekræftelsen ikke, så svar nej herunder.
    .title = Gennemfør totrinsbekræftelsen
    .keywords = AADSTS50076, 50076, AADSTS50074, 50074, UserStrongAuthClientAuthNRequired, stærk godkendelse, totrinsbekræftelse påkrævet, tofaktorbekræftelse, MFA påkrævet, nyt sted
    .agent =
        Brugeren ser "AADSTS50076" eller "AADSTS50074".

        • 50076: Organisationen kræver multifaktorgodkendelse for ressourcen (fx efter en ændret politik, håndhævelse pr. bruger eller et nyt sted), og logonet skal prøves igen, så bekræftelsen kan gennemføres.
        • 50074: Der krævedes stærk godkendelse, og brugeren bestod ikke bekræftelsen.

        Bed brugeren lukke appen eller fanen, logge på igen og gennemføre bekræftelsen, når den kommer, og kun godkende et logon, brugeren selv har startet.

        Kom brugeren ind?

access-blocked-mfa-failed =
    Du ser "AADSTS500121". Det betyder, at totrinsbekræftelsen blev startet, men ikke lykkedes: Anmodningen blev afvist eller ikke besvaret i tide, eller koden var forkert.

    1. Log på igen.
    2. Svar på anmodningen på telefonen med det samme. Beder appen om et tal, så skriv det tal, der står på logonskærmen.
    3. Skriver du en kode, så brug den nyeste kode til den rigtige konto.

    Har du ikke selv startet dette logon, så godkend ikke noget: Svar nej herunder, og vælg det svar.
    .title = Bekræftelsen lykkedes ikke
    .keywords = AADSTS500121, 500121, Authentication failed during strong authentication request, bekræftelse mislykkedes, afvist, udløbet, MFA mislykkedes
    .agent =
        Brugeren ser "AADSTS500121": "Authentication failed during strong authentication request". Bekræftelsen blev startet, men lykkedes ikke: afvist, ikke besvaret i tide eller en forkert kode.

        Bed brugeren logge på igen og svare med det samme: skrive det tal, logonskærmen viser, i appen, eller bruge den nyeste kode til den rigtige konto.

        Har brugeren ikke selv startet logonet, må brugeren ikke godkende noget: Vælg nej og derefter svaret om en anmodning, brugeren ikke selv har startet.

        Kom brugeren ind?

access-blocked-external-challenge =
    Du ser "AADSTS50158". Microsoft beskriver den som "External security challenge was not satisfied": Din organisation bruger et ekstra sikkerhedstjek fra en ekstern leverandør, og det blev ikke gennemført.

    1. Log på igen i et nyt browservindue.
    2. Gå alle skærmbilleder igennem, også en side fra et andet firmas bekræftelsestjeneste, til du er logget på.
    3. Luk ikke vinduet, og gå ikke tilbage undervejs.

    Kommer fejlen igen, så svar nej herunder.
    .title = Gennemfør det ekstra sikkerhedstjek
    .keywords = AADSTS50158, 50158, ExternalSecurityChallenge, External security challenge was not satisfied, ekstern leverandør, sikkerhedstjek
    .agent =
        Brugeren ser "AADSTS50158": "External security challenge was not satisfied". Et sikkerhedstjek fra en ekstern leverandør, som organisationen bruger, blev ikke gennemført.

        Bed brugeren logge på igen i et nyt browservindue og gå alle skærmbilleder igennem, også siden fra den eksterne leverandør, uden at lukke vinduet eller gå tilbage.

        Kom brugeren ind?

access-blocked-try-again = Hvad sker der, når du logger på igen?
    .title = Når du prøver igen
    .agent =
        Spørg brugeren, hvad der sker ved et nyt logon: Intet kommer frem, koden eller godkendelsen bliver afvist, der kommer anmodninger, brugeren ikke selv har startet, eller den samme fejl kommer igen.
access-blocked-try-again-opt-nothing = Koden, opkaldet eller notifikationen kommer ikke
access-blocked-try-again-opt-rejected = Min kode bliver ikke godtaget
access-blocked-try-again-opt-notme = Jeg får anmodninger om godkendelse, som jeg ikke selv har startet
access-blocked-try-again-opt-same = Den samme fejl kommer igen

access-blocked-fixed =
    Godt, du er logget på.

    Sker det igen, så notér fejlkoden, og hvor du loggede på fra. Så kan Helpdesk hurtigt finde reglen.
    .title = Du er logget på
    .agent =
        Brugeren er logget på. Foreslå, at brugeren noterer fejlkoden, og hvor brugeren loggede på fra, hvis det sker igen.

access-blocked-helpdesk =
    Kun Helpdesk kan se, hvilken af din organisations regler der stoppede dig, og rette noget, hvis det er forkert.

    Før du kontakter { $helpdesk-name }, så hent oplysningerne på fejlsiden:

    1. Vælg linket med flere detaljer på fejlsiden.
    2. Skriv fejlkoden (den begynder med AADSTS), Request ID, Correlation ID og tidspunktet (Timestamp) ned, eller tag et skærmbillede af dem.

    Fortæl også, hvilken app og enhed du brugte, og hvor du loggede på fra.

    Helpdesk har aldrig brug for din adgangskode eller en bekræftelseskode. Giv dem ikke til nogen.
    .title = Send fejloplysningerne til Helpdesk
    .keywords = flere detaljer, More details, Correlation ID, Request ID, Timestamp, fejlkode, AADSTS, blokeret, betinget adgang
    .agent =
        Brugeren er blokeret af en Conditional Access-politik eller en bekræftelse, der ikke blev gennemført, og de almindelige trin hjalp ikke.

        Bed om oplysningerne fra fejlsidens flere detaljer ("More details"): fejlkoden, Request ID, Correlation ID og tidspunktet. Spørg, hvilken app og enhed brugeren brugte, og hvor brugeren loggede på fra.

        Filtrér logonloggene i Microsoft Entra på Correlation ID (eller brugeren og tidspunktet), åbn hændelsen, og se på fanen Conditional Access, hvilken politik der gjaldt og hvorfor. Fanen "Troubleshooting and support" kan give årsagen, fx en enhed, der ikke er kompatibel. Notér det i sagen til { $helpdesk-name }, og send videre til { $assignment-group }, hvis en politik skal ændres.

        Bed aldrig om brugerens adgangskode eller en bekræftelseskode.
