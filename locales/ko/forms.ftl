# Fields many application forms share (name, postal code and address, attachments). The rules are in madoguchi-domain.

## Name
name-legend = 성명
name-hint = 주민표나 재류카드에 적힌 대로 입력해 주세요. 이름이 없는 분은 "이름" 칸을 비워 두세요.
name-family = 성
name-given = 이름
name-family-kana = 성(가타카나)
name-given-kana = 이름(가타카나)
name-kana-hint = 이름을 읽는 법을 가타카나(일본 글자)로 입력해 주세요. 히라가나로 입력해도 가타카나로 바꿔 드립니다.
name-error-family-missing = 성을 입력해 주세요
name-error-given-missing-for-kana = 이름을 입력하거나, 이름의 가타카나를 지워 주세요
name-error-kana-missing = 읽는 법을 가타카나로 입력해 주세요
name-error-kana-not-katakana = 읽는 법은 가타카나로만 입력해 주세요
name-error-too-long = 50자 이내로 입력해 주세요

## Postal code and address
postal-code = 우편번호
postal-hint = 숫자 7자리로 입력해 주세요(예: 999-0001). 입력하면 주소 칸에 주소가 자동으로 들어갑니다.
address-line1 = 주소(도도부현·시구정촌·동네)
address-line2 = 번지·건물명·호실
postal-status-searching = 우편번호 { $code }의 주소를 찾고 있습니다
postal-status-filled = 우편번호 { $code }의 주소는 "{ $address }"입니다. 주소 칸에 넣었으니 이어서 번지를 입력해 주세요
postal-status-kept = 우편번호 { $code }의 주소는 "{ $address }"입니다. 이미 입력하신 주소는 바꾸지 않았습니다
postal-status-several = 우편번호 { $code }에는 여러 동네가 있습니다. "{ $address }"까지 넣었으니 나머지를 입력해 주세요
postal-status-unknown = 우편번호 { $code }의 주소를 찾을 수 없습니다. 번호를 확인하거나 주소를 직접 입력해 주세요
postal-status-failed = 주소를 검색하지 못했습니다. 주소를 직접 입력해 주세요
postal-error-format = 우편번호는 숫자 7자리로 입력해 주세요(예: 999-0001)
postal-error-unknown = 이 우편번호의 주소를 찾을 수 없습니다. 번호를 확인하거나 주소를 직접 입력해 주세요.

## Attachments

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = 전송 진행 상황
attachment-choose = 파일 선택
attachment-nothing-chosen = 선택한 파일이 없습니다
attachment-status-uploading = { $name } 파일을 전송하고 있습니다({ $percent }%)
attachment-status-done = { $name }({ $size }) 파일을 전송했습니다
attachment-status-failed = { $name } 파일을 전송하지 못했습니다. 파일을 다시 선택해 주세요
attachment-error-empty = 빈 파일입니다. 다른 파일을 선택해 주세요
attachment-error-too-large = 파일이 너무 큽니다. 안내된 크기보다 작은 파일을 선택해 주세요
attachment-error-wrong-kind = 받을 수 없는 종류의 파일입니다. 안내된 종류의 파일을 선택해 주세요
attachment-error-name = 파일 이름을 읽을 수 없습니다. 파일 이름을 바꾼 후 다시 선택해 주세요
attachment-error-invalid = 파일을 받을 수 없었습니다. 다른 파일을 선택해 주세요
attachment-error-sign-in = 파일을 첨부하려면 먼저 ‘내 계정’ 페이지에서 로그인해 주세요. 파일은 로그인한 주민의 것만 받습니다
attachment-error-quota = 한 사람이 하루에 보낼 수 있는 파일 양을 넘었습니다. 이 파일 없이 신청을 보내고 서류는 창구로 가져오시거나, 내일 다시 시도해 주세요

## 신청 답변 검사(모든 신청에 같은 규칙입니다. 시가 항목마다 문구를 따로 정할 수도 있습니다)
form-error-required = 입력하거나 선택해 주세요
# same-as-en: only the question and its problem, joined by a colon as this language writes it.
form-error-summary-item = { $question }: { $problem }
form-error-invalid = 입력한 내용을 확인해 주세요
form-error-too-short = { $min }자 이상 입력해 주세요
form-error-too-long = { $max }자 이내로 입력해 주세요
form-error-mask = "{ $example }" 형식으로 입력해 주세요(#은 숫자, A는 영문자)
form-error-katakana = 가타카나로 입력해 주세요
form-error-number = 숫자(정수)로 입력해 주세요
form-error-number-too-small = { $min } 이상의 수를 입력해 주세요
form-error-number-too-large = { $max } 이하의 수를 입력해 주세요
form-error-email = 이메일 주소를 올바르게 입력해 주세요(예: hanako@example.jp)
form-error-phone = 전화번호를 숫자로 입력해 주세요(예: 0612-34-5678)
form-error-address-missing = 주소를 입력해 주세요
form-error-date = 올바른 날짜를 입력해 주세요
form-error-date-too-early = { $date } 이후의 날짜를 입력해 주세요
form-error-date-too-late = { $date } 이전의 날짜를 입력해 주세요
form-error-choice = 선택지 중에서 골라 주세요
form-error-choose-at-least = { $min }개 이상 선택해 주세요
form-error-choose-at-most = { $max }개까지 선택해 주세요
form-error-too-many-files = 파일은 { $max }개까지 첨부할 수 있습니다
form-error-declaration = 내용을 확인하고 확인란에 체크해 주세요
form-error-attachment-unavailable = 첨부한 파일을 찾을 수 없습니다. 파일을 다시 선택해 주세요

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = 달력 방식
form-date-western = 서기
form-era-reiwa = 레이와
form-era-heisei = 헤이세이
form-era-showa = 쇼와
form-era-taisho = 다이쇼
form-date-year = 년
form-date-month = 월
form-date-day = 일
form-date-equivalent-western = 서기로는 { $year }년 { $month }월 { $day }일입니다
form-date-equivalent-era = 일본 연호로는 { $era } { $year ->
    [1] 원
   *[other] { $year }
}년 { $month }월 { $day }일입니다
form-chars-left = { $count }자 더 입력할 수 있습니다
form-chars-over = { $count }자 초과했습니다

## Application forms: controls and answers
form-select-choose = 선택하세요
form-yes = 예
form-no = 아니요
form-agreed = 동의합니다
form-number-label = { $label }(단위: { $unit })
form-files-attached = 파일 { $count }개 첨부
form-postal-mark = 우편번호 { $code }
form-attachment-hint = PDF, JPEG, PNG 파일을 { $max }까지 보낼 수 있습니다.
form-attachment-signed-out = 로그인한 주민만 파일을 첨부할 수 있습니다.
