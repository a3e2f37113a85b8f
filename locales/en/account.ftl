# Account: the names of staff actions, shown to residents when they read their own record (audit log).

audit-action-list-inquiries = Viewed the list of inquiries
audit-action-list-applications = Viewed the list of applications
audit-action-change-application-status = Changed the status of an application
audit-action-read-attachment = Viewed an attached file
audit-action-verify-identity = Checked your identity at a counter
audit-action-list-bookings = Viewed the list of bookings
audit-action-book-on-behalf = Made a booking on your behalf
audit-action-record-visit = Recorded your visit or absence

# Signing in without a password: a six-digit code by mail. The first sign-in also makes the account.
account-document-title = Your account | Madoguchi
account-sign-in-title = Sign in
account-sign-in-lead = We will email you a six-digit code. You do not need a password. If you are new, this also creates your account.
account-web-note = On this page you stay signed in until you close or reload the tab. Nothing is saved in this browser.
account-email = Email address
account-email-hint = For example: hanako@example.jp
account-email-invalid = Enter an email address like hanako@example.jp.
account-send-code = Email me a code
account-errors-summary = Check what you entered
account-code-title = Enter your code
account-code-sent = We sent a code to { $email }. It works once, for 10 minutes.
account-code = Six-digit code
account-code-hint = The number in the email. If it has not arrived, check your spam folder.
account-code-format = Enter the six digits from the email.
account-code-resent = We sent a new code. The earlier code no longer works.
account-code-resend = Send the code again
account-other-address = Use a different email address
account-sign-in = Sign in
account-device-web = Web browser

account-signed-in = You are signed in.
account-identity = Identity check
account-identity-verified = Checked at a counter
account-identity-unverified = Not checked yet
account-identity-how = For procedures that need your identity checked, bring your My Number card to a city hall counter. A staff member will check it.
account-since = Account created
account-devices-title = Devices you are signed in on
account-device-this = This device
account-device-signed-in = Signed in: { $when }
account-device-used = Last used: { $when }
account-device-sign-out = Sign out "{ $device }"
account-audit-title = When staff looked at your information
account-audit-lead = Every time a city staff member views or changes your information, it is recorded here.
account-audit-empty = Nothing has been recorded yet.
account-audit-caption = Staff actions (newest first)
account-audit-when = When
account-audit-what = What
account-audit-who = Staff role
account-role-clerk = Counter staff
account-role-volunteer = Support volunteer
account-role-admin = Administrator
account-sign-out-title = Sign out
account-sign-out-explain-app = Signing out removes the sign-in kept on this device.
account-sign-out-explain-web = Sign out on this page.
account-sign-out = Sign out

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = If you have added a passkey to your account, you can sign in with it instead, without a code.
account-passkey-sign-in = Sign in with a passkey
account-passkey-sign-in-failed = You could not sign in with a passkey: it was cancelled, or this browser cannot use a passkey here. Try again, or sign in with an emailed code.
account-passkeys-title = Passkeys
account-passkeys-lead = With a passkey, you sign in with your fingerprint, face or screen lock instead of an emailed code.
account-passkeys-empty = You have not added a passkey yet.
account-passkeys-unsupported = This browser cannot make passkeys. You can still remove the ones you have.
account-passkey-name = Name for the new passkey
account-passkey-name-hint = So you can tell your passkeys apart. For example: My phone
account-passkey-name-invalid = Enter a name of 1 to 64 characters.
account-passkey-add = Add a passkey
account-passkey-added = The passkey was added. Next time, you can sign in with it.
account-passkey-add-failed = The passkey was not added: it was cancelled, or this browser cannot make a passkey here.
account-passkey-created = Added: { $when }
account-passkey-used = Last used: { $when }
account-passkey-unused = Not used to sign in yet
account-passkey-remove = Remove the passkey "{ $passkey }"
