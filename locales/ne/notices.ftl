# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = बालबालिकाको हेरचाह
notice-topic-care = वृद्ध हेरचाह
notice-topic-disaster = विपद् पूर्वतयारी
notice-topic-waste = फोहोर
notice-topic-tax = कर
notice-topic-health = स्वास्थ्य
notice-topic-events = कार्यक्रमहरू
notice-category-general = सूचना
notice-priority-normal = सामान्य
notice-priority-important = महत्त्वपूर्ण
notice-priority-urgent = अत्यावश्यक
notice-personal-application-status = तपाईंको आवेदन { $reference } को स्थिति परिवर्तन भएको छ।
notice-personal-booking-reminder = सम्झना: भोलि { $time } मा तपाईंको काउन्टर बुकिङ छ (बुकिङ नम्बर { $reference })।
notice-error-expiry = देखाउन बन्द गर्ने समय सुरु हुने समय र अहिलेभन्दा पछि हुनुपर्छ।
notice-error-key = सानो अङ्ग्रेजी अक्षर, अङ्क र हाइफन प्रयोग गर्नुहोस् (उदाहरण: evacuation-yumesaki-3-chome)।
notice-error-area = क्षेत्रलाई सहरको सूचीमा भएको कोडले लेख्नुहोस् (उदाहरण: yumesaki-3-chome)।
notice-error-month-range = महिनामा उमेर ० वा बढी हुनुपर्छ, र सुरु अन्त्यभन्दा ठूलो हुनु हुँदैन।
notice-error-language = भाषाको कोड मिलेन (उदाहरण: ja, en, zh-Hans)।

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = सूचनाहरू | मादोगुची
notices-urgent-title = अत्यावश्यक सूचनाहरू
notices-city-title = नगरपालिकाका सूचनाहरू
notices-city-empty = अहिले नगरपालिकाबाट कुनै सूचना छैन।
notices-published = प्रकाशित: { $when }
notices-link-procedure = यो प्रक्रियाबारे हेर्नुहोस्
notices-link-booking = काउन्टरको बुकिङ गर्नुहोस्
notices-personal-title = तपाईंका लागि सूचनाहरू
notices-personal-signed-out = साइन इन गरेपछि काउन्टर बुकिङको अघिल्लो दिनको सम्झना र आवेदनको स्थिति परिवर्तन भएको सूचना यहाँ आउँछन्।
notices-personal-sign-in = साइन इन गर्नुहोस्
notices-personal-empty = तपाईंका लागि अहिलेसम्म कुनै सूचना छैन।
notices-profile-title = तपाईंअनुसारका सूचनाहरू
notices-profile-none = तपाईं बस्ने क्षेत्र, परिवारका सदस्यहरूको उमेर र तपाईंलाई रुचि भएका विषयहरू छान्नुभयो भने, तपाईंसँग सम्बन्धित सूचनाहरू मात्र देखाइन्छन्। तपाईंले छानेका कुराहरू यो उपकरणमा मात्र सुरक्षित गरिन्छन् र नगरपालिकालाई पठाइँदैनन्। अहिले सबैका लागि भएका सूचनाहरू र सबै अत्यावश्यक सूचनाहरू देखाइएका छन्।
notices-profile-choose = देखाउने सूचनाहरू छान्नुहोस्
notices-profile-active = तपाईंले छानेका कुराहरूसँग मिल्ने सूचनाहरू देखाइएका छन्। तपाईंले छानेका कुराहरू यो उपकरणमा मात्र सुरक्षित गरिएका छन्।
notices-profile-change = छानेका कुराहरू हेर्नुहोस् वा बदल्नुहोस्
notices-filter-label = प्रकारअनुसार छान्नुहोस्
notices-filter-all = सबै प्रकार
notices-unread = नपढिएको
notices-mark-read = पढिसकेको भनी चिनो लगाउनुहोस्
notices-mark-all-read = सबैलाई पढिसकेको भनी चिनो लगाउनुहोस्

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [अत्यावश्यक] { $title }
notice-os-digest-title = { $count ->
    [one] { $count } नयाँ सूचना छ
   *[other] { $count } नयाँ सूचनाहरू छन्
}

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = देखाउने सूचनाहरू छान्नुहोस् | मादोगुची
notice-profile-page-title = देखाउने सूचनाहरू छान्नुहोस्
notice-profile-intro = यहाँ छानेका कुराहरू यो उपकरणमा मात्र इन्क्रिप्ट गरेर सुरक्षित गरिन्छन् र नगरपालिकालाई पठाइँदैनन्। कुन सूचना देखाउने भन्ने कुरा यही उपकरणले तय गर्छ। केही पनि नछाने पनि हुन्छ।
notice-profile-back = सूचनाहरूमा फर्कनुहोस्
notice-profile-errors-title = समस्या छ
notice-profile-area = तपाईं बस्ने क्षेत्र
notice-profile-area-hint = कुनै क्षेत्रका लागि भनी दिइने सूचनाहरू (जस्तै सुरक्षित स्थानमा सर्ने आदेश) पाउन प्रयोग गरिन्छ।
notice-profile-area-none = नछान्ने
notice-profile-ages = उमेर
notice-profile-resident-band = तपाईंको उमेर
notice-profile-band-none = भन्न चाहन्नँ
notice-band-0-5 = ० देखि ५ वर्ष
notice-band-6-17 = ६ देखि १७ वर्ष
notice-band-18-39 = १८ देखि ३९ वर्ष
notice-band-40-64 = ४० देखि ६४ वर्ष
notice-band-65-74 = ६५ देखि ७४ वर्ष
notice-band-75 = ७५ वर्ष वा सोभन्दा माथि
notice-profile-children = तपाईंका बच्चाहरूको जन्म मिति
notice-profile-children-hint = स्वास्थ्य जाँच र खोप जस्ता, बच्चाको महिनाको उमेरअनुसारका सूचनाहरू छान्न प्रयोग गरिन्छ।
notice-profile-child = बच्चा { $n }
notice-profile-child-add = बच्चा थप्नुहोस्
notice-profile-child-remove = बच्चा { $n } हटाउनुहोस्
notice-profile-topics = तपाईंलाई रुचि भएका विषयहरू
notice-profile-topics-hint = तपाईंले छानेका विषयमा रुचि भएका मानिसहरूका लागि भएका सूचनाहरू देखाइन्छन्।
notice-profile-languages = सूचना पढ्ने भाषाहरू
notice-profile-languages-hint = नगरपालिकाले कुनै सूचना त्यो भाषामा पनि लेखेको छ भने, त्यो सूचना त्यही भाषामा देखाइन्छ।
notice-profile-quiet-hours = नोटिफिकेसन नदेखाउने समय
notice-profile-quiet-hint = यो समयमा, अत्यावश्यकबाहेकका नोटिफिकेसनहरू यो समय नसकिएसम्म रोकिन्छन्। अत्यावश्यक सूचनाको नोटिफिकेसन भने जुनसुकै बेला तुरुन्तै आउँछ।
notice-profile-quiet-from = सुरु
notice-profile-quiet-until = अन्त्य
notice-profile-quiet-none = सेट नगर्ने
notice-profile-digest = दिनमा एक पटक नोटिफिकेसनहरू एकसाथ देखाउने समय
notice-profile-digest-hint = सामान्य सूचनाहरू यो समयमा एउटै नोटिफिकेसनमा समेटिन्छन्। अत्यावश्यक र महत्त्वपूर्ण सूचनाहरू नसमेटी छुट्टाछुट्टै नोटिफिकेसनमा आउँछन्।
notice-profile-digest-none = एकसाथ नदेखाउने
notice-profile-save = सुरक्षित गर्नुहोस्
notice-profile-done = सम्पन्न
notice-profile-saved = सुरक्षित गरियो
notice-profile-cleared = तपाईंले छानेका कुराहरू मेटाइयो। सबैका लागि भएका सूचनाहरू देखाइन्छन्।
notice-profile-change = बदल्नुहोस्
notice-profile-error-future = जन्म मितिमा आज वा त्योभन्दा अघिको मिति लेख्नुहोस्
notice-profile-error-quiet = सुरु र अन्त्य दुवै छान्नुहोस्, र फरक-फरक समय छान्नुहोस्

# What is kept and what it is for (the consent record).
notice-consent-title = सुरक्षित गरिएका कुराहरू र तिनको प्रयोग
notice-consent-nothing-sent = तलका कुराहरू यो उपकरणमा मात्र सुरक्षित गरिएका छन्। यिनलाई नगरपालिकालाई वा अरू कसैलाई पनि पठाइँदैन।
notice-consent-use-area = कुनै क्षेत्रका लागि भनी दिइने सूचनाहरू (जस्तै सुरक्षित स्थानमा सर्ने आदेश) छान्न
notice-consent-use-ages = कुनै उमेर वा महिनाको उमेरका लागि भनी दिइने सूचनाहरू (जस्तै स्वास्थ्य जाँच, खोप) छान्न
notice-consent-use-topics = तपाईंलाई रुचि भएका विषयका सूचनाहरू छान्न
notice-consent-use-languages = सूचनाहरू तपाईंलाई पढ्न सजिलो भाषामा देखाउन
notice-consent-use-quiet-hours = यो समयमा अत्यावश्यकबाहेकका नोटिफिकेसनहरू रोक्न
notice-consent-use-digest = सामान्य सूचनाका नोटिफिकेसनहरू दिनमा एक पटक एकसाथ देखाउन
notice-consent-given = सहमति दिएको समय: { $when }
notice-consent-changed = अन्तिम पटक बदलेको समय: { $when }
notice-profile-clear = छानेका सबै कुराहरू मेटाउनुहोस्
notice-profile-clear-title = छानेका कुराहरू मेटाउने हो?
notice-profile-clear-body = क्षेत्र, उमेर, विषय जस्ता तपाईंले छानेका कुराहरू र सहमतिको अभिलेख यो उपकरणबाट मेटाइन्छन्। त्यसपछि सबैका लागि भएका सूचनाहरू र सबै अत्यावश्यक सूचनाहरू देखाइन्छन्।
notice-profile-clear-confirm = मेटाउनुहोस्
notice-profile-clear-cancel = रद्द गर्नुहोस्

# एउटा सूचनाको पृष्ठ (#/notices/<id>)।
notice-document-title = { $title } | मादोगुची
notices-open = यो सूचना खोल्नुहोस्
notice-gone = यो सूचना अब देखाइँदैन: यसको प्रकाशन अवधि सकियो वा यसलाई फिर्ता लिइयो।

# यो ब्राउजरमा नोटिफिकेसन (वेब मोड, Web Push)।
notices-push-title = यो ब्राउजरमा नोटिफिकेसन
notices-push-about = नोटिफिकेसन सक्रिय गर्नुभयो भने, यो पृष्ठ बन्द भए पनि अत्यावश्यक सूचनाहरू (विपद्, सुरक्षित स्थानमा सर्ने आदेश आदि) तपाईंसम्म आइपुग्छन्। नोटिफिकेसन सक्रिय गर्ने सबैले एउटै सूचनाहरू पाउँछन्: तपाईंले छानेको क्षेत्र जस्ता कुराहरू प्रयोग गरिँदैनन्।
notices-push-kept = यो ब्राउजरमा नोटिफिकेसनका लागि प्रयोग हुने भाषा र शब्दहरू मात्र सुरक्षित गरिन्छन्। नगरपालिकालाई तपाईंको ब्राउजरले नोटिफिकेसन पाउने ठेगाना मात्र पठाइन्छ।
notices-push-shared = पुस्तकालय जस्ता धेरैले प्रयोग गर्ने कम्प्युटरमा नोटिफिकेसन सक्रिय नगर्नुहोस्।
notices-push-on = यो ब्राउजरमा नोटिफिकेसन सक्रिय छ।
notices-push-off = यो ब्राउजरमा नोटिफिकेसन बन्द छ।
notices-push-blocked = यो ब्राउजरले यस साइटका नोटिफिकेसनहरू रोकेको छ। नोटिफिकेसन पाउन ब्राउजरको साइट सेटिङमा नोटिफिकेसनलाई अनुमति दिनुहोस्।
notices-push-failed-browser = यो ब्राउजरमा नोटिफिकेसन सक्रिय गर्न सकिएन। केही समयपछि फेरि प्रयास गर्नुहोस्। यो पृष्ठ खोलेर सूचनाहरू जुनसुकै बेला हेर्न सकिन्छ।
notices-push-turn-on = नोटिफिकेसन सक्रिय गर्नुहोस्
notices-push-turn-off = नोटिफिकेसन बन्द गर्नुहोस्
notices-push-notification-body = सूचना हेर्न मादोगुची खोल्नुहोस्।
push-error-subscription = ब्राउजरको नोटिफिकेसन दर्ताको विवरण मिलेन।

notice-tray-title = ट्रेमा चलिरहन दिनुहोस्
notice-tray-about = यो सक्रिय भएमा, विन्डो बन्द गर्दा एप बन्द हुँदैन: यो ट्रे (सूचना क्षेत्र) मा आइकनको रूपमा रहन्छ, जरुरी सूचनाहरू जस्ता सूचनाहरू प्राप्त गरिरहन्छ र तपाईंलाई जानकारी दिन्छ। विन्डो फेरि खोल्न आइकनको मेनुमा “मादोगुची खोल्नुहोस्” छान्नुहोस्, वा एप बन्द गर्न “मादोगुची बन्द गर्नुहोस्” छान्नुहोस्।
notice-tray-no-tray = ट्रे नभएको डेस्कटपमा, यो सक्रिय भए पनि विन्डो बन्द गर्दा एप बन्द हुन्छ।
notice-tray-on = विन्डो बन्द गर्दा एप ट्रेमा रहन्छ।
notice-tray-off = विन्डो बन्द गर्दा एप बन्द हुन्छ।
notice-tray-turn-on = ट्रेमा चलिरहन दिनुहोस्
notice-tray-turn-off = ट्रेमा चलिरहन नदिनुहोस्
