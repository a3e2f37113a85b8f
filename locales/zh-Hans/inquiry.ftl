# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = 姓名
inquiry-contact-email = 电子邮箱
inquiry-contact-phone = 电话号码
inquiry-error-email = 电子邮箱格式不正确（例：yumesaki@example.jp）。
inquiry-error-phone = 电话号码请填写10至15位数字（例：0612-34-5678）。
