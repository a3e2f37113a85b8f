# Texts of the component gallery's examples (/gallery). Components hold no text; they get it from here.

kit-skip-link-title = Liên kết bỏ qua
kit-skip-link-default = Liên kết chuyển đến nội dung chính
kit-page-header-title = Đầu trang
kit-page-header-default = Tên dịch vụ và chuyển đổi ngôn ngữ

kit-button-title = Nút
kit-button-primary = Nút chính
kit-button-secondary = Nút phụ
kit-button-tertiary = Nút cấp ba
kit-button-disabled = Nút không dùng được
kit-button-loading = Nút đang xử lý
kit-button-save = Lưu
kit-button-save-draft = Lưu bản nháp
kit-button-cancel = Hủy
kit-button-send = Gửi
kit-button-sending = Đang gửi
kit-button-pressed = Đã nhấn { $count } lần

kit-text-input-title = Ô nhập văn bản
kit-text-input-email = Có gợi ý và tự động điền
kit-text-input-width = Ô nhập có độ rộng cố định
kit-text-input-error = Ô nhập có lỗi
kit-text-input-readings = Có cách đọc trên nhãn
kit-readings-label = Thành phố, quận, thị trấn hoặc làng
kit-email-label = Địa chỉ email
kit-email-hint = Chúng tôi sẽ gửi email xác nhận.
kit-email-error = Vui lòng nhập địa chỉ email theo dạng name@example.jp
kit-phone-label = Số điện thoại

kit-radios-title = Nút chọn một
kit-radios-contact = Câu hỏi có gợi ý
kit-radios-inline = "Có/Không" xếp ngang
kit-radios-error = Câu hỏi có lỗi
kit-contact-legend = Cách liên lạc
kit-contact-hint = Vui lòng chọn một.
kit-contact-email = Thư điện tử
kit-contact-phone = Điện thoại
kit-contact-phone-hint = Ngày thường 9:00–17:00
kit-contact-post = Bưu điện
kit-contact-error = Vui lòng chọn cách liên lạc
kit-moved-legend = Bạn có chuyển nhà trong vòng 1 năm qua không?
kit-yes = Có
kit-no = Không

kit-checkboxes-title = Ô đánh dấu
kit-checkboxes-support = Lựa chọn có mục "Không cần hỗ trợ nào"
kit-support-legend = Hỗ trợ cần thiết tại quầy
kit-support-hint = Vui lòng chọn tất cả các mục phù hợp.
kit-support-wheelchair = Đến bằng xe lăn
kit-support-sign-language = Phiên dịch ngôn ngữ ký hiệu
kit-support-large-print = Giấy tờ in chữ lớn
kit-support-none = Không cần hỗ trợ nào
kit-or = hoặc

kit-error-summary-title = Danh sách lỗi
kit-error-summary-form = Biểu mẫu hiển thị danh sách lỗi khi gửi mà để trống
kit-error-summary-shown = Danh sách lỗi đã hiển thị
kit-error-summary-heading = Nội dung đã nhập có vấn đề
kit-name-label = Họ và tên
kit-name-error = Vui lòng nhập họ và tên

kit-tabs-title = Thẻ
kit-tabs-procedure = Thông tin thủ tục chia theo thẻ
kit-tabs-label = Thông tin chi tiết về thủ tục
kit-tab-overview = Tổng quan
kit-tab-overview-text = Đây là thủ tục khai báo khi chuyển địa chỉ đến thành phố Yumesaki. Vui lòng khai báo trong vòng 14 ngày sau khi chuyển đến.
kit-tab-documents = Giấy tờ cần thiết
kit-tab-documents-text = Giấy chứng nhận chuyển đi, giấy tờ tùy thân (như thẻ My Number).
kit-tab-fees = Lệ phí
kit-tab-fees-text = Không mất lệ phí.

kit-accordion-title = Mục mở rộng và phần chi tiết
kit-accordion-faq = Câu hỏi thường gặp
kit-accordion-details = Giải thích bổ sung
kit-faq-when = Tôi phải khai báo trước khi nào?
kit-faq-when-answer = Trong vòng 14 ngày kể từ khi bắt đầu sống tại địa chỉ mới.
kit-faq-proxy = Người khác có thể khai báo thay tôi không?
kit-faq-proxy-answer = Có thể. Cần có giấy ủy quyền và giấy tờ tùy thân của người được ủy quyền.
kit-details-my-number = Thẻ My Number là gì?
kit-details-my-number-answer = Là thẻ nhựa có ảnh chân dung, dùng để xác minh danh tính và làm thủ tục trực tuyến.

kit-dialog-title = Hộp thoại
kit-dialog-confirm = Xác nhận thao tác không thể hoàn tác
kit-dialog-open = Rút đơn
kit-dialog-heading = Bạn có muốn rút đơn này không?
kit-dialog-text = Sau khi rút, đơn này không thể khôi phục.
kit-dialog-withdraw = Rút đơn
kit-dialog-keep = Không rút
kit-dialog-close = Đóng
kit-dialog-withdrawn = Đã rút đơn

kit-date-input-title = Nhập ngày tháng
kit-date-input-birth = Ngày sinh theo dương lịch hoặc lịch Nhật Bản
kit-date-birth-legend = Ngày sinh
kit-date-birth-hint = Ví dụ: ngày 14 tháng 3 năm Bình Thành (Heisei) thứ 1, hoặc ngày 14 tháng 3 năm 1989
kit-date-calendar = Loại lịch
kit-date-western = Dương lịch
kit-era-reiwa = Lệnh Hòa (Reiwa)
kit-era-heisei = Bình Thành (Heisei)
kit-era-showa = Chiêu Hòa (Showa)
kit-era-taisho = Đại Chính (Taisho)
kit-date-year = Năm
kit-date-month = Tháng
kit-date-day = Ngày
kit-date-equivalent-western = Theo dương lịch là ngày { $day } tháng { $month } năm { $year }
kit-date-equivalent-era = Theo lịch Nhật Bản là ngày { $day } tháng { $month } năm { $era } { $year ->
    [1] thứ nhất
   *[other] { $year }
}

kit-textarea-title = Ô nhập nhiều dòng
kit-textarea-count = Ô nhập có báo số ký tự
kit-message-label = Ý kiến gửi thành phố
kit-message-hint = Vui lòng không viết thông tin có thể nhận diện cá nhân.
kit-chars-left = Bạn còn có thể nhập { $count } ký tự
kit-chars-over = Bạn đã nhập thừa { $count } ký tự

kit-select-title = Hộp chọn
kit-select-counter = Chọn quầy
kit-counter-label = Quầy sẽ đến
kit-counter-hint = Bạn có thể chọn quầy gần địa chỉ của mình.
kit-counter-city-hall = Tòa nhà chính của Tòa thị chính
kit-counter-north = Văn phòng chi nhánh phía Bắc
kit-counter-south = Văn phòng chi nhánh phía Nam

kit-banner-title = Biểu ngữ thông báo và biểu ngữ khẩn cấp
kit-banner-information = Thông báo
kit-banner-success = Thông báo hoàn tất
kit-banner-emergency = Thông tin khẩn cấp
kit-banner-notice = Thông báo
kit-banner-closure = Các quầy nghỉ từ ngày 29 tháng 12 đến ngày 3 tháng 1
kit-banner-closure-body = Thủ tục trực tuyến vẫn được tiếp nhận trong thời gian nghỉ.
kit-banner-done = Hoàn tất
kit-banner-received = Đã tiếp nhận thông báo chuyển đến
kit-banner-received-body = Mã số tiếp nhận là MD-2024-00123.
kit-banner-urgent = Thông tin khẩn cấp
kit-banner-evacuation = Đã có lệnh sơ tán cho lưu vực sông Yumesaki
kit-banner-evacuation-body = Người đang ở gần sông, hãy sơ tán lên chỗ cao ngay lập tức.

kit-tag-title = Nhãn trạng thái
kit-tag-statuses = Trạng thái hồ sơ
kit-status-draft = Bản nháp
kit-status-received = Đã tiếp nhận
kit-status-needs-information = Cần thêm thông tin
kit-status-completed = Hoàn tất
kit-status-rejected = Bị từ chối

kit-table-title = Bảng
kit-table-fees = Bảng có tiêu đề
kit-fee-caption = Lệ phí cấp giấy chứng nhận
kit-fee-certificate = Giấy chứng nhận
kit-fee-counter = Tại quầy
kit-fee-kiosk = Máy kiosk
kit-fee-residence = Bản sao phiếu cư trú
kit-fee-seal = Giấy chứng nhận đăng ký con dấu
kit-fee-tax = Giấy chứng nhận thuế
kit-fee-300 = 300 yên
kit-fee-200 = 200 yên

kit-steps-title = Hiển thị các bước
kit-steps-application = Đang làm hồ sơ
kit-steps-label = Các bước của hồ sơ
kit-step-position = Bước { $current } / { $total }
kit-step-applicant = Người nộp đơn
kit-step-address = Địa chỉ
kit-step-documents = Giấy tờ
kit-step-check = Kiểm tra
kit-step-send = Gửi

kit-breadcrumbs-title = Đường dẫn vị trí
kit-breadcrumbs-procedure = Vị trí của trang thủ tục
kit-breadcrumbs-label = Vị trí hiện tại
kit-crumb-home = Trang chủ
kit-crumb-procedures = Danh sách thủ tục
kit-crumb-moving-in = Thông báo chuyển đến

kit-pagination-title = Phân trang
kit-pagination-notices = Phân trang danh sách thông báo
kit-pagination-label = Phân trang
kit-pagination-page = Trang { $page }
kit-pagination-previous = Trang trước
kit-pagination-next = Trang sau

kit-link-title = Liên kết
kit-link-inline = Liên kết trong câu
kit-link-new-tab = Liên kết mở trong thẻ mới
kit-link-procedures = Xem danh sách thủ tục
kit-link-map = Bản đồ Tòa thị chính
kit-link-new-tab-note = (mở trong thẻ mới)

kit-name-input-title = Nhập họ tên
kit-name-input-resident = Họ, tên và cách đọc bằng chữ katakana
kit-postal-code-title = Mã bưu chính và địa chỉ
kit-postal-code-lookup = Điền địa chỉ từ mã bưu chính
kit-file-upload-title = Đính kèm tệp
kit-file-upload-document = Đính kèm ảnh chụp hoặc tệp PDF của giấy tờ
kit-file-upload-label = Giấy tờ tùy thân
kit-file-upload-hint = Tệp PDF, JPEG hoặc PNG, tối đa { $max }. Bạn có thể đính kèm ảnh chụp thẻ lưu trú hoặc thẻ My Number.
kit-name-input-errors = Họ tên nhập có lỗi

kit-summary-list-title = Danh sách câu trả lời
kit-summary-list-answers = Câu trả lời có liên kết để sửa
kit-summary-name = Họ tên
kit-summary-name-value = Yumesaki Hanako
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = Địa chỉ
kit-summary-postal-value = Mã bưu chính 999-0001
kit-summary-address-value = 1-2-3 Chuo, thành phố Yumesaki
kit-summary-form = Loại đơn
kit-summary-form-value = Đơn xin trợ cấp nuôi con
kit-summary-change = Sửa

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = Chọn ngày (đặt lịch hẹn)
kit-day-picker-week = Năm ngày có một ngày đã kín chỗ và các ngày nghỉ
kit-day-picker-error = Khi người dân tiếp tục mà chưa chọn
kit-day-legend = Ngày bạn sẽ đến
kit-day-hint = Không thể chọn ngày đã kín chỗ và ngày nghỉ.
kit-day-error = Hãy chọn ngày bạn sẽ đến
kit-day-thursday = Th 5, 7 thg 1
kit-day-friday = Th 6, 8 thg 1
kit-day-saturday = Th 7, 9 thg 1
kit-day-sunday = CN, 10 thg 1
kit-day-monday = Th 2, 11 thg 1
kit-places-left = Còn { $count } chỗ
kit-slot-full = Đã kín chỗ: không thể đặt
kit-day-closed = Ngày nghỉ: không thể đặt
kit-time-picker-title = Chọn giờ (đặt lịch hẹn)
kit-time-picker-morning = Một buổi sáng có khung giờ đã kín chỗ
kit-time-legend = Giờ bạn sẽ đến
kit-time-hint = Không thể chọn khung giờ đã kín chỗ.
# same-as-en: a range of two times has no words
kit-time-range = { $start }–{ $end }
