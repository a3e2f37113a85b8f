# Nộp hồ sơ trực tuyến: trạng thái của hồ sơ và các lỗi liên quan đến hồ sơ. Quy tắc chuyển trạng thái nằm trong mô-đun application của madoguchi-domain.

## Trạng thái hồ sơ
application-status-submitted = Đã gửi
application-status-received = Đã tiếp nhận
application-status-in-review = Đang xét duyệt
application-status-needs-information = Cần thêm thông tin
application-status-resubmitted = Đã nộp lại
application-status-completed = Hoàn tất
application-status-rejected = Không được tiếp nhận
application-status-withdrawn = Đã rút đơn
