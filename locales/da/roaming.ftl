roaming-title = Problemer på rejsen
    .keywords = udlandet, rejse, rejser, roaming, roaminggebyrer, ferie, andet land, international, Wi-Fi, wifi, tur, intet signal

roaming-method = Hvordan bekræfter du normalt, når du logger på?
    .title = Din metode
    .agent =
        Spørg den, der ringer, hvordan vedkommende normalt bekræfter ved logon: med sms eller opkald eller med Microsoft Authenticator-appen.
roaming-method-opt-phone = Med sms eller opkald
roaming-method-opt-app = Med Microsoft Authenticator-appen

roaming-has-app =
    I udlandet er sms'er mindre pålidelige, og de kan koste roaminggebyrer. Opkald til nogle lande er blokeret, medmindre din organisation har tilladt dem.

    Er Microsoft Authenticator-appen allerede sat op til denne konto på din telefon?
    .title = Er appen sat op?
    .agent =
        Forklar, at sms'er er mindre pålidelige i udlandet og kan koste roaminggebyrer, og at opkald til nogle lande er blokeret, medmindre organisationen har tilladt dem.

        Spørg: Er Microsoft Authenticator-appen allerede sat op til denne konto på telefonen?
roaming-has-app-opt-yes = Ja, appen er sat op
roaming-has-app-opt-no = Nej, eller jeg er ikke sikker

roaming-switch-to-app =
    Authenticator-appen er det mest pålidelige valg i udlandet.

    1. Forbind telefonen til Wi-Fi, hvis du kan.
    2. Begynd at logge på. Vælg "Log på en anden måde" på siden Tofaktorbekræftelse.
    3. Vælg Authenticator-appen, og godkend anmodningen i appen. Bliver du bedt om et tal, så skriv det tal, der står på logonskærmen.

    Hvis anmodningen ikke når frem til appen, så svar nej herunder. Appen kan også vise en kode, som virker helt uden forbindelse.
    .title = Skift til Authenticator-appen
    .agent =
        Authenticator-appen er det mest pålidelige valg i udlandet.

        Bed den, der ringer, om at forbinde telefonen til Wi-Fi, hvis det er muligt, begynde at logge på og vælge "Log på en anden måde" på siden Tofaktorbekræftelse. Vedkommende vælger Authenticator-appen og godkender anmodningen i appen. Beder appen om et tal, skal vedkommende skrive det tal, der står på logonskærmen.

        Kommer anmodningen ikke frem til appen, så vælg nej: Appen kan også vise en kode, som virker helt uden forbindelse.

        Virkede det?

roaming-wifi =
    Anmodninger fra Authenticator-appen kræver internetforbindelse. I udlandet er mobildata måske slået fra eller dyrt, så brug Wi-Fi i stedet.

    1. Forbind telefonen til et Wi-Fi-netværk.
    2. Log på igen, og godkend anmodningen i appen. Bliver du bedt om et tal, så skriv det tal, der står på logonskærmen.

    Hvis der ikke kommer nogen anmodning, så svar nej herunder, og brug en kode fra appen i stedet.
    .title = Forbind til Wi-Fi
    .agent =
        Forklar, at anmodninger fra Authenticator-appen kræver internetforbindelse, og at mobildata i udlandet måske er slået fra eller dyrt.

        Bed den, der ringer, om at forbinde telefonen til et Wi-Fi-netværk, logge på igen og godkende anmodningen i appen. Beder appen om et tal, skal vedkommende skrive det tal, der står på logonskærmen.

        Kommer der ingen anmodning, så vælg nej for at bruge en kode fra appen i stedet. Kom anmodningen frem?

roaming-app-code =
    Authenticator-appen kan vise en bekræftelseskode, der virker uden mobilsignal og uden internet.

    1. Vælg "Log på en anden måde" på siden Tofaktorbekræftelse, og vælg at bruge en bekræftelseskode.
    2. Åbn Authenticator-appen, og find din arbejds- eller skolekonto. Koden står der.
    3. Skriv koden. Den skifter hvert 30. sekund, så brug den, der står der lige nu.

    Hvis koden ikke bliver godtaget, så svar nej herunder, så får du mere hjælp.
    .title = Brug en kode fra appen
    .agent =
        Forklar, at Authenticator-appen kan vise en bekræftelseskode, der virker uden mobilsignal og uden internet.

        Bed den, der ringer, om at vælge "Log på en anden måde" på siden Tofaktorbekræftelse og vælge at bruge en bekræftelseskode. Så åbner vedkommende Authenticator-appen, finder sin arbejds- eller skolekonto og skriver koden, der står der. Den skifter hvert 30. sekund, så det skal være den, der står der lige nu. Bed aldrig om at få koden læst op.

        Blev koden godtaget?

roaming-try-text =
    Uden appen er du afhængig af sms og opkald, og de er sværere at få igennem i udlandet.

    • Tjek, at din telefon har signal der, hvor du er.
    • Hvis et opkald ikke kommer igennem, så vælg "Log på en anden måde", og vælg sms i stedet, hvis det er en mulighed. Opkald til nogle lande er blokeret, medmindre din organisation har tilladt dem.
    • Sms'er kan være længe undervejs i udlandet. Vent et par minutter, før du beder om en ny kode: Mange anmodninger på kort tid kan blive blokeret et stykke tid.

    Hvis der ikke kommer noget, så svar nej herunder. Så hjælper vi dig videre til Helpdesk.
    .title = Prøv med sms i stedet
    .agent =
        Uden appen er den, der ringer, afhængig af sms og opkald, og de er sværere at få igennem i udlandet. Bed vedkommende om at:

        • tjekke, at telefonen har signal der, hvor vedkommende er
        • vælge "Log på en anden måde" og vælge sms i stedet, hvis et opkald ikke kommer igennem, og sms er en mulighed; opkald til nogle lande er blokeret, medmindre organisationen har tilladt dem
        • vente et par minutter, før der bedes om en ny kode: Sms'er kan være længe undervejs i udlandet, og mange anmodninger på kort tid kan blive blokeret et stykke tid

        Kom der en sms eller et opkald?

roaming-fixed =
    Du er logget på.

    Tjek før din næste rejse, at Authenticator-appen virker til denne konto. Dens koder virker også uden signal og internet.
    .title = Du er logget på
    .agent =
        Fortæl den, der ringer, at vedkommende er logget på.

        Før næste rejse bør vedkommende tjekke, at Authenticator-appen virker til denne konto. Dens koder virker også uden signal og internet.

roaming-fixed-add-app =
    Du er logget på. Sæt Authenticator-appen op nu, så den er klar næste gang:

    1. Installér Microsoft Authenticator på din telefon.
    2. Gå til siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo
    3. Vælg "Tilføj logonmetode", og vælg Authenticator.
    4. Scan QR-koden med appen, og godkend testnotifikationen.

    Derefter kan du godkende logon over Wi-Fi eller bruge en kode fra appen helt uden forbindelse.
    .title = Sæt appen op til næste gang
    .agent =
        Fortæl den, der ringer, at vedkommende er logget på, og foreslå at sætte Authenticator-appen op nu, så den er klar næste gang:

        1. Installér Microsoft Authenticator på telefonen.
        2. Gå til siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo
        3. Vælg "Tilføj logonmetode", og vælg Authenticator.
        4. Scan QR-koden med appen, og godkend testnotifikationen.

        Derefter kan vedkommende godkende logon over Wi-Fi eller bruge en kode fra appen helt uden forbindelse.

roaming-helpdesk =
    Sms'er og opkald når ikke frem til dig, hvor du er, og Authenticator-appen er ikke sat op. Helpdesk kan undersøge, om bekræftelsesopkald må gå til det land, du er i, og hjælpe dig med at logge på.

    Fortæl dem, hvilket land du er i.
    .title = Få hjælp i udlandet
    .agent =
        Der, hvor den, der ringer, befinder sig, når sms'er og opkald ikke frem, og Authenticator-appen er ikke sat op.

        Notér, hvilket land vedkommende er i. Undersøg, om bekræftelsesopkald må gå til det land, og hjælp med at logge på.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
