# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = 無法連線至市公所的伺服器。請確認網路連線，稍後再試。
error-bad-response = 市公所的伺服器傳回了非預期的回應。請稍後再試。
error-not-found = 找不到您要查詢的資訊。
error-internal = 市公所的伺服器發生問題。請稍後再試。
