## Sagsopsummeringen (til Helpdesk) i Markdown.

ticket-heading = Totrinsbekræftelse: sagsopsummering
ticket-problem = Problem
ticket-outcome = Resultat
ticket-outcome-fixed = Løst: personen kan logge på igen
ticket-outcome-escalated = Givet videre til Helpdesk
ticket-outcome-urgent = HASTER: sikkerhedssag for Helpdesk
ticket-outcome-open = Ikke afsluttet endnu
ticket-caller = Den, der ringer
ticket-error = Fejlmeddelelse på skærmen
# The error message as the person saw it, quoted the way the language quotes.
ticket-error-quoted = »{ $error }«
ticket-now-at = Står nu ved
ticket-steps = Trin indtil nu
ticket-no-steps = Ingen trin endnu.
ticket-jumped = åbnet direkte (søgning)
ticket-note = Note
ticket-meta = Sprog { $language } · mfa-doctor { $version } · { $created }
ticket-never-secrets = Denne opsummering indeholder aldrig en adgangskode eller en bekræftelseskode. Tilføj ikke nogen.

## Kommandolinjen for agentvisning og sager.

cli-agent = Agentvisning til Helpdesk: hvad du siger til den, der ringer, knude-id'er, panel med opkalder og noter, opkaldsur
cli-ticket-dir = Gem sagsopsummeringen (Markdown + JSON, kun læsbar for dig) i denne mappe, ved "s" og ved hver afslutning
cli-print-ticket = Udskriv sagsopsummeringen (Markdown), når programmet lukkes
cli-resume = Genåbn en sag fra dens gemte .json-opsummering, ved dens sidste trin, med forløb og noter
cli-start = Start ved det bedste match for denne tekst, fx en fejlmeddelelse
cli-start-no-match = Intet passer til '{ $text }'; starter fra begyndelsen.
