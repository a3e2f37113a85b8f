# 시 서버가 보내는 메일. 앱 화면에는 나오지 않습니다(UI 언어 파일에 들어가지 않습니다).
# $code는 로그인용 6자리 확인 코드, $minutes는 유효 시간(분)입니다.

mail-sign-in-subject = 마도구치 로그인 확인 코드 { $code }
mail-sign-in-body =
    마도구치 로그인 확인 코드는 { $code }입니다.
    이 코드는 { $minutes }분 동안 유효하며, 한 번만 사용할 수 있습니다.

    이 메일에 짐작 가는 바가 없으시면 아무것도 하지 마세요. 누군가 메일 주소를 잘못 입력했을 수 있습니다.
    시청 직원이 전화나 메일로 이 코드를 묻는 일은 없습니다.

# 예약 전날(9시부터) 보내는 알림. 계정에 연결되지 않았고 연락처 이메일이 있는 예약에만 보냅니다.
# $service는 용무, $counter는 창구, $place는 그 위치(층. 없으면 빈칸), $month와 $day는 일본 날짜,
# $date는 같은 날짜의 YYYY-MM-DD, $time은 일본 시간의 시작 시각(9:30), $reference는 예약 번호, $phone은 창구 전화번호입니다.
mail-booking-reminder-subject = 마도구치: 내일 예약 안내 ({ $service })
mail-booking-reminder-body =
    내일 시청 창구 예약이 있습니다.

    용무: { $service }
    일시: { $month }월 { $day }일 { $time }부터 (일본 시간)
    장소: { $counter } { $place }
    예약 번호: { $reference } (창구에서 알려 주십시오)

    올 수 없게 되면 예약을 취소하거나 변경해 주십시오. 온라인 변경 기한이 지났다면 전화해 주십시오({ $phone }).
    이 메일은 발신 전용입니다. 답장할 수 없습니다.
