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
