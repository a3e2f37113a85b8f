# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Không thể kết nối với máy chủ của thành phố. Vui lòng kiểm tra kết nối Internet và thử lại sau ít phút.
error-bad-response = Máy chủ của thành phố gửi về phản hồi không như mong đợi. Vui lòng thử lại sau ít phút.
error-not-found = Không tìm thấy thông tin bạn cần.
error-internal = Máy chủ của thành phố gặp sự cố. Vui lòng thử lại sau ít phút.
error-unavailable = Máy chủ của thành phố đang quá tải hoặc đang bảo trì nên hiện chưa thể tiếp nhận. Vui lòng thử lại sau vài phút.
error-request-timeout = Nội dung bạn gửi không đến kịp trong thời gian quy định. Vui lòng kiểm tra kết nối rồi gửi lại.
error-invalid-request = Không đọc được nội dung đã gửi. Vui lòng cập nhật ứng dụng lên phiên bản mới nhất rồi thử lại.
error-invalid-submission = Có một số câu trả lời cần kiểm tra lại. Vui lòng xem thông báo bên cạnh từng mục.
error-status-change-not-allowed = Không thể thay đổi hồ sơ này ở trạng thái hiện tại. Để biết thêm chi tiết, vui lòng liên hệ quầy tiếp nhận của thành phố.
error-send-expired = Không gửi được trong gần một ngày nên ứng dụng đã dừng gửi để tránh bị gửi trùng. Vui lòng kiểm tra để chắc chắn thành phố chưa nhận được, rồi gửi lại.
error-idempotency-key-missing = Đã có sự cố khi gửi. Vui lòng cập nhật ứng dụng lên phiên bản mới nhất rồi thử lại.
error-idempotency-key-invalid = Mã số gửi không đúng định dạng. Vui lòng cập nhật ứng dụng lên phiên bản mới nhất rồi thử lại.
error-idempotency-key-reused = Một nội dung khác đã được gửi với cùng mã số gửi nên không được tiếp nhận. Vui lòng nhập lại.
error-request-in-progress = Lần gửi trước vẫn đang được xử lý. Vui lòng thử lại sau một lát.
error-unauthorized = Bạn không có quyền thực hiện thao tác này.
error-keyring-unavailable = Thiết bị này không có nơi lưu khóa mã hóa dữ liệu (trình quản lý khóa, keyring) nên không thể lưu dữ liệu. Nếu muốn sử dụng mà không lưu, vui lòng dùng phiên bản web của Madoguchi trên trình duyệt. Khi bật trình quản lý khóa của máy tính (ví dụ GNOME Keyring), ứng dụng sẽ lưu được dữ liệu.
error-local-data-locked = Không tìm thấy khóa của dữ liệu đã lưu trên thiết bị này nên không thể mở dữ liệu. Nhấn "Xóa dữ liệu đã lưu trên thiết bị này" để bắt đầu sử dụng lại từ đầu (các câu hỏi đang chờ gửi sẽ bị mất).
error-local-storage = Không thể lưu dữ liệu trên thiết bị này. Vui lòng kiểm tra dung lượng trống rồi thử lại.
error-forbidden = Tài khoản của bạn không thể thực hiện thao tác này.
error-rate-limited = Bạn đã thử quá nhiều lần trong thời gian ngắn nên hệ thống tạm ngừng tiếp nhận. Vui lòng đợi một lát rồi thử lại.
error-sign-in-code-invalid = Mã xác nhận không đúng hoặc đã hết hạn (mã có hiệu lực trong 10 phút). Vui lòng yêu cầu gửi mã mới rồi thử lại.
error-identity-level-too-low = Thủ tục này cần xác minh danh tính tại quầy. Hãy mang thẻ My Number đến quầy của tòa thị chính. Sau khi xác minh xong, hãy đăng nhập bằng tài khoản đó để thực hiện trực tuyến.
error-staff-sign-in-failed = Tên người dùng, mật khẩu hoặc mã của ứng dụng xác thực không đúng.
error-passkey-challenge-invalid = Bước xác nhận khóa truy cập đã hết hạn (có hiệu lực 5 phút) hoặc đã được dùng. Vui lòng thử lại.
error-passkey-refused = Không thể dùng khóa truy cập này. Khóa chưa được đăng ký với trang này hoặc đã bị xóa.
error-mail-unavailable = Hiện không thể gửi email. Vui lòng thử lại sau ít phút.
