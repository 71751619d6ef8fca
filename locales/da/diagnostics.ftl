## Det, `mfa-doctor check` og en afvist start siger om indholdsfilerne.
## $node, $key, $target og $id er navne fra filerne; behold anførselstegnene.

diag-error = fejl
diag-warning = advarsel
diag-hint = tip
diag-did-you-mean = mente du '{ $name }'?

diag-read-failed = kan ikke læses: { $detail }
diag-read-failed-hint = kontrollér stien (--flows, --locales, --config eller de mapper, `mfa-doctor --where` viser), og at du har lov at læse den
diag-not-a-file = det er ikke en almindelig fil (men en mappe, en enhed eller en pipe)
diag-not-a-file-hint = angiv stien til en fil
diag-not-a-file-here = det er ikke en almindelig fil (men en mappe, en enhed eller en pipe), så den er ikke læst
diag-not-a-file-here-hint = i en indholdsmappe læses kun almindelige filer; fjern den, eller læg selve filen her
diag-name-not-utf8 = filnavnet er ikke gyldig UTF-8-tekst, så filen er ikke læst
diag-name-not-utf8-hint = giv den et navn med bogstaver, cifre og '-', som 'lost-phone.yaml'
diag-ending-case = ikke læst: navnet ender på '{ $found }', og kun navne, der ender på '{ $expected }', læses
diag-ending-case-hint = omdøb den, så navnet ender på '{ $expected }'
diag-locale-folder-twice = mappen er til samme sprog som '{ $kept }', og kun '{ $kept }' læses
diag-locale-folder-twice-hint = flyt filerne over i '{ $kept }', og fjern denne mappe
diag-file-too-large = filen er større end { $limit } KiB
diag-file-too-large-hint = del den op i flere filer, eller kontrollér, at det er den rigtige fil
diag-too-many-files = mappen har mere end { $limit } elementer; kun de første blev læst
diag-too-much-content = filerne i mappen fylder tilsammen mere end { $limit } MiB; resten blev ikke læst
diag-too-much-content-hint = kontrollér, at det er den rigtige mappe: flows og oversættelser fylder nogle hundrede KiB
diag-too-many-files-hint = { diag-too-much-content-hint }
diag-too-many-values = filen vokser til mere end { $limit } værdier, når ankre og aliasser (&navn, *navn) foldes ud; de kan gentage tekst uden ende
diag-too-many-values-hint = skriv indholdet ud uden ankre og aliasser, eller del filen op
diag-nesting-too-deep = indlejret i mere end { $limit } niveauer
diag-nesting-too-deep-hint = et flow bruger fem niveauer og en oversættelse tre; kig efter en parentes, der ikke er lukket, eller en indrykning, der løber løbsk
diag-too-many-flows = der er mere end { $limit } flows; resten blev ikke læst
diag-too-many-nodes = flowet '{ $flow }' har mere end { $limit } knuder
diag-too-many-nodes-in-all = flowene har tilsammen mere end { $limit } knuder
diag-too-many-nodes-hint = del flowet op i mindre flows, der linker til hinanden, og kontrollér, at det er den rigtige mappe
diag-too-many-flows-hint = { diag-too-many-nodes-hint }
diag-too-many-nodes-in-all-hint = { diag-too-many-nodes-hint }
diag-not-utf8 = filen er ikke gyldig UTF-8-tekst
diag-not-utf8-hint = gem den med UTF-8-tegnkodning
diag-tab-indent = en tabulator i indrykningen: YAML indrykker kun med mellemrum
diag-tab-indent-hint = erstat tabulatoren med mellemrum, lige så mange som linjerne omkring bruger (de fleste editorer kan vise tabulatorer og omdanne dem)
diag-control-character = et usynligt kontroltegn ({ $code }), som YAML ikke tillader
diag-control-character-hint = slet det: mange editorer viser det som en lille firkant eller som ^G, ^[ og lignende; viser din ingenting, så skriv teksten igen fra den kolonne
diag-bad-locale-tag = '{ $tag }' er ikke en sprogkode; mappen springes over
diag-bad-locale-tag-hint = navngiv sprogmapper efter BCP 47-kode, fx "da" eller "pt-BR"
diag-yaml-colon-in-text = et kolon og et mellemrum inde i en værdi: YAML læser det, der står før dem, som en ny nøgle
diag-yaml-colon-in-text-hint = sæt hele værdien i dobbelte anførselstegn, som i title: "Bemærk: læs dette"
diag-yaml-key-expected = YAML forventede en nøgle her: linjen flugter ikke med nøglerne på sit niveau, eller en tekst i anførselstegn sluttede for tidligt
diag-yaml-key-expected-hint = indryk den med lige så mange mellemrum som nøglerne ved siden af; inden for 'enkelte anførselstegn' skrives en apostrof som '' (to), ellers brug "dobbelte anførselstegn"
diag-yaml-unclosed = dette anførselstegn eller denne parentes bliver aldrig lukket: YAML læste til slutningen af filen for at finde afslutningen
diag-yaml-unclosed-hint = luk det på samme linje ("…", '…', […], { "{" }…{ "}" }), eller fjern det
diag-yaml-cannot-start = en YAML-værdi kan ikke begynde med '{ $character }'
diag-yaml-cannot-start-hint = sæt hele værdien i dobbelte anførselstegn, som i title: "{ $character }hjemme"
diag-yaml-unknown-anchor = '*' indleder en henvisning til et anker i YAML, og intet anker hedder sådan
diag-yaml-unknown-anchor-hint = hvis * er en del af teksten, så sæt hele værdien i dobbelte anførselstegn
diag-duplicate-key = '{ $key }' er angivet to gange på samme niveau
diag-duplicate-key-hint = behold den ene: YAML lægger ikke de to sammen
diag-yaml-list-unclosed = en liste skrevet på én linje, [ … ], skal have komma mellem punkterne og ] til sidst: YAML fandt ingen af delene her
diag-yaml-list-unclosed-hint = luk listen på samme linje, som i options: [a, b]; hører [ til teksten, så sæt hele værdien i dobbelte anførselstegn
diag-yaml-mapping-unclosed = en gruppe skrevet på én linje, { "{" } … { "}" }, skal have komma mellem sine "nøgle: værdi"-par og { "}" } til sidst: YAML fandt ingen af delene her
diag-yaml-mapping-unclosed-hint = luk den på samme linje, som i if: { "{" } org: sms_voice, is: off { "}" }; hører { "{" } til teksten, så sæt hele værdien i dobbelte anførselstegn
diag-yaml-colon-missing = linjen har ingen "nøgle:": i en gruppe "nøgle: værdi"-linjer læser YAML hver linje med denne indrykning som en nøgle
diag-yaml-colon-missing-hint = tilføj kolon og et mellemrum efter nøglen; fortsætter linjen teksten ovenover, så indryk den længere end tekstens nøgle
diag-yaml-value-expected = her skulle der stå en værdi, og YAML kan ikke begynde en værdi med det, der står her
diag-yaml-value-expected-hint = skriv værdien, eller sæt den i dobbelte anførselstegn, hvis den begynder med komma, ] eller { "}" }
diag-yaml-list-item-expected = i en liste begynder hver linje, der har listens indrykning, med "- ", og det gør denne ikke
diag-yaml-list-item-expected-hint = indryk en nøgle, der hører til punktet, lige så langt som punktets første nøgle, eller ryk en nøgle fra gruppen ovenover tilbage til den gruppes indrykning
diag-yaml-dash-after-key = en liste kan ikke begynde på samme linje som sin nøgle
diag-yaml-dash-after-key-hint = sæt hvert "- punkt" på sin egen linje under nøglen, indrykket længere end nøglen
diag-yaml-escape = inden for "dobbelte anførselstegn" indleder en omvendt skråstreg en kode som \n eller \u00E6, og dette er ikke en af dem
diag-yaml-escape-hint = skriv en omvendt skråstreg som \\, eller sæt værdien i 'enkelte anførselstegn', hvor en omvendt skråstreg bare er et tegn
diag-yaml-block-text = efter | eller > må der kun stå et tal, + eller - på samme linje: selve teksten begynder på næste linje
diag-yaml-block-text-hint = flyt teksten til linjerne nedenunder, hver indrykket længere end nøglen
diag-yaml-mark = '{ $character }' forrest i en værdi er et YAML-tegn (& navngiver en værdi, * gentager en, ! angiver dens type), og her følger der intet navn
diag-yaml-mark-hint = hvis '{ $character }' er en del af teksten, så sæt hele værdien i dobbelte anførselstegn
diag-yaml-document = en fil rummer ét YAML-dokument, og denne linje begynder et nyt: ---, ... eller en linje, der begynder med %
diag-yaml-document-hint = fjern linjen; et forløb mere skal i sin egen fil
diag-yaml-syntax = ikke gyldig YAML: { $detail }
diag-yaml-syntax-hint = kontrollér indrykningen (mellemrum, ikke tabulatorer), og at der er et mellemrum efter kolon i hvert "nøgle: værdi"
diag-wrong-kind = { $place ->
        [file] filen
       *[key] '{ $key }'
    } skal være { $expected ->
        [mapping] en gruppe "nøgle: værdi"-linjer
        [list] en liste af linjer, der starter med "- "
        [text] tekst
        [yes-no] true eller false
        [number] et tal
        [node] en knude: én af question, step, fix, escalate eller when med sine nøgler
        [option] et svar: label og next
        [rule] en regel: if og next
        [condition] en betingelse: org og is, date_from eller date_before
        [source] en kilde: url og checked
       *[other] noget andet
    }, men er { $found ->
        [mapping] en gruppe "nøgle: værdi"-linjer
        [list] en liste
        [text] tekst
        [yes-no] true eller false
        [number] et tal
        [nothing] tom
       *[other] noget andet
    }
diag-wrong-kind-hint = { $colon ->
        [yes] sæt et mellemrum efter kolon, som i "step: restart-phone": uden det læser YAML nøglen og værdien som én tekst
       *[no] skriv det som eksemplet i flows/README.md, indrykket med mellemrum under sin nøgle
    }
diag-ftl-expected-token = ikke gyldig Fluent: her skulle der stå '{ $token }'
diag-ftl-expected-token-hint = en meddelelse skrives "id = tekst"; fortsættelseslinjer er indrykket; attributter skrives ".navn = tekst" på en indrykket linje
diag-ftl-expected-one-of = ikke gyldig Fluent: her skulle der stå et af tegnene '{ $range }'
diag-ftl-expected-one-of-hint = { diag-ftl-expected-token-hint }
diag-ftl-no-text = '{ $id }' har hverken tekst eller attributter
diag-ftl-no-text-hint = skriv teksten efter "=", på samme linje eller på indrykkede linjer nedenunder
diag-ftl-forbidden-call = ikke gyldig Fluent: kun en funktion med store bogstaver, som NUMBER, kan kaldes her
diag-ftl-forbidden-call-hint = for at henvise til en anden meddelelse skal parenteserne væk: { "{" } anden-meddelelse { "}" }
diag-ftl-no-default-variant = dette valg har ingen standardvariant: Fluent kræver én markeret med *
diag-ftl-no-default-variant-hint = sæt en stjerne foran den variant, der vises, når ingen anden passer, som i *[other]
diag-ftl-many-default-variants = dette valg har mere end én standardvariant (*)
diag-ftl-many-default-variants-hint = behold kun stjernen på én variant, som regel *[other]
diag-ftl-missing-value = ikke gyldig Fluent: her skulle der stå en tekst
diag-ftl-missing-value-hint = { diag-ftl-expected-token-hint }
diag-ftl-bad-selector = ikke gyldig Fluent: kun en variabel, en terms attribut eller en funktion som NUMBER kan vælge en variant
diag-ftl-bad-selector-hint = vælg efter en variabel, som den engelske tekst gør: { "{" } $count -> …
diag-ftl-term-attribute-shown = ikke gyldig Fluent: en terms attribut kan kun vælge en variant, ikke vises
diag-ftl-term-attribute-shown-hint = vis selve termen, { "{" } -brand { "}" }, eller vælg en variant efter dens attribut
diag-ftl-unterminated-string = ikke gyldig Fluent: tekst i anførselstegn mangler det afsluttende anførselstegn på denne linje
diag-ftl-unterminated-string-hint = afslut den med " på samme linje
diag-ftl-positional-after-named = ikke gyldig Fluent: argumenter uden navn skal stå før argumenter med navn
diag-ftl-positional-after-named-hint = flyt det foran de navngivne argumenter, som i NUMBER($count, minimumFractionDigits: 1)
diag-ftl-argument-twice = ikke gyldig Fluent: argumentet '{ $name }' er angivet to gange
diag-ftl-argument-twice-hint = behold kun det ene
diag-ftl-unknown-escape = ikke gyldig Fluent: '{ $escape }' er ikke en escape-sekvens, Fluent kender
diag-ftl-unknown-escape-hint = inden for anførselstegn er kun \" \\ \uXXXX og \UXXXXXX escape-sekvenser; uden for anførselstegn er en omvendt skråstreg bare en omvendt skråstreg
diag-ftl-bad-unicode-escape = ikke gyldig Fluent: '{ $escape }' er ikke en gyldig Unicode-escape
diag-ftl-bad-unicode-escape-hint = skriv \u og fire hexcifre eller \U og seks, som i \u00E6
diag-ftl-unbalanced-brace = ikke gyldig Fluent: en "{ "}" }" uden en "{ "{" }" før den
diag-ftl-unbalanced-brace-hint = skriv { "{" } "{ "}" }" { "}" } for at vise en klamme
diag-ftl-expected-expression = ikke gyldig Fluent: inden for klammerne skulle der stå en variabel, en meddelelse, et tal eller tekst i anførselstegn
diag-ftl-expected-expression-hint = { diag-ftl-expected-token-hint }
diag-ftl-expected-literal = ikke gyldig Fluent: her skulle der stå tekst i anførselstegn eller et tal
diag-ftl-expected-literal-hint = { diag-ftl-expected-token-hint }
diag-missing-key = { $place ->
        [file] filen
       *[key] '{ $key }'
    } mangler '{ $needs }', som skal være der
diag-missing-key-hint = tilføj "{ $needs }:" med sin værdi, indrykket lige så langt som nøglerne ved siden af (flows/README.md viser hver nøgle)
diag-unknown-key = ukendt nøgle '{ $key }'
diag-no-kind = knuden '{ $node }' har ingen type
diag-many-kinds = knuden '{ $node }' har mere end én type: { $kinds }
diag-no-kind-hint = giv hver knude præcis én af question, step, fix, escalate eller when
diag-many-kinds-hint = { diag-no-kind-hint }
diag-key-not-for-kind = knuden '{ $node }' har '{ $key }', som ikke passer til dens type
diag-key-not-for-kind-hint = options hører til question, solved og unsolved til step, urgent til escalate, otherwise til when; en when-knude har ingen sources (sæt dem på de knuder, den fører til)
diag-no-options = spørgsmålet '{ $node }' har ingen svarmuligheder
diag-too-many-options = spørgsmålet '{ $node }' har mere end { $max } svarmuligheder
diag-missing-target = trinnet '{ $node }' mangler '{ $key }'
diag-missing-target-hint = et trin skal have både solved (hvor "Ja, det løste problemet" fører hen) og unsolved (hvor "Nej" fører hen)
diag-duplicate-flow = forløbs-id'et '{ $flow }' er allerede brugt i { $first }
diag-duplicate-node = knuden '{ $node }' er defineret to gange i dette forløb
diag-duplicate-message = meddelelsen '{ $id }' er defineret mere end én gang
diag-unknown-flow = { $via ->
        [solved] 'solved' i knuden '{ $node }'
        [unsolved] 'unsolved' i knuden '{ $node }'
        [start] starten af forløbet '{ $node }'
        [rule] en regel i knuden '{ $node }'
        [otherwise] 'otherwise' i knuden '{ $node }'
       *[option] en svarmulighed i knuden '{ $node }'
    } fører til '{ $target }', men det forløb findes ikke
diag-unknown-node = { $via ->
        [solved] 'solved' i knuden '{ $node }'
        [unsolved] 'unsolved' i knuden '{ $node }'
        [start] starten af forløbet '{ $node }'
        [rule] en regel i knuden '{ $node }'
        [otherwise] 'otherwise' i knuden '{ $node }'
       *[option] en svarmulighed i knuden '{ $node }'
    } fører til '{ $target }', som ikke findes
diag-bad-name = { $kind ->
        [flow] forløbs-id'et
        [link] henvisningen
       *[node] knude-id'et
    } '{ $name }' er ikke et almindeligt navn
diag-bad-name-hint = brug kun bogstaverne A–Z og a–z, cifre, '-' og '_', højst { $limit } i alt, som i 'restart-phone'; en henvisning skrives 'knude', 'forløb#knude' eller 'forløb#'
diag-no-triage = der er intet forløb med id'et '{ $triage }', hvor alle forløb starter
diag-unreachable = knuden '{ $node }' kan ikke nås fra triage
diag-flow-unreachable = forløbet '{ $flow }' kan ikke nås fra triage
diag-unreachable-hint = henvis til den fra en svarmulighed, et trin eller triage-forløbet, eller fjern den
diag-flow-unreachable-hint = { diag-unreachable-hint }
diag-dead-end = ingen løsning eller eskalering kan nås fra knuden '{ $node }'
diag-dead-end-hint = alle veje skal ende i en fix- eller escalate-knude; se efter løkker uden udvej
diag-rule-count = when-knuden '{ $node }' skal have mellem 1 og { $max } regler
diag-unknown-fact = der er ingen organisationsoplysning, der hedder '{ $fact }'; de findes: { $known }
diag-unknown-fact-value = organisationsoplysningen '{ $fact }' kan ikke være '{ $value }'; den er en af: { $known }
diag-unknown-fact-hint = organisationsoplysningerne og deres værdier står i flows/README.md; konfigurationsfilen sætter dem under facts:
diag-unknown-fact-value-hint = { diag-unknown-fact-hint }
diag-org-needs-is = en regel i knuden '{ $node }' nævner en organisationsoplysning uden værdi eller en værdi uden oplysning
diag-empty-condition = en regel i knuden '{ $node }' har en tom if:, så den ville altid gælde
diag-rule-count-hint = skriv hver regel som - if: {"{"} org: OPLYSNING, is: VÆRDI {"}"} eller {"{"} date_from: ÅÅÅÅ-MM-DD {"}"} / {"{"} date_before: ÅÅÅÅ-MM-DD {"}"}, med next:, og giv knuden en otherwise:
diag-empty-condition-hint = { diag-rule-count-hint }
diag-org-needs-is-hint = { diag-rule-count-hint }
diag-bad-date = '{ $value }' er ikke en dato
diag-bad-date-hint = skriv en dag, der findes, som ÅÅÅÅ-MM-DD, for eksempel 2027-02-01
diag-branch-loop = when-knuden '{ $node }' kan føre tilbage til sig selv gennem andre when-knuder uden at vise noget
diag-branch-loop-hint = lad mindst én vej ud af hver ring af when-knuder nå et spørgsmål, et trin, en løsning eller en eskalering
diag-triage-unknown-question = 'triage: under:' nævner '{ $question }', som ikke er et spørgsmål i triagen (dens spørgsmål: { $known })
diag-triage-unknown-question-hint = skriv id'et på det spørgsmål i triagen, som forløbets svar skal stå under, f.eks. 'under: more'
diag-triage-full = spørgsmålet '{ $question }' i triagen har allerede { $max } svar, så mange som én taltast kan vælge
diag-triage-full-hint = sæt svaret under et andet spørgsmål i triagen (f.eks. 'under: more'), eller udelad 'triage:' og link til forløbet fra et af jeres egne forløb
diag-source-stale = kilden { $url } blev sidst tjekket { $checked }, for { $days } dage siden
diag-source-stale-hint = læs kilden igen, ret rådet, hvis noget har ændret sig, og sæt checked: til dagens dato
diag-message-missing = meddelelsen '{ $id }' mangler i sproget '{ $locale }'
diag-title-missing = meddelelsen '{ $id }' har ingen .title i sproget '{ $locale }'
diag-message-missing-hint = tilføj den i en .ftl-fil i sprogets mappe; indtil da vises den engelske tekst
diag-title-missing-hint = { diag-message-missing-hint }
diag-no-locales = der er intet '{ $locale }'-sprog
diag-no-locales-hint = det engelske sprog (locales/en/*.ftl) er kilden, som alle andre sprog falder tilbage til

diag-ticket-unreadable = dette er ikke en sag gemt af mfa-doctor: { $reason ->
        [cut] JSON-teksten slutter, før den er færdig
        [missing] den har ingen '{ $key }'
        [value] en værdi her hører ikke til i en sag
       *[json] teksten her er ikke JSON
    }
diag-ticket-schema = sagen har formatet '{ $found }', som denne version ikke kan læse
diag-ticket-unreadable-hint = genoptag fra den .json-fil, mfa-doctor gemte ved siden af .md-opsummeringen
diag-ticket-schema-hint = { diag-ticket-unreadable-hint }
diag-ticket-step-mismatch = trin { $step } i sagen, ved '{ $node }', passer ikke til forløbene, som de er nu
diag-ticket-step-mismatch-hint = forløbene er ændret, siden sagen blev gemt; start en ny session, og brug sagens Markdown-opsummering som noter

## Sammenligning af hvert sprog med engelsk. $id er et meddelelses-id, en
## -term eller meddelelse.attribut; $english er, hvor den står på engelsk.

diag-translation-missing = '{ $id }' mangler i sproget '{ $locale }' (engelsk: { $english })
diag-translation-missing-hint = kopiér den fra den engelske fil ind i denne fil, og oversæt den; indtil da vises den engelske tekst
diag-obsolete = '{ $id }' findes ikke længere på engelsk, så sproget '{ $locale }' viser den aldrig
diag-obsolete-hint = slet den; hvis den har fået et nyt id på engelsk, så flyt oversættelsen over til det
diag-attribute-missing = '{ $id }' har ingen .{ $attribute } i sproget '{ $locale }' (engelsk: { $english })
diag-attribute-missing-hint = tilføj den på en indrykket linje under meddelelsen, "    .{ $attribute } = …"; indtil da vises den engelske
diag-attribute-obsolete = .{ $attribute } i '{ $id }' findes ikke på engelsk, så sproget '{ $locale }' viser den aldrig
diag-attribute-obsolete-hint = slet attributten, eller sammenlign navnet med den engelske fil
diag-empty-value = '{ $id }' er tom: skærmen ville ikke vise noget her
diag-empty-value-hint = skriv teksten; slet hele meddelelsen, hvis den engelske skal vises i stedet
diag-foreign-placeholder = '{ $id }' indeholder '{ $placeholder }', som Fluent viser, som det står: brugerne ville læse '{ $placeholder }'
diag-foreign-placeholder-hint = brug den variabel, den engelske tekst bruger, skrevet som {"{"} $navn {"}"}
diag-unresolved-reference = '{ $id }' henviser til '{ $reference }', som ikke er defineret i dette sprog
diag-unresolved-reference-hint = henvisninger slås op i det samme sprog: definér den også her, eller ret navnet
diag-unknown-variable = '{ $id }' bruger ${ $variable }, som ikke findes i den engelske tekst
diag-unknown-variable-hint = programmet sender kun de variabler, den engelske tekst bruger; alle andre vises som { "{" }${ $variable }{ "}" }. Sammenlign stavemåden med den engelske
diag-variable-not-given = '{ $id }' bruger ${ $variable }, som programmet ikke giver nogen meddelelse
diag-variable-not-given-hint = alle meddelelser får organisationens værdier ($helpdesk-name, $helpdesk-phone, …); ethvert andet navn vises som { "{" }${ $variable }{ "}" } på alle sprog. Ret det her i den engelske tekst: oversættelserne følger den
diag-dropped-variable = '{ $id }' udelader ${ $variable }, som den engelske tekst har
diag-dropped-variable-hint = tag den med, medmindre sætningen virkelig ikke har brug for den: et navn, et tal eller en kontaktoplysning er som regel vigtig
diag-plural-categories-missing = flertalsvalget i '{ $id }' har ingen variant for { $categories }, som sproget '{ $locale }' har brug for
diag-plural-categories-missing-hint = tilføj en variant for hver, fx "[few] …"; indtil da får tal i de kategorier standardvarianten
diag-format-unknown-function = '{ $id }' kalder { $function }(), men programmet giver ikke Fluent nogen funktioner
diag-format-unknown-function-hint = brug variablen direkte, som den engelske tekst gør: { "{" } $count { "}" }, eller { "{" } $count -> … { "}" } for at vælge en variant
diag-format-no-value = '{ $id }' henviser til '{ $reference }', som har attributter, men ingen tekst selv
diag-format-no-value-hint = henvis til en af dens attributter, som i { "{" } { $reference }.title { "}" }, eller giv den en tekst
diag-format-cycle = '{ $id }' henviser tilbage til sig selv gennem andre meddelelser, så den aldrig slutter
diag-format-cycle-hint = følg henvisningerne, og bryd ringen: en meddelelse kan ikke indeholde sig selv
diag-format-too-many-placeables = '{ $id }' vokser til for mange pladsholdere: henvisningerne ganger sig op
diag-format-too-many-placeables-hint = henvis til færre meddelelser eller til meddelelser, der ikke selv henviser videre
diag-untranslated = '{ $id }' er endnu ikke oversat til '{ $locale }'
diag-untranslated-hint = oversæt teksten, og slet så linjen "# untranslated" over den

## Det, styresystemet svarede, da en fil, en mappe, terminalen eller
## standardinput fejlede; vises efter "kan ikke læses:", "kunne ikke
## skrives:" og lignende. Andre fejl vises med styresystemets egen tekst.

io-not-found = filen eller mappen findes ikke
io-permission-denied = adgang nægtet
io-is-a-directory = det er en mappe, ikke en fil
io-not-a-directory = en del af stien er ikke en mappe
io-invalid-data = teksten er ikke gyldig UTF-8
io-already-exists = der findes allerede en fil med det navn
io-storage-full = disken er fuld
io-quota-exceeded = din diskkvote er brugt op
io-read-only-filesystem = filsystemet er skrivebeskyttet
io-file-too-large = filen er for stor til filsystemet
