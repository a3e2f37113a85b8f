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
attachment-error-sign-in = 要添加文件，请先在“我的账户”页面登录。只接收已登录居民的文件
attachment-error-quota = 已超过每人每天可发送的文件量。请不附此文件提交申请，并将材料带到窗口，或明天再试

## 申请答案的检查（所有申请通用的规则；市政府也可以为各项目另行规定提示文字）
form-error-required = 请填写或选择
form-error-summary-item = { $question }：{ $problem }
form-error-invalid = 请检查填写的内容
form-error-too-short = 请至少填写{ $min }个字
form-error-too-long = 请控制在{ $max }字以内
form-error-mask = 请按“{ $example }”的格式填写（# 表示数字，A 表示英文字母）
form-error-katakana = 请用片假名填写
form-error-number = 请用数字填写整数
form-error-number-too-small = 请填写不小于{ $min }的数
form-error-number-too-large = 请填写不大于{ $max }的数
form-error-email = 请正确填写电子邮箱（例：hanako@example.jp）
form-error-phone = 请用数字填写电话号码（例：0612-34-5678）
form-error-address-missing = 请填写住址
form-error-date = 请填写正确的日期
form-error-date-too-early = 请填写{ $date }或之后的日期
form-error-date-too-late = 请填写{ $date }或之前的日期
form-error-choice = 请从选项中选择
form-error-choose-at-least = 请至少选择{ $min }项
form-error-choose-at-most = 请最多选择{ $max }项
form-error-too-many-files = 最多只能附加{ $max }个文件
form-error-declaration = 请确认内容后勾选
form-error-attachment-unavailable = 找不到所附的文件。请重新选择文件

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = 纪年方式
form-date-western = 公历
form-era-reiwa = 令和
form-era-heisei = 平成
form-era-showa = 昭和
form-era-taisho = 大正
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-equivalent-western = 公历为{ $year }年{ $month }月{ $day }日
form-date-equivalent-era = 日本年号为{ $era }{ $year ->
    [1] 元
   *[other] { $year }
}年{ $month }月{ $day }日
form-chars-left = 还可以输入{ $count }字
form-chars-over = 超出{ $count }字

## Application forms: controls and answers
form-select-choose = 请选择
form-yes = 是
form-no = 否
form-agreed = 同意
form-number-label = { $label }（单位：{ $unit }）
form-files-attached = 已附加 { $count } 个文件
form-postal-mark = 邮政编码 { $code }
form-attachment-hint = 可以发送 PDF、JPEG 或 PNG 文件，大小不超过 { $max }。
form-attachment-signed-out = 只有已登录的居民才能添加文件。
