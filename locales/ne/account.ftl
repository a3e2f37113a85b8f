# खाता: बासिन्दाले आफ्नो अभिलेख (अडिट लग) हेर्दा देखिने, कर्मचारीले गरेका कामका नामहरू।

audit-action-list-inquiries = सोधपुछहरूको सूची हेरियो
audit-action-list-applications = आवेदनहरूको सूची हेरियो
audit-action-change-application-status = आवेदनको स्थिति परिवर्तन गरियो
audit-action-read-attachment = संलग्न फाइल हेरियो
audit-action-verify-identity = काउन्टरमा तपाईंको पहिचान पुष्टि गरियो
audit-action-list-bookings = बुकिङहरूको सूची हेरियो
audit-action-book-on-behalf = तपाईंको तर्फबाट बुकिङ गरियो
audit-action-record-visit = तपाईं आएको वा नआएको रेकर्ड गरियो

# पासवर्डबिना साइन इन: इमेलमा आउने छ अङ्कको कोडबाट। पहिलो पटक साइन इन गर्दा खाता पनि बन्छ।
account-document-title = मेरो खाता | मादोगुची
account-sign-in-title = साइन इन
account-sign-in-lead = हामी तपाईंको इमेलमा छ अङ्कको कोड पठाउनेछौँ। पासवर्ड चाहिँदैन। पहिलो पटक प्रयोग गर्दै हुनुहुन्छ भने, यसैबाट तपाईंको खाता पनि बन्छ।
account-web-note = यो पृष्ठमा, ट्याब बन्द नगरेसम्म वा फेरि लोड नगरेसम्म तपाईं साइन इन भइरहनुहुन्छ। यो ब्राउजरमा केही पनि सुरक्षित गरिँदैन।
account-email = इमेल ठेगाना
account-email-hint = उदाहरण: hanako@example.jp
account-email-invalid = इमेल ठेगाना hanako@example.jp जस्तो ढाँचामा लेख्नुहोस्।
account-send-code = कोड पठाउनुहोस्
account-errors-summary = तपाईंले लेखेको कुरा जाँच्नुहोस्
account-code-title = कोड लेख्नुहोस्
account-code-sent = { $email } मा कोड पठाइयो। यो कोड १० मिनेटभित्र एक पटक मात्र प्रयोग गर्न सकिन्छ।
account-code = छ अङ्कको कोड
account-code-hint = इमेलमा लेखिएको नम्बर। इमेल आएन भने, स्प्याम फोल्डर पनि जाँच्नुहोस्।
account-code-format = इमेलमा लेखिएका छ अङ्क लेख्नुहोस्।
account-code-resent = नयाँ कोड पठाइयो। अघिल्लो कोड अब चल्दैन।
account-code-resend = कोड फेरि पठाउनुहोस्
account-other-address = अर्को इमेल ठेगाना प्रयोग गर्नुहोस्
account-sign-in = साइन इन गर्नुहोस्
# साइन इन भएका उपकरणहरूको सूचीमा यो ब्राउजरको नाम।
account-device-web = वेब ब्राउजर

# साइन इन भएको व्यक्तिको खाता।
account-signed-in = तपाईं साइन इन हुनुहुन्छ।
account-identity = पहिचान जाँच
account-identity-verified = काउन्टरमा जाँच भइसकेको
account-identity-unverified = अझै जाँच भएको छैन
account-identity-how = पहिचान जाँच चाहिने प्रक्रियाका लागि, आफ्नो माइ नम्बर कार्ड लिएर नगरपालिकाको काउन्टरमा आउनुहोस्। कर्मचारीले जाँच गर्नेछन्।
account-since = खाता बनाएको मिति
account-devices-title = साइन इन भएका उपकरणहरू
account-device-this = यो उपकरण
account-device-signed-in = साइन इन: { $when }
account-device-used = अन्तिम प्रयोग: { $when }
# कुन उपकरणको बटन हो भनेर थाहा होस् भनी बटनमा उपकरणको नाम राखिन्छ।
account-device-sign-out = "{ $device }" बाट साइन आउट गर्नुहोस्
account-audit-title = कर्मचारीले तपाईंको जानकारी हेरेको अभिलेख
account-audit-lead = नगरपालिकाका कर्मचारीले तपाईंको जानकारी हेर्दा वा परिवर्तन गर्दा, हरेक पटक यहाँ अभिलेख राखिन्छ।
account-audit-empty = अहिलेसम्म कुनै अभिलेख छैन।
account-audit-caption = कर्मचारीका कामहरू (नयाँ पहिले)
account-audit-when = कहिले
account-audit-what = के गरियो
account-audit-who = कर्मचारीको भूमिका
account-role-clerk = काउन्टरका कर्मचारी
account-role-volunteer = सहयोगी स्वयंसेवक
account-role-admin = प्रशासक
account-sign-out-title = साइन आउट
account-sign-out-explain-app = साइन आउट गर्दा, यो उपकरणमा राखिएको साइन इनको जानकारी मेटिन्छ।
account-sign-out-explain-web = यो पृष्ठबाट साइन आउट गर्नुहोस्।
account-sign-out = साइन आउट गर्नुहोस्

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = तपाईंले आफ्नो खातामा पासकी थप्नुभएको छ भने कोडबिना नै पासकीले साइन इन गर्न सक्नुहुन्छ।
account-passkey-sign-in = पासकीले साइन इन गर्नुहोस्
account-passkey-sign-in-failed = पासकीले साइन इन गर्न सकिएन: यो रद्द गरियो, वा यो ब्राउजरले यहाँ पासकी प्रयोग गर्न सक्दैन। फेरि प्रयास गर्नुहोस्, वा इमेलको कोडले साइन इन गर्नुहोस्।
account-passkeys-title = पासकीहरू
account-passkeys-lead = पासकी भए, इमेलको कोडको सट्टा औंठाछाप, अनुहार वा स्क्रिन लकले साइन इन गर्न सकिन्छ।
account-passkeys-empty = तपाईंले अहिलेसम्म कुनै पासकी थप्नुभएको छैन।
account-passkeys-unsupported = यो ब्राउजरले पासकी बनाउन सक्दैन। भएका पासकीहरू भने हटाउन सक्नुहुन्छ।
account-passkey-name = नयाँ पासकीको नाम
account-passkey-name-hint = आफ्ना पासकीहरू छुट्याउनका लागि। उदाहरण: मेरो फोन
account-passkey-name-invalid = १ देखि ६४ अक्षरसम्मको नाम लेख्नुहोस्।
account-passkey-add = पासकी थप्नुहोस्
account-passkey-added = पासकी थपियो। अर्को पटकदेखि यसैले साइन इन गर्न सक्नुहुन्छ।
account-passkey-add-failed = पासकी थपिएन: यो रद्द गरियो, वा यो ब्राउजरले यहाँ पासकी बनाउन सक्दैन।
account-passkey-created = थपिएको: { $when }
account-passkey-used = अन्तिम पटक प्रयोग: { $when }
account-passkey-unused = साइन इनका लागि अहिलेसम्म प्रयोग भएको छैन
account-passkey-remove = पासकी "{ $passkey }" हटाउनुहोस्
