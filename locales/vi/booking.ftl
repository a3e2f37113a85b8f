# Đặt lịch tại quầy: lỗi khi đặt lịch, thay đổi lịch hẹn hoặc đăng ký chờ chỗ trống. Các quy tắc nằm trong mô-đun booking của madoguchi-domain.

booking-error-slot-full = Khung giờ này đã kín lịch. Vui lòng chọn giờ khác hoặc đăng ký danh sách chờ cho khung giờ này.
booking-error-unknown-service = Thủ tục này không nhận đặt lịch.
booking-error-not-a-slot = Quầy này không nhận lịch hẹn vào giờ đó. Vui lòng chọn lại giờ trong danh sách.
booking-error-closed-day = Ngày đó tòa thị chính nghỉ (cuối tuần, ngày lễ, dịp cuối năm và đầu năm mới, v.v.) nên không thể đặt lịch. Vui lòng chọn ngày khác.
booking-error-outside-window = Hiện không thể đặt khung giờ này: chưa đến thời gian nhận đặt lịch, đã hết hạn nhận, hoặc giờ đó đã qua. Vui lòng chọn lại trong danh sách.
booking-error-identity-level = Để đặt lịch thủ tục này, cần xác minh danh tính chắc chắn hơn.
booking-error-deadline-passed = Đã quá hạn thay đổi hoặc hủy nên không thể thực hiện trực tuyến. Vui lòng gọi điện cho quầy.
booking-error-not-active = Lịch hẹn này đã bị hủy hoặc đã được ghi nhận đến quầy nên không thể thay đổi.
booking-error-slot-available = Khung giờ này vẫn còn chỗ. Vui lòng đặt lịch ngay thay vì đăng ký danh sách chờ.
booking-error-no-offer = Hiện chưa có chỗ trống nào để thông báo cho bạn trong danh sách chờ này.
booking-error-offer-expired = Đã quá thời hạn nhận chỗ trống nên chỗ đó đã được chuyển cho người tiếp theo. Vui lòng đăng ký lại danh sách chờ hoặc chọn giờ khác.
