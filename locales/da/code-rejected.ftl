code-rejected-title = Min bekræftelseskode bliver afvist
    .keywords = kode afvist, forkert kode, koden virker ikke, ugyldig kode, godtages ikke, authenticator, godkendelsesapp, udløbet, tid, ur, kode godtages ikke, dato, klokkeslæt, sms-kode, kodeviser, koden er forkert, forkert kode, koden bliver ikke godtaget, kode afvist, ugyldig kode, Den kode, du har angivet, er forkert, Koden virkede ikke. Kontrollér koden, og prøv igen

code-rejected-which-code =
    Hvor kommer den kode, du skriver, fra? En kode fra en sms og en kode fra en app bliver afvist af forskellige grunde.
    .title = Hvor kommer koden fra?
    .agent =
        Spørg brugeren, hvor den kode, brugeren skriver, kommer fra: en sms, Microsoft Authenticator-appen (eller en anden godkendelsesapp) eller en kodeviser. De bliver afvist af forskellige grunde. Bed aldrig om at få koden læst op.
code-rejected-which-code-opt-text = En sms
code-rejected-which-code-opt-app = Microsoft Authenticator-appen eller en anden godkendelsesapp
code-rejected-which-code-opt-token = En kodeviser (en lille enhed, der viser en kode)

code-rejected-text-code =
    En kode fra en sms virker kun én gang og kun i kort tid: cirka tre minutter, efter at den er sendt.

    1. Har du bedt om flere koder, så brug den i den nyeste sms.
    2. Tjek, at sms'en hører til dette logon: Den kommer fra Microsoft som sms, RCS-besked eller i WhatsApp.
    3. Skriv koden med det samme, uden mellemrum.

    Er det for sent, så bed om én ny kode på logonskærmen, og skriv den, så snart den kommer. Bed ikke om mange koder i træk: Så kan sms'er til dig blive blokeret et stykke tid.

    Bliver koden stadig afvist, så gå videre til næste trin.
    .title = Brug den nyeste kode – hurtigt
    .keywords = sms-kode afvist, sms-kode, udløbet, nyeste kode, tre minutter
    .agent =
        Forklar, at en kode fra en sms kun virker én gang og kun i cirka tre minutter, efter at den er sendt.

        Bed brugeren bruge koden i den nyeste sms, tjekke, at den er fra Microsoft og hører til dette logon (sms, RCS eller WhatsApp), og skrive den med det samme uden mellemrum. Er det for sent, beder brugeren om én ny kode og skriver den, så snart den kommer. Mange anmodninger i træk kan blokere sms'er til brugeren et stykke tid. Bed aldrig om at få koden læst op.

        Blev koden godtaget?

code-rejected-right-account =
    Authenticator-appen kan rumme flere konti, og hver konto har sin egen kode. En kode fra en anden konto bliver altid afvist.

    Åbn appen, og find den arbejds- eller skolekonto, du er ved at logge på. Brug den kode, der står under netop den konto.

    Bliver koden stadig afvist, så gå videre til næste tjek.
    .title = Brug koden fra den rigtige konto
    .agent =
        Forklar, at Authenticator-appen kan rumme flere konti, og at hver konto har sin egen kode. En kode fra en anden konto bliver altid afvist.

        Bed brugeren åbne appen, finde den arbejds- eller skolekonto, der logges på, og bruge koden under netop den konto. Koden skriver brugeren selv: Bed aldrig om at få den læst op.

        Blev koden godtaget?

code-rejected-current-code =
    Koden i appen skifter hvert 30. sekund. Når der kommer en ny kode, virker den gamle ikke længere.

    Hold øje med koden i appen. Når der kommer en ny, så skriv den med det samme. Er koden lige ved at skifte, så vent på den næste, og skriv den i stedet.

    Bliver koden stadig afvist, så gå videre til næste tjek.
    .title = Skriv den aktuelle kode
    .agent =
        Forklar, at koden i appen skifter hvert 30. sekund, og at den gamle kode ikke virker længere, når der kommer en ny.

        Bed brugeren holde øje med koden i appen og skrive en ny med det samme. Er koden lige ved at skifte, så vent på den næste, og skriv den i stedet.

        Blev koden godtaget?

code-rejected-clock =
    Koderne bygger på klokkeslættet, så telefonens ur skal gå rigtigt. Går uret forkert, viser appen koder, som logonskærmen ikke godtager.

    Sæt telefonens dato og tid til automatisk:

    • iPhone: Åbn Indstillinger, Generelt og Dato og tid, og slå automatisk indstilling til.
    • Android: Åbn Indstillinger, derefter System (eller Generel administration) og Dato og tid, og slå automatisk dato og tid til.

    Navnene kan variere lidt fra telefon til telefon.

    Åbn derefter appen igen, og skriv den aktuelle kode. Bliver den stadig afvist, så gå videre til næste trin.
    .title = Sæt dato og tid til automatisk
    .agent =
        Forklar, at koderne bygger på klokkeslættet, så telefonens ur skal gå rigtigt. Går uret forkert, viser appen koder, som logonskærmen ikke godtager. Bed brugeren sætte telefonens dato og tid til automatisk:

        • iPhone: Indstillinger, Generelt og Dato og tid, og slå automatisk indstilling til.
        • Android: Indstillinger, derefter System (eller Generel administration) og Dato og tid, og slå automatisk dato og tid til.

        Navnene kan variere lidt fra telefon til telefon. Bed derefter brugeren åbne appen igen og skrive den aktuelle kode.

        Blev koden godtaget?

code-rejected-token-code =
    En kodeviser viser en ny kode hvert 30. eller 60. sekund. Når der kommer en ny kode, virker den gamle ikke længere.

    Skriv den kode, kodeviseren viser lige nu. Er den lige ved at skifte, så vent på den næste.

    Bliver koden stadig afvist, så gå videre til næste trin.
    .title = Skriv kodeviserens aktuelle kode
    .agent =
        Forklar, at en kodeviser viser en ny kode hvert 30. eller 60. sekund, og at den gamle holder op med at virke, når der kommer en ny.

        Bed brugeren skrive den kode, kodeviseren viser lige nu, og vente på den næste, hvis den er lige ved at skifte. Bed aldrig om at få koden læst op.

        Blev koden godtaget?

code-rejected-other-way =
    Har du en anden metode sat op, så brug den indtil videre.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg en anden metode, fx Microsoft Authenticator-appen eller en adgangsnøgle, og fortsæt.

    Kan du ikke se "Log på en anden måde", har du ikke sat andre metoder op. Gå så videre til næste trin.
    .title = Log på en anden måde
    .agent =
        Spørg brugeren, om der er en anden metode sat op. Er det tilfældet, så bed brugeren vælge "Log på en anden måde" på logonskærmen, vælge en anden metode, fx Microsoft Authenticator-appen eller en adgangsnøgle, og fortsætte.

        Kan brugeren ikke se "Log på en anden måde", er der ikke sat andre metoder op: Vælg nej.

        Kom brugeren ind?

code-rejected-helpdesk =
    Dine koder bliver afvist, selv om du har brugt den nyeste kode, den rigtige konto og det rigtige klokkeslæt, og du kan ikke logge på en anden måde. Helpdesk skal se på, hvordan dine metoder er sat op.

    Kontakt { $helpdesk-name }, og fortæl, hvor din kode kommer fra. Bed dem tjekke dine registrerede metoder. Kan du slet ikke logge på, så spørg, om du kan få et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at sætte appen op igen.
    .title = Kontakt Helpdesk
    .agent =
        Brugerens koder bliver afvist, selv om brugeren har brugt den nyeste kode, den rigtige konto og det rigtige klokkeslæt, og brugeren kan ikke logge på en anden måde.

        Tjek de registrerede metoder: telefonnummeret, registreringen i Authenticator eller kodeviseren. Kan brugeren slet ikke logge på, og bruger organisationen Temporary Access Pass, så udsted et, eller bestil et, efter organisationens procedure: en tidsbegrænset kode, som brugeren kan logge på med og bruge til at sætte appen op igen. Notér i sagen til { $helpdesk-name }, hvor koden kommer fra, og hvad der er gjort.

        Før du nulstiller brugerens metoder eller udsteder et Temporary Access Pass, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en kode.

code-rejected-fixed =
    Godt, din kode blev godtaget, og du kan gøre logonet færdigt.

    Sker det igen: Med en sms skal du bruge den nyeste kode hurtigt; med appen skal du tjekke uret først, for dato og tid skal altid være sat til automatisk.
    .title = Din kode blev godtaget
    .agent =
        Fortæl brugeren, at koden blev godtaget, og at logonet kan gøres færdigt.

        Sker det igen: Med en sms bruger brugeren den nyeste kode hurtigt; med appen tjekker brugeren uret først, for dato og tid skal altid være sat til automatisk.

code-rejected-signed-in-other =
    Du er logget på med en anden metode.

    Dine koder bliver stadig afvist, så giv { $helpdesk-name } besked, når det passer dig. Så kan metoden blive ordnet, før du får brug for den igen.
    .title = Logget på en anden måde
    .agent =
        Fortæl brugeren, at brugeren er logget på med en anden metode.

        Koderne bliver stadig afvist: Notér det til { $helpdesk-name }, så metoden kan blive ordnet, før der igen bliver brug for den. Fortæl brugeren, at det kan klares, når det passer.
