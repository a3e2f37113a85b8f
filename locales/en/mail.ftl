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

# Sent on the day before a booking (from 9:00), only for a booking linked to no account that has a contact email.
# $service is what the visit is for, $counter the counter, $place where it is (its floor; empty when none), $month and $day
# the date in Japan, $time the start in Japan time (9:30), $reference the booking's
# reference, $phone the counter's phone number.
mail-booking-reminder-subject = Madoguchi: your appointment tomorrow, { $service }
mail-booking-reminder-body =
    You have an appointment at a city hall counter tomorrow.

    For: { $service }
    When: { $month }/{ $day }, from { $time } (Japan time)
    Where: { $counter } { $place }
    Booking reference: { $reference } (please give it at the counter)

    If you can no longer come, please cancel or change your booking. If it is too late to change it online, please call { $phone }.
    This email is sent automatically; replies are not read.
