# ホーム画面:手続きの一覧。

home-title = 手続きの一覧
home-intro = { $city }で、オンライン・キオスク端末・窓口でできる手続きです。
home-procedure-count = { $count }件の手続き
channels-label = 手続きできる場所
channel-online = オンライン
channel-kiosk = キオスク端末
channel-counter = 窓口
channel-appointment = 予約制の窓口
