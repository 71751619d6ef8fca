code-not-arriving-title = Bekræftelseskoden kommer ikke frem
    .keywords = sms, tekstbesked, kode, bekræftelseskode, opkald, notifikation, kommer ikke, modtager ikke, ingen kode, grænse, fejl, blokeret, besked, sms-kode, får ingen kode, intet opkald, ingen sms, WhatsApp, RCS, adgangsnøgle, passkey, opdater

code-not-arriving-what-happens =
    Lad os finde ud af, hvorfor koden, opkaldet eller notifikationen ikke når frem til dig.

    Viser logonskærmen en af disse fejlmeddelelser, eller kommer der slet ingenting?
    .title = Hvad ser du?
    .agent =
        Spørg brugeren, om logonskærmen viser en fejlmeddelelse, og bed brugeren læse den op ord for ord.

        Lyt efter "Du har nået vores grænse for bekræftelsesopkald", "Du har nået vores grænse for koder til tekstbekræftelse" eller "Vi beklager, men vi har problemer med at bekræfte din konto". Er der ingen fejl, og kommer sms'en, opkaldet eller notifikationen fra appen bare ikke, så vælg det sidste svar.
code-not-arriving-what-happens-opt-limit = Fejlmeddelelsen "Du har nået vores grænse for bekræftelsesopkald" eller "Du har nået vores grænse for koder til tekstbekræftelse"
code-not-arriving-what-happens-opt-trouble = Fejlmeddelelsen "Vi beklager, men vi har problemer med at bekræfte din konto"
code-not-arriving-what-happens-opt-nothing = Ingen fejl – sms'en, opkaldet eller notifikationen fra appen kommer bare ikke

code-not-arriving-method =
    Hvad du skal tjekke, afhænger af, hvad logonskærmen venter på. Læs, hvad der står: Skærmen fortæller, om den har sendt dig en sms, ringer til dig, venter på en godkendelse i Authenticator-appen, vil have en kode fra appen eller vil have en adgangsnøgle (dit ansigt, dit fingeraftryk eller din pinkode).

    Skærmen spørger først efter den stærkeste metode, du har sat op, så det er ikke nødvendigvis den, du plejer at bruge. Vælg den metode, skærmen venter på lige nu.
    .title = Hvilken metode?
    .keywords = hvilken metode, log på en anden måde, sms, opkald, app, adgangsnøgle
    .agent =
        Spørg brugeren, hvad logonskærmen siger, at den venter på: en sms, et opkald, en godkendelse i Authenticator-appen, en kode fra appen eller en adgangsnøgle (ansigt, fingeraftryk eller pinkode på enheden).

        Skærmen spørger først efter den stærkeste metode, brugeren har registreret (systemforetrukken MFA), så det er ikke nødvendigvis den, brugeren plejer at bruge. Vælg det, skærmen venter på lige nu.
code-not-arriving-method-opt-text = En sms med en kode
code-not-arriving-method-opt-call = Et opkald
code-not-arriving-method-opt-push = En notifikation i Authenticator-appen (godkend logonet)
code-not-arriving-method-opt-app-code = En kode fra Authenticator-appen
code-not-arriving-method-opt-passkey = En adgangsnøgle (ansigt, fingeraftryk eller pinkode)

code-not-arriving-limit-reached =
    Du ser "Du har nået vores grænse for bekræftelsesopkald" eller "Du har nået vores grænse for koder til tekstbekræftelse".

    Det betyder, at der er bedt om for mange opkald eller sms'er på kort tid, så Microsoft holder igen med nye i et stykke tid. Grænsen gælder ikke for Microsoft Authenticator-appen eller den bekræftelseskode, appen viser.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg Microsoft Authenticator-appen eller en bekræftelseskode fra appen, og fortsæt.
    3. Har du ikke appen, så lad være med at bede om flere koder. Vent et par minutter, og prøv så at logge på igen.

    Kan du stadig ikke logge på, når du har ventet, så gå videre til næste trin.
    .title = Brug appen, eller vent lidt
    .keywords = grænse, nået vores grænse, bekræftelsesopkald, koder til tekstbekræftelse, for mange, opkald, sms, tekstbesked, fejl
    .agent =
        Brugeren ser "Du har nået vores grænse for bekræftelsesopkald" eller "Du har nået vores grænse for koder til tekstbekræftelse".

        Forklar, at der er bedt om for mange opkald eller sms'er på kort tid, så Microsoft holder igen med nye i et stykke tid. Grænsen gælder ikke for Microsoft Authenticator-appen eller den bekræftelseskode, appen viser.

        Bed brugeren vælge "Log på en anden måde" på logonskærmen, vælge Microsoft Authenticator-appen eller en bekræftelseskode fra appen og fortsætte.

        Har brugeren ikke appen, så bed brugeren holde op med at bede om nye koder, vente et par minutter og så prøve at logge på igen.

        Kom brugeren ind?

code-not-arriving-after-wait =
    Du har ventet et par minutter og prøvet igen. Hvad sker der nu?
    .title = Efter ventetiden
    .agent =
        Spørg brugeren, hvad der sker nu efter et par minutters ventetid og et nyt forsøg: Står fejlmeddelelsen om grænsen der stadig, eller er den væk, men koden eller opkaldet kommer stadig ikke?
code-not-arriving-after-wait-opt-still = Jeg ser stadig fejlmeddelelsen om grænsen
code-not-arriving-after-wait-opt-nothing = Fejlmeddelelsen er væk, men koden eller opkaldet kommer stadig ikke

code-not-arriving-limit-helpdesk =
    Fejlmeddelelsen om grænsen bliver ved med at komme, og du har ingen anden metode, du kan bruge lige nu. Helpdesk skal kigge på din konto.

    Kontakt { $helpdesk-name }. Fortæl, hvilken fejlmeddelelse om grænsen du ser, og hvor længe du har ventet. Bed om hjælp til at logge på med en metode, som grænsen ikke gælder for, fx Microsoft Authenticator-appen eller en adgangsnøgle.
    .title = Spørg Helpdesk om grænsen
    .agent =
        Fejlmeddelelsen om grænsen bliver ved med at komme, og brugeren har ingen anden metode, der kan bruges lige nu. Kontoen skal undersøges.

        Notér i sagen til { $helpdesk-name }, hvilken fejlmeddelelse om grænsen brugeren ser, præcis som den står, og hvor længe der er ventet. Hjælp brugeren med at logge på med en metode, som grænsen ikke gælder for, fx Microsoft Authenticator-appen eller en adgangsnøgle.

        Før du ændrer brugerens metoder eller udsteder et Temporary Access Pass, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

code-not-arriving-trouble-verifying =
    Du ser "Vi beklager, men vi har problemer med at bekræfte din konto".

    Efter mange mislykkede forsøg kan Microsoft begrænse eller blokere bekræftelse via opkald og sms. Blokeringen kan gælde dig, dit telefonnummer eller hele din organisation, så det hjælper som regel ikke at bede om et nyt opkald eller en ny sms lige nu.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg Microsoft Authenticator-appen, en bekræftelseskode fra appen eller en adgangsnøgle, og fortsæt.

    Har du ingen anden metode, eller virkede det ikke, så gå videre til næste trin, hvor du får hjælp fra Helpdesk.
    .title = Log på med en anden metode
    .keywords = problemer med at bekræfte, bekræfte din konto, vi beklager, blokeret, opkald, sms, tekstbesked, fejl
    .agent =
        Brugeren ser "Vi beklager, men vi har problemer med at bekræfte din konto".

        Forklar, at Microsoft efter mange mislykkede forsøg kan begrænse eller blokere bekræftelse via opkald og sms, for brugeren selv, for telefonnummeret eller for hele organisationen. Det hjælper som regel ikke at bede om et nyt opkald eller en ny sms lige nu.

        Bed brugeren vælge "Log på en anden måde" på logonskærmen, vælge Microsoft Authenticator-appen, en bekræftelseskode fra appen eller en adgangsnøgle og fortsætte.

        Kom brugeren ind?

code-not-arriving-trouble-helpdesk =
    Bekræftelse via opkald og sms ser ud til at være blokeret for dig efter for mange mislykkede forsøg, og du har ingen anden metode, der virker. Det er kun Helpdesk, der kan undersøge det.

    Kontakt { $helpdesk-name }, og fortæl, at du ser "Vi beklager, men vi har problemer med at bekræfte din konto". Bed dem undersøge, om bekræftelse via opkald og sms er blokeret for dig eller dit nummer, og om at hjælpe dig med at sætte Microsoft Authenticator-appen eller en adgangsnøgle op.
    .title = Spørg Helpdesk om blokeringen
    .agent =
        Bekræftelse via opkald og sms ser ud til at være blokeret for brugeren efter for mange mislykkede forsøg, og brugeren har ingen anden metode, der virker.

        Notér i sagen til { $helpdesk-name }, at brugeren ser "Vi beklager, men vi har problemer med at bekræfte din konto". Undersøg, om brugeren er blokeret for MFA (Bloker/fjern blokering af brugere) eller har fået høj risiko efter en rapport om svindel, og om sms'er eller opkald til nummeret er blokeret. Hjælp derefter brugeren med at sætte Microsoft Authenticator-appen eller en adgangsnøgle op.

        Før du fjerner en blokering, ændrer brugerens metoder eller udsteder et Temporary Access Pass, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

code-not-arriving-texts-off =
    Din organisation bruger ikke længere sms eller opkald til totrinsbekræftelse, så der kommer ingen kode den vej.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg Microsoft Authenticator-appen eller en adgangsnøgle, og fortsæt.

    Var sms eller opkald din eneste metode, beder logonet dig måske om at oprette en adgangsnøgle, før du kan komme videre. Følg skærmbillederne: Det tager et par minutter på din telefon eller computer.

    Har du ingen anden metode, eller virker det ikke, så svar nej herunder.
    .title = Sms og opkald bruges ikke længere
    .keywords = ingen sms, sms slået fra, ingen opkald, adgangsnøgle, opret adgangsnøgle, passkey
    .agent =
        Brugerens organisation bruger ikke længere sms eller opkald til totrinsbekræftelse, så der kommer ingen kode den vej.

        Bed brugeren vælge "Log på en anden måde" og vælge Microsoft Authenticator-appen eller en adgangsnøgle. Var sms eller opkald brugerens eneste metode, beder logonet måske om at oprette en adgangsnøgle, før brugeren kan komme videre: Hjælp brugeren gennem skærmbillederne.

        Kom brugeren ind?

code-not-arriving-sms-retired =
    Siden 1. februar 2027 har Microsoft ikke længere sendt bekræftelseskoder via sms eller opkald. Kun organisationer, der har fået deres eget teleselskab til det, bruger dem stadig. En sms eller et opkald, der aldrig kommer, er derfor sandsynligvis helt ophørt.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg Microsoft Authenticator-appen eller en adgangsnøgle, og fortsæt.

    Var sms eller opkald din eneste metode, beder logonet dig om at oprette en adgangsnøgle, før du kan komme videre. Følg skærmbillederne: Det tager et par minutter på din telefon eller computer.

    Har du ingen anden metode, eller virker det ikke, så svar nej herunder.
    .title = Sms og opkald er ophørt
    .keywords = sms ophørt, ingen sms, sms stoppet, februar 2027, adgangsnøgle, opret adgangsnøgle, passkey, intet opkald
    .agent =
        Siden 1. februar 2027 har Microsoft ikke længere leveret bekræftelseskoder via sms eller opkald. Kun organisationer med deres eget teleselskab bruger dem stadig, så en sms eller et opkald, der aldrig kommer, er sandsynligvis helt ophørt.

        Bed brugeren vælge "Log på en anden måde" og vælge Microsoft Authenticator-appen eller en adgangsnøgle. Var sms eller opkald brugerens eneste metode, beder logonet om at registrere en adgangsnøgle, før brugeren kan komme videre: Hjælp brugeren gennem skærmbillederne.

        Kom brugeren ind?

code-not-arriving-retired-helpdesk =
    Sms og opkald virker ikke længere til din konto, og du kunne ikke logge på en anden måde eller oprette en adgangsnøgle. Helpdesk kan hjælpe dig med at sætte en metode op, der virker.

    Kontakt { $helpdesk-name }. Fortæl, at din kode plejede at komme via sms eller opkald, og bed om hjælp til at sætte Microsoft Authenticator-appen eller en adgangsnøgle op. Kan du slet ikke logge på, så spørg, om du kan få et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at oprette en ny metode.
    .title = Få hjælp til en ny metode
    .agent =
        Sms og opkald virker ikke længere til brugerens konto, og brugeren kunne ikke logge på en anden måde eller registrere en adgangsnøgle.

        Hjælp brugeren med at sætte Microsoft Authenticator-appen eller en adgangsnøgle op. Kan brugeren slet ikke logge på, og bruger organisationen Temporary Access Pass, så udsted et, eller bestil et, efter organisationens procedure: en tidsbegrænset kode, som brugeren kan logge på med og bruge til at registrere en ny metode. Notér i sagen til { $helpdesk-name }, hvad der er gjort.

        Før du udsteder et Temporary Access Pass eller ændrer brugerens metoder, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

code-not-arriving-text-ending =
    Godt at vide først: Fra 1. februar 2027 holder Microsoft op med at sende bekræftelseskoder via sms og opkald. Medmindre din organisation beholder dem via sit eget teleselskab, holder sms'erne op med at virke til den tid.

    Så når du er logget på, bør du sætte Microsoft Authenticator-appen eller en adgangsnøgle op på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).

    Lad os nu finde ud af, hvorfor din sms ikke kommer.
    .title = Sms'er ophører 1. februar 2027
    .agent =
        Fortæl brugeren, at Microsoft fra 1. februar 2027 holder op med at levere bekræftelseskoder via sms og opkald, medmindre organisationen beholder dem via sit eget teleselskab. Når brugeren er logget på, bør brugeren sætte Microsoft Authenticator-appen eller en adgangsnøgle op på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).

        Fortsæt derefter med tjekkene for sms'en.
code-not-arriving-text-ending-opt-continue = Fortsæt med tjekkene

code-not-arriving-call-ending =
    Godt at vide først: Fra 1. februar 2027 holder Microsoft op med at bekræfte logon via opkald og sms. Medmindre din organisation beholder dem via sit eget teleselskab, holder opkaldene op til den tid.

    Så når du er logget på, bør du sætte Microsoft Authenticator-appen eller en adgangsnøgle op på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).

    Lad os nu finde ud af, hvorfor opkaldet ikke kommer.
    .title = Opkald ophører 1. februar 2027
    .agent =
        Fortæl brugeren, at Microsoft fra 1. februar 2027 holder op med at bekræfte logon via opkald og sms, medmindre organisationen beholder dem via sit eget teleselskab. Når brugeren er logget på, bør brugeren sætte Microsoft Authenticator-appen eller en adgangsnøgle op på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).

        Fortsæt derefter med tjekkene for opkaldet.
code-not-arriving-call-ending-opt-continue = Fortsæt med tjekkene

code-not-arriving-text-where =
    Tjek først, at sms'en virkelig er på vej, og kig efter, hvor den kan være havnet.

    • Logonskærmen bør skrive, at den har sendt en kode til din telefon, og vise de sidste cifre i nummeret. Beder den om noget andet, så vælg "Log på en anden måde", og vælg sms.
    • Koden kan komme som en almindelig sms, som en RCS-besked med Microsofts navn og et flueben eller i WhatsApp. Er den kommet i WhatsApp før, fik du første gang en sms om det. Kig i din besked-app og i WhatsApp.

    Finder du koden, så skriv den på logonskærmen. Er der ingenting, så gå videre til næste tjek.
    .title = Kig efter sms'en
    .keywords = WhatsApp, RCS, sms, tekstbesked, hvilket nummer, sidste cifre
    .agent =
        Bed brugeren tjekke, at logonskærmen skriver, at den har sendt en kode til telefonen, med de sidste cifre i nummeret. Beder den om noget andet, vælger brugeren "Log på en anden måde" og vælger sms.

        Forklar, at koden kan komme som en almindelig sms, som en RCS-besked med Microsofts navn og et flueben eller i WhatsApp (den første kode i WhatsApp bliver varslet med en sms). Bed brugeren kigge i besked-appen og i WhatsApp. Koden skriver brugeren selv: Bed aldrig om at få den læst op.

        Fandt brugeren den?

code-not-arriving-text-filters =
    Din telefon skjuler måske sms'er fra afsendere, den ikke kender. Sørg for, at den lukker koden igennem:

    • iPhone: Åbn Indstillinger, Apps og Beskeder, og se under ukendte afsendere, om screening af ukendte afsendere er slået til. Er den det, så åbn Beskeder, tryk på knappen Filtre, og kig under Ukendte afsendere: Koden kan ligge der. Tjek også, at Beskeder må vise notifikationer (Indstillinger, Notifikationer, Beskeder).
    • Android: Åbn besked-appen, og kig i mappen med spam eller blokerede beskeder (tit under menuen). Tjek, at appen må vise notifikationer (Indstillinger, Apps, Beskeder, Notifikationer).

    Navnene kan variere lidt fra telefon til telefon.

    Prøv derefter at logge på igen, så der bliver sendt en ny kode. Kommer den stadig ikke, så gå videre til næste tjek.
    .title = Luk sms'en igennem
    .keywords = ukendte afsendere, filter, spam, blokeret, notifikationer, besked-app
    .agent =
        Forklar, at telefonen måske skjuler sms'er fra ukendte afsendere. Bed brugeren tjekke:

        • iPhone: Indstillinger, Apps og Beskeder: Er screening af ukendte afsendere slået til? Så kan koden ligge i Beskeder under knappen Filtre, Ukendte afsendere. Tjek også, at Beskeder må vise notifikationer (Indstillinger, Notifikationer, Beskeder).
        • Android: mappen med spam eller blokerede beskeder i besked-appen, og at appen må vise notifikationer (Indstillinger, Apps, Beskeder, Notifikationer).

        Navnene kan variere lidt fra telefon til telefon. Bed derefter brugeren logge på igen, så der bliver sendt en ny kode. Kom den?

code-not-arriving-call-asked =
    Tjek først, at opkaldet virkelig er på vej.

    • Logonskærmen bør skrive, at den ringer til din telefon, og vise de sidste cifre i nummeret. Beder den om noget andet, så vælg "Log på en anden måde", og vælg opkald.
    • Når opkaldet kommer, så lyt til beskeden, og tryk på firkanttasten (#) på telefonens tastatur for at godkende logonet.

    Kommer der intet opkald, så gå videre til næste tjek.
    .title = Tjek, at der kommer et opkald
    .keywords = opkald, ring, firkanttasten, tryk #, hvilket nummer
    .agent =
        Bed brugeren tjekke, at logonskærmen skriver, at den ringer til telefonen, med de sidste cifre i nummeret. Beder den om noget andet, vælger brugeren "Log på en anden måde" og vælger opkald.

        Når opkaldet kommer, lytter brugeren og trykker på firkanttasten (#) på tastaturet for at godkende.

        Kom opkaldet?

code-not-arriving-unblock-numbers =
    Blokerer telefonen opkald fra ukendte numre, eller gør den dem lydløse, ringer bekræftelsesopkaldet måske aldrig.

    I USA kommer Microsofts bekræftelsesopkald normalt fra disse numre:
    { $voice-numbers }

    Andre lande bruger andre numre, og din organisation eller dens teleselskab kan bruge sine egne. Nummervisning er ikke garanteret: Opkaldet kan komme helt uden nummer.

    • iPhone: Åbn Indstillinger, Apps og Telefon. Sæt screening af ukendte opkald til aldrig indtil videre (både at bede om en grund og at gøre lydløs kan forhindre, at telefonen ringer). På ældre iPhones skal du slå den indstilling fra, der gør ukendte opkald lydløse. Kig også under blokerede kontakter.
    • Android: Åbn Telefon-appen, tryk på menuen og derefter Indstillinger og blokerede numre. Slå alle indstillinger fra, der blokerer ukendte eller skjulte numre.

    Navnene kan variere lidt fra telefon til telefon. Prøv derefter at logge på igen. Kommer opkaldet stadig ikke, så gå videre til næste tjek.
    .title = Fjern blokering af numrene
    .keywords = blokeret nummer, ukendte opkald, lydløse ukendte opkald, screening af opkald, nummervisning
    .agent =
        Forklar, at hvis telefonen blokerer opkald fra ukendte numre eller gør dem lydløse, ringer bekræftelsesopkaldet måske aldrig.

        I USA kommer Microsofts bekræftelsesopkald normalt fra disse numre:
        { $voice-numbers }

        Andre lande bruger andre numre, og organisationen eller dens teleselskab kan bruge sine egne. Nummervisning er ikke garanteret: Opkaldet kan komme helt uden nummer.

        • iPhone: Indstillinger, Apps og Telefon: Sæt screening af ukendte opkald til aldrig indtil videre (at bede om en grund og at gøre lydløs kan begge forhindre, at telefonen ringer); på ældre iPhones slås indstillingen, der gør ukendte opkald lydløse, fra. Tjek også blokerede kontakter.
        • Android: Telefon-appen, menuen og derefter Indstillinger og blokerede numre. Slå alle indstillinger fra, der blokerer ukendte eller skjulte numre.

        Bed derefter brugeren logge på igen. Kom opkaldet?

code-not-arriving-restart-phone =
    Sluk telefonen helt, og tænd den igen.

    En genstart lukker alt, hvad der kører i baggrunden, og starter telefonens tjenester op på ny. Det løser tit det, der var gået i hårdknude.

    Prøv derefter at logge på igen, så der bliver sendt en ny kode eller et nyt opkald. Kommer der stadig ikke noget, så gå videre til næste tjek.
    .title = Genstart telefonen
    .agent =
        Bed brugeren slukke telefonen helt og tænde den igen.

        En genstart lukker alt, hvad der kører i baggrunden, og starter telefonens tjenester op på ny. Det løser tit det, der var gået i hårdknude.

        Bed derefter brugeren logge på igen, så der bliver sendt en ny kode eller et nyt opkald. Kom der noget?

code-not-arriving-security-info =
    Tjek, at telefonnummeret i dine sikkerhedsoplysninger er rigtigt. Er det forkert, går dine koder og opkald til en anden. Vedkommende kan ikke bruge dem til noget, men du kan heller ikke logge på.

    Kan du logge på en anden måde, eller er du allerede logget på en anden enhed, så åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger), og gennemgå hvert telefonnummer ciffer for ciffer, også landekoden.

    Er et nummer forkert, så ret det dér, og prøv at logge på igen. Du bliver måske bedt om at bekræfte en gang til, før du kan ændre det.

    Er nummeret rigtigt, eller kan du ikke komme ind og tjekke det, så gå videre til næste tjek. Helpdesk kan tjekke nummeret for dig senere, hvis intet andet hjælper.
    .title = Tjek dine sikkerhedsoplysninger
    .agent =
        Tjek sammen med brugeren, at telefonnummeret i sikkerhedsoplysningerne er rigtigt. Et forkert nummer sender koder og opkald til en anden, som ikke kan bruge dem, men så kan brugeren heller ikke logge på.

        Kan brugeren logge på en anden måde eller er allerede logget på en anden enhed, så bed brugeren åbne https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger) og læse hvert telefonnummer op for dig, ciffer for ciffer, også landekoden. Et forkert nummer rettes dér; brugeren bliver måske bedt om at bekræfte igen først.

        Er nummeret rigtigt, eller kan brugeren ikke komme ind og tjekke det, så vælg nej: Nummeret kan tjekkes på kontoen senere, hvis intet andet hjælper.

        Hjalp det?

code-not-arriving-signal =
    Opkald og sms'er kræver mobilsignal.

    Få en kollega eller en ven til at ringe og sms'e til dig. Kommer begge dele igennem?

    • Kommer der ingenting, så tjek først, at telefonen er tændt.
    • Er telefonen tændt, men når hverken opkald eller sms frem, ligger fejlen nok i mobilnettet. Kontakt dit teleselskab.
    • Har du tit dårligt signal, så sæt Microsoft Authenticator-appen op, når du er logget på. Den kan lave bekræftelseskoder uden signal og uden internet.

    Kommer opkaldet og sms'en fint igennem, men bekræftelseskoden stadig ikke, så gå videre til næste tjek.
    .title = Tjek signalet
    .agent =
        Forklar, at opkald og sms'er kræver mobilsignal.

        Bed brugeren få en kollega eller en ven til at ringe og sms'e. Kommer begge dele igennem?

        • Kommer der ingenting: Tjek først, at telefonen er tændt.
        • Telefonen er tændt, men hverken opkald eller sms når frem: Fejlen ligger nok i mobilnettet. Brugeren skal kontakte sit teleselskab.
        • Tit dårligt signal: Foreslå at sætte Microsoft Authenticator-appen op, når brugeren er logget på. Den laver bekræftelseskoder uden signal og uden internet.

        Kommer opkaldet og sms'en fint igennem, men bekræftelseskoden stadig ikke, så vælg nej. Kom koden igennem?

code-not-arriving-do-not-disturb =
    Når Vil ikke forstyrres er slået til, giver telefonen dig ikke besked. Så kan en kode eller et opkald smutte forbi, uden at du opdager det. På iPhone og Android hedder funktionen Forstyr ikke.

    Sørg for, at Forstyr ikke er slået fra:

    • iPhone: Stryg ned fra øverste højre hjørne for at åbne Kontrolcenter. Er Fokus eller Forstyr ikke (symbolet med en måne) slået til, så tryk på det for at slå det fra. Du finder det også i Indstillinger under Fokus.
    • Android: Stryg ned fra toppen af skærmen for at åbne de hurtige indstillinger, og tryk på Forstyr ikke for at slå det fra. På nogle telefoner ligger det i Indstillinger under Lyd eller Notifikationer.

    Kan du ikke finde det, står der i vejledningen til din telefon, hvordan du slår det fra.

    Prøv derefter at logge på igen. Kommer der stadig ikke noget, så gå videre til næste tjek.
    .title = Slå Vil ikke forstyrres fra
    .keywords = Vil ikke forstyrres, Forstyr ikke, Fokus, måne, lydløs
    .agent =
        Forklar, at når Vil ikke forstyrres er slået til, giver telefonen ikke besked, så en kode eller et opkald kan smutte forbi. På iPhone og Android hedder funktionen Forstyr ikke. Bed brugeren slå den fra:

        • iPhone: Stryg ned fra øverste højre hjørne for at åbne Kontrolcenter. Er Fokus eller Forstyr ikke (symbolet med en måne) slået til, så tryk på det for at slå det fra. Det findes også i Indstillinger under Fokus.
        • Android: Stryg ned fra toppen af skærmen for at åbne de hurtige indstillinger, og tryk på Forstyr ikke for at slå det fra. På nogle telefoner ligger det i Indstillinger under Lyd eller Notifikationer.

        Kan brugeren ikke finde det, står det i vejledningen til telefonen.

        Bed derefter brugeren logge på igen. Kom der noget?

code-not-arriving-security-apps =
    Nogle sikkerhedsapps fra andre firmaer blokerer sms'er og opkald fra ukendte afsendere. Din bekræftelseskode kan også blive fanget.

    Har du sådan en app, så slå den fra et øjeblik, enten i selve appen eller i telefonens indstillinger. Prøv derefter at logge på igen, så der bliver sendt en ny kode. Husk at slå appen til igen bagefter.

    Kommer koden stadig ikke, så gå videre til sidste trin.
    .title = Slå andre sikkerhedsapps fra
    .agent =
        Spørg brugeren, om der er en sikkerhedsapp fra et andet firma på telefonen, der blokerer sms'er og opkald fra ukendte afsendere. Den kan også fange bekræftelseskoden.

        Er det tilfældet, så bed brugeren slå den fra et øjeblik, i selve appen eller i telefonens indstillinger, og logge på igen, så der bliver sendt en ny kode. Mind brugeren om at slå appen til igen bagefter.

        Kom koden?

code-not-arriving-helpdesk =
    Du har været alle de almindelige tjek igennem, og koden kommer stadig ikke. Nu skal der en person til, som kan se indstillingerne på din konto.

    Kontakt { $helpdesk-name }, og bed dem om at:

    • tjekke, at telefonnummeret i dine sikkerhedsoplysninger er rigtigt
    • undersøge, om opkald eller sms'er til dig bliver begrænset eller blokeret
    • hjælpe dig med at sætte Microsoft Authenticator-appen eller en adgangsnøgle op, som ikke kræver sms eller opkald

    Kan du slet ikke logge på, så spørg, om du kan få et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at oprette en ny metode.
    .title = Kontakt Helpdesk
    .agent =
        Brugeren har været alle de almindelige tjek igennem, og koden kommer stadig ikke. Nu skal nogen, der kan se indstillingerne på kontoen, kigge på det:

        • tjek, at telefonnummeret i sikkerhedsoplysningerne er rigtigt, med den rigtige landekode
        • undersøg, om opkald eller sms'er til brugeren bliver begrænset eller blokeret, eller om brugeren er blokeret for MFA
        • hjælp med at sætte Microsoft Authenticator-appen eller en adgangsnøgle op, som ikke kræver sms eller opkald

        Kan brugeren slet ikke logge på, og bruger organisationen Temporary Access Pass, så udsted et, eller bestil et, efter organisationens procedure. Det er en tidsbegrænset kode, som brugeren kan logge på med og bruge til at oprette en ny metode. Notér i sagen til { $helpdesk-name }, hvad der er gjort.

        Før du ændrer brugerens metoder eller udsteder et Temporary Access Pass, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

code-not-arriving-app-code =
    En kode fra Authenticator-appen bliver aldrig sendt til dig: Appen laver selv en ny hvert 30. sekund, også uden signal og internet. Åbn appen, og tryk på din arbejds- eller skolekonto for at se den.

    Hvad sker der?
    .title = Appens kode
    .keywords = kode fra appen, authenticator-kode, seks cifre, handling påkrævet
    .agent =
        Forklar, at en kode fra Authenticator-appen aldrig bliver sendt: Appen laver selv en ny hvert 30. sekund, også offline. Bed brugeren åbne appen og trykke på arbejds- eller skolekontoen.

        Spørg, hvad der sker: Bliver koden afvist, eller mangler kontoen i appen eller står der, at der kræves en handling?
code-not-arriving-app-code-opt-rejected = Jeg ser en kode, men logonskærmen afviser den
code-not-arriving-app-code-opt-missing = Min arbejdskonto er ikke i appen, eller der står, at der kræves en handling

code-not-arriving-app-missing =
    Har du gendannet appen fra en sikkerhedskopi, fx på en ny telefon, kommer din arbejds- eller skolekonto kun tilbage som et navn. Den virker først igen, når du har logget på den.

    1. Åbn Authenticator-appen, og tryk på din arbejds- eller skolekonto.
    2. Står der, at der kræves en handling, så følg skærmbillederne, og log på.

    Er kontoen slet ikke i appen, skal den sættes op igen. Svar nej herunder, så gennemgår vi det.
    .title = Log på kontoen i appen
    .keywords = handling påkrævet, gendannet, sikkerhedskopi, konto mangler, ny telefon
    .agent =
        Forklar, at efter en gendannelse fra sikkerhedskopi (fx på en ny telefon) kommer en arbejds- eller skolekonto kun tilbage som et navn og virker først igen, når brugeren har logget på den.

        Bed brugeren åbne Authenticator-appen, trykke på arbejds- eller skolekontoen og, hvis der står, at der kræves en handling, følge skærmbillederne og logge på.

        Er kontoen slet ikke i appen, skal den sættes op igen: Vælg nej.

        Virker kontoen nu?

code-not-arriving-passkey =
    En adgangsnøgle bliver aldrig sendt til dig: Den enhed, du logger på med, beder dig låse op med dit ansigt, dit fingeraftryk, din pinkode eller din skærmlås.

    • Adgangsnøglen er på denne enhed: Når vinduet kommer frem, så lås op, som du plejer.
    • Adgangsnøglen er på din telefon, og du logger på en computer: Computeren viser en QR-kode. Scan den med telefonens kamera. Bluetooth skal være slået til på både telefonen og computeren, og begge skal have internetforbindelse.
    • Sikkerhedsnøgle: Sæt den i, eller hold den mod telefonen, rør ved den, og skriv dens pinkode, hvis du bliver bedt om det.

    Virker adgangsnøglen ikke, så vælg "Log på en anden måde", og vælg en anden metode, du har. Hjælper det heller ikke, så svar nej herunder.
    .title = Brug din adgangsnøgle
    .keywords = adgangsnøgle, passkey, ansigt, fingeraftryk, pinkode, QR-kode, Bluetooth, sikkerhedsnøgle, FIDO2
    .agent =
        Forklar, at en adgangsnøgle aldrig bliver sendt: Enheden beder brugeren låse op med ansigt, fingeraftryk, pinkode eller skærmlås.

        • Adgangsnøglen er på denne enhed: Lås op som sædvanlig, når vinduet kommer frem.
        • Adgangsnøglen er på telefonen, og brugeren logger på en computer: Scan QR-koden på computeren med telefonens kamera. Bluetooth skal være slået til på begge enheder, og begge skal have internet.
        • Sikkerhedsnøgle: Sæt den i, eller hold den mod telefonen, rør ved den, og skriv pinkoden, hvis der bliver bedt om den.

        Virker adgangsnøglen ikke, vælger brugeren "Log på en anden måde" og en anden metode. Kom brugeren ind?

code-not-arriving-app-helpdesk =
    Appen eller adgangsnøglen lader dig stadig ikke logge på, og du har ingen anden metode, der virker. Helpdesk kan tjekke, hvordan dine metoder er sat op, og hjælpe dig med at sætte dem op igen.

    Kontakt { $helpdesk-name }, og fortæl, hvilken metode du prøvede, og hvad der skete. Kan du slet ikke logge på, så spørg, om du kan få et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at sætte din metode op igen.
    .title = Kontakt Helpdesk
    .agent =
        Brugerens app eller adgangsnøgle lader stadig ikke brugeren logge på, og ingen anden metode virker.

        Tjek, hvilke metoder der er registreret for brugeren, og hjælp med at sætte Microsoft Authenticator-appen eller en adgangsnøgle op igen. Kan brugeren slet ikke logge på, og bruger organisationen Temporary Access Pass, så udsted et, eller bestil et, efter organisationens procedure. Notér i sagen til { $helpdesk-name }, hvilken metode brugeren prøvede, og hvad der skete.

        Før du fjerner eller nulstiller brugerens metoder eller udsteder et Temporary Access Pass, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

code-not-arriving-fixed =
    Godt. Gør logonet færdigt.

    Vær klar til næste gang: Sørg for, at Microsoft Authenticator-appen eller en adgangsnøgle står på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo). Vælg "Tilføj logonmetode". Fra 1. februar 2027 sender Microsoft ikke længere koder via sms eller opkald, så et telefonnummer alene er ikke nok.
    .title = Du kom igennem
    .agent =
        Bed brugeren gøre logonet færdigt.

        For at være klar til næste gang bør brugeren sørge for, at Microsoft Authenticator-appen eller en adgangsnøgle står på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), via "Tilføj logonmetode". Fra 1. februar 2027 leverer Microsoft ikke længere koder via sms eller opkald, så et telefonnummer alene er ikke nok.
