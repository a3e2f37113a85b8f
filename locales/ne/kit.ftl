# Texts of the component gallery's examples (/gallery). Components hold no text; they get it from here.

kit-skip-link-title = स्किप लिङ्क
kit-skip-link-default = मुख्य सामग्रीमा जाने लिङ्क
kit-page-header-title = पृष्ठको हेडर
kit-page-header-default = सेवाको नाम र भाषा मेनु

kit-button-title = बटन
kit-button-primary = मुख्य बटन
kit-button-secondary = दोस्रो तहको बटन
kit-button-tertiary = तेस्रो तहको बटन
kit-button-disabled = प्रयोग गर्न नमिल्ने बटन
kit-button-loading = लोड हुँदै गरेको बटन
kit-button-save = सुरक्षित गर्नुहोस्
kit-button-save-draft = मस्यौदा सुरक्षित गर्नुहोस्
kit-button-cancel = रद्द गर्नुहोस्
kit-button-send = पठाउनुहोस्
kit-button-sending = पठाउँदै
kit-button-pressed = { $count } पटक थिचियो

kit-text-input-title = पाठ इनपुट
kit-text-input-email = सङ्केत र स्वतः भराइसहित
kit-text-input-width = निश्चित चौडाइसहित
kit-text-input-error = त्रुटि भएको अवस्था
kit-text-input-readings = लेबलमाथि उच्चारणसहित
kit-readings-label = नगरपालिका
kit-email-label = इमेल ठेगाना
kit-email-hint = हामी पुष्टि गर्ने इमेल पठाउनेछौँ।
kit-email-error = इमेल ठेगाना name@example.jp को ढाँचामा लेख्नुहोस्
kit-phone-label = फोन नम्बर

kit-radios-title = रेडियो बटन
kit-radios-contact = सङ्केतसहितको प्रश्न
kit-radios-inline = हो र होइन छेउछेउमा
kit-radios-error = त्रुटि भएको प्रश्न
kit-contact-legend = हामीले तपाईंलाई कसरी सम्पर्क गर्ने?
kit-contact-hint = एउटा छान्नुहोस्।
kit-contact-email = इमेल
kit-contact-phone = फोन
kit-contact-phone-hint = कार्य दिन (सोमबार–शुक्रबार) ९:००–१७:००
kit-contact-post = हुलाक
kit-contact-error = हामीले तपाईंलाई कसरी सम्पर्क गर्ने, छान्नुहोस्
kit-moved-legend = पछिल्लो एक वर्षभित्र तपाईं बसाइँ सर्नुभएको हो?
kit-yes = हो
kit-no = होइन

kit-checkboxes-title = चेकबक्स
kit-checkboxes-support = अरूसँग छान्न नमिल्ने "यीमध्ये कुनै पनि होइन" विकल्पसहित
kit-support-legend = काउन्टरमा तपाईंलाई चाहिने सहयोग
kit-support-hint = लागू हुने सबै छान्नुहोस्।
kit-support-wheelchair = ह्वीलचेयरमै पहुँच
kit-support-sign-language = साङ्केतिक भाषाको दोभाषे
kit-support-large-print = ठूलो अक्षरमा छापिएका कागजात
kit-support-none = यीमध्ये कुनै पनि होइन
kit-or = वा

kit-error-summary-title = त्रुटि सारांश
kit-error-summary-form = खाली पठाउँदा सारांश देखाउने फारम
kit-error-summary-shown = पहिल्यै देखाइएको सारांश
kit-error-summary-heading = समस्या छ
kit-name-label = पूरा नाम
kit-name-error = आफ्नो पूरा नाम लेख्नुहोस्

kit-tabs-title = ट्याब
kit-tabs-procedure = ट्याबमा प्रक्रियाको जानकारी
kit-tabs-label = प्रक्रियाबारे
kit-tab-overview = सारांश
kit-tab-overview-text = युमेसाकी सहरमा ठेगाना सार्दा दिने सूचना हो। बसाइँ सरेको १४ दिनभित्र सूचना दिनुहोस्।
kit-tab-documents = चाहिने कागजात
kit-tab-documents-text = बसाइँ सरी जाने प्रमाणपत्र र परिचय खुल्ने कागजात (जस्तै माइ नम्बर कार्ड)।
kit-tab-fees = शुल्क
kit-tab-fees-text = कुनै शुल्क लाग्दैन।

kit-accordion-title = एकोर्डियन र विस्तृत विवरण
kit-accordion-faq = बारम्बार सोधिने प्रश्नहरू
kit-accordion-details = आवश्यक परे मात्र हेर्ने व्याख्या
kit-faq-when = कहिलेसम्म सूचना दिनुपर्छ?
kit-faq-when-answer = नयाँ ठेगानामा बस्न सुरु गरेको १४ दिनभित्र।
kit-faq-proxy = मेरो सट्टामा अरू कसैले गर्न सक्छ?
kit-faq-proxy-answer = सक्छ। उहाँलाई अख्तियारनामा र आफ्नै परिचय खुल्ने कागजात चाहिन्छ।
kit-details-my-number = माइ नम्बर कार्ड भनेको के हो?
kit-details-my-number-answer = तपाईंको फोटो भएको प्लास्टिक कार्ड हो, जुन आफ्नो परिचय प्रमाणित गर्न र अनलाइन प्रक्रियाहरूमा प्रयोग हुन्छ।

kit-dialog-title = डायलग
kit-dialog-confirm = फिर्ता गर्न नसकिने कामको पुष्टि
kit-dialog-open = आवेदन फिर्ता लिनुहोस्
kit-dialog-heading = यो आवेदन फिर्ता लिने हो?
kit-dialog-text = फिर्ता लिएपछि आवेदन पुनः ल्याउन सकिँदैन।
kit-dialog-withdraw = फिर्ता लिनुहोस्
kit-dialog-keep = यथावत् राख्नुहोस्
kit-dialog-close = बन्द गर्नुहोस्
kit-dialog-withdrawn = आवेदन फिर्ता लिइयो

kit-date-input-title = मिति इनपुट
kit-date-input-birth = ग्रेगोरियन वा जापानी पात्रोमा जन्म मिति
kit-date-birth-legend = जन्म मिति
kit-date-birth-hint = उदाहरण: हेइसेइ 1, 3, 14 वा 1989, 3, 14 (वर्ष, महिना, गते)
kit-date-calendar = पात्रो
kit-date-western = ग्रेगोरियन
kit-era-reiwa = रेइवा
kit-era-heisei = हेइसेइ
kit-era-showa = शोवा
kit-era-taisho = ताइशो
kit-date-year = वर्ष
kit-date-month = महिना
kit-date-day = गते
kit-date-equivalent-western = ग्रेगोरियन पात्रोअनुसार { $year } साल { $month } महिना { $day } गते
kit-date-equivalent-era = जापानी पात्रोअनुसार { $era } { $year ->
    [1] पहिलो वर्ष
   *[other] { $year } साल
} { $month } महिना { $day } गते

kit-textarea-title = धेरै हरफको पाठ इनपुट
kit-textarea-count = अक्षर सङ्ख्या देखाउने इनपुट
kit-message-label = नगरपालिकालाई तपाईंको सन्देश
kit-message-hint = तपाईंलाई चिनाउन सकिने जानकारी नलेख्नुहोस्।
kit-chars-left = अझै { $count } अक्षर लेख्न सकिन्छ
kit-chars-over = { $count } अक्षर बढी भयो

kit-select-title = छनोट सूची
kit-select-counter = काउन्टर छनोट
kit-counter-label = जाने काउन्टर
kit-counter-hint = आफ्नो ठेगानाबाट सबैभन्दा नजिकको काउन्टर छान्न सक्नुहुन्छ।
kit-counter-city-hall = नगरपालिका मुख्य भवन
kit-counter-north = उत्तर शाखा कार्यालय
kit-counter-south = दक्षिण शाखा कार्यालय

kit-banner-title = सूचना र आपत्कालीन ब्यानर
kit-banner-information = जानकारी
kit-banner-success = सफल
kit-banner-emergency = आपत्कालीन
kit-banner-notice = महत्त्वपूर्ण
kit-banner-closure = डिसेम्बर २९ देखि जनवरी ३ सम्म काउन्टर बन्द रहन्छ
kit-banner-closure-body = बिदाको अवधिमा पनि अनलाइन प्रक्रियाहरू खुला रहन्छन्।
kit-banner-done = सम्पन्न
kit-banner-received = तपाईंको बसाइँ सरी आएको सूचना प्राप्त भयो
kit-banner-received-body = तपाईंको दर्ता नम्बर MD-2024-00123 हो।
kit-banner-urgent = आपत्कालीन
kit-banner-evacuation = युमेसाकी नदी क्षेत्रमा सुरक्षित स्थानमा सर्ने आदेश
kit-banner-evacuation-body = नदी नजिक हुनुहुन्छ भने अहिले नै अग्लो ठाउँमा जानुहोस्।

kit-tag-title = स्थिति ट्याग
kit-tag-statuses = आवेदनको स्थिति
kit-status-draft = मस्यौदा
kit-status-received = प्राप्त भयो
kit-status-needs-information = थप जानकारी चाहिन्छ
kit-status-completed = सम्पन्न
kit-status-rejected = अस्वीकृत

kit-table-title = तालिका
kit-table-fees = शीर्षकसहितको तालिका
kit-fee-caption = प्रमाणपत्रको शुल्क
kit-fee-certificate = प्रमाणपत्र
kit-fee-counter = काउन्टर
kit-fee-kiosk = किओस्क
kit-fee-residence = बसोबास अभिलेखको प्रतिलिपि
kit-fee-seal = छाप दर्ता प्रमाणपत्र
kit-fee-tax = कर प्रमाणपत्र
kit-fee-300 = ३०० येन
kit-fee-200 = २०० येन

kit-steps-title = चरण सूचक
kit-steps-application = आवेदनको बीचको अवस्था
kit-steps-label = आवेदनका चरणहरू
kit-step-position = { $total } मध्ये चरण { $current }
kit-step-applicant = आवेदक
kit-step-address = ठेगाना
kit-step-documents = कागजात
kit-step-check = जाँच
kit-step-send = पठाउने

kit-breadcrumbs-title = ब्रेडक्रम्ब
kit-breadcrumbs-procedure = प्रक्रियाको पृष्ठ कहाँ छ
kit-breadcrumbs-label = तपाईं यहाँ हुनुहुन्छ
kit-crumb-home = गृहपृष्ठ
kit-crumb-procedures = प्रक्रियाहरू
kit-crumb-moving-in = बसाइँ सरी आएको सूचना

kit-pagination-title = पृष्ठ क्रम
kit-pagination-notices = सूचनाहरूको सूचीका पृष्ठहरू
kit-pagination-label = पृष्ठहरू
kit-pagination-page = पृष्ठ { $page }
kit-pagination-previous = अघिल्लो पृष्ठ
kit-pagination-next = अर्को पृष्ठ

kit-link-title = लिङ्क
kit-link-inline = वाक्यभित्रको लिङ्क
kit-link-new-tab = नयाँ ट्याबमा खुल्ने लिङ्क
kit-link-procedures = प्रक्रियाहरूको सूची हेर्नुहोस्
kit-link-map = नगरपालिका भवनको नक्सा
kit-link-new-tab-note = (नयाँ ट्याबमा खुल्छ)

kit-name-input-title = नाम इनपुट
kit-name-input-resident = थर, नाम र काताकानामा उच्चारण
kit-postal-code-title = पोस्टल कोड र ठेगाना
kit-postal-code-lookup = पोस्टल कोडबाट भरिएको ठेगाना
kit-file-upload-title = फाइल संलग्न
kit-file-upload-document = कागजातको फोटो वा PDF संलग्न गर्ने
kit-file-upload-label = परिचय खुल्ने कागजात
kit-file-upload-hint = { $max } सम्मको PDF, JPEG वा PNG फाइल। रेसिडेन्स कार्ड वा माइ नम्बर कार्डको फोटो संलग्न गर्न सकिन्छ।
kit-name-input-errors = त्रुटि भएको नाम

kit-summary-list-title = उत्तरहरूको सूची
kit-summary-list-answers = बदल्ने लिङ्कसहितका उत्तरहरू
kit-summary-name = नाम
kit-summary-name-value = हानाको युमेसाकी
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = ठेगाना
kit-summary-postal-value = हुलाक कोड 999-0001
kit-summary-address-value = 1-2-3 चुओ, युमेसाकी सहर
kit-summary-form = आवेदनको प्रकार
kit-summary-form-value = बाल भत्ताको आवेदन
kit-summary-change = बदल्नुहोस्

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = दिन छनोट (बुकिङ)
kit-day-picker-week = भरिएको दिन र बन्द दिनहरू भएका पाँच दिन
kit-day-picker-error = नछानी अगाडि बढ्दा
kit-day-legend = तपाईं आउने दिन
kit-day-hint = भरिएका दिन र बन्द दिनहरू छान्न सकिँदैन।
kit-day-error = तपाईं आउने दिन छान्नुहोस्
kit-day-thursday = बिहीबार, जनवरी ७
kit-day-friday = शुक्रबार, जनवरी ८
kit-day-saturday = शनिबार, जनवरी ९
kit-day-sunday = आइतबार, जनवरी १०
kit-day-monday = सोमबार, जनवरी ११
kit-places-left = अझै { $count } जनाको बुकिङ गर्न सकिन्छ
kit-slot-full = भरिएको: बुकिङ गर्न सकिँदैन
kit-day-closed = बन्द: बुकिङ गर्न सकिँदैन
kit-time-picker-title = समय छनोट (बुकिङ)
kit-time-picker-morning = भरिएको समय भएको बिहान
kit-time-legend = तपाईं आउने समय
kit-time-hint = भरिएका समय छान्न सकिँदैन।
# same-as-en: a range of two times has no words
kit-time-range = { $start }–{ $end }
