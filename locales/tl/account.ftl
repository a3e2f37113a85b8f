# Account: ang mga pangalan ng ginawa ng mga kawani ng lungsod, na ipinapakita sa residente kapag tinitingnan niya ang sarili niyang tala (audit log).

audit-action-list-inquiries = Tiningnan ang listahan ng mga tanong
audit-action-list-applications = Tiningnan ang listahan ng mga aplikasyon
audit-action-change-application-status = Binago ang katayuan ng isang aplikasyon
audit-action-read-attachment = Tiningnan ang isang kalakip na file
audit-action-verify-identity = Tiniyak ang inyong pagkakakilanlan sa counter
audit-action-list-bookings = Tiningnan ang listahan ng mga appointment
audit-action-book-on-behalf = Gumawa ng appointment sa ngalan ninyo
audit-action-record-visit = Itinala kung dumating kayo o hindi

# Pag-sign in nang walang password: gamit ang anim na digit na code na ipinapadala sa email. Sa unang pag-sign in, nagagawa rin ang account.
account-document-title = Account ko | Madoguchi
account-sign-in-title = Mag-sign in
account-sign-in-lead = Magpapadala kami ng anim na digit na code sa inyong email. Hindi ninyo kailangan ng password. Kung bago kayo, magagawa na rin ang inyong account.
account-web-note = Sa pahinang ito, mananatili kayong naka-sign in hanggang isara o i-reload ninyo ang tab. Walang iniimbak sa browser na ito.
account-email = Address ng email
account-email-hint = Halimbawa: hanako@example.jp
account-email-invalid = Ilagay ang address ng email sa anyong hanako@example.jp.
account-send-code = Padalhan ako ng code
account-errors-summary = Tingnan ang inyong inilagay
account-code-title = Ilagay ang code
account-code-sent = Nagpadala kami ng code sa { $email }. May bisa ito nang 10 minuto, at magagamit lang ito nang isang beses.
account-code = Anim na digit na code
account-code-hint = Ito ang numero sa email. Kung hindi pa dumarating ang email, tingnan din ang spam folder.
account-code-format = Ilagay ang anim na digit na nasa email.
account-code-resent = Nagpadala kami ng bagong code. Hindi na magagamit ang naunang code.
account-code-resend = Ipadala muli ang code
account-other-address = Gumamit ng ibang address ng email
account-sign-in = Mag-sign in
# Ang pangalan ng browser na ito sa listahan ng mga aparatong naka-sign in.
# same-as-en: "web browser" is the usual Filipino term; a Tagalog coinage would confuse readers.
account-device-web = Web browser

# Ang account ng taong naka-sign in.
account-signed-in = Naka-sign in kayo.
account-identity = Pagsusuri ng pagkakakilanlan
account-identity-verified = Nasuri na sa counter
account-identity-unverified = Hindi pa nasusuri
account-identity-how = Para sa mga prosesong kailangang suriin ang pagkakakilanlan, dalhin ang inyong My Number card sa counter ng city hall. Susuriin ito ng isang kawani.
account-since = Petsa ng paggawa ng account
account-devices-title = Mga aparatong naka-sign in kayo
account-device-this = Ang aparatong ito
account-device-signed-in = Nag-sign in: { $when }
account-device-used = Huling ginamit: { $when }
# Nasa button ang pangalan ng aparato para malaman kung para saang aparato ito.
account-device-sign-out = I-sign out ang "{ $device }"
account-audit-title = Kailan tiningnan ng mga kawani ang inyong impormasyon
account-audit-lead = Tuwing titingnan o babaguhin ng isang kawani ng lungsod ang inyong impormasyon, itinatala ito rito.
account-audit-empty = Wala pang naitatala.
account-audit-caption = Mga ginawa ng mga kawani (pinakabago muna)
account-audit-when = Kailan
account-audit-what = Ano ang ginawa
account-audit-who = Tungkulin ng kawani
account-role-clerk = Kawani sa counter
account-role-volunteer = Boluntaryong tagasuporta
account-role-admin = Tagapangasiwa
account-sign-out-title = Mag-sign out
account-sign-out-explain-app = Kapag nag-sign out kayo, mabubura ang sign-in na nakaimbak sa aparatong ito.
account-sign-out-explain-web = Mag-sign out sa pahinang ito.
account-sign-out = Mag-sign out

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = Kung nagdagdag ka ng passkey sa iyong account, puwede kang mag-sign in gamit ito, nang walang code.
account-passkey-sign-in = Mag-sign in gamit ang passkey
account-passkey-sign-in-failed = Hindi ka naka-sign in gamit ang passkey: kinansela ito, o hindi magamit ng browser na ito ang passkey dito. Subukang muli, o mag-sign in gamit ang code sa email.
account-passkeys-title = Mga passkey
account-passkeys-lead = Sa passkey, nagsa-sign in ka gamit ang fingerprint, mukha, o screen lock sa halip na code sa email.
account-passkeys-empty = Wala ka pang naidagdag na passkey.
account-passkeys-unsupported = Hindi makagawa ng passkey ang browser na ito. Puwede mo pa ring tanggalin ang mga passkey mo.
account-passkey-name = Pangalan ng bagong passkey
account-passkey-name-hint = Para makilala mo ang bawat passkey. Halimbawa: Aking phone
account-passkey-name-invalid = Maglagay ng pangalang may 1 hanggang 64 na character.
account-passkey-add = Magdagdag ng passkey
account-passkey-added = Naidagdag na ang passkey. Sa susunod, puwede kang mag-sign in gamit ito.
account-passkey-add-failed = Hindi naidagdag ang passkey: kinansela ito, o hindi makagawa ng passkey ang browser na ito dito.
account-passkey-created = Idinagdag: { $when }
account-passkey-used = Huling ginamit: { $when }
account-passkey-unused = Hindi pa nagamit sa pag-sign in
account-passkey-remove = Tanggalin ang passkey na "{ $passkey }"
