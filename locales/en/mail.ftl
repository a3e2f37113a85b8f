# Mail the city's server sends. It never appears on an app screen (it is not in the UI's language files).
# $code is the 6-digit confirmation code for signing in; $minutes is how long it is valid, in minutes.

mail-sign-in-subject = Madoguchi sign-in confirmation code { $code }
mail-sign-in-body =
    Your Madoguchi sign-in confirmation code is { $code }.
    This code is valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and can be used only once.

    If you did not ask for this email, please do nothing. Someone may have mistyped their email address.
    City staff will never ask you for this code by phone or email.
