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
        Spørg den, der ringer, hvad der sker, når vedkommende prøver at logge på.

        Lyt efter: ingen telefon med, ingen kode, en fejlmeddelelse, en mistet eller stjålet telefon, en anmodning om godkendelse, som vedkommende ikke selv har startet, en kode, der bliver afvist, ny telefon eller nyt nummer, eller problemer i udlandet. Vælg det svar, der passer bedst. Du kan altid gå tilbage.
triage-problem-opt-nophone = Jeg har ikke min telefon med
triage-problem-opt-nocode = Koden, opkaldet eller sms'en kommer aldrig
triage-problem-opt-error = Jeg får en fejlmeddelelse
triage-problem-opt-lost = Min telefon er mistet eller stjålet
triage-problem-opt-approval = Jeg fik en anmodning om godkendelse, som jeg ikke selv har startet
triage-problem-opt-rejected = Min kode bliver ikke godtaget
triage-problem-opt-new = Jeg har fået ny telefon eller nyt nummer
triage-problem-opt-abroad = Jeg er i udlandet, og det virker ikke
triage-problem-opt-other = Noget andet

triage-errors =
    Hvilken meddelelse ser du på skærmen, når du logger på? Vælg den, der passer.
    .title = Hvilken fejlmeddelelse?
    .keywords = fejl, fejlmeddelelse, grænse, nået vores grænse, bekræftelsesopkald, tekstbekræftelse, problemer med at bekræfte, bekræfte din konto
    .agent =
        Bed den, der ringer, om at læse fejlmeddelelsen på logonskærmen op ord for ord, og vælg den, der passer.

        Er det ingen af dem, så notér den præcise ordlyd.
triage-errors-opt-calls = Du har nået vores grænse for bekræftelsesopkald
triage-errors-opt-texts = Du har nået vores grænse for koder til tekstbekræftelse
triage-errors-opt-trouble = Vi beklager, men vi har problemer med at bekræfte din konto
triage-errors-opt-other = En anden meddelelse, eller ingen af disse

triage-new = Hvad er nyt?
    .title = Ny telefon eller nyt nummer
    .agent =
        Spørg den, der ringer, hvad der er nyt: en ny telefon, et nyt telefonnummer eller en ny telefon, der erstatter en, som er mistet eller stjålet.
triage-new-opt-phone = Jeg har fået en ny telefon
triage-new-opt-number = Jeg har fået et nyt telefonnummer
triage-new-opt-replaced = Min nye telefon erstatter en, der blev mistet eller stjålet

triage-more = Hvad passer bedst på dit problem?
    .title = Noget andet
    .agent =
        Bed den, der ringer, om at beskrive problemet med en enkelt sætning, og vælg det svar, der passer bedst.

        Lyt efter: blokeret efter flere forsøg, bliver aldrig bedt om det andet trin, vil slå totrinsbekræftelse fra, en appadgangskode, der ikke virker, eller ingen af delene.
triage-more-opt-blocked = Jeg er blokeret efter flere forsøg
triage-more-opt-notasked = Jeg bliver aldrig bedt om det andet trin
triage-more-opt-disable = Jeg vil slå totrinsbekræftelse fra
triage-more-opt-apppassword = Min appadgangskode virker ikke
triage-more-opt-none = Ingen af dem, eller intet har hjulpet
