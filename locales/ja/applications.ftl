# オンライン申請:申請の状況と、申請にかかわるエラー。状況の移り方の規則は madoguchi-domain の application にあります。

## 申請の状況
application-status-submitted = 送信済み
application-status-received = 受付済み
application-status-in-review = 審査中
application-status-needs-information = 追加の情報が必要です
application-status-resubmitted = 再提出済み
application-status-completed = 完了
application-status-rejected = 受け付けられませんでした
application-status-withdrawn = 取り下げ済み

## 申請の流れ(ギャラリーの例と同じ言い方)
apply-steps-label = 申請の流れ
apply-step-position = ステップ { $current } / { $total }
apply-errors-title = 入力内容に問題があります
applications-dialog-close = 閉じる

## 手続きの案内ページ
# $name は手続きの名前。
procedure-document-title = { $name }｜まどぐち
procedure-problem-title = 手続きを表示できません
procedure-online-title = オンラインで申請する前に
procedure-identity = 本人確認
procedure-identity-none = オンラインの申請に、本人確認はいりません
procedure-identity-verified = 本人確認が済んだアカウントが必要です
procedure-identity-banner = 本人確認
procedure-identity-verified-needed = この手続きをオンラインで申請するには、本人確認が必要です
procedure-identity-not-checked = 本人確認がまだ済んでいないため、この申請はオンラインでは送れません
procedure-identity-how = 本人確認がまだの方は、マイナンバーカードを持って市役所の窓口にお越しください。確認が済むと、オンラインで申請できます。
procedure-bring = 用意するもの
procedure-fee = 手数料
procedure-fee-free = 無料
procedure-takes = かかる日数
procedure-takes-days = 結果のお知らせまで、およそ{ $days }日
procedure-not-online = この手続きはオンラインではできません。上の「手続きできる場所」でお手続きください。
procedure-start = 申請を始める
procedure-continue = 申請の続きを入力する

## 申請の入力
# $page はそのページの見出し(ステップの名前など)。
apply-document-title = { $page }｜申請｜まどぐち
apply-document-title-problem = 申請を始められません｜まどぐち
apply-problem-title = 申請を始められません
apply-back-to-procedure = 手続きの案内に戻る
apply-kept-on-device = 入力した内容は、この端末に暗号化して保存します。途中でやめても、「申請の一覧」から続きを入力できます。
apply-kept-in-page = 入力した内容は、このページを開いている間だけ残ります。ページを閉じたり、再読み込みしたりすると消えます。
apply-prefilled-banner = 入力済みの項目
apply-prefilled-heading = これまでに市へ届け出た内容から、次の項目を入力しました
apply-prefilled-hint = 内容を確認してください。変わったところがあれば、書き直してください。
apply-continue = 次へ進む
apply-back = 前に戻る
apply-check-title = 入力内容の確認
apply-change = 変更
apply-not-answered = 未回答
apply-declaration-title = 申告と送信
apply-declaration-legend = 申告
apply-declaration-agree = 上の内容を読み、同意します
apply-submit-intro = 内容を確かめたら、送信してください。
apply-submit-app = 送信すると、この端末から市に届けます。インターネットにつながっていないときは、つながったときに送ります。
apply-submit-web = 送信すると、すぐに市に届けます。
apply-submit = 申請を送信する
apply-submitting = 送信しています
apply-sent-document-title = 申請を送信しました｜まどぐち
apply-sent-title = 申請を送信しました
apply-sent-banner = 送信が終わりました
# 電話で読み上げられる受付番号(例:YMS-2026-000123)。
apply-reference = 受付番号:{ $reference }
apply-reference-hint = お問い合わせのときは、この受付番号をお伝えください。
apply-receipt-procedure = 手続き
apply-receipt-reference = 受付番号
apply-receipt-sent-at = 送信した日
apply-next-title = これからの流れ
apply-next-text = 市が内容を確認します。状況は「申請の一覧」で見られます。ほかの書類が必要なときは、市からお知らせします。
apply-print = 控えを印刷する
apply-see-applications = 申請の一覧を見る
apply-sent-nothing = このページから送信した申請はありません
apply-queued-title = 申請を送信待ちにしました
apply-queued-banner = 送信待ち
apply-queued-text = まだ市には届いていません。インターネットにつながると、自動で送信します。
apply-queued-hint = 市に届くと、ここに受付番号を表示します。
apply-failed-title = 申請を受け付けられませんでした

## 申請の一覧ページ
applications-document-title = 申請の一覧｜まどぐち
applications-intro-app = この端末で入力中の申請(下書き)と、この端末から送信した申請です。
applications-intro-web = このページで入力中の申請と、送信した申請です。ウェブ版では端末に保存しないため、ページを閉じると一覧から消えます。受付番号は控えておいてください。
applications-drafts-title = 入力中の申請
applications-no-drafts = 入力中の申請はありません。
# $date は保存した日。
applications-draft-saved = { $date }に保存しました
# $procedure は手続きの名前。
applications-resume = { $procedure }の続きを入力する
applications-discard = { $procedure }の下書きを削除する
applications-discard-title = 下書きを削除しますか
applications-discard-text = 削除すると、入力した内容は元に戻せません。
applications-discard-yes = 削除する
applications-discard-no = 削除しない
applications-draft-discarded = 下書きを削除しました。
applications-sent-title = 送信した申請
applications-none-sent = 送信した申請はありません。
applications-sent-on = { $date }に送信
applications-state-pending = 送信待ち
applications-state-sent = 市に届きました
applications-state-failed = 受け付けられませんでした
# $status は申請の状況(受付済み、審査中など)。
applications-status = 状況:{ $status }

applications-send-now = 今すぐ送信する
delete-data-title = この端末のデータ
delete-data-explain = この端末には、手続きの一覧と、申請やお問い合わせ、その下書きが暗号化して保存されています。削除すると、暗号の鍵も消えます。
delete-data-button = この端末に保存したデータを削除する
delete-data-confirm = この端末に保存したデータをすべて削除します。下書きや、送信待ちの申請とお問い合わせも消えます。よろしいですか?
delete-data-done = この端末に保存したデータを削除しました。
