# Home page: the list of procedures.

home-title = Danh sách thủ tục
home-intro = Các thủ tục của { $city } có thể làm trực tuyến, tại máy kiosk hoặc tại quầy.
home-today = Hôm nay là { $date }.
home-procedure-count = { $count } thủ tục
channels-label = Nơi có thể làm thủ tục
channel-online = Trực tuyến
channel-kiosk = Máy kiosk
channel-counter = Tại quầy
channel-appointment = Tại quầy, cần đặt lịch hẹn
