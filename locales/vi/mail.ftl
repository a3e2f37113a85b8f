# Email do máy chủ của thành phố gửi. Nội dung này không hiển thị trên màn hình ứng dụng (không nằm trong các tệp ngôn ngữ của giao diện).
# $code là mã xác nhận 6 chữ số để đăng nhập; $minutes là thời gian hiệu lực, tính bằng phút.

mail-sign-in-subject = Mã xác nhận đăng nhập Madoguchi { $code }
mail-sign-in-body =
    Mã xác nhận đăng nhập Madoguchi của bạn là { $code }.
    Mã này có hiệu lực trong { $minutes } phút và chỉ dùng được một lần.

    Nếu bạn không yêu cầu email này, vui lòng không làm gì cả. Có thể ai đó đã nhập nhầm địa chỉ email.
    Nhân viên thành phố sẽ không bao giờ hỏi mã này qua điện thoại hay email.

# Gửi vào ngày trước lịch hẹn (từ 9:00), chỉ cho lịch hẹn không gắn với tài khoản và có email liên hệ.
# $service là việc cần làm, $counter là quầy, $place là vị trí (tầng; để trống nếu không có), $month và $day là ngày ở Nhật,
# $time là giờ bắt đầu theo giờ Nhật (9:30), $reference là mã đặt hẹn, $phone là số điện thoại của quầy.
mail-booking-reminder-subject = Madoguchi: lịch hẹn ngày mai của bạn ({ $service })
mail-booking-reminder-body =
    Ngày mai bạn có lịch hẹn tại quầy của tòa thị chính.

    Việc: { $service }
    Thời gian: ngày { $day }/{ $month }, từ { $time } (giờ Nhật Bản)
    Địa điểm: { $counter } { $place }
    Mã đặt hẹn: { $reference } (vui lòng báo mã này tại quầy)

    Nếu không thể đến, vui lòng hủy hoặc đổi lịch hẹn. Nếu đã quá hạn đổi trực tuyến, vui lòng gọi { $phone }.
    Email này được gửi tự động; vui lòng không trả lời.
