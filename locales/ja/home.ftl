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
