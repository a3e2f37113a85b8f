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
notices-profile-title = あなたに合わせたお知らせ
notices-profile-none = 住んでいる地区や家族の年齢、関心のある分野を選ぶと、あなたに関係するお知らせだけを表示します。選んだ内容はこの端末の中だけに保存し、市には送りません。今は、全員向けのお知らせと、すべての緊急のお知らせを表示しています。
notices-profile-choose = 表示するお知らせを選ぶ
notices-profile-active = あなたが選んだ内容に合うお知らせを表示しています。選んだ内容は、この端末の中だけに保存しています。
notices-profile-change = 選んだ内容を見る・変える
notices-filter-label = 種類で絞り込む
notices-filter-all = すべての種類
notices-unread = 未読
notices-mark-read = 既読にする
notices-mark-all-read = すべて既読にする

# 端末の通知(アプリ)。緊急のお知らせは題名に「緊急」と書きます(色や音だけで伝えない)。
notice-os-urgent-title = 【緊急】{ $title }
notice-os-digest-title = 新しいお知らせが { $count } 件あります

# 表示するお知らせを選ぶページ(#/notices/profile)。選んだ内容は端末の中だけに保存し、市には送りません。
notice-profile-document-title = 表示するお知らせを選ぶ｜まどぐち
notice-profile-page-title = 表示するお知らせを選ぶ
notice-profile-intro = ここで選んだ内容は、この端末の中だけに暗号化して保存し、市には送りません。どのお知らせを表示するかは、この端末が決めます。何も選ばなくてもかまいません。
notice-profile-back = お知らせに戻る
notice-profile-errors-title = 入力内容に問題があります
notice-profile-area = 住んでいる地区
notice-profile-area-hint = 地区を指定したお知らせ(避難指示など)を受け取るために使います。
notice-profile-area-none = 選ばない
notice-profile-ages = 年齢
notice-profile-resident-band = あなたの年齢
notice-profile-band-none = 答えない
notice-band-0-5 = 0〜5歳
notice-band-6-17 = 6〜17歳
notice-band-18-39 = 18〜39歳
notice-band-40-64 = 40〜64歳
notice-band-65-74 = 65〜74歳
notice-band-75 = 75歳以上
notice-profile-children = お子さんの生年月日
notice-profile-children-hint = 健診や予防接種など、月齢に合わせたお知らせを選ぶために使います。
notice-profile-child = { $n }人目のお子さん
notice-profile-child-add = お子さんを追加する
notice-profile-child-remove = { $n }人目のお子さんを削除する
notice-profile-topics = 関心のある分野
notice-profile-topics-hint = 選んだ分野の人に向けたお知らせを表示します。
notice-profile-languages = お知らせを読む言語
notice-profile-languages-hint = 市がその言語でも書いたお知らせは、その言語で表示します。
notice-profile-quiet-hours = 通知しない時間帯
notice-profile-quiet-hint = この時間帯は、緊急以外の通知を時間帯が終わるまで待たせます。緊急のお知らせは、いつでもすぐに通知します。
notice-profile-quiet-from = 始まり
notice-profile-quiet-until = 終わり
notice-profile-quiet-none = 設定しない
notice-profile-digest = 1日1回まとめて通知する時刻
notice-profile-digest-hint = 通常のお知らせを、この時刻に1回の通知にまとめます。緊急と重要のお知らせは、まとめずに通知します。
notice-profile-digest-none = まとめない
notice-profile-save = 保存する
notice-profile-done = 完了
notice-profile-saved = 保存しました
notice-profile-cleared = 選んだ内容を消しました。全員向けのお知らせを表示します。
notice-profile-change = 変更する
notice-profile-error-future = 生年月日は今日以前の日付を入力してください
notice-profile-error-quiet = 始まりと終わりを両方、違う時刻で選んでください

# 保存している内容と使い道(同意の記録)。
notice-consent-title = 保存している内容と使い道
notice-consent-nothing-sent = 次の内容をこの端末の中だけに保存しています。市にも、ほかの誰にも送りません。
notice-consent-use-area = 地区を指定したお知らせ(避難指示など)を選ぶため
notice-consent-use-ages = 年齢や月齢を指定したお知らせ(健診・予防接種など)を選ぶため
notice-consent-use-topics = 関心のある分野に向けたお知らせを選ぶため
notice-consent-use-languages = お知らせを読みやすい言語で表示するため
notice-consent-use-quiet-hours = この時間帯は、緊急以外の通知を待たせるため
notice-consent-use-digest = 通常のお知らせの通知を、1日1回にまとめるため
notice-consent-given = 同意した日時:{ $when }
notice-consent-changed = 最後に変えた日時:{ $when }
notice-profile-clear = 選んだ内容をすべて消す
notice-profile-clear-title = 選んだ内容を消しますか
notice-profile-clear-body = 地区・年齢・分野などの選んだ内容と、同意の記録を、この端末から消します。そのあとは、全員向けのお知らせと、すべての緊急のお知らせを表示します。
notice-profile-clear-confirm = 消す
notice-profile-clear-cancel = やめる

# お知らせ1件のページ(#/notices/<id>)。
notice-document-title = { $title }｜まどぐち
notices-open = このお知らせを開く
notice-gone = このお知らせは、掲載が終わったか、取り下げられました。

# この ブラウザーでの通知(ウェブモード、Web Push)。
notices-push-title = このブラウザーでの通知
notices-push-about = 通知をオンにすると、このページを閉じていても、緊急のお知らせ(災害、避難指示など)が届きます。通知をオンにした全員に同じものが届きます。選んだ地区などは使いません。
notices-push-kept = このブラウザーには、通知に使う言語と文言だけを保存します。市に送るのは、ブラウザーが通知を受け取るための宛先だけです。
notices-push-shared = 図書館などの共用のパソコンでは、通知をオンにしないでください。
notices-push-on = このブラウザーの通知はオンです。
notices-push-off = このブラウザーの通知はオフです。
notices-push-blocked = このブラウザーは、このサイトの通知をブロックしています。通知を受け取るには、ブラウザーのサイトの設定で通知を許可してください。
notices-push-failed-browser = このブラウザーでは通知をオンにできませんでした。時間をおいて、もう一度お試しください。お知らせは、このページを開けばいつでも見られます。
notices-push-turn-on = 通知をオンにする
notices-push-turn-off = 通知をオフにする
notices-push-notification-body = まどぐちを開いて、お知らせを確認してください。
push-error-subscription = ブラウザーの通知の登録内容が正しくありません。

# お知らせの設定画面(アプリのみ):ウィンドウを閉じてもトレイに残り、お知らせを受け取り続ける設定。
notice-tray-title = タスクトレイに残す
notice-tray-about = オンにすると、ウィンドウを閉じてもアプリは終わらず、タスクトレイ(通知領域)のアイコンとして残ります。その間も緊急のお知らせなどを受け取り、通知します。画面はアイコンのメニューの「まどぐちを開く」で戻り、「まどぐちを終了」でアプリが終わります。
notice-tray-no-tray = タスクトレイのないデスクトップでは、オンにしても、ウィンドウを閉じるとアプリは終わります。
notice-tray-on = ウィンドウを閉じても、タスクトレイに残ります。
notice-tray-off = ウィンドウを閉じると、アプリは終わります。
notice-tray-turn-on = タスクトレイに残す
notice-tray-turn-off = タスクトレイに残さない
