# The component gallery (/gallery): every example of every component, for people building screens and for tests.

gallery-title = कम्पोनेन्ट ग्यालरी
gallery-intro = मादोगुचीका स्क्रिनहरू बनाउने कम्पोनेन्टहरू र तिनका उदाहरणहरू। हरेक उदाहरण स्वचालित परीक्षण (axe, किबोर्ड प्रयोग, ३२० px मा देखावट) बाट जाँचिन्छ।
gallery-contents = कम्पोनेन्टहरूको सूची
gallery-document-title = कम्पोनेन्ट ग्यालरी | मादोगुची
