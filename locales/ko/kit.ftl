# Texts of the component gallery's examples (/gallery). Components hold no text; they get it from here.

kit-skip-link-title = 건너뛰기 링크
kit-skip-link-default = 본문으로 이동하는 링크
kit-page-header-title = 페이지 머리글
kit-page-header-default = 서비스 이름과 언어 전환

kit-button-title = 버튼
kit-button-primary = 주 버튼
kit-button-secondary = 보조 버튼
kit-button-tertiary = 세 번째 버튼
kit-button-disabled = 사용할 수 없는 버튼
kit-button-loading = 처리 중인 버튼
kit-button-save = 저장
kit-button-save-draft = 임시 저장
kit-button-cancel = 취소
kit-button-send = 보내기
kit-button-sending = 보내는 중
kit-button-pressed = { $count }번 눌렀습니다

kit-text-input-title = 텍스트 입력
kit-text-input-email = 도움말과 자동 입력이 있는 입력란
kit-text-input-width = 너비를 지정한 입력란
kit-text-input-error = 오류가 있는 입력란
kit-text-input-readings = 레이블 위에 읽는 법 표시
kit-readings-label = 시구정촌
kit-email-label = 이메일 주소
kit-email-hint = 확인 메일을 보내 드립니다.
kit-email-error = 이메일 주소를 name@example.jp 형식으로 입력해 주세요
kit-phone-label = 전화번호

kit-radios-title = 라디오 버튼
kit-radios-contact = 도움말이 있는 질문
kit-radios-inline = 가로로 나란히 놓은 "예/아니요"
kit-radios-error = 오류가 있는 질문
kit-contact-legend = 연락 방법
kit-contact-hint = 하나를 선택해 주세요.
kit-contact-email = 이메일
kit-contact-phone = 전화
kit-contact-phone-hint = 평일 9:00~17:00
kit-contact-post = 우편
kit-contact-error = 연락 방법을 선택해 주세요
kit-moved-legend = 최근 1년 이내에 이사하셨습니까?
kit-yes = 예
kit-no = 아니요

kit-checkboxes-title = 체크박스
kit-checkboxes-support = "모두 필요 없음"이 포함된 선택
kit-support-legend = 창구에서 필요한 지원
kit-support-hint = 해당하는 것을 모두 선택해 주세요.
kit-support-wheelchair = 휠체어로 방문
kit-support-sign-language = 수어 통역
kit-support-large-print = 큰 글자 서류
kit-support-none = 모두 필요 없음
kit-or = 또는

kit-error-summary-title = 오류 목록
kit-error-summary-form = 빈칸으로 보내면 표시되는 양식
kit-error-summary-shown = 표시된 오류 목록
kit-error-summary-heading = 입력하신 내용에 문제가 있습니다
kit-name-label = 성명
kit-name-error = 성명을 입력해 주세요

kit-tabs-title = 탭
kit-tabs-procedure = 절차 정보를 나눈 탭
kit-tabs-label = 절차 상세 정보
kit-tab-overview = 개요
kit-tab-overview-text = 유메사키시로 주소를 옮겼을 때 하는 신고입니다. 이사한 날부터 14일 이내에 신고해 주세요.
kit-tab-documents = 필요한 것
kit-tab-documents-text = 전출 증명서, 신분증(마이넘버 카드 등).
kit-tab-fees = 수수료
kit-tab-fees-text = 수수료는 없습니다.

kit-accordion-title = 아코디언과 상세 표시
kit-accordion-faq = 자주 묻는 질문
kit-accordion-details = 보충 설명
kit-faq-when = 언제까지 신고해야 합니까?
kit-faq-when-answer = 새 주소에 살기 시작한 날부터 14일 이내입니다.
kit-faq-proxy = 대리인이 신고할 수 있습니까?
kit-faq-proxy-answer = 할 수 있습니다. 위임장과 대리인의 신분증이 필요합니다.
kit-details-my-number = 마이넘버 카드란?
kit-details-my-number-answer = 얼굴 사진이 들어간 플라스틱 카드로, 본인 확인이나 온라인 절차에 사용할 수 있습니다.

kit-dialog-title = 대화 상자
kit-dialog-confirm = 되돌릴 수 없는 작업의 확인
kit-dialog-open = 신청 취하하기
kit-dialog-heading = 신청을 취하하시겠습니까?
kit-dialog-text = 취하하면 이 신청은 되돌릴 수 없습니다.
kit-dialog-withdraw = 취하하기
kit-dialog-keep = 취하하지 않기
kit-dialog-close = 닫기
kit-dialog-withdrawn = 신청을 취하했습니다

kit-date-input-title = 날짜 입력
kit-date-input-birth = 서기와 일본 연호 중에서 고를 수 있는 생년월일
kit-date-birth-legend = 생년월일
kit-date-birth-hint = 예: 헤이세이 원년 3월 14일 또는 1989년 3월 14일
kit-date-calendar = 달력 방식
kit-date-western = 서기
kit-era-reiwa = 레이와
kit-era-heisei = 헤이세이
kit-era-showa = 쇼와
kit-era-taisho = 다이쇼
kit-date-year = 년
kit-date-month = 월
kit-date-day = 일
kit-date-equivalent-western = 서기로는 { $year }년 { $month }월 { $day }일입니다
kit-date-equivalent-era = 일본 연호로는 { $era } { $year ->
    [1] 원
   *[other] { $year }
}년 { $month }월 { $day }일입니다

kit-textarea-title = 여러 줄 입력
kit-textarea-count = 글자 수를 알려 주는 입력란
kit-message-label = 시에 대한 의견
kit-message-hint = 개인을 알아볼 수 있는 정보는 적지 마세요.
kit-chars-left = { $count }자 더 입력할 수 있습니다
kit-chars-over = { $count }자 초과했습니다

kit-select-title = 선택 상자
kit-select-counter = 창구 선택
kit-counter-label = 방문할 창구
kit-counter-hint = 주소에서 가까운 창구를 선택할 수 있습니다.
kit-counter-city-hall = 시청 본관
kit-counter-north = 북부 출장소
kit-counter-south = 남부 출장소

kit-banner-title = 알림 배너와 긴급 배너
kit-banner-information = 알림
kit-banner-success = 완료 알림
kit-banner-emergency = 긴급 정보
kit-banner-notice = 알림
kit-banner-closure = 12월 29일부터 1월 3일까지 창구는 쉽니다
kit-banner-closure-body = 온라인 절차는 쉬는 기간에도 접수합니다.
kit-banner-done = 완료
kit-banner-received = 전입 신고를 접수했습니다
kit-banner-received-body = 접수 번호는 MD-2024-00123입니다.
kit-banner-urgent = 긴급 정보
kit-banner-evacuation = 유메사키강 유역에 대피 지시가 내려졌습니다
kit-banner-evacuation-body = 강 근처에 계신 분은 즉시 높은 곳으로 대피해 주세요.

kit-tag-title = 상태 태그
kit-tag-statuses = 신청 상태
kit-status-draft = 임시 저장
kit-status-received = 접수 완료
kit-status-needs-information = 추가 정보 필요
kit-status-completed = 완료
kit-status-rejected = 반려

kit-table-title = 표
kit-table-fees = 제목 행이 있는 표
kit-fee-caption = 증명서 수수료
kit-fee-certificate = 증명서
kit-fee-counter = 창구
kit-fee-kiosk = 키오스크
kit-fee-residence = 주민표 사본
kit-fee-seal = 인감 등록 증명서
kit-fee-tax = 과세 증명서
kit-fee-300 = 300엔
kit-fee-200 = 200엔

kit-steps-title = 단계 표시
kit-steps-application = 신청 진행 중
kit-steps-label = 신청 절차
kit-step-position = { $total }단계 중 { $current }단계
kit-step-applicant = 신청인
kit-step-address = 주소
kit-step-documents = 서류
kit-step-check = 확인
kit-step-send = 보내기

kit-breadcrumbs-title = 이동 경로
kit-breadcrumbs-procedure = 절차 페이지의 위치
kit-breadcrumbs-label = 현재 위치
kit-crumb-home = 홈
kit-crumb-procedures = 절차 목록
kit-crumb-moving-in = 전입 신고

kit-pagination-title = 페이지 이동
kit-pagination-notices = 알림 목록의 페이지 이동
kit-pagination-label = 페이지 이동
kit-pagination-page = { $page }페이지
kit-pagination-previous = 이전 페이지
kit-pagination-next = 다음 페이지

kit-link-title = 링크
kit-link-inline = 문장 속 링크
kit-link-new-tab = 새 탭에서 열리는 링크
kit-link-procedures = 절차 목록 보기
kit-link-map = 시청 지도
kit-link-new-tab-note = (새 탭에서 열립니다)

kit-name-input-title = 성명 입력
kit-name-input-resident = 성·이름과 가타카나 읽는 법
kit-postal-code-title = 우편번호와 주소
kit-postal-code-lookup = 우편번호로 주소 채우기
kit-file-upload-title = 파일 첨부
kit-file-upload-document = 서류 사진이나 PDF 첨부
kit-file-upload-label = 본인 확인 서류
kit-file-upload-hint = 최대 { $max }의 PDF·JPEG·PNG 파일. 재류카드나 마이넘버 카드 사진을 첨부할 수 있습니다.
kit-name-input-errors = 입력 오류가 있는 성명

kit-summary-list-title = 답변 목록
kit-summary-list-answers = 변경 링크가 있는 답변 목록
kit-summary-name = 성명
kit-summary-name-value = 유메사키 하나코
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = 주소
kit-summary-postal-value = 우편번호 999-0001
kit-summary-address-value = 유메사키시 주오 1초메 2반 3고
kit-summary-form = 신청 종류
kit-summary-form-value = 아동수당 신청
kit-summary-change = 변경

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = 날짜 선택(예약)
kit-day-picker-week = 마감된 날과 휴무일이 있는 5일
kit-day-picker-error = 선택하지 않고 넘어갔을 때
kit-day-legend = 방문할 날짜
kit-day-hint = 마감된 날과 휴무일은 선택할 수 없습니다.
kit-day-error = 방문할 날짜를 선택해 주세요
kit-day-thursday = 1월 7일(목)
kit-day-friday = 1월 8일(금)
kit-day-saturday = 1월 9일(토)
kit-day-sunday = 1월 10일(일)
kit-day-monday = 1월 11일(월)
kit-places-left = { $count }명 더 예약할 수 있습니다
kit-slot-full = 마감(예약할 수 없음)
kit-day-closed = 휴무일(예약할 수 없음)
kit-time-picker-title = 시간 선택(예약)
kit-time-picker-morning = 마감된 시간이 있는 오전
kit-time-legend = 방문할 시간
kit-time-hint = 마감된 시간은 선택할 수 없습니다.
kit-time-range = { $start }~{ $end }
