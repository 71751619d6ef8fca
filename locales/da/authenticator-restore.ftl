authenticator-restore-title = Authenticator på en ny telefon eller efter gendannelse
    .keywords = gendan, gendannet, gendannelse, sikkerhedskopi, backup, ny telefon, gammel telefon væk, gammel telefon nulstillet, ødelagt telefon, nulstillet telefon, handling påkrævet, log på for at gendanne, konto to gange, dobbelt konto, iCloud, iPhone til Android, Android til iPhone, flyt authenticator, overfør authenticator, arbejdskonto virker ikke, gendannet fra sikkerhedskopi, authenticator fra sikkerhedskopi

authenticator-restore-situation =
    Authenticator flytter ikke selv din arbejds- eller skolekonto med over på en ny telefon. Hvad du skal gøre, afhænger af, hvad der er sket.

    Hvad passer bedst på din situation?
    .title = Hvad er der sket?
    .keywords = gendan, sikkerhedskopi, backup, ny telefon, gammel telefon, handling påkrævet, konto to gange
    .agent =
        Spørg brugeren, hvad der passer bedst: Brugeren har gendannet Authenticator fra en sikkerhedskopi, og arbejdskontoen virker ikke; brugeren har fået ny telefon, og den gamle er væk, nulstillet eller i stykker; brugeren har skiftet mellem iPhone og Android; eller brugeren ser den samme konto to gange i appen.
authenticator-restore-situation-opt-restored = Jeg har gendannet Authenticator fra en sikkerhedskopi, men min arbejdskonto virker ikke
authenticator-restore-situation-opt-no-old = Jeg har fået ny telefon, og den gamle er væk, nulstillet eller i stykker
authenticator-restore-situation-opt-switched = Jeg er skiftet fra iPhone til Android eller omvendt
authenticator-restore-situation-opt-twice = Min arbejdskonto står to gange i appen

authenticator-restore-work-sign-in =
    En sikkerhedskopi bringer kun navnet på en arbejds- eller skolekonto tilbage, ikke det, kontoen skal bruge for at godkende logon. Indtil du logger på den igen, står kontoen bare i appen og siger måske, at du skal gøre noget.

    1. Åbn Authenticator på den nye telefon, og tryk på din arbejdskonto.
    2. Vælg at logge på, og følg skærmbillederne. Du bekræfter med en anden metode, fx en sms, et opkald eller en sikkerhedsnøgle.
    3. Beder appen dig i stedet om at scanne en QR-kode, så svar nej herunder: Så sætter vi kontoen op igen fra siden Sikkerhedsoplysninger.

    Adgangsnøgler kommer heller aldrig med i en sikkerhedskopi: Havde du en i Authenticator, så opret en ny bagefter.
    .title = Log på den gendannede konto
    .keywords = gendannet, sikkerhedskopi, backup, handling påkrævet, log på for at gendanne, arbejdskonto virker ikke, kun kontonavn, iCloud
    .agent =
        Forklar, at en sikkerhedskopi kun bringer navnet på en arbejds- eller skolekonto tilbage, ikke det, kontoen skal bruge for at godkende logon. Indtil brugeren logger på den igen, står kontoen bare i appen og siger måske, at der skal gøres noget.

        Bed brugeren om at åbne Authenticator på den nye telefon, trykke på arbejdskontoen, vælge at logge på og følge skærmbillederne og bekræfte med en anden metode, fx en sms, et opkald eller en sikkerhedsnøgle. Beder appen i stedet om en QR-kode, så vælg nej: Så sættes kontoen op igen fra siden Sikkerhedsoplysninger.

        Adgangsnøgler kommer heller aldrig med i en sikkerhedskopi: Havde brugeren en i Authenticator, oprettes en ny bagefter.

        Godkender arbejdskontoen logon nu?

authenticator-restore-cross-platform =
    En sikkerhedskopi fra en iPhone kan kun gendannes på en iPhone, og en fra Android kun på Android. Når du skifter, kommer der altså ikke noget med, og din arbejds- eller skolekonto skal sættes op igen på den nye telefon.

    Det kræver, at du logger på én gang med en anden metode: den gamle telefon, hvis du stadig har den, en sms, et opkald, en sikkerhedsnøgle eller en adgangsnøgle på en anden enhed.

    Kan du logge på en anden måde?
    .title = Ingen gendannelse mellem iPhone og Android
    .keywords = iPhone til Android, Android til iPhone, skiftet telefon, overfør, gendannelse virker ikke, sikkerhedskopi findes ikke
    .agent =
        Forklar, at en sikkerhedskopi fra en iPhone kun kan gendannes på en iPhone, og en fra Android kun på Android. Når brugeren skifter, kommer der ikke noget med, så arbejds- eller skolekontoen skal sættes op igen på den nye telefon.

        Det kræver ét logon med en anden metode: den gamle telefon, hvis brugeren stadig har den, en sms, et opkald, en sikkerhedsnøgle eller en adgangsnøgle på en anden enhed.

        Spørg, om brugeren kan logge på en anden måde.
authenticator-restore-cross-platform-opt-yes = Ja, jeg kan logge på en anden måde
authenticator-restore-cross-platform-opt-no = Nej, appen var min eneste måde at logge på

authenticator-restore-other-method =
    Din arbejds- eller skolekonto skal sættes op igen på den nye telefon. Det kræver, at du logger på én gang med en anden metode, fx en sms, et opkald, en sikkerhedsnøgle eller en adgangsnøgle på en anden enhed.

    Kan du logge på en anden måde?
    .title = En anden måde at logge på?
    .keywords = ny telefon, gammel telefon væk, nulstillet, ødelagt telefon, ingen anden metode, sæt op igen
    .agent =
        Brugerens arbejds- eller skolekonto skal sættes op igen på den nye telefon. Det kræver ét logon med en anden metode: en sms, et opkald, en sikkerhedsnøgle eller en adgangsnøgle på en anden enhed.

        Spørg, om brugeren kan logge på en anden måde, eller om den gamle telefon er mistet eller stjålet.
authenticator-restore-other-method-opt-yes = Ja, jeg har en anden metode, der virker
authenticator-restore-other-method-opt-no = Nej, jeg har ingen anden metode
authenticator-restore-other-method-opt-lost = Min gamle telefon er mistet eller stjålet

authenticator-restore-set-up-again =
    Gør det her på en computer, med den nye telefon ved siden af dig.

    1. Åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger), og log på med din anden metode. Regn med at blive bedt om at bekræfte én gang til: Når du ændrer dine logonmetoder, kræves en frisk bekræftelse.
    2. Vælg "Tilføj logonmetode", og vælg Microsoft Authenticator.
    3. Tilføj en arbejds- eller skolekonto i Authenticator på den nye telefon, og scan QR-koden fra computeren.
    4. Der kommer en testnotifikation på telefonen. Skriv det tal, computeren viser, i appen, og godkend.
    .title = Sæt arbejdskontoen op igen
    .keywords = sæt op igen, tilføj logonmetode, QR-kode, sikkerhedsoplysninger, registrér igen, ny telefon
    .agent =
        Bed brugeren om at gøre det her på en computer, med den nye telefon ved siden af sig:

        1. Åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger), og log på med den anden metode. Brugeren skal regne med at bekræfte én gang til: Ændringer af logonmetoder kræver en frisk bekræftelse.
        2. Vælg "Tilføj logonmetode", og vælg Microsoft Authenticator.
        3. Tilføj en arbejds- eller skolekonto i Authenticator på den nye telefon, og scan QR-koden fra computeren.
        4. Skriv det tal, computeren viser, i appen ved testnotifikationen, og godkend.

        Er den nye telefon tilføjet?

authenticator-restore-remove-old =
    Ryd nu op, så dine anmodninger om godkendelse kun går til den nye telefon.

    1. Slet den Authenticator-post og eventuelle adgangsnøgler, der hører til den gamle telefon, på siden Sikkerhedsoplysninger.
    2. Står din arbejdskonto to gange i Authenticator på den nye telefon, så fjern den kopi, der ikke virker.

    Log derefter af, log på igen, og godkend på den nye telefon.
    .title = Fjern den gamle telefon
    .keywords = fjern gammel telefon, slet gammel enhed, gammel post, anmodninger går til gammel telefon
    .agent =
        Bed nu brugeren om at rydde op, så anmodninger om godkendelse kun går til den nye telefon: På siden Sikkerhedsoplysninger slettes den Authenticator-post og eventuelle adgangsnøgler, der hører til den gamle telefon. Står arbejdskontoen to gange i Authenticator på den nye telefon, fjernes den kopi, der ikke virker.

        Bed derefter brugeren om at logge af, logge på igen og godkende på den nye telefon. Virkede det?

authenticator-restore-duplicates =
    Efter en gendannelse, eller når kontoen er tilføjet igen, kan appen vise den samme konto to gange. Kun den ene virker: Den anden er en rest og kan ikke godkende noget.

    1. Log på et sted med din arbejdskonto, og se, hvilken post anmodningen kommer i, eller hvilken der har en kode, der virker.
    2. Åbn den anden post, og fjern den (muligheden findes i kontoens indstillinger i appen).
    3. Slet alle Authenticator-poster for telefoner, du ikke bruger længere, på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).

    Virker ingen af posterne, så svar nej herunder, og sæt kontoen op igen.
    .title = Kontoen står to gange
    .keywords = konto to gange, dobbelt, to konti, gammel post, fjern konto, hvilken
    .agent =
        Efter en gendannelse, eller når kontoen er tilføjet igen, kan appen vise den samme konto to gange. Kun den ene virker; den anden er en rest og kan ikke godkende noget.

        Bed brugeren om at logge på et sted og se, hvilken post anmodningen kommer i, eller hvilken der har en kode, der virker, og så åbne den anden post og fjerne den (i kontoens indstillinger i appen). På siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo) slettes alle Authenticator-poster for telefoner, brugeren ikke bruger længere.

        Virker ingen af posterne, så vælg nej for at sætte kontoen op igen. Virkede det?

authenticator-restore-tap-helpdesk =
    Du har ingen metode tilbage, der virker, så Helpdesk må hjælpe dig ind. De kan give dig et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du logger på med, én gang eller i kort tid, for at sætte Authenticator op på din nye telefon. Du kan endda skrive den direkte i Authenticator-appen, når du tilføjer din arbejdskonto.

    Kontakt { $helpdesk-name }, og bed om et Temporary Access Pass. Hav det her klar:

    • din nye telefon (iPhone eller Android)
    • hvilke metoder du brugte før, og hvad der er sket med den gamle telefon

    Helpdesk tjekker, at det virkelig er dig, før du får koden.
    .title = Bed om et Temporary Access Pass
    .keywords = Temporary Access Pass, TAP, ingen metode, låst ude, ny telefon, Helpdesk, tidsbegrænset kode
    .agent =
        Brugeren har ingen metode tilbage, der virker, og skal bruge et Temporary Access Pass for at sætte Authenticator op på den nye telefon.

        Bekræft brugerens identitet, før du udsteder koden: { $identity-check }.

        Udsted derefter et Temporary Access Pass, eller bestil et, efter organisationens procedure: en tidsbegrænset kode, som brugeren logger på med for at tilføje arbejdskontoen, direkte i Authenticator-appen eller på siden Sikkerhedsoplysninger. Bagefter fjerner brugeren den gamle telefons poster. Notér den nye telefon, de tidligere metoder og hvad der er sket med den gamle telefon i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

authenticator-restore-reset-helpdesk =
    Du har ingen metode tilbage, der virker, så Helpdesk må hjælpe dig ind. De kan rydde dine logonmetoder, så du næste gang, du logger på, bliver bedt om at sætte dem op igen, med Authenticator på din nye telefon.

    Kontakt { $helpdesk-name }, og hav det her klar:

    • din nye telefon (iPhone eller Android)
    • hvilke metoder du brugte før, og hvad der er sket med den gamle telefon

    Helpdesk tjekker, at det virkelig er dig, før der bliver ændret noget.
    .title = Bed Helpdesk om at nulstille dine metoder
    .keywords = nulstil metoder, registrér igen, ingen metode, låst ude, ny telefon, Helpdesk
    .agent =
        Brugeren har ingen metode tilbage, der virker. Organisationen bruger ikke Temporary Access Pass, så brugerens logonmetoder skal nulstilles, så brugeren kan registrere sig igen.

        Bekræft brugerens identitet, før du ændrer noget: { $identity-check }.

        Slet derefter den gamle telefons Authenticator-registrering, og kræv, at brugeren registrerer sine metoder igen ved næste logon, efter organisationens procedure. Notér den nye telefon, de tidligere metoder og hvad der er sket med den gamle telefon i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

authenticator-restore-no-method-helpdesk =
    Du har ingen metode tilbage, der virker, så Helpdesk må hjælpe dig ind. Alt efter din organisation giver de dig enten et Temporary Access Pass (en tidsbegrænset kode fra Helpdesk, som du logger på med for at sætte Authenticator op på din nye telefon) eller rydder dine logonmetoder, så du kan sætte dem op igen.

    Kontakt { $helpdesk-name }, og hav det her klar:

    • din nye telefon (iPhone eller Android)
    • hvilke metoder du brugte før, og hvad der er sket med den gamle telefon

    Helpdesk tjekker, at det virkelig er dig, før der bliver ændret noget.
    .title = Få Helpdesk til at hjælpe dig ind
    .keywords = Temporary Access Pass, TAP, ingen metode, låst ude, ny telefon, Helpdesk, nulstil metoder
    .agent =
        Brugeren har ingen metode tilbage, der virker, og kan ikke sætte Authenticator op på den nye telefon uden hjælp.

        Bekræft brugerens identitet, før du udsteder et Temporary Access Pass eller nulstiller metoderne: { $identity-check }.

        Udsted derefter, efter organisationens procedure, et Temporary Access Pass (en tidsbegrænset kode, som brugeren logger på med for at tilføje arbejdskontoen), eller nulstil brugerens logonmetoder, så brugeren registrerer sig igen. Notér den nye telefon, de tidligere metoder og hvad der er sket med den gamle telefon i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

authenticator-restore-helpdesk =
    Du kunne ikke gøre opsætningen af Authenticator på din nye telefon færdig. Helpdesk kan kigge på din konto og hjælpe dig igennem.

    Kontakt { $helpdesk-name }, og hav det her klar:

    • din nye telefon (iPhone eller Android)
    • det trin, hvor det stoppede, og den fejltekst, du så, ord for ord
    .title = Bed Helpdesk om hjælp
    .agent =
        Brugeren kunne ikke gøre opsætningen af Authenticator på den nye telefon færdig.

        Kig på brugerens registrerede metoder, og hjælp med at tilføje den nye telefon og fjerne den gamle. Skal du nulstille metoderne eller udstede et Temporary Access Pass, så bekræft først brugerens identitet: { $identity-check }.

        Notér det trin, hvor det stoppede, og fejlteksten ord for ord i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

authenticator-restore-fixed =
    Authenticator på din nye telefon godkender nu, når du logger på.

    Behold en ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), fx en adgangsnøgle eller en sikkerhedsnøgle, så en mistet eller udskiftet telefon ikke låser dig ude næste gang.
    .title = Authenticator virker igen
    .agent =
        Authenticator på brugerens nye telefon godkender nu logon.

        Foreslå, at brugeren beholder en ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), fx en adgangsnøgle eller en sikkerhedsnøgle, så en mistet eller udskiftet telefon ikke låser brugeren ude næste gang.
