# Home page: the list of procedures.

home-title = 手续一览
home-intro = 在{ $city }可以通过网上、自助终端或窗口办理的手续。
home-today = 今天是{ $date }。
home-procedure-count = 共{ $count }项手续
channels-label = 办理方式
channel-online = 网上办理
channel-kiosk = 自助终端
channel-counter = 窗口办理
channel-appointment = 窗口办理（需预约）

# 生活大事：需要同时办理多项手续的时刻；手续一览按这些大事分组。
life-events-title = 按生活大事查找
life-event-moving = 搬家
life-event-moving-summary = 迁入本市、迁出本市或在市内变更住址时的手续。
life-event-childbirth = 生育与育儿
life-event-childbirth-summary = 宝宝出生时以及养育孩子时的手续。
life-event-bereavement = 家人过世后
life-event-bereavement-summary = 家人过世后需要办理的手续。
life-event-school-entry = 入学
life-event-school-entry-summary = 孩子上小学或初中时的手续。
# 生活大事页面的窗口标题。$event 是生活大事的名称，$city 是市的名称。
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
