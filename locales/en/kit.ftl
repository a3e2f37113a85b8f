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
