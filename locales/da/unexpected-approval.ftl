unexpected-approval-title = Godkendelsesanmodninger, jeg ikke har startet
    .keywords = godkend, godkendelse, anmodning, notifikation, ikke mig, loggede ikke på, mange anmodninger, hacket, mistænkelig, svindel, opkald, push, spam, nummermatchning, rapportér, ikke mig der loggede på

unexpected-approval-situation =
    Du har fået en anmodning om at godkende et logon, som du ikke selv har startet. Det kan betyde, at en anden kender din adgangskode og prøver at komme ind.

    Godkend aldrig en anmodning, du ikke selv har startet. Lad os tage hånd om det nu.

    Hvad sker der?
    .title = Hvad sker der?
    .agent =
        Den, der ringer, har fået en anmodning om at godkende et logon, som vedkommende ikke selv har startet. En anden kender måske adgangskoden og prøver at komme ind.

        Sig det med det samme: Godkend aldrig en anmodning, du ikke selv har startet.

        Spørg så, hvad der sker: en anmodning på telefonen lige nu, et opkald, der beder om at godkende, en anmodning, der er afvist eller forsvundet, eller en, vedkommende kom til at godkende.
unexpected-approval-situation-opt-pending = Der er en anmodning på min telefon lige nu
unexpected-approval-situation-opt-call = Jeg fik et opkald, der bad mig godkende et logon
unexpected-approval-situation-opt-gone = Jeg afviste den, eller den er forsvundet
unexpected-approval-situation-opt-approved = Jeg kom til at godkende den

unexpected-approval-deny =
    Godkend den ikke, og skriv ikke noget tal i appen.

    Når du selv logger på, viser logonskærmen foran dig et tal, og appen beder dig skrive netop det tal. Det kaldes nummermatchning. Sidder du ikke selv foran en logonskærm, er anmodningen ikke din.

    1. Afvis anmodningen i Authenticator-appen.
    2. Når appen spørger, så vælg at rapportere den som mistænkelig aktivitet (på engelsk "Report suspicious activity").

    Fortsæt derefter her.
    .title = Afvis og rapportér den
    .agent =
        Sig til den, der ringer: "Godkend den ikke, og skriv ikke noget tal i appen."

        Forklar nummermatchning: Når man selv logger på, viser logonskærmen et tal, og appen beder om netop det tal. Sidder vedkommende ikke selv foran en logonskærm, er anmodningen ikke vedkommendes.

        Bed vedkommende om at afvise anmodningen i Authenticator-appen og, når appen spørger, rapportere den som mistænkelig aktivitet (på engelsk "Report suspicious activity").

        Spørg: Er den afvist, eller havde vedkommende allerede godkendt den?
unexpected-approval-deny-opt-done = Færdig, jeg har afvist den
unexpected-approval-deny-opt-approved = Jeg havde allerede godkendt den

unexpected-approval-voice-call =
    Godkend ikke logonet i opkaldet.

    Tast i stedet 0# på telefonens tastatur: først 0 og derefter firkanten #. Så bliver opkaldet rapporteret som svindel.

    Er opkaldet allerede slut, så fortsæt bare her.
    .title = Rapportér opkaldet som svindel
    .agent =
        Sig til den, der ringer: "Godkend ikke logonet i opkaldet."

        I stedet skal vedkommende taste 0# på telefonens tastatur: først 0 og derefter firkanten #. Så bliver opkaldet rapporteret som svindel. Er opkaldet allerede slut, så fortsæt bare.

        Spørg: Er det gjort, eller godkendte vedkommende det i opkaldet?
unexpected-approval-voice-call-opt-done = Færdig, eller opkaldet er slut
unexpected-approval-voice-call-opt-approved = Jeg godkendte det i opkaldet

unexpected-approval-change-password =
    Den, der sendte anmodningen, kender sandsynligvis din adgangskode. Skift den nu, så den ikke længere virker for vedkommende.

    Skift den, som du plejer i din organisation, og gør det på en enhed, du stoler på. Vælg en ny adgangskode, som du ikke har brugt før.

    Fortæl aldrig nogen din nye adgangskode – heller ikke Helpdesk.
    .title = Skift din adgangskode
    .agent =
        Den, der sendte anmodningen, kender sandsynligvis adgangskoden. Bed den, der ringer, om at skifte den nu, så den ikke længere virker for den anden.

        Vedkommende skifter den på den sædvanlige måde i organisationen, på en enhed, vedkommende stoler på, og vælger en ny adgangskode, der ikke har været brugt før.

        Bed aldrig om den nye adgangskode, og sig, at den ikke må fortælles til nogen, heller ikke Helpdesk. Er den skiftet, eller kan det ikke lade sig gøre lige nu?
unexpected-approval-change-password-opt-done = Jeg har skiftet adgangskode
unexpected-approval-change-password-opt-cannot = Jeg kan ikke skifte den lige nu

unexpected-approval-helpdesk =
    Giv { $helpdesk-name } besked med det samme, også selv om du ikke godkendte anmodningen. Nogen prøver måske at komme ind på din konto, og Helpdesk skal vide det, så de kan beskytte den.

    Bed dem om at:

    • tjekke logonaktiviteten på din konto
    • hjælpe dig med at skifte adgangskode, hvis du ikke selv kunne

    Fortæl, hvornår anmodningerne kom, og cirka hvor mange der var.
    .title = Giv Helpdesk besked nu
    .agent =
        Markér sagen som hastende: Nogen prøver måske at komme ind på kontoen, selv om den, der ringer, ikke godkendte anmodningen. Tak vedkommende for at give { $helpdesk-name } besked med det samme.

        Tjek logonaktiviteten på kontoen, og hjælp med at skifte adgangskode, hvis vedkommende ikke selv kunne. Notér, hvornår anmodningerne kom, og cirka hvor mange der var.

        Sig til vedkommende: "Afvis nye anmodninger, og godkend aldrig en, du ikke selv har startet." Bed aldrig om adgangskoden eller en bekræftelseskode.

unexpected-approval-approved =
    Har du godkendt en anmodning, du ikke selv startede, kan en anden nu være logget på din konto. Det haster.

    1. Skift din adgangskode nu, hvis du kan, og gør det på en enhed, du stoler på.
    2. Kontakt { $helpdesk-name } med det samme, også selv om du ikke kunne skifte adgangskoden. Fortæl, at du har godkendt en logonanmodning, som ikke var din.

    Bed dem tjekke logonaktiviteten på din konto og hjælpe dig med at sikre den.
    .title = Godkendt ved en fejl: handl nu
    .agent =
        Markér sagen som hastende: Den, der ringer, har godkendt en anmodning, vedkommende ikke selv startede, så en anden kan nu være logget på kontoen. Tak for, at vedkommende kontakter { $helpdesk-name } med det samme.

        Har vedkommende ikke allerede gjort det, så bed vedkommende om at skifte adgangskode nu på en enhed, der er til at stole på. Notér, at vedkommende har godkendt en logonanmodning, som ikke var vedkommendes.

        Tjek logonaktiviteten på kontoen, og hjælp med at sikre den. Sig til vedkommende: "Afvis nye anmodninger, og godkend aldrig en, du ikke selv har startet." Bed aldrig om adgangskoden eller en bekræftelseskode.
