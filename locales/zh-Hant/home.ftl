# Home page: the list of procedures.

home-title = 手續一覽
home-intro = 在{ $city }可以透過網路、自助服務機或窗口辦理的手續。
home-today = 今天是{ $date }。
home-procedure-count = 共{ $count }項手續
channels-label = 辦理方式
channel-online = 線上辦理
channel-kiosk = 自助服務機
channel-counter = 窗口辦理
channel-appointment = 窗口辦理（需預約）

# 生活大事：需要同時辦理多項手續的時刻；手續一覽依這些大事分組。
life-events-title = 依生活大事查詢
life-event-moving = 搬家
life-event-moving-summary = 遷入本市、遷出本市或在市內變更住址時的手續。
life-event-childbirth = 生育與育兒
life-event-childbirth-summary = 寶寶出生時以及養育孩子時的手續。
life-event-bereavement = 家人過世後
life-event-bereavement-summary = 家人過世後需要辦理的手續。
life-event-school-entry = 入學
life-event-school-entry-summary = 孩子上小學或國中時的手續。
# 生活大事頁面的視窗標題。$event 是生活大事的名稱，$city 是市的名稱。
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
