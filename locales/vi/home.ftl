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

# Sự kiện trong cuộc sống: những lúc cần làm nhiều thủ tục cùng một lúc; danh sách thủ tục được chia theo các sự kiện này.
life-events-title = Tìm theo sự kiện trong cuộc sống
life-event-moving = Chuyển nhà
life-event-moving-summary = Thủ tục khi bạn chuyển đến thành phố, chuyển đi khỏi thành phố hoặc thay đổi địa chỉ trong thành phố.
life-event-childbirth = Sinh con và nuôi dạy con
life-event-childbirth-summary = Thủ tục khi em bé chào đời và trong thời gian bạn nuôi dạy con.
life-event-bereavement = Khi người thân qua đời
life-event-bereavement-summary = Thủ tục sau khi người thân trong gia đình qua đời.
life-event-school-entry = Nhập học
life-event-school-entry-summary = Thủ tục khi con vào trường tiểu học hoặc trung học cơ sở.
# Tiêu đề cửa sổ của trang một sự kiện trong cuộc sống. $event là tên sự kiện, $city là tên thành phố.
# same-as-en: only the life event's and the city's names and the app's name, which stays in Latin letters here
life-event-document-title = { $event } | { $city } | Madoguchi
