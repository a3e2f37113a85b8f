# 申請フォームで共通に使う欄(氏名・郵便番号と住所・ファイルの添付)の文言。検査の規則は madoguchi-domain にあります。

## 氏名
name-legend = 名前《なまえ》
name-hint = 住民票《じゅうみんひょう》や 在留《ざいりゅう》カードと 同《おな》じに 書《か》いて ください。下《した》の 名前《なまえ》が ない 人《ひと》は、「下《した》の 名前《なまえ》」に 何《なに》も 書《か》かないで ください。
name-family = 名字《みょうじ》
name-given = 下《した》の 名前《なまえ》
name-family-kana = 名字《みょうじ》の 読《よ》み方《かた》（カタカナ）
name-given-kana = 下《した》の 名前《なまえ》の 読《よ》み方《かた》（カタカナ）
name-kana-hint = 名前《なまえ》の 読《よ》み方《かた》を カタカナで 書《か》いて ください。ひらがなで 書《か》いた ときは、カタカナに 変《か》えます。
name-error-family-missing = 名字《みょうじ》を 書《か》いて ください
name-error-given-missing-for-kana = 下《した》の 名前《なまえ》を 書《か》いて ください。または、下《した》の 名前《なまえ》の 読《よ》み方《かた》を 消《け》して ください
name-error-kana-missing = 読《よ》み方《かた》を カタカナで 書《か》いて ください
name-error-kana-not-katakana = 読《よ》み方《かた》は カタカナで 書《か》いて ください
name-error-too-long = 長《なが》すぎます。50 文字《もじ》までに して ください

## 郵便番号と住所
postal-code = 郵便番号《ゆうびんばんごう》
postal-hint = 数字《すうじ》 7けたで 書《か》いて ください（例《れい》：999-0001）。郵便番号《ゆうびんばんごう》を 書《か》くと、住所《じゅうしょ》が 自動《じどう》で 入《はい》ります。
address-line1 = 住所《じゅうしょ》（都道府県《とどうふけん》・市《し》・町《まち》の 名前《なまえ》）
address-line2 = 番地《ばんち》・建物《たてもの》の 名前《なまえ》・部屋《へや》の 番号《ばんごう》
postal-status-searching = 郵便番号《ゆうびんばんごう》 { $code }の 住所《じゅうしょ》を 探《さが》して います
postal-status-filled = 郵便番号《ゆうびんばんごう》 { $code }の 住所《じゅうしょ》は 「{ $address }」です。住所《じゅうしょ》に 入《い》れました。次《つぎ》に 番地《ばんち》を 書《か》いて ください
postal-status-kept = 郵便番号《ゆうびんばんごう》 { $code }の 住所《じゅうしょ》は 「{ $address }」です。あなたが 書《か》いた 住所《じゅうしょ》は 変《か》えて いません
postal-status-several = 郵便番号《ゆうびんばんごう》 { $code }には、町《まち》が いくつか あります。「{ $address }」まで 入《い》れました。続《つづ》きを 書《か》いて ください
postal-status-unknown = 郵便番号《ゆうびんばんごう》 { $code }の 住所《じゅうしょ》が 見《み》つかりません。番号《ばんごう》が 正《ただ》しいか 見《み》て ください。または、住所《じゅうしょ》を 書《か》いて ください
postal-status-failed = 住所《じゅうしょ》を 探《さが》す ことが できませんでした。住所《じゅうしょ》を 書《か》いて ください
postal-error-format = 郵便番号《ゆうびんばんごう》は 数字《すうじ》 7けたで 書《か》いて ください（例《れい》：999-0001）
postal-error-unknown = この 郵便番号《ゆうびんばんごう》の 住所《じゅうしょ》が 見《み》つかりません。番号《ばんごう》が 正《ただ》しいか 見《み》て ください。または、住所《じゅうしょ》を 書《か》いて ください。

## ファイルの添付

# same-as-en: a unit symbol (kilobytes), written the same in every language.
attachment-size-kb = { $kb } KB
# same-as-en: a unit symbol (megabytes), written the same in every language.
attachment-size-mb = { $mb } MB
attachment-progress = どこまで 送《おく》ったか
attachment-choose = ファイルを 選《えら》ぶ
attachment-nothing-chosen = ファイルは まだ 選《えら》んで いません
attachment-status-uploading = { $name }を 送《おく》って います（{ $percent }%）
attachment-status-done = { $name }（{ $size }）を 送《おく》りました
attachment-status-failed = { $name }を 送《おく》る ことが できませんでした。もう一度《いちど》 ファイルを 選《えら》んで ください
attachment-error-empty = ファイルの 中《なか》に 何《なに》も ありません。ほかの ファイルを 選《えら》んで ください
attachment-error-too-large = ファイルが 大《おお》きすぎます。説明《せつめい》に 書《か》いて ある 大《おお》きさより 小《ちい》さい ファイルを 選《えら》んで ください
attachment-error-wrong-kind = この 種類《しゅるい》の ファイルは 送《おく》る ことが できません。説明《せつめい》に 書《か》いて ある 種類《しゅるい》の ファイルを 選《えら》んで ください
attachment-error-name = ファイルの 名前《なまえ》を 読《よ》む ことが できません。ファイルの 名前《なまえ》を 変《か》えてから、もう一度《いちど》 選《えら》んで ください
attachment-error-invalid = この ファイルは 受《う》け付《つ》ける ことが できませんでした。ほかの ファイルを 選《えら》んで ください
attachment-error-sign-in = ファイルを 送《おく》るには、先《さき》に 「アカウント」の ページで サインイン して ください。サインイン した 人《ひと》の ファイルだけ 預《あず》かります
attachment-error-quota = 1人《ひとり》が 1日《いちにち》に 送《おく》れる ファイルの 量《りょう》を 超《こ》えました。この ファイルを 付《つ》けないで 申請《しんせい》を 送《おく》って ください。書類《しょるい》は 窓口《まどぐち》に 持《も》って きて ください。または、明日《あした》 もう一度《いちど》 やって ください

## 申請の答えの検査(どの申請でも同じ規則。市が項目ごとに独自の文言を決めることもできます)
form-error-required = 書《か》いて ください。または、選《えら》んで ください
form-error-summary-item = { $question }：{ $problem }
form-error-invalid = 書《か》いた ことを もう一度《いちど》 見《み》て ください
form-error-too-short = 短《みじか》すぎます。{ $min } 文字《もじ》 以上《いじょう》 書《か》いて ください
form-error-too-long = 長《なが》すぎます。{ $max } 文字《もじ》までに して ください
form-error-mask = 「{ $example }」の 形《かたち》で 書《か》いて ください（# は 数字《すうじ》、A は アルファベットです）
form-error-katakana = カタカナで 書《か》いて ください
form-error-number = 数字《すうじ》で 書《か》いて ください
form-error-number-too-small = { $min }か、それより 大《おお》きい 数《かず》を 書《か》いて ください
form-error-number-too-large = { $max }か、それより 小《ちい》さい 数《かず》を 書《か》いて ください
form-error-email = メールアドレスを 正《ただ》しく 書《か》いて ください（例《れい》：hanako@example.jp）
form-error-phone = 電話番号《でんわばんごう》を 数字《すうじ》で 書《か》いて ください（例《れい》：0612-34-5678）
form-error-address-missing = 住所《じゅうしょ》を 書《か》いて ください
form-error-date = 正《ただ》しい 日付《ひづけ》を 書《か》いて ください
form-error-date-too-early = { $date }か、それより 後《あと》の 日付《ひづけ》を 書《か》いて ください
form-error-date-too-late = { $date }か、それより 前《まえ》の 日付《ひづけ》を 書《か》いて ください
form-error-choice = 出《で》て いる ものの 中《なか》から 選《えら》んで ください
form-error-choose-at-least = { $min }つか、それより 多《おお》く 選《えら》んで ください
form-error-choose-at-most = { $max }つまで 選《えら》んで ください
form-error-too-many-files = ファイルは { $max }つまで 送《おく》る ことが できます
form-error-declaration = 書《か》いて ある ことを よく 読《よ》んで ください。それから、チェックを 入《い》れて ください
form-error-attachment-unavailable = 送《おく》った ファイルが 見《み》つかりません。もう一度《いちど》 ファイルを 選《えら》んで ください

## Application forms: dates and character counts (worded as in the gallery)
form-date-calendar = 年《ねん》の 書《か》き方《かた》
form-date-western = 西暦《せいれき》
form-era-reiwa = 令和《れいわ》
form-era-heisei = 平成《へいせい》
form-era-showa = 昭和《しょうわ》
form-era-taisho = 大正《たいしょう》
form-date-year = 年《ねん》
form-date-month = 月《がつ》
form-date-day = 日《にち》
form-date-equivalent-western = 西暦《せいれき》では { $year }年《ねん》{ $month }月《がつ》{ $day ->
    [1] ｜1日《ついたち》
    [2] ｜2日《ふつか》
    [3] ｜3日《みっか》
    [4] ｜4日《よっか》
    [5] ｜5日《いつか》
    [6] ｜6日《むいか》
    [7] ｜7日《なのか》
    [8] ｜8日《ようか》
    [9] ｜9日《ここのか》
    [10] ｜10日《とおか》
    [14] ｜14日《じゅうよっか》
    [20] ｜20日《はつか》
    [24] ｜24日《にじゅうよっか》
   *[other] { $day }日《にち》
}です
form-date-equivalent-era = 和暦《われき》では { $era }{ $year ->
    [1] 元《がん》
   *[other] { $year }
}年《ねん》{ $month }月《がつ》{ $day ->
    [1] ｜1日《ついたち》
    [2] ｜2日《ふつか》
    [3] ｜3日《みっか》
    [4] ｜4日《よっか》
    [5] ｜5日《いつか》
    [6] ｜6日《むいか》
    [7] ｜7日《なのか》
    [8] ｜8日《ようか》
    [9] ｜9日《ここのか》
    [10] ｜10日《とおか》
    [14] ｜14日《じゅうよっか》
    [20] ｜20日《はつか》
    [24] ｜24日《にじゅうよっか》
   *[other] { $day }日《にち》
}です
form-chars-left = あと { $count } 文字《もじ》 書《か》けます
form-chars-over = { $count } 文字《もじ》 多《おお》すぎます

## Application forms: controls and answers
form-select-choose = 選《えら》んで ください
form-yes = はい
form-no = いいえ
form-agreed = 同意《どうい》します
form-number-label = { $label }(単位《たんい》:{ $unit })
form-files-attached = ファイルを { $count }つ 付《つ》けました
form-postal-mark = 〒{ $code }
form-attachment-hint = PDF・JPEG・PNG の ファイルを 送《おく》る ことが できます。大《おお》きさは { $max }までです。
form-attachment-signed-out = ファイルを 送《おく》れるのは サインイン した 人《ひと》だけです。
