# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Childcare
notice-topic-care = Care for older people
notice-topic-disaster = Disaster preparedness
notice-topic-waste = Rubbish and recycling
notice-topic-tax = Taxes
notice-topic-health = Health
notice-topic-events = Events
notice-category-general = Notice
notice-priority-normal = Normal
notice-priority-important = Important
notice-priority-urgent = Urgent
notice-personal-application-status = The status of your application { $reference } has changed.
notice-personal-booking-reminder = Reminder: you have a counter appointment tomorrow at { $time } (booking number { $reference }).
notice-error-expiry = The end of display must be after its start and after now.
notice-error-key = Use lowercase letters, digits and hyphens (for example evacuation-yumesaki-3-chome).
notice-error-area = Enter an area by its code from the city's list (for example yumesaki-3-chome).
notice-error-month-range = Ages in months must be 0 or more, and the range must not start after it ends.
notice-error-language = This language code is not valid (for example ja, en, zh-Hans).
