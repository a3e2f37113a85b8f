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
notices-profile-title = Notices that match you
notices-profile-none = Choose the area you live in, the ages in your household and the topics that interest you, and only the notices that concern you are shown. What you choose is kept only on this device and is not sent to the city. For now, you see the notices for everyone and all urgent notices.
notices-profile-choose = Choose which notices to show
notices-profile-active = You see the notices that match what you chose. What you chose is kept only on this device.
notices-profile-change = See or change what you chose
notices-filter-label = Filter by type
notices-filter-all = All types
notices-unread = Unread
notices-mark-read = Mark as read
notices-mark-all-read = Mark all as read

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [Urgent] { $title }
notice-os-digest-title = { $count ->
    [one] You have { $count } new notice
   *[other] You have { $count } new notices
}

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = Choose which notices to show | Madoguchi
notice-profile-page-title = Choose which notices to show
notice-profile-intro = What you choose here is kept encrypted, only on this device, and is not sent to the city. This device decides which notices to show. You do not have to choose anything.
notice-profile-back = Back to notices
notice-profile-errors-title = There is a problem
notice-profile-area = Area you live in
notice-profile-area-hint = Used to receive notices meant for a particular area (such as evacuation orders).
notice-profile-area-none = None
notice-profile-ages = Ages
notice-profile-resident-band = Your age
notice-profile-band-none = Prefer not to say
notice-band-0-5 = 0 to 5
notice-band-6-17 = 6 to 17
notice-band-18-39 = 18 to 39
notice-band-40-64 = 40 to 64
notice-band-65-74 = 65 to 74
notice-band-75 = 75 or over
notice-profile-children = Your children's dates of birth
notice-profile-children-hint = Used to choose notices that fit a child's age in months, such as health checks and vaccinations.
notice-profile-child = Child { $n }
notice-profile-child-add = Add a child
notice-profile-child-remove = Remove child { $n }
notice-profile-topics = Topics that interest you
notice-profile-topics-hint = Notices meant for people interested in the topics you choose are shown.
notice-profile-languages = Languages to read notices in
notice-profile-languages-hint = When the city has also written a notice in one of these languages, it is shown in that language.
notice-profile-quiet-hours = Quiet hours
notice-profile-quiet-hint = During these hours, notifications other than urgent ones wait until the quiet hours end. Urgent notices are always notified straight away.
notice-profile-quiet-from = From
notice-profile-quiet-until = Until
notice-profile-quiet-none = Not set
notice-profile-digest = Time of the once-a-day summary notification
notice-profile-digest-hint = Normal notices are gathered into one notification at this time. Urgent and important notices are not gathered; each is notified on its own.
notice-profile-digest-none = No summary
notice-profile-save = Save
notice-profile-done = Done
notice-profile-saved = Saved
notice-profile-cleared = What you chose has been deleted. Notices for everyone are shown.
notice-profile-change = Change
notice-profile-error-future = Enter a date of birth that is today or earlier
notice-profile-error-quiet = Choose both a start and an end, at different times

# What is kept and what it is for (the consent record).
notice-consent-title = What is kept and what it is for
notice-consent-nothing-sent = The following is kept only on this device. It is not sent to the city or to anyone else.
notice-consent-use-area = To choose notices meant for a particular area (such as evacuation orders)
notice-consent-use-ages = To choose notices meant for particular ages or ages in months (such as health checks and vaccinations)
notice-consent-use-topics = To choose notices meant for the topics that interest you
notice-consent-use-languages = To show notices in a language you read easily
notice-consent-use-quiet-hours = To hold back notifications other than urgent ones during these hours
notice-consent-use-digest = To gather the notifications of normal notices into one a day
notice-consent-given = Consent given: { $when }
notice-consent-changed = Last changed: { $when }
notice-profile-clear = Delete everything you chose
notice-profile-clear-title = Delete what you chose?
notice-profile-clear-body = What you chose, such as your area, ages and topics, and the consent record are deleted from this device. After that, notices for everyone and all urgent notices are shown.
notice-profile-clear-confirm = Delete
notice-profile-clear-cancel = Cancel

# One notice's page (#/notices/<id>).
notice-document-title = { $title } | Madoguchi
notices-open = Open this notice
notice-gone = This notice is no longer shown: its display period has ended or it was withdrawn.

# Alerts in this browser (web mode, Web Push).
notices-push-title = Alerts in this browser
notices-push-about = With alerts on, urgent notices (disasters, evacuation orders) reach you even while this page is closed. Everyone who turns alerts on gets the same ones: the area and other choices of your profile are not used.
notices-push-kept = This browser keeps only the language and the words for the alerts. The city receives only the address your browser receives alerts at.
notices-push-shared = Do not turn alerts on at a shared computer, such as a library's.
notices-push-on = Alerts are on in this browser.
notices-push-off = Alerts are off in this browser.
notices-push-blocked = This browser blocks notifications from this site. To get alerts, allow notifications in the browser's settings for this site.
notices-push-failed-browser = This browser could not turn alerts on. Please try again later. The notices are on this page whenever you open it.
notices-push-turn-on = Turn alerts on
notices-push-turn-off = Turn alerts off
notices-push-notification-body = Open Madoguchi to read the notice.
push-error-subscription = The browser's alert subscription is not valid.

notice-tray-title = Keep running in the tray
notice-tray-about = When this is on, closing the window does not end the app: it stays as an icon in the tray (the notification area), keeps receiving notices such as urgent ones and tells you about them. Choose “Open Madoguchi” in the icon's menu to bring the window back, or “Quit Madoguchi” to end the app.
notice-tray-no-tray = On a desktop without a tray, closing the window ends the app even when this is on.
notice-tray-on = Closing the window keeps the app in the tray.
notice-tray-off = Closing the window ends the app.
notice-tray-turn-on = Keep running in the tray
notice-tray-turn-off = Stop keeping it in the tray
