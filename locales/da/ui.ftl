## Programmets egne ord på hovedskærmen: det, hver start viser.

ui-app-name = mfa-doctor

# Svar på hvert trin ("Hjalp det?")
ui-answer-solved = Ja, det løste problemet
ui-answer-unsolved = Nej, det hjalp ikke
ui-start-over = Start forfra

# Øverst til højre: trinnet, talt fra første skærmbillede, stiger med én for
# hvert svar. I en række tjek kommer tjekket med. Alle er tal.
ui-progress-step = Trin { $step }
ui-progress-check = Trin { $step } · tjek { $current } af { $total }

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
    • Brugerens kontonavn (fx navn@firma.dk)
    • Hvilke logonmetoder brugeren har (app, sms, opkald)
    • Den præcise fejlmeddelelse, brugeren så, hvis der var en
    Bed aldrig brugeren om adgangskoden eller en bekræftelseskode.
ui-tried-heading = Det har du gjort indtil nu
ui-tried-none = Ingenting endnu.
ui-tried-item = • { $step }: { $answer }
ui-tried-unsolved = hjalp ikke
# På tekstens nederste kant, når den er skåret af. $count er et antal linjer.
ui-more-below = { $count ->
        [one] 1 linje mere nedenfor ↓ PgDn
       *[other] { $count } linjer mere nedenfor ↓ PgDn
    }
# Under svarene, når de ikke alle kan være der. $count er et tal.
ui-more-answers-below = { $count ->
        [one] 1 svar mere nedenfor ↓
       *[other] { $count } svar mere nedenfor ↓
    }
ui-more-answers-above = { $count ->
        [one] 1 svar mere ovenfor ↑
       *[other] { $count } svar mere ovenfor ↑
    }
# På nederste kant af et vindue (hjælp, opsummering, kilder), der er skåret af.
ui-more-lines-below = { $count ->
        [one] 1 linje mere nedenfor ↓
       *[other] { $count } linjer mere nedenfor ↓
    }
# Vises i stedet for skærmbilledet, når vinduet er mindre end det. Alle er tal.
ui-too-small = Gør vinduet mindst { $min-width } tegn bredt og { $min-height } linjer højt (det er { $width }×{ $height } nu).

# Tastehints nederst. $key er tastens navn fra programmets tastebindinger
# ("1-9", "↑↓", "Enter", "⌫", "/" …): skriv aldrig en tast her.
ui-key-choose = { $key } vælg
ui-key-move = { $key } flyt
ui-key-select = { $key } vælg
ui-key-back = { $key } tilbage
ui-key-restart = { $key } forfra
ui-key-help = { $key } hjælp
ui-key-quit = { $key } afslut
ui-key-search = { $key } søg
ui-key-ticket = { $key } opsummering

## Organisationens oplysninger, når konfigurationen ikke angiver dem.

org-helpdesk-name-unset = din organisations Helpdesk
org-helpdesk-phone-unset = Helpdesks sædvanlige telefonnummer
org-helpdesk-email-unset = Helpdesks sædvanlige e-mailadresse
org-helpdesk-url-unset = din organisations it-supportside
org-helpdesk-hours-unset = Helpdesks sædvanlige åbningstider
org-voice-numbers-unset = de numre, din organisation bruger
org-helpdesk-after-hours-unset = Helpdesk, når den åbner igen
org-identity-check-unset = organisationens procedure for at bekræfte, hvem der ringer, for eksempel ved at ringe tilbage på nummeret i medarbejderoversigten eller få brugerens leder til at bekræfte. Aldrig ved at spørge efter en adgangskode eller en bekræftelseskode
org-assignment-group-unset = 2. level-support

## Vises, hvis selve programmet fejler. Formuleres ved hver start, før noget
## kan gå galt, så den står i den fil, en start alligevel læser.

cli-crashed = mfa-doctor stoppede på grund af en fejl i selve programmet, ikke på grund af noget, du gjorde. Terminalen er sat tilbage, som den var. Fortæl det til jeres helpdesk eller til dem, der passer mfa-doctor, og send denne linje med:
