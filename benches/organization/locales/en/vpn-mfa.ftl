vpn-mfa-title = The VPN asks for a code
vpn-mfa-triage = The VPN client asks for a code
vpn-mfa-approve = Open the VPN client again and approve the request in the Authenticator app.
    .title = Approve the VPN sign-in
vpn-mfa-connected = Good: you are connected.
    .title = Connected
vpn-mfa-helpdesk = Call { $helpdesk-name }.
    .title = Call the helpdesk
