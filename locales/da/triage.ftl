## Dansk ordliste til alle flows (den fulde udgave med forklaringer står i locales/da/README.md;
## ret begge steder). Brug de samme ord overalt, så teksterne hænger sammen.
## Labels i anførselstegn er dem, brugeren ser på skærmen: citér dem præcis.
##
## two-step verification (prosa) = totrinsbekræftelse (tofaktorbekræftelse kun i søgeord og citerede labels)
## Sign in another way (link) = "Log på en anden måde"
## the page that asks you to verify = siden Tofaktorbekræftelse
## verification code = bekræftelseskode
## security info = sikkerhedsoplysninger
## Security info page = siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo)
## Add sign-in method = "Tilføj logonmetode" (ikke bekræftet mod skærmen: tjek og ret samlet)
## Additional security verification page = siden Yderligere sikkerhedsbekræftelse
## app password = appadgangskode
## My Apps portal = Mine apps-portalen
## helpdesk = Helpdesk (organisationens Helpdesk), uden artikel: "Kontakt Helpdesk", "Helpdesk kan ..."
## Do Not Disturb = Vil ikke forstyrres (på telefonen kan den hedde Forstyr ikke; iPhone: Fokus)
## battery optimisation = batterioptimering
## authenticator app = godkendelsesapp; Microsoft Authenticator-appen, kort: Authenticator-appen
## trusted device = enhed, der er tillid til
## roaming fees = roaminggebyrer
## lost or stolen = mistet eller stjålet
## security defaults = sikkerhedsstandardindstillinger
## Temporary Access Pass = et Temporary Access Pass (engelsk produktnavn), forklaret som "en tidsbegrænset kode fra Helpdesk"
## notification = notifikation (meddelelse kun om fejlmeddelelser); number matching = nummermatchning
## hardware token = fysisk kodebrik; mobile provider = teleselskab; backup = sikkerhedskopi
## sign in = logge på; sign-in = logon; sign-in screen = logonskærmen; sign-in report = logonrapporten
## text message = sms (flertal: sms'er); phone call = opkald; approval request = anmodning om godkendelse
## work or school account = arbejds- eller skolekonto; personal Microsoft account = personlig Microsoft-konto
## method = metode; verification method = bekræftelsesmetode
## set up = sætte op; answer no below = svar nej herunder; even though = selv om
## Wi-Fi = Wi-Fi; signal = signal; e.g. = fx
## Telefonens indstillinger: nævn både iPhone og Android, beskriv stien, og skriv, at navnene kan variere.
## Tiltale: du-form, korte sætninger, roligt og konkret.

triage-title = Find dit problem
    .keywords = start, menu, problem, hjælp, log på, totrinsbekræftelse, tofaktorbekræftelse, MFA

triage-problem =
    Vælg det svar, der passer bedst på det, der sker, når du prøver at logge på. Du kan altid gå tilbage.
    .title = Hvad går der galt?
    .agent =
        Spørg brugeren, hvad der sker, når brugeren prøver at logge på.

        Lyt efter: ingen telefon med, intet kommer frem, en skærm om adgangsnøgler, en anmodning om godkendelse, som brugeren ikke selv har startet, en kode, der ikke bliver godtaget, en mistet eller stjålet telefon, en fejlmeddelelse eller ny telefon eller nyt nummer. Alt andet ligger under "Noget andet". Vælg det svar, der passer bedst. Du kan altid gå tilbage.
triage-problem-opt-nophone = Jeg har ikke min telefon med
triage-problem-opt-nocode = Koden, opkaldet eller notifikationen i appen kommer aldrig
triage-problem-opt-passkey = Jeg bliver bedt om at sætte en adgangsnøgle op eller bruge den
triage-problem-opt-approval = Jeg fik en anmodning om godkendelse, som jeg ikke selv har startet
triage-problem-opt-rejected = Min kode bliver ikke godtaget
triage-problem-opt-lost = Min telefon er mistet eller stjålet
triage-problem-opt-error = Jeg får en fejlmeddelelse
triage-problem-opt-new = Jeg har fået ny telefon eller nyt nummer
triage-problem-opt-other = Noget andet

## De danske fejlmeddelelser herunder, som ikke står i kildeartiklen
## (forkert kode, intet svar, flere oplysninger, midlertidigt låst), er ikke
## bekræftet mod en dansk skærm: tjek og ret samlet.
triage-errors =
    Hvilken meddelelse ser du på skærmen, når du logger på? Vælg den, der passer.
    .title = Hvilken fejlmeddelelse?
    .keywords = fejl, fejlmeddelelse, grænse, nået vores grænse, bekræftelsesopkald, tekstbekræftelse, problemer med at bekræfte, bekræfte din konto, forventede bekræftelseskode, modtog ikke noget svar, Der kræves flere oplysninger, midlertidigt låst, låst, AADSTS, fejlkode
    .agent =
        Bed brugeren læse fejlmeddelelsen på logonskærmen op ord for ord, og vælg den, der passer. En kode, der begynder med AADSTS, har sin egen liste.

        Er det ingen af dem, så notér den præcise ordlyd.
triage-errors-opt-calls = Du har nået vores grænse for bekræftelsesopkald
triage-errors-opt-texts = Du har nået vores grænse for koder til tekstbekræftelse
triage-errors-opt-trouble = Vi beklager, men vi har problemer med at bekræfte din konto
triage-errors-opt-wrong-code = Du har ikke angivet den forventede bekræftelseskode. Prøv igen.
triage-errors-opt-no-response = Vi modtog ikke noget svar. Prøv igen.
triage-errors-opt-more-info = Der kræves flere oplysninger
triage-errors-opt-locked = Din konto er midlertidigt låst for at forhindre uautoriseret brug.
triage-errors-opt-code = En fejlkode, der begynder med AADSTS
triage-errors-opt-other = En anden fejlmeddelelse, eller ingen af disse

triage-error-codes =
    Hvilken kode ser du? Den begynder med AADSTS. Viser siden ingen kode, så vælg linket med flere detaljer på den.
    .title = Hvilken fejlkode?
    .keywords = AADSTS, fejlkode, AADSTS50074, 50074, AADSTS50076, 50076, AADSTS50158, 50158, AADSTS53000, 53000, AADSTS53003, 53003, AADSTS500121, 500121
    .agent =
        Bed brugeren læse koden op, der begynder med AADSTS, ciffer for ciffer. Viser siden ingen kode, så bed brugeren vælge linket med flere detaljer på fejlsiden.
triage-error-codes-opt-50074 = AADSTS50074
triage-error-codes-opt-50076 = AADSTS50076
triage-error-codes-opt-50158 = AADSTS50158
triage-error-codes-opt-53000 = AADSTS53000
triage-error-codes-opt-53003 = AADSTS53003
triage-error-codes-opt-500121 = AADSTS500121
triage-error-codes-opt-other = En anden kode

triage-new = Hvad er nyt?
    .title = Ny telefon eller nyt nummer
    .agent =
        Spørg brugeren, hvad der er nyt: en ny telefon, et nyt telefonnummer, en ny telefon, der erstatter en, som er mistet eller stjålet, eller Authenticator-appen flyttet til en ny telefon, hvor arbejdskontoen ikke virker.
triage-new-opt-phone = Jeg har fået en ny telefon
triage-new-opt-number = Jeg har fået et nyt telefonnummer
triage-new-opt-replaced = Min nye telefon erstatter en, der blev mistet eller stjålet
triage-new-opt-restore = Jeg har flyttet Authenticator til en ny telefon, og min arbejdskonto virker ikke

triage-more = Hvad passer bedst på dit problem?
    .title = Noget andet
    .agent =
        Bed brugeren beskrive problemet med en enkelt sætning, og vælg det svar, der passer bedst.

        Lyt efter: bliver bedt om at logge på igen og igen, bliver bedt om flere oplysninger eller om at sætte en metode op, en glemt adgangskode, blokeret selv om bekræftelsen lykkedes, blokeret efter flere forsøg, problemer i udlandet, bliver aldrig bedt om det andet trin, eller en appadgangskode, der ikke virker. Alt andet ligger under det sidste svar.
triage-more-opt-repeated = Jeg bliver bedt om at logge på eller bekræfte igen og igen
triage-more-opt-moreinfo = Jeg bliver bedt om flere oplysninger eller om at sætte en metode op
triage-more-opt-forgot = Jeg har glemt min adgangskode
triage-more-opt-accessblocked = Jeg bekræfter, men min adgang er stadig blokeret
triage-more-opt-blocked = Jeg er blokeret efter flere forsøg
triage-more-opt-abroad = Jeg er i udlandet, og det virker ikke
triage-more-opt-notasked = Jeg bliver aldrig bedt om det andet trin
triage-more-opt-apppassword = Min appadgangskode virker ikke
triage-more-opt-else = Noget andet, eller intet har hjulpet

triage-else = Hvad passer bedst?
    .title = Andet
    .agent =
        Spørg, om brugeren vil slå totrinsbekræftelse fra, eller om ingen af svarene passer, eller intet har hjulpet.
triage-else-opt-disable = Jeg vil slå totrinsbekræftelse fra
triage-else-opt-none = Ingen af dem, eller intet har hjulpet
