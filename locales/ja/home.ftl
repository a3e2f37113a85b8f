# ホーム画面:手続きの一覧。

home-title = 手続きの一覧
home-intro = { $city }で、オンライン・キオスク端末・窓口でできる手続きです。
# $date は市(日本時間)の今日の日付。日本語では和暦で表示されます。
home-today = 今日は{ $date }です。
home-procedure-count = { $count }件の手続き
channels-label = 手続きできる場所
channel-online = オンライン
channel-kiosk = キオスク端末
channel-counter = 窓口
channel-appointment = 予約制の窓口

# ライフイベント:一度にいくつもの手続きが要る出来事。手続きの一覧を出来事ごとに分けて案内します。
life-events-title = くらしの出来事から探す
life-event-moving = 引越し
life-event-moving-summary = 市に引っ越してきたとき、市から引っ越すとき、市内で住所が変わるときの手続きです。
life-event-childbirth = 出産・子育て
life-event-childbirth-summary = 赤ちゃんが生まれたとき、子どもを育てるときの手続きです。
life-event-bereavement = おくやみ
life-event-bereavement-summary = ご家族が亡くなったときの手続きです。
life-event-school-entry = 就学
life-event-school-entry-summary = 子どもが小学校・中学校に入るときの手続きです。
# ライフイベントのページのウィンドウのタイトル。$event は出来事の名前、$city は市の名前。
life-event-document-title = { $event }の手続き｜{ $city }｜まどぐち
