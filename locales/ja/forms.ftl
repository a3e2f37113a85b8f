# 申請フォームで共通に使う欄(氏名・郵便番号と住所・ファイルの添付)の文言。検査の規則は madoguchi-domain にあります。

## 氏名
name-legend = 氏名
name-hint = 住民票や在留カードのとおりに入力してください。名がない方は「名」を空欄にしてください。
name-family = 氏(姓)
name-given = 名
name-family-kana = 氏のフリガナ
name-given-kana = 名のフリガナ
name-kana-hint = カタカナで入力してください。ひらがなで入力しても、カタカナに直します。
name-error-family-missing = 氏を入力してください
name-error-given-missing-for-kana = 名を入力するか、名のフリガナを消してください
name-error-kana-missing = フリガナを入力してください
name-error-kana-not-katakana = フリガナはカタカナで入力してください
name-error-too-long = 50文字以内で入力してください

## 郵便番号と住所
postal-code = 郵便番号
postal-hint = 7桁の数字で入力してください(例:999-0001)。入力すると、住所の欄に住所を入れます。
address-line1 = 住所(都道府県・市区町村・町名)
address-line2 = 番地・建物名・部屋番号
postal-status-searching = 郵便番号 { $code } の住所を探しています
postal-status-filled = 郵便番号 { $code } の住所「{ $address }」を住所の欄に入れました。続けて番地を入力してください
postal-status-kept = 郵便番号 { $code } の住所は「{ $address }」です。入力済みの住所は変えていません
postal-status-several = 郵便番号 { $code } には複数の町があります。「{ $address }」まで入れましたので、続きを入力してください
postal-status-unknown = 郵便番号 { $code } の住所が見つかりません。番号を確かめるか、住所を入力してください
postal-status-failed = 住所を検索できませんでした。住所を入力してください
postal-error-format = 郵便番号は7桁の数字で入力してください(例:999-0001)
postal-error-unknown = この郵便番号の住所が見つかりません。番号を確かめるか、住所を入力してください。

## ファイルの添付
attachment-size-kb = { $kb } KB
attachment-size-mb = { $mb } MB
attachment-progress = 送信の進み具合
attachment-choose = ファイルを選ぶ
attachment-nothing-chosen = ファイルが選ばれていません
attachment-status-uploading = { $name } を送信しています({ $percent }%)
attachment-status-done = { $name }({ $size })を送信しました
attachment-status-failed = { $name } を送信できませんでした。もう一度ファイルを選んでください
attachment-error-empty = ファイルが空です。別のファイルを選んでください
attachment-error-too-large = ファイルが大きすぎます。案内にある大きさより小さいファイルを選んでください
attachment-error-wrong-kind = 受け付けていない種類のファイルです。案内にある種類のファイルを選んでください
attachment-error-name = ファイル名を読み取れません。ファイル名を変えてから選んでください
attachment-error-invalid = ファイルを受け付けられませんでした。別のファイルを選んでください
attachment-error-sign-in = ファイルを添付するには、先に「アカウント」のページでサインインしてください。ファイルはサインインした方からだけ預かります
attachment-error-quota = 1人が1日に送れるファイルの量を超えました。このファイルなしで申請を送り、書類は窓口にお持ちいただくか、明日もう一度お試しください

## 申請の答えの検査(どの申請でも同じ規則。市が項目ごとに独自の文言を決めることもできます)
form-error-required = 入力するか、選んでください
# In the error summary, away from its field: the question, then what is wrong with its answer.
form-error-summary-item = { $question }：{ $problem }
form-error-invalid = 入力内容を確かめてください
form-error-too-short = { $min }文字以上で入力してください
form-error-too-long = { $max }文字以内で入力してください
form-error-mask = 「{ $example }」の形で入力してください(# は数字、A は英字)
form-error-katakana = カタカナで入力してください
form-error-number = 数字で入力してください
form-error-number-too-small = { $min }以上の数を入力してください
form-error-number-too-large = { $max }以下の数を入力してください
form-error-email = メールアドレスを正しく入力してください(例:hanako@example.jp)
form-error-phone = 電話番号を数字で入力してください(例:0612-34-5678)
form-error-address-missing = 住所を入力してください
form-error-date = 正しい日付を入力してください
form-error-date-too-early = { $date }以降の日付を入力してください
form-error-date-too-late = { $date }以前の日付を入力してください
form-error-choice = 選択肢の中から選んでください
form-error-choose-at-least = { $min }つ以上選んでください
form-error-choose-at-most = { $max }つまで選んでください
form-error-too-many-files = 添付できるファイルは{ $max }つまでです
form-error-declaration = 内容を確かめて、チェックを入れてください
form-error-attachment-unavailable = 添付したファイルが見つかりません。もう一度ファイルを選んでください

## 申請フォームの日付と文字数(ギャラリーの例と同じ言い方)
form-date-calendar = 暦
form-date-western = 西暦
form-era-reiwa = 令和
form-era-heisei = 平成
form-era-showa = 昭和
form-era-taisho = 大正
form-date-year = 年
form-date-month = 月
form-date-day = 日
form-date-equivalent-western = 西暦では{ $year }年{ $month }月{ $day }日です
form-date-equivalent-era = 和暦では{ $era }{ $year ->
    [1] 元
   *[other] { $year }
}年{ $month }月{ $day }日です
form-chars-left = あと{ $count }文字入力できます
form-chars-over = { $count }文字多すぎます

## 申請フォームの欄(市の申請書から作る画面)
form-select-choose = 選んでください
form-yes = はい
form-no = いいえ
# 申告の欄に同意したとき、確認画面に表示する答え。
form-agreed = 同意します
# 数の欄の見出し。$unit は「人」「円」など、市が決めた単位。
form-number-label = { $label }(単位:{ $unit })
form-files-attached = { $count }件のファイルを添付しました
form-postal-mark = 〒{ $code }
# $max はファイルの大きさの上限(例:10 MB)。
form-attachment-hint = PDF・JPEG・PNG のファイルを送れます。大きさは{ $max }までです。
form-attachment-signed-out = ファイルを添付できるのは、サインインした方だけです。
