use madoguchi_domain::{ApiError, ErrorCode};

use crate::helpers::{Backend, on_both_stores, spawn_app};

async fn staff_routes_refuse_a_missing_or_wrong_token_with_401(backend: Backend) {
    let app = spawn_app(backend).await;
    let reads = [
        "/api/v1/admin/inquiries",
        "/api/v1/admin/applications",
        "/api/v1/admin/attachments/att-00112233445566778899aabbccddeeff",
        "/api/v1/admin/bookings",
        "/api/v1/admin/bookings.csv",
    ];
    let mut responses = Vec::new();
    for path in reads {
        responses.push((path, app.get(path).await));
        responses.push((
            path,
            app.get_as_staff(path, "yumesaki-staff-token-for-tests-0002")
                .await,
        ));
    }
    let status = "/api/v1/admin/applications/YMS-2026-000001/status";
    let body = serde_json::json!({"status": "received"});
    responses.push((
        status,
        app.post_json(status, Some("staff-0001-aaaaaaaaaaaa"), &body)
            .await,
    ));
    responses.push((
        status,
        app.post_json_as(
            status,
            "staff-0002-aaaaaaaaaaaa",
            &body,
            "yumesaki-staff-token-for-tests-0002",
        )
        .await,
    ));

    for (n, path) in [
        "/api/v1/admin/bookings/YMS-B-000001/check-in",
        "/api/v1/admin/bookings/YMS-B-000001/no-show",
        "/api/v1/admin/bookings",
    ]
    .into_iter()
    .enumerate()
    {
        let key = format!("staff-booking-{n}-aaaaaaaa");
        responses.push((path, app.post_json(path, Some(&key), &body).await));
    }

    for (path, response) in responses {
        assert_eq!(response.status(), 401, "{path}");
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(
            response.json::<ApiError>().await.unwrap().code,
            ErrorCode::Unauthorized
        );
    }
}

on_both_stores!(staff_routes_refuse_a_missing_or_wrong_token_with_401,);
