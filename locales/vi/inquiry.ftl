# The contact fields a booking asks for, and the checks of their email address and phone number.

inquiry-contact-name = Họ tên
inquiry-contact-email = Địa chỉ email
inquiry-contact-phone = Số điện thoại
inquiry-error-email = Địa chỉ email không đúng định dạng (ví dụ: yumesaki@example.jp).
inquiry-error-phone = Vui lòng viết số điện thoại gồm 10 đến 15 chữ số (ví dụ: 0612-34-5678).
