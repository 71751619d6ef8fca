cannot-disable-title = Jeg kan ikke slå totrinsbekræftelse fra
    .keywords = slå fra, deaktiver, fjern totrinsbekræftelse, stop MFA, påkrævet, krav, sikkerhedsstandardindstillinger, personlig konto, slå totrinsbekræftelse fra, tofaktorbekræftelse, vil ikke have, slå totrinsbekræftelse fra, slår totrinsbekræftelse fra, totrinsbekræftelse fra, slå det fra

cannot-disable-account =
    Hvilken slags konto logger du på med?

    • En arbejds- eller skolekonto er en konto, du har fået af din organisation, fx navn@ditfirma.dk.
    • En personlig Microsoft-konto er en konto, du selv har oprettet, fx navn@outlook.com.
    .title = Hvilken konto?
    .agent =
        Spørg brugeren, hvilken slags konto brugeren logger på med.

        En arbejds- eller skolekonto er en konto, man har fået af sin organisation, fx navn@ditfirma.dk. En personlig Microsoft-konto er en konto, man selv har oprettet, fx navn@outlook.com.
cannot-disable-account-opt-work = En arbejds- eller skolekonto fra min organisation
cannot-disable-account-opt-personal = En personlig Microsoft-konto, som jeg selv har oprettet

cannot-disable-personal =
    Med en personlig Microsoft-konto bestemmer du selv. Du kan slå totrinsbekræftelse til og fra i sikkerhedsindstillingerne for din Microsoft-konto.

    Dette værktøj er lavet til arbejds- og skolekonti. Det er stadig det sikreste at lade totrinsbekræftelse være slået til: Hvis nogen får fat i din adgangskode, skal de også have din telefon eller din adgangsnøgle.

    Bekræfter du med sms: Microsoft er ved at udfase koder via sms til personlige konti. Sæt i stedet en adgangsnøgle, Microsoft Authenticator-appen eller en bekræftet ekstra mailadresse op i sikkerhedsindstillingerne for din Microsoft-konto.
    .title = Du kan selv ændre det
    .agent =
        Fortæl brugeren, at med en personlig Microsoft-konto bestemmer brugeren selv: Totrinsbekræftelse kan slås til og fra i sikkerhedsindstillingerne for Microsoft-kontoen.

        Forklar, at værktøjet her er lavet til arbejds- og skolekonti, og at det stadig er det sikreste at lade totrinsbekræftelse være slået til: Hvis nogen får fat i adgangskoden, skal de også have telefonen eller adgangsnøglen.

        Microsoft er ved at udfase koder via sms til personlige konti (meddelt i maj 2026, endnu uden slutdato): Foreslå ikke sms. Foreslå i stedet en adgangsnøgle, Microsoft Authenticator-appen eller en bekræftet ekstra mailadresse.

cannot-disable-required =
    På en arbejds- eller skolekonto kan du ikke selv slå totrinsbekræftelse fra. Din organisation har besluttet, at din konto skal bruge det. Det kan også skyldes sikkerhedsstandardindstillinger, som din organisation har slået til for alle.

    Til administrationsportaler som Azure-portalen, Microsoft Entra- og Intune-administrationscentrene og Microsoft 365-administrationscenteret kræver Microsoft det selv. Det kan ingen i din organisation slå fra.

    Totrinsbekræftelse beskytter din konto, fordi du skal bruge både noget, du ved (din adgangskode), og noget, du har (din telefon eller en adgangsnøgle), for at logge på.

    Hvad vil du gøre?
    .title = Din organisation kræver det
    .agent =
        Forklar brugeren, at på en arbejds- eller skolekonto kan man ikke selv slå totrinsbekræftelse fra. Organisationen har besluttet, at kontoen skal bruge det, eller det kommer fra sikkerhedsstandardindstillinger, som er slået til for alle.

        Til administrationsportaler (Azure-portalen, Microsoft Entra-administrationscenteret, Intune-administrationscenteret, Microsoft 365-administrationscenteret) kræver Microsoft det selv: obligatorisk MFA, som ingen indstilling i organisationen kan slå fra.

        Det beskytter kontoen, fordi man skal bruge både noget, man ved (adgangskoden), og noget, man har (telefonen eller en adgangsnøgle), for at logge på.

        Spørg, hvad brugeren vil: beholde det, få hjælp, fordi det andet trin ikke lykkes, eller vide, hvorfor det gælder for netop brugeren.
cannot-disable-required-opt-works = Jeg beholder det: det virker, det er bare besværligt
cannot-disable-required-opt-stuck = Jeg kan ikke komme igennem det andet trin
cannot-disable-required-opt-ask = Jeg vil gerne vide, hvorfor det gælder for mig

cannot-disable-keep-on =
    Du behøver ikke ændre noget.

    Så du ikke bliver låst ude næste gang, bør du have mindst to måder at bekræfte på, fx Authenticator-appen og en adgangsnøgle. Et telefonnummer er ikke nok alene: Fra 1. februar 2027 sender Microsoft ikke længere koder via sms eller opkald, medmindre din organisation har sit eget teleselskab til det. Du kan tilføje en metode på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".
    .title = Behold totrinsbekræftelse
    .agent =
        Fortæl brugeren, at der ikke skal ændres noget.

        Råd brugeren til at have mindst to måder at bekræfte på, fx Authenticator-appen og en adgangsnøgle, så brugeren ikke bliver låst ude næste gang; fra 1. februar 2027 leverer Microsoft ikke længere koder via sms eller opkald, medmindre organisationen har sit eget teleselskab. Der kan tilføjes en metode på siden Sikkerhedsoplysninger, https://aka.ms/setupsecurityinfo, under "Tilføj logonmetode".

cannot-disable-helpdesk =
    Det er kun din organisation, der kan bestemme, om totrinsbekræftelse gælder for din konto. Det kan hverken du eller dette værktøj ændre.

    Spørg { $helpdesk-name }, hvorfor det er et krav for dig. De kan forklare reglen og sende dit spørgsmål videre til de rette.
    .title = Spørg, hvorfor det er et krav
    .agent =
        Brugeren vil gerne vide, hvorfor totrinsbekræftelse er et krav. Det er kun organisationen, der bestemmer det. Hverken brugeren eller værktøjet kan ændre det.

        Forklar reglen, så godt du kan, og notér spørgsmålet i sagen til { $helpdesk-name }, så det når frem til de rette.
