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
notices-profile-title = Thông báo phù hợp với bạn
notices-profile-none = Khi bạn chọn khu vực đang sống, độ tuổi của người trong gia đình và lĩnh vực quan tâm, chỉ những thông báo liên quan đến bạn mới được hiển thị. Những gì bạn chọn chỉ được lưu trên thiết bị này và không được gửi cho thành phố. Hiện đang hiển thị các thông báo dành cho mọi người và tất cả thông báo khẩn cấp.
notices-profile-choose = Chọn thông báo sẽ hiển thị
notices-profile-active = Đang hiển thị các thông báo phù hợp với những gì bạn đã chọn. Những gì bạn đã chọn chỉ được lưu trên thiết bị này.
notices-profile-change = Xem hoặc thay đổi những gì đã chọn
notices-filter-label = Lọc theo loại
notices-filter-all = Tất cả các loại
notices-unread = Chưa đọc
notices-mark-read = Đánh dấu đã đọc
notices-mark-all-read = Đánh dấu tất cả là đã đọc

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [Khẩn cấp] { $title }
notice-os-digest-title = Có { $count } thông báo mới

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = Chọn thông báo sẽ hiển thị | Madoguchi
notice-profile-page-title = Chọn thông báo sẽ hiển thị
notice-profile-intro = Những gì bạn chọn ở đây chỉ được mã hóa và lưu trên thiết bị này, không được gửi cho thành phố. Chính thiết bị này quyết định hiển thị thông báo nào. Bạn không chọn gì cũng được.
notice-profile-back = Quay lại trang thông báo
notice-profile-errors-title = Nội dung đã nhập có vấn đề
notice-profile-area = Khu vực bạn đang sống
notice-profile-area-hint = Dùng để nhận các thông báo dành cho một khu vực cụ thể (như lệnh sơ tán).
notice-profile-area-none = Không chọn
notice-profile-ages = Độ tuổi
notice-profile-resident-band = Độ tuổi của bạn
notice-profile-band-none = Không trả lời
notice-band-0-5 = 0–5 tuổi
notice-band-6-17 = 6–17 tuổi
notice-band-18-39 = 18–39 tuổi
notice-band-40-64 = 40–64 tuổi
notice-band-65-74 = 65–74 tuổi
notice-band-75 = Từ 75 tuổi trở lên
notice-profile-children = Ngày sinh của con
notice-profile-children-hint = Dùng để chọn các thông báo phù hợp với số tháng tuổi của con, như khám sức khỏe định kỳ và tiêm chủng.
notice-profile-child = Con thứ { $n }
notice-profile-child-add = Thêm con
notice-profile-child-remove = Xóa con thứ { $n }
notice-profile-topics = Lĩnh vực quan tâm
notice-profile-topics-hint = Hiển thị các thông báo dành cho người quan tâm đến lĩnh vực bạn đã chọn.
notice-profile-languages = Ngôn ngữ để đọc thông báo
notice-profile-languages-hint = Nếu thành phố cũng viết thông báo bằng ngôn ngữ đó, thông báo sẽ được hiển thị bằng ngôn ngữ đó.
notice-profile-quiet-hours = Khung giờ không nhận thông báo đẩy
notice-profile-quiet-hint = Trong khung giờ này, các thông báo đẩy không khẩn cấp sẽ được giữ lại đến khi khung giờ kết thúc. Thông báo khẩn cấp luôn được báo ngay lập tức.
notice-profile-quiet-from = Bắt đầu
notice-profile-quiet-until = Kết thúc
notice-profile-quiet-none = Không đặt
notice-profile-digest = Giờ nhận thông báo đẩy tổng hợp mỗi ngày một lần
notice-profile-digest-hint = Các thông báo thông thường sẽ được gộp thành một thông báo đẩy vào giờ này. Thông báo khẩn cấp và quan trọng không được gộp mà được báo riêng từng cái.
notice-profile-digest-none = Không gộp
notice-profile-save = Lưu
notice-profile-done = Hoàn tất
notice-profile-saved = Đã lưu
notice-profile-cleared = Đã xóa những gì bạn chọn. Các thông báo dành cho mọi người sẽ được hiển thị.
notice-profile-change = Thay đổi
notice-profile-error-future = Hãy nhập ngày sinh là hôm nay hoặc trước hôm nay
notice-profile-error-quiet = Hãy chọn cả giờ bắt đầu và giờ kết thúc, là hai giờ khác nhau

# What is kept and what it is for (the consent record).
notice-consent-title = Nội dung được lưu và mục đích sử dụng
notice-consent-nothing-sent = Các nội dung sau chỉ được lưu trên thiết bị này. Chúng không được gửi cho thành phố hay bất kỳ ai khác.
notice-consent-use-area = Để chọn các thông báo dành cho một khu vực cụ thể (như lệnh sơ tán)
notice-consent-use-ages = Để chọn các thông báo dành cho độ tuổi hoặc số tháng tuổi cụ thể (như khám sức khỏe định kỳ, tiêm chủng)
notice-consent-use-topics = Để chọn các thông báo dành cho lĩnh vực bạn quan tâm
notice-consent-use-languages = Để hiển thị thông báo bằng ngôn ngữ bạn dễ đọc
notice-consent-use-quiet-hours = Để giữ lại các thông báo đẩy không khẩn cấp trong khung giờ này
notice-consent-use-digest = Để gộp thông báo đẩy của các thông báo thông thường thành mỗi ngày một lần
notice-consent-given = Thời điểm đồng ý: { $when }
notice-consent-changed = Lần thay đổi gần nhất: { $when }
notice-profile-clear = Xóa tất cả những gì đã chọn
notice-profile-clear-title = Xóa những gì bạn đã chọn?
notice-profile-clear-body = Những gì bạn đã chọn như khu vực, độ tuổi, lĩnh vực và bản ghi sự đồng ý sẽ bị xóa khỏi thiết bị này. Sau đó, các thông báo dành cho mọi người và tất cả thông báo khẩn cấp sẽ được hiển thị.
notice-profile-clear-confirm = Xóa
notice-profile-clear-cancel = Hủy

# Trang của một thông báo (#/notices/<id>).
# same-as-en: the notice's own title and the app's name, which stays in Latin letters here
notice-document-title = { $title } | Madoguchi
notices-open = Mở thông báo này
notice-gone = Thông báo này không còn được hiển thị: thời gian đăng đã hết hoặc đã bị rút lại.

# Thông báo đẩy trên trình duyệt này (chế độ web, Web Push).
notices-push-title = Thông báo đẩy trên trình duyệt này
notices-push-about = Khi bật thông báo đẩy, bạn sẽ nhận được các thông báo khẩn cấp (thiên tai, lệnh sơ tán, v.v.) ngay cả khi đã đóng trang này. Mọi người bật thông báo đẩy đều nhận được những thông báo giống nhau: khu vực và những gì khác bạn đã chọn không được sử dụng.
notices-push-kept = Trình duyệt này chỉ lưu ngôn ngữ và câu chữ dùng cho thông báo đẩy. Thành phố chỉ nhận được địa chỉ mà trình duyệt của bạn dùng để nhận thông báo đẩy.
notices-push-shared = Vui lòng không bật thông báo đẩy trên máy tính dùng chung, chẳng hạn như ở thư viện.
notices-push-on = Thông báo đẩy trên trình duyệt này đang bật.
notices-push-off = Thông báo đẩy trên trình duyệt này đang tắt.
notices-push-blocked = Trình duyệt này đang chặn thông báo từ trang web này. Để nhận thông báo đẩy, hãy cho phép thông báo trong phần cài đặt trang web của trình duyệt.
notices-push-failed-browser = Không bật được thông báo đẩy trên trình duyệt này. Vui lòng thử lại sau. Bạn luôn có thể xem các thông báo bằng cách mở trang này.
notices-push-turn-on = Bật thông báo đẩy
notices-push-turn-off = Tắt thông báo đẩy
notices-push-notification-body = Hãy mở Madoguchi để xem thông báo.
push-error-subscription = Thông tin đăng ký thông báo đẩy của trình duyệt không hợp lệ.

notice-tray-title = Tiếp tục chạy trong khay hệ thống
notice-tray-about = Khi bật, đóng cửa sổ sẽ không tắt ứng dụng: ứng dụng vẫn ở dạng biểu tượng trong khay hệ thống (vùng thông báo), tiếp tục nhận các thông báo như thông báo khẩn cấp và báo cho bạn. Chọn “Mở Madoguchi” trong menu của biểu tượng để mở lại cửa sổ, hoặc “Thoát Madoguchi” để tắt ứng dụng.
notice-tray-no-tray = Trên màn hình không có khay hệ thống, đóng cửa sổ vẫn tắt ứng dụng dù đã bật cài đặt này.
notice-tray-on = Khi đóng cửa sổ, ứng dụng vẫn ở trong khay hệ thống.
notice-tray-off = Khi đóng cửa sổ, ứng dụng sẽ tắt.
notice-tray-turn-on = Tiếp tục chạy trong khay
notice-tray-turn-off = Không chạy trong khay nữa
