# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = नाम
inquiry-contact-email = इमेल ठेगाना
inquiry-contact-phone = फोन नम्बर
inquiry-error-department = विभाग छान्नुहोस्।
inquiry-error-subject-missing = विषय लेख्नुहोस्।
inquiry-error-subject-too-long = विषय १०० अक्षरभित्र लेख्नुहोस्।
inquiry-error-message-missing = सोधपुछको विवरण लेख्नुहोस्।
inquiry-error-message-too-long = सोधपुछको विवरण २००० अक्षरभित्र लेख्नुहोस्।
inquiry-error-name-too-long = नाम १०० अक्षरभित्र लेख्नुहोस्।
inquiry-error-email = इमेल ठेगानाको ढाँचा मिलेन (उदाहरण: yumesaki@example.jp)।
inquiry-error-phone = फोन नम्बर १० देखि १५ अङ्कसम्म लेख्नुहोस् (उदाहरण: 0612-34-5678)।
