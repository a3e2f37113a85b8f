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
