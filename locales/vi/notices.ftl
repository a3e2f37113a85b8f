# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = Nuôi dạy con
notice-topic-care = Chăm sóc người cao tuổi
notice-topic-disaster = Phòng chống thiên tai
notice-topic-waste = Rác thải
notice-topic-tax = Thuế
notice-topic-health = Sức khỏe
notice-topic-events = Sự kiện
notice-category-general = Thông báo
notice-priority-normal = Thông thường
notice-priority-important = Quan trọng
notice-priority-urgent = Khẩn cấp
notice-personal-application-status = Tình trạng hồ sơ { $reference } của bạn đã thay đổi.
notice-personal-booking-reminder = Nhắc lịch: ngày mai lúc { $time } bạn có lịch hẹn tại quầy (số lịch hẹn { $reference }).
notice-error-expiry = Thời điểm kết thúc hiển thị phải sau thời điểm bắt đầu và sau hiện tại.
notice-error-key = Hãy nhập chữ thường, chữ số và dấu gạch nối (ví dụ: evacuation-yumesaki-3-chome).
notice-error-area = Hãy nhập khu vực bằng mã trong danh sách của thành phố (ví dụ: yumesaki-3-chome).
notice-error-month-range = Số tháng tuổi phải từ 0 trở lên và điểm bắt đầu không được lớn hơn điểm kết thúc.
notice-error-language = Mã ngôn ngữ không hợp lệ (ví dụ: ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = Thông báo | Madoguchi
notices-urgent-title = Thông báo khẩn cấp
notices-city-title = Thông báo từ thành phố
notices-city-empty = Hiện chưa có thông báo nào từ thành phố.
notices-published = Đăng lúc: { $when }
notices-link-procedure = Xem thông tin về thủ tục này
notices-link-booking = Đặt lịch hẹn tại quầy
notices-personal-title = Thông báo cho bạn
notices-personal-signed-out = Khi bạn đăng nhập, lời nhắc lịch hẹn tại quầy vào ngày hôm trước và thông báo khi tình trạng hồ sơ thay đổi sẽ được gửi đến đây.
notices-personal-sign-in = Đăng nhập
notices-personal-empty = Chưa có thông báo nào cho bạn.
