# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = 이름
inquiry-contact-email = 이메일 주소
inquiry-contact-phone = 전화번호
inquiry-error-email = 이메일 주소 형식이 올바르지 않습니다(예: yumesaki@example.jp).
inquiry-error-phone = 전화번호는 숫자 10~15자리로 적어 주세요(예: 0612-34-5678).
