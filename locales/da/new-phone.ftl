new-phone-title = Jeg har fået en ny telefon
    .keywords = ny telefon, ny mobil, skiftet telefon, flyt authenticator, overfør, sikkerhedskopi, backup, gendan, iphone, android, qr-kode, handling påkrævet, adgangsnøgle, flytter authenticator, flytte authenticator, ny telefon hvordan

new-phone-method =
    Har du fået en ny telefon? Hvad du skal gøre, afhænger af, hvordan du normalt bekræfter, at det er dig, når du logger på.

    Hvordan bekræfter du?
    .title = Sådan bekræfter du
    .agent =
        Spørg brugeren, hvordan brugeren normalt bekræfter ved logon: med Microsoft Authenticator-appen eller med en sms eller et opkald. Det afgør, hvad der skal gøres.
new-phone-method-opt-app = Med Microsoft Authenticator-appen
new-phone-method-opt-phone = Med en sms eller et opkald

new-phone-same-number =
    Koder og opkald går til dit telefonnummer, ikke til selve telefonen.

    Har du beholdt det samme nummer på den nye telefon?
    .title = Samme telefonnummer?
    .agent =
        Forklar, at koder og opkald går til telefonnummeret, ikke til selve telefonen.

        Spørg: Har brugeren beholdt det samme nummer på den nye telefon?
new-phone-same-number-opt-yes = Ja, samme nummer
new-phone-same-number-opt-no = Nej, jeg har fået et nyt nummer

new-phone-sms-test =
    Da dit nummer er det samme, er der ikke noget at ændre i dine sikkerhedsoplysninger.

    Log på, og tjek, at sms'en eller opkaldet kommer frem til den nye telefon.

    Kommer det ikke, så gå videre: Så gennemgår vi de almindelige tjek for koder, der ikke kommer frem.
    .title = Test et logon på den nye telefon
    .agent =
        Da nummeret er det samme, er der ikke noget at ændre i sikkerhedsoplysningerne.

        Bed brugeren logge på og tjekke, at sms'en eller opkaldet kommer frem til den nye telefon. Kommer det ikke, så vælg nej for at gennemgå de almindelige tjek for koder, der ikke kommer frem.

        Kom det frem på den nye telefon?

new-phone-fixed-number =
    Dine koder og opkald kommer frem til den nye telefon.

    Sæt nu også Microsoft Authenticator-appen eller en adgangsnøgle op på den nye telefon: Fra 1. februar 2027 sender Microsoft ikke længere koder via sms eller opkald, medmindre din organisation har sit eget teleselskab til det. Tilføj den på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo) med "Tilføj logonmetode". Du bliver måske bedt om at bekræfte en gang til, før du kan tilføje den.
    .title = Din nye telefon virker
    .agent =
        Fortæl brugeren, at koder og opkald kommer frem til den nye telefon.

        Anbefal også at sætte Microsoft Authenticator-appen eller en adgangsnøgle op på den nye telefon: Fra 1. februar 2027 leverer Microsoft ikke længere koder via sms eller opkald, medmindre organisationen har sit eget teleselskab. Brugeren tilføjer den på siden Sikkerhedsoplysninger (https://aka.ms/setupsecurityinfo) med "Tilføj logonmetode" og bliver måske bedt om at bekræfte igen først.

new-phone-old-phone =
    Din arbejds- eller skolekonto flytter ikke selv med over på en ny telefon: Du skal sætte den op igen i Authenticator-appen. Det er nemmest, mens du stadig kan bruge den gamle telefon.

    Kan du stadig godkende logon med Authenticator-appen på din gamle telefon?
    .title = Din gamle telefon
    .agent =
        Forklar, at arbejds- eller skolekontoen ikke selv flytter med over på en ny telefon: Den skal sættes op igen i Authenticator-appen, og det er nemmest, mens den gamle telefon stadig kan bruges.

        Spørg: Kan brugeren stadig godkende logon med Authenticator-appen på den gamle telefon? Hvis ikke: Har brugeren en anden metode, eller er den gamle telefon mistet eller stjålet?
new-phone-old-phone-opt-yes = Ja, den gamle telefon virker stadig
new-phone-old-phone-opt-other = Nej, men jeg har en anden metode (en adgangsnøgle, sms, opkald eller en anden telefon)
new-phone-old-phone-opt-none = Nej, og jeg har ingen anden metode
new-phone-old-phone-opt-lost = Min gamle telefon er mistet eller stjålet

new-phone-install-app =
    Installér Microsoft Authenticator på den nye telefon fra App Store (iPhone) eller Google Play (Android), og giv den lov til at sende notifikationer.

    Om sikkerhedskopi og gendannelse:

    • iPhone: Appen tager sikkerhedskopi via iCloud og iCloud-nøglering. På en ny iPhone med samme Apple-konto dukker dine konti selv op.
    • Android: Appens sikkerhedskopi i skyen kræver en personlig Microsoft-konto, og du vælger at gendanne den, når du åbner appen.
    • En sikkerhedskopi kan ikke flyttes mellem iPhone og Android.
    • Din arbejds- eller skolekonto kommer kun tilbage som et navn, og der står, at der kræves en handling: Du skal stadig logge på den. Adgangsnøgler i appen bliver aldrig gendannet.

    Behold den gamle telefon, som den er, til du er færdig.
    .title = Installér Authenticator
    .agent =
        Bed brugeren installere Microsoft Authenticator på den nye telefon fra App Store (iPhone) eller Google Play (Android) og give den lov til at sende notifikationer.

        Spørger brugeren om sikkerhedskopi og gendannelse: På iPhone tager appen sikkerhedskopi via iCloud og iCloud-nøglering (siden efteråret 2025 kræves ingen personlig Microsoft-konto); på Android kræver sikkerhedskopien i skyen en personlig Microsoft-konto. En sikkerhedskopi kan ikke flyttes mellem iPhone og Android. En gendannet arbejds- eller skolekonto kommer kun tilbage som et navn og skal logges på igen ("handling påkrævet"); adgangsnøgler i Authenticator bliver aldrig gendannet.

        Sig, at den gamle telefon skal beholdes, som den er, til brugeren er færdig. Er appen installeret?
new-phone-install-app-opt-done = Appen er installeret

new-phone-add-app =
    Gør det her på en computer med den nye telefon ved siden af dig.

    1. Åbn https://aka.ms/setupsecurityinfo. Du kommer til siden Sikkerhedsoplysninger (mysignins.microsoft.com/security-info).
    2. Log på. Bekræft med appen på din gamle telefon, eller vælg "Log på en anden måde", og brug din anden metode. Du bliver måske bedt om at bekræfte igen, før du kan ændre noget: Det er normalt.
    3. Vælg "Tilføj logonmetode", og vælg Authenticator-appen.
    4. Følg skærmbillederne, til der kommer en QR-kode frem.
    5. Tilføj en arbejds- eller skolekonto i Authenticator-appen på den nye telefon, og scan QR-koden.
    6. Der kommer en testnotifikation på den nye telefon. Skriv det tal, computeren viser, i appen, og godkend.

    Viser din gendannede app allerede din arbejdskonto med en handling, der kræves, så tryk på den, og log på i stedet.
    .title = Tilføj den nye telefon
    .agent =
        Bed brugeren gøre det her på en computer med den nye telefon ved siden af sig:

        1. Åbn https://aka.ms/setupsecurityinfo, siden Sikkerhedsoplysninger (mysignins.microsoft.com/security-info).
        2. Log på, og bekræft med appen på den gamle telefon, eller vælg "Log på en anden måde", og brug den anden metode. Ændring af metoder kræver en nylig bekræftelse, så brugeren bliver måske bedt om at bekræfte igen: Det er normalt.
        3. Vælg "Tilføj logonmetode", og vælg Authenticator-appen.
        4. Følg skærmbillederne, til der kommer en QR-kode frem.
        5. Tilføj en arbejds- eller skolekonto i Authenticator-appen på den nye telefon, og scan QR-koden.
        6. Godkend testnotifikationen på den nye telefon, og skriv det tal, computeren viser.

        Viser den gendannede app allerede arbejdskontoen med en handling, der kræves, trykker brugeren på den og logger på i stedet.

        Til dig: Den gamle side Yderligere sikkerhedsbekræftelse styrer ikke længere metoder (de gamle politikker for MFA- og SSPR-metoder ophørte 30. september 2025). Siden Sikkerhedsoplysninger er stedet.

        Er den nye telefon tilføjet, eller er brugeren gået i stå?
new-phone-add-app-opt-done = Den nye telefon er tilføjet
new-phone-add-app-opt-stuck = Jeg gik i stå

new-phone-remove-old =
    Fjern nu den gamle telefon, så den ikke længere kan godkende logon til din konto.

    Find Authenticator-posten for din gamle telefon på siden Sikkerhedsoplysninger, og slet den. Havde du en adgangsnøgle i Authenticator på den gamle telefon, så slet også den post, og tilføj en ny adgangsnøgle på den nye telefon.

    Log derefter ud, log på igen, og godkend på den nye telefon. Virker det ikke, så gå videre til næste trin.
    .title = Fjern den gamle telefon
    .agent =
        Bed nu brugeren fjerne den gamle telefon, så den ikke længere kan godkende logon til kontoen.

        På siden Sikkerhedsoplysninger finder brugeren Authenticator-posten for den gamle telefon og sletter den. En adgangsnøgle i Authenticator på den gamle telefon flytter ikke med: Brugeren sletter også den post og tilføjer en ny adgangsnøgle på den nye telefon.

        Bed derefter brugeren logge ud, logge på igen og godkende på den nye telefon. Virkede det?

new-phone-helpdesk =
    Du kan ikke gøre opsætningen af den nye telefon færdig selv. Helpdesk kan hjælpe dig med det.

    Kontakt { $helpdesk-name }, og bed om hjælp til at registrere den nye telefon og fjerne den gamle.

    Har du ingen metode tilbage, der virker, så spørg, om du kan få et Temporary Access Pass: en tidsbegrænset kode fra Helpdesk, som du kan logge på med og bruge til at sætte appen op på din nye telefon.
    .title = Bed Helpdesk om hjælp
    .agent =
        Brugeren kan ikke selv gøre opsætningen af den nye telefon færdig.

        Hjælp med at registrere den nye telefon og fjerne den gamle. Har brugeren ingen metode tilbage, der virker, og bruger organisationen Temporary Access Pass, så udsted et, eller bestil et, efter organisationens procedure: en tidsbegrænset kode, som brugeren kan logge på med og bruge til at sætte appen op på den nye telefon. Notér, hvilke metoder brugeren har, i sagen til { $helpdesk-name }.

        Før du fjerner metoder eller udsteder et Temporary Access Pass, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

new-phone-fixed =
    Din nye telefon godkender nu dine logon, og den gamle er fjernet.

    Satte du flueben ved, at du ikke skulle spørges igen i et antal dage, da du loggede på med den gamle telefon, og giver du den væk eller har du den ikke længere? Så giv { $helpdesk-name } besked: De kan få alle enheder til at spørge efter det andet trin igen.
    .title = Ny telefon sat op
    .agent =
        Fortæl brugeren, at den nye telefon nu godkender logon, og at den gamle er fjernet.

        Valgte brugeren ved logon på den gamle telefon ikke at blive spurgt igen i et antal dage (på engelsk "Don't ask again for X days") og giver den væk eller har den ikke længere, så tilbagekald brugerens huskede MFA-sessioner (Revoke MFA sessions) – efter at have bekræftet brugerens identitet ({ $identity-check }), aldrig ved at bede om adgangskoden eller en bekræftelseskode.
