app-passwords-title = Min appadgangskode virker ikke
    .keywords = appadgangskode, app-adgangskode, ældre program, skrivebordsprogram, adgangskode afvist, forkert adgangskode, Mine apps

app-passwords-retype =
    En appadgangskode er en særskilt adgangskode til ældre skrivebordsprogrammer, som ikke kan håndtere totrinsbekræftelse. I de programmer bruger du den i stedet for din normale adgangskode.

    Skriv appadgangskoden i programmet igen, langsomt og omhyggeligt. Tjek, at det er appadgangskoden, du skriver, og ikke din normale adgangskode.

    Hvis programmet stadig ikke godtager den, så svar nej herunder. Så kan du oprette en ny.
    .title = Skriv appadgangskoden igen
    .agent =
        Forklar, at en appadgangskode er en særskilt adgangskode til ældre skrivebordsprogrammer, som ikke kan håndtere totrinsbekræftelse. I de programmer bruges den i stedet for den normale adgangskode.

        Bed den, der ringer, om at skrive appadgangskoden i programmet igen, langsomt og omhyggeligt, og tjekke, at det er appadgangskoden og ikke den normale adgangskode. Bed aldrig vedkommende om at læse den op for dig.

        Godtager programmet den nu?

app-passwords-new-password =
    Virker den gamle appadgangskode stadig ikke, så opret en ny, og brug den i stedet. En ny appadgangskode erstatter en, der måske er blevet gemt forkert i programmet.

    1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, eller åbn den fra Mine apps-portalen.
    2. Vælg "Tilføj logonmetode" og derefter "Appadgangskode", og følg vejledningen på skærmen.
    3. Sæt den nye appadgangskode ind i programmet i stedet for den gamle.

    Hvis du ikke kan finde stedet, hvor du opretter en appadgangskode, eller hvis den nye heller ikke bliver godtaget, så svar nej herunder.
    .title = Opret en ny appadgangskode
    .agent =
        Bed den, der ringer, om at oprette en ny appadgangskode, som erstatter en, der måske er gemt forkert i programmet:

        1. Gå til siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, eller åbn den fra Mine apps-portalen.
        2. Vælg "Tilføj logonmetode" og derefter "Appadgangskode", og følg vejledningen på skærmen.
        3. Sæt den nye appadgangskode ind i programmet i stedet for den gamle.

        Kan vedkommende ikke finde stedet, hvor den oprettes, eller bliver den nye heller ikke godtaget, så vælg nej.

        Virker den nye appadgangskode?

app-passwords-fixed =
    Programmet godtager din appadgangskode igen.

    Holder den op med at virke en anden gang, kan du oprette en ny appadgangskode på samme måde.
    .title = Din appadgangskode virker
    .agent =
        Fortæl den, der ringer, at programmet godtager appadgangskoden igen.

        Holder den op med at virke en anden gang, kan vedkommende oprette en ny appadgangskode på samme måde.

app-passwords-helpdesk =
    Appadgangskoden bliver stadig ikke godtaget, eller du kunne ikke oprette en ny. Helpdesk kan se på din konto og hjælpe dig med at få programmet til at virke igen.

    Kontakt { $helpdesk-name }. Fortæl, hvilket program du vil bruge appadgangskoden i, og bed om hjælp til at oprette en appadgangskode, der virker. Fortæl dem aldrig selve appadgangskoden.
    .title = Få hjælp til appadgangskoden
    .agent =
        Appadgangskoden bliver stadig ikke godtaget, eller den, der ringer, kunne ikke oprette en ny.

        Se på kontoen, og hjælp vedkommende med at oprette en appadgangskode, der virker. Notér i sagen til { $helpdesk-name }, hvilket program den skal bruges i.

        Bed aldrig om selve appadgangskoden eller den normale adgangskode.
