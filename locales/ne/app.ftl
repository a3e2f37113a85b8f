# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = मादोगुची
document-title = { $city }का प्रक्रियाहरू | मादोगुची
skip-link = मुख्य सामग्रीमा जानुहोस्
footer-text = मादोगुची: नगरपालिकाका प्रक्रियाहरू जुनसुकै बेला, जहाँबाट पनि।

language-switch-label = भाषा (Language)
language-name = नेपाली
furigana-toggle = फुरिगाना (कान्जीको उच्चारण)
language-load-failed = तपाईंले रोजेको भाषा लोड गर्न सकिएन। पृष्ठ हालकै भाषामा रहन्छ। इन्टरनेट जडान जाँच गरी फेरि रोज्नुहोस्।

loading = लोड हुँदैछ…
retry = फेरि प्रयास गर्नुहोस्
page-load-failed-title = यो पृष्ठ देखाउन सकिँदैन
page-load-failed-document-title = यो पृष्ठ देखाउन सकिँदैन | मादोगुची
page-load-failed = यो पृष्ठ लोड गर्न सकिएन। इन्टरनेट जडान जाँच गरी फेरि प्रयास गर्नुहोस्।
fallback-notice = { $lang ->
    [en] नेपाली अनुवाद अझै नभएकाले अङ्ग्रेजीमा देखाइएको छ
    [ja] नेपाली अनुवाद अझै नभएकाले जापानीमा देखाइएको छ
   *[other] नेपाली अनुवाद अझै नभएकाले { $language }मा देखाइएको छ
}

nav-label = मेनु
data-from-device = यो उपकरणमा सुरक्षित गरिएको जानकारी देखाइएको छ ({ $minutes } मिनेटअघि अद्यावधिक गरिएको)।
display-settings-title = देखावट सेटिङ
display-text-size = अक्षरको आकार
display-text-size-100 = सामान्य (१००%)
display-text-size-150 = ठूलो (१५०%)
display-text-size-200 = सबैभन्दा ठूलो (२००%)
display-contrast = रङ संयोजन
display-contrast-default = सामान्य
display-contrast-high = उच्च कन्ट्रास्ट (कालोमा सेतो)
display-line-spacing = हरफबीचको दूरी
display-line-spacing-normal = सामान्य
display-line-spacing-wide = फराकिलो
display-furigana = फुरिगाना (कान्जीको उच्चारण)
display-furigana-on = देखाउनुहोस्
display-furigana-off = लुकाउनुहोस्
inquiry-title = नगरपालिकालाई सोधपुछ

applications-title = मेरा आवेदनहरू
account-title = मेरो खाता
notices-title = सूचनाहरू

app-tray-tooltip = मादोगुची: सूचनाहरू प्राप्त गर्दै
app-tray-open = मादोगुची खोल्नुहोस्
app-tray-quit = मादोगुची बन्द गर्नुहोस्
