app-passwords-title = Min appadgangskode virker ikke
    .keywords = appadgangskode, app-adgangskode, ældre program, skrivebordsprogram, adgangskode afvist, forkert adgangskode, Mine apps, SMTP, basisgodkendelse, printer, scanner, mailprogram, Outlook, mailapp, afviser min appadgangskode, appadgangskode afvist, appadgangskode virker ikke

app-passwords-not-offered =
    Din organisation bruger ikke appadgangskoder, så du kan ikke oprette en, og en gammel virker ikke.

    Programmet skal i stedet logge på på den moderne måde: med din normale konto i et logonvindue fra Microsoft, med totrinsbekræftelse.

    1. Opdater programmet til den nyeste version, eller brug et nyt (fx den nuværende Outlook til mail).
    2. Fjern kontoen fra programmet, og tilføj den igen. Når der åbner et logonvindue fra Microsoft, så log på, og bekræft som sædvanlig.

    Har programmet ikke sådan et logon, eller virker det stadig ikke, så svar nej herunder.
    .title = Log på den moderne måde i stedet
    .keywords = appadgangskode findes ikke, moderne godkendelse, opdater program
    .agent =
        Brugerens organisation bruger ikke appadgangskoder, så brugeren kan ikke oprette en, og en gammel virker ikke.

        Programmet skal bruge moderne godkendelse: den normale konto i et logonvindue fra Microsoft med totrinsbekræftelse. Bed brugeren opdatere programmet eller bruge et nyt (fx den nuværende Outlook), fjerne kontoen fra det og tilføje den igen og så logge på og bekræfte, når logonvinduet fra Microsoft åbner.

        Virkede det?

app-passwords-update-first =
    Appadgangskoder er til ældre programmer, der ikke kan håndtere totrinsbekræftelse. I dag kan de fleste programmer det: De åbner et logonvindue fra Microsoft og logger på med din normale konto. Det er den bedste måde, og den bliver ved med at virke.

    Appadgangskoder virker desuden kun, hvis din organisation stadig tillader dem, og Microsoft er ved at slå den gamle måde at logge på med kun brugernavn og adgangskode fra, fx når printere og scannere sender mail (SMTP). En ny appadgangskode hjælper derfor måske ikke.

    1. Opdater programmet til den nyeste version.
    2. Fjern kontoen fra programmet, og tilføj den igen. Åbner der et logonvindue fra Microsoft, så log på, og bekræft som sædvanlig.

    Har programmet kun et felt til adgangskoden, så svar nej herunder: Så ser vi på appadgangskoden.
    .title = Opdater programmet først
    .keywords = moderne godkendelse, opdater program, logonvindue, SMTP, basisgodkendelse
    .agent =
        Forklar, at appadgangskoder er til ældre programmer, der ikke kan håndtere totrinsbekræftelse; de fleste nyere programmer kan det via et logonvindue fra Microsoft med den normale konto. Appadgangskoder findes kun for brugere med den gamle MFA pr. bruger, er slået fra som standard, og Microsoft slår basisgodkendelse fra (også SMTP AUTH, som slås fra som standard for eksisterende lejere i slutningen af december 2026). En ny appadgangskode hjælper derfor måske ikke.

        Bed brugeren opdatere programmet, fjerne kontoen fra det og tilføje den igen; åbner der et logonvindue fra Microsoft, logger brugeren på og bekræfter som sædvanlig.

        Har programmet kun et felt til adgangskoden, så vælg nej. Loggede programmet på?

app-passwords-retype =
    En appadgangskode er en særskilt adgangskode til ældre skrivebordsprogrammer, som ikke kan håndtere totrinsbekræftelse. I de programmer bruger du den i stedet for din normale adgangskode.

    Skriv appadgangskoden i programmet igen, langsomt og omhyggeligt. Tjek, at det er appadgangskoden, du skriver, og ikke din normale adgangskode.

    Hvis programmet stadig ikke godtager den, så svar nej herunder. Så kan du oprette en ny.
    .title = Skriv appadgangskoden igen
    .agent =
        Forklar, at en appadgangskode er en særskilt adgangskode til ældre skrivebordsprogrammer, som ikke kan håndtere totrinsbekræftelse. I de programmer bruges den i stedet for den normale adgangskode.

        Bed brugeren skrive appadgangskoden i programmet igen, langsomt og omhyggeligt, og tjekke, at det er appadgangskoden og ikke den normale adgangskode. Bed aldrig brugeren læse den op for dig.

        Godtager programmet den nu?

app-passwords-new-password =
    Virker den gamle appadgangskode stadig ikke, så opret en ny, og brug den i stedet. En ny appadgangskode erstatter en, der måske er blevet gemt forkert i programmet.

    1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, eller åbn den fra Mine apps-portalen. Du bliver måske bedt om at bekræfte en gang til: Det er normalt.
    2. Vælg "Tilføj logonmetode" og derefter "Appadgangskode", og følg vejledningen på skærmen.
    3. Sæt den nye appadgangskode ind i programmet i stedet for den gamle.

    Står "Appadgangskode" ikke på listen, kan din konto ikke bruge appadgangskoder. Står den der ikke, eller bliver den nye heller ikke godtaget, så svar nej herunder.
    .title = Opret en ny appadgangskode
    .agent =
        Bed brugeren oprette en ny appadgangskode, som erstatter en, der måske er gemt forkert i programmet:

        1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, eller åbn den fra Mine apps-portalen. Brugeren bliver måske bedt om at bekræfte igen.
        2. Vælg "Tilføj logonmetode" og derefter "Appadgangskode", og følg vejledningen på skærmen.
        3. Sæt den nye appadgangskode ind i programmet i stedet for den gamle.

        "Appadgangskode" tilbydes kun brugere med den gamle MFA pr. bruger, når organisationen tillader appadgangskoder. Står den ikke på listen, eller bliver den nye heller ikke godtaget (programmet bruger måske basisgodkendelse, som er ved at blive slået fra), så vælg nej.

        Virker den nye appadgangskode?

app-passwords-fixed =
    Programmet godtager din appadgangskode igen.

    Appadgangskoder er på vej ud. Når du kan, så opdater programmet, eller skift til et, der logger på med din normale konto i et logonvindue fra Microsoft.
    .title = Din appadgangskode virker
    .agent =
        Fortæl brugeren, at programmet godtager appadgangskoden igen.

        Appadgangskoder er på vej ud: Foreslå at opdatere programmet eller skifte til et, der bruger moderne logon, når brugeren kan.

app-passwords-fixed-modern =
    Programmet logger på med din normale konto og totrinsbekræftelse. Du har ikke længere brug for en appadgangskode til det.
    .title = Programmet logger på
    .agent =
        Fortæl brugeren, at programmet nu logger på med den normale konto og totrinsbekræftelse, så der ikke er brug for en appadgangskode til det.

app-passwords-helpdesk =
    Programmet logger stadig ikke på. Helpdesk kan tjekke, om din konto kan bruge appadgangskoder, og hvordan netop dette program kan logge på.

    Kontakt { $helpdesk-name }. Fortæl, hvilket program du vil bruge, og gerne versionen, hvis du kender den. Fortæl aldrig en adgangskode eller en appadgangskode.
    .title = Få hjælp med programmet
    .agent =
        Brugerens program logger stadig ikke på, hverken med en appadgangskode eller på den moderne måde.

        Tjek, om kontoen overhovedet kan bruge appadgangskoder (den gamle MFA pr. bruger, organisationens indstilling), og om programmet bruger basisgodkendelse (fx SMTP AUTH), som er ved at blive slået fra; i så fald skal det opdateres eller udskiftes. Notér i sagen til { $helpdesk-name }, hvilket program og hvilken version brugeren vil bruge.

        Bed aldrig om en appadgangskode eller den normale adgangskode.
