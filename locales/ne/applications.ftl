# अनलाइन आवेदन: आवेदनको स्थिति र आवेदनसँग सम्बन्धित त्रुटिहरू। स्थिति परिवर्तन हुने नियमहरू madoguchi-domain को application मोड्युलमा छन्।

## आवेदनको स्थिति
application-status-submitted = पठाइयो
application-status-received = प्राप्त भयो
application-status-in-review = जाँच हुँदैछ
application-status-needs-information = थप जानकारी चाहिन्छ
application-status-resubmitted = फेरि पठाइयो
application-status-completed = सम्पन्न
application-status-rejected = स्वीकार गरिएन
application-status-withdrawn = फिर्ता लिइयो
