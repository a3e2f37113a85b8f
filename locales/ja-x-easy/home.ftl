# ホーム画面:手続きの一覧。

home-title = できる 手続《てつづ》き
home-intro = { $city }で できる 手続《てつづ》きです。インターネット、機械《きかい》、窓口《まどぐち》で できます。
home-today = 今日《きょう》は { $date }です。
home-procedure-count = 手続《てつづ》きが { $count }件《けん》 あります
channels-label = できる ところ
channel-online = インターネット
channel-kiosk = 機械《きかい》（キオスク）
channel-counter = 窓口《まどぐち》
channel-appointment = 窓口《まどぐち》（予約《よやく》が 必要《ひつよう》）

# ライフイベント:一度にいくつもの手続きが要る出来事。手続きの一覧を出来事ごとに分けて案内します。
life-events-title = くらしの ことから 探《さが》す
life-event-moving = 引《ひ》っ越《こ》し
life-event-moving-summary = 市《し》に 来《き》た とき、市《し》から 出《で》る とき、市《し》の 中《なか》で 住《す》む ところが 変《か》わる ときの 手続《てつづ》きです。
life-event-childbirth = 赤《あか》ちゃん・子育《こそだ》て
life-event-childbirth-summary = 赤《あか》ちゃんが 生《う》まれた とき、子《こ》どもを 育《そだ》てる ときの 手続《てつづ》きです。
life-event-bereavement = 家族《かぞく》が 亡《な》くなった とき
life-event-bereavement-summary = 家族《かぞく》が 亡《な》くなった ときの 手続《てつづ》きです。
life-event-school-entry = 学校《がっこう》に 入《はい》る とき
life-event-school-entry-summary = 子《こ》どもが 小学校《しょうがっこう》や 中学校《ちゅうがっこう》に 入《はい》る ときの 手続《てつづ》きです。
# ライフイベントのページのウィンドウのタイトル。$event は出来事の名前、$city は市の名前。
life-event-document-title = { $event }の 手続《てつづ》き｜{ $city }｜まどぐち
