## Vinduer oven på skærmbilledet: søgning, agentpanelet, forløbet indtil
## nu, sagsresuméet, notetjekket og hjælp. Læses, når et af dem åbnes første gang.

ui-search-title = Søg
ui-search-placeholder = Skriv et symptom, eller indsæt en fejlmeddelelse
ui-search-none = Intet passer endnu. Prøv andre eller færre ord.
ui-search-keys = Enter gå dertil · ↑↓ vælg · Esc luk

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
