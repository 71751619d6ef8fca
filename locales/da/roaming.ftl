roaming-title = Problemer på rejsen
    .keywords = udlandet, rejse, rejser, roaming, roaminggebyrer, ferie, andet land, international, Wi-Fi, wifi, tur, intet signal, lokalt SIM-kort, udenlandsk SIM-kort, landekode

roaming-method = Hvordan bekræfter du normalt, når du logger på?
    .title = Din metode
    .agent =
        Spørg brugeren, hvordan brugeren normalt bekræfter ved logon: med sms eller opkald eller med Microsoft Authenticator-appen.
roaming-method-opt-phone = Med sms eller opkald
roaming-method-opt-app = Med Microsoft Authenticator-appen

roaming-has-app =
    I udlandet er sms'er mindre pålidelige, og de kan koste roaminggebyrer. Husk:

    • Sms'er og opkald går altid til nummeret i dine sikkerhedsoplysninger. Bruger du et lokalt SIM-kort i udlandet, kommer der ingenting på det: Sæt dit eget SIM-kort i igen, eller brug appen.
    • Om sms'er og opkald er tilladt, afhænger af dit nummers landekode, ikke af det land, du er i. For nogle landekoder skal din organisation have slået dem til.
    • Fra 1. februar 2027 sender Microsoft ikke længere koder via sms eller opkald, medmindre din organisation har sit eget teleselskab til det.

    Er Microsoft Authenticator-appen allerede sat op til denne konto på din telefon?
    .title = Er appen sat op?
    .agent =
        Forklar, at sms'er er mindre pålidelige i udlandet og kan koste roaminggebyrer, og at:

        • sms'er og opkald altid går til nummeret i sikkerhedsoplysningerne: Et lokalt SIM-kort får ingenting
        • om sms'er og opkald er tilladt, afhænger af det registrerede nummers landekode, ikke af hvor brugeren er; nogle landekoder skal organisationen slå til
        • Microsoft fra 1. februar 2027 ikke længere leverer koder via sms eller opkald, medmindre organisationen har sit eget teleselskab

        Spørg: Er Microsoft Authenticator-appen allerede sat op til denne konto på telefonen?
roaming-has-app-opt-yes = Ja, appen er sat op
roaming-has-app-opt-no = Nej, eller jeg er ikke sikker

roaming-switch-to-app =
    Authenticator-appen er det mest pålidelige valg i udlandet.

    1. Forbind telefonen til Wi-Fi, hvis du kan.
    2. Begynd at logge på. Vælg "Log på en anden måde" på den side, hvor du skal bekræfte.
    3. Vælg Authenticator-appen. Skriv det tal, logonskærmen viser, i appen, og godkend.

    Kommer der ingen anmodning, så åbn appen, og træk listen nedad for at opdatere den. Kommer den stadig ikke, så svar nej herunder: Appen kan også vise en kode, som virker helt uden forbindelse.
    .title = Skift til Authenticator-appen
    .agent =
        Authenticator-appen er det mest pålidelige valg i udlandet.

        Bed brugeren forbinde telefonen til Wi-Fi, hvis det er muligt, begynde at logge på og vælge "Log på en anden måde" på siden Tofaktorbekræftelse (den side, hvor man skal bekræfte). Brugeren vælger Authenticator-appen, skriver det tal, logonskærmen viser, i appen og godkender.

        Kommer der ingen anmodning, åbner brugeren appen og trækker listen nedad for at opdatere. Kommer den stadig ikke, så vælg nej: Appen kan også vise en kode, som virker helt uden forbindelse.

        Virkede det?

roaming-wifi =
    Anmodninger om godkendelse fra Authenticator-appen kræver internetforbindelse. I udlandet er mobildata måske slået fra eller dyrt, så brug Wi-Fi i stedet.

    1. Forbind telefonen til et Wi-Fi-netværk.
    2. Log på igen. Skriv det tal, logonskærmen viser, i appen, og godkend.

    Kommer der ingen anmodning, så åbn appen, og træk listen nedad for at opdatere den. Kommer der stadig ingenting, så svar nej herunder, og brug en kode fra appen i stedet.
    .title = Forbind til Wi-Fi
    .agent =
        Forklar, at anmodninger om godkendelse fra Authenticator-appen kræver internetforbindelse, og at mobildata i udlandet måske er slået fra eller dyrt.

        Bed brugeren forbinde telefonen til et Wi-Fi-netværk, logge på igen, skrive det tal, logonskærmen viser, i appen og godkende.

        Kommer der ingen anmodning, åbner brugeren appen og trækker listen nedad for at opdatere. Kommer der stadig ingenting, så vælg nej for at bruge en kode fra appen i stedet. Kom anmodningen frem?

roaming-app-code =
    Authenticator-appen kan vise en bekræftelseskode, der virker uden mobilsignal og uden internet.

    1. Vælg "Log på en anden måde" på den side, hvor du skal bekræfte, og vælg at bruge en bekræftelseskode.
    2. Åbn Authenticator-appen, og find din arbejds- eller skolekonto. Koden står der.
    3. Skriv koden. Den skifter hvert 30. sekund, så brug den, der står der lige nu.

    Hvis koden ikke bliver godtaget, så svar nej herunder, så får du mere hjælp.
    .title = Brug en kode fra appen
    .agent =
        Forklar, at Authenticator-appen kan vise en bekræftelseskode, der virker uden mobilsignal og uden internet.

        Bed brugeren vælge "Log på en anden måde" på siden Tofaktorbekræftelse og vælge at bruge en bekræftelseskode. Så åbner brugeren Authenticator-appen, finder sin arbejds- eller skolekonto og skriver koden, der står der. Den skifter hvert 30. sekund, så det skal være den, der står der lige nu. Bed aldrig om at få koden læst op.

        Blev koden godtaget?

roaming-try-text =
    Uden appen er du afhængig af sms og opkald, og de er sværere at få igennem i udlandet.

    • Sæt SIM-kortet med dit sædvanlige nummer i telefonen: Koderne går til det nummer, ikke til et lokalt SIM-kort.
    • Tjek, at din telefon har signal der, hvor du er, og at roaming er slået til.
    • Hvis et opkald ikke kommer igennem, så vælg "Log på en anden måde", og vælg sms i stedet, hvis det er en mulighed.
    • Sms'er kan være længe undervejs i udlandet. Vent et par minutter, før du beder om en ny kode: Mange anmodninger på kort tid kan blive blokeret et stykke tid.

    Hvis der ikke kommer noget, så svar nej herunder. Så hjælper vi dig videre til Helpdesk.
    .title = Prøv med sms i stedet
    .agent =
        Uden appen er brugeren afhængig af sms og opkald, og de er sværere at få igennem i udlandet. Bed brugeren om at:

        • bruge SIM-kortet med det registrerede nummer: Koderne går ikke til et lokalt SIM-kort
        • tjekke, at telefonen har signal der, hvor brugeren er, og at roaming er slået til
        • vælge "Log på en anden måde" og vælge sms i stedet, hvis et opkald ikke kommer igennem, og sms er en mulighed
        • vente et par minutter, før der bedes om en ny kode: Sms'er kan være længe undervejs i udlandet, og mange anmodninger på kort tid kan blive blokeret et stykke tid

        Kom der en sms eller et opkald?

roaming-fixed =
    Du er logget på.

    Tjek før din næste rejse, at Authenticator-appen virker til denne konto. Dens koder virker også uden signal og internet.
    .title = Du er logget på
    .agent =
        Fortæl brugeren, at brugeren er logget på.

        Før næste rejse bør brugeren tjekke, at Authenticator-appen virker til denne konto. Dens koder virker også uden signal og internet.

roaming-fixed-add-app =
    Du er logget på. Sæt Authenticator-appen op nu, så den er klar næste gang:

    1. Installér Microsoft Authenticator på din telefon.
    2. Gå til siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo
    3. Vælg "Tilføj logonmetode", og vælg Authenticator. Du bliver måske bedt om at bekræfte en gang til først.
    4. Scan QR-koden med appen, og godkend testnotifikationen.

    Derefter kan du godkende logon over Wi-Fi eller bruge en kode fra appen helt uden forbindelse.
    .title = Sæt appen op til næste gang
    .agent =
        Fortæl brugeren, at brugeren er logget på, og foreslå at sætte Authenticator-appen op nu, så den er klar næste gang:

        1. Installér Microsoft Authenticator på telefonen.
        2. Gå til siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo
        3. Vælg "Tilføj logonmetode", og vælg Authenticator. Brugeren bliver måske bedt om at bekræfte en gang til først.
        4. Scan QR-koden med appen, og godkend testnotifikationen.

        Derefter kan brugeren godkende logon over Wi-Fi eller bruge en kode fra appen helt uden forbindelse.

roaming-helpdesk =
    Sms'er og opkald når ikke frem til dig, hvor du er, og Authenticator-appen er ikke sat op. Helpdesk kan undersøge, om sms'er og opkald er tilladt til dit telefonnummers landekode, og hjælpe dig med at logge på.

    Fortæl dem, hvilket land du er i, og landekoden på det telefonnummer, du bruger til logon.
    .title = Få hjælp i udlandet
    .agent =
        Sms'er og opkald når ikke frem til brugeren, hvor brugeren er, og Authenticator-appen er ikke sat op.

        Notér, hvilket land brugeren er i, og landekoden på det registrerede nummer. Sms'er og opkald bliver tilladt eller blokeret efter det registrerede nummers landekode, ikke efter hvor brugeren er: Undersøg, om landekoden kræver, at organisationen slår den til, og hjælp brugeren med at logge på.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
