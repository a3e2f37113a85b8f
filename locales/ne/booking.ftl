# काउन्टरको समय बुकिङ: बुक गर्दा, बुकिङ परिवर्तन गर्दा वा खाली ठाउँ पर्खँदा आउने त्रुटिहरू। नियमहरू madoguchi-domain को booking मोड्युलमा छन्।

booking-error-slot-full = यो समयको बुकिङ भरिसकेको छ। अर्को समय छान्नुहोस्, वा यो समयको प्रतीक्षा सूचीमा नाम लेखाउनुहोस्।
booking-error-unknown-service = यो प्रक्रियाका लागि बुकिङ गर्न मिल्दैन।
booking-error-not-a-slot = यो काउन्टरमा त्यो समयमा बुकिङ लिइँदैन। सूचीबाट फेरि समय छान्नुहोस्।
booking-error-closed-day = त्यो दिन नगरपालिका कार्यालय बन्द हुन्छ (शनिबार-आइतबार, सार्वजनिक बिदा, वर्षान्त र नयाँ वर्षको बिदा आदि)। अर्को दिन छान्नुहोस्।
booking-error-outside-window = यो समय अहिले बुक गर्न मिल्दैन: बुकिङ अझै खुलेको छैन, बन्द भइसकेको छ, वा समय बितिसकेको छ। सूचीबाट फेरि छान्नुहोस्।
booking-error-deadline-passed = परिवर्तन वा रद्द गर्ने म्याद सकिएकाले अनलाइन गर्न मिल्दैन। कृपया काउन्टरमा फोन गर्नुहोस्।
booking-error-not-active = यो बुकिङ रद्द भइसकेको छ वा तपाईं आएको रेकर्ड भइसकेको छ, त्यसैले परिवर्तन गर्न मिल्दैन।
booking-error-slot-available = यो समयमा अझै ठाउँ खाली छ। प्रतीक्षा सूचीमा नबसी सिधै बुक गर्नुहोस्।
booking-error-no-offer = अहिले यो प्रतीक्षा सूचीमा तपाईंलाई दिन सकिने खाली ठाउँ छैन।
booking-error-offer-expired = खाली ठाउँ स्वीकार गर्ने समय सकिएकाले त्यो अर्को व्यक्तिलाई दिइयो। फेरि प्रतीक्षा सूचीमा नाम लेखाउनुहोस् वा अर्को समय छान्नुहोस्।

## बुकिङ गर्ने प्रक्रिया छान्ने पेज (#/booking)। शीर्षक नेभिगेसनको लिङ्क पनि हो।
booking-document-title = काउन्टरको बुकिङ | मादोगुची
booking-title = काउन्टरको बुकिङ
booking-intro = सिटी हलको काउन्टरमा जाने दिन र समय पहिल्यै बुक गर्न सकिन्छ। बुक गरेको समयमा त्यही काउन्टरमा आउनुहोस्।
booking-services-none = अहिले बुकिङ लिने कुनै प्रक्रिया छैन।
booking-duration = लाग्ने समय
booking-duration-minutes = करिब { $minutes } मिनेट
booking-identity = पहिचान पुष्टि
booking-identity-contact = नाम र सम्पर्कको माध्यम मात्र भए बुक गर्न सकिन्छ
booking-identity-account = पहिचान पुष्टि भइसकेको खाता चाहिन्छ
booking-identity-my-number-card = माइ नम्बर कार्डबाट पहिचान पुष्टि गर्नुपर्छ
booking-bring = ल्याउनुपर्ने कुरा
booking-bring-nothing = विशेष केही छैन
booking-counter = काउन्टर
# same-as-en: a counter and its place, no words of their own
booking-counter-place = { $counter } ({ $place })
booking-window = बुकिङ लिने समय
booking-window-text = { $days } दिन अगाडिदेखि { $hours } घण्टा अगाडिसम्म
booking-start = बुक गर्नुहोस्: { $service }
booking-phone-label = काउन्टरको फोन नम्बर:

## दिन, समय, सम्पर्क र जाँच
booking-flow-document-title = { $page } | काउन्टरको बुकिङ | मादोगुची
booking-steps-label = बुकिङका चरणहरू
booking-step-day = दिन
booking-step-time = समय
booking-step-details = सम्पर्क
booking-step-check = जाँच
booking-moving-from = अहिलेको बुकिङ: { $when }। नयाँ दिन र समय छान्नुभयो भने यो बुकिङ त्यसले साट्छ।
booking-day-title = आउने दिन छान्नुहोस्
booking-day-legend = तपाईं आउने दिन
booking-day-hint = भरिएका दिन र बन्द दिनहरू (शनिबार, आइतबार, सार्वजनिक बिदा, वर्षान्त–नयाँ वर्षको बिदा आदि) छान्न सकिँदैन।
booking-day-error = आउने दिन छान्नुहोस्
booking-days-none = अहिले बुक गर्न मिल्ने दिन छैन। कृपया काउन्टरमा फोन गर्नुहोस्।
booking-places-left = अझै { $count } जनाको बुकिङ गर्न सकिन्छ
booking-full = भरिएको: बुकिङ गर्न सकिँदैन
booking-closed = बन्द: बुकिङ गर्न सकिँदैन
booking-time-title = आउने समय छान्नुहोस्
booking-chosen-day = छानेको दिन: { $date }
booking-time-legend = तपाईं आउने समय
booking-time-hint = भरिएका समय छान्न सकिँदैन।
booking-time-error = आउने समय छान्नुहोस्
# same-as-en: a range of two times has no words
booking-time-range = { $start }–{ $end }
booking-details-title = आफ्नो नाम र सम्पर्कको माध्यम लेख्नुहोस्
booking-details-hint = फोन नम्बर र इमेल ठेगाना नलेखे पनि हुन्छ। लेख्नुभयो भने नगरपालिकाले यही बुकिङबारे सम्पर्क गर्दा मात्र प्रयोग गर्छ।
booking-name-hint = काउन्टरमा तपाईंलाई बोलाउँदा प्रयोग हुने नाम।
booking-check-title = बुकिङको विवरण जाँच्नुहोस्
booking-book-app = बुक गर्दा यो उपकरणबाट नगरपालिकामा पठाइन्छ। इन्टरनेट नभए जोडिएपछि पठाइन्छ, र त्यसपछि ठाउँ पाउनुभयो कि भएन भनेर जानकारी दिइन्छ।
booking-book-web = बुक गर्दा तुरुन्तै नगरपालिकामा पठाइन्छ।
booking-book = बुक गर्नुहोस्
booking-move = यो दिन र समयमा सार्नुहोस्
booking-choose-again = अर्को समय छान्नुहोस्

## बुकिङको नतिजा
booking-done-page = तपाईंको बुकिङ
booking-done-nothing = यो पेजबाट केही बुक गरिएको छैन
booking-done-title = बुक भयो
booking-moved-title = बुकिङको दिन र समय सारियो
booking-done-banner = तपाईंले ठाउँ पाउनुभयो
booking-reference = बुकिङ नम्बर: { $reference }
booking-reference-hint = काउन्टरमा यो बुकिङ नम्बर भन्नुहोस्।
booking-reference-label = बुकिङ नम्बर
booking-when = दिन र समय
booking-deadline = परिवर्तन र रद्दको अन्तिम समय
booking-deadline-text = { $date } { $time } सम्म "मेरा बुकिङहरू" बाट परिवर्तन वा रद्द गर्न सकिन्छ
booking-kept-web = वेब संस्करणमा यो पेज खुला रहेसम्म मात्र यो बुकिङ देखिन्छ। बुकिङ नम्बर टिप्नुहोस् वा प्रतिलिपि छाप्नुहोस्।
booking-queued-title = बुकिङ पठाउन बाँकी छ
booking-queued-banner = पठाउन बाँकी
booking-queued-text = अझै ठाउँ पाइसक्नुभएको छैन। इन्टरनेट जोडिएपछि आफैँ पठाइन्छ।
booking-queued-move = दिन र समय अझै बदलिएको छैन। इन्टरनेट जोडिएपछि आफैँ पठाइन्छ।
booking-queued-hint = नगरपालिकामा पुगेपछि ठाउँ पाउनुभयो कि भएन भनेर यहाँ र "मेरा बुकिङहरू" मा जानकारी दिइन्छ।
booking-refused-title = बुकिङ हुन सकेन
booking-refused-text = तपाईंको यो बुकिङ भएको छैन। अर्को समय छानेर फेरि बुक गर्नुहोस्।
booking-move-refused-title = दिन र समय सार्न सकिएन
booking-move-refused-text = तपाईंको बुकिङ पहिलेकै दिन र समयमा छ।
bookings-change-refused = परिवर्तन वा रद्द गर्न सकिएन। बुकिङ पहिलेजस्तै छ।

## मेरा बुकिङहरू (#/bookings)
bookings-document-title = मेरा बुकिङहरू | मादोगुची
bookings-title = मेरा बुकिङहरू
bookings-intro-app = यो उपकरणबाट गरिएका बुकिङहरू।
bookings-intro-web = यो पेजबाट गरिएका बुकिङहरू। वेब संस्करणले उपकरणमा केही पनि सुरक्षित गर्दैन, त्यसैले पेज बन्द गर्दा सूचीबाट हराउँछन्। बुकिङ नम्बर टिप्नुहोस्।
bookings-new = नयाँ बुकिङ गर्नुहोस्
bookings-none = तपाईंको कुनै बुकिङ छैन।
bookings-state-queued = पठाउन बाँकी
bookings-state-refused = बुक हुन सकेन
bookings-state-confirmed = बुक भएको
bookings-state-cancelled = रद्द गरिएको
bookings-state-checked-in = आइसकेको
bookings-state-no-show = नआएको
bookings-move = दिन र समय परिवर्तन: { $service }
bookings-cancel = बुकिङ रद्द: { $service }
bookings-cancel-title = यो बुकिङ रद्द गर्ने हो?
bookings-cancel-text = रद्द गर्नुभयो भने यो ठाउँ अरू कसैलाई जान्छ।
bookings-cancel-yes = बुकिङ रद्द गर्नुहोस्
bookings-cancel-no = बुकिङ राख्नुहोस्
bookings-cancelled = बुकिङ रद्द गरियो।
bookings-cancel-queued = रद्द गर्ने अनुरोध पठाउन बाँकी छ। इन्टरनेट जोडिएपछि आफैँ पठाइन्छ।
bookings-move-queued = दिन र समय परिवर्तनको अनुरोध पठाउन बाँकी छ। इन्टरनेट जोडिएपछि आफैँ पठाइन्छ।
bookings-past-deadline = परिवर्तन र रद्दको अन्तिम समय ({ $date } { $time }) बितिसकेकाले यहाँबाट परिवर्तन गर्न सकिँदैन। कृपया काउन्टरमा फोन गर्नुहोस्।

## प्रतीक्षा सूची
booking-waitlist-title = प्रतीक्षा सूची
booking-waitlist-held = ठाउँ खाली भएमा, त्यो ठाउँ सीमित समयका लागि तपाईंका लागि राखिन्छ।
booking-waitlist-join-time = { $time } को प्रतीक्षा सूचीमा नाम लेखाउनुहोस्
booking-waitlist-for = प्रतीक्षा सूचीमा नाम लेखाउने मिति र समय: { $when }
booking-waitlist-join = प्रतीक्षा सूचीमा नाम लेखाउनुहोस्
booking-waitlist-join-this = यो समयको प्रतीक्षा सूचीमा नाम लेखाउनुहोस्
booking-waitlist-done-title = तपाईं प्रतीक्षा सूचीमा हुनुहुन्छ
booking-waitlist-reference = प्रतीक्षा सूची नम्बर: { $reference }
booking-waitlist-where = ठाउँ खाली भएमा "मेरा बुकिङहरू" मा देखाइन्छ, जहाँ तपाईं त्यो लिन सक्नुहुन्छ।
booking-waitlist-kept-web = वेब संस्करणमा यो पेज खुला रहेसम्म मात्र प्रतीक्षा सूचीको यो ठाउँ देखिन्छ। नम्बर टिप्नुहोस्।
booking-waitlist-queued-title = तपाईंको प्रतीक्षा सूचीको अनुरोध पठाउन बाँकी छ
booking-waitlist-queued-text = तपाईं अझै प्रतीक्षा सूचीमा हुनुहुन्न। इन्टरनेट जोडिएपछि आफैँ पठाइन्छ।
booking-waitlist-refused-title = प्रतीक्षा सूचीमा नाम लेखाउन सकिएन
bookings-waitlist-state-refused = नाम लेखाउन सकिएन
bookings-waitlist-state-waiting = पर्खँदै
bookings-waitlist-state-offered = ठाउँ खाली भयो
bookings-waitlist-state-expired = अर्कोलाई दिइयो
bookings-waitlist-offered = ठाउँ खाली भयो। { $date } { $time } सम्म तपाईंका लागि राखिएको छ।
bookings-waitlist-accept = यो ठाउँ लिनुहोस्: { $service }
bookings-waitlist-accept-queued = यो ठाउँ लिने अनुरोध पठाउन बाँकी छ। इन्टरनेट जोडिएपछि आफैँ पठाइन्छ।
bookings-waitlist-accepted = ठाउँ तपाईंको भयो: अब तपाईंका बुकिङहरूमा छ।
bookings-waitlist-booked = तपाईंले यो ठाउँ लिनुभयो; बुकिङ माथि छ।
bookings-waitlist-expired = समयमै नलिइएकाले ठाउँ सूचीको अर्को व्यक्तिलाई दिइयो।
