# Madoguchi: messages used across the app. Japanese (locales/ja) is the source of every translation.

app-name = 마도구치
document-title = { $city } 행정 절차 | 마도구치
skip-link = 본문으로 건너뛰기
footer-text = 마도구치: 시청 업무를 언제 어디서나.

language-switch-label = 언어(Language)
language-name = 한국어
furigana-toggle = 후리가나(한자 읽는 법)

loading = 불러오는 중…
retry = 다시 불러오기
fallback-notice = { $lang ->
    [en] 한국어 번역이 아직 없어 영어로 표시합니다
    [ja] 한국어 번역이 아직 없어 일본어로 표시합니다
   *[other] 한국어 번역이 아직 없어 다음 언어로 표시합니다: { $language }
}
