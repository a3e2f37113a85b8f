# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = 이름
inquiry-contact-email = 이메일 주소
inquiry-contact-phone = 전화번호
inquiry-error-department = 담당 부서를 선택해 주세요.
inquiry-error-subject-missing = 제목을 적어 주세요.
inquiry-error-subject-too-long = 제목은 100자 이내로 적어 주세요.
inquiry-error-message-missing = 문의 내용을 적어 주세요.
inquiry-error-message-too-long = 문의 내용은 2000자 이내로 적어 주세요.
inquiry-error-name-too-long = 이름은 100자 이내로 적어 주세요.
inquiry-error-email = 이메일 주소 형식이 올바르지 않습니다(예: yumesaki@example.jp).
inquiry-error-phone = 전화번호는 숫자 10~15자리로 적어 주세요(예: 0612-34-5678).
