## Linjetilstand (--plain) og gennemgange med faste svar (walk): de samme
## skærmbilleder som almindelige tekstlinjer, til skærmlæsere, simple
## terminaler og scripts.

# Linjen under skærmbilledets titel. $flow er problemets titel; $progress er
# ui-progress-step eller ui-progress-check, fx "Trin 6 · tjek 4 af 8".
plain-where = { $flow } – { $progress }
# Titlen på et skærmbillede, der afslutter et forløb: $kind er ui-kind-fix,
# ui-kind-escalate eller ui-kind-urgent, skrevet med ord.
plain-title-kind = { $kind }: { $title }
plain-options = Svarmuligheder:
plain-option = { $number }. { $label }
plain-prompt = Skriv nummeret på dit svar, eller ? for hjælp:
plain-not-an-answer = "{ $input }" er ikke et svar her. Skriv et tal fra 1 til { $last }, eller ? for hjælp.
plain-at-start = Det her er det første spørgsmål, så du kan ikke gå længere tilbage.
plain-help =
    Skriv nummeret på et svar, og tryk på Enter.
    Ved et tjek kan du også skrive ja eller nej.
    /ord    søg: beskriv problemet, eller indsæt fejlmeddelelsen
    b   gå et trin tilbage
    r   start forfra
    ?   vis denne hjælp
    t   vis sagsopsummeringen til Helpdesk
    q   afslut (Ctrl-D afslutter også)
    Linjen under hver overskrift siger, hvilket trin du er på, talt fra første spørgsmål. I en række tjek står der også, hvilket tjek det er.
# Ord, der svarer på "Hjalp det?" ud over 1 og 2, adskilt af kommaer.
# "solved" og "unsolved" virker på alle sprog.
plain-words-solved = ja, j
plain-words-unsolved = nej, n

# Et svar i udskriften af en gennemgang, under skærmbilledets titel.
walk-chosen = Du valgte { $number }: { $label }
# $position er svarets plads i listen, $count hvor mange svar der er angivet,
# $kind er "step" for et "Hjalp det?"-skærmbillede.
walk-bad-answer = Svar { $position } af { $count }, "{ $answer }", passer ikke til skærmbilledet "{ $title }": { $kind ->
        [step] svar med 1 eller 2 (eller ja, nej, solved, unsolved).
       *[other] svar med et tal fra 1 til { $last }.
    }
walk-after-end = Svar { $position } af { $count }, "{ $answer }", kommer efter, at gennemgangen allerede er slut ved "{ $title }". Fjern det og svarene efter det.
# På standardfejl, når svarene slipper op før et løst- eller Helpdesk-
# skærmbillede; afslutningskoden er så 5.
walk-unfinished = Gennemgangen stoppede ved "{ $title }" før en ende: tilføj flere svar for at fortsætte.
# $max er et antal KiB.
walk-too-long = Svarene på standardinput fylder mere end { $max } KiB, så ingen af dem blev brugt. Giv færre svar.
walk-read-failed = Svarene kunne ikke læses fra standardinput: { $detail }

## Kommandolinjen: linjetilstand, gennemgange, farvetemaer, installation.

cli-plain = Stil ét spørgsmål ad gangen som almindelige tekstlinjer, til skærmlæsere og simple terminaler (sker automatisk uden for en terminal eller med TERM=dumb)
cli-theme = Farverne i fuldskærmsvisningen: default, high-contrast eller monochrome (standard: default, eller monochrome, når NO_COLOR er sat)
cli-where = Vis, hvor forløb, oversættelser og organisationens indstillinger læses fra, og afslut
cli-only-given = Læs kun forløb, oversættelser og indstillinger fra --flows, --locales og --config, hvor de er angivet, i stedet for at lægge dem oven på de indbyggede og installerede (til forfattere)
cli-strict = Nægt at starte, hvis et lag af indholdet har fejl, i stedet for at udelade den del
cli-content-left-out = Bemærk: en del af din organisations indhold til mfa-doctor har fejl og bruges ikke, så du ser standardhjælpen i stedet. Jeres IT-afdeling kan se, hvad der er galt, med `mfa-doctor check`.
cli-walk = Gennemgå et forløb med de angivne svar uden at spørge, og vis hvert trin
cli-walk-flow = Forløbet, der skal startes i, fx code-not-arriving (standard: triage)
cli-walk-answers = Svarene i rækkefølge, adskilt af kommaer: svarnumre, solved, unsolved; - læser dem fra standardinput
cli-completions = Udskriv et script, der giver tab-udfyldning af kommandoer i din shell
cli-completions-shell = Shellen: bash, zsh, fish, elvish eller powershell
cli-man = Udskriv man-siden (troff-format)

# --where: én linje for hver slags indhold og til sidst de mapper, der søges i.
where-layer = { $layer }: { $state }
where-layer-built-in = Indbygget i programmet
where-layer-system = Organisationen ({ $path })
where-layer-user = Dine egne ({ $path })
where-layer-flag = Kommandolinjen
where-state-valid = i orden
where-state-empty = intet her
where-state-errors = { $errors ->
        [one] 1 fejl
       *[other] { $errors } fejl
    }; `mfa-doctor check` viser { $errors ->
        [one] den
       *[other] dem
    }
where-built-in-contents = { $flows } forløb; sprog: { $tags }
where-flows-added = forløb tilføjet: { $ids }
where-flows-replaced = forløb erstattet: { $ids }
where-languages-added = sprog tilføjet: { $tags }
where-messages = beskeder på { $tag }: { $added } tilføjet, { $replaced } erstattet
where-settings = indstillinger: { $keys }
where-left-out = udeladt, når mfa-doctor starter, så programmet stadig kan starte: { $parts }
where-searched = Hvert lag lægges oven på lagene over det: det tilføjer forløb, sprog og indstillinger eller erstatter dem efter id. Mapper, der søges i: { $dirs }
plain-search-choose = Flere emner passer. Skriv nummeret på det, der passer bedst, eller noget andet for at fortsætte her:
plain-search-nothing = Intet passer til "{ $query }". Vælg det svar nedenfor, der passer bedst, eller beskriv det med andre ord efter en /.

# Manualsiden (mfa-doctor man). Overskrifter skrives med versaler, som på
# man-sider. I listerne er hver linje et begreb, tre eller flere mellemrum og
# så forklaringen; bevar den form. Afsnittet om taster er hjælpens:
# dens tabel over taster (ui-help-choose …) og ui-help-notes.
man-commands = KOMMANDOER
man-exit-heading = AFSLUTNINGSSTATUS
man-exit =
    0    løst, eller afsluttet før enden; check fandt ingen fejl
    1    indholdet (flows, oversættelser, konfiguration) har fejl
    2    forkert brug af kommandolinjen, også et svar til walk, der ikke passer til skærmbilledet, og en --ticket-dir, der ikke kan gemme sager
    3    terminalen, standardinput eller -output eller en fil, som en kommando skriver, fejlede
    4    forløbet endte på et Helpdesk-skærmbillede (fuld skærm, linjetilstand og walk): en person skal tage over
    5    walk løb tør for svar, før den nåede en ende (løst eller Helpdesk)
man-environment-heading = MILJØ
man-environment =
    LANG, LC_ALL, LC_MESSAGES    sproget, når --lang ikke er angivet (først LC_ALL, så LC_MESSAGES, så LANG)
    NO_COLOR    når den er sat, bruger fuld skærm ingen farver (som --theme monochrome)
    TERM    TERM=dumb giver linjetilstand (--plain)
    COLUMNS    bredden, som linjetilstand og walk ombryder linjerne ved (80, når den ikke er sat)
    XDG_CONFIG_HOME    dine egne indstillinger læses fra XDG_CONFIG_HOME/mfa-doctor (ellers ~/.config/mfa-doctor)
    MFA_DOCTOR_SYSTEM_DIR    organisationens mappe i stedet for /etc/mfa-doctor
man-files-heading = FILER
man-files =
    /etc/mfa-doctor/    organisationens lag: flows/, locales/ (en mappe pr. sprog) og config.yaml (Helpdesks kontaktoplysninger), lagt oven på de indbyggede
    ~/.config/mfa-doctor/    dit eget lag, med samme opbygning, lagt oven på organisationens
    mfa-doctor-*.txt, .md, .json    sagsopsummeringer gemt med --ticket-dir (.json-filen genåbnes med --resume)
man-keys-heading = TASTER
