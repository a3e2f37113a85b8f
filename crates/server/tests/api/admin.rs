//! The authorization matrix: every route that needs someone signed in, asked by each kind of
//! caller. One table, so a new route (or a new kind of caller) is one row or one column.

use madoguchi_domain::account::{Role, SignedIn};
use madoguchi_domain::{ApiError, ErrorCode};

use crate::helpers::{Backend, TestApp, new_kiosk, on_both_stores, spawn_app};

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Anonymous,
    ResidentA,
    ResidentB,
    Volunteer,
    Clerk,
    Admin,
    /// A resident's access token 16 minutes old.
    Expired,
    /// A resident's token from a device that signed out.
    Revoked,
    /// A kiosk an admin registered to a place.
    Kiosk,
}

/// What a caller gets: the status, and the error code when it is refused.
fn expected(route: Route, caller: Caller) -> u16 {
    use Caller::*;
    match route.group {
        Group::Public => route.ok,
        Group::Resident => match caller {
            ResidentA | ResidentB => route.ok,
            _ => 401,
        },
        Group::Staff => match caller {
            Clerk | Admin => route.ok,
            // Signed in, but not allowed: a resident, or a volunteer without a hand-off.
            ResidentA | ResidentB | Volunteer => 403,
            Anonymous | Expired | Revoked | Kiosk => 401,
        },
        // Files come from residents and kiosks; staff are known but not senders.
        Group::Uploads => match caller {
            ResidentA | ResidentB | Kiosk => route.ok,
            Volunteer | Clerk | Admin => 403,
            Anonymous | Expired | Revoked => 401,
        },
    }
}

#[derive(Debug, Clone, Copy)]
enum Group {
    Public,
    Resident,
    Staff,
    Uploads,
}

#[derive(Debug, Clone, Copy)]
struct Route {
    method: &'static str,
    path: &'static str,
    group: Group,
    /// The status an allowed caller gets.
    ok: u16,
}

const A_ACCOUNT: &str = "{a}";
const DELETE_ACCOUNT: &str = "/api/v1/account";

const ROUTES: &[Route] = &[
    // The matrix's body is JSON, not a file: a sender gets past the door to a 415.
    Route {
        method: "POST",
        path: "/api/v1/attachments?name=matrix.pdf",
        group: Group::Uploads,
        ok: 415,
    },
    Route {
        method: "GET",
        path: "/api/v1/procedures",
        group: Group::Public,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/departments",
        group: Group::Public,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/areas",
        group: Group::Public,
        ok: 200,
    },
    // Web Push: anyone reads the key and subscribes; the matrix's body is no subscription, so
    // every caller gets past the door to a 400 (ending one needs its secret: `push.rs`).
    Route {
        method: "GET",
        path: "/api/v1/push/key",
        group: Group::Public,
        ok: 200,
    },
    Route {
        method: "POST",
        path: "/api/v1/push/subscriptions",
        group: Group::Public,
        ok: 400,
    },
    Route {
        method: "DELETE",
        path: "/api/v1/push/subscriptions",
        group: Group::Public,
        ok: 400,
    },
    Route {
        method: "GET",
        path: "/api/v1/account",
        group: Group::Resident,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/account/devices",
        group: Group::Resident,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/account/details",
        group: Group::Resident,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/account/audit",
        group: Group::Resident,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/account/export",
        group: Group::Resident,
        ok: 200,
    },
    // A resident deletes their own account only (the route names no other): A and B are
    // stand-ins here, so the rows after this one still have them.
    Route {
        method: "DELETE",
        path: DELETE_ACCOUNT,
        group: Group::Resident,
        ok: 204,
    },
    // Another account's device: not found for anyone but its owner (B asks for A's).
    Route {
        method: "POST",
        path: "/api/v1/account/devices/{a-device}/revoke",
        group: Group::Resident,
        ok: 404,
    },
    Route {
        method: "GET",
        path: "/api/v1/admin/applications",
        group: Group::Staff,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/admin/attachments/att-00112233445566778899aabbccddeeff",
        group: Group::Staff,
        ok: 404,
    },
    Route {
        method: "POST",
        path: "/api/v1/admin/applications/YMS-2026-000001/status",
        group: Group::Staff,
        ok: 404,
    },
    Route {
        method: "POST",
        path: "/api/v1/admin/residents/{a}/identity",
        group: Group::Staff,
        ok: 204,
    },
    Route {
        method: "GET",
        path: "/api/v1/admin/bookings?date=2026-12-01",
        group: Group::Staff,
        ok: 200,
    },
    Route {
        method: "GET",
        path: "/api/v1/admin/bookings.csv?date=2026-12-01",
        group: Group::Staff,
        ok: 200,
    },
    // The matrix's body is not a booking request: a clerk gets past the door to a 400.
    Route {
        method: "POST",
        path: "/api/v1/admin/bookings",
        group: Group::Staff,
        ok: 400,
    },
    Route {
        method: "POST",
        path: "/api/v1/admin/bookings/YMS-B-000001/check-in",
        group: Group::Staff,
        ok: 404,
    },
    Route {
        method: "POST",
        path: "/api/v1/admin/bookings/YMS-B-000001/no-show",
        group: Group::Staff,
        ok: 404,
    },
];

struct Callers {
    a: SignedIn,
    b: SignedIn,
    tokens: Vec<(Caller, Option<String>)>,
}

async fn callers(app: &TestApp) -> Callers {
    // Signed in first, then left to expire.
    let expired = app.sign_in("old@example.jp").await.access.access_token;
    app.clock.advance_millis(16 * 60 * 1000);
    let revoked = app.sign_in("gone@example.jp").await.access.access_token;
    let out = app
        .client
        .post(format!("{}/api/v1/account/sign-out", app.address))
        .bearer_auth(&revoked)
        .header(madoguchi_domain::IDEMPOTENCY_KEY_HEADER, "sign-out-0001-aaaaaaaa")
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    let a = app.sign_in("a@example.jp").await;
    let b = app.sign_in("b@example.jp").await;
    // Every kind of caller, once each.
    let tokens = vec![
        (Caller::Anonymous, None),
        (Caller::ResidentA, Some(a.access.access_token.clone())),
        (Caller::ResidentB, Some(b.access.access_token.clone())),
        (Caller::Volunteer, Some(app.staff_token(Role::Volunteer).await)),
        (Caller::Clerk, Some(app.staff_token(Role::Clerk).await)),
        (Caller::Admin, Some(app.staff_token(Role::Admin).await)),
        (Caller::Expired, Some(expired)),
        (Caller::Revoked, Some(revoked)),
        (
            Caller::Kiosk,
            Some(new_kiosk(app.database_location(), "中央図書館").await.1),
        ),
    ];
    Callers { a, b, tokens }
}

async fn every_route_answers_each_kind_of_caller_as_the_matrix_says(backend: Backend) {
    let app = spawn_app(backend).await;
    let callers = callers(&app).await;
    let mut key = 0;
    let mut wrong = Vec::new();
    for route in ROUTES {
        let path = route
            .path
            .replace(A_ACCOUNT, &callers.a.account.id.0)
            .replace("{a-device}", &callers.a.device_id.0);
        for (caller, token) in &callers.tokens {
            // A resident asking about A's own device would sign A out: B asks instead, and A's
            // own row is B's (both are "someone else's device").
            if route.path.contains("{a-device}") && *caller == Caller::ResidentA {
                continue;
            }
            let stand_in = if route.method == "DELETE"
                && route.path == DELETE_ACCOUNT
                && matches!(caller, Caller::ResidentA | Caller::ResidentB)
            {
                let email = format!("stand-in-{caller:?}@example.jp").to_lowercase();
                Some(app.sign_in(&email).await.access.access_token)
            } else {
                None
            };
            let token = stand_in.as_ref().or(token.as_ref());
            key += 1;
            let mut request = app
                .client
                .request(route.method.parse().unwrap(), format!("{}{path}", app.address))
                .header(
                    madoguchi_domain::IDEMPOTENCY_KEY_HEADER,
                    format!("matrix-key-{key:012}"),
                );
            if route.method == "POST" {
                let body = if path.ends_with("/identity") {
                    serde_json::json!({"identityLevel": "verified"})
                } else {
                    serde_json::json!({"status": "received"})
                };
                request = request.json(&body);
            }
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let want = expected(*route, *caller);
            if status != want {
                wrong.push(format!(
                    "{} {path} as {caller:?}: {status}, expected {want}",
                    route.method
                ));
                continue;
            }
            let code = match status {
                401 => Some(ErrorCode::Unauthorized),
                403 => Some(ErrorCode::Forbidden),
                _ => None,
            };
            if let Some(code) = code {
                assert_eq!(response.json::<ApiError>().await.unwrap().code, code);
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The clerk's and the admin's identity checks are in A's audit log; B's is empty.
    let audit: serde_json::Value = app
        .get_as_staff("/api/v1/account/audit", &callers.a.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    let entries = audit["entries"].as_array().unwrap();
    let roles: Vec<&str> = entries.iter().map(|e| e["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["clerk", "admin"]);
    assert!(
        entries
            .iter()
            .all(|e| e["action"] == "verify-identity" && e["device"] == "127.0.0.1")
    );
    let b_audit: serde_json::Value = app
        .get_as_staff("/api/v1/account/audit", &callers.b.access.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(b_audit["entries"].as_array().unwrap().len(), 0);
}

on_both_stores!(every_route_answers_each_kind_of_caller_as_the_matrix_says,);
