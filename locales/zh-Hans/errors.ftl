# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = 无法连接到市政府的服务器。请检查网络连接，稍后再试。
error-bad-response = 市政府的服务器返回了意外的响应。请稍后再试。
error-not-found = 找不到您要查找的信息。
error-internal = 市政府的服务器出现了问题。请稍后再试。
