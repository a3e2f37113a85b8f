# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = Name
inquiry-contact-email = Email address
inquiry-contact-phone = Phone number
inquiry-error-department = Choose a department.
inquiry-error-subject-missing = Write a subject.
inquiry-error-subject-too-long = Keep the subject to 100 characters or fewer.
inquiry-error-message-missing = Write your question.
inquiry-error-message-too-long = Keep your question to 2000 characters or fewer.
inquiry-error-name-too-long = Keep your name to 100 characters or fewer.
inquiry-error-email = This does not look like an email address (for example: yumesaki@example.jp).
inquiry-error-phone = Write the phone number with 10 to 15 digits (for example: 0612-34-5678).
