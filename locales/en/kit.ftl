# Texts of the component gallery's examples (/gallery). Components hold no text; they get it from here.

kit-skip-link-title = Skip link
kit-skip-link-default = Link to the main content
kit-page-header-title = Page header
kit-page-header-default = Service name and language menu

kit-button-title = Button
kit-button-primary = Primary button
kit-button-secondary = Secondary button
kit-button-tertiary = Tertiary button
kit-button-disabled = Unavailable button
kit-button-loading = Loading button
kit-button-save = Save
kit-button-save-draft = Save draft
kit-button-cancel = Cancel
kit-button-send = Send
kit-button-sending = Sending
kit-button-pressed = { $count ->
    [one] Pressed { $count } time
   *[other] Pressed { $count } times
}

kit-text-input-title = Text input
kit-text-input-email = With a hint and autocomplete
kit-text-input-width = With a fixed width
kit-text-input-error = In error
kit-text-input-readings = With readings over its label
kit-readings-label = Municipality
kit-email-label = Email address
kit-email-hint = We will send a confirmation email.
kit-email-error = Enter an email address in the format name@example.jp
kit-phone-label = Phone number

kit-radios-title = Radios
kit-radios-contact = A question with hints
kit-radios-inline = Yes and no side by side
kit-radios-error = A question in error
kit-contact-legend = How should we contact you?
kit-contact-hint = Select one.
kit-contact-email = Email
kit-contact-phone = Phone
kit-contact-phone-hint = Weekdays 9:00–17:00
kit-contact-post = Post
kit-contact-error = Select how we should contact you
kit-moved-legend = Have you moved in the last year?
kit-yes = Yes
kit-no = No

kit-checkboxes-title = Checkboxes
kit-checkboxes-support = With an exclusive "none of these"
kit-support-legend = Support you need at the counter
kit-support-hint = Select all that apply.
kit-support-wheelchair = Wheelchair access
kit-support-sign-language = Sign language interpreter
kit-support-large-print = Documents in large print
kit-support-none = None of these
kit-or = or

kit-error-summary-title = Error summary
kit-error-summary-form = A form that shows it when sent empty
kit-error-summary-shown = A summary already shown
kit-error-summary-heading = There is a problem
kit-name-label = Full name
kit-name-error = Enter your full name

kit-tabs-title = Tabs
kit-tabs-procedure = A procedure's information in tabs
kit-tabs-label = About the procedure
kit-tab-overview = Overview
kit-tab-overview-text = Tell us when you move your address to Yumesaki City. Do this within 14 days of moving.
kit-tab-documents = What you need
kit-tab-documents-text = The moving-out certificate and proof of identity (such as a My Number card).
kit-tab-fees = Fees
kit-tab-fees-text = There is no fee.

kit-accordion-title = Accordion and details
kit-accordion-faq = Frequently asked questions
kit-accordion-details = An optional explanation
kit-faq-when = By when must I tell you?
kit-faq-when-answer = Within 14 days of starting to live at the new address.
kit-faq-proxy = Can someone do it for me?
kit-faq-proxy-answer = Yes. They need a letter of authorisation and their own proof of identity.
kit-details-my-number = What is a My Number card?
kit-details-my-number-answer = A plastic card with your photo, used to prove who you are and for online procedures.

kit-dialog-title = Dialog
kit-dialog-confirm = Confirming something that cannot be undone
kit-dialog-open = Withdraw the application
kit-dialog-heading = Withdraw this application?
kit-dialog-text = Once withdrawn, the application cannot be restored.
kit-dialog-withdraw = Withdraw
kit-dialog-keep = Keep it
kit-dialog-close = Close
kit-dialog-withdrawn = The application was withdrawn

kit-date-input-title = Date input
kit-date-input-birth = A date of birth in the Gregorian or Japanese calendar
kit-date-birth-legend = Date of birth
kit-date-birth-hint = For example, Heisei 1, 3 14 or 1989, 3 14 (year, month, day)
kit-date-calendar = Calendar
kit-date-western = Gregorian
kit-era-reiwa = Reiwa
kit-era-heisei = Heisei
kit-era-showa = Showa
kit-era-taisho = Taisho
kit-date-year = Year
kit-date-month = Month
kit-date-day = Day
kit-date-equivalent-western = In the Gregorian calendar: { $year }-{ $month }-{ $day }
kit-date-equivalent-era = In the Japanese calendar: { $era } { $year ->
    [1] 1 (the first year)
   *[other] { $year }
}, { $month }/{ $day }

kit-textarea-title = Textarea
kit-textarea-count = With a character count
kit-message-label = Your message to the city
kit-message-hint = Do not include information that identifies you.
kit-chars-left = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
kit-chars-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}

kit-select-title = Select
kit-select-counter = Choosing a counter
kit-counter-label = Counter to visit
kit-counter-hint = You can choose the one nearest your address.
kit-counter-city-hall = City Hall main building
kit-counter-north = North branch office
kit-counter-south = South branch office

kit-banner-title = Notification and emergency banners
kit-banner-information = Information
kit-banner-success = Success
kit-banner-emergency = Emergency
kit-banner-notice = Important
kit-banner-closure = Counters are closed from 29 December to 3 January
kit-banner-closure-body = Online procedures stay open during the holidays.
kit-banner-done = Done
kit-banner-received = Your moving-in notification was received
kit-banner-received-body = Your reference number is MD-2024-00123.
kit-banner-urgent = Emergency
kit-banner-evacuation = Evacuation order for the Yumesaki River basin
kit-banner-evacuation-body = If you are near the river, move to higher ground now.

kit-tag-title = Status tag
kit-tag-statuses = Application statuses
kit-status-draft = Draft
kit-status-received = Received
kit-status-needs-information = More information needed
kit-status-completed = Completed
kit-status-rejected = Rejected

kit-table-title = Table
kit-table-fees = A table with headers
kit-fee-caption = Certificate fees
kit-fee-certificate = Certificate
kit-fee-counter = Counter
kit-fee-kiosk = Kiosk
kit-fee-residence = Copy of residence record
kit-fee-seal = Seal registration certificate
kit-fee-tax = Tax certificate
kit-fee-300 = ¥300
kit-fee-200 = ¥200

kit-steps-title = Step indicator
kit-steps-application = Partway through an application
kit-steps-label = Steps of the application
kit-step-position = Step { $current } of { $total }
kit-step-applicant = Applicant
kit-step-address = Address
kit-step-documents = Documents
kit-step-check = Check
kit-step-send = Send

kit-breadcrumbs-title = Breadcrumbs
kit-breadcrumbs-procedure = Where a procedure's page sits
kit-breadcrumbs-label = You are here
kit-crumb-home = Home
kit-crumb-procedures = Procedures
kit-crumb-moving-in = Moving-in notification

kit-pagination-title = Pagination
kit-pagination-notices = Pages of a list of notices
kit-pagination-label = Pages
kit-pagination-page = Page { $page }
kit-pagination-previous = Previous page
kit-pagination-next = Next page

kit-link-title = Link
kit-link-inline = A link in a sentence
kit-link-new-tab = A link that opens a new tab
kit-link-procedures = See the list of procedures
kit-link-map = Map of the city hall
kit-link-new-tab-note = (opens in a new tab)

kit-name-input-title = Name input
kit-name-input-resident = Family and given name with katakana readings
kit-postal-code-title = Postal code and address
kit-postal-code-lookup = Address filled in from the postal code
kit-file-upload-title = File upload
kit-file-upload-document = Attaching a photo or PDF of a document
kit-file-upload-label = Proof of identity
kit-file-upload-hint = A PDF, JPEG or PNG file up to { $max }. A photo of your residence card or My Number card is fine.
kit-name-input-errors = A name sent with mistakes

kit-summary-list-title = Summary list
kit-summary-list-answers = Answers with change links
kit-summary-name = Name
kit-summary-name-value = Hanako Yumesaki
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = Address
kit-summary-postal-value = Postal code 999-0001
kit-summary-address-value = 1-2-3 Chuo, Yumesaki City
kit-summary-form = Application
kit-summary-form-value = Child allowance application
kit-summary-change = Change

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = Day picker (booking)
kit-day-picker-week = Five days with a full day and closed days
kit-day-picker-error = When the resident went on without choosing
kit-day-legend = The day you will come
kit-day-hint = Full days and closed days cannot be chosen.
kit-day-error = Choose the day you will come
kit-day-thursday = Thu 7 Jan
kit-day-friday = Fri 8 Jan
kit-day-saturday = Sat 9 Jan
kit-day-sunday = Sun 10 Jan
kit-day-monday = Mon 11 Jan
kit-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
kit-slot-full = Full: cannot be booked
kit-day-closed = Closed: cannot be booked
kit-time-picker-title = Time picker (booking)
kit-time-picker-morning = A morning with a full time
kit-time-legend = The time you will come
kit-time-hint = Full times cannot be chosen.
kit-time-range = { $start }–{ $end }
