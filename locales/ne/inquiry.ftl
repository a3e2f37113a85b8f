# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = नाम
inquiry-contact-email = इमेल ठेगाना
inquiry-contact-phone = फोन नम्बर
inquiry-error-email = इमेल ठेगानाको ढाँचा मिलेन (उदाहरण: yumesaki@example.jp)।
inquiry-error-phone = फोन नम्बर १० देखि १५ अङ्कसम्म लेख्नुहोस् (उदाहरण: 0612-34-5678)।
