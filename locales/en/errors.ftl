# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = We cannot reach the city's server. Check your internet connection and try again in a little while.
error-bad-response = The city's server sent an answer we did not expect. Please try again in a little while.
error-not-found = We could not find what you were looking for.
error-internal = Something went wrong on the city's server. Please try again in a little while.
error-unavailable = The city's server is busy or under maintenance and cannot take requests right now. Please try again in a few minutes.
error-request-timeout = What you sent did not arrive in time. Please check your connection and send it again.
error-invalid-request = We could not read what was sent. Please update the app and try again.
error-invalid-submission = Some answers need checking. See the message beside each one.
error-status-change-not-allowed = This application cannot be changed at its current stage. Please contact the city office.
error-send-expired = This was not sent for almost a day, so it was stopped to avoid sending it twice. Check that the city does not have it, then send it again.
error-idempotency-key-missing = Something went wrong with sending. Please update the app and try again.
error-idempotency-key-invalid = The sending number was not in the right form. Please update the app and try again.
error-idempotency-key-reused = A different message was sent under the same sending number, so it was not accepted. Please enter it again.
error-request-in-progress = Your previous sending is still being processed. Please try again in a moment.
error-unauthorized = You are not allowed to do this.
error-keyring-unavailable = This device has no keyring to keep the key that encrypts your data, so nothing can be saved. To use Madoguchi without saving anything, use the web version in a browser. Turning on your computer's keyring (such as GNOME Keyring) lets the app save your data.
error-local-data-locked = The key of the data saved on this device cannot be found, so the data cannot be opened. Press "Delete the data saved on this device" to start afresh (inquiries waiting to be sent will be lost).
error-local-storage = Your data could not be saved on this device. Check that there is free space and try again.
error-forbidden = Your account cannot do this.
error-rate-limited = There were too many tries in a short time, so we have stopped taking them for a while. Please wait a little and try again.
error-sign-in-code-invalid = The confirmation code is wrong or has expired (it is valid for 10 minutes). Please have a new code sent and try again.
error-identity-level-too-low = This needs your identity checked at a counter. Bring your My Number card to a city hall counter. Once it has been checked, sign in with that account to do this online.
error-staff-sign-in-failed = The user name, password or authenticator app code is wrong.
error-passkey-challenge-invalid = The passkey check has expired (it lasts 5 minutes) or was already used. Please try again.
error-passkey-refused = This passkey could not be used. It is not registered with this site, or it was removed.
error-mail-unavailable = We cannot send email right now. Please try again in a little while.
