# Tài khoản: tên các thao tác của nhân viên thành phố, hiển thị khi cư dân xem bản ghi về chính mình (nhật ký kiểm tra).

audit-action-list-inquiries = Đã xem danh sách câu hỏi
audit-action-list-applications = Đã xem danh sách hồ sơ
audit-action-change-application-status = Đã thay đổi trạng thái hồ sơ
audit-action-read-attachment = Đã xem tệp đính kèm
audit-action-verify-identity = Đã xác minh danh tính của bạn tại quầy
audit-action-list-bookings = Đã xem danh sách lịch hẹn
audit-action-book-on-behalf = Đã đặt lịch hẹn thay cho bạn
audit-action-record-visit = Đã ghi nhận việc bạn đến hoặc vắng mặt
