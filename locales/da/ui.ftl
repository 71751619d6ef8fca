## Programmets egne ord: skærmbilleder, tastegenveje, hjælp, kommandolinje.

ui-app-name = mfa-doctor

# Svar på hvert trin ("Hjalp det?")
ui-answer-solved = Ja, det løste problemet
ui-answer-unsolved = Nej, det hjalp ikke
ui-start-over = Start forfra

# Øverst til højre. $step, $current og $total er tal.
ui-progress-step = Trin { $step }
ui-progress-check = Tjek { $current } af { $total }

# Mærkater på de skærmbilleder, der afslutter et forløb (aldrig kun farve).
ui-kind-fix = Løst
ui-kind-escalate = Helpdesk
ui-kind-urgent = HASTER

ui-contact-heading = Sådan kontakter du { $helpdesk-name }
ui-contact-phone = Telefon: { $value }
ui-contact-email = E-mail: { $value }
ui-contact-url = Web: { $value }
ui-contact-hours = Åbent: { $value }
ui-contact-unset = Kontakt dem, som du plejer at kontakte it-support: via det telefonnummer, den e-mailadresse eller den webside, din organisation har givet dig.
ui-ready-heading = Hav dette klar
ui-ready-items =
    • Dit kontonavn (fx navn@firma.dk)
    • Hvilke logonmetoder du har (app, sms, opkald)
    • Den præcise fejlmeddelelse, du så, hvis der var en
    Giv aldrig nogen din adgangskode eller en bekræftelseskode – Helpdesk beder dig aldrig om dem.
ui-ready-heading-agent = Notér i sagen
ui-ready-items-agent =
    • Kontonavnet på den, der ringer (fx navn@firma.dk)
    • Hvilke logonmetoder vedkommende har (app, sms, opkald)
    • Den præcise fejlmeddelelse, vedkommende så, hvis der var en
    Bed aldrig den, der ringer, om adgangskoden eller en bekræftelseskode.
ui-tried-heading = Det har du gjort indtil nu
ui-tried-none = Ingenting endnu.
ui-tried-item = • { $step }: { $answer }
ui-tried-unsolved = hjalp ikke
ui-more-below = mere nedenfor: PgDn

ui-key-choose = 1-9 vælg
ui-key-move = ↑↓ flyt
ui-key-select = Enter vælg
ui-key-back = ⌫ tilbage
ui-key-restart = r forfra
ui-key-help = ? hjælp
ui-key-quit = q afslut

ui-key-search = / søg
ui-search-title = Søg
ui-search-placeholder = Skriv et symptom, eller indsæt en fejlmeddelelse
ui-search-none = Intet passer endnu. Prøv andre eller færre ord.
ui-search-keys = Enter gå dertil · ↑↓ vælg · Esc luk

ui-key-ticket = t opsummering

ui-agent-call = Opkald { $time }
ui-agent-caller = Den, der ringer
ui-agent-caller-empty = c: kontonavn eller sagsnr.
ui-agent-note = Note til dette trin
ui-agent-note-empty = n: tilføj en note
ui-agent-keys = c opkalder · n note · p forløb · t opsummering
ui-agent-edit-keys = Esc færdig · Enter ny linje
ui-path-title = Forløbet indtil nu
ui-path-later = { $title }  (gemt, ikke gået igennem igen)
ui-path-here = { $title }  (du er her)
ui-path-keys = Enter gå dertil · Esc luk
ui-ticket-title = Sagsopsummering
ui-ticket-keys = s gem · y kopiér · Esc luk
ui-confirm-title = Behold noten?
ui-confirm-body =
    Noten ser ud til at indeholde en bekræftelseskode eller en adgangskode. Helpdesk har aldrig brug for dem, og de må ikke havne i en sag.

    y  behold den alligevel
    n  ret den
ui-status-saved = Gemt: { $path } (og .json)
ui-status-save-failed = Opsummeringen kunne ikke gemmes i { $dir }: { $detail }. Vælg en mappe, du må skrive i, med --ticket-dir.
ui-status-copied = Opsummeringen er kopieret til udklipsholderen, hvis din terminal tillader det.

ui-help-title = Taster
ui-help-body =
    1-9          vælg det svar
    ↑ ↓  j k     flyt mellem svarene
    Enter        vælg det markerede svar
    ⌫ ← b        gå et trin tilbage
    Esc          gå tilbage (afslut på første skærmbillede)
    r            start forfra
    PgUp PgDn    rul i lang tekst
    /            søg: skriv et symptom, eller indsæt en fejlmeddelelse
    p            forløbet indtil nu: gå tilbage til et vilkårligt trin
    f            gå videre med det næste svar, du gik tilbage fra
    t  s  y      sagsopsummering: vis, gem i en fil, kopiér
    c  n         agentvisning: opkalder, note til dette trin
    ?            vis eller skjul denne hjælp
    q  Ctrl-C    afslut
    
    Du kan også klikke på et svar med musen.
ui-help-close = Tryk på en vilkårlig tast for at lukke.

## Organisationens oplysninger, når konfigurationen ikke angiver dem.

org-helpdesk-name-unset = din organisations Helpdesk
org-helpdesk-phone-unset = Helpdesks sædvanlige telefonnummer
org-helpdesk-email-unset = Helpdesks sædvanlige e-mailadresse
org-helpdesk-url-unset = din organisations it-supportside
org-helpdesk-hours-unset = Helpdesks sædvanlige åbningstider
org-voice-numbers-unset = de numre, din organisation bruger

## Kommandolinjen.

cli-about = Hjælper dig tilbage på din arbejds- eller skolekonto, når totrinsbekræftelsen driller.
cli-lang = Sprog, fx da eller en (standard: fra LC_ALL, LC_MESSAGES, LANG)
cli-flows = Læs forløb fra denne mappe i stedet for de indbyggede
cli-locales = Læs oversættelser fra denne mappe i stedet for de indbyggede
cli-config = Organisationens indstillinger (Helpdesks kontaktoplysninger), en YAML-fil
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
cli-terminal-failed = Terminalen kunne ikke bruges: { $detail }
cli-crashed = mfa-doctor stoppede på grund af en fejl i selve programmet, ikke på grund af noget, du gjorde. Terminalen er sat tilbage, som den var. Fortæl det til jeres helpdesk eller til dem, der passer mfa-doctor, og send denne linje med:
