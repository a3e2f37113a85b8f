# 窗口预约:预约、变更和候补时的错误。规则见 madoguchi-domain 的 booking 模块。

booking-error-slot-full = 该时段已约满。请选择其他时段,或登记该时段的候补。
booking-error-unknown-service = 该手续不接受预约。
booking-error-not-a-slot = 该窗口在这个时间不接受预约。请从列表中重新选择时间。
booking-error-closed-day = 当天市政府休息(周末、法定节假日、年末年初等),无法预约。请选择其他日期。
booking-error-outside-window = 该时段现在无法预约:预约尚未开始、已经截止,或时间已过。请从列表中重新选择。
booking-error-identity-level = 预约该手续需要更可靠的本人确认。
booking-error-deadline-passed = 已过变更或取消的期限,无法在网上办理。请致电窗口。
booking-error-not-active = 该预约已取消或已登记到访,无法变更。
booking-error-slot-available = 该时段仍有空位。请直接预约,无需登记候补。
booking-error-no-offer = 目前没有可以通知您的空位。
booking-error-offer-expired = 空位通知已过期,已转给下一位。请重新登记候补,或选择其他时段。
