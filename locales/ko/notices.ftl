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
notices-profile-title = 나에게 맞춘 알림
notices-profile-none = 사는 지역, 가족의 나이, 관심 있는 분야를 선택하면 나와 관련된 알림만 표시합니다. 선택한 내용은 이 기기에만 저장하며 시에는 보내지 않습니다. 지금은 모두를 위한 알림과 모든 긴급 알림을 표시하고 있습니다.
notices-profile-choose = 표시할 알림 선택하기
notices-profile-active = 선택한 내용에 맞는 알림을 표시하고 있습니다. 선택한 내용은 이 기기에만 저장되어 있습니다.
notices-profile-change = 선택한 내용 보기·변경하기
notices-filter-label = 종류별로 보기
notices-filter-all = 모든 종류
notices-unread = 읽지 않음
notices-mark-read = 읽음으로 표시
notices-mark-all-read = 모두 읽음으로 표시

# Notifications on the device (app). An urgent notice says "urgent" in its title (not only by colour or sound).
notice-os-urgent-title = [긴급] { $title }
notice-os-digest-title = 새 알림이 { $count }건 있습니다

# The page for choosing which notices to show (#/notices/profile). What is chosen is kept only on the device and is not sent to the city.
notice-profile-document-title = 표시할 알림 선택 | 마도구치
notice-profile-page-title = 표시할 알림 선택
notice-profile-intro = 여기에서 선택한 내용은 이 기기에만 암호화하여 저장하며 시에는 보내지 않습니다. 어떤 알림을 표시할지는 이 기기가 정합니다. 아무것도 선택하지 않아도 됩니다.
notice-profile-back = 알림으로 돌아가기
notice-profile-errors-title = 입력하신 내용에 문제가 있습니다
notice-profile-area = 사는 지역
notice-profile-area-hint = 지역을 지정한 알림(대피 지시 등)을 받는 데 사용합니다.
notice-profile-area-none = 선택 안 함
notice-profile-ages = 나이
notice-profile-resident-band = 나의 나이
notice-profile-band-none = 답하지 않음
notice-band-0-5 = 0~5세
notice-band-6-17 = 6~17세
notice-band-18-39 = 18~39세
notice-band-40-64 = 40~64세
notice-band-65-74 = 65~74세
notice-band-75 = 75세 이상
notice-profile-children = 자녀의 생년월일
notice-profile-children-hint = 건강검진이나 예방접종 등 개월 수에 맞춘 알림을 고르는 데 사용합니다.
notice-profile-child = { $n }번째 자녀
notice-profile-child-add = 자녀 추가
notice-profile-child-remove = { $n }번째 자녀 삭제
notice-profile-topics = 관심 있는 분야
notice-profile-topics-hint = 선택한 분야에 관심 있는 사람을 위한 알림을 표시합니다.
notice-profile-languages = 알림을 읽을 언어
notice-profile-languages-hint = 시가 그 언어로도 작성한 알림은 그 언어로 표시합니다.
notice-profile-quiet-hours = 푸시 알림을 받지 않는 시간대
notice-profile-quiet-hint = 이 시간대에는 긴급 알림이 아닌 푸시 알림을 시간대가 끝날 때까지 미룹니다. 긴급 알림은 언제든지 바로 푸시 알림으로 알려 드립니다.
notice-profile-quiet-from = 시작
notice-profile-quiet-until = 종료
notice-profile-quiet-none = 설정 안 함
notice-profile-digest = 하루 한 번 푸시 알림을 모아서 보내는 시각
notice-profile-digest-hint = 보통 알림은 이 시각에 푸시 알림 한 번으로 모읍니다. 긴급 알림과 중요 알림은 모으지 않고 각각 푸시 알림으로 알려 드립니다.
notice-profile-digest-none = 모으지 않음
notice-profile-save = 저장
notice-profile-done = 완료
notice-profile-saved = 저장했습니다
notice-profile-cleared = 선택한 내용을 삭제했습니다. 모두를 위한 알림을 표시합니다.
notice-profile-change = 변경
notice-profile-error-future = 생년월일은 오늘 또는 그 이전 날짜로 입력해 주세요
notice-profile-error-quiet = 시작과 종료를 모두, 서로 다른 시각으로 선택해 주세요

# What is kept and what it is for (the consent record).
notice-consent-title = 저장하는 내용과 사용 목적
notice-consent-nothing-sent = 다음 내용을 이 기기에만 저장하고 있습니다. 시에도, 다른 누구에게도 보내지 않습니다.
notice-consent-use-area = 지역을 지정한 알림(대피 지시 등)을 고르기 위해
notice-consent-use-ages = 나이나 개월 수를 지정한 알림(건강검진, 예방접종 등)을 고르기 위해
notice-consent-use-topics = 관심 있는 분야를 위한 알림을 고르기 위해
notice-consent-use-languages = 알림을 읽기 쉬운 언어로 표시하기 위해
notice-consent-use-quiet-hours = 이 시간대에 긴급 알림이 아닌 푸시 알림을 미루기 위해
notice-consent-use-digest = 보통 알림의 푸시 알림을 하루 한 번으로 모으기 위해
notice-consent-given = 동의한 일시: { $when }
notice-consent-changed = 마지막으로 변경한 일시: { $when }
notice-profile-clear = 선택한 내용 모두 삭제
notice-profile-clear-title = 선택한 내용을 삭제하시겠습니까?
notice-profile-clear-body = 지역, 나이, 분야 등 선택한 내용과 동의 기록을 이 기기에서 삭제합니다. 그 후에는 모두를 위한 알림과 모든 긴급 알림을 표시합니다.
notice-profile-clear-confirm = 삭제
notice-profile-clear-cancel = 취소

# 알림 한 건의 페이지(#/notices/<id>).
notice-document-title = { $title } | 마도구치
notices-open = 이 알림 열기
notice-gone = 이 알림은 더 이상 표시되지 않습니다. 게시 기간이 끝났거나 철회되었습니다.

# 이 브라우저의 푸시 알림(웹 모드, Web Push).
notices-push-title = 이 브라우저의 푸시 알림
notices-push-about = 푸시 알림을 켜면 이 페이지를 닫아 두어도 긴급 알림(재해, 대피 지시 등)을 받을 수 있습니다. 푸시 알림을 켠 모든 사람이 같은 알림을 받으며, 선택한 지역 등은 사용하지 않습니다.
notices-push-kept = 이 브라우저에는 푸시 알림에 쓰는 언어와 문구만 저장합니다. 시에 보내는 것은 브라우저가 푸시 알림을 받기 위한 주소뿐입니다.
notices-push-shared = 도서관 등 여러 사람이 함께 쓰는 컴퓨터에서는 푸시 알림을 켜지 마세요.
notices-push-on = 이 브라우저의 푸시 알림이 켜져 있습니다.
notices-push-off = 이 브라우저의 푸시 알림이 꺼져 있습니다.
notices-push-blocked = 이 브라우저에서 이 사이트의 알림을 차단하고 있습니다. 푸시 알림을 받으려면 브라우저의 사이트 설정에서 알림을 허용해 주세요.
notices-push-failed-browser = 이 브라우저에서 푸시 알림을 켜지 못했습니다. 잠시 후 다시 시도해 주세요. 알림은 이 페이지를 열면 언제든지 볼 수 있습니다.
notices-push-turn-on = 푸시 알림 켜기
notices-push-turn-off = 푸시 알림 끄기
notices-push-notification-body = 마도구치를 열어 알림을 확인해 주세요.
push-error-subscription = 브라우저의 푸시 알림 등록 정보가 올바르지 않습니다.

notice-tray-title = 트레이에서 계속 실행
notice-tray-about = 켜 두면 창을 닫아도 앱이 종료되지 않고 트레이(알림 영역)에 아이콘으로 남아, 긴급 알림 등을 계속 받아 알려 드립니다. 아이콘 메뉴에서 ‘마도구치 열기’를 선택하면 창이 다시 열리고, ‘마도구치 종료’를 선택하면 앱이 종료됩니다.
notice-tray-no-tray = 트레이가 없는 데스크톱에서는 이 설정을 켜도 창을 닫으면 앱이 종료됩니다.
notice-tray-on = 창을 닫아도 앱이 트레이에 남습니다.
notice-tray-off = 창을 닫으면 앱이 종료됩니다.
notice-tray-turn-on = 트레이에서 계속 실행하기
notice-tray-turn-off = 트레이에서 실행하지 않기
