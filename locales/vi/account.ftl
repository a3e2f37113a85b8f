# Tài khoản: tên các thao tác của nhân viên thành phố, hiển thị khi cư dân xem bản ghi về chính mình (nhật ký kiểm tra).

audit-action-list-inquiries = Đã xem danh sách câu hỏi
audit-action-list-applications = Đã xem danh sách hồ sơ
audit-action-change-application-status = Đã thay đổi trạng thái hồ sơ
audit-action-read-attachment = Đã xem tệp đính kèm
audit-action-verify-identity = Đã xác minh danh tính của bạn tại quầy
audit-action-list-bookings = Đã xem danh sách lịch hẹn
audit-action-book-on-behalf = Đã đặt lịch hẹn thay cho bạn
audit-action-record-visit = Đã ghi nhận việc bạn đến hoặc vắng mặt

# Đăng nhập không cần mật khẩu: bằng mã 6 chữ số gửi qua email. Lần đăng nhập đầu tiên cũng tạo tài khoản.
account-document-title = Tài khoản của tôi | Madoguchi
account-sign-in-title = Đăng nhập
account-sign-in-lead = Chúng tôi sẽ gửi mã gồm 6 chữ số đến email của bạn. Bạn không cần mật khẩu. Nếu bạn dùng lần đầu, tài khoản sẽ được tạo luôn.
account-web-note = Trên trang này, bạn vẫn đăng nhập cho đến khi đóng thẻ hoặc tải lại trang. Trình duyệt này không lưu lại gì cả.
account-email = Địa chỉ email
account-email-hint = Ví dụ: hanako@example.jp
account-email-invalid = Hãy nhập địa chỉ email theo dạng hanako@example.jp.
account-send-code = Gửi mã cho tôi
account-errors-summary = Hãy kiểm tra thông tin đã nhập
account-code-title = Nhập mã
account-code-sent = Chúng tôi đã gửi mã đến { $email }. Mã có hiệu lực trong 10 phút và chỉ dùng được một lần.
account-code = Mã 6 chữ số
account-code-hint = Là dãy số trong email. Nếu chưa nhận được email, hãy kiểm tra cả thư mục thư rác.
account-code-format = Hãy nhập 6 chữ số trong email.
account-code-resent = Chúng tôi đã gửi mã mới. Mã trước không còn dùng được nữa.
account-code-resend = Gửi lại mã
account-other-address = Dùng địa chỉ email khác
account-sign-in = Đăng nhập
# Tên của trình duyệt web này trong danh sách thiết bị đang đăng nhập.
account-device-web = Trình duyệt web

# Tài khoản của người đang đăng nhập.
account-signed-in = Bạn đã đăng nhập.
account-identity = Xác minh danh tính
account-identity-verified = Đã xác minh tại quầy
account-identity-unverified = Chưa xác minh
account-identity-how = Với các thủ tục cần xác minh danh tính, hãy mang thẻ My Number đến quầy của tòa thị chính. Nhân viên sẽ kiểm tra cho bạn.
account-since = Ngày tạo tài khoản
account-devices-title = Các thiết bị đang đăng nhập
account-device-this = Thiết bị này
account-device-signed-in = Đăng nhập lúc: { $when }
account-device-used = Dùng lần cuối: { $when }
# Nút có tên thiết bị để biết đó là nút của thiết bị nào.
account-device-sign-out = Đăng xuất khỏi "{ $device }"
account-audit-title = Những lần nhân viên xem thông tin của bạn
account-audit-lead = Mỗi khi nhân viên thành phố xem hoặc thay đổi thông tin của bạn, việc đó đều được ghi lại ở đây.
account-audit-empty = Chưa có ghi nhận nào.
account-audit-caption = Thao tác của nhân viên (mới nhất ở trên)
account-audit-when = Thời gian
account-audit-what = Thao tác
account-audit-who = Vai trò của nhân viên
account-role-clerk = Nhân viên quầy
account-role-volunteer = Tình nguyện viên hỗ trợ
account-role-admin = Quản trị viên
account-sign-out-title = Đăng xuất
account-sign-out-explain-app = Khi đăng xuất, thông tin đăng nhập lưu trên thiết bị này sẽ bị xóa.
account-sign-out-explain-web = Đăng xuất khỏi trang này.
account-sign-out = Đăng xuất

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = Nếu đã thêm khóa truy cập vào tài khoản, bạn có thể đăng nhập bằng khóa đó mà không cần mã.
account-passkey-sign-in = Đăng nhập bằng khóa truy cập
account-passkey-sign-in-failed = Không thể đăng nhập bằng khóa truy cập: thao tác đã bị hủy, hoặc trình duyệt này không dùng được khóa truy cập ở đây. Hãy thử lại, hoặc đăng nhập bằng mã gửi qua email.
account-passkeys-title = Khóa truy cập
account-passkeys-lead = Với khóa truy cập, bạn đăng nhập bằng vân tay, khuôn mặt hoặc khóa màn hình thay vì mã gửi qua email.
account-passkeys-empty = Bạn chưa thêm khóa truy cập nào.
account-passkeys-unsupported = Trình duyệt này không tạo được khóa truy cập. Bạn vẫn có thể xóa các khóa đã có.
account-passkey-name = Tên của khóa truy cập mới
account-passkey-name-hint = Để phân biệt các khóa truy cập của bạn. Ví dụ: Điện thoại của tôi
account-passkey-name-invalid = Vui lòng nhập tên dài từ 1 đến 64 ký tự.
account-passkey-add = Thêm khóa truy cập
account-passkey-added = Đã thêm khóa truy cập. Lần sau bạn có thể đăng nhập bằng khóa này.
account-passkey-add-failed = Chưa thêm được khóa truy cập: thao tác đã bị hủy, hoặc trình duyệt này không tạo được khóa truy cập ở đây.
account-passkey-created = Ngày thêm: { $when }
account-passkey-used = Dùng lần cuối: { $when }
account-passkey-unused = Chưa dùng để đăng nhập
account-passkey-remove = Xóa khóa truy cập "{ $passkey }"
