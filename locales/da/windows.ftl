## Vinduer oven på skærmbilledet: søgning, agentpanelet, forløbet indtil
## nu, sagsresuméet, notetjekket og hjælp. Læses, når et af dem åbnes første gang.

ui-search-title = Søg
ui-search-placeholder = Skriv et symptom, eller indsæt en fejlmeddelelse
ui-search-none = Intet passer endnu. Prøv andre eller færre ord.

ui-agent-call = Opkald { $time }
ui-agent-caller = Brugeren
ui-agent-caller-empty = { $key }: kontonavn eller sagsnr.
ui-agent-note = Note til dette trin
ui-agent-note-empty = { $key }: tilføj en note
ui-agent-identity-no = Identitet ikke bekræftet ({ $key })
ui-agent-identity-yes = Identitet bekræftet: { $method }
ui-quit-title = Afslut uden at gemme?
ui-quit-body = Brugeren, noterne og forløbet i sagen er ikke gemt endnu.
# Et valg i et spørgsmålsvindue: $key er navnet på dets tast, allerede
# fyldt ud til bredden af den kolonne, valgenes taster står i.
ui-quit-save = { $key }gem her, og afslut
ui-quit-discard = { $key }afslut uden at gemme
ui-quit-go-on = { $key }fortsæt med sagen
ui-identity-title = Brugerens identitet
ui-identity-body = Bekræft, hvem der ringer, før du nulstiller brugerens metoder eller udsteder et midlertidigt adgangspas (Temporary Access Pass). Bed aldrig om brugerens adgangskode eller en bekræftelseskode.
ui-identity-procedure = { $key }Bekræftet efter vores procedure: { $identity-check }
# What the ticket records when the agent chose the organization's procedure and the config does not describe it.
ui-identity-procedure-name = organisationens procedure
ui-identity-other = { $key }Bekræftet på anden måde (skriv hvordan)
ui-identity-clear = { $key }Ikke bekræftet
ui-identity-warning-heading = Identitet ikke bekræftet
# $key er den tast, der noterer det, fra programmets tastebindinger.
ui-identity-warning = Før du nulstiller brugerens metoder eller udsteder et midlertidigt adgangspas, skal du bekræfte brugerens identitet ({ $identity-check }) og derefter trykke på { $key } for at notere hvordan. Bed aldrig om en adgangskode eller en bekræftelseskode.
ui-prompt-identity = Hvordan bekræftede du brugerens identitet?
ui-prompt-ticket-number = Sagsnummer
ui-prompt-handover = Overdragelsesnote til { $assignment-group }
# Agent mode, on the screens that end at the helpdesk: the agent is the helpdesk.
ui-handover-heading = Overdrag til { $assignment-group }
# Linjetilstand viser den også, og der er ingen taster at trykke på: Nævn
# ingen taster (agentpanelet i fuldskærmsvisningen viser dem).
ui-handover-text = Kan du ikke løse det i dette opkald, så overdrag sagen til { $assignment-group }: gem opsummeringen med en overdragelsesnote, og notér, hvordan du bekræftede brugerens identitet.
ui-sources-title = Kilder til dette trin
ui-sources-none = Dette trin angiver ingen kilder.
ui-sources-item = { $url } (kontrolleret { $checked })
ui-path-title = Forløbet indtil nu
ui-path-later = { $title }  (gemt, ikke gået igennem igen)
ui-path-here = { $title }  (du er her)
ui-ticket-title = Sagsopsummering
ui-confirm-title = Behold noten?
ui-confirm-body = Noten ser ud til at indeholde en bekræftelseskode eller en adgangskode. Helpdesk har aldrig brug for dem, og de må ikke havne i en sag.
ui-confirm-keep = { $key }behold den alligevel
ui-confirm-edit = { $key }ret den
ui-status-saved = Gemt: { $path } (og .md, .json)
ui-status-save-failed = Opsummeringen kunne ikke gemmes i { $dir }: { $detail }. Vælg en mappe, du må skrive i, med --ticket-dir.
ui-status-copied = Opsummeringen er sendt til udklipsholderen gennem terminalen (OSC 52): den er der, hvis din terminal tillader det.
ui-status-copied-system = Opsummeringen er kopieret til systemets udklipsholder.
ui-status-note-full = Noten er fuld ({ $max } tegn): forkort den, eller fortsæt i noten til næste trin.
ui-exit-not-saved = Sagen blev ikke gemt. Her er den, så du kan kopiere den ind i sagen:

ui-help-title = Taster
# Hjælpens tabel over taster, en meddelelse pr. række: hvad rækkens taster
# gør. Programmet sætter tasterne i en kolonne ved siden af, fra sine
# tastebindinger, så teksten nævner aldrig en tast: en række med flere
# taster ("t s y") nævner dem i den rækkefølge, teksten siger, hvad de gør.
ui-help-choose = vælg det svar
ui-help-previous = markér svaret ovenover
ui-help-next = markér svaret nedenunder
ui-help-select = vælg det markerede svar
ui-help-back = gå et trin tilbage
ui-help-back-or-quit = gå tilbage (afslut på første skærmbillede)
ui-help-restart = start forfra
ui-help-page-up = rul lang tekst en side op
ui-help-page-down = rul lang tekst en side ned
ui-help-search = søg: skriv et symptom, eller indsæt en fejlmeddelelse
ui-help-path = forløbet indtil nu: gå tilbage til et vilkårligt trin
ui-help-forward = gå videre med det næste svar, du gik tilbage fra
ui-help-summary = sagsopsummering: vis, gem som fil, kopiér
ui-help-caller-note = agentvisning: bruger, note til dette trin
ui-help-identity = agentvisning: notér, hvordan brugerens identitet blev bekræftet
ui-help-sources = agentvisning: kilderne til dette trin
ui-help-ticket-handover = agentvisning: sagsnummer, overdragelsesnote
ui-help-help = vis eller skjul denne hjælp
ui-help-quit = afslut
ui-help-suspend = sæt programmet på pause og gå til kommandolinjen (fg henter det frem igen)
# Efter tabellen over taster, i hjælpen og i man-sidens TASTER: et afsnit pr.
# linje (tomme linjer imellem).
ui-help-notes =
    Du kan også klikke med musen: på et svar, et trin i forløbet, et søgeresultat eller et valg i et spørgsmål. Et klik uden for et vindue lukker det.

    Bruger du skærmlæser? Start mfa-doctor --plain: Så stiller programmet ét spørgsmål ad gangen som almindelige tekstlinjer uden rammer og farver.

    Øverst til højre: det trin, du er på, talt fra første spørgsmål; det stiger med én for hvert svar. I en række tjek står der også, hvilket tjek det er, fx "Trin 6 · tjek 4 af 8".

## Opsummeringen til personen selv (t): almindelige sætninger uden id'er og
## opmærkning, så en skærmlæser læser den, som den er ment.

ui-summary-title = Din sag indtil nu
ui-summary-heading = Din sag indtil nu – giv den til Helpdesk, hvis du kontakter dem.
ui-summary-problem = Dit problem: { $problem }.
ui-summary-now = Du er nu ved: { $step }.
ui-summary-error = Den fejlmeddelelse, du så: "{ $error }"
ui-summary-fixed = Problemet er løst: Du kan logge på igen.
ui-summary-escalated = Helpdesk skal tage over herfra.
ui-summary-urgent = Det haster: Kontakt Helpdesk nu.
ui-summary-open = Du er ikke nået til enden endnu.
ui-summary-steps = Det har du gjort indtil nu:
ui-summary-none = Du har ikke svaret på noget endnu.
# $number er trinnets plads på listen, $step dets titel, $answer svaret.
ui-summary-item = { $number }. { $step } – { $answer }.
ui-summary-never-secrets = Opsummeringen indeholder aldrig en adgangskode eller en bekræftelseskode. Giv dem aldrig til nogen.

## Tastehjælp langs vinduernes kanter og i agentpanelet, sat sammen med
## " · ". $key er tastens navn (fra programmets tastebindinger, så det
## altid er den tast, der gør det): skriv aldrig selv en tast.
ui-key-go-there = { $key } gå dertil
ui-key-close = { $key } luk
ui-key-scroll = { $key } rul
ui-key-done = { $key } færdig
ui-key-cancel = { $key } annullér
ui-key-new-line = { $key } ny linje
ui-key-on-to-note = { $key } videre til noten
ui-key-save = { $key } gem
ui-key-copy = { $key } kopiér
ui-key-caller = { $key } bruger
ui-key-note = { $key } note
ui-key-identity = { $key } identitet
ui-key-sources = { $key } kilder
ui-key-ticket-number = { $key } sagsnr.
ui-key-handover = { $key } overdragelse
ui-key-path = { $key } forløb
ui-key-others-close = alle andre taster lukker
