new-number-title = Jeg har fået et nyt telefonnummer
    .keywords = nyt nummer, nyt telefonnummer, skiftet nummer, nyt simkort, opdater nummer, skift nummer, sikkerhedsoplysninger, ændret nummer, nyt mobilnummer, mobilnummer, har skiftet nummer

new-number-can-sign-in =
    For selv at kunne skifte nummeret skal du logge på én gang til.

    Kan du stadig gennemføre totrinsbekræftelse på en eller anden måde – med dit gamle nummer, Microsoft Authenticator-appen, en adgangsnøgle eller en anden metode?
    .title = Kan du stadig logge på?
    .agent =
        Forklar, at brugeren skal logge på én gang til for selv at kunne skifte nummeret.

        Spørg: Kan brugeren stadig gennemføre totrinsbekræftelse på en eller anden måde – med det gamle nummer, Microsoft Authenticator-appen, en adgangsnøgle eller en anden metode?
new-number-can-sign-in-opt-yes = Ja, jeg kan stadig bekræfte
new-number-can-sign-in-opt-unsure = Det ved jeg ikke
new-number-can-sign-in-opt-no = Nej, mit gamle nummer var min eneste metode

new-number-update-number =
    Opdater nummeret i dine sikkerhedsoplysninger, så koder og opkald kommer det rigtige sted hen.

    1. Åbn https://aka.ms/setupsecurityinfo. Du kommer til siden Sikkerhedsoplysninger.
    2. Log på. Når du skal bekræfte, så brug dit gamle nummer, appen eller en anden metode. Tilbyder siden en metode, du ikke kan bruge, så vælg "Log på en anden måde". Du bliver måske bedt om at bekræfte en gang til, før du kan ændre noget: Det er normalt.
    3. Find telefonen med dit gamle nummer, og ret det til dit nye nummer. Du kan også vælge "Tilføj logonmetode" og tilføje det nye nummer som telefon.
    4. Følg vejledningen på skærmen for at bekræfte det nye nummer.

    Er det gamle nummer ikke længere dit, så fjern det, så der ikke går koder til en anden.

    Mens du er der, så tilføj også Microsoft Authenticator-appen eller en adgangsnøgle, hvis du ikke har en: De virker, uanset hvad der sker med dit nummer.

    Log derefter af og på igen for at teste det nye nummer. Kan du ikke ændre det, så gå videre til næste trin.
    .title = Opdater sikkerhedsoplysningerne
    .agent =
        Bed brugeren opdatere nummeret i sikkerhedsoplysningerne, så koder og opkald kommer det rigtige sted hen:

        1. Åbn https://aka.ms/setupsecurityinfo, siden Sikkerhedsoplysninger.
        2. Log på, og bekræft med det gamle nummer, appen eller en anden metode. Tilbyder siden en metode, brugeren ikke kan bruge, så vælg "Log på en anden måde". Ændring af metoder kræver en nylig bekræftelse, så brugeren bliver måske bedt om at bekræfte igen: Det er normalt.
        3. Ret telefonen med det gamle nummer til det nye nummer, eller vælg "Tilføj logonmetode", og tilføj det nye nummer som telefon.
        4. Følg vejledningen på skærmen for at bekræfte det nye nummer.

        Er det gamle nummer ikke længere brugerens, så bed brugeren fjerne det, så der ikke går koder til en anden. Anbefal også at tilføje Microsoft Authenticator-appen eller en adgangsnøgle. Koder skriver brugeren selv: Bed aldrig om at få dem læst op.

        Bed derefter brugeren logge af og på igen for at teste det nye nummer. Virkede det?

new-number-use-app-instead =
    Koder kommer ikke længere via sms eller opkald til din konto: Enten er din organisation holdt op med at bruge dem, eller også stoppede Microsoft dem 1. februar 2027. Du behøver derfor ikke registrere dit nye nummer til logon.

    1. Åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger), og log på. Du bliver måske bedt om at bekræfte en gang til: Det er normalt.
    2. Står dit gamle nummer der, og er det ikke længere dit, så fjern det.
    3. Har du ikke allerede en, så vælg "Tilføj logonmetode", og tilføj Microsoft Authenticator-appen eller en adgangsnøgle.

    Kan du ikke logge på eller ikke tilføje en metode, så svar nej herunder.
    .title = Brug appen eller en adgangsnøgle
    .keywords = nyt nummer, ingen sms, adgangsnøgle, passkey, authenticator
    .agent =
        Koder kommer ikke længere via sms eller opkald til brugerens konto: Enten er organisationen holdt op med at bruge dem, eller også stoppede Microsoft dem 1. februar 2027. Det nye nummer behøver ikke at blive registreret til logon.

        Bed brugeren åbne https://aka.ms/setupsecurityinfo og logge på (brugeren bliver måske bedt om at bekræfte igen), fjerne det gamle nummer, hvis det ikke længere er brugerens, og – hvis brugeren ikke allerede har en – tilføje Microsoft Authenticator-appen eller en adgangsnøgle med "Tilføj logonmetode".

        Virkede det?

new-number-fixed =
    Dit nye nummer står nu i dine sikkerhedsoplysninger. Koder og opkald går nu til det.

    Tip: Microsoft Authenticator-appen eller en adgangsnøgle giver dig en vej ind, hvis dit nummer skifter igen, og de virker stadig efter 1. februar 2027, hvor Microsoft holder op med at sende koder via sms og opkald, medmindre din organisation har sit eget teleselskab til det.
    .title = Nyt nummer gemt
    .agent =
        Fortæl brugeren, at det nye nummer står i sikkerhedsoplysningerne, og at koder og opkald nu går til det.

        Foreslå også Microsoft Authenticator-appen eller en adgangsnøgle: Det giver en vej ind, hvis nummeret skifter igen, og virker stadig efter 1. februar 2027, hvor Microsoft holder op med at levere koder via sms og opkald, medmindre organisationen har sit eget teleselskab.

new-number-fixed-app =
    Dine sikkerhedsoplysninger er opdateret: Du logger på med Authenticator-appen eller en adgangsnøgle, og dit gamle nummer får ikke længere noget.
    .title = Sikkerhedsoplysninger opdateret
    .agent =
        Fortæl brugeren, at sikkerhedsoplysningerne er opdateret: Brugeren logger på med Authenticator-appen eller en adgangsnøgle, og det gamle nummer får ikke længere noget.

new-number-helpdesk =
    Du kan ikke logge på for selv at ændre dine sikkerhedsoplysninger. Helpdesk kan ordne det for dig.

    Kontakt { $helpdesk-name }, og bed dem opdatere telefonnummeret på din konto eller rydde dine indstillinger for totrinsbekræftelse. Rydder de dem, bliver du bedt om at sætte totrinsbekræftelse op igen, næste gang du logger på.

    Skal du logge på inden da, så spørg, om du kan få et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til selv at sætte Authenticator-appen eller en adgangsnøgle op.
    .title = Bed Helpdesk om at opdatere det
    .agent =
        Brugeren kan ikke logge på for at ændre sikkerhedsoplysningerne, fordi koderne går til det gamle nummer eller ikke længere kommer.

        Bekræft først brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode. Opdater derefter telefonnummeret på kontoen efter organisationens procedure, eller ryd brugerens indstillinger for totrinsbekræftelse (Require re-register MFA). Rydder du dem, så fortæl brugeren, at brugeren bliver bedt om at sætte totrinsbekræftelse op igen, næste gang brugeren logger på.

        Skal brugeren logge på inden da, og bruger organisationen Temporary Access Pass, så udsted et, eller bestil et: en tidsbegrænset kode, som brugeren kan logge på med og bruge til selv at sætte Authenticator-appen eller en adgangsnøgle op. Notér i sagen til { $helpdesk-name }, hvad der er gjort.
