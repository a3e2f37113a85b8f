# Home page: the list of procedures.

home-title = प्रक्रियाहरूको सूची
home-intro = { $city }मा अनलाइन, किओस्क वा काउन्टरबाट गर्न सकिने प्रक्रियाहरू।
home-today = आज { $date } हो।
home-procedure-count = { $count ->
    [one] { $count } प्रक्रिया
   *[other] { $count } प्रक्रियाहरू
}
channels-label = कहाँ गर्न सकिन्छ
channel-online = अनलाइन
channel-kiosk = किओस्क
channel-counter = काउन्टर
channel-appointment = काउन्टर (अपोइन्टमेन्ट आवश्यक)

# जीवनका घटनाहरू: एकैपटक धेरै प्रक्रियाहरू चाहिने अवसरहरू; प्रक्रियाहरूको सूची यिनै घटनाअनुसार बाँडिएको छ।
life-events-title = जीवनका घटनाअनुसार खोज्नुहोस्
life-event-moving = बसाइँसराइ
life-event-moving-summary = सहरमा बसाइँ सरेर आउँदा, सहरबाट बसाइँ सरेर जाँदा वा सहरभित्रै ठेगाना बदलिँदा गर्ने प्रक्रियाहरू।
life-event-childbirth = बच्चाको जन्म र लालनपालन
life-event-childbirth-summary = बच्चा जन्मिँदा र छोराछोरी हुर्काउँदा गर्ने प्रक्रियाहरू।
life-event-bereavement = परिवारमा कसैको निधन भएपछि
life-event-bereavement-summary = परिवारका सदस्यको निधन भएपछि गर्ने प्रक्रियाहरू।
life-event-school-entry = विद्यालय भर्ना
life-event-school-entry-summary = बच्चा प्राथमिक विद्यालय वा निम्न माध्यमिक विद्यालयमा भर्ना हुँदा गर्ने प्रक्रियाहरू।
# जीवनको घटनाको पृष्ठको विन्डो शीर्षक। $event घटनाको नाम हो, $city सहरको नाम।
life-event-document-title = { $event } | { $city } | मादोगुची
