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
