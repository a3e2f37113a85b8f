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

# 생활 상황: 여러 절차가 한꺼번에 필요한 때. 절차 목록을 상황별로 나누어 안내합니다.
life-events-title = 생활 상황별로 찾기
life-event-moving = 이사
life-event-moving-summary = 시로 이사 올 때, 시에서 이사 갈 때, 시내에서 주소가 바뀔 때의 절차입니다.
life-event-childbirth = 출산·육아
life-event-childbirth-summary = 아기가 태어났을 때, 아이를 키울 때의 절차입니다.
life-event-bereavement = 가족이 돌아가셨을 때
life-event-bereavement-summary = 가족이 돌아가신 후의 절차입니다.
life-event-school-entry = 입학
life-event-school-entry-summary = 자녀가 초등학교나 중학교에 입학할 때의 절차입니다.
# 생활 상황 페이지의 창 제목. $event는 상황의 이름, $city는 시의 이름.
life-event-document-title = { $event } | { $city } | 마도구치
