# 계정: 주민이 자신의 기록(감사 로그)을 볼 때 표시되는 직원 작업의 이름.

audit-action-list-inquiries = 문의 목록을 열람했습니다
audit-action-list-applications = 신청 목록을 열람했습니다
audit-action-change-application-status = 신청 상태를 변경했습니다
audit-action-read-attachment = 첨부 파일을 열람했습니다
audit-action-verify-identity = 창구에서 본인 확인을 했습니다
audit-action-list-bookings = 예약 목록을 열람했습니다
audit-action-book-on-behalf = 본인을 대신하여 예약했습니다
audit-action-record-visit = 방문 여부를 기록했습니다
