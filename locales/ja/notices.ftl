# お知らせ:話題・種類・重要度の名前、本人あてのお知らせ、職員が書くお知らせの入力エラー。規則は madoguchi-domain の notice にあります。

notice-topic-childcare = 子育て
notice-topic-care = 介護
notice-topic-disaster = 防災
notice-topic-waste = ごみ
notice-topic-tax = 税金
notice-topic-health = 健康
notice-topic-events = イベント
notice-category-general = お知らせ
notice-priority-normal = 通常
notice-priority-important = 重要
notice-priority-urgent = 緊急
notice-personal-application-status = 申請 { $reference } の状況が変わりました。
# 予約の前日に届くお知らせ。$time は予約の開始時刻(アプリが日本時間で表示します)。
notice-personal-booking-reminder = 明日 { $time } から窓口の予約があります(予約番号:{ $reference })。
notice-error-expiry = 掲載終了日時は、掲載開始日時と現在より後にしてください。
notice-error-key = 英小文字・数字・ハイフンで入力してください(例:evacuation-yumesaki-3-chome)。
notice-error-area = 地区は市の一覧にあるコードで入力してください(例:yumesaki-3-chome)。
notice-error-month-range = 月齢の範囲は0以上で、始まりを終わり以下にしてください。
notice-error-language = 言語の指定が正しくありません(例:ja、en、zh-Hans)。

# お知らせのページ:緊急のお知らせ(いちばん上)、あなたへのお知らせ、市からのお知らせ。
notices-document-title = お知らせ｜まどぐち
notices-urgent-title = 緊急のお知らせ
notices-city-title = 市からのお知らせ
notices-city-empty = 今、市からのお知らせはありません。
notices-published = 掲載:{ $when }
notices-link-procedure = この手続きについて見る
notices-link-booking = 窓口の予約をする
notices-personal-title = あなたへのお知らせ
notices-personal-signed-out = サインインすると、窓口の予約の前日のお知らせや、申請の状況が変わったお知らせがここに届きます。
notices-personal-sign-in = サインインする
notices-personal-empty = あなたへのお知らせは、まだありません。
