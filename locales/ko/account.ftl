# 계정: 주민이 자신의 기록(감사 로그)을 볼 때 표시되는 직원 작업의 이름.

audit-action-list-inquiries = 문의 목록을 열람했습니다
audit-action-list-applications = 신청 목록을 열람했습니다
audit-action-change-application-status = 신청 상태를 변경했습니다
audit-action-read-attachment = 첨부 파일을 열람했습니다
audit-action-verify-identity = 창구에서 본인 확인을 했습니다
audit-action-list-bookings = 예약 목록을 열람했습니다
audit-action-book-on-behalf = 본인을 대신하여 예약했습니다
audit-action-record-visit = 방문 여부를 기록했습니다

# 비밀번호 없는 로그인: 이메일로 받은 6자리 코드로 로그인합니다. 처음 로그인하면 계정도 만들어집니다.
account-document-title = 내 계정 | 마도구치
account-sign-in-title = 로그인
account-sign-in-lead = 이메일 주소로 6자리 코드를 보내 드립니다. 비밀번호는 필요 없습니다. 처음 이용하시는 분은 이대로 계정이 만들어집니다.
account-web-note = 이 페이지에서는 탭을 닫거나 새로 고침할 때까지 로그인 상태가 유지됩니다. 이 브라우저에는 아무것도 저장하지 않습니다.
account-email = 이메일 주소
account-email-hint = 예: hanako@example.jp
account-email-invalid = 이메일 주소를 hanako@example.jp와 같은 형식으로 입력해 주세요.
account-send-code = 코드 보내기
account-errors-summary = 입력한 내용을 확인해 주세요
account-code-title = 코드 입력
account-code-sent = { $email }(으)로 코드를 보냈습니다. 코드는 10분 동안 한 번만 사용할 수 있습니다.
account-code = 6자리 코드
account-code-hint = 메일에 적힌 숫자입니다. 메일이 오지 않으면 스팸 메일함도 확인해 주세요.
account-code-format = 메일에 적힌 6자리 숫자를 입력해 주세요.
account-code-resent = 새 코드를 보냈습니다. 이전 코드는 더 이상 사용할 수 없습니다.
account-code-resend = 코드 다시 보내기
account-other-address = 다른 이메일 주소 사용하기
account-sign-in = 로그인
# 로그인한 기기 목록에서 이 웹 브라우저를 가리키는 이름.
account-device-web = 웹 브라우저

# 로그인한 사람의 계정.
account-signed-in = 로그인되어 있습니다.
account-identity = 본인 확인
account-identity-verified = 창구에서 확인 완료
account-identity-unverified = 아직 확인하지 않았습니다
account-identity-how = 본인 확인이 필요한 절차를 이용하시려면 마이넘버카드를 가지고 시청 창구로 오십시오. 직원이 확인해 드립니다.
account-since = 계정을 만든 날
account-devices-title = 로그인한 기기
account-device-this = 이 기기
account-device-signed-in = 로그인: { $when }
account-device-used = 마지막 사용: { $when }
# 어느 기기의 버튼인지 알 수 있도록 기기 이름을 넣습니다.
account-device-sign-out = '{ $device }'에서 로그아웃
account-audit-title = 직원이 내 정보를 열람한 기록
account-audit-lead = 시청 직원이 내 정보를 열람하거나 변경하면 반드시 여기에 기록됩니다.
account-audit-empty = 아직 기록이 없습니다.
account-audit-caption = 직원의 작업 기록(최신순)
account-audit-when = 일시
account-audit-what = 작업
account-audit-who = 직원 역할
account-role-clerk = 창구 직원
account-role-volunteer = 지원 자원봉사자
account-role-admin = 관리자
account-sign-out-title = 로그아웃
account-sign-out-explain-app = 로그아웃하면 이 기기에 보관된 로그인 정보가 삭제됩니다.
account-sign-out-explain-web = 이 페이지에서 로그아웃합니다.
account-sign-out = 로그아웃

# Passkeys (WebAuthn): signing in without a code, shown only where the browser supports them.
account-passkey-lead = 계정에 패스키를 추가했다면 코드 없이 패스키로 로그인할 수 있습니다.
account-passkey-sign-in = 패스키로 로그인
account-passkey-sign-in-failed = 패스키로 로그인하지 못했습니다. 취소되었거나 이 브라우저에서는 여기서 패스키를 사용할 수 없습니다. 다시 시도하거나 이메일로 받은 코드로 로그인해 주세요.
account-passkeys-title = 패스키
account-passkeys-lead = 패스키가 있으면 이메일 코드 대신 지문, 얼굴 또는 화면 잠금으로 로그인할 수 있습니다.
account-passkeys-empty = 아직 추가한 패스키가 없습니다.
account-passkeys-unsupported = 이 브라우저에서는 패스키를 만들 수 없습니다. 이미 있는 패스키는 삭제할 수 있습니다.
account-passkey-name = 새 패스키 이름
account-passkey-name-hint = 패스키를 구별하기 위한 이름입니다. 예: 내 휴대폰
account-passkey-name-invalid = 이름을 1~64자로 입력해 주세요.
account-passkey-add = 패스키 추가
account-passkey-added = 패스키를 추가했습니다. 다음부터 이 패스키로 로그인할 수 있습니다.
account-passkey-add-failed = 패스키를 추가하지 못했습니다. 취소되었거나 이 브라우저에서는 여기서 패스키를 만들 수 없습니다.
account-passkey-created = 추가한 날짜: { $when }
account-passkey-used = 마지막 사용: { $when }
account-passkey-unused = 아직 로그인에 사용하지 않았습니다
account-passkey-remove = 패스키 "{ $passkey }" 삭제
