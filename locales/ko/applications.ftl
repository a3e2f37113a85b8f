# 온라인 신청: 신청 상태와 신청에 관한 오류. 상태가 바뀌는 규칙은 madoguchi-domain의 application 모듈에 있습니다.

## 신청 상태
application-status-submitted = 전송 완료
application-status-received = 접수 완료
application-status-in-review = 심사 중
application-status-needs-information = 추가 정보 필요
application-status-resubmitted = 재제출 완료
application-status-completed = 완료
application-status-rejected = 접수되지 않음
application-status-withdrawn = 취하됨
