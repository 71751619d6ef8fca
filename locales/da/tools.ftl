## Værktøjer til forfattere af forløb og oversættere: check --format, export,
## preview og i18n. Ord med STORE BOGSTAVER og i `backticks` skrives, som de står.

tools-check-format = Outputformat: text til mennesker (standard), json til CI
tools-check-max-age = Advar om kilder på en knude, der sidst blev tjekket for mere end så mange dage siden (standard 365)
tools-check-errors-only = Udelad advarsler: kun det, der skal rettes
tools-check-locale = Kun problemerne for dette sprog, fx de: dets filer og dets beskeder
tools-export = Tegn beslutningstræet som et diagram (Mermaid eller Graphviz DOT)
tools-export-format = Diagramformat: mermaid (standard) eller dot
tools-export-flow = Kun dette forløb; henvisninger til andre forløb tegnes som selvstændige knuder
# Navnet på en knude i et andet forløb, som en henvisning fører til.
tools-export-elsewhere = { $flow } › { $node }
tools-export-if-org = { $fact } er { $value }
tools-export-if-from = fra { $date }
tools-export-if-before = før { $date }
tools-export-otherwise = ellers
tools-preview = Udskriv én skærm præcis, som fejlfinderen tegner den
tools-preview-target = Skærmen: FORLØB for dets første knude, eller FORLØB#KNUDE
tools-preview-size = Skærmstørrelse som KOLONNERxRÆKKER (standard: 80x24)
tools-i18n = Værktøjer til oversættere: hvor langt hvert sprog er, et nyt sprog
tools-i18n-status = Vis, hvor langt hvert sprog er oversat
tools-i18n-new = Start et nyt sprog: alle engelske meddelelser, markeret som ikke oversat
tools-i18n-new-tag = Sprogkoden for det nye sprog, fx de eller pt-BR

## Fejl på kommandolinjen; vises efter "fejl:" og "tip:".

tools-unknown-flow = der er intet forløb, der hedder '{ $flow }'
tools-unknown-node = forløbet '{ $flow }' har ingen knude, der hedder '{ $node }'
tools-known-flows = forløbene er: { $names }
tools-known-nodes = dets knuder er: { $names }
tools-bad-size = '{ $size }' er ikke en skærmstørrelse. Skriv KOLONNERxRÆKKER, fx 80x24, fra { $min } til { $max }.

## Tabellen fra `i18n status`.

tools-status-locale = Sprog
tools-status-translated = Oversat
tools-status-untranslated = Ikke oversat
tools-status-missing = Mangler
tools-status-obsolete = Forældet
tools-status-complete = Færdig
tools-status-percent = { $percent } %

## `i18n new`.

tools-new-is-source = '{ $tag }' er kildesproget: alle andre sprog laves ud fra det.
tools-new-exists = { $dir } findes allerede. Vælg en anden sprogkode, eller flyt mappen væk først.
tools-new-write-failed = { $path } kunne ikke skrives: { $detail }
tools-new-source-copied = Kopierede den engelske kilde til { $dir }: --locales erstatter de indbyggede sprog, og alle sprog falder tilbage til engelsk.
tools-new-done =
    Oprettede { $dir } med { $files ->
        [one] én fil
       *[other] { $files } filer
    } og { $messages ->
        [one] én meddelelse
       *[other] { $messages } meddelelser
    } til oversættelse.
    Oversæt hver meddelelse, og slet så linjen "# untranslated" over den. Se, hvad der mangler, med:
        mfa-doctor i18n status --locales { $locales }
        mfa-doctor check --locales { $locales }
    Prøv det med: mfa-doctor --locales { $locales } --lang { $tag }
# Kommentaren øverst i hver ny fil. "# untranslated" og "# en:" er
# markører: behold dem præcis, som de er.
tools-scaffold-header =
    { $tag }: lavet med `mfa-doctor i18n new { $tag }` ud fra { $source }.
    Hver meddelelse starter markeret "# untranslated" under sin engelske tekst (linjerne "# en:").
    Oversæt meddelelsen, og slet så dens linje "# untranslated"; linjerne "# en:" må gerne blive stående.
