# Fields many application forms share (name, postal code and address, attachments). The rules are in madoguchi-domain.

## Name
name-legend = Họ và tên
name-hint = Vui lòng nhập đúng như trên phiếu cư trú hoặc thẻ lưu trú. Nếu bạn không có tên (chỉ có họ), hãy để trống ô "Tên".
name-family = Họ
name-given = Tên
name-family-kana = Họ viết bằng chữ katakana
name-given-kana = Tên viết bằng chữ katakana
name-kana-hint = Vui lòng nhập cách đọc tên của bạn bằng chữ katakana. Nếu bạn nhập bằng chữ hiragana, hệ thống sẽ tự đổi sang chữ katakana.
name-error-family-missing = Vui lòng nhập họ
name-error-given-missing-for-kana = Vui lòng nhập tên, hoặc xóa cách đọc tên bằng chữ katakana
name-error-kana-missing = Vui lòng nhập cách đọc bằng chữ katakana
name-error-kana-not-katakana = Cách đọc phải viết bằng chữ katakana
name-error-too-long = Vui lòng nhập không quá 50 ký tự

## Postal code and address
postal-code = Mã bưu chính
postal-hint = Nhập 7 chữ số, ví dụ 999-0001. Địa chỉ sẽ được điền tự động.
address-line1 = Địa chỉ (tỉnh, thành phố/quận/thị trấn, khu phố)
address-line2 = Số nhà (banchi), tên tòa nhà, số phòng
postal-status-searching = Đang tìm địa chỉ của mã bưu chính { $code }
postal-status-filled = Đã điền địa chỉ của mã bưu chính { $code }: "{ $address }". Vui lòng nhập tiếp số nhà
postal-status-kept = Địa chỉ của mã bưu chính { $code } là "{ $address }". Địa chỉ bạn đã nhập không bị thay đổi
postal-status-several = Mã bưu chính { $code } gồm nhiều khu phố. Đã điền đến "{ $address }"; vui lòng nhập phần còn lại
postal-status-unknown = Không tìm thấy địa chỉ của mã bưu chính { $code }. Vui lòng kiểm tra lại mã số, hoặc tự nhập địa chỉ
postal-status-failed = Không tìm được địa chỉ. Vui lòng tự nhập địa chỉ
postal-error-format = Vui lòng nhập mã bưu chính gồm 7 chữ số (ví dụ: 999-0001)
postal-error-unknown = Không tìm thấy địa chỉ của mã bưu chính này. Vui lòng kiểm tra lại mã số, hoặc tự nhập địa chỉ.

## Attachments

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = Tiến độ gửi tệp
attachment-choose = Chọn tệp
attachment-nothing-chosen = Chưa chọn tệp nào
attachment-status-uploading = Đang gửi { $name } ({ $percent }%)
attachment-status-done = Đã gửi { $name } ({ $size })
attachment-status-failed = Không gửi được { $name }. Vui lòng chọn lại tệp
attachment-error-empty = Tệp trống. Vui lòng chọn tệp khác
attachment-error-too-large = Tệp quá lớn. Vui lòng chọn tệp nhỏ hơn dung lượng ghi trong hướng dẫn
attachment-error-wrong-kind = Loại tệp này không được chấp nhận. Vui lòng chọn tệp thuộc loại ghi trong hướng dẫn
attachment-error-name = Không đọc được tên tệp. Vui lòng đổi tên tệp rồi chọn lại
attachment-error-invalid = Tệp không được chấp nhận. Vui lòng chọn tệp khác
attachment-error-sign-in = Để đính kèm tệp, trước tiên hãy đăng nhập ở trang “Tài khoản của tôi”. Chỉ nhận tệp của cư dân đã đăng nhập
attachment-error-quota = Bạn đã gửi quá lượng tệp một người được gửi trong một ngày. Hãy gửi đơn không kèm tệp này và mang giấy tờ đến quầy, hoặc thử lại vào ngày mai

## Kiểm tra câu trả lời trong đơn (quy tắc chung cho mọi đơn; thành phố cũng có thể tự viết thông báo lỗi cho từng mục)
form-error-required = Vui lòng nhập hoặc chọn câu trả lời
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = Vui lòng kiểm tra lại câu trả lời này
form-error-too-short = Vui lòng nhập ít nhất { $min } ký tự
form-error-too-long = Vui lòng nhập không quá { $max } ký tự
form-error-mask = Vui lòng nhập theo dạng { $example } (# là chữ số, A là chữ cái)
form-error-katakana = Vui lòng nhập bằng chữ katakana
form-error-number = Vui lòng nhập số nguyên bằng chữ số
form-error-number-too-small = Vui lòng nhập số từ { $min } trở lên
form-error-number-too-large = Vui lòng nhập số từ { $max } trở xuống
form-error-email = Vui lòng nhập đúng địa chỉ email (ví dụ: hanako@example.jp)
form-error-phone = Vui lòng nhập số điện thoại bằng chữ số (ví dụ: 0612-34-5678)
form-error-address-missing = Vui lòng nhập địa chỉ
form-error-date = Vui lòng nhập một ngày có thật
form-error-date-too-early = Vui lòng nhập ngày { $date } hoặc muộn hơn
form-error-date-too-late = Vui lòng nhập ngày { $date } hoặc sớm hơn
form-error-choice = Vui lòng chọn một trong các lựa chọn
form-error-choose-at-least = Vui lòng chọn ít nhất { $min } mục
form-error-choose-at-most = Vui lòng chọn tối đa { $max } mục
form-error-too-many-files = Chỉ được đính kèm tối đa { $max } tệp
form-error-declaration = Vui lòng đọc nội dung và đánh dấu vào ô để xác nhận
form-error-attachment-unavailable = Không tìm thấy tệp đã đính kèm. Vui lòng chọn lại tệp

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = Loại lịch
form-date-western = Dương lịch
form-era-reiwa = Lệnh Hòa (Reiwa)
form-era-heisei = Bình Thành (Heisei)
form-era-showa = Chiêu Hòa (Showa)
form-era-taisho = Đại Chính (Taisho)
form-date-year = Năm
form-date-month = Tháng
form-date-day = Ngày
form-date-equivalent-western = Theo dương lịch là ngày { $day } tháng { $month } năm { $year }
form-date-equivalent-era = Theo lịch Nhật Bản là ngày { $day } tháng { $month } năm { $era } { $year ->
    [1] thứ nhất
   *[other] { $year }
}
form-chars-left = Bạn còn có thể nhập { $count } ký tự
form-chars-over = Bạn đã nhập thừa { $count } ký tự

## Application forms: controls and answers
form-select-choose = Hãy chọn
form-yes = Có
form-no = Không
form-agreed = Tôi đồng ý
form-number-label = { $label } (đơn vị: { $unit })
form-files-attached = Đã đính kèm { $count } tệp
form-postal-mark = Mã bưu chính { $code }
form-attachment-hint = Bạn có thể gửi tệp PDF, JPEG hoặc PNG, dung lượng tối đa { $max }.
form-attachment-signed-out = Chỉ cư dân đã đăng nhập mới có thể đính kèm tệp.
