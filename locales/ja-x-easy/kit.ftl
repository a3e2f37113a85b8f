# 部品ギャラリー(/gallery)の見本で使う文言。部品そのものは文言を持たず、ここから受け取ります。

kit-skip-link-title = 本文《ほんぶん》へ とぶ リンク
kit-skip-link-default = 本文《ほんぶん》へ 行《い》く リンク
kit-page-header-title = ページの いちばん 上《うえ》
kit-page-header-default = サービスの 名前《なまえ》と、ことばを 変《か》える ボタン

kit-button-title = ボタン
kit-button-primary = いちばん 大切《たいせつ》な ボタン
kit-button-secondary = ｜2番目《にばんめ》の ボタン
kit-button-tertiary = ｜3番目《さんばんめ》の ボタン
kit-button-disabled = 使《つか》えない ボタン
kit-button-loading = 作業中《さぎょうちゅう》の ボタン
kit-button-save = 保存《ほぞん》する
kit-button-save-draft = 途中《とちゅう》まで 保存《ほぞん》する
kit-button-cancel = やめる
kit-button-send = 送《おく》る
kit-button-sending = 送《おく》って います
kit-button-pressed = { $count }回《かい》 押《お》しました

kit-text-input-title = 字《じ》を 書《か》く ところ
kit-text-input-email = 説明《せつめい》が あって、自動《じどう》で 書《か》ける ところ
kit-text-input-width = 幅《はば》を 決《き》めた 書《か》く ところ
kit-text-input-error = 間違《まちが》いが ある 書《か》く ところ
kit-text-input-readings = 上《うえ》に ふりがなが ある 書《か》く ところ
kit-readings-label = 住《す》んで いる 市《し》や 町《まち》
kit-email-label = メールアドレス
kit-email-hint = 確認《かくにん》の メールを 送《おく》ります。
kit-email-error = メールアドレスを name@example.jp の 形《かたち》で 書《か》いて ください
kit-phone-label = 電話番号《でんわばんごう》

kit-radios-title = 一《ひと》つ 選《えら》ぶ ボタン
kit-radios-contact = 説明《せつめい》が ある 質問《しつもん》
kit-radios-inline = 横《よこ》に 並《なら》べた 「はい/いいえ」
kit-radios-error = 間違《まちが》いが ある 質問《しつもん》
kit-contact-legend = 連絡《れんらく》の 方法《ほうほう》
kit-contact-hint = 一《ひと》つ 選《えら》んで ください。
kit-contact-email = メール
kit-contact-phone = 電話《でんわ》
kit-contact-phone-hint = 月曜日《げつようび》から 金曜日《きんようび》 9:00〜17:00
kit-contact-post = 郵便《ゆうびん》
kit-contact-error = 連絡《れんらく》の 方法《ほうほう》を 選《えら》んで ください
kit-moved-legend = この ｜1年《いちねん》の 間《あいだ》に 引《ひ》っ越《こ》しましたか
kit-yes = はい
kit-no = いいえ

kit-checkboxes-title = いくつでも 選《えら》べる ボタン
kit-checkboxes-support = 「どれも いらない」が ある 選《えら》び方《かた》
kit-support-legend = 窓口《まどぐち》で 必要《ひつよう》な 手伝《てつだ》い
kit-support-hint = 合《あ》う ものを 全部《ぜんぶ》 選《えら》んで ください。
kit-support-wheelchair = 車《くるま》いすで 市役所《しやくしょ》に 来《く》る
kit-support-sign-language = 手話《しゅわ》の 通訳《つうやく》
kit-support-large-print = 大《おお》きい 字《じ》の 書類《しょるい》
kit-support-none = どれも いらない
kit-or = または

kit-error-summary-title = 間違《まちが》いの 一覧《いちらん》
kit-error-summary-form = 何《なに》も 書《か》かないで 送《おく》ると、間違《まちが》いが 出《で》る 画面《がめん》
kit-error-summary-shown = 出《で》て きた 間違《まちが》いの 一覧《いちらん》
kit-error-summary-heading = 書《か》いた ことに 問題《もんだい》が あります
kit-name-label = 名前《なまえ》
kit-name-error = 名前《なまえ》を 書《か》いて ください

kit-tabs-title = タブ（見出《みだ》しで 切《き》り替《か》える もの）
kit-tabs-procedure = 手続《てつづ》きの 情報《じょうほう》を 分《わ》けた タブ
kit-tabs-label = 手続《てつづ》きの くわしい 情報《じょうほう》
kit-tab-overview = かんたんな 説明《せつめい》
kit-tab-overview-text = 夢咲市《ゆめさきし》に 引《ひ》っ越《こ》して きた ときに 出《だ》す 届《とど》けです。引《ひ》っ越《こ》してから ｜14日《じゅうよっか》の うちに 出《だ》して ください。
kit-tab-documents = 必要《ひつよう》な もの
kit-tab-documents-text = 転出証明書《てんしゅつしょうめいしょ》（前《まえ》に 住《す》んで いた 市《し》や 町《まち》で もらいます）。あなたが 本人《ほんにん》だと わかる もの（マイナンバーカード など）。
kit-tab-fees = お金《かね》（手数料《てすうりょう》）
kit-tab-fees-text = 無料《むりょう》です。お金《かね》は いりません。

kit-accordion-title = 開《ひら》いたり 閉《と》じたり できる 説明《せつめい》
kit-accordion-faq = よく ある 質問《しつもん》
kit-accordion-details = もっと くわしい 説明《せつめい》
kit-faq-when = いつまでに 届《とど》けを 出《だ》せば いいですか
kit-faq-when-answer = 新《あたら》しい 住所《じゅうしょ》に 住《す》み始《はじ》めてから ｜14日《じゅうよっか》の うちに 出《だ》して ください。
kit-faq-proxy = ほかの 人《ひと》が 代《か》わりに 届《とど》けを 出《だ》せますか
kit-faq-proxy-answer = 出《だ》せます。委任状《いにんじょう》（あなたが お願《ねが》いした ことを 書《か》いた 紙《かみ》）が 必要《ひつよう》です。代《か》わりに 来《く》る 人《ひと》が 本人《ほんにん》だと わかる ものも 必要《ひつよう》です。
kit-details-my-number = マイナンバーカードとは
kit-details-my-number-answer = 顔《かお》の 写真《しゃしん》が ある カードです。あなたが 本人《ほんにん》だと 見《み》せる ときに 使《つか》えます。インターネットで 手続《てつづ》きを する ときにも 使《つか》えます。

kit-dialog-title = 確認《かくにん》の 画面《がめん》
kit-dialog-confirm = 元《もと》に 戻《もど》せない ことの 確認《かくにん》
kit-dialog-open = 申請《しんせい》を やめる
kit-dialog-heading = 申請《しんせい》を やめますか
kit-dialog-text = やめると、この 申請《しんせい》は 元《もと》に 戻《もど》せません。
kit-dialog-withdraw = やめる
kit-dialog-keep = 申請《しんせい》を 続《つづ》ける
kit-dialog-close = 閉《と》じる
kit-dialog-withdrawn = 申請《しんせい》を やめました

kit-date-input-title = 日付《ひづけ》を 書《か》く ところ
kit-date-input-birth = 生《う》まれた 日《ひ》（西暦《せいれき》か 和暦《われき》を 選《えら》べます）
kit-date-birth-legend = 生《う》まれた 日《ひ》（生年月日《せいねんがっぴ》）
kit-date-birth-hint = 例《れい》：平成元年《へいせいがんねん》｜3月《さんがつ》｜14日《じゅうよっか》、または 1989年《ねん》｜3月《さんがつ》｜14日《じゅうよっか》
kit-date-calendar = 年《ねん》の 書《か》き方《かた》
kit-date-western = 西暦《せいれき》
kit-era-reiwa = 令和《れいわ》
kit-era-heisei = 平成《へいせい》
kit-era-showa = 昭和《しょうわ》
kit-era-taisho = 大正《たいしょう》
kit-date-year = 年《ねん》
kit-date-month = 月《がつ》
kit-date-day = 日《にち》
kit-date-equivalent-western = 西暦《せいれき》では { $year }年《ねん》{ $month }月《がつ》{ $day ->
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
kit-date-equivalent-era = 和暦《われき》では { $era }{ $year ->
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

kit-textarea-title = 何行《なんぎょう》も 書《か》ける ところ
kit-textarea-count = 字《じ》の 数《かず》を 知《し》らせる 書《か》く ところ
kit-message-label = 市《し》への 意見《いけん》
kit-message-hint = 名前《なまえ》や 住所《じゅうしょ》など、あなたが だれか わかる ことは 書《か》かないで ください。
kit-chars-left = あと { $count } 文字《もじ》 書《か》けます
kit-chars-over = { $count } 文字《もじ》 多《おお》すぎます

kit-select-title = 一覧《いちらん》から 選《えら》ぶ ところ
kit-select-counter = 窓口《まどぐち》を 選《えら》ぶ
kit-counter-label = 行《い》く 窓口《まどぐち》
kit-counter-hint = 家《いえ》に 近《ちか》い 窓口《まどぐち》を 選《えら》ぶ ことが できます。
kit-counter-city-hall = 市役所《しやくしょ》（本庁舎《ほんちょうしゃ》）
kit-counter-north = 北出張所《きたしゅっちょうじょ》
kit-counter-south = 南出張所《みなみしゅっちょうじょ》

kit-banner-title = お知《し》らせと 急《いそ》ぎの お知《し》らせ
kit-banner-information = お知《し》らせ
kit-banner-success = 終《お》わった ことの お知《し》らせ
kit-banner-emergency = 急《いそ》ぎの 情報《じょうほう》
kit-banner-notice = お知《し》らせ
kit-banner-closure = ｜12月《じゅうにがつ》｜29日《にじゅうくにち》から ｜1月《いちがつ》｜3日《みっか》まで、窓口《まどぐち》は 休《やす》みです
kit-banner-closure-body = インターネットの 手続《てつづ》きは、休《やす》みの 間《あいだ》も できます。
kit-banner-done = 終《お》わりました
kit-banner-received = 転入届《てんにゅうとどけ》を 受《う》け付《つ》けました
kit-banner-received-body = 受付番号《うけつけばんごう》は MD-2024-00123 です。
kit-banner-urgent = 急《いそ》ぎの 情報《じょうほう》
kit-banner-evacuation = 夢咲川《ゆめさきがわ》の 近《ちか》くに 避難指示《ひなんしじ》が 出《で》ました
kit-banner-evacuation-body = 川《かわ》の 近《ちか》くに いる 人《ひと》は、すぐに 高《たか》い ところへ 逃《に》げて ください。

kit-tag-title = 今《いま》の 様子《ようす》の しるし
kit-tag-statuses = 申請《しんせい》の 今《いま》の 様子《ようす》
kit-status-draft = 書《か》いて いる 途中《とちゅう》
kit-status-received = 受《う》け付《つ》けました
kit-status-needs-information = もっと 情報《じょうほう》が 必要《ひつよう》
kit-status-completed = 終《お》わりました
kit-status-rejected = 認《みと》められませんでした

kit-table-title = 表《ひょう》
kit-table-fees = 見出《みだ》しが ある 表《ひょう》
kit-fee-caption = 証明書《しょうめいしょ》の お金《かね》（手数料《てすうりょう》）
kit-fee-certificate = 証明書《しょうめいしょ》
kit-fee-counter = 窓口《まどぐち》
kit-fee-kiosk = 機械《きかい》（キオスク）
kit-fee-residence = 住民票《じゅうみんひょう》の 写《うつ》し
kit-fee-seal = 印鑑登録証明書《いんかんとうろくしょうめいしょ》
kit-fee-tax = 課税証明書《かぜいしょうめいしょ》（税金《ぜいきん》の 証明書《しょうめいしょ》）
kit-fee-300 = 300円《えん》
kit-fee-200 = 200円《えん》

kit-steps-title = どこまで 進《すす》んだか
kit-steps-application = 申請《しんせい》の 途中《とちゅう》
kit-steps-label = 申請《しんせい》の 順番《じゅんばん》
kit-step-position = { $total }の うち { $current }番目《ばんめ》
kit-step-applicant = 申請《しんせい》する 人《ひと》
kit-step-address = 住所《じゅうしょ》
kit-step-documents = 書類《しょるい》
kit-step-check = 確認《かくにん》
kit-step-send = 送《おく》る

kit-breadcrumbs-title = 今《いま》 いる 場所《ばしょ》
kit-breadcrumbs-procedure = 手続《てつづ》きの ページの 場所《ばしょ》
kit-breadcrumbs-label = 今《いま》 いる 場所《ばしょ》
kit-crumb-home = はじめの ページ
kit-crumb-procedures = できる 手続《てつづ》き
kit-crumb-moving-in = 転入届《てんにゅうとどけ》

kit-pagination-title = ページを 変《か》える ボタン
kit-pagination-notices = お知《し》らせの ページを 変《か》える ボタン
kit-pagination-label = ページ
kit-pagination-page = { $page }ページ目《め》
kit-pagination-previous = 前《まえ》の ページ
kit-pagination-next = 次《つぎ》の ページ

kit-link-title = リンク
kit-link-inline = 文《ぶん》の 中《なか》の リンク
kit-link-new-tab = 新《あたら》しい タブで 開《ひら》く リンク
kit-link-procedures = できる 手続《てつづ》きを 見《み》る
kit-link-map = 市役所《しやくしょ》の 地図《ちず》
kit-link-new-tab-note = （新《あたら》しい タブで 開《ひら》きます）

kit-name-input-title = 名前《なまえ》を 書《か》く ところ
kit-name-input-resident = 名字《みょうじ》と 下《した》の 名前《なまえ》と 読《よ》み方《かた》（カタカナ）
kit-postal-code-title = 郵便番号《ゆうびんばんごう》と 住所《じゅうしょ》
kit-postal-code-lookup = 郵便番号《ゆうびんばんごう》から 住所《じゅうしょ》を 入《い》れる
kit-file-upload-title = ファイルを 送《おく》る
kit-file-upload-document = 書類《しょるい》の 写真《しゃしん》や PDF を 送《おく》る
kit-file-upload-label = あなたが 本人《ほんにん》だと わかる 書類《しょるい》
kit-file-upload-hint = PDF・JPEG・PNG の ファイルを 送《おく》る ことが できます。ファイルの 大《おお》きさは { $max }までです。在留《ざいりゅう》カードや マイナンバーカードの 写真《しゃしん》も 送《おく》る ことが できます。
kit-name-input-errors = 間違《まちが》いが ある 名前《なまえ》

kit-summary-list-title = 答《こた》えの 一覧《いちらん》
kit-summary-list-answers = 直《なお》す リンクが ある 答《こた》えの 一覧《いちらん》
kit-summary-name = 名前《なまえ》
kit-summary-name-value = 夢咲《ゆめさき》 花子《はなこ》
# same-as-en: a name written in katakana, as on a Japanese form, reads the same in every language.
kit-summary-kana-value = ユメサキ ハナコ
kit-summary-address = 住所《じゅうしょ》
kit-summary-postal-value = 〒999-0001
kit-summary-address-value = 夢咲市《ゆめさきし》 中央《ちゅうおう》 ｜1丁目《いっちょうめ》 ｜2番《にばん》 ｜3号《さんごう》
kit-summary-form = 申請《しんせい》の 種類《しゅるい》
kit-summary-form-value = 児童手当《じどうてあて》の 申請《しんせい》
kit-summary-change = 直《なお》す

# Day and time pickers (booking): the day_picker / time_picker examples.
kit-day-picker-title = 日《ひ》を 選《えら》ぶ(予約《よやく》)
kit-day-picker-week = いっぱいの 日《ひ》と 休《やす》みの 日《ひ》が ある 例《れい》
kit-day-picker-error = 選《えら》ばないで 次《つぎ》に 進《すす》んだ とき
kit-day-legend = 市役所《しやくしょ》に 来《く》る 日《ひ》
kit-day-hint = いっぱいの 日《ひ》と 休《やす》みの 日《ひ》は 選《えら》べません。
kit-day-error = 市役所《しやくしょ》に 来《く》る 日《ひ》を 選《えら》んで ください
kit-day-thursday = 1月《がつ》7日《なのか》(木《もく》)
kit-day-friday = 1月《がつ》8日《ようか》(金《きん》)
kit-day-saturday = 1月《がつ》9日《ここのか》(土《ど》)
kit-day-sunday = 1月《がつ》10日《とおか》(日《にち》)
kit-day-monday = 1月《がつ》11日《じゅういちにち》(月《げつ》)
kit-places-left = あと { $count }人 予約《よやく》できます
kit-slot-full = いっぱいです(予約《よやく》できません)
kit-day-closed = 休《やす》みの 日《ひ》です(予約《よやく》できません)
kit-time-picker-title = 時間《じかん》を 選《えら》ぶ(予約《よやく》)
kit-time-picker-morning = いっぱいの 時間《じかん》が ある 午前《ごぜん》
kit-time-legend = 市役所《しやくしょ》に 来《く》る 時間《じかん》
kit-time-hint = いっぱいの 時間《じかん》は 選《えら》べません。
kit-time-range = { $start }～{ $end }
