## Danske skærmtekster i anførselstegn her ("Der kræves flere oplysninger",
## "Din organisation har brug for flere oplysninger for at beskytte din konto",
## "Beskyt din konto", "Spring over for nu") er ikke bekræftet mod en dansk
## skærm: tjek og ret samlet, som "Tilføj logonmetode" i ordlisten.

more-info-required-title = Jeg bliver bedt om flere oplysninger eller om at sætte en metode op
    .keywords = Der kræves flere oplysninger, More information required, flere oplysninger, Din organisation har brug for flere oplysninger, Beskyt din konto, Lad os beskytte din konto, Let's keep your account secure, sæt op, sikkerhedsoplysninger, Authenticator, Spring over for nu, Skip for now, registrering, bekræft sikkerhedsoplysninger, guide

more-info-required-what-screen = Hvad ser du, når du har logget på?
    .title = Hvad ser du?
    .agent =
        Spørg brugeren, hvilken skærm brugeren ser efter logon: "Der kræves flere oplysninger" ("More information required"), en skærm, der beder brugeren sætte Microsoft Authenticator-appen op (med mulighed for at springe over), en skærm om at sætte en adgangsnøgle op, eller en anmodning om at gennemgå sikkerhedsoplysningerne.
more-info-required-what-screen-opt-more-info = Der kræves flere oplysninger
more-info-required-what-screen-opt-authenticator = En skærm, der beder mig sætte Microsoft Authenticator-appen op, med mulighed for at springe over
more-info-required-what-screen-opt-passkey = En skærm, der beder mig sætte en adgangsnøgle op
more-info-required-what-screen-opt-review = En anmodning om at gennemgå eller bekræfte mine sikkerhedsoplysninger

more-info-required-more-info =
    Du ser "Der kræves flere oplysninger" og "Din organisation har brug for flere oplysninger for at beskytte din konto".

    Din organisation vil have, at du sætter en eller flere måder at bekræfte på op, før du kan fortsætte. De samme metoder bruges til totrinsbekræftelse og til at nulstille din adgangskode.

    1. Vælg Næste.
    2. Guiden "Beskyt din konto" viser den første metode, din organisation kræver, ofte Microsoft Authenticator-appen.
    3. Følg trinnene: Installér appen, tilføj din arbejdskonto, scan QR-koden, og godkend testnotifikationen.
    4. Sæt alle de metoder op, guiden beder om, og tjek så, hvad du har sat op, og afslut.

    Gør det i én omgang: Opsætningen gælder kun i 15 minutter, og derefter skal du måske begynde forfra.

    Du bliver måske bedt om at bekræfte igen undervejs. Det er forventet: For at ændre dine logonmetoder skal du have bekræftet inden for de sidste par minutter.
    .title = Sæt dine sikkerhedsoplysninger op
    .keywords = Der kræves flere oplysninger, More information required, Din organisation har brug for flere oplysninger for at beskytte din konto, Beskyt din konto, Næste, guide, sæt op, sikkerhedsoplysninger
    .agent =
        Brugeren ser "Der kræves flere oplysninger" og "Din organisation har brug for flere oplysninger for at beskytte din konto" (på engelsk "More information required"). Organisationen kræver, at brugeren registrerer sikkerhedsoplysninger, før brugeren kan fortsætte; de samme metoder bruges til totrinsbekræftelse og nulstilling af adgangskode.

        Bed brugeren vælge Næste og følge guiden "Beskyt din konto" ("Keep your account secure"): For Microsoft Authenticator-appen skal brugeren installere appen, tilføje arbejdskontoen, scanne QR-koden og godkende testnotifikationen. Brugeren sætter alle de metoder op, guiden beder om, og gennemgår og afslutter. Registreringen gælder i 15 minutter, så telefonen skal være klar først.

        Fortæl, at en ny anmodning om bekræftelse undervejs er forventet: Siden 26. januar 2026 kræver det en multifaktorgodkendelse inden for de sidste 10 minutter at ændre sine egne metoder.

        Blev brugeren færdig?

more-info-required-campaign =
    Efter du loggede på, bliver du bedt om at sætte Microsoft Authenticator-appen op. Din organisation vil have, at du skifter til appen fra en mindre sikker metode, fx sms.

    1. Vælg Næste, og følg trinnene: Installér appen, scan QR-koden, og godkend testnotifikationen.
    2. Kan du ikke gøre det nu, så vælg at springe over for nu. Du bliver spurgt igen efter nogle dage, som din organisation har sat det op (højst 14 dage).

    Din organisation tillader måske kun, at du springer over tre gange. Derefter skal du sætte appen op, før du kan fortsætte. Sætter du den op nu, slipper du for det senere.

    Du bliver måske bedt om at bekræfte igen, mens du sætter den op. Det er forventet.
    .title = Sæt Authenticator-appen op
    .keywords = Spring over for nu, Skip for now, sæt Microsoft Authenticator op, registreringskampagne, påmindelse, Authenticator
    .agent =
        Brugeren bliver efter logon opfordret til at sætte Microsoft Authenticator op (en registreringskampagne).

        Anbefal at sætte den op nu: Næste, installér appen, scan QR-koden, godkend testnotifikationen. Kan brugeren ikke, udsætter "Skip for now" (spring over for nu) det i det antal dage, organisationen har valgt (højst 14). Begrænser organisationen antallet af udsættelser, kan brugeren springe over tre gange og skal så sætte appen op.

        Fortæl, at en ny anmodning om bekræftelse undervejs er forventet.

        Er appen sat op?

more-info-required-review-info =
    Din organisation beder dig tjekke dine sikkerhedsoplysninger med faste mellemrum, så de er rigtige, når du får brug for dem, fx til at nulstille din adgangskode.

    1. Bekræft, når du bliver bedt om det. Det skal du, før du kan se dine sikkerhedsoplysninger.
    2. Se på hver metode: Er alle telefonnumre og mailadresser stadig dine og rigtige?
    3. Er alt rigtigt, så bekræft det. Er noget forkert, så ret det der.
    .title = Tjek og bekræft dine sikkerhedsoplysninger
    .keywords = gennemgå sikkerhedsoplysninger, bekræft, sikkerhedsoplysninger, bekræft igen, er dine sikkerhedsoplysninger stadig rigtige
    .agent =
        Organisationen beder brugerne bekræfte deres sikkerhedsoplysninger igen med et mellemrum, den selv vælger. Brugeren skal bekræfte først og ser så alle registrerede metoder.

        Bed brugeren tjekke, at hvert telefonnummer og hver mailadresse stadig er brugerens og er rigtig, og så bekræfte eller rette det, der er forkert.

        Kom brugeren igennem?

more-info-required-stuck = Hvor går du i stå?
    .title = Hvor går du i stå?
    .agent =
        Spørg brugeren, hvor det går i stå: Brugeren kan ikke installere appen eller scanne QR-koden, brugeren bliver bedt om at bekræfte, men intet kommer frem, brugeren får at vide, at metoder ikke kan sættes op derfra, eller brugeren har slet ingen telefon eller metode at bruge.
more-info-required-stuck-opt-app = Jeg kan ikke installere appen eller scanne QR-koden
more-info-required-stuck-opt-verify = Jeg bliver bedt om at bekræfte, men intet kommer frem
more-info-required-stuck-opt-place = Der står, at jeg ikke kan sætte metoder op herfra eller fra denne enhed
more-info-required-stuck-opt-nothing = Jeg har slet ingen telefon eller metode, jeg kan bruge

more-info-required-other-method =
    Du behøver ikke bruge den app, guiden viser først, hvis din organisation tillader andre metoder.

    1. Vælg linket i guiden til at sætte en anden metode op.
    2. Vælg en metode på listen. Listen viser kun de metoder, din organisation tillader.
    3. Følg trinnene for den metode, og afslut.
    .title = Vælg en anden metode
    .keywords = anden metode, I want to set up a different method, kan ikke installere, QR-kode
    .agent =
        Brugeren kan ikke sætte den metode op, guiden viser først. Bed brugeren vælge linket til en anden metode i guiden ("I want to set up a different method") og vælge en på listen, som kun viser de metoder, organisationen tillader.

        Lykkedes det at sætte en op?

more-info-required-place =
    Din organisation tillader måske kun, at du sætter logonmetoder op fra bestemte steder eller enheder, fx kontorets netværk eller en arbejdscomputer. Fejlkoden for det er AADSTS53010.

    1. Gå til et sted eller en enhed, din organisation tillader, fx kontoret eller din arbejdscomputer.
    2. Log på igen, og sæt din metode op der.

    Kan du ikke komme til sådan et sted eller en sådan enhed, så svar nej herunder.
    .title = Sæt det op fra et tilladt sted
    .keywords = AADSTS53010, 53010, ProofUpBlockedDueToSecurityInfoAcr, kan ikke sætte op, bestemte steder, kontorets netværk, arbejdscomputer
    .agent =
        Organisationen tillader måske kun registrering af metoder fra bestemte steder eller enheder (AADSTS53010: "Cannot configure multifactor authentication methods because the organization requires this information to be set from specific locations or devices").

        Bed brugeren logge på og registrere fra et tilladt sted eller en tilladt enhed, fx kontorets netværk eller en arbejdscomputer.

        Lykkedes det at sætte en metode op?

more-info-required-fixed =
    Godt. Dine sikkerhedsoplysninger er sat op, og du kan fortsætte.

    Du kan altid se og ændre dem på siden Sikkerhedsoplysninger: https://aka.ms/setupsecurityinfo
    .title = Dine sikkerhedsoplysninger er sat op
    .agent =
        Brugerens sikkerhedsoplysninger er sat op. Henvis til siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), hvis brugeren senere vil se eller ændre dem.

more-info-required-helpdesk =
    Du kan ikke selv gøre opsætningen af dine sikkerhedsoplysninger færdig. Helpdesk kan hjælpe dig med at få en metode sat op.

    Fortæl { $helpdesk-name }, hvilken skærm du ser, hvor langt du kom, og hvilken slags telefon du har, hvis du har en.

    Helpdesk tjekker, hvem du er, før de ændrer noget på din konto. Giv aldrig nogen din adgangskode eller en bekræftelseskode.
    .title = Få hjælp til at sætte en metode op
    .agent =
        Brugeren kan ikke selv gøre registreringen af sikkerhedsoplysninger færdig.

        Notér, hvilken skærm brugeren ser, hvor langt brugeren kom, og hvilken telefon brugeren har. Bekræft brugerens identitet efter { $identity-check }, før du ændrer noget. Tjek derefter brugerens registrerede metoder i Microsoft Entra; har brugeren ingen, der kan bruges, så udsted et Temporary Access Pass (en tidsbegrænset kode fra Helpdesk) efter organisationens procedure, så brugeren kan logge på og registrere en metode. Notér, hvad der blev gjort, i sagen til { $helpdesk-name }.

        Bed aldrig om brugerens adgangskode eller en bekræftelseskode.
