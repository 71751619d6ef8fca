none-helped-title = Intet af det hjalp
    .keywords = intet hjalp, andet problem, sidder fast, ikke på listen, Helpdesk, kontakt, support, hjælp

none-helped-which =
    Helpdesk kan se på din konto, og det kan dette værktøj ikke. Først et enkelt spørgsmål, så de ved, hvor de skal begynde.

    Hvad passer bedst på din situation?
    .title = Hvad passer bedst?
    .agent =
        Spørg brugeren, hvad der passer bedst, så du ved, hvor du skal begynde: Problemet er ikke med her, brugeren har prøvet trinene og kan stadig ikke logge på, der står en fejlmeddelelse, som værktøjet ikke nævner, eller brugeren er bange for, at en anden bruger kontoen.

        Nævner brugeren, at en anden bruger kontoen, så vælg det svar: Det er en sikkerhedssag.
none-helped-which-opt-notlisted = Mit problem er ikke med i værktøjet
none-helped-which-opt-tried = Jeg har prøvet trinene her, men kan stadig ikke logge på
none-helped-which-opt-error = Jeg får en fejlmeddelelse, som værktøjet ikke nævner
none-helped-which-opt-someone = Jeg er bange for, at en anden bruger min konto

none-helped-helpdesk =
    Dit problem kræver en, der kan se direkte på din konto og dens indstillinger, og det kan dette værktøj ikke.

    Kontakt { $helpdesk-name }, og fortæl med dine egne ord, hvad der sker, når du prøver at logge på. Fortæl, hvilke metoder du har (fx Authenticator-appen, en adgangsnøgle eller sms), og om du for nylig har rapporteret en anmodning om godkendelse som mistænkelig.
    .title = Kontakt Helpdesk
    .agent =
        Det her kræver en, der kan se direkte på kontoen og dens indstillinger, og det kan værktøjet ikke.

        Bed brugeren fortælle med egne ord, hvad der sker, når brugeren prøver at logge på, og notér det i sagen til { $helpdesk-name }. Notér også, hvilke metoder brugeren har, en eventuel fejlmeddelelse præcis, som den stod, og om brugeren for nylig har rapporteret en anmodning som svindel (det kan blokere MFA, indtil nogen griber ind).

        Ændrer du brugerens metoder eller udsteder et Temporary Access Pass, skal du først bekræfte brugerens identitet ({ $identity-check }) – aldrig ved at bede om adgangskoden eller en bekræftelseskode.
