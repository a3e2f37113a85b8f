# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = Không thể kết nối với máy chủ của thành phố. Vui lòng kiểm tra kết nối Internet và thử lại sau ít phút.
error-bad-response = Máy chủ của thành phố gửi về phản hồi không như mong đợi. Vui lòng thử lại sau ít phút.
error-not-found = Không tìm thấy thông tin bạn cần.
error-internal = Máy chủ của thành phố gặp sự cố. Vui lòng thử lại sau ít phút.
