# オンライン申請:申請の状況と、申請にかかわるエラー。状況の移り方の規則は madoguchi-domain の application にあります。

## 申請の状況
application-status-submitted = 送《おく》りました
application-status-received = 受《う》け付《つ》けました
application-status-in-review = 調《しら》べて います
application-status-needs-information = もっと 情報《じょうほう》が 必要《ひつよう》です
application-status-resubmitted = もう一度《いちど》 送《おく》りました
application-status-completed = 終《お》わりました
application-status-rejected = 受《う》け付《つ》ける ことが できませんでした
application-status-withdrawn = 申請《しんせい》を やめました
