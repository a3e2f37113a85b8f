use madoguchi_domain::{ApiError, ErrorCode};

use crate::helpers::{Backend, on_both_stores, spawn_app};

async fn staff_routes_refuse_a_missing_or_wrong_token_with_401(backend: Backend) {
    let app = spawn_app(backend).await;

    let without = app.get("/api/v1/admin/inquiries").await;
    let wrong = app
        .get_as_staff("/api/v1/admin/inquiries", "yumesaki-staff-token-for-tests-0002")
        .await;

    for response in [without, wrong] {
        assert_eq!(response.status(), 401);
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        assert_eq!(
            response.json::<ApiError>().await.unwrap().code,
            ErrorCode::Unauthorized
        );
    }
}

on_both_stores!(staff_routes_refuse_a_missing_or_wrong_token_with_401,);
