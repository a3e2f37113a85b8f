# Fields many application forms share (name, postal code and address, attachments). The rules are in madoguchi-domain.

## Name
name-legend = Full name
name-hint = Enter it as on your residence record or residence card. If you have no given name, leave "Given name" empty.
name-family = Family name
name-given = Given name
name-family-kana = Family name in katakana
name-given-kana = Given name in katakana
name-kana-hint = Write how your name is read, in katakana. Hiragana is changed to katakana for you.
name-error-family-missing = Enter your family name
name-error-given-missing-for-kana = Enter your given name, or delete its katakana reading
name-error-kana-missing = Enter the reading in katakana
name-error-kana-not-katakana = Write the reading in katakana
name-error-too-long = Use 50 characters or fewer

## Postal code and address
postal-code = Postal code
postal-hint = Seven digits, for example 999-0001. The address is filled in for you.
address-line1 = Address (prefecture, city, town)
address-line2 = Block number, building and room
postal-status-searching = Looking up the address for postal code { $code }
postal-status-filled = Filled in the address for postal code { $code }: { $address }. Now enter the block number
postal-status-kept = The address for postal code { $code } is { $address }. The address you entered has not been changed
postal-status-several = Postal code { $code } covers several towns. Filled in { $address }; enter the rest
postal-status-unknown = No address found for postal code { $code }. Check the number, or enter the address yourself
postal-status-failed = The address could not be looked up. Enter the address yourself
postal-error-format = Enter the postal code as seven digits, like 999-0001
postal-error-unknown = No address has this postal code. Check the number, or enter the address yourself.

## Attachments
attachment-size-kb = { $kb } KB
attachment-size-mb = { $mb } MB
attachment-progress = Upload progress
attachment-choose = Choose a file
attachment-nothing-chosen = No file chosen
attachment-status-uploading = Uploading { $name } ({ $percent }%)
attachment-status-done = Uploaded { $name } ({ $size })
attachment-status-failed = { $name } could not be uploaded. Choose the file again
attachment-error-empty = The file is empty. Choose another file
attachment-error-too-large = The file is too large. Choose a file smaller than the limit shown
attachment-error-wrong-kind = This kind of file is not accepted. Choose a file of a kind listed
attachment-error-name = The file name cannot be read. Rename the file, then choose it again
attachment-error-invalid = The file was not accepted. Choose another file
attachment-error-sign-in = To attach a file, first sign in on the “Your account” page. Files are kept only for residents who are signed in
attachment-error-quota = You have sent as many files as can be kept for one person in a day. Send the application without this file and bring the document to the counter, or try again tomorrow

## Checking an application's answers (the same rules for every application; a city may word a field's errors itself)
form-error-required = Answer this question
form-error-summary-item = { $question }: { $problem }
form-error-invalid = Check this answer
form-error-too-short = Use at least { $min } characters
form-error-too-long = Use { $max } characters or fewer
form-error-mask = Enter it in the form { $example } (# is a digit, A a letter)
form-error-katakana = Write it in katakana
form-error-number = Enter a whole number, in digits
form-error-number-too-small = Enter { $min } or more
form-error-number-too-large = Enter { $max } or less
form-error-email = Enter an email address like hanako@example.jp
form-error-phone = Enter a phone number in digits, like 0612-34-5678
form-error-address-missing = Enter the address
form-error-date = Enter a real date
form-error-date-too-early = Enter a date on or after { $date }
form-error-date-too-late = Enter a date on or before { $date }
form-error-choice = Choose one of the options
form-error-choose-at-least = Choose at least { $min }
form-error-choose-at-most = Choose no more than { $max }
form-error-too-many-files = Attach no more than { $max } files
form-error-declaration = Read the statement and tick the box to confirm it
form-error-attachment-unavailable = The attached file could not be found. Choose the file again

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = Calendar
form-date-western = Gregorian
form-era-reiwa = Reiwa
form-era-heisei = Heisei
form-era-showa = Showa
form-era-taisho = Taisho
form-date-year = Year
form-date-month = Month
form-date-day = Day
form-date-equivalent-western = In the Gregorian calendar: { $year }-{ $month }-{ $day }
form-date-equivalent-era = In the Japanese calendar: { $era } { $year ->
    [1] 1 (the first year)
   *[other] { $year }
}, { $month }/{ $day }
form-chars-left = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
form-chars-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}

## Application forms: controls and answers
form-select-choose = Choose one
form-yes = Yes
form-no = No
form-agreed = I agree
form-number-label = { $label } (in { $unit })
form-files-attached = { $count ->
    [one] { $count } file attached
   *[other] { $count } files attached
}
form-postal-mark = Postal code { $code }
form-attachment-hint = You can send a PDF, JPEG or PNG file of up to { $max }.
form-attachment-signed-out = Only residents who are signed in can attach files.
