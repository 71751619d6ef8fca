## Kommandolinjen: hjælpetekster og det, programmet siger før eller
## i stedet for et skærmbillede.

cli-about = Hjælper dig tilbage på din arbejds- eller skolekonto, når totrinsbekræftelsen driller.
cli-lang = Sprog, fx da eller en (standard: fra LC_ALL, LC_MESSAGES, LANG)
cli-flows = Tilføj forløb fra denne mappe oven på de indbyggede og installerede (et forløb med samme id erstattes)
cli-locales = Tilføj oversættelser fra denne mappe (en mappe pr. sprog) oven på de indbyggede og installerede (en besked med samme id erstattes)
cli-config = Organisationens indstillinger (helpdeskens kontaktoplysninger), en YAML-fil; de nøgler, den angiver, lægges oven på de installerede indstillinger
cli-check = Kontrollér forløb, oversættelser og konfiguration, og vis alle fejl
# clap's egne ord. Navnene i { "{" }…{ "}" } i skabelonen er claps: behold dem.
cli-help-template = {"{"}about-with-newline{"}"}
    Brug: {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-commands = Kommandoer
cli-heading-options = Tilvalg
cli-heading-arguments = Argumenter
cli-help = Vis denne hjælp
cli-version = Vis versionen
cli-today = Giv de råd, der gælder på denne dag (ÅÅÅÅ-MM-DD), i stedet for i dag, for at se, hvad folk får at vide før eller efter en ændring
cli-bad-today = '{ $date }' er ikke en dato. Skriv dagen som ÅÅÅÅ-MM-DD, for eksempel 2027-02-01.
# --lang angiver et sprog, der ikke findes en oversættelse til. $language er
# cli-language-name på det sprog, der bruges i stedet; $tags er dem, der findes.
cli-lang-fallback = Der findes ingen oversættelse til '{ $tag }', så mfa-doctor bruger { $language }. Sprog: { $tags }.
# Sprogets navn på sproget selv, som det skrives midt i en sætning.
cli-language-name = dansk
cli-bad-lang = '{ $tag }' er ikke en sprogkode. Brug fx "da", "en" eller "da-DK".
cli-content-invalid = Forløbene, oversættelserne eller konfigurationen indeholder fejl (se ovenfor). Ret dem, og kør derefter `mfa-doctor check` for at bekræfte.
cli-check-summary = { $errors ->
        [0] Ingen fejl
        [one] 1 fejl
       *[other] { $errors } fejl
    }, { $warnings ->
        [0] ingen advarsler.
        [one] 1 advarsel.
       *[other] { $warnings } advarsler.
    }
cli-check-more = …og { $count ->
        [one] 1 problem mere
       *[other] { $count } problemer mere
    } i denne fil ({ $errors ->
        [one] 1 fejl
       *[other] { $errors } fejl
    }), som ikke vises: `check --format json` viser dem alle
cli-terminal-failed = Terminalen kunne ikke bruges: { $detail }
cli-output-failed = Uddata kunne ikke skrives: { $detail }
