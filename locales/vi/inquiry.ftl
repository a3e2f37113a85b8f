# The contact fields a booking asks for, and the rules the city checks a question to it by.

inquiry-contact-name = Họ tên
inquiry-contact-email = Địa chỉ email
inquiry-contact-phone = Số điện thoại
inquiry-error-department = Vui lòng chọn phòng ban phụ trách.
inquiry-error-subject-missing = Vui lòng viết tiêu đề.
inquiry-error-subject-too-long = Vui lòng viết tiêu đề không quá 100 ký tự.
inquiry-error-message-missing = Vui lòng viết nội dung câu hỏi.
inquiry-error-message-too-long = Vui lòng viết nội dung câu hỏi không quá 2000 ký tự.
inquiry-error-name-too-long = Vui lòng viết họ tên không quá 100 ký tự.
inquiry-error-email = Địa chỉ email không đúng định dạng (ví dụ: yumesaki@example.jp).
inquiry-error-phone = Vui lòng viết số điện thoại gồm 10 đến 15 chữ số (ví dụ: 0612-34-5678).
