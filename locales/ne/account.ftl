# खाता: बासिन्दाले आफ्नो अभिलेख (अडिट लग) हेर्दा देखिने, कर्मचारीले गरेका कामका नामहरू।

audit-action-list-inquiries = सोधपुछहरूको सूची हेरियो
audit-action-list-applications = आवेदनहरूको सूची हेरियो
audit-action-change-application-status = आवेदनको स्थिति परिवर्तन गरियो
audit-action-read-attachment = संलग्न फाइल हेरियो
audit-action-verify-identity = काउन्टरमा तपाईंको पहिचान पुष्टि गरियो
audit-action-list-bookings = बुकिङहरूको सूची हेरियो
audit-action-book-on-behalf = तपाईंको तर्फबाट बुकिङ गरियो
audit-action-record-visit = तपाईं आएको वा नआएको रेकर्ड गरियो
