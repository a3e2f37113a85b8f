# 窓口の予約:予約・変更・キャンセル待ちのエラー。規則は madoguchi-domain の booking にあります。

booking-error-slot-full = この時間の予約はいっぱいです。ほかの時間を選ぶか、この時間のキャンセル待ちにお申し込みください。
booking-error-unknown-service = この手続きは予約を受け付けていません。
booking-error-not-a-slot = この窓口では、その時間の予約を受け付けていません。一覧から時間を選び直してください。
booking-error-closed-day = その日は閉庁日(土日・祝日・年末年始など)のため、予約できません。ほかの日を選んでください。
booking-error-outside-window = この時間は今は予約できません。受付期間の前か後、またはすでに過ぎた時間です。一覧から選び直してください。
booking-error-identity-level = この手続きを予約するには、より確かな本人確認が必要です。
booking-error-deadline-passed = 変更や取り消しの期限を過ぎたため、オンラインでは手続きできません。お手数ですが、窓口にお電話ください。
booking-error-not-active = この予約は取り消し済みか、来庁の記録が済んでいるため、変更できません。
booking-error-slot-available = この時間にはまだ空きがあります。キャンセル待ちではなく、そのまま予約してください。
booking-error-no-offer = 今は、このキャンセル待ちにお知らせできる空きがありません。
booking-error-offer-expired = 空きのお知らせの期限が過ぎたため、次の方にお回ししました。もう一度キャンセル待ちに申し込むか、ほかの時間を選んでください。
