unexpected-approval-title = Anmodninger om godkendelse, jeg ikke har startet
    .keywords = godkend, godkendelse, anmodning, notifikation, ikke mig, loggede ikke på, mange anmodninger, hacket, mistænkelig, svindel, opkald, push, spam, nummermatchning, rapportér, ikke mig der loggede på, godkendelsesanmodning

unexpected-approval-situation =
    Du har fået en anmodning om at godkende et logon, som du ikke selv har startet. Det kan betyde, at en anden kender din adgangskode og prøver at komme ind.

    Godkend aldrig en anmodning, du ikke selv har startet. Lad os tage hånd om det nu.

    Hvad sker der?
    .title = Hvad sker der?
    .agent =
        Brugeren har fået en anmodning om at godkende et logon, som brugeren ikke selv har startet. En anden kender måske adgangskoden og prøver at komme ind.

        Sig det med det samme: Godkend aldrig en anmodning, du ikke selv har startet.

        Spørg så, hvad der sker: en anmodning på telefonen lige nu, et opkald, der beder om at godkende, en anmodning, der er afvist eller forsvundet, eller en, brugeren kom til at godkende.
unexpected-approval-situation-opt-pending = Der er en anmodning på min telefon lige nu
unexpected-approval-situation-opt-call = Jeg fik et opkald, der bad mig godkende et logon
unexpected-approval-situation-opt-gone = Jeg afviste den, eller den er forsvundet
unexpected-approval-situation-opt-approved = Jeg kom til at godkende den

unexpected-approval-deny =
    Godkend den ikke, og skriv ikke noget tal i appen.

    Når du selv logger på, viser logonskærmen foran dig et tal, og du skriver netop det tal i appen. Sidder du ikke selv foran en logonskærm, er der intet tal, du kan skrive: Anmodningen er ikke din.

    1. Tryk på Afvis i Authenticator-appen.
    2. Spørger appen, om du vil rapportere det, så vælg at rapportere det som mistænkeligt.

    En rapport kan blokere totrinsbekræftelse på din konto eller markere den som i risiko, indtil Helpdesk har tjekket den. Det er med vilje: Så bliver den anden også stoppet. Helpdesk hjælper dig i gang igen.

    Fortsæt derefter her.
    .title = Afvis og rapportér den
    .agent =
        Sig til brugeren: "Godkend den ikke, og skriv ikke noget tal i appen."

        Forklar nummermatchning: Når man selv logger på, viser logonskærmen et tal, og man skriver netop det tal i appen. Sidder brugeren ikke selv foran en logonskærm, er der intet tal: Anmodningen er ikke brugerens.

        Bed brugeren afvise anmodningen i Authenticator-appen og, når appen spørger, rapportere den som mistænkelig (i appen på engelsk: "Report suspicious activity"). Fortæl, at en rapport kan blokere MFA for kontoen eller give brugeren høj risiko, indtil Helpdesk griber ind: Det er med vilje.

        Spørg: Er den afvist, eller havde brugeren allerede godkendt den?
unexpected-approval-deny-opt-done = Færdig, jeg har afvist den
unexpected-approval-deny-opt-approved = Jeg havde allerede godkendt den

unexpected-approval-voice-call =
    Godkend ikke logonet i opkaldet.

    Tast i stedet 0# på telefonens tastatur: først 0 og derefter firkanttasten (#). Så bliver opkaldet rapporteret som svindel. Beder opkaldet dig bekræfte med 1, så tast 1.

    En rapport kan blokere totrinsbekræftelse på din konto, indtil Helpdesk har tjekket den. Det er med vilje: Så bliver den anden også stoppet.

    Er opkaldet allerede slut, så fortsæt bare her.
    .title = Rapportér opkaldet som svindel
    .agent =
        Sig til brugeren: "Godkend ikke logonet i opkaldet."

        I stedet skal brugeren taste 0# på telefonens tastatur: først 0 og derefter firkanttasten (#). Så bliver opkaldet rapporteret som svindel; beder opkaldet om at bekræfte med 1, taster brugeren 1. Er opkaldet allerede slut, så fortsæt bare.

        Fortæl, at en rapport kan blokere MFA for kontoen eller give brugeren høj risiko, indtil Helpdesk griber ind: Det er med vilje.

        Spørg: Er det gjort, eller godkendte brugeren det i opkaldet?
unexpected-approval-voice-call-opt-done = Færdig, eller opkaldet er slut
unexpected-approval-voice-call-opt-approved = Jeg godkendte det i opkaldet

unexpected-approval-change-password =
    Den, der sendte anmodningen, kender sandsynligvis din adgangskode. Skift den nu, så den ikke længere virker for vedkommende.

    Skift den, som du plejer i din organisation, og gør det på en enhed, du stoler på. Kan du ikke logge på for at skifte den, kan du nulstille den på { $password-reset-url }. Vælg en ny adgangskode, som du ikke har brugt før.

    Fortæl aldrig nogen din nye adgangskode – heller ikke Helpdesk.
    .title = Skift din adgangskode
    .agent =
        Den, der sendte anmodningen, kender sandsynligvis adgangskoden. Bed brugeren skifte den nu, så den ikke længere virker for den anden.

        Brugeren skifter den på den sædvanlige måde i organisationen, på en enhed, brugeren stoler på, og vælger en ny adgangskode, der ikke har været brugt før. Kan brugeren ikke logge på for at skifte den, kan den nulstilles på { $password-reset-url }.

        Bed aldrig om den nye adgangskode, og sig, at den ikke må fortælles til nogen, heller ikke Helpdesk. Er den skiftet, eller kan det ikke lade sig gøre lige nu?
unexpected-approval-change-password-opt-done = Jeg har skiftet adgangskode
unexpected-approval-change-password-opt-cannot = Jeg kan ikke skifte den lige nu

unexpected-approval-helpdesk =
    Giv { $security-contact } besked med det samme, også selv om du ikke godkendte anmodningen. Nogen prøver måske at komme ind på din konto, og det skal de vide, så de kan beskytte den.

    Bed dem om at:

    • tjekke logonaktiviteten på din konto
    • hjælpe dig med at skifte adgangskode, hvis du ikke kunne gøre det selv
    • fjerne blokeringen af din totrinsbekræftelse, hvis du rapporterede anmodningen og ikke kan logge på nu

    Fortæl, hvornår anmodningerne kom, omtrent hvor mange der var, og om du rapporterede dem.
    .title = Giv Helpdesk besked nu
    .agent =
        Markér sagen som hastende: Nogen prøver måske at komme ind på brugerens konto, selv om brugeren ikke godkendte anmodningen. Tak brugeren for at give besked med det samme, og sørg for, at { $security-contact } hører om det.

        Tjek logonaktiviteten på kontoen, og hjælp brugeren med at skifte adgangskode, hvis brugeren ikke kunne gøre det selv. Notér, hvornår anmodningerne kom, omtrent hvor mange der var, og om brugeren rapporterede dem.

        Har brugeren rapporteret en anmodning, kan brugeren være blokeret for MFA eller have fået høj risiko: Når logonene er tjekket, så fjern blokeringen, eller afhjælp risikoen efter organisationens procedure. Før du nulstiller adgangskoden, fjerner en blokering eller ændrer brugerens metoder, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

        Sig til brugeren, at nye anmodninger skal afvises, og at en anmodning, man ikke selv har startet, aldrig må godkendes.

unexpected-approval-approved =
    Har du godkendt en anmodning, du ikke selv har startet, kan en anden nu være logget på din konto. Det haster.

    1. Skift din adgangskode nu, hvis du kan, på en enhed, du stoler på.
    2. Kontakt { $security-contact } med det samme, også selv om du ikke kunne skifte adgangskoden. Sig, at du har godkendt en anmodning om logon, som ikke var din.

    Bed dem om at tjekke logonaktiviteten på din konto og hjælpe dig med at sikre den.
    .title = Godkendt ved en fejl – handl nu
    .agent =
        Markér sagen som hastende: Brugeren har godkendt en anmodning, brugeren ikke selv har startet, så en anden kan nu være logget på kontoen. Tak brugeren for at henvende sig med det samme, og sørg for, at { $security-contact } hører om det.

        Har brugeren ikke allerede gjort det, så bed brugeren skifte adgangskode nu på en enhed, brugeren stoler på. Notér, at brugeren har godkendt en anmodning om logon, som ikke var brugerens.

        Tjek logonaktiviteten på kontoen, og hjælp med at sikre den, fx ved at tilbagekalde brugerens MFA-sessioner (Revoke MFA sessions). Før du nulstiller adgangskoden, tilbagekalder sessioner eller ændrer brugerens metoder, skal du bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.

        Sig til brugeren, at nye anmodninger skal afvises, og at en anmodning, man ikke selv har startet, aldrig må godkendes.
