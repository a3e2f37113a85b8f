# Errors: the server and the shell send a code and one of these message ids, never text.

error-server-unreachable = 시 서버에 연결할 수 없습니다. 인터넷 연결을 확인하고 잠시 후 다시 시도해 주세요.
error-bad-response = 시 서버에서 예상하지 못한 응답이 왔습니다. 잠시 후 다시 시도해 주세요.
error-not-found = 찾으시는 정보가 없습니다.
error-internal = 시 서버에 문제가 발생했습니다. 잠시 후 다시 시도해 주세요.
error-unavailable = 시 서버가 혼잡하거나 점검 중이어서 지금은 접수할 수 없습니다. 몇 분 후에 다시 시도해 주세요.
error-request-timeout = 보낸 내용이 제한 시간 안에 도착하지 않았습니다. 통신 상태를 확인한 후 다시 보내 주세요.
error-invalid-request = 보내신 내용을 읽을 수 없습니다. 앱을 최신 버전으로 업데이트한 후 다시 시도해 주세요.
error-invalid-submission = 확인이 필요한 입력 내용이 있습니다. 각 칸의 안내를 확인해 주세요.
error-status-change-not-allowed = 이 신청은 현재 상태에서는 변경할 수 없습니다. 자세한 내용은 시청 창구에 문의해 주세요.
error-send-expired = 전송하지 못한 채 하루 가까이 지나서, 두 번 전달되지 않도록 전송을 중단했습니다. 시청에 전달되지 않았는지 확인한 후 다시 보내 주세요.
error-idempotency-key-missing = 전송 과정에 문제가 있었습니다. 앱을 최신 버전으로 업데이트한 후 다시 시도해 주세요.
error-idempotency-key-invalid = 전송 번호의 형식이 올바르지 않습니다. 앱을 최신 버전으로 업데이트한 후 다시 시도해 주세요.
error-idempotency-key-reused = 같은 전송 번호로 다른 내용이 전송되어 접수하지 않았습니다. 다시 입력해 주세요.
error-request-in-progress = 이전 전송을 아직 처리하고 있습니다. 잠시 후 다시 시도해 주세요.
error-unauthorized = 이 작업을 할 권한이 없습니다.
error-keyring-unavailable = 이 기기에는 데이터를 암호화하는 키를 보관할 곳(키링)이 없어 데이터를 저장할 수 없습니다. 저장하지 않고 사용하려면 브라우저에서 마도구치 웹 버전을 이용해 주세요. 컴퓨터의 키링(GNOME 키링 등)을 켜면 앱에서 저장할 수 있습니다.
error-local-data-locked = 이 기기에 저장한 데이터의 키를 찾을 수 없어 데이터를 열 수 없습니다. "이 기기에 저장한 데이터 삭제"를 누르면 처음부터 다시 사용할 수 있습니다(전송 대기 중인 문의는 사라집니다).
error-local-storage = 이 기기에 데이터를 저장하지 못했습니다. 저장 공간이 남아 있는지 확인한 후 다시 시도해 주세요.
error-forbidden = 사용 중인 계정으로는 이 작업을 할 수 없습니다.
error-rate-limited = 짧은 시간에 너무 많이 시도하여 잠시 접수를 중단했습니다. 잠시 기다린 후 다시 시도해 주세요.
error-sign-in-code-invalid = 확인 코드가 틀렸거나 유효 시간(10분)이 지났습니다. 새 코드를 받은 후 다시 시도해 주세요.
error-identity-level-too-low = 이 절차는 창구에서 본인 확인을 받아야 합니다. 마이넘버카드를 가지고 시청 창구로 오십시오. 확인이 끝나면 그 계정으로 로그인하여 온라인으로 하실 수 있습니다.
error-staff-sign-in-failed = 사용자 이름, 비밀번호 또는 인증 앱의 코드가 올바르지 않습니다.
error-passkey-challenge-invalid = 패스키 확인 시간(5분)이 지났거나 이미 사용되었습니다. 다시 시도해 주세요.
error-passkey-refused = 이 패스키를 사용할 수 없습니다. 이 사이트에 등록되지 않았거나 삭제된 패스키입니다.
error-mail-unavailable = 지금은 메일을 보낼 수 없습니다. 잠시 후 다시 시도해 주세요.
