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
