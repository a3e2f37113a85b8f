# 창구 예약: 예약, 변경, 대기 신청 시의 오류. 규칙은 madoguchi-domain의 booking 모듈에 있습니다.

booking-error-slot-full = 이 시간은 예약이 모두 찼습니다. 다른 시간을 선택하시거나 이 시간의 대기 명단에 신청해 주세요.
booking-error-unknown-service = 이 절차는 예약을 받지 않습니다.
booking-error-not-a-slot = 이 창구는 그 시간에 예약을 받지 않습니다. 목록에서 시간을 다시 선택해 주세요.
booking-error-closed-day = 그날은 시청 휴무일(주말, 공휴일, 연말연시 등)이라 예약할 수 없습니다. 다른 날을 선택해 주세요.
booking-error-outside-window = 이 시간은 지금 예약할 수 없습니다. 예약 접수 전이거나 이미 마감되었거나 지난 시간입니다. 목록에서 다시 선택해 주세요.
booking-error-identity-level = 이 절차를 예약하려면 더 확실한 본인 확인이 필요합니다.
booking-error-deadline-passed = 변경 및 취소 기한이 지나 온라인으로는 처리할 수 없습니다. 번거로우시겠지만 창구로 전화해 주세요.
booking-error-not-active = 이 예약은 이미 취소되었거나 방문 기록이 끝나 변경할 수 없습니다.
booking-error-slot-available = 이 시간에는 아직 빈자리가 있습니다. 대기 신청 대신 바로 예약해 주세요.
booking-error-no-offer = 지금은 이 대기 신청에 안내해 드릴 빈자리가 없습니다.
booking-error-offer-expired = 빈자리 안내 기한이 지나 다음 분께 안내했습니다. 대기 명단에 다시 신청하시거나 다른 시간을 선택해 주세요.
