# Fields many application forms share (name, postal code and address, attachments). The rules are in madoguchi-domain.

## Name
name-legend = पूरा नाम
name-hint = बसोबास अभिलेख वा रेसिडेन्स कार्ड (जाइर्यु कार्ड) मा लेखिएअनुसार लेख्नुहोस्। नाम नभएका (थर मात्र भएका) व्यक्तिले "नाम" खाली छोड्नुहोस्।
name-family = थर
name-given = नाम
name-family-kana = थर (काताकानामा)
name-given-kana = नाम (काताकानामा)
name-kana-hint = आफ्नो नाम कसरी पढिन्छ, काताकाना (जापानी अक्षर) मा लेख्नुहोस्। हिरागानामा लेख्नुभयो भने पनि काताकानामा बदलिन्छ।
name-error-family-missing = आफ्नो थर लेख्नुहोस्
name-error-given-missing-for-kana = आफ्नो नाम लेख्नुहोस्, वा नामको काताकाना मेटाउनुहोस्
name-error-kana-missing = नामको उच्चारण काताकानामा लेख्नुहोस्
name-error-kana-not-katakana = उच्चारण काताकानामै लेख्नुहोस्
name-error-too-long = ५० अक्षरभित्र लेख्नुहोस्

## Postal code and address
postal-code = पोस्टल कोड
postal-hint = सात अङ्कको नम्बर लेख्नुहोस् (उदाहरण: 999-0001)। लेखेपछि ठेगाना आफैँ भरिन्छ।
address-line1 = ठेगाना (प्रिफेक्चर, सहर/नगर, टोल)
address-line2 = घर नम्बर (बान्ची), भवनको नाम, कोठा नम्बर
postal-status-searching = पोस्टल कोड { $code } को ठेगाना खोज्दै
postal-status-filled = पोस्टल कोड { $code } को ठेगाना "{ $address }" भरियो। अब घर नम्बर लेख्नुहोस्
postal-status-kept = पोस्टल कोड { $code } को ठेगाना "{ $address }" हो। तपाईंले लेखेको ठेगाना बदलिएको छैन
postal-status-several = पोस्टल कोड { $code } मा धेरै टोलहरू पर्छन्। "{ $address }" सम्म भरियो, बाँकी लेख्नुहोस्
postal-status-unknown = पोस्टल कोड { $code } को ठेगाना भेटिएन। नम्बर जाँच गर्नुहोस्, वा ठेगाना आफैँ लेख्नुहोस्
postal-status-failed = ठेगाना खोज्न सकिएन। ठेगाना आफैँ लेख्नुहोस्
postal-error-format = पोस्टल कोड सात अङ्कमा लेख्नुहोस् (उदाहरण: 999-0001)
postal-error-unknown = यो पोस्टल कोडको ठेगाना भेटिएन। नम्बर जाँच गर्नुहोस्, वा ठेगाना आफैँ लेख्नुहोस्।

## Attachments

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = पठाउने प्रगति
attachment-choose = फाइल छान्नुहोस्
attachment-nothing-chosen = कुनै फाइल छानिएको छैन
attachment-status-uploading = { $name } पठाउँदै ({ $percent }%)
attachment-status-done = { $name } ({ $size }) पठाइयो
attachment-status-failed = { $name } पठाउन सकिएन। फेरि फाइल छान्नुहोस्
attachment-error-empty = फाइल खाली छ। अर्को फाइल छान्नुहोस्
attachment-error-too-large = फाइल धेरै ठूलो छ। निर्देशनमा देखाइएको सीमाभन्दा सानो फाइल छान्नुहोस्
attachment-error-wrong-kind = यस प्रकारको फाइल स्वीकार गरिँदैन। निर्देशनमा उल्लेख गरिएका प्रकारको फाइल छान्नुहोस्
attachment-error-name = फाइलको नाम पढ्न सकिएन। फाइलको नाम बदलेर फेरि छान्नुहोस्
attachment-error-invalid = फाइल स्वीकार गर्न सकिएन। अर्को फाइल छान्नुहोस्
attachment-error-sign-in = फाइल संलग्न गर्न, पहिले “मेरो खाता” पृष्ठमा साइन इन गर्नुहोस्। साइन इन गरेका बासिन्दाको फाइल मात्र राखिन्छ
attachment-error-quota = एक जनाले एक दिनमा पठाउन सक्ने फाइलको मात्रा पुगिसक्यो। यो फाइल बिना आवेदन पठाउनुहोस् र कागजात काउन्टरमा ल्याउनुहोस्, वा भोलि फेरि प्रयास गर्नुहोस्

## आवेदनका जवाफहरूको जाँच (सबै आवेदनमा एउटै नियम; नगरपालिकाले कुनै विवरणका लागि आफ्नै सन्देश लेख्न पनि सक्छ)
form-error-required = यो प्रश्नको जवाफ लेख्नुहोस् वा छान्नुहोस्
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = यो जवाफ जाँच गर्नुहोस्
form-error-too-short = कम्तीमा { $min } अक्षर लेख्नुहोस्
form-error-too-long = { $max } अक्षरभित्र लेख्नुहोस्
form-error-mask = { $example } ढाँचामा लेख्नुहोस् (# भनेको अङ्क, A भनेको अङ्ग्रेजी अक्षर)
form-error-katakana = काताकानामा लेख्नुहोस्
form-error-number = पूर्ण सङ्ख्या अङ्कमा लेख्नुहोस्
form-error-number-too-small = { $min } वा सोभन्दा ठूलो सङ्ख्या लेख्नुहोस्
form-error-number-too-large = { $max } वा सोभन्दा सानो सङ्ख्या लेख्नुहोस्
form-error-email = सही इमेल ठेगाना लेख्नुहोस् (उदाहरण: hanako@example.jp)
form-error-phone = फोन नम्बर अङ्कमा लेख्नुहोस् (उदाहरण: 0612-34-5678)
form-error-address-missing = ठेगाना लेख्नुहोस्
form-error-date = सही मिति लेख्नुहोस्
form-error-date-too-early = { $date } वा सोपछिको मिति लेख्नुहोस्
form-error-date-too-late = { $date } वा सोअघिको मिति लेख्नुहोस्
form-error-choice = दिइएका विकल्पहरूमध्ये छान्नुहोस्
form-error-choose-at-least = कम्तीमा { $min } वटा छान्नुहोस्
form-error-choose-at-most = बढीमा { $max } वटा छान्नुहोस्
form-error-too-many-files = बढीमा { $max } वटा फाइल मात्र संलग्न गर्न सकिन्छ
form-error-declaration = विवरण पढ्नुहोस् र पुष्टि गर्न बाकसमा चिन्ह लगाउनुहोस्
form-error-attachment-unavailable = संलग्न गरिएको फाइल भेटिएन। फेरि फाइल छान्नुहोस्

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = पात्रो
form-date-western = ग्रेगोरियन
form-era-reiwa = रेइवा
form-era-heisei = हेइसेइ
form-era-showa = शोवा
form-era-taisho = ताइशो
form-date-year = वर्ष
form-date-month = महिना
form-date-day = गते
form-date-equivalent-western = ग्रेगोरियन पात्रोअनुसार { $year } साल { $month } महिना { $day } गते
form-date-equivalent-era = जापानी पात्रोअनुसार { $era } { $year ->
    [1] पहिलो वर्ष
   *[other] { $year } साल
} { $month } महिना { $day } गते
form-chars-left = अझै { $count } अक्षर लेख्न सकिन्छ
form-chars-over = { $count } अक्षर बढी भयो

## Application forms: controls and answers
form-select-choose = एउटा छान्नुहोस्
form-yes = हो
form-no = होइन
form-agreed = म सहमत छु
form-number-label = { $label } (एकाइ: { $unit })
form-files-attached = { $count } वटा फाइल संलग्न गरियो
form-postal-mark = हुलाक कोड { $code }
form-attachment-hint = तपाईं { $max } सम्मको PDF, JPEG वा PNG फाइल पठाउन सक्नुहुन्छ।
form-attachment-signed-out = साइन इन गरेका बासिन्दाले मात्र फाइल संलग्न गर्न सक्छन्।
