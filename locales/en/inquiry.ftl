# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = Name
inquiry-contact-email = Email address
inquiry-contact-phone = Phone number
inquiry-error-email = This does not look like an email address (for example: yumesaki@example.jp).
inquiry-error-phone = Write the phone number with 10 to 15 digits (for example: 0612-34-5678).
