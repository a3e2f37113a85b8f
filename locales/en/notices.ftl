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

notices-document-title = Notices | Madoguchi
notices-urgent-title = Urgent notices
notices-city-title = From the city
notices-city-empty = The city has no notices at the moment.
notices-published = Published: { $when }
notices-link-procedure = About this procedure
notices-link-booking = Book a counter appointment
notices-personal-title = For you
notices-personal-signed-out = When you are signed in, reminders of your counter appointments the day before and changes to your applications arrive here.
notices-personal-sign-in = Sign in
notices-personal-empty = There are no notices for you yet.
