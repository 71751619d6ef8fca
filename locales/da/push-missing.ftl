push-missing-title = Notifikationen fra Authenticator kommer ikke eller viser intet tal
    .keywords = notifikation, push, ingen notifikation, godkend, anmodning om godkendelse, Authenticator, får ingen notifikationer, ingen besked, tal, intet tal, hvilket tal, nummermatchning, skriv tallet, VPN, godkend afvis, Apple Watch, ur, Huawei, opdater, træk ned, notifikationen kommer ikke, notifikation kommer ikke, ingen notifikation, notifikationen fra authenticator, notifikation fra authenticator

push-missing-what =
    Når du godkender et logon med Microsoft Authenticator-appen, viser logonskærmen et tal, og appen beder dig skrive det.

    Hvad sker der?
    .title = Hvad sker der?
    .keywords = ingen notifikation, intet tal, Authenticator, godkend, push
    .agent =
        Spørg brugeren, hvad der sker med notifikationen fra Authenticator: Der kommer ingen på telefonen; der kommer en, men brugeren kan ikke se det tal, den beder om; den gælder en VPN- eller fjernskrivebordsforbindelse og viser kun Godkend og Afvis; eller brugeren prøver at godkende på et ur. Det kaldes nummermatchning, når appen beder om tallet fra logonskærmen.
push-missing-what-opt-none = Der kommer ingen notifikation på min telefon
push-missing-what-opt-number = Der kommer en notifikation, men jeg kan ikke se det tal, den beder om
push-missing-what-opt-vpn = Den gælder VPN eller fjernskrivebord og viser kun Godkend og Afvis
push-missing-what-opt-watch = Jeg prøver at godkende på mit ur

push-missing-open-app =
    Nogle logon sender slet ingen notifikation, fx et logon, som Microsoft synes ser usædvanligt ud. Anmodningen venter alligevel på dig i appen.

    1. Åbn Microsoft Authenticator-appen på din telefon.
    2. Træk listen med konti nedad for at opdatere den, eller tryk på knappen til at opdatere, hvis du ser den.
    3. Kommer der en anmodning, så tjek, at det er dit eget logon, og godkend den ved at skrive tallet fra logonskærmen.

    Kommer der stadig ingenting, så gå videre til næste tjek.
    .title = Åbn appen, og opdater
    .keywords = ingen notifikation, opdater, træk ned, åbn appen, anmodning venter, får ingen notifikationer
    .agent =
        Forklar, at nogle logon, fx et logon, som Microsoft synes ser usædvanligt ud, slet ikke sender en notifikation: Anmodningen venter alligevel i appen.

        Bed brugeren om at åbne Microsoft Authenticator-appen, trække listen med konti nedad for at opdatere den (eller trykke på knappen til at opdatere) og, hvis der kommer en anmodning, og det er brugerens eget logon, godkende den ved at skrive tallet fra logonskærmen.

        Kom der en anmodning?

push-missing-notifications =
    Telefonen skal have lov til at vise notifikationer fra Authenticator.

    • iPhone: Åbn Indstillinger og derefter Notifikationer (på nyere iPhones også Indstillinger og derefter Apps), tryk på Authenticator, og slå notifikationer til.
    • Android: Åbn Indstillinger og derefter Apps (eller Notifikationer), tryk på Authenticator, og slå dens notifikationer til.

    Slå også Forstyr ikke (eller Fokus på en iPhone) fra, og opdater Authenticator fra App Store eller Google Play: En gammel version kan ikke håndtere nutidens notifikationer.

    Navnene kan variere lidt fra telefon til telefon. Prøv derefter at logge på igen.
    .title = Tillad notifikationer, og opdater appen
    .keywords = notifikationer slået fra, tillad notifikationer, forstyr ikke, vil ikke forstyrres, fokus, opdater appen, gammel version
    .agent =
        Bed brugeren om at tjekke, at telefonen må vise notifikationer fra Authenticator:

        • iPhone: Indstillinger og derefter Notifikationer (på nyere iPhones også Indstillinger og derefter Apps), tryk på Authenticator, og slå notifikationer til.
        • Android: Indstillinger og derefter Apps (eller Notifikationer), tryk på Authenticator, og slå dens notifikationer til.

        Bed også brugeren om at slå Forstyr ikke (eller Fokus på en iPhone) fra og opdatere Authenticator fra App Store eller Google Play: En gammel version kan ikke håndtere nutidens notifikationer.

        Navnene kan variere lidt fra telefon til telefon. Bed derefter brugeren om at logge på igen. Kom notifikationen?

push-missing-battery =
    Notifikationer kræver også internet, og en telefon, der sparer på batteriet, kan forhindre appen i at lytte efter dem.

    • Sørg for, at telefonen er på internettet: Wi-Fi eller mobildata slået til og flytilstand slået fra.
    • Android: Åbn Indstillinger og derefter Apps, tryk på Authenticator og derefter Batteri, og vælg den indstilling, der ikke begrænser appen (ofte kaldet Ubegrænset).
    • iPhone: Slå strømsparetilstand fra under Indstillinger og Batteri, og tjek, at opdatering af apps i baggrunden er slået til for Authenticator.

    Navnene kan variere lidt fra telefon til telefon. Prøv derefter at logge på igen.
    .title = Internet og batterisparing
    .keywords = batteri, batterioptimering, batterisparer, strømsparetilstand, baggrund, ubegrænset, internet, mobildata, wi-fi
    .agent =
        Forklar, at notifikationer kræver internet, og at batterisparing kan forhindre appen i at lytte efter dem.

        • Telefonen skal være på internettet: Wi-Fi eller mobildata slået til og flytilstand slået fra.
        • Android: Indstillinger og derefter Apps, tryk på Authenticator og derefter Batteri: Vælg den indstilling, der ikke begrænser appen (ofte kaldet Ubegrænset).
        • iPhone: Slå strømsparetilstand fra under Indstillinger og Batteri, og tjek, at opdatering af apps i baggrunden er slået til for Authenticator.

        Navnene kan variere lidt fra telefon til telefon. Bed derefter brugeren om at logge på igen. Kom notifikationen?

push-missing-use-code =
    Du kan stadig logge på uden notifikationen: Authenticator-appen viser også en bekræftelseskode, som virker selv uden internet.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg at bruge en bekræftelseskode fra appen.
    3. Åbn Authenticator, tryk på din arbejdskonto, og skriv den kode, den viser.

    På Android kommer notifikationerne fra Authenticator gennem Googles tjenester. Telefoner uden dem, fx nyere Huawei-telefoner, får aldrig notifikationerne: Brug altid koden på dem.

    Bliver koden ikke tilbudt, eller bliver den ikke godtaget, så svar nej herunder.
    .title = Brug koden fra appen
    .keywords = kode, bekræftelseskode, 6 cifre, log på en anden måde, Huawei, ingen Google-tjenester, HarmonyOS, AppGallery
    .agent =
        Brugeren kan stadig logge på uden notifikationen: Authenticator-appen viser også en bekræftelseskode, som virker selv uden internet.

        Bed brugeren om at vælge "Log på en anden måde" på logonskærmen, vælge en bekræftelseskode fra appen og så åbne Authenticator, trykke på arbejdskontoen og skrive den kode, den viser.

        På Android kommer notifikationerne fra Authenticator gennem Googles tjenester. Telefoner uden dem, fx nyere Huawei-telefoner, får aldrig notifikationerne: På dem er koden vejen ind.

        Bliver koden ikke tilbudt eller ikke godtaget, så vælg nej. Kom brugeren ind med koden?

push-missing-where-signing-in =
    Tallet står aldrig på telefonen: Det står på logonskærmen foran dig, der hvor du logger på. Appen beder dig skrive det.

    Hvor logger du på lige nu?
    .title = Hvor logger du på?
    .keywords = intet tal, hvilket tal, hvor er tallet, nummermatchning, skriv tallet
    .agent =
        Forklar, at tallet aldrig står på telefonen: Det står på logonskærmen, der hvor brugeren logger på, og appen beder brugeren skrive det (nummermatchning).

        Spørg, hvor brugeren logger på lige nu: på en computer eller en anden enhed, på den samme telefon som appen eller slet ingen steder. Logger brugeren ikke på nogen steder, er anmodningen ikke brugerens.
push-missing-where-signing-in-opt-other = På en computer eller en anden enhed
push-missing-where-signing-in-opt-same = På den samme telefon som Authenticator-appen
push-missing-where-signing-in-opt-none = Jeg logger ikke på nogen steder lige nu

push-missing-type-number =
    Kig på den computer eller anden enhed, hvor du logger på. Ved siden af anmodningen om at godkende logonet står der et tal.

    1. Skriv tallet i feltet i Authenticator-appen.
    2. Bekræft, med dit ansigt, dit fingeraftryk eller telefonens pinkode, hvis appen beder om det.

    Har du ventet for længe, så start logonet forfra: Du får en ny notifikation med et nyt tal.
    .title = Skriv tallet fra skærmen
    .keywords = tal, skriv tallet, indtast tallet, nummermatchning, hvilket tal
    .agent =
        Bed brugeren om at kigge på den computer eller anden enhed, hvor logonet foregår: Ved siden af anmodningen om at godkende logonet står der et tal.

        Brugeren skriver tallet i feltet i Authenticator-appen og bekræfter, med ansigt, fingeraftryk eller telefonens pinkode, hvis appen beder om det. Har brugeren ventet for længe, startes logonet forfra, og der kommer en ny notifikation med et nyt tal.

        Virkede det?

push-missing-same-phone =
    Når du logger på på den samme telefon, står tallet på logonskærmen i den browser eller app, du logger på i, og du skifter over til Authenticator for at skrive det.

    1. Læg mærke til tallet på logonskærmen.
    2. Skift til Authenticator (tryk på notifikationen, eller åbn appen), og skriv tallet.
    3. På en iPhone kan anmodningen dække tallet efter et par sekunder: Tryk på linket til at vise tallet igen for at se det en gang til.

    Skift derefter tilbage, og gør logonet færdigt.
    .title = Logon på den samme telefon
    .keywords = samme telefon, tallet skjult, vis tallet igen, skift app, kun telefon
    .agent =
        Når brugeren logger på på den samme telefon, står tallet på logonskærmen i den browser eller app, der logges på i, og brugeren skifter over til Authenticator for at skrive det.

        Bed brugeren om at lægge mærke til tallet, skifte til Authenticator (trykke på notifikationen eller åbne appen) og skrive tallet. På en iPhone kan anmodningen dække tallet efter et par sekunder: Så trykker brugeren på linket til at vise tallet igen (på engelsk "Show me the number again").

        Virkede det?

push-missing-vpn =
    Det er helt normalt. VPN- og fjernskrivebordsforbindelser, der tjekker dit logon via din organisations egen server, kan ikke vise et tal. Du får kun Godkend og Afvis, eller du bliver bedt om at skrive koden fra Authenticator-appen i stedet.

    • Godkend kun, hvis du lige selv har startet forbindelsen.
    • Bliver du bedt om en kode, så åbn Authenticator, tryk på din arbejdskonto, og skriv den kode, den viser.

    Fejler forbindelsen stadig, så svar nej herunder.
    .title = VPN-anmodninger har intet tal
    .keywords = VPN, fjernskrivebord, remote desktop, RADIUS, NPS, godkend afvis, intet tal, kode til VPN
    .agent =
        Fortæl brugeren, at det er normalt: VPN- og fjernskrivebordsforbindelser, der tjekker logonet via organisationens egen server (RADIUS med NPS-udvidelsen), kan ikke vise et tal. Brugeren får kun Godkend og Afvis eller bliver bedt om koden fra Authenticator-appen.

        Brugeren godkender kun, hvis forbindelsen lige er startet af brugeren selv. Bliver der spurgt efter en kode, skriver brugeren den kode, Authenticator viser under arbejdskontoen.

        Virkede forbindelsen?

push-missing-wearable =
    Anmodninger om godkendelse kan ikke godkendes på et ur: Tallet fra logonskærmen kan ikke skrives på et Apple Watch eller et Android-ur, og Authenticator kan ikke bruges på et Apple Watch.

    Tag din telefon, åbn Authenticator, og godkend dér ved at skrive tallet fra logonskærmen.
    .title = Godkend på telefonen, ikke på uret
    .keywords = ur, Apple Watch, smartwatch, Wear OS, godkend på ur
    .agent =
        Forklar, at anmodninger om godkendelse ikke kan godkendes på et ur: Nummermatchning virker ikke på et Apple Watch eller et Android-ur, og Authenticator kan ikke bruges på et Apple Watch.

        Bed brugeren om at åbne Authenticator på telefonen og godkende dér ved at skrive tallet fra logonskærmen.

        Virkede det?

push-missing-helpdesk =
    Du har været de almindelige tjek igennem, og notifikationen virker stadig ikke. Helpdesk kan tjekke, hvordan Authenticator er registreret på din konto, fx om anmodningerne stadig går til en gammel telefon.

    Kontakt { $helpdesk-name }, og hav det her klar:

    • din telefons mærke og model, dens iOS- eller Android-version, og om den har Googles tjenester (Huawei-telefoner har det ofte ikke)
    • hvad du ser, og hvornår du sidst prøvede at logge på
    .title = Spørg Helpdesk om notifikationen
    .agent =
        Brugeren har været de almindelige tjek igennem, og notifikationen fra Authenticator virker stadig ikke.

        Tjek, hvordan Authenticator er registreret på brugerens konto, fx om anmodningerne stadig går til en gammel telefon. Skal du slette registreringen, nulstille metoderne eller udstede et Temporary Access Pass, så brugeren kan registrere sig igen, så bekræft først brugerens identitet: { $identity-check }.

        Notér telefonens mærke, model og version, om den har Googles tjenester, og tidspunktet for det seneste forsøg i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

push-missing-fixed =
    Godt: Du kunne godkende dit logon.

    Husk: Godkend kun en anmodning, når du selv er ved at logge på, og skriv tallet fra din egen logonskærm. En anmodning, du ikke selv har startet, er ikke din: Afvis den.
    .title = Du godkendte logonet
    .agent =
        Brugeren kunne godkende logonet.

        Mind brugeren om kun at godkende, når brugeren selv er ved at logge på, og skrive tallet fra sin egen logonskærm, og om at afvise alle anmodninger, brugeren ikke selv har startet.
