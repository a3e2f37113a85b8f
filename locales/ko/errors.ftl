# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = 시 서버에 연결할 수 없습니다. 인터넷 연결을 확인하고 잠시 후 다시 시도해 주세요.
error-bad-response = 시 서버에서 예상하지 못한 응답이 왔습니다. 잠시 후 다시 시도해 주세요.
error-not-found = 찾으시는 정보가 없습니다.
error-internal = 시 서버에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.
