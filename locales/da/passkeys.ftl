passkeys-title = Adgangsnøgler: opfordringen og logon
    .keywords = adgangsnøgle, adgangsnøgler, passkey, opret en adgangsnøgle, bliver ved med at spørge, spørger hver gang, spring over, ikke nu, senere, QR-kode, bluetooth, ansigt, fingeraftryk, pinkode, skærmlås, sikkerhedsnøgle, FIDO2, pinkode spærret, ny telefon, adgangsnøgle mangler, sms stopper, hvad er en adgangsnøgle, pinkode låst, sikkerhedsnøglens pinkode, låst pinkode

passkeys-what =
    Med en adgangsnøgle logger du på med telefonens skærmlås (dit ansigt, dit fingeraftryk eller telefonens pinkode) i stedet for med en kode.

    Hvad sker der?
    .title = Hvad sker der?
    .keywords = adgangsnøgle, passkey, bliver ved med at spørge, opret adgangsnøgle, logon med adgangsnøgle, adgangsnøgle virker ikke
    .agent =
        Spørg brugeren, hvad der sker med adgangsnøglen: et skærmbillede, der bliver ved med at bede om at oprette en, problemer med at oprette en, en adgangsnøgle, der ikke virker ved logon, en adgangsnøgle, der ikke kom med over på en ny telefon, en mistet telefon med en adgangsnøgle på, eller en sikkerhedsnøgle, der siger, at pinkoden er spærret.
passkeys-what-opt-prompt = Jeg bliver ved med at blive bedt om at oprette en adgangsnøgle
passkeys-what-opt-setup = Jeg vil oprette en adgangsnøgle, eller jeg gik i stå undervejs
passkeys-what-opt-signin = Jeg har en adgangsnøgle, men jeg kan ikke logge på med den
passkeys-what-opt-new-phone = Jeg har fået ny telefon, og min adgangsnøgle er der ikke
passkeys-what-opt-lost = Telefonen med min adgangsnøgle er mistet eller stjålet
passkeys-what-opt-key-pin = Min sikkerhedsnøgle siger, at pinkoden er spærret

passkeys-prompt-optional =
    Siden 1. september 2026 har Microsoft bedt dem, der bekræfter med sms eller opkald, om at oprette en adgangsnøgle, lige efter at de er logget på. Din organisation kan også bede alle om det. Derfor kommer skærmbilledet igen og igen.

    Indtil videre kan du springe det over. Din organisation bestemmer, hvor længe der går, før det kommer igen, og hvor mange gange du må springe over: nogle steder så tit du vil, andre steder kun tre gange.

    Sms'er og opkald fra Microsoft holder op med at virke 1. februar 2027. Er de din eneste måde at bekræfte på, skal du derefter oprette en adgangsnøgle, før du kan logge på. Så det er nemmest at gøre det nu. Det tager et par minutter.

    Hvad vil du gøre?
    .title = Derfor bliver den ved med at spørge
    .keywords = bliver ved med at spørge, opret en adgangsnøgle, hver gang, spring over, ikke nu, senere, påmindelse, sms, opkald
    .agent =
        Forklar, hvorfor skærmbilledet bliver ved med at komme: Siden 1. september 2026 har Microsoft bedt dem, der bekræfter med sms eller opkald, om at oprette en adgangsnøgle lige efter logon, og organisationen kan bede alle om det.

        Indtil videre kan brugeren springe det over. Organisationen bestemmer, hvor længe der går, før det kommer igen, og hvor mange gange man må springe over (så tit man vil, eller tre gange).

        Sms'er og opkald fra Microsoft holder op med at virke 1. februar 2027. Er de brugerens eneste metode, skal brugeren derefter oprette en adgangsnøgle, før logon er muligt. Foreslå at gøre det nu: Det tager et par minutter.

        Spørg, hvad brugeren vil gøre.
passkeys-prompt-optional-opt-now = Opret en adgangsnøgle nu
passkeys-prompt-optional-opt-later = Spring over indtil videre
passkeys-prompt-optional-opt-cannot = Jeg kan ikke: Jeg har ingen telefon, der kan have en adgangsnøgle

passkeys-prompt-organization =
    Din organisation beder dig om at oprette en adgangsnøgle, lige efter at du er logget på. En adgangsnøgle er mere sikker end en kode: Den står imod phishing, og der er ingen kode, nogen kan narre dig til at læse op.

    Indtil videre kan du springe det over. Din organisation bestemmer, hvor længe der går, før det kommer igen, og hvor mange gange du må springe over: nogle steder så tit du vil, andre steder kun tre gange, og derefter skal du oprette en.

    Hvad vil du gøre?
    .title = Din organisation beder om en adgangsnøgle
    .keywords = bliver ved med at spørge, opret en adgangsnøgle, hver gang, spring over, ikke nu, senere, påmindelse
    .agent =
        Forklar, at organisationen beder brugeren om at oprette en adgangsnøgle lige efter logon. En adgangsnøgle er mere sikker end en kode: Den står imod phishing, og der er ingen kode, nogen kan narre brugeren til at læse op.

        Indtil videre kan brugeren springe det over. Organisationen bestemmer, hvor længe der går, før det kommer igen, og hvor mange gange man må springe over (så tit man vil, eller tre gange, og derefter skal man oprette en).

        Spørg, hvad brugeren vil gøre.

passkeys-snoozed-organization =
    Du har sprunget skærmbilledet med adgangsnøglen over. Du kan logge på som normalt, og skærmbilledet kommer igen om et stykke tid.

    Når du er klar, kan du oprette en adgangsnøgle på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo).
    .title = Sprunget over indtil videre
    .agent =
        Brugeren har sprunget skærmbilledet med adgangsnøglen over. Brugeren kan logge på som normalt, og skærmbilledet kommer igen om et stykke tid.

        Foreslå, at brugeren opretter en adgangsnøgle på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), når det passer.

passkeys-prompt-required =
    Sms'er og opkald fra Microsoft holdt op med at virke 1. februar 2027. Var en sms eller et opkald din eneste måde at bekræfte på, kan skærmbilledet med adgangsnøglen ikke længere springes over: Du skal oprette en adgangsnøgle, før du kan logge på.

    Kan du stadig springe det over, har du en anden metode, der virker. Opret alligevel en adgangsnøgle snart.

    Hvad vil du gøre?
    .title = Nu kræves en adgangsnøgle
    .keywords = kan ikke springe over, skal oprette adgangsnøgle, blokeret, påkrævet, sms virker ikke, ingen sms, opkald virker ikke, tvunget
    .agent =
        Forklar, at sms'er og opkald fra Microsoft holdt op med at virke 1. februar 2027. Var en sms eller et opkald brugerens eneste metode, kan skærmbilledet med adgangsnøglen ikke længere springes over: Brugeren skal oprette en adgangsnøgle, før logon er muligt.

        Kan brugeren stadig springe det over, er der en anden metode, der virker, men brugeren bør alligevel oprette en adgangsnøgle snart.

        Spørg, om brugeren kan oprette en nu.
passkeys-prompt-required-opt-now = Opret en adgangsnøgle nu
passkeys-prompt-required-opt-cannot = Jeg kan ikke: Jeg har ingen telefon, der kan have en adgangsnøgle

passkeys-prompt-org-off =
    Din organisation bruger ikke adgangsnøgler til arbejds- og skolekonti, så skærmbilledet handler nok ikke om din arbejdskonto.

    Se efter, hvilken konto skærmbilledet nævner. Er det en personlig Microsoft-konto, Windows eller et andet websted, er det den tjeneste, der tilbyder dig en adgangsnøgle. Om du vil oprette en dér, bestemmer du selv, og det ændrer ikke noget ved, hvordan du logger på din arbejdskonto.

    Handler skærmbilledet virkelig om din arbejds- eller skolekonto, så svar nej herunder.
    .title = Hvilken konto spørger?
    .keywords = adgangsnøgle, opfordring, personlig konto, log hurtigere på, Windows, andet websted
    .agent =
        Organisationen bruger ikke adgangsnøgler til arbejds- og skolekonti, så skærmbilledet handler nok om en anden konto.

        Spørg brugeren, hvilken konto skærmbilledet nævner. Er det en personlig Microsoft-konto, Windows eller et andet websted, er det den tjeneste, der tilbyder en adgangsnøgle: Det er brugerens eget valg, og det ændrer ikke noget ved logon på arbejdskontoen.

        Handler skærmbilledet virkelig om arbejds- eller skolekontoen, så vælg nej.

passkeys-snoozed =
    Du har sprunget skærmbilledet med adgangsnøglen over. Du kan logge på som normalt, og skærmbilledet kommer igen om et stykke tid.

    Når du er klar, kan du oprette en adgangsnøgle på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo). Gør det før 1. februar 2027, hvis en sms eller et opkald er din eneste måde at bekræfte på.
    .title = Sprunget over indtil videre
    .agent =
        Brugeren har sprunget skærmbilledet med adgangsnøglen over. Brugeren kan logge på som normalt, og skærmbilledet kommer igen om et stykke tid.

        Foreslå, at brugeren opretter en adgangsnøgle på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), når det passer, og før 1. februar 2027, hvis en sms eller et opkald er brugerens eneste metode.

passkeys-fixed-other-account =
    Godt. Skærmbilledet med adgangsnøglen kom fra en anden konto, så dit logon på arbejdskontoen er ikke berørt. Log på som normalt.
    .title = Dit logon på arbejdet er i orden
    .agent =
        Skærmbilledet med adgangsnøglen kom fra en anden konto, så brugerens logon på arbejdskontoen er ikke berørt. Brugeren kan logge på som normalt.

passkeys-register =
    Det nemmeste sted til en adgangsnøgle er Microsoft Authenticator-appen på din telefon. Telefonen skal have iOS 17 eller Android 14 eller nyere og en skærmlås.

    I appen:
    1. Åbn Authenticator, tryk på +, og vælg en arbejds- eller skolekonto.
    2. Log på, og bekræft som du plejer.
    3. Følg skærmbillederne. Appen viser dig, hvordan du slår Authenticator til som udbyder af adgangsnøgler i telefonens indstillinger for adgangskoder og adgangsnøgler.

    Eller fra en computer:
    1. Åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger).
    2. Vælg "Tilføj logonmetode", og vælg adgangsnøglen.
    3. Når der vises en QR-kode, så scan den med telefonens egen kamera-app, ikke med kameraet inde i Authenticator. Bluetooth og internet skal være slået til på både computeren og telefonen.

    Regn med at blive bedt om at bekræfte én gang til, før adgangsnøglen bliver tilføjet: Når du ændrer dine logonmetoder, kræves en frisk bekræftelse. Prøv derefter at logge på med adgangsnøglen.
    .title = Opret en adgangsnøgle
    .keywords = opret adgangsnøgle, tilføj adgangsnøgle, registrér adgangsnøgle, passkey, Authenticator, sikkerhedsoplysninger, tilføj logonmetode, iOS 17, Android 14
    .agent =
        Det nemmeste sted til brugerens adgangsnøgle er Microsoft Authenticator-appen på telefonen. Telefonen skal have iOS 17 eller Android 14 eller nyere og en skærmlås.

        I appen: Åbn Authenticator, tryk på +, vælg en arbejds- eller skolekonto, log på og bekræft som normalt, og følg så skærmbillederne. Appen viser, hvordan Authenticator slås til som udbyder af adgangsnøgler i telefonens indstillinger for adgangskoder og adgangsnøgler.

        Fra en computer: Åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger), vælg "Tilføj logonmetode", og vælg adgangsnøglen. Når der vises en QR-kode, scanner brugeren den med telefonens egen kamera-app, ikke med kameraet inde i Authenticator. Bluetooth og internet skal være slået til på begge enheder.

        Sig, at brugeren skal regne med at bekræfte én gang til, før adgangsnøglen bliver tilføjet: Ændringer af logonmetoder kræver en frisk bekræftelse.

        Lykkedes det at oprette adgangsnøglen?

passkeys-register-stuck =
    Hvor gik det galt?
    .title = Hvor gik det galt?
    .agent =
        Spørg brugeren, hvor det gik galt med at oprette adgangsnøglen: da telefonen skulle forbindes med computeren via QR-koden, da telefonen skulle gemme adgangsnøglen, eller da brugeren skulle bekræfte, før adgangsnøglen kunne tilføjes.
passkeys-register-stuck-opt-qr = Telefonen og computeren fik ikke forbindelse efter QR-koden
passkeys-register-stuck-opt-phone = Telefonen ville ikke gemme adgangsnøglen, eller der var ingen mulighed for en adgangsnøgle
passkeys-register-stuck-opt-verify = Jeg kunne ikke bekræfte, så adgangsnøglen blev ikke tilføjet

passkeys-register-not-allowed =
    Din organisation tilbyder ikke adgangsnøgler til arbejds- og skolekonti, så der er ingen adgangsnøgle at oprette på siden Sikkerhedsoplysninger.

    Kontakt { $helpdesk-name }, og spørg, hvilken metode du skal bruge i stedet, fx Microsoft Authenticator-appen. Fortæl også, hvor du så en opfordring til at oprette en adgangsnøgle, hvis du har set en.
    .title = Adgangsnøgler tilbydes ikke
    .agent =
        Organisationen tilbyder ikke adgangsnøgler til arbejds- og skolekonti, så brugeren kan ikke tilføje en på siden Sikkerhedsoplysninger.

        Fortæl brugeren, hvilken metode der skal bruges i stedet, fx Microsoft Authenticator-appen, og notér i sagen til { $helpdesk-name }, hvor brugeren så en opfordring til at oprette en adgangsnøgle, hvis brugeren har set en.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

passkeys-signin-how =
    Hvordan logger du på med adgangsnøglen?
    .title = Sådan logger du på
    .keywords = adgangsnøgle virker ikke, logon med adgangsnøgle, QR-kode, bluetooth, ingen adgangsnøgle, adgangsnøgle findes ikke, sikkerhedsnøgle
    .agent =
        Spørg brugeren, hvordan adgangsnøglen bruges ved logon: på en computer ved at scanne en QR-kode med telefonen, på selve telefonen eller med en sikkerhedsnøgle. Eller siger telefonen, at der ikke er nogen adgangsnøgle til kontoen?
passkeys-signin-how-opt-qr = På en computer: Jeg scanner en QR-kode med telefonen
passkeys-signin-how-opt-same = På den telefon, hvor adgangsnøglen ligger
passkeys-signin-how-opt-missing = Min telefon siger, at den ikke har nogen adgangsnøgle til min konto
passkeys-signin-how-opt-key = Med en sikkerhedsnøgle, og den siger, at pinkoden er spærret

passkeys-bluetooth =
    Når du scanner en QR-kode på en computer, viser telefonen via Bluetooth, at den er tæt på, og gør så logonet færdigt over internettet.

    • Slå Bluetooth til på både computeren og telefonen.
    • Sørg for, at begge er på internettet (Wi-Fi eller mobildata).
    • Hold telefonen tæt ved computeren, mens du logger på.
    • Scan QR-koden med telefonens egen kamera-app.

    Prøv så igen.
    .title = Bluetooth på begge enheder
    .keywords = QR-kode, bluetooth, ingen forbindelse, forbinder ikke, scan, telefon og computer, adgangsnøgle, timeout
    .agent =
        Når brugeren scanner en QR-kode på en computer, viser telefonen via Bluetooth, at den er tæt på, og gør så logonet færdigt over internettet.

        Bed brugeren om at slå Bluetooth til på både computeren og telefonen, sørge for, at begge er på internettet, holde telefonen tæt ved computeren og scanne QR-koden med telefonens egen kamera-app.

        Begrænser organisationen Bluetooth på sine computere, skal enhedens indstillinger måske tillade forbindelser til adgangsnøgler: Notér det i sagen.

        Virkede det?

passkeys-screen-lock =
    En adgangsnøgle låses op med telefonens skærmlås. Uden skærmlås kan telefonen hverken gemme eller bruge en adgangsnøgle.

    • iPhone: Åbn Indstillinger og derefter indstillingen for Face ID eller Touch ID og kode, og slå en kode til.
    • Android: Åbn Indstillinger og derefter Sikkerhed (eller Sikkerhed og privatliv), og vælg en skærmlås: en pinkode, et mønster eller en adgangskode, og gerne et fingeraftryk.

    Navnene kan variere lidt fra telefon til telefon. Ligger din adgangsnøgle i Authenticator-appen, så tjek også i telefonens indstillinger for adgangskoder og adgangsnøgler, at Authenticator stadig er slået til.

    Prøv så igen.
    .title = Slå skærmlås til på telefonen
    .keywords = skærmlås, kode, pinkode, ansigt, fingeraftryk, ingen skærmlås, kan ikke gemme adgangsnøgle, udbyder af adgangsnøgler, autoudfyld
    .agent =
        Forklar, at en adgangsnøgle låses op med telefonens skærmlås: Uden skærmlås kan telefonen hverken gemme eller bruge en adgangsnøgle.

        • iPhone: Indstillinger og derefter indstillingen for Face ID eller Touch ID og kode: Slå en kode til.
        • Android: Indstillinger og derefter Sikkerhed (eller Sikkerhed og privatliv): Vælg en pinkode, et mønster eller en adgangskode, og gerne et fingeraftryk.

        Navnene kan variere lidt fra telefon til telefon. Ligger adgangsnøglen i Authenticator-appen, så bed brugeren om at tjekke i telefonens indstillinger for adgangskoder og adgangsnøgler, at Authenticator stadig er slået til.

        Virkede det?

passkeys-os-version =
    En adgangsnøgle i Authenticator-appen kræver iOS 17 eller Android 14 eller nyere.

    • iPhone: Åbn Indstillinger, Generelt og Om, og se iOS-versionen. Opdateringer finder du under Indstillinger, Generelt og Softwareopdatering.
    • Android: Åbn Indstillinger og Om telefonen, og se Android-versionen. Opdateringer ligger som regel under Indstillinger, System eller Softwareopdatering.

    Bliver der tilbudt en opdatering, så installér den, og prøv igen. Kan telefonen ikke opdateres til den version, kan den ikke have en adgangsnøgle i Authenticator: Svar nej herunder.
    .title = Tjek telefonens version
    .keywords = iOS 17, Android 14, gammel telefon, opdatering, version, understøttes ikke, ingen adgangsnøgle
    .agent =
        En adgangsnøgle i Authenticator-appen kræver iOS 17 eller Android 14 eller nyere.

        • iPhone: Indstillinger, Generelt og Om viser iOS-versionen. Opdateringer ligger under Indstillinger, Generelt og Softwareopdatering.
        • Android: Indstillinger og Om telefonen viser Android-versionen. Opdateringer ligger som regel under Indstillinger, System eller Softwareopdatering.

        Bliver der tilbudt en opdatering, så bed brugeren om at installere den og prøve igen. Kan telefonen ikke opdateres til den version, kan den ikke have en adgangsnøgle i Authenticator: Vælg nej.

        Virkede det?

passkeys-other-way =
    Du kan stadig komme ind i dag med en anden metode.

    1. Vælg "Log på en anden måde" på logonskærmen.
    2. Vælg en anden metode, du har sat op, fx en notifikation eller en kode fra Authenticator-appen, og gør logonet færdigt.

    Har du ingen anden metode, du kan bruge, så svar nej herunder.
    .title = Log på en anden måde
    .keywords = log på en anden måde, anden metode, adgangsnøgle virker ikke
    .agent =
        Bed brugeren om at vælge "Log på en anden måde" på logonskærmen, vælge en anden metode, der er sat op, fx en notifikation eller en kode fra Authenticator-appen, og gøre logonet færdigt.

        Har brugeren ingen anden metode, der kan bruges, så vælg nej.

        Kom brugeren ind?

passkeys-fixed-other-way =
    Du er logget på. Din adgangsnøgle virker stadig ikke på denne telefon, så den vil fejle igen næste gang.

    Slet den adgangsnøgle, der ikke virker, på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), og opret en ny. Fejler det også, så kontakt { $helpdesk-name }, og fortæl, hvilke tjek du har lavet.
    .title = Logget på en anden måde
    .agent =
        Brugeren er logget på med en anden metode, men adgangsnøglen virker stadig ikke på denne telefon og vil fejle igen.

        Foreslå, at brugeren sletter den adgangsnøgle, der ikke virker, på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo) og opretter en ny. Fejler det også, skal brugeren kontakte { $helpdesk-name } og fortælle, hvilke tjek der er lavet.

passkeys-not-restored =
    En adgangsnøgle i Authenticator-appen bliver på den telefon, den blev oprettet på. Den kommer aldrig med i en sikkerhedskopi og flytter ikke med til en ny telefon, så på den nye telefon opretter du en ny.

    For at gøre det skal du logge på én gang med en anden metode, fx en notifikation eller en kode fra Authenticator-appen, en sikkerhedsnøgle eller en sms eller et opkald, hvis din organisation stadig bruger dem.

    Kan du logge på en anden måde?
    .title = En adgangsnøgle flytter ikke med
    .keywords = ny telefon, adgangsnøgle væk, adgangsnøgle mangler, ikke gendannet, sikkerhedskopi, backup, gendan, ingen adgangsnøgle til kontoen
    .agent =
        Forklar, at en adgangsnøgle i Authenticator-appen bliver på den telefon, den blev oprettet på: Den kommer aldrig med i en sikkerhedskopi og flytter ikke med til en ny telefon, så brugeren opretter en ny på den nye telefon.

        Det kræver, at brugeren logger på én gang med en anden metode: en notifikation eller en kode fra Authenticator-appen, en sikkerhedsnøgle eller en sms eller et opkald, hvis organisationen stadig bruger dem.

        Spørg, om brugeren kan logge på en anden måde.
passkeys-not-restored-opt-other = Ja, jeg kan logge på en anden måde
passkeys-not-restored-opt-none = Nej, adgangsnøglen var min eneste måde at logge på

passkeys-lost-device =
    Den, der har din telefon nu, kan prøve at låse den op og bruge adgangsnøglen på den. Fjern adgangsnøglen fra din konto, så den ikke længere kan logge dig på.

    1. Vælg "Log på en anden måde" på logonskærmen, og brug en metode, der ikke kræver den mistede telefon.
    2. Åbn https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger).
    3. Slet den adgangsnøgle og eventuelle Authenticator-poster, der hører til den mistede telefon.

    Kom du ind og fik slettet den? Uanset svaret fortæller næste skærmbillede, hvad du skal sige til Helpdesk.
    .title = Fjern den mistede telefons adgangsnøgle
    .keywords = mistet telefon, stjålet telefon, adgangsnøgle, fjern adgangsnøgle, slet adgangsnøgle, sikkerhedsoplysninger
    .agent =
        Brugerens telefon med en adgangsnøgle på er mistet eller stjålet. Den, der har telefonen, kan prøve at låse den op og bruge adgangsnøglen, så adgangsnøglen skal fjernes fra kontoen.

        Bed brugeren om at vælge "Log på en anden måde" med en metode, der ikke kræver den mistede telefon, åbne https://aka.ms/setupsecurityinfo (siden Sikkerhedsoplysninger) og slette den adgangsnøgle og eventuelle Authenticator-poster, der hører til den mistede telefon.

        Telefonen skal under alle omstændigheder meldes mistet. Kom brugeren ind og fik slettet den?

passkeys-key-locked =
    Din sikkerhedsnøgle har spærret pinkoden efter for mange forkerte forsøg. Den kan ikke låses op igen: Den eneste vej tilbage er at nulstille nøglen, og en nulstilling sletter alle adgangsnøgler på den, også dem til andre tjenester. Bagefter skal nøglen tilføjes til din konto igen.

    Kontakt { $helpdesk-name }. Fortæl, at pinkoden på din sikkerhedsnøgle er spærret, og hav det her klar:

    • det navn, nøglen har på din side Sikkerhedsoplysninger, og mærket, hvis du kender dem
    • hvilke andre metoder du har, hvis du har nogen

    Fortæl aldrig nogen nøglens pinkode.
    .title = Sikkerhedsnøglens pinkode er spærret
    .keywords = sikkerhedsnøgle, FIDO2, YubiKey, pinkode spærret, pinkode låst, for mange forsøg, nulstil sikkerhedsnøgle
    .agent =
        Brugerens sikkerhedsnøgle har spærret pinkoden efter for mange forkerte forsøg. Den kan ikke låses op: Kun en nulstilling hjælper, og en nulstilling sletter alle adgangsnøgler på nøglen, også dem til andre tjenester. Bagefter skal nøglen registreres på kontoen igen.

        Bekræft brugerens identitet, før du fjerner nøglen fra kontoen eller hjælper brugeren med at logge på uden den: { $identity-check }.

        Fjern derefter den spærrede nøgle fra brugerens logonmetoder, hjælp med at nulstille den med producentens værktøj, og bed brugeren om at tilføje den igen på siden Sikkerhedsoplysninger. Notér nøglens navn og mærke og brugerens andre metoder i sagen til { $helpdesk-name }.

        Bed aldrig om pinkoden, adgangskoden eller en bekræftelseskode.

passkeys-no-phone =
    En adgangsnøgle i Authenticator-appen kræver en telefon med iOS 17 eller Android 14 eller nyere og en skærmlås. Har du ikke sådan en telefon, må Helpdesk finde en anden løsning til dig.

    Kontakt { $helpdesk-name }, og fortæl, at du ikke kan oprette en adgangsnøgle, fordi du ikke har en telefon, der kan. Spørg, hvad din organisation tilbyder i stedet, fx en sikkerhedsnøgle. Hav det her klar:

    • hvilken telefon du har, og dens iOS- eller Android-version, hvis du kender den
    • hvilke metoder du bruger i dag, fx sms eller opkald
    .title = Ingen telefon til en adgangsnøgle
    .keywords = ingen smartphone, gammel telefon, ingen telefon, sikkerhedsnøgle, kan ikke oprette adgangsnøgle
    .agent =
        Brugeren kan ikke oprette en adgangsnøgle: Brugeren har ingen telefon med iOS 17 eller Android 14 eller nyere og en skærmlås.

        Find ud af, hvad organisationen tilbyder i stedet, fx en sikkerhedsnøgle, og hvordan brugeren får den. Notér telefonen og dens version, hvis brugeren kender den, og hvilke metoder brugeren bruger i dag, i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

passkeys-helpdesk =
    Du har været de almindelige tjek igennem, og din adgangsnøgle virker stadig ikke, eller du kunne ikke bekræfte, så den kunne tilføjes. Helpdesk skal kigge på din konto.

    Kontakt { $helpdesk-name }, og hav det her klar:

    • din telefons mærke og dens iOS- eller Android-version
    • hvad du var i gang med (oprette en adgangsnøgle eller logge på med en) og den fejltekst, du så, ord for ord
    .title = Spørg Helpdesk om din adgangsnøgle
    .agent =
        Brugeren har været de almindelige tjek igennem, og adgangsnøglen virker stadig ikke, eller brugeren kunne ikke bekræfte, så den kunne tilføjes.

        Tjek brugerens logonmetoder, og om adgangsnøgler er slået til for brugeren. Skal du slette brugerens adgangsnøgle, nulstille metoderne eller udstede et Temporary Access Pass, så bekræft først brugerens identitet: { $identity-check }.

        Notér telefonens mærke og version, hvad brugeren var i gang med, og fejlteksten ord for ord i sagen til { $helpdesk-name }.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

passkeys-fixed =
    Din adgangsnøgle virker. Fremover logger du på med telefonens skærmlås: dit ansigt, dit fingeraftryk eller telefonens pinkode.

    Behold en ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), så du stadig kan komme ind, hvis telefonen bliver væk eller skiftet ud.
    .title = Din adgangsnøgle virker
    .agent =
        Brugerens adgangsnøgle virker: Fremover logger brugeren på med telefonens skærmlås.

        Foreslå, at brugeren beholder en ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo), så brugeren stadig kan komme ind, hvis telefonen bliver væk eller skiftet ud.
