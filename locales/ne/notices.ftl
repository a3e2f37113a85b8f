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
