## Sagsopsummeringen (til Helpdesk) i Markdown.

ticket-heading = Totrinsbekræftelse: sagsopsummering
ticket-problem = Problem
ticket-outcome = Resultat
ticket-outcome-fixed = Løst: personen kan logge på igen
ticket-outcome-escalated = Givet videre til Helpdesk
ticket-outcome-urgent = HASTER: sikkerhedssag for Helpdesk
ticket-outcome-open = Ikke afsluttet endnu
ticket-caller = Bruger
ticket-error = Fejlmeddelelse på skærmen
# The error message as the person saw it, quoted the way the language quotes.
ticket-error-quoted = »{ $error }«
ticket-now-at = Står nu ved
ticket-steps = Trin indtil nu
ticket-no-steps = Ingen trin endnu.
ticket-jumped = åbnet direkte (søgning)
ticket-note = Note
ticket-number = Sagsnummer
ticket-category = Kategori
ticket-priority = Prioritet
ticket-priority-high = Høj
ticket-priority-normal = Normal
ticket-identity = Brugerens identitet bekræftet
ticket-identity-yes = Ja: { $method }
ticket-identity-yes-unsaid = Ja
ticket-identity-no = Nej
ticket-agent = Supporter
ticket-opened = Oprettet
ticket-duration = Opkaldstid
ticket-assignment-group = Tildel til
ticket-handover = Overdragelsesnote
ticket-meta = Sprog { $language } · mfa-doctor { $version } · { $created }
ticket-never-secrets = Denne opsummering indeholder aldrig en adgangskode eller en bekræftelseskode. Tilføj ikke nogen.

## Kommandolinjen for agentvisning og sager.

cli-agent = Agentvisning til Helpdesk: hvad du siger til brugeren, knude-id'er, panel med opkalder og noter, opkaldsur
cli-ticket-dir = Gem sagen (tekst, Markdown og JSON, kun læsbar for dig) i denne mappe: ved "s", ved hver afslutning, og når programmet lukkes
cli-agent-name = Dit navn som supporter, til sagsopsummeringen (ellers agent.name i konfigurationen)
cli-ticket-dir-unusable = Sagsopsummeringer kan ikke gemmes i { $dir }: { $detail }. Angiv en mappe, der findes, og som du må skrive i.
cli-print-ticket = Udskriv sagsopsummeringen (Markdown), når programmet lukkes
cli-resume = Genåbn en sag fra dens gemte .json-opsummering, ved dens sidste trin, med forløb og noter
cli-start = Start ved det bedste match for denne tekst, fx en fejlmeddelelse
