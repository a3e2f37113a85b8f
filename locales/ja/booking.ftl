# 窓口の予約:予約・変更・キャンセル待ちのエラー。規則は madoguchi-domain の booking にあります。

booking-error-slot-full = この時間の予約はいっぱいです。ほかの時間を選ぶか、この時間のキャンセル待ちにお申し込みください。
booking-error-unknown-service = この手続きは予約を受け付けていません。
booking-error-not-a-slot = この窓口では、その時間の予約を受け付けていません。一覧から時間を選び直してください。
booking-error-closed-day = その日は閉庁日(土日・祝日・年末年始など)のため、予約できません。ほかの日を選んでください。
booking-error-outside-window = この時間は今は予約できません。受付期間の前か後、またはすでに過ぎた時間です。一覧から選び直してください。
booking-error-deadline-passed = 変更や取り消しの期限を過ぎたため、オンラインでは手続きできません。お手数ですが、窓口にお電話ください。
booking-error-not-active = この予約は取り消し済みか、来庁の記録が済んでいるため、変更できません。
booking-error-slot-available = この時間にはまだ空きがあります。キャンセル待ちではなく、そのまま予約してください。
booking-error-no-offer = 今は、このキャンセル待ちにお知らせできる空きがありません。
booking-error-offer-expired = 空きのお知らせの期限が過ぎたため、次の方にお回ししました。もう一度キャンセル待ちに申し込むか、ほかの時間を選んでください。

## 予約できる手続きを選ぶページ(#/booking)。見出しはナビゲーションのリンクとしても使います。
booking-document-title = 窓口の予約｜まどぐち
booking-title = 窓口の予約
booking-intro = 市役所の窓口に行く日と時間を、前もって予約できます。予約した時間に、その窓口へお越しください。
booking-services-none = 今は、予約を受け付けている手続きがありません。
booking-duration = 所要時間
# $minutes は窓口での手続きにかかる時間(分)。
booking-duration-minutes = およそ{ $minutes }分
booking-identity = 本人確認
booking-identity-contact = お名前と連絡先だけで予約できます
booking-identity-account = 本人確認が済んだアカウントが必要です
booking-identity-my-number-card = マイナンバーカードによる本人確認が必要です
booking-bring = 持ち物
booking-bring-nothing = 特にありません
booking-counter = 窓口
# 窓口の名前と、その場所(建物と階)。
booking-counter-place = { $counter }({ $place })
booking-window = 予約の受付
# $days は何日前から、$hours は何時間前まで予約できるか。
booking-window-text = { $days }日前から、{ $hours }時間前まで
# $service は手続きの名前。
booking-start = { $service }を予約する
booking-phone-label = 窓口の電話番号:

## 日・時間・連絡先・確認のページ
# $page はそのページの見出し。
booking-flow-document-title = { $page }｜窓口の予約｜まどぐち
booking-steps-label = 予約の流れ
booking-step-day = 日
booking-step-time = 時間
booking-step-details = 連絡先
booking-step-check = 確認
# $when は今の予約の日と時間。
booking-moving-from = 今の予約:{ $when }。新しい日と時間を選ぶと、今の予約と入れ替えます。
booking-day-title = 来庁する日を選んでください
booking-day-legend = 来庁する日
booking-day-hint = 満員の日と休みの日(土日・祝日・年末年始など)は選べません。
booking-day-error = 来庁する日を選んでください
booking-days-none = 今は、予約できる日がありません。窓口に電話でお問い合わせください。
# $count は、まだ予約できる人数。
booking-places-left = あと{ $count }人予約できます
booking-full = 満員です(予約できません)
booking-closed = 休みの日です(予約できません)
booking-time-title = 来庁する時間を選んでください
# $date は選んだ日。
booking-chosen-day = 選んだ日:{ $date }
booking-time-legend = 来庁する時間
booking-time-hint = 満員の時間は選べません。
booking-time-error = 来庁する時間を選んでください
# $start と $end は時刻(9:30 など)。
booking-time-range = { $start }～{ $end }
booking-details-title = お名前と連絡先を入力してください
booking-details-hint = 電話番号とメールアドレスは、書かなくてもかまいません。書いたときは、予約について市から連絡するときに使います。
booking-name-hint = 窓口でお呼びするときのお名前です。
booking-check-title = 予約の内容を確かめてください
booking-book-app = 予約すると、この端末から市に送ります。インターネットにつながっていないときは、つながったときに送ります。予約が取れたかどうかは、送ったあとにお知らせします。
booking-book-web = 予約すると、すぐに市に送ります。
booking-book = 予約する
booking-move = この日時に変更する
booking-choose-again = ほかの時間を選ぶ

## 予約の結果
booking-done-page = 予約の結果
booking-done-nothing = このページから予約したものはありません
booking-done-title = 予約しました
booking-moved-title = 予約の日時を変更しました
booking-done-banner = 予約が取れました
# 窓口で読み上げる予約番号(例:YMS-B-000042)。
booking-reference = 予約番号:{ $reference }
booking-reference-hint = 窓口で、この予約番号をお伝えください。
booking-reference-label = 予約番号
booking-when = 日時
booking-deadline = 変更・取り消しの期限
# $date と $time は期限の日と時刻。
booking-deadline-text = { $date } { $time }まで、「予約の一覧」から変更・取り消しができます
booking-kept-web = ウェブ版では、この予約をこのページを開いている間だけ表示します。予約番号を控えるか、控えを印刷してください。
booking-queued-title = 予約を送信待ちにしました
booking-queued-banner = 送信待ち
booking-queued-text = まだ予約は取れていません。インターネットにつながると自動で送ります。
booking-queued-move = まだ日時は変わっていません。インターネットにつながると自動で送ります。
booking-queued-hint = 予約が取れたかどうかは、市に届いたあと、ここと「予約の一覧」でお知らせします。
booking-refused-title = 予約できませんでした
booking-refused-text = この予約は取れていません。ほかの時間を選んで、もう一度予約してください。
booking-move-refused-title = 日時を変更できませんでした
booking-move-refused-text = 予約は元の日時のままです。
bookings-change-refused = 日時の変更か取り消しができませんでした。予約は元のままです。

## 予約の一覧(#/bookings)
bookings-document-title = 予約の一覧｜まどぐち
bookings-title = 予約の一覧
bookings-intro-app = この端末で予約したものです。
bookings-intro-web = このページで予約したものです。ウェブ版では端末に保存しないため、ページを閉じると一覧から消えます。予約番号を控えておいてください。
bookings-new = 新しく予約する
bookings-none = 予約はありません。
bookings-state-queued = 送信待ち
bookings-state-refused = 予約できませんでした
bookings-state-confirmed = 予約済み
bookings-state-cancelled = 取り消し済み
bookings-state-checked-in = 来庁済み
bookings-state-no-show = 来庁されませんでした
# $service は手続きの名前。
bookings-move = { $service }の日時を変更する
bookings-cancel = { $service }の予約を取り消す
bookings-cancel-title = 予約を取り消しますか
bookings-cancel-text = 取り消すと、この時間の席はほかの方の予約に回ります。
bookings-cancel-yes = 取り消す
bookings-cancel-no = 取り消さない
bookings-cancelled = 予約を取り消しました。
bookings-cancel-queued = 取り消しを送信待ちです。インターネットにつながると自動で送ります。
bookings-move-queued = 日時の変更を送信待ちです。インターネットにつながると自動で送ります。
# $date と $time は、オンラインで変更できた最後の日と時刻。
bookings-past-deadline = 変更・取り消しの期限({ $date } { $time })を過ぎたため、ここでは変更できません。窓口にお電話ください。

## キャンセル待ち:満員の時間の時間ページ・確認ページ・結果・予約の一覧
booking-waitlist-title = キャンセル待ち
booking-waitlist-held = 空きが出たら、その席を一定の時間だけあなたのために確保します。
# $time は満員の時間(9:30～9:50 など)。
booking-waitlist-join-time = { $time }のキャンセル待ちに申し込む
# $when は日と時間。
booking-waitlist-for = キャンセル待ちに申し込む日時:{ $when }
booking-waitlist-join = キャンセル待ちに申し込む
booking-waitlist-join-this = この時間のキャンセル待ちに申し込む
booking-waitlist-done-title = キャンセル待ちに申し込みました
# キャンセル待ちの番号(例:YMS-W-000007)。
booking-waitlist-reference = キャンセル待ちの番号:{ $reference }
booking-waitlist-where = 空きが出たかどうかは「予約の一覧」でお知らせします。そこで予約してください。
booking-waitlist-kept-web = ウェブ版では、このキャンセル待ちをこのページを開いている間だけ表示します。番号を控えておいてください。
booking-waitlist-queued-title = キャンセル待ちの申し込みを送信待ちにしました
booking-waitlist-queued-text = まだキャンセル待ちには入っていません。インターネットにつながると自動で送ります。
booking-waitlist-refused-title = キャンセル待ちに申し込めませんでした
bookings-waitlist-state-refused = 申し込めませんでした
bookings-waitlist-state-waiting = 空き待ち
bookings-waitlist-state-offered = 空きが出ました
bookings-waitlist-state-expired = 期限切れ
# $date と $time は、席を確保している最後の日と時刻。
bookings-waitlist-offered = 空きが出ました。{ $date } { $time }まで、あなたのために席を確保しています。
# $service は手続きの名前。
bookings-waitlist-accept = この席で{ $service }を予約する
bookings-waitlist-accept-queued = 予約を送信待ちです。インターネットにつながると自動で送ります。
bookings-waitlist-accepted = 予約しました。予約の一覧に加わりました。
bookings-waitlist-booked = この席を予約しました。予約は上の一覧にあります。
bookings-waitlist-expired = 確保の期限が過ぎたため、次の方にお回ししました。
