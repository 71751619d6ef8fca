new-phone-title = Jeg har fået en ny telefon
    .keywords = ny telefon, ny mobil, skiftet telefon, flyt authenticator, overfør, sikkerhedskopi, backup, gendan, iphone, android, qr-kode

new-phone-method =
    Har du fået en ny telefon? Hvad du skal gøre, afhænger af, hvordan du normalt bekræfter, at det er dig, når du logger på.

    Hvordan bekræfter du?
    .title = Sådan bekræfter du
    .agent =
        Spørg den, der ringer, hvordan vedkommende normalt bekræfter ved logon: med Microsoft Authenticator-appen eller med en sms eller et opkald. Det afgør, hvad der skal gøres.
new-phone-method-opt-app = Med Microsoft Authenticator-appen
new-phone-method-opt-phone = Med en sms eller et opkald

new-phone-same-number =
    Koder og opkald går til dit telefonnummer, ikke til selve telefonen.

    Har du beholdt det samme nummer på den nye telefon?
    .title = Samme telefonnummer?
    .agent =
        Forklar, at koder og opkald går til telefonnummeret, ikke til selve telefonen.

        Spørg: Har den, der ringer, beholdt det samme nummer på den nye telefon?
new-phone-same-number-opt-yes = Ja, samme nummer
new-phone-same-number-opt-no = Nej, jeg har fået et nyt nummer

new-phone-sms-test =
    Da dit nummer er det samme, er der ikke noget at ændre i dine sikkerhedsoplysninger.

    Log på, og tjek, at sms'en eller opkaldet kommer frem til den nye telefon.

    Kommer det ikke, så gå videre: Så gennemgår vi de almindelige tjek for koder, der ikke kommer frem.
    .title = Test et logon på den nye telefon
    .agent =
        Da nummeret er det samme, er der ikke noget at ændre i sikkerhedsoplysningerne.

        Bed den, der ringer, om at logge på og tjekke, at sms'en eller opkaldet kommer frem til den nye telefon. Kommer det ikke, så vælg nej for at gennemgå de almindelige tjek for koder, der ikke kommer frem.

        Kom det frem på den nye telefon?

new-phone-fixed-number =
    Dine koder og opkald kommer frem til den nye telefon.

    Valgfrit: Installér Microsoft Authenticator-appen på den nye telefon, og tilføj den som ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo). Den kan lave koder, selv uden signal.
    .title = Din nye telefon virker
    .agent =
        Fortæl den, der ringer, at koder og opkald kommer frem til den nye telefon.

        Foreslå eventuelt, at vedkommende installerer Microsoft Authenticator-appen på den nye telefon og tilføjer den som ekstra metode på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo). Den kan lave koder, selv uden signal.

new-phone-old-phone =
    Din arbejds- eller skolekonto flytter ikke selv med over på en ny telefon: Du skal sætte den op igen i Authenticator-appen. Det er nemmest, mens du stadig kan bruge den gamle telefon.

    Kan du stadig godkende, når du logger på, med Authenticator-appen på din gamle telefon?
    .title = Din gamle telefon
    .agent =
        Forklar, at arbejds- eller skolekontoen ikke selv flytter med over på en ny telefon: Den skal sættes op igen i Authenticator-appen, og det er nemmest, mens den gamle telefon stadig kan bruges.

        Spørg: Kan den, der ringer, stadig godkende logon med Authenticator-appen på den gamle telefon? Hvis ikke: Er der en anden metode, eller er den gamle telefon mistet eller stjålet?
new-phone-old-phone-opt-yes = Ja, den gamle telefon virker stadig
new-phone-old-phone-opt-other = Nej, men jeg har en anden metode (sms, opkald eller en anden telefon)
new-phone-old-phone-opt-none = Nej, og jeg har ingen anden metode
new-phone-old-phone-opt-lost = Min gamle telefon er mistet eller stjålet

new-phone-install-app =
    Installér Microsoft Authenticator på den nye telefon fra App Store (iPhone) eller Google Play (Android), og giv appen lov til at sende notifikationer.

    Om sikkerhedskopi og gendannelse: Appens egen sikkerhedskopi kræver en personlig Microsoft-konto (og iCloud på en iPhone), og den kan ikke flytte konti mellem iPhone og Android. Din arbejds- eller skolekonto skal under alle omstændigheder sættes op igen, så følg de næste trin, også selv om du har gendannet en sikkerhedskopi.

    Lad den gamle telefon være, som den er, indtil du er færdig.
    .title = Installér Authenticator
    .agent =
        Bed den, der ringer, om at installere Microsoft Authenticator på den nye telefon fra App Store (iPhone) eller Google Play (Android) og give appen lov til at sende notifikationer.

        Spørger vedkommende om sikkerhedskopi og gendannelse: Appens egen sikkerhedskopi kræver en personlig Microsoft-konto (og iCloud på en iPhone), og den kan ikke flytte konti mellem iPhone og Android. Arbejds- eller skolekontoen skal under alle omstændigheder sættes op igen, også selv om en sikkerhedskopi er gendannet.

        Bed vedkommende om at lade den gamle telefon være, som den er, til alt er færdigt. Er appen installeret?
new-phone-install-app-opt-done = Appen er installeret

new-phone-add-app =
    Gør det her på en computer, med den nye telefon ved siden af dig.

    1. Åbn https://aka.ms/setupsecurityinfo. Du kommer til siden Sikkerhedsoplysninger (mysignins.microsoft.com/security-info).
    2. Log på. Bekræft med appen på din gamle telefon, eller vælg "Log på en anden måde", og brug din anden metode.
    3. Vælg "Tilføj logonmetode", og vælg Authenticator-appen.
    4. Følg skærmbillederne, indtil der vises en QR-kode.
    5. Tilføj en arbejds- eller skolekonto i Authenticator-appen på den nye telefon, og scan QR-koden.
    6. Der kommer en testnotifikation på den nye telefon. Godkend den. Viser computeren et tal, så skriv det tal i appen.

    Havner du i stedet på siden Yderligere sikkerhedsbekræftelse, så tilføj den nye telefon dér, og følg vejledningen på skærmen.
    .title = Tilføj den nye telefon
    .agent =
        Bed den, der ringer, om at gøre det her på en computer, med den nye telefon ved siden af sig:

        1. Åbn https://aka.ms/setupsecurityinfo, siden Sikkerhedsoplysninger (mysignins.microsoft.com/security-info).
        2. Log på, og bekræft med appen på den gamle telefon, eller vælg "Log på en anden måde", og brug den anden metode.
        3. Vælg "Tilføj logonmetode", og vælg Authenticator-appen.
        4. Følg skærmbillederne, indtil der vises en QR-kode.
        5. Tilføj en arbejds- eller skolekonto i Authenticator-appen på den nye telefon, og scan QR-koden.
        6. Godkend testnotifikationen på den nye telefon. Viser computeren et tal, så skriv det tal i appen.

        Havner vedkommende i stedet på siden Yderligere sikkerhedsbekræftelse, så bed vedkommende om at tilføje den nye telefon dér og følge vejledningen på skærmen.

        Er den nye telefon tilføjet, eller er vedkommende gået i stå?
new-phone-add-app-opt-done = Den nye telefon er tilføjet
new-phone-add-app-opt-stuck = Jeg gik i stå

new-phone-remove-old =
    Fjern nu den gamle telefon, så den ikke længere kan godkende logon på din konto.

    Find Authenticator-posten for din gamle telefon på siden Sikkerhedsoplysninger, og slet den. Bruger du siden Yderligere sikkerhedsbekræftelse, så slet den gamle enhed dér i stedet.

    Log derefter af, log på igen, og godkend på den nye telefon. Virker det ikke, så gå videre til næste trin.
    .title = Fjern den gamle telefon
    .agent =
        Bed nu den, der ringer, om at fjerne den gamle telefon, så den ikke længere kan godkende logon på kontoen.

        Vedkommende finder Authenticator-posten for den gamle telefon på siden Sikkerhedsoplysninger og sletter den. Bruges siden Yderligere sikkerhedsbekræftelse, slettes den gamle enhed dér i stedet.

        Bed derefter vedkommende om at logge af, logge på igen og godkende på den nye telefon. Virkede det?

new-phone-helpdesk =
    Du kan ikke selv gøre opsætningen af den nye telefon færdig. Helpdesk kan hjælpe dig med det.

    Kontakt { $helpdesk-name }, og bed om hjælp til at registrere den nye telefon og fjerne den gamle.

    Har du ingen metode tilbage, der virker, så bed om et Temporary Access Pass. Det er en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at sætte appen op på din nye telefon.
    .title = Bed Helpdesk om hjælp
    .agent =
        Den, der ringer, kan ikke selv gøre opsætningen af den nye telefon færdig.

        Hjælp med at registrere den nye telefon og fjerne den gamle. Har vedkommende ingen metode tilbage, der virker, så udsted et Temporary Access Pass, eller bestil et, efter organisationens procedure. Det er en tidsbegrænset kode fra Helpdesk, som vedkommende kan logge på med og bruge til at sætte appen op på den nye telefon. Notér i sagen til { $helpdesk-name }, hvilke metoder vedkommende har.

        Bed aldrig om adgangskoden eller en bekræftelseskode.

new-phone-fixed =
    Din nye telefon godkender nu, når du logger på, og den gamle er fjernet.

    Valgfrit: Bruger din organisation siden Yderligere sikkerhedsbekræftelse, kan du dér slå totrinsbekræftelse til for dine enheder, der er tillid til.
    .title = Ny telefon sat op
    .agent =
        Fortæl den, der ringer, at den nye telefon nu godkender logon, og at den gamle er fjernet.

        Bruger organisationen siden Yderligere sikkerhedsbekræftelse, kan vedkommende eventuelt dér slå totrinsbekræftelse til for sine enheder, der er tillid til.
