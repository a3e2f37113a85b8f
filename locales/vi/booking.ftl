# Đặt lịch tại quầy: lỗi khi đặt lịch, thay đổi lịch hẹn hoặc đăng ký chờ chỗ trống. Các quy tắc nằm trong mô-đun booking của madoguchi-domain.

booking-error-slot-full = Khung giờ này đã kín lịch. Vui lòng chọn giờ khác hoặc đăng ký danh sách chờ cho khung giờ này.
booking-error-unknown-service = Thủ tục này không nhận đặt lịch.
booking-error-not-a-slot = Quầy này không nhận lịch hẹn vào giờ đó. Vui lòng chọn lại giờ trong danh sách.
booking-error-closed-day = Ngày đó tòa thị chính nghỉ (cuối tuần, ngày lễ, dịp cuối năm và đầu năm mới, v.v.) nên không thể đặt lịch. Vui lòng chọn ngày khác.
booking-error-outside-window = Hiện không thể đặt khung giờ này: chưa đến thời gian nhận đặt lịch, đã hết hạn nhận, hoặc giờ đó đã qua. Vui lòng chọn lại trong danh sách.
booking-error-deadline-passed = Đã quá hạn thay đổi hoặc hủy nên không thể thực hiện trực tuyến. Vui lòng gọi điện cho quầy.
booking-error-not-active = Lịch hẹn này đã bị hủy hoặc đã được ghi nhận đến quầy nên không thể thay đổi.
booking-error-slot-available = Khung giờ này vẫn còn chỗ. Vui lòng đặt lịch ngay thay vì đăng ký danh sách chờ.
booking-error-no-offer = Hiện chưa có chỗ trống nào để thông báo cho bạn trong danh sách chờ này.
booking-error-offer-expired = Đã quá thời hạn nhận chỗ trống nên chỗ đó đã được chuyển cho người tiếp theo. Vui lòng đăng ký lại danh sách chờ hoặc chọn giờ khác.

## Chọn thủ tục muốn đặt lịch (#/booking). Tiêu đề cũng là liên kết điều hướng.
booking-document-title = Đặt lịch hẹn tại quầy | Madoguchi
booking-title = Đặt lịch hẹn tại quầy
booking-intro = Bạn có thể đặt trước ngày và giờ đến quầy của tòa thị chính. Hãy đến quầy đó vào giờ đã đặt.
booking-services-none = Hiện không có thủ tục nào nhận đặt lịch.
booking-duration = Thời gian cần thiết
booking-duration-minutes = Khoảng { $minutes } phút
booking-identity = Xác minh danh tính
booking-identity-contact = Chỉ cần họ tên và cách liên lạc là đặt được
booking-identity-account = Cần tài khoản đã được xác minh danh tính
booking-identity-my-number-card = Cần xác minh danh tính bằng thẻ My Number
booking-bring = Đồ cần mang theo
booking-bring-nothing = Không có gì đặc biệt
booking-counter = Quầy
# same-as-en: a counter and its place, no words of their own
booking-counter-place = { $counter } ({ $place })
booking-window = Thời gian nhận đặt lịch
booking-window-text = Từ { $days } ngày trước đến { $hours } giờ trước
booking-start = Đặt lịch: { $service }
booking-phone-label = Số điện thoại của quầy:

## Chọn ngày, giờ, thông tin liên lạc và kiểm tra
booking-flow-document-title = { $page } | Đặt lịch hẹn tại quầy | Madoguchi
booking-steps-label = Các bước đặt lịch
booking-step-day = Ngày
booking-step-time = Giờ
booking-step-details = Liên lạc
booking-step-check = Kiểm tra
booking-moving-from = Lịch hẹn hiện tại: { $when }. Khi bạn chọn ngày và giờ mới, lịch hẹn này sẽ được thay thế.
booking-day-title = Hãy chọn ngày bạn sẽ đến
booking-day-legend = Ngày bạn sẽ đến
booking-day-hint = Không thể chọn ngày đã kín chỗ và ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, dịp cuối năm và đầu năm mới…).
booking-day-error = Hãy chọn ngày bạn sẽ đến
booking-days-none = Hiện không có ngày nào đặt được. Vui lòng gọi điện cho quầy.
booking-places-left = Còn { $count } chỗ
booking-full = Đã kín chỗ: không thể đặt
booking-closed = Ngày nghỉ: không thể đặt
booking-time-title = Hãy chọn giờ bạn sẽ đến
booking-chosen-day = Ngày đã chọn: { $date }
booking-time-legend = Giờ bạn sẽ đến
booking-time-hint = Không thể chọn khung giờ đã kín chỗ.
booking-time-error = Hãy chọn giờ bạn sẽ đến
# same-as-en: a range of two times has no words
booking-time-range = { $start }–{ $end }
booking-details-title = Hãy nhập họ tên và cách liên lạc
booking-details-hint = Không bắt buộc phải ghi số điện thoại và địa chỉ email. Nếu ghi, thành phố chỉ dùng để liên lạc với bạn về lịch hẹn này.
booking-name-hint = Tên mà quầy sẽ dùng để gọi bạn.
booking-check-title = Hãy kiểm tra nội dung lịch hẹn
booking-book-app = Khi đặt, lịch hẹn được gửi từ thiết bị này đến thành phố. Nếu không có kết nối internet, lịch hẹn sẽ được gửi khi có kết nối. Sau khi gửi, bạn sẽ được báo là đã đặt được hay chưa.
booking-book-web = Khi đặt, lịch hẹn được gửi ngay đến thành phố.
booking-book = Đặt lịch
booking-move = Đổi sang ngày giờ này
booking-choose-again = Chọn giờ khác

## Kết quả đặt lịch
booking-done-page = Kết quả đặt lịch
booking-done-nothing = Không có lịch hẹn nào được đặt từ trang này
booking-done-title = Đã đặt lịch
booking-moved-title = Đã đổi ngày giờ của lịch hẹn
booking-done-banner = Bạn đã có chỗ
booking-reference = Số lịch hẹn: { $reference }
booking-reference-hint = Hãy cho quầy biết số lịch hẹn này.
booking-reference-label = Số lịch hẹn
booking-when = Ngày giờ
booking-deadline = Hạn đổi và hủy
booking-deadline-text = Bạn có thể đổi hoặc hủy trong "Lịch hẹn của tôi" đến { $time } ngày { $date }
booking-kept-web = Trên bản web, lịch hẹn này chỉ hiển thị khi trang này còn mở. Hãy ghi lại số lịch hẹn hoặc in bản lưu.
booking-queued-title = Lịch hẹn đang chờ gửi
booking-queued-banner = Đang chờ gửi
booking-queued-text = Bạn chưa có chỗ. Lịch hẹn sẽ được gửi tự động khi có kết nối internet.
booking-queued-move = Ngày giờ chưa thay đổi. Yêu cầu đổi sẽ được gửi tự động khi có kết nối internet.
booking-queued-hint = Khi thành phố nhận được, bạn sẽ được báo ở đây và trong "Lịch hẹn của tôi" là đã có chỗ hay chưa.
booking-refused-title = Không đặt được lịch
booking-refused-text = Lịch hẹn này chưa được đặt. Hãy chọn giờ khác và đặt lại.
booking-move-refused-title = Không đổi được ngày giờ
booking-move-refused-text = Lịch hẹn vẫn giữ ngày giờ cũ.
bookings-change-refused = Không đổi hoặc hủy được. Lịch hẹn vẫn như cũ.

## Lịch hẹn của tôi (#/bookings)
bookings-document-title = Lịch hẹn của tôi | Madoguchi
bookings-title = Lịch hẹn của tôi
bookings-intro-app = Các lịch hẹn đã đặt trên thiết bị này.
bookings-intro-web = Các lịch hẹn đã đặt trên trang này. Bản web không lưu gì trên thiết bị, nên khi đóng trang, danh sách sẽ mất. Hãy ghi lại số lịch hẹn.
bookings-new = Đặt lịch mới
bookings-none = Bạn không có lịch hẹn nào.
bookings-state-queued = Đang chờ gửi
bookings-state-refused = Không đặt được
bookings-state-confirmed = Đã đặt
bookings-state-cancelled = Đã hủy
bookings-state-checked-in = Đã đến
bookings-state-no-show = Không đến
bookings-move = Đổi ngày giờ: { $service }
bookings-cancel = Hủy lịch hẹn: { $service }
bookings-cancel-title = Hủy lịch hẹn này?
bookings-cancel-text = Nếu hủy, chỗ này sẽ được chuyển cho người khác.
bookings-cancel-yes = Hủy lịch hẹn
bookings-cancel-no = Giữ lịch hẹn
bookings-cancelled = Đã hủy lịch hẹn.
bookings-cancel-queued = Yêu cầu hủy đang chờ gửi. Sẽ được gửi tự động khi có kết nối internet.
bookings-move-queued = Yêu cầu đổi ngày giờ đang chờ gửi. Sẽ được gửi tự động khi có kết nối internet.
bookings-past-deadline = Đã quá hạn đổi và hủy ({ $time } ngày { $date }), nên không thể đổi ở đây. Vui lòng gọi điện cho quầy.

## Danh sách chờ
booking-waitlist-title = Danh sách chờ
booking-waitlist-held = Nếu có chỗ trống, chỗ đó sẽ được giữ cho bạn trong một thời gian có hạn.
booking-waitlist-join-time = Đăng ký danh sách chờ lúc { $time }
booking-waitlist-for = Đăng ký danh sách chờ cho: { $when }
booking-waitlist-join = Đăng ký danh sách chờ
booking-waitlist-join-this = Đăng ký danh sách chờ cho giờ này
booking-waitlist-done-title = Bạn đã có tên trong danh sách chờ
booking-waitlist-reference = Số danh sách chờ: { $reference }
booking-waitlist-where = Nếu có chỗ trống, chỗ đó sẽ hiện trong "Lịch hẹn của tôi", nơi bạn có thể nhận chỗ.
booking-waitlist-kept-web = Trên bản web, chỗ trong danh sách chờ này chỉ hiển thị khi trang này còn mở. Hãy ghi lại số.
booking-waitlist-queued-title = Yêu cầu đăng ký danh sách chờ đang chờ gửi
booking-waitlist-queued-text = Bạn chưa có tên trong danh sách chờ. Yêu cầu sẽ được gửi tự động khi có kết nối internet.
booking-waitlist-refused-title = Không thể đăng ký danh sách chờ
bookings-waitlist-state-refused = Không đăng ký được
bookings-waitlist-state-waiting = Đang chờ
bookings-waitlist-state-offered = Có chỗ trống
bookings-waitlist-state-expired = Đã chuyển cho người sau
bookings-waitlist-offered = Đã có chỗ trống. Chỗ được giữ cho bạn đến { $time } ngày { $date }.
bookings-waitlist-accept = Nhận chỗ này: { $service }
bookings-waitlist-accept-queued = Yêu cầu nhận chỗ này đang chờ gửi. Yêu cầu sẽ được gửi tự động khi có kết nối internet.
bookings-waitlist-accepted = Chỗ này là của bạn: đã có trong danh sách lịch hẹn của bạn.
bookings-waitlist-booked = Bạn đã nhận chỗ này; lịch hẹn có ở danh sách phía trên.
bookings-waitlist-expired = Chỗ không được nhận kịp thời hạn nên đã chuyển cho người tiếp theo trong danh sách.
