# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = 姓名
inquiry-contact-email = 電子郵件地址
inquiry-contact-phone = 電話號碼
inquiry-error-department = 請選擇承辦單位。
inquiry-error-subject-missing = 請填寫主旨。
inquiry-error-subject-too-long = 主旨請在100字以內。
inquiry-error-message-missing = 請填寫洽詢內容。
inquiry-error-message-too-long = 洽詢內容請在2000字以內。
inquiry-error-name-too-long = 姓名請在100字以內。
inquiry-error-email = 電子郵件地址格式不正確（例：yumesaki@example.jp）。
inquiry-error-phone = 電話號碼請填寫10至15位數字（例：0612-34-5678）。
