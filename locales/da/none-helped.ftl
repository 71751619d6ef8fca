none-helped-title = Intet af det hjalp
    .keywords = intet hjalp, andet problem, sidder fast, ikke på listen, Helpdesk, kontakt, support, hjælp

none-helped-which =
    Helpdesk kan se på din konto, og det kan dette værktøj ikke. Først et enkelt spørgsmål, så de ved, hvor de skal begynde.

    Hvad passer bedst på din situation?
    .title = Hvad passer bedst?
    .agent =
        Spørg den, der ringer, hvad der passer bedst, så du ved, hvor du skal begynde: Problemet er ikke med her, vedkommende har prøvet trinene og kan stadig ikke logge på, der står en fejlmeddelelse, som værktøjet ikke nævner, eller vedkommende er bange for, at en anden bruger kontoen.

        Nævner vedkommende, at en anden bruger kontoen, så vælg det svar: Det er en sikkerhedssag.
none-helped-which-opt-notlisted = Mit problem er ikke med i værktøjet
none-helped-which-opt-tried = Jeg har prøvet trinene her, men kan stadig ikke logge på
none-helped-which-opt-error = Jeg får en fejlmeddelelse, som værktøjet ikke nævner
none-helped-which-opt-someone = Jeg er bange for, at en anden bruger min konto

none-helped-helpdesk =
    Dit problem kræver en, der kan se direkte på din konto og dens indstillinger, og det kan dette værktøj ikke.

    Kontakt { $helpdesk-name }, og fortæl med dine egne ord, hvad der sker, når du prøver at logge på.
    .title = Kontakt Helpdesk
    .agent =
        Det her kræver en, der kan se direkte på kontoen og dens indstillinger, og det kan værktøjet ikke.

        Bed den, der ringer, om med egne ord at fortælle, hvad der sker, når vedkommende prøver at logge på, og notér det i sagen til { $helpdesk-name }. Notér også, hvilke metoder vedkommende har, og en eventuel fejlmeddelelse præcis, som den stod.

        Bed aldrig om adgangskoden eller en bekræftelseskode.
