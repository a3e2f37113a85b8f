# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = मादोगुची
document-title = { $city }का प्रक्रियाहरू | मादोगुची
skip-link = मुख्य सामग्रीमा जानुहोस्
footer-text = मादोगुची: नगरपालिकाका प्रक्रियाहरू जुनसुकै बेला, जहाँबाट पनि।

language-switch-label = भाषा (Language)
language-name = नेपाली
furigana-toggle = फुरिगाना (कान्जीको उच्चारण)

loading = लोड हुँदैछ…
retry = फेरि प्रयास गर्नुहोस्
fallback-notice = { $lang ->
    [en] नेपाली अनुवाद अझै नभएकाले अङ्ग्रेजीमा देखाइएको छ
    [ja] नेपाली अनुवाद अझै नभएकाले जापानीमा देखाइएको छ
   *[other] नेपाली अनुवाद अझै नभएकाले { $language }मा देखाइएको छ
}
