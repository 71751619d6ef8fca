repeated-prompts-title = Jeg bliver bedt om at logge på eller bekræfte igen og igen
    .keywords = igen og igen, bliver ved med at spørge, gentagne, logon-løkke, løkke, spørger igen, Teams, Outlook, Office, Vil du forblive logget på, Stay signed in, logonhyppighed, adgangskode, bekræft igen, Få adgang til arbejde eller skole, Access work or school

repeated-prompts-when-asked = Hvornår bliver du bedt om at logge på eller bekræfte igen?
    .title = Hvornår spørger den igen?
    .agent =
        Spørg brugeren, hvornår brugeren bliver bedt om at logge på eller bekræfte igen: med faste mellemrum, hver gang browseren åbnes, igen og igen i Teams eller Outlook, lige efter bekræftelsen (en løkke), i hver app på telefonen, eller med anmodninger om godkendelse, brugeren ikke selv har startet.
repeated-prompts-when-asked-opt-regular = Med nogle timers eller dages mellemrum, og så virker det igen
repeated-prompts-when-asked-opt-browser = Hver gang jeg åbner min browser
repeated-prompts-when-asked-opt-apps = Teams, Outlook eller en anden Microsoft 365-app bliver ved med at spørge
repeated-prompts-when-asked-opt-loop = Jeg bekræfter, og så bliver jeg bedt om det igen med det samme
repeated-prompts-when-asked-opt-phone = På min telefon spørger hver app for sig
repeated-prompts-when-asked-opt-notme = Jeg får anmodninger om godkendelse, som jeg ikke selv har startet

repeated-prompts-by-design =
    Det er som regel med vilje, at du en gang imellem bliver bedt om at logge på igen. Din organisation bestemmer, hvor ofte du skal logge på og bekræfte igen. Det kaldes logonhyppighed.

    Du bliver også bedt om det igen i alle apps, når du har skiftet adgangskode, og når din enhed ikke længere opfylder organisationens krav.

    Bliver du spurgt med nogle timers eller dages mellemrum, og virker det, når du bekræfter, så er der ikke noget galt. Bekræft, når du bliver bedt om det, og godkend kun logon, du selv har startet.

    Sker det meget oftere end før, eller holder det aldrig op, så svar nej herunder.
    .title = Det kan være helt normalt
    .keywords = logonhyppighed, hvor ofte, hver dag, session, normalt, skiftet adgangskode
    .agent =
        Forklar, at gentagne spørgsmål som regel er med vilje: Organisationen bestemmer, hvor ofte brugerne skal logge på og bekræfte igen (logonhyppighed, sign-in frequency). En ny adgangskode eller en enhed, der ikke længere opfylder kravene, afslutter også sessionerne, så alle apps spørger igen.

        Bliver brugeren spurgt med nogle timers eller dages mellemrum, og virker bekræftelsen, er der ikke noget galt. Sker det meget oftere end før, eller kører det i ring, så vælg nej.

        Er det den normale rytme?

repeated-prompts-stay-signed-in =
    Når du logger på i en browser, spørger Microsoft måske "Vil du forblive logget på?". Vælger du Ja, husker browseren dit logon, også når du har lukket den.

    1. Log på igen i din browser.
    2. Når du ser "Vil du forblive logget på?", så vælg Ja. Gør det kun på din egen enhed, aldrig på en delt eller offentlig computer.

    Det virker kun i den browser på den enhed. Din organisation kan skjule spørgsmålet eller selv bestemme, hvor længe du forbliver logget på.

    Luk så browseren, åbn den igen, og se, om du stadig er logget på.
    .title = Vælg Ja til "Vil du forblive logget på?"
    .keywords = Vil du forblive logget på, Stay signed in, Hold mig logget på, browser, hver gang, cookie, husk
    .agent =
        Forklar, at browseren kun husker logonet, hvis brugeren vælger Ja, når der står "Vil du forblive logget på?" ("Stay signed in?"). Det gemmer en varig cookie, kun i den browser.

        Bed brugeren logge på igen og vælge Ja, kun på sin egen enhed, aldrig på en delt eller offentlig computer. Organisationen kan skjule spørgsmålet eller selv bestemme, hvor længe en session varer.

        Bed så brugeren lukke og åbne browseren igen. Er brugeren stadig logget på?

repeated-prompts-sign-out-in =
    Log helt ud af Office-apps, og log så på igen én gang. Det erstatter de logon, apps har gemt, og som kan være forældede.

    1. I Word, Excel eller en anden Office-app skal du gå til Filer og derefter Konto og vælge Log af. I Outlook hedder det Filer og derefter Office-konto.
    2. Log også af Teams.
    3. Luk alle Office-apps og Teams.
    4. Åbn Outlook eller Teams igen, log på med din arbejdskonto, og gennemfør bekræftelsen én gang.

    Brug så apps et stykke tid. Holder de op med at spørge?
    .title = Log af apps, og log på igen
    .keywords = log af, log ud, log på igen, Teams, Outlook, Office, løkke, bliver ved med at spørge, gemte logon
    .agent =
        Bed brugeren logge helt af Office-apps og logge på igen, så gemte og måske forældede logon bliver erstattet:

        1. I en Office-app: Filer, derefter Konto (i Outlook: Office-konto), derefter Log af.
        2. Log også af Teams.
        3. Luk alle Office-apps og Teams.
        4. Åbn Outlook eller Teams, log på med arbejdskontoen, og gennemfør bekræftelsen én gang.

        Holder spørgsmålene op?

repeated-prompts-windows-account =
    På en Windows-computer kan gamle arbejdskonti, som Windows har gemt, få apps til at spørge igen og igen.

    1. Åbn Indstillinger, derefter Konti og så Få adgang til arbejde eller skole. Din arbejdskonto bør stå der.
    2. Ser du en gammel eller ubrugt arbejdskonto, så vælg den, og afbryd forbindelsen. Lad den konto, du bruger i dag, blive.
    3. Under Indstillinger, Konti, Mail og konti skal du også fjerne gamle eller ubrugte arbejdskonti.
    4. Genstart computeren, og log så på Outlook eller Teams igen.

    Er du i tvivl om, hvilken konto du skal beholde, så stop her, og svar nej herunder: Helpdesk kan kigge på det sammen med dig.
    .title = Tjek arbejdskontiene i Windows
    .keywords = Få adgang til arbejde eller skole, Access work or school, Mail og konti, Windows, arbejdskonto, afbryd forbindelse, gammel konto, Indstillinger, Konti
    .agent =
        På Windows kan gamle arbejdskonti, som Windows har gemt, give gentagne spørgsmål.

        Bed brugeren åbne Indstillinger, Konti, Få adgang til arbejde eller skole og afbryde forbindelsen til gamle eller ubrugte arbejdskonti, men beholde den, brugeren bruger i dag. Derefter det samme under Indstillinger, Konti, Mail og konti. Genstart så, og log på Outlook eller Teams igen.

        Er brugeren i tvivl om, hvilken konto der skal blive, så vælg nej, og kig på det sammen: Afbryd ikke den konto, organisationen administrerer computeren med.

        Holdt spørgsmålene op?

repeated-prompts-broker =
    På en telefon kan hver app bede dig om at logge på for sig. Microsoft Authenticator-appen kan logge på for de andre apps, så du bliver spurgt sjældnere.

    1. Installér Microsoft Authenticator-appen, hvis du ikke har den.
    2. Sørg for, at din arbejdskonto er tilføjet i appen.
    3. Åbn Outlook, Teams eller den app, der spørger, og log på med din arbejdskonto igen.

    Spørger den sjældnere nu?
    .title = Lad Authenticator logge på for dine apps
    .keywords = telefon, mobil, hver app, Authenticator, broker, Outlook-appen, Teams-appen
    .agent =
        På telefoner kan hver app have sit eget logon. Microsoft Authenticator-appen fungerer som mellemled (broker) for andre apps og giver færre spørgsmål på enheden.

        Bed brugeren installere Authenticator, hvis det mangler, tjekke, at arbejdskontoen er tilføjet i appen, og så logge på igen i den app, der spørger.

        Spørger den sjældnere?

repeated-prompts-fixed =
    Godt. Nu bør du kun blive spurgt, når din organisation kræver det.

    Se altid godt efter, før du godkender: Godkend kun logon, du selv har startet.
    .title = Spørgsmålene er holdt op
    .agent =
        Spørgsmålene er holdt op. Mind brugeren om kun at godkende logon, brugeren selv har startet.

repeated-prompts-fixed-normal =
    Så virker alt, som din organisation har sat det op. Bekræft, når du bliver bedt om det, og godkend kun logon, du selv har startet.
    .title = Alt virker, som det skal
    .agent =
        Spørgsmålene følger organisationens indstillinger. Mind brugeren om kun at godkende logon, brugeren selv har startet.

repeated-prompts-helpdesk =
    Du bliver ved med at blive spurgt, og de almindelige trin hjalp ikke. Helpdesk kan se, hvor ofte din organisation beder dig om at logge på, og hvorfor.

    Fortæl { $helpdesk-name }:

    • hvilken app eller browser der bliver ved med at spørge, og på hvilken enhed
    • hvor ofte den spørger, og siden hvornår
    • om det begyndte, efter du skiftede adgangskode eller fik en ny enhed
    • den præcise meddelelse, hvis du ser en

    Giv aldrig nogen din adgangskode eller en bekræftelseskode, heller ikke Helpdesk.
    .title = Spørg Helpdesk om spørgsmålene
    .agent =
        Brugeren bliver ved med at blive spurgt, og de almindelige trin hjalp ikke.

        Notér, hvilken app eller browser der spørger, på hvilken enhed, hvor ofte og siden hvornår, om det begyndte efter en ny adgangskode eller en ny enhed, og en eventuel præcis meddelelse.

        Åbn et af brugerens logon i logonloggene i Microsoft Entra, gå til fanen Authentication Details, og se på "Session Lifetime Policies Applied". Tjek Conditional Access-indstillingerne for logonhyppighed og vedvarende browsersession, og om enheden er Microsoft Entra-joined eller registreret. Notér det i sagen til { $helpdesk-name }.

        Bed aldrig om brugerens adgangskode eller en bekræftelseskode.
