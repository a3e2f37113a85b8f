# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = 姓名
inquiry-contact-email = 電子郵件地址
inquiry-contact-phone = 電話號碼
inquiry-error-email = 電子郵件地址格式不正確（例：yumesaki@example.jp）。
inquiry-error-phone = 電話號碼請填寫10至15位數字（例：0612-34-5678）。
