# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = Pangalan
inquiry-contact-email = Address ng email
inquiry-contact-phone = Numero ng telepono
inquiry-error-department = Pumili ng tanggapan.
inquiry-error-subject-missing = Isulat ang paksa.
inquiry-error-subject-too-long = Hanggang 100 titik lamang ang paksa.
inquiry-error-message-missing = Isulat ang inyong tanong.
inquiry-error-message-too-long = Hanggang 2000 titik lamang ang inyong tanong.
inquiry-error-name-too-long = Hanggang 100 titik lamang ang pangalan.
inquiry-error-email = Mukhang hindi tamang address ng email ito (halimbawa: yumesaki@example.jp).
inquiry-error-phone = Isulat ang numero ng telepono na may 10 hanggang 15 numero (halimbawa: 0612-34-5678).
