new-number-title = Jeg har fået et nyt telefonnummer
    .keywords = nyt nummer, nyt telefonnummer, skiftet nummer, nyt simkort, opdater nummer, skift nummer, sikkerhedsoplysninger, ændret nummer

new-number-can-sign-in =
    For selv at kunne skifte nummeret skal du logge på én gang til.

    Kan du stadig gennemføre totrinsbekræftelse på en eller anden måde – med dit gamle nummer, Microsoft Authenticator-appen eller en anden metode?
    .title = Kan du stadig logge på?
    .agent =
        Forklar, at den, der ringer, skal logge på én gang til for selv at kunne skifte nummeret.

        Spørg: Kan vedkommende stadig gennemføre totrinsbekræftelse på en eller anden måde – med det gamle nummer, Microsoft Authenticator-appen eller en anden metode?
new-number-can-sign-in-opt-yes = Ja, jeg kan stadig bekræfte
new-number-can-sign-in-opt-unsure = Det ved jeg ikke
new-number-can-sign-in-opt-no = Nej, mit gamle nummer var min eneste metode

new-number-update-number =
    Opdater nummeret i dine sikkerhedsoplysninger, så koder og opkald kommer det rigtige sted hen.

    1. Åbn https://aka.ms/setupsecurityinfo. Du kommer til siden Sikkerhedsoplysninger.
    2. Log på. Når du skal bekræfte, så brug dit gamle nummer, appen eller en anden metode. Tilbyder siden en metode, du ikke kan bruge, så vælg "Log på en anden måde".
    3. Find telefonen med dit gamle nummer, og ret det til dit nye nummer. Du kan også vælge "Tilføj logonmetode" og tilføje det nye nummer som telefon.
    4. Følg vejledningen på skærmen for at bekræfte det nye nummer.

    Er det gamle nummer ikke længere dit, så fjern det, så der ikke går koder til en anden.

    Log derefter af og på igen for at teste det nye nummer. Kan du ikke ændre det, så gå videre til næste trin.
    .title = Opdater sikkerhedsoplysningerne
    .agent =
        Bed den, der ringer, om at opdatere nummeret i sikkerhedsoplysningerne, så koder og opkald kommer det rigtige sted hen:

        1. Åbn https://aka.ms/setupsecurityinfo, siden Sikkerhedsoplysninger.
        2. Log på, og bekræft med det gamle nummer, appen eller en anden metode. Tilbyder siden en metode, der ikke kan bruges, så vælg "Log på en anden måde".
        3. Ret telefonen med det gamle nummer til det nye nummer, eller vælg "Tilføj logonmetode", og tilføj det nye nummer som telefon.
        4. Følg vejledningen på skærmen for at bekræfte det nye nummer.

        Er det gamle nummer ikke længere vedkommendes, så bed vedkommende om at fjerne det, så der ikke går koder til en anden. Koden skriver vedkommende selv: Bed aldrig om at få den læst op.

        Bed derefter vedkommende om at logge af og på igen for at teste det nye nummer. Virkede det?

new-number-fixed =
    Dit nye nummer står nu i dine sikkerhedsoplysninger, og koder og opkald går til det.

    Tip: En ekstra metode, fx Microsoft Authenticator-appen, giver dig en vej ind, hvis du skifter nummer igen.
    .title = Nyt nummer gemt
    .agent =
        Fortæl den, der ringer, at det nye nummer nu står i sikkerhedsoplysningerne, og at koder og opkald går til det.

        Foreslå en ekstra metode, fx Microsoft Authenticator-appen: Den giver en vej ind, hvis nummeret skifter igen.

new-number-helpdesk =
    Du kan ikke selv logge på og ændre nummeret, fordi dine koder går til det gamle nummer. Helpdesk kan ordne det for dig.

    Kontakt { $helpdesk-name }, og bed dem opdatere telefonnummeret på din konto eller rydde dine indstillinger for totrinsbekræftelse. Rydder de dem, skal du sætte totrinsbekræftelse op forfra, næste gang du logger på.

    Skal du logge på inden da, så bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til selv at tilføje dit nye nummer.
    .title = Bed Helpdesk opdatere nummeret
    .agent =
        Den, der ringer, kan ikke logge på og ændre nummeret, fordi koderne går til det gamle nummer.

        Opdater telefonnummeret på kontoen, eller ryd vedkommendes indstillinger for totrinsbekræftelse, efter organisationens procedure. Rydder du dem, så fortæl, at vedkommende skal sætte totrinsbekræftelse op forfra ved næste logon.

        Skal vedkommende logge på inden da, så udsted et Temporary Access Pass, eller bestil et. Det er en tidsbegrænset kode fra Helpdesk, som vedkommende kan logge på med og bruge til selv at tilføje det nye nummer. Notér i sagen til { $helpdesk-name }, hvad der er gjort.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
