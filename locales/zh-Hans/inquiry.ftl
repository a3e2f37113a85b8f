# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = 姓名
inquiry-contact-email = 电子邮箱
inquiry-contact-phone = 电话号码
inquiry-error-department = 请选择负责的部门。
inquiry-error-subject-missing = 请填写标题。
inquiry-error-subject-too-long = 标题请控制在100字以内。
inquiry-error-message-missing = 请填写咨询内容。
inquiry-error-message-too-long = 咨询内容请控制在2000字以内。
inquiry-error-name-too-long = 姓名请控制在100字以内。
inquiry-error-email = 电子邮箱格式不正确（例：yumesaki@example.jp）。
inquiry-error-phone = 电话号码请填写10至15位数字（例：0612-34-5678）。
