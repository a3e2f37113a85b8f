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
