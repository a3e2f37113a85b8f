# お知らせ:話題・種類・重要度の名前、本人あてのお知らせ、職員が書くお知らせの入力エラー。規則は madoguchi-domain の notice にあります。

notice-topic-childcare = 子育《こそだ》て
notice-topic-care = 介護《かいご》
notice-topic-disaster = 防災《ぼうさい》(災害《さいがい》に 備《そな》える こと)
notice-topic-waste = ごみ
notice-topic-tax = 税金《ぜいきん》
notice-topic-health = 健康《けんこう》
notice-topic-events = イベント
notice-category-general = お知《し》らせ
notice-priority-normal = ふつう
notice-priority-important = 大切《たいせつ》
notice-priority-urgent = 緊急《きんきゅう》(すぐ 読《よ》んで ください)
notice-personal-application-status = 申請《しんせい》 { $reference } の 様子《ようす》が 変《か》わりました。
notice-personal-booking-reminder = 明日《あした》 { $time }から 窓口《まどぐち》の 予約《よやく》が あります(予約番号《よやくばんごう》:{ $reference })。
notice-error-expiry = 終《お》わる 日《ひ》と 時間《じかん》は、始《はじ》まる 日《ひ》と 時間《じかん》より 後《あと》に して ください。今《いま》より 後《あと》に して ください。
notice-error-key = 小《ちい》さい ローマ字《じ》、数字《すうじ》、「-」で 書《か》いて ください(例《れい》:evacuation-yumesaki-3-chome)。
notice-error-area = 地区《ちく》は、市《し》の リストに ある コードで 書《か》いて ください(例《れい》:yumesaki-3-chome)。
notice-error-month-range = 月齢《げつれい》(生《う》まれてから 何《なん》か月《げつ》)は 0か、それより 大《おお》きい 数《かず》で 書《か》いて ください。始《はじ》めの 数《かず》は 終《お》わりの 数《かず》より 大《おお》きく しないで ください。
notice-error-language = 言葉《ことば》の 書《か》き方《かた》が 正《ただ》しく ありません(例《れい》:ja、en、zh-Hans)。

# お知らせの ページ:緊急の お知らせ(いちばん 上)、あなたへの お知らせ、市からの お知らせ。
notices-document-title = お知《し》らせ｜まどぐち
notices-urgent-title = 緊急《きんきゅう》の お知《し》らせ
notices-city-title = 市《し》からの お知《し》らせ
notices-city-empty = 今《いま》は、市《し》からの お知《し》らせは ありません。
notices-published = 出《だ》した とき：{ $when }
notices-link-procedure = この 手続《てつづ》きに ついて 見《み》る
notices-link-booking = 窓口《まどぐち》の 予約《よやく》を する
notices-personal-title = あなたへの お知《し》らせ
notices-personal-signed-out = サインインすると、ここに あなたへの お知《し》らせが 来《き》ます。窓口《まどぐち》の 予約《よやく》の 前《まえ》の 日《ひ》に お知《し》らせが 来《き》ます。申請《しんせい》の 様子《ようす》が 変《か》わった ときも お知《し》らせが 来《き》ます。
notices-personal-sign-in = サインインする
notices-personal-empty = あなたへの お知《し》らせは まだ ありません。
