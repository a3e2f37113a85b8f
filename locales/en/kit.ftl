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
