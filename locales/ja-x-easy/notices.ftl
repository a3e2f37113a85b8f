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
notices-profile-title = あなたに 合《あ》わせた お知《し》らせ
notices-profile-none = 住《す》んで いる 地区《ちく》、家族《かぞく》の 年齢《ねんれい》、知《し》りたい ことを 選《えら》ぶと、あなたに 関係《かんけい》が ある お知《し》らせだけを 見《み》せます。選《えら》んだ ことは、この 機械《きかい》の 中《なか》だけに 保存《ほぞん》します。市《し》には 送《おく》りません。今《いま》は、みんなへの お知《し》らせと、全部《ぜんぶ》の 緊急《きんきゅう》の お知《し》らせを 見《み》せて います。
notices-profile-choose = 見《み》る お知《し》らせを 選《えら》ぶ
notices-profile-active = あなたが 選《えら》んだ ことに 合《あ》う お知《し》らせを 見《み》せて います。選《えら》んだ ことは、この 機械《きかい》の 中《なか》だけに 保存《ほぞん》して います。
notices-profile-change = 選《えら》んだ ことを 見《み》る・変《か》える
notices-filter-label = 種類《しゅるい》を 選《えら》んで 見《み》る
notices-filter-all = 全部《ぜんぶ》の 種類《しゅるい》
notices-unread = まだ 読《よ》んで いない
notices-mark-read = 読《よ》んだ ことに する
notices-mark-all-read = 全部《ぜんぶ》 読《よ》んだ ことに する

# 機械の 通知(アプリ)。緊急の お知らせは、題名に 「緊急」と 書きます(色や 音だけで 伝えない)。
notice-os-urgent-title = 【緊急《きんきゅう》】{ $title }
notice-os-digest-title = 新《あたら》しい お知《し》らせが { $count }件《けん》 あります

# 見る お知らせを 選ぶ ページ(#/notices/profile)。選んだ ことは 機械の 中だけに 保存します。市には 送りません。
notice-profile-document-title = 見《み》る お知《し》らせを 選《えら》ぶ｜まどぐち
notice-profile-page-title = 見《み》る お知《し》らせを 選《えら》ぶ
notice-profile-intro = ここで 選《えら》んだ ことは、この 機械《きかい》の 中《なか》だけに、暗号《あんごう》に して 保存《ほぞん》します。市《し》には 送《おく》りません。どの お知《し》らせを 見《み》せるかは、この 機械《きかい》が 決《き》めます。何《なに》も 選《えら》ばなくても いいです。
notice-profile-back = お知《し》らせに 戻《もど》る
notice-profile-errors-title = 書《か》いた ことに 問題《もんだい》が あります
notice-profile-area = 住《す》んで いる 地区《ちく》
notice-profile-area-hint = 地区《ちく》を 決《き》めて 出《だ》す お知《し》らせ(避難指示《ひなんしじ》など)を もらう ために 使《つか》います。
notice-profile-area-none = 選《えら》ばない
notice-profile-ages = 年齢《ねんれい》
notice-profile-resident-band = あなたの 年齢《ねんれい》
notice-profile-band-none = 答《こた》えない
notice-band-0-5 = 0〜5歳《さい》
notice-band-6-17 = 6〜17歳《さい》
notice-band-18-39 = 18〜39歳《さい》
notice-band-40-64 = 40〜64歳《さい》
notice-band-65-74 = 65〜74歳《さい》
notice-band-75 = 75歳《さい》 以上《いじょう》
notice-profile-children = 子《こ》どもの 生《う》まれた 日《ひ》
notice-profile-children-hint = 子《こ》どもの 月齢《げつれい》(生《う》まれてから 何《なん》か月《げつ》)に 合《あ》う お知《し》らせを 選《えら》ぶ ために 使《つか》います。例《たと》えば、健診《けんしん》や 予防接種《よぼうせっしゅ》の お知《し》らせです。
notice-profile-child = { $n }番目《ばんめ》の 子《こ》ども
notice-profile-child-add = 子《こ》どもを もう 一人《ひとり》 書《か》く
notice-profile-child-remove = { $n }番目《ばんめ》の 子《こ》どもを 消《け》す
notice-profile-topics = 知《し》りたい こと
notice-profile-topics-hint = 選《えら》んだ ことを 知《し》りたい 人《ひと》への お知《し》らせを 見《み》せます。
notice-profile-languages = お知《し》らせを 読《よ》む ことば
notice-profile-languages-hint = 市《し》が その ことばでも お知《し》らせを 書《か》いた ときは、その ことばで 見《み》せます。
notice-profile-quiet-hours = 通知《つうち》を しない 時間《じかん》
notice-profile-quiet-hint = この 時間《じかん》は、緊急《きんきゅう》では ない 通知《つうち》を 待《ま》たせます。この 時間《じかん》が 終《お》わってから 通知《つうち》します。緊急《きんきゅう》の お知《し》らせは、いつでも すぐに 通知《つうち》します。
notice-profile-quiet-from = 始《はじ》まり
notice-profile-quiet-until = 終《お》わり
notice-profile-quiet-none = 決《き》めない
notice-profile-digest = ｜1日《いちにち》 ｜1回《いっかい》 まとめて 通知《つうち》する 時間《じかん》
notice-profile-digest-hint = ふつうの お知《し》らせは、この 時間《じかん》に まとめて ｜1回《いっかい》 通知《つうち》します。緊急《きんきゅう》の お知《し》らせと 大切《たいせつ》な お知《し》らせは、まとめないで 通知《つうち》します。
notice-profile-digest-none = まとめない
notice-profile-save = 保存《ほぞん》する
notice-profile-done = 終《お》わりました
notice-profile-saved = 保存《ほぞん》しました
notice-profile-cleared = 選《えら》んだ ことを 消《け》しました。みんなへの お知《し》らせを 見《み》せます。
notice-profile-change = 変《か》える
notice-profile-error-future = 生《う》まれた 日《ひ》は、今日《きょう》か、今日《きょう》より 前《まえ》の 日《ひ》を 書《か》いて ください
notice-profile-error-quiet = 始《はじ》まりと 終《お》わりを 両方《りょうほう》 選《えら》んで ください。違《ちが》う 時間《じかん》に して ください

# 保存して いる ことと、何に 使うか(同意の 記録)。
notice-consent-title = 保存《ほぞん》して いる ことと、何《なに》に 使《つか》うか
notice-consent-nothing-sent = 次《つぎ》の ことを、この 機械《きかい》の 中《なか》だけに 保存《ほぞん》して います。市《し》にも、ほかの 誰《だれ》にも 送《おく》りません。
notice-consent-use-area = 地区《ちく》を 決《き》めて 出《だ》す お知《し》らせ(避難指示《ひなんしじ》など)を 選《えら》ぶ ため
notice-consent-use-ages = 年齢《ねんれい》や 月齢《げつれい》を 決《き》めて 出《だ》す お知《し》らせ(健診《けんしん》、予防接種《よぼうせっしゅ》など)を 選《えら》ぶ ため
notice-consent-use-topics = 知《し》りたい ことに ついての お知《し》らせを 選《えら》ぶ ため
notice-consent-use-languages = お知《し》らせを 読《よ》みやすい ことばで 見《み》せる ため
notice-consent-use-quiet-hours = この 時間《じかん》は、緊急《きんきゅう》では ない 通知《つうち》を 待《ま》たせる ため
notice-consent-use-digest = ふつうの お知《し》らせの 通知《つうち》を、｜1日《いちにち》 ｜1回《いっかい》に まとめる ため
notice-consent-given = 同意《どうい》した とき：{ $when }
notice-consent-changed = 最後《さいご》に 変《か》えた とき：{ $when }
notice-profile-clear = 選《えら》んだ ことを 全部《ぜんぶ》 消《け》す
notice-profile-clear-title = 選《えら》んだ ことを 消《け》しますか
notice-profile-clear-body = 地区《ちく》・年齢《ねんれい》・知《し》りたい ことなど、選《えら》んだ ことを この 機械《きかい》から 消《け》します。同意《どうい》の 記録《きろく》も 消《け》します。その あとは、みんなへの お知《し》らせと、全部《ぜんぶ》の 緊急《きんきゅう》の お知《し》らせを 見《み》せます。
notice-profile-clear-confirm = 消《け》す
notice-profile-clear-cancel = やめる

# お知《し》らせ 1つの ページ(#/notices/<id>)。
notice-document-title = { $title }｜まどぐち
notices-open = この お知《し》らせを 開《ひら》く
notice-gone = この お知《し》らせは もう 見《み》られません。のせる 期間《きかん》が 終《お》わったか、市《し》が 取《と》り下《さ》げました。

# この ブラウザーでの 通知《つうち》(ウェブモード、Web Push)。
notices-push-title = この ブラウザーでの 通知《つうち》
notices-push-about = 通知《つうち》を オンに すると、この ページを 閉《と》じて いても、急《いそ》ぎの お知《し》らせ(災害《さいがい》、避難《ひなん》の 指示《しじ》など)が 届《とど》きます。通知《つうち》を オンに した 人《ひと》 みんなに 同《おな》じ お知《し》らせが 届《とど》きます。選《えら》んだ 地区《ちく》などは 使《つか》いません。
notices-push-kept = この ブラウザーには、通知《つうち》に 使《つか》う 言語《げんご》と 文《ぶん》だけを 残《のこ》します。市《し》に 送《おく》るのは、ブラウザーが 通知《つうち》を 受《う》け取《と》る ための あて先《さき》だけです。
notices-push-shared = 図書館《としょかん》など、みんなで 使《つか》う パソコンでは、通知《つうち》を オンに しないで ください。
notices-push-on = この ブラウザーの 通知《つうち》は オンです。
notices-push-off = この ブラウザーの 通知《つうち》は オフです。
notices-push-blocked = この ブラウザーは、この サイトの 通知《つうち》を 止《と》めて います。通知《つうち》を 受《う》け取《と》るには、ブラウザーの サイトの 設定《せってい》で 通知《つうち》を 許可《きょか》して ください。
notices-push-failed-browser = この ブラウザーでは 通知《つうち》を オンに できませんでした。少《すこ》し たってから、もう 一度《いちど》 やって ください。お知《し》らせは、この ページを 開《ひら》けば いつでも 見《み》られます。
notices-push-turn-on = 通知《つうち》を オンに する
notices-push-turn-off = 通知《つうち》を オフに する
notices-push-notification-body = まどぐちを 開《ひら》いて、お知《し》らせを 見《み》て ください。
push-error-subscription = ブラウザーの 通知《つうち》の 登録《とうろく》が 正《ただ》しく ありません。

notice-tray-title = タスクトレイに 残《のこ》す
notice-tray-about = オンに すると、ウィンドウを 閉《と》じても アプリは 終《お》わりません。タスクトレイの アイコンに なって 残《のこ》ります。その 間《あいだ》も 急《いそ》ぎの お知《し》らせなどを 受《う》け取《と》って、知《し》らせます。アイコンの メニューの「まどぐちを 開《ひら》く」で 画面《がめん》が 戻《もど》ります。「まどぐちを 終《お》わる」で アプリが 終《お》わります。
notice-tray-no-tray = タスクトレイが ない パソコンでは、オンに しても、ウィンドウを 閉《と》じると アプリは 終《お》わります。
notice-tray-on = ウィンドウを 閉《と》じても、タスクトレイに 残《のこ》ります。
notice-tray-off = ウィンドウを 閉《と》じると、アプリは 終《お》わります。
notice-tray-turn-on = タスクトレイに 残《のこ》す
notice-tray-turn-off = タスクトレイに 残《のこ》さない
