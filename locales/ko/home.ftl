# Home page: the list of procedures.

home-title = 절차 목록
home-intro = { $city }에서 온라인, 키오스크, 창구에서 할 수 있는 절차입니다.
home-today = 오늘은 { $date }입니다.
home-procedure-count = 절차 { $count }건
channels-label = 신청할 수 있는 곳
channel-online = 온라인
channel-kiosk = 키오스크
channel-counter = 창구
channel-appointment = 창구(예약제)
