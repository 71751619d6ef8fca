code-not-arriving-title = Bekræftelseskoden kommer ikke frem
    .keywords = sms, tekstbesked, kode, bekræftelseskode, opkald, notifikation, kommer ikke, modtager ikke, ingen kode, grænse, fejl, blokeret, besked, sms-kode, får ingen kode, intet opkald, ingen sms

code-not-arriving-what-happens =
    Lad os finde ud af, hvorfor koden, opkaldet eller notifikationen ikke når frem til dig.

    Viser logonskærmen en af disse fejlmeddelelser, eller kommer der slet ingenting?
    .title = Hvad du ser
    .agent =
        Spørg den, der ringer, om logonskærmen viser en fejlmeddelelse, og bed vedkommende om at læse den op ord for ord.

        Lyt efter "Du har nået vores grænse for bekræftelsesopkald", "Du har nået vores grænse for koder til tekstbekræftelse" eller "Vi beklager, men vi har problemer med at bekræfte din konto". Er der ingen fejl, og kommer sms'en, opkaldet eller notifikationen fra appen bare ikke, så vælg det sidste svar.
code-not-arriving-what-happens-opt-limit = Fejlmeddelelsen "Du har nået vores grænse for bekræftelsesopkald" eller "Du har nået vores grænse for koder til tekstbekræftelse"
code-not-arriving-what-happens-opt-trouble = Fejlmeddelelsen "Vi beklager, men vi har problemer med at bekræfte din konto"
code-not-arriving-what-happens-opt-nothing = Ingen fejl – sms'en, opkaldet eller notifikationen fra appen kommer bare ikke

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
        Den, der ringer, ser "Du har nået vores grænse for bekræftelsesopkald" eller "Du har nået vores grænse for koder til tekstbekræftelse".

        Forklar, at der er bedt om for mange opkald eller sms'er på kort tid, så Microsoft holder igen med nye i et stykke tid. Grænsen gælder ikke for Microsoft Authenticator-appen eller den bekræftelseskode, appen viser.

        Bed vedkommende om at vælge "Log på en anden måde" på logonskærmen, vælge Microsoft Authenticator-appen eller en bekræftelseskode fra appen og fortsætte.

        Har vedkommende ikke appen, så bed vedkommende om at holde op med at bede om nye koder, vente et par minutter og så prøve at logge på igen.

        Kom vedkommende ind?

code-not-arriving-after-wait =
    Du har ventet et par minutter og prøvet igen. Hvad sker der nu?
    .title = Efter ventetiden
    .agent =
        Spørg den, der ringer, hvad der sker nu, hvor vedkommende har ventet et par minutter og prøvet igen: Står fejlmeddelelsen om grænsen der stadig, eller er den væk, men koden eller opkaldet kommer stadig ikke?
code-not-arriving-after-wait-opt-still = Jeg ser stadig fejlmeddelelsen om grænsen
code-not-arriving-after-wait-opt-nothing = Fejlmeddelelsen er væk, men koden eller opkaldet kommer stadig ikke

code-not-arriving-limit-helpdesk =
    Fejlmeddelelsen om grænsen bliver ved med at komme, og du har ingen anden metode, du kan bruge lige nu. Helpdesk skal kigge på din konto.

    Kontakt { $helpdesk-name }. Fortæl, hvilken fejlmeddelelse om grænsen du ser, og hvor længe du har ventet. Bed om hjælp til at logge på med en metode, som grænsen ikke gælder for, fx Microsoft Authenticator-appen.
    .title = Spørg Helpdesk om grænsen
    .agent =
        Fejlmeddelelsen om grænsen bliver ved med at komme, og den, der ringer, har ingen anden metode, der kan bruges lige nu. Kontoen skal undersøges.

        Notér i sagen til { $helpdesk-name }, hvilken fejlmeddelelse om grænsen vedkommende ser, præcis som den står, og hvor længe der er ventet. Hjælp vedkommende med at logge på med en metode, som grænsen ikke gælder for, fx Microsoft Authenticator-appen.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

code-not-arriving-trouble-verifying =
    Du ser "Vi beklager, men vi har problemer med at bekræfte din konto".

    Efter mange mislykkede forsøg kan Microsoft begrænse eller blokere bekræftelse via opkald og sms. Blokeringen kan gælde dig, dit telefonnummer eller hele din organisation, så det hjælper som regel ikke at bede om et nyt opkald eller en ny sms lige nu.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg Microsoft Authenticator-appen eller en bekræftelseskode, og fortsæt.

    Har du ingen anden metode, eller virkede det ikke, så gå videre til næste trin, hvor du får hjælp fra Helpdesk.
    .title = Log på med en anden metode
    .keywords = problemer med at bekræfte, bekræfte din konto, vi beklager, blokeret, opkald, sms, tekstbesked, fejl
    .agent =
        Den, der ringer, ser "Vi beklager, men vi har problemer med at bekræfte din konto".

        Forklar, at Microsoft efter mange mislykkede forsøg kan begrænse eller blokere bekræftelse via opkald og sms, for vedkommende selv, for telefonnummeret eller for hele organisationen. Det hjælper som regel ikke at bede om et nyt opkald eller en ny sms lige nu.

        Bed vedkommende om at vælge "Log på en anden måde" på logonskærmen, vælge Microsoft Authenticator-appen eller en bekræftelseskode og fortsætte.

        Kom vedkommende ind?

code-not-arriving-trouble-helpdesk =
    Bekræftelse via opkald og sms ser ud til at være blokeret for dig efter for mange mislykkede forsøg, og du har ingen anden metode, der virker. Det er kun Helpdesk, der kan undersøge det.

    Kontakt { $helpdesk-name }, og fortæl, at du ser "Vi beklager, men vi har problemer med at bekræfte din konto". Bed dem undersøge, om bekræftelse via opkald og sms er blokeret for dig eller dit nummer, og om at hjælpe dig med at logge på med en anden metode, fx Microsoft Authenticator-appen.
    .title = Spørg Helpdesk om blokeringen
    .agent =
        Bekræftelse via opkald og sms ser ud til at være blokeret for den, der ringer, efter for mange mislykkede forsøg, og vedkommende har ingen anden metode, der virker.

        Notér i sagen til { $helpdesk-name }, at vedkommende ser "Vi beklager, men vi har problemer med at bekræfte din konto". Undersøg, om bekræftelse via opkald og sms er blokeret for vedkommende eller nummeret, og hjælp med at logge på med en anden metode, fx Microsoft Authenticator-appen.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

code-not-arriving-restart-phone =
    Sluk telefonen helt, og tænd den igen.

    En genstart lukker alt, hvad der kører i baggrunden, og starter telefonens tjenester op på ny. Det løser tit det, der var gået i hårdknude.

    Prøv derefter at logge på igen, så der bliver sendt en ny kode, et nyt opkald eller en ny notifikation. Kommer der stadig ikke noget, så gå videre til næste tjek.
    .title = Genstart telefonen
    .agent =
        Bed den, der ringer, om at slukke telefonen helt og tænde den igen.

        En genstart lukker alt, hvad der kører i baggrunden, og starter telefonens tjenester op på ny. Det løser tit det, der var gået i hårdknude.

        Bed derefter vedkommende om at logge på igen, så der bliver sendt en ny kode, et nyt opkald eller en ny notifikation. Kom der noget?

code-not-arriving-security-info =
    Tjek, at telefonnummeret i dine sikkerhedsoplysninger er rigtigt. Er det forkert, går dine koder og opkald til en anden. Vedkommende kan ikke bruge dem til noget, men du kan heller ikke logge på.

    Kan du logge på en anden måde, eller er du allerede logget på en anden enhed, så åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger), og gennemgå hvert telefonnummer ciffer for ciffer.

    Er et nummer forkert, så ret det dér, og prøv at logge på igen.

    Er nummeret rigtigt, eller kan du ikke komme ind og tjekke det, så gå videre til næste tjek. Helpdesk kan tjekke nummeret for dig senere, hvis intet andet hjælper.
    .title = Tjek dine sikkerhedsoplysninger
    .agent =
        Tjek sammen med den, der ringer, at telefonnummeret i sikkerhedsoplysningerne er rigtigt. Et forkert nummer sender koder og opkald til en anden, som ikke kan bruge dem, men så kan den, der ringer, heller ikke logge på.

        Hvis vedkommende kan logge på en anden måde eller allerede er logget på en anden enhed, så bed om at få åbnet https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger) og hvert telefonnummer læst op for dig, ciffer for ciffer. Et forkert nummer rettes dér.

        Er nummeret rigtigt, eller kan vedkommende ikke komme ind og tjekke det, så vælg nej: Nummeret kan tjekkes på kontoen senere, hvis intet andet hjælper.

        Hjalp det?

code-not-arriving-notifications =
    Må telefonen ikke give dig besked, kan en kode, et opkald eller en anmodning komme frem, uden at du nogensinde ser den. Disse tre skal have lov til at vise notifikationer:

    • Telefonopkald (Telefon-appen)
    • Microsoft Authenticator-appen (eller den godkendelsesapp, du bruger)
    • Din sms-app

    • iPhone: Åbn Indstillinger og derefter Notifikationer. Tryk på hver af de tre apps, og slå notifikationer til.
    • Android: Åbn Indstillinger og derefter Notifikationer eller Apps. Tryk på hver af de tre apps, og slå dens notifikationer til.

    Navnene kan variere lidt fra telefon til telefon. Tjek, at hver app viser en notifikation, som du rent faktisk kan se på skærmen.

    Om notifikationer fra appen: Når du godkender et logon, beder appen dig skrive det tal, der står på logonskærmen. Det kaldes nummermatchning. Godkend kun en anmodning, når det er dig selv, der er ved at logge på.

    Prøv derefter at logge på igen. Kommer der stadig ikke noget, så gå videre til næste tjek.
    .title = Slå notifikationer til
    .agent =
        Forklar, at hvis telefonen ikke må give besked, kan en kode, et opkald eller en anmodning komme frem, uden at man nogensinde ser den. Tre ting skal have lov til at vise notifikationer: telefonopkald (Telefon-appen), Microsoft Authenticator-appen (eller den godkendelsesapp, vedkommende bruger) og sms-appen.

        • iPhone: Indstillinger og derefter Notifikationer. Tryk på hver af de tre apps, og slå notifikationer til.
        • Android: Indstillinger og derefter Notifikationer eller Apps. Tryk på hver af de tre apps, og slå dens notifikationer til.

        Navnene kan variere lidt fra telefon til telefon. Bed den, der ringer, om at tjekke, at hver app viser en notifikation, som rent faktisk kan ses på skærmen.

        Når man godkender et logon, beder appen om det tal, der står på logonskærmen. Det kaldes nummermatchning. Mind vedkommende om kun at godkende, når vedkommende selv er ved at logge på.

        Bed derefter vedkommende om at logge på igen. Kom der noget?

code-not-arriving-signal =
    Opkald og sms'er kræver mobilsignal, og notifikationer fra appen kræver internetforbindelse.

    Få en kollega eller en ven til at ringe og sms'e til dig. Kommer begge dele igennem?

    • Kommer der ingenting, så tjek først, at telefonen er tændt.
    • Er telefonen tændt, men når hverken opkald eller sms frem, ligger fejlen nok i mobilnettet. Kontakt dit teleselskab.
    • Har du tit dårligt signal, så brug Microsoft Authenticator-appen. Den kan lave bekræftelseskoder uden signal og uden internet.

    Kommer opkaldet og sms'en fint igennem, men bekræftelseskoden stadig ikke, så gå videre til næste tjek.
    .title = Tjek signal og internet
    .agent =
        Forklar, at opkald og sms'er kræver mobilsignal, og at notifikationer fra appen kræver internetforbindelse.

        Bed den, der ringer, om at få en kollega eller en ven til at ringe og sms'e til sig. Kommer begge dele igennem?

        • Kommer der ingenting: Tjek først, at telefonen er tændt.
        • Telefonen er tændt, men hverken opkald eller sms når frem: Fejlen ligger nok i mobilnettet. Vedkommende skal kontakte sit teleselskab.
        • Tit dårligt signal: Foreslå Microsoft Authenticator-appen. Den kan lave bekræftelseskoder uden signal og uden internet.

        Kommer opkaldet og sms'en fint igennem, men bekræftelseskoden stadig ikke, så vælg nej. Kom koden igennem?

code-not-arriving-do-not-disturb =
    Når Vil ikke forstyrres er slået til, må notifikationer ikke give dig besked. Så kan en kode eller et opkald smutte forbi, uden at du opdager det.

    Sørg for, at Vil ikke forstyrres er slået fra. På telefonen kan funktionen også hedde Forstyr ikke.

    • iPhone: Stryg ned fra øverste højre hjørne for at åbne Kontrolcenter. Er Fokus eller Vil ikke forstyrres (symbolet med en måne) slået til, så tryk på det for at slå det fra. Du finder det også i Indstillinger under Fokus.
    • Android: Stryg ned fra toppen af skærmen for at åbne de hurtige indstillinger, og tryk på Vil ikke forstyrres for at slå det fra. På nogle telefoner ligger det i Indstillinger under Lyd eller Notifikationer.

    Kan du ikke finde det, står der i vejledningen til din telefon, hvordan du slår det fra.

    Prøv derefter at logge på igen. Kommer der stadig ikke noget, så gå videre til næste tjek.
    .title = Slå Vil ikke forstyrres fra
    .agent =
        Forklar, at når Vil ikke forstyrres er slået til, må notifikationer ikke give besked, så en kode eller et opkald kan smutte forbi. Funktionen kan også hedde Forstyr ikke. Bed den, der ringer, om at slå den fra:

        • iPhone: Stryg ned fra øverste højre hjørne for at åbne Kontrolcenter. Er Fokus eller Vil ikke forstyrres (symbolet med en måne) slået til, så tryk på det for at slå det fra. Det findes også i Indstillinger under Fokus.
        • Android: Stryg ned fra toppen af skærmen for at åbne de hurtige indstillinger, og tryk på Vil ikke forstyrres for at slå det fra. På nogle telefoner ligger det i Indstillinger under Lyd eller Notifikationer.

        Kan vedkommende ikke finde det, står det i vejledningen til telefonen.

        Bed derefter vedkommende om at logge på igen. Kom der noget?

code-not-arriving-unblock-numbers =
    Har du blokeret et nummer, eller blokerer telefonen opkald fra ukendte numre, kan bekræftelsesopkaldet også blive blokeret.

    Bekræftelsesopkald kommer normalt fra disse numre:
    { $voice-numbers }

    Fjern numrene fra telefonens liste over blokerede numre, og slå indtil videre alle indstillinger fra, der gør opkald fra ukendte numre lydløse eller blokerer dem:

    • iPhone: Åbn Indstillinger og derefter Telefon. Kig under blokerede kontakter, og slå den indstilling fra, der gør ukendte opkald lydløse.
    • Android: Åbn Telefon-appen, tryk på menuen og derefter Indstillinger og blokerede numre. Slå alle indstillinger fra, der blokerer ukendte opkald.

    Nummervisning er ikke garanteret: Opkaldet kan komme helt uden nummer, og din organisation kan bruge sit eget nummer.

    Prøv derefter at logge på igen. Kommer opkaldet stadig ikke, så gå videre til næste tjek.
    .title = Fjern blokering af numrene
    .agent =
        Forklar, at hvis den, der ringer, har blokeret et nummer, eller telefonen blokerer opkald fra ukendte numre, kan bekræftelsesopkaldet også blive blokeret.

        Læs de numre op, som bekræftelsesopkald normalt kommer fra:
        { $voice-numbers }

        Bed vedkommende om at fjerne numrene fra telefonens liste over blokerede numre og indtil videre slå alle indstillinger fra, der gør opkald fra ukendte numre lydløse eller blokerer dem:

        • iPhone: Indstillinger og derefter Telefon. Kig under blokerede kontakter, og slå den indstilling fra, der gør ukendte opkald lydløse.
        • Android: Telefon-appen, menuen og derefter Indstillinger og blokerede numre. Slå alle indstillinger fra, der blokerer ukendte opkald.

        Fortæl, at nummervisning ikke er garanteret: Opkaldet kan komme helt uden nummer, og organisationen kan bruge sit eget nummer.

        Bed derefter vedkommende om at logge på igen. Kom opkaldet?

code-not-arriving-battery =
    Batterisparende indstillinger kan forhindre apps, du sjældent bruger, i at køre i baggrunden. Så kommer deres notifikationer ikke igennem.

    Slå batterioptimering fra for både Microsoft Authenticator-appen og din sms-app:

    • iPhone: Åbn Indstillinger og derefter Batteri, og slå strømsparetilstand fra. Åbn så Indstillinger, Generelt og indstillingen for opdatering af apps i baggrunden, og sørg for, at den er slået til for begge apps.
    • Android: Åbn Indstillinger og derefter Apps. Åbn hver af de to apps, tryk på Batteri, og vælg den indstilling, der ikke begrænser eller optimerer appen. På nogle telefoner ligger det i Indstillinger under Batteri.

    Prøv derefter at logge på igen. Kommer der stadig ikke noget, så gå videre til næste tjek.
    .title = Slå batterioptimering fra
    .agent =
        Forklar, at batterisparende indstillinger kan forhindre apps, man sjældent bruger, i at køre i baggrunden. Så kommer deres notifikationer ikke igennem.

        Bed den, der ringer, om at slå batterioptimering fra for både Microsoft Authenticator-appen og sms-appen:

        • iPhone: Indstillinger og derefter Batteri: Slå strømsparetilstand fra. Derefter Indstillinger, Generelt og indstillingen for opdatering af apps i baggrunden: Sørg for, at den er slået til for begge apps.
        • Android: Indstillinger og derefter Apps. Åbn hver af de to apps, tryk på Batteri, og vælg den indstilling, der ikke begrænser eller optimerer appen. På nogle telefoner ligger det i Indstillinger under Batteri.

        Bed derefter vedkommende om at logge på igen. Kom der noget?

code-not-arriving-security-apps =
    Nogle sikkerhedsapps fra andre firmaer blokerer sms'er og opkald fra ukendte afsendere. Din bekræftelseskode kan også blive fanget.

    Har du sådan en app, så slå den fra et øjeblik, enten i selve appen eller i telefonens indstillinger. Prøv derefter at logge på igen, så der bliver sendt en ny kode. Husk at slå appen til igen bagefter.

    Kommer koden stadig ikke, så gå videre til sidste trin.
    .title = Slå andre sikkerhedsapps fra
    .agent =
        Spørg den, der ringer, om vedkommende har en sikkerhedsapp fra et andet firma, der blokerer sms'er og opkald fra ukendte afsendere. Den kan også fange bekræftelseskoden.

        Er det tilfældet, så bed vedkommende om at slå den fra et øjeblik, i selve appen eller i telefonens indstillinger, og logge på igen, så der bliver sendt en ny kode. Mind vedkommende om at slå appen til igen bagefter.

        Kom koden?

code-not-arriving-helpdesk =
    Du har været alle de almindelige tjek igennem, og koden kommer stadig ikke. Nu skal der en person til, som kan se indstillingerne på din konto.

    Kontakt { $helpdesk-name }, og bed dem om at:

    • tjekke, at telefonnummeret i dine sikkerhedsoplysninger er rigtigt
    • undersøge, om opkald eller sms'er til dig bliver begrænset eller blokeret
    • hjælpe dig med at sætte Microsoft Authenticator-appen op, som virker uden signal

    Kan du slet ikke logge på, så bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at oprette en ny metode.
    .title = Kontakt Helpdesk
    .agent =
        Den, der ringer, har været alle de almindelige tjek igennem, og koden kommer stadig ikke. Nu skal nogen, der kan se indstillingerne på kontoen, kigge på det:

        • tjek, at telefonnummeret i sikkerhedsoplysningerne er rigtigt
        • undersøg, om opkald eller sms'er til vedkommende bliver begrænset eller blokeret
        • hjælp med at sætte Microsoft Authenticator-appen op, som virker uden signal

        Kan vedkommende slet ikke logge på, så udsted et Temporary Access Pass, eller bestil et, efter organisationens procedure. Det er en tidsbegrænset kode fra Helpdesk, som vedkommende kan logge på med og bruge til at oprette en ny metode. Notér i sagen til { $helpdesk-name }, hvad der er gjort.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

code-not-arriving-fixed =
    Godt. Gør logonet færdigt med din kode, dit opkald eller din notifikation.

    Vær klar til næste gang: Tilføj en ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), fx Microsoft Authenticator-appen. Så giver "Log på en anden måde" dig et andet valg, hvis det sker igen.
    .title = Koden kom igennem
    .agent =
        Bed den, der ringer, om at gøre logonet færdigt med koden, opkaldet eller notifikationen.

        Foreslå, at vedkommende tilføjer en ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), fx Microsoft Authenticator-appen, så vedkommende er klar næste gang. Så giver "Log på en anden måde" et andet valg, hvis det sker igen.
