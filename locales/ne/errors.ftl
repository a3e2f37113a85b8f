# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = नगरपालिकाको सर्भरमा जडान हुन सकेन। इन्टरनेट जडान जाँच गरेर केही बेरपछि फेरि प्रयास गर्नुहोस्।
error-bad-response = नगरपालिकाको सर्भरबाट अपेक्षा नगरिएको जवाफ आयो। केही बेरपछि फेरि प्रयास गर्नुहोस्।
error-not-found = तपाईंले खोज्नुभएको जानकारी भेटिएन।
error-internal = नगरपालिकाको सर्भरमा समस्या भयो। केही बेरपछि फेरि प्रयास गर्नुहोस्।
