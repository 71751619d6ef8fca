vpn-mfa-title = VPN'en beder om en kode
vpn-mfa-triage = VPN-klienten beder om en kode
vpn-mfa-approve = Åbn VPN-klienten igen, og godkend anmodningen i Authenticator-appen.
    .title = Godkend VPN-logonet
vpn-mfa-connected = Godt: du er forbundet.
    .title = Forbundet
vpn-mfa-helpdesk = Ring til { $helpdesk-name }.
    .title = Ring til helpdesk
