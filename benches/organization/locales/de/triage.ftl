triage-title = Finden Sie Ihr Problem
triage-problem =
    Wählen Sie die Antwort, die am besten beschreibt, was bei der Anmeldung passiert. Sie können jederzeit zurückgehen.
    .title = Was läuft schief?
triage-problem-opt-nophone = Ich habe mein Telefon nicht dabei
triage-problem-opt-nocode = Der Code, der Anruf oder die App-Benachrichtigung kommt nie an
triage-problem-opt-passkey = Ich soll einen Passkey einrichten oder verwenden
triage-problem-opt-approval = Ich habe eine Anfrage erhalten, die ich nicht ausgelöst habe
triage-problem-opt-rejected = Mein Code wird nicht akzeptiert
triage-problem-opt-lost = Mein Telefon ist verloren oder gestohlen
triage-problem-opt-error = Ich sehe eine Fehlermeldung
triage-problem-opt-new = Ich habe ein neues Telefon oder eine neue Nummer
triage-problem-opt-other = Etwas anderes
vpn-mfa-title = Das VPN fragt nach einem Code
vpn-mfa-triage = Der VPN-Client fragt nach einem Code
