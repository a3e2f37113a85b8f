# Notices: names of topics, categories and priorities, notices addressed to one resident, and errors in a notice staff write. The rules are in madoguchi-domain's notice module.

notice-topic-childcare = 육아
notice-topic-care = 돌봄
notice-topic-disaster = 방재
notice-topic-waste = 쓰레기
notice-topic-tax = 세금
notice-topic-health = 건강
notice-topic-events = 행사
notice-category-general = 알림
notice-priority-normal = 보통
notice-priority-important = 중요
notice-priority-urgent = 긴급
notice-personal-application-status = 신청 { $reference }의 진행 상황이 바뀌었습니다.
notice-personal-booking-reminder = 내일 { $time }에 창구 예약이 있습니다(예약 번호: { $reference }).
notice-error-expiry = 게시 종료 일시는 게시 시작 일시와 현재 시각보다 뒤여야 합니다.
notice-error-key = 영문 소문자, 숫자, 하이픈으로 입력해 주세요(예: evacuation-yumesaki-3-chome).
notice-error-area = 지역은 시의 목록에 있는 코드로 입력해 주세요(예: yumesaki-3-chome).
notice-error-month-range = 개월 수는 0 이상이어야 하며, 시작이 끝보다 클 수 없습니다.
notice-error-language = 언어 코드가 올바르지 않습니다(예: ja, en, zh-Hans).

# The notices page: urgent notices (at the top), notices for you, and notices from the city.
notices-document-title = 알림 | 마도구치
notices-urgent-title = 긴급 알림
notices-city-title = 시에서 보낸 알림
notices-city-empty = 지금은 시에서 보낸 알림이 없습니다.
notices-published = 게시: { $when }
notices-link-procedure = 이 절차에 대해 보기
notices-link-booking = 창구 예약하기
notices-personal-title = 나에게 온 알림
notices-personal-signed-out = 로그인하면 창구 예약 전날 알림과 신청 진행 상황이 바뀌었다는 알림이 여기로 옵니다.
notices-personal-sign-in = 로그인
notices-personal-empty = 아직 나에게 온 알림이 없습니다.
