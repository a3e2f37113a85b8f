# Fields many application forms share (name, postal code and address, attachments). The rules are in madoguchi-domain.

## Name
name-legend = 姓名
name-hint = 请按照住民票或在留卡上的内容填写。没有名的人，请将“名”留空。
name-family = 姓
name-given = 名
name-family-kana = 姓（片假名）
name-given-kana = 名（片假名）
name-kana-hint = 请用片假名填写姓名的读音。用平假名填写时，会自动转换为片假名。
name-error-family-missing = 请填写姓
name-error-given-missing-for-kana = 请填写名，或删除名的片假名读音
name-error-kana-missing = 请用片假名填写读音
name-error-kana-not-katakana = 读音请用片假名填写
name-error-too-long = 请控制在50字以内

## Postal code and address
postal-code = 邮政编码
postal-hint = 请填写7位数字（例：999-0001）。填写后，地址会自动填入住址栏。
address-line1 = 住址（都道府县、市区町村、町名）
address-line2 = 番地（门牌号）、建筑物名称、房间号
postal-status-searching = 正在查找邮政编码 { $code } 的地址
postal-status-filled = 已将邮政编码 { $code } 的地址“{ $address }”填入住址栏。请接着填写门牌号
postal-status-kept = 邮政编码 { $code } 的地址是“{ $address }”。您已填写的住址没有更改
postal-status-several = 邮政编码 { $code } 对应多个町。已填入到“{ $address }”，请填写其余部分
postal-status-unknown = 找不到邮政编码 { $code } 的地址。请确认号码，或直接填写住址
postal-status-failed = 无法查找地址。请直接填写住址
postal-error-format = 邮政编码请填写7位数字（例：999-0001）
postal-error-unknown = 找不到该邮政编码的地址。请确认号码，或直接填写住址。

## Attachments

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = 上传进度
attachment-choose = 选择文件
attachment-nothing-chosen = 未选择文件
attachment-status-uploading = 正在上传 { $name }（{ $percent }%）
attachment-status-done = 已上传 { $name }（{ $size }）
attachment-status-failed = 无法上传 { $name }。请重新选择文件
attachment-error-empty = 文件是空的。请选择其他文件
attachment-error-too-large = 文件太大。请选择小于说明中所示大小的文件
attachment-error-wrong-kind = 不接受此类型的文件。请选择说明中所列类型的文件
attachment-error-name = 无法读取文件名。请更改文件名后重新选择
attachment-error-invalid = 无法接受此文件。请选择其他文件
