# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = 마도구치
document-title = { $city } 행정 절차 | 마도구치
skip-link = 본문으로 건너뛰기
footer-text = 마도구치: 시청 업무를 언제 어디서나.

language-switch-label = 언어(Language)
language-name = 한국어
furigana-toggle = 후리가나(한자 읽는 법)
language-load-failed = 선택한 언어의 문구를 불러오지 못했습니다. 화면은 현재 언어로 유지됩니다. 인터넷 연결을 확인하고 다시 선택해 주세요.

loading = 불러오는 중…
retry = 다시 불러오기
page-load-failed-title = 이 페이지를 표시할 수 없습니다
page-load-failed-document-title = 이 페이지를 표시할 수 없습니다 | 마도구치
page-load-failed = 이 페이지를 불러오지 못했습니다. 인터넷 연결을 확인하고 다시 시도해 주세요.
fallback-notice = { $lang ->
    [en] 한국어 번역이 아직 없어 영어로 표시합니다
    [ja] 한국어 번역이 아직 없어 일본어로 표시합니다
   *[other] 한국어 번역이 아직 없어 다음 언어로 표시합니다: { $language }
}

nav-label = 메뉴
data-from-device = 이 기기에 저장한 정보를 표시하고 있습니다({ $minutes }분 전에 업데이트).
display-settings-title = 화면 설정
display-text-size = 글자 크기
display-text-size-100 = 보통(100%)
display-text-size-150 = 크게(150%)
display-text-size-200 = 가장 크게(200%)
display-contrast = 색상
display-contrast-default = 기본
display-contrast-high = 고대비(검은 바탕에 흰 글자)
display-line-spacing = 줄 간격
display-line-spacing-normal = 보통
display-line-spacing-wide = 넓게
display-furigana = 후리가나(한자 읽는 법)
display-furigana-on = 표시
display-furigana-off = 숨기기
inquiry-title = 시에 문의하기

applications-title = 내 신청
account-title = 내 계정
notices-title = 알림

app-tray-tooltip = 마도구치: 알림을 받고 있습니다
app-tray-open = 마도구치 열기
app-tray-quit = 마도구치 종료
