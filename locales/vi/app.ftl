# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

# same-as-en: the service's name is a proper noun, kept in Latin letters.
app-name = Madoguchi
document-title = Thủ tục của { $city } | Madoguchi
skip-link = Chuyển đến nội dung chính
footer-text = Madoguchi: làm thủ tục hành chính của thành phố mọi lúc, mọi nơi.

language-switch-label = Ngôn ngữ (Language)
language-name = Tiếng Việt
furigana-toggle = Furigana (cách đọc chữ Hán)
language-load-failed = Không tải được ngôn ngữ bạn đã chọn. Trang vẫn hiển thị bằng ngôn ngữ hiện tại. Hãy kiểm tra kết nối mạng rồi chọn lại.

loading = Đang tải…
retry = Tải lại
page-load-failed-title = Không thể hiển thị trang này
page-load-failed-document-title = Không thể hiển thị trang này | Madoguchi
page-load-failed = Không tải được trang này. Hãy kiểm tra kết nối mạng rồi thử lại.
fallback-notice = { $lang ->
    [en] Đang hiển thị bằng tiếng Anh vì chưa có bản dịch tiếng Việt
    [ja] Đang hiển thị bằng tiếng Nhật vì chưa có bản dịch tiếng Việt
   *[other] Đang hiển thị bằng { $language } vì chưa có bản dịch tiếng Việt
}

nav-label = Trình đơn
data-from-device = Đang hiển thị thông tin đã lưu trên thiết bị này (cập nhật { $minutes } phút trước).
display-settings-title = Cài đặt hiển thị
display-text-size = Cỡ chữ
display-text-size-100 = Bình thường (100%)
display-text-size-150 = Lớn (150%)
display-text-size-200 = Lớn nhất (200%)
display-contrast = Màu sắc
display-contrast-default = Tiêu chuẩn
display-contrast-high = Độ tương phản cao (chữ trắng trên nền đen)
display-line-spacing = Khoảng cách dòng
display-line-spacing-normal = Bình thường
display-line-spacing-wide = Rộng
display-furigana = Furigana (cách đọc chữ Hán)
display-furigana-on = Hiện
display-furigana-off = Ẩn
inquiry-title = Hỏi thành phố

applications-title = Đơn của tôi
account-title = Tài khoản của tôi
notices-title = Thông báo

app-tray-tooltip = Madoguchi: đang nhận thông báo
app-tray-open = Mở Madoguchi
app-tray-quit = Thoát Madoguchi
