# Email do máy chủ của thành phố gửi. Nội dung này không hiển thị trên màn hình ứng dụng (không nằm trong các tệp ngôn ngữ của giao diện).
# $code là mã xác nhận 6 chữ số để đăng nhập; $minutes là thời gian hiệu lực, tính bằng phút.

mail-sign-in-subject = Mã xác nhận đăng nhập Madoguchi { $code }
mail-sign-in-body =
    Mã xác nhận đăng nhập Madoguchi của bạn là { $code }.
    Mã này có hiệu lực trong { $minutes } phút và chỉ dùng được một lần.

    Nếu bạn không yêu cầu email này, vui lòng không làm gì cả. Có thể ai đó đã nhập nhầm địa chỉ email.
    Nhân viên thành phố sẽ không bao giờ hỏi mã này qua điện thoại hay email.
