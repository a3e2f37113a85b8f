# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = Pangalan
inquiry-contact-email = Address ng email
inquiry-contact-phone = Numero ng telepono
inquiry-error-email = Mukhang hindi tamang address ng email ito (halimbawa: yumesaki@example.jp).
inquiry-error-phone = Isulat ang numero ng telepono na may 10 hanggang 15 numero (halimbawa: 0612-34-5678).
