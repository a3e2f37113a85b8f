//! The OpenAPI document served at `/api/openapi.json`, generated from the routes and wire types.

use madoguchi_domain::account::{
    AccessGrant, AccountExport, AccountId, AccountView, AuditAction, AuditEntry, AuditLog, CodeRequest,
    CodeSignIn, DeviceId, DeviceList, DeviceName, DeviceRecord, DeviceView, EmailAddress, IdentityLevel,
    PasskeyChallenge, PasskeyChallengeId, PasskeyId, PasskeyList, PasskeyRegistration, PasskeySignIn,
    PasskeyView, Refresh, Role, SignInCode, SignedIn, StaffSession, StaffSignIn, Username, VerifyIdentity,
};
use madoguchi_domain::application::{
    Application, ApplicationList, ApplicationReceipt, ApplicationReference, ApplicationStatus,
    ApplicationSubmission, Resubmission, StatusChange, StatusRequest,
};
use madoguchi_domain::booking::{
    BookableService, BookedBy, Booking, BookingCatalogue, BookingContact, BookingDay, BookingReceipt,
    BookingReference, BookingRequest, BookingRequestWithLocale, BookingStatus, CounterDay, CounterSummary,
    IdentityLevel as ServiceIdentityLevel, RescheduleRequest, SlotAvailability, SlotList, UtcTime,
    WaitlistEntry, WaitlistReceipt, WaitlistStatus,
};
use madoguchi_domain::form::schema::ConditionValue;
use madoguchi_domain::form::{
    AddressAnswer, Answer, Choice, Condition, Field, FieldErrors, FieldId, FieldKind, FieldProblem,
    FormSchema, Mask, MessageArg, NameAnswer, Step,
};
use madoguchi_domain::notice::draft::MonthsDraft;
use madoguchi_domain::notice::push::{PushKey, PushKeysInput, PushSubscriptionInput, PushUnsubscribe};
use madoguchi_domain::notice::{
    AgeBand, Area, AreaCode, AreaList, Category, EventId, MonthRange, Notice, NoticeChange, NoticeContent,
    NoticeDraft, NoticeEvent, NoticeFeed, NoticeId, NoticeLinks, PersonalNotice, PersonalNoticeList,
    PersonalSubject, Priority, Rule, RuleDraft, Topic, TopicKey,
};
use madoguchi_domain::{
    ApiError, AttachmentName, AttachmentReceipt, Channel, Department, DepartmentCatalogue, DepartmentId,
    ErrorCode, FileKind, LocalizedText, PostalAddress, PostalCode, PostalCodeLookup, Procedure,
    ProcedureCatalogue, ProcedureId, UnixMillis,
};
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::path::Operation;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, ObjectBuilder, Ref, RefOr, Response, ResponseBuilder, Type};
use utoipa::{Modify, OpenApi};

use crate::idempotency::IdempotencyContract;
use crate::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Madoguchi municipal API",
        description = "The API a Madoguchi city server offers to the app and the web UI. Every error \
                       is an `ApiError` (a stable code and a message id). A method a path does not list \
                       is answered 405 with `Allow` (`invalid_request`; see the `MethodNotAllowed` \
                       response). Every mutation carries an `Idempotency-Key`, except the sign-in \
                       routes, which answer secrets that must not be kept for replay."
    ),
    paths(
        routes::procedures::list,
        routes::departments::list,
        routes::areas::list,
        routes::postal_codes::lookup,
        routes::attachments::create,
        routes::applications::form,
        routes::applications::submit,
        routes::applications::read,
        routes::applications::withdraw,
        routes::applications::resubmit,
        routes::admin::attachment,
        routes::applications::staff::list,
        routes::applications::staff::change_status,
        routes::accounts::sign_in::request_code,
        routes::accounts::sign_in::sign_in,
        routes::accounts::sign_in::refresh,
        routes::accounts::me::account,
        routes::accounts::details::details,
        routes::accounts::me::devices,
        routes::accounts::me::revoke,
        routes::accounts::me::sign_out,
        routes::accounts::me::audit,
        routes::accounts::me::export,
        routes::accounts::me::delete,
        routes::accounts::passkeys::register_options,
        routes::accounts::passkeys::register,
        routes::accounts::passkeys::list,
        routes::accounts::passkeys::delete,
        routes::accounts::passkeys::sign_in_options,
        routes::accounts::passkeys::sign_in,
        routes::accounts::staff::sign_in,
        routes::accounts::staff::sign_out,
        routes::accounts::staff::verify_identity,
        routes::booking::services,
        routes::booking::slots,
        routes::booking::book,
        routes::booking::read,
        routes::booking::cancel,
        routes::booking::reschedule,
        routes::booking::calendar::ics,
        routes::booking::calendar::check_in_code,
        routes::booking::waitlist::join,
        routes::booking::waitlist::read,
        routes::booking::waitlist::accept,
        routes::booking::staff::day,
        routes::booking::staff::export,
        routes::booking::staff::book_on_behalf,
        routes::booking::staff::check_in,
        routes::booking::staff::no_show,
        routes::notices::feed,
        routes::notices::account_feed,
        routes::notices::stream::public,
        routes::notices::stream::resident,
        routes::notices::admin::create,
        routes::notices::admin::replace,
        routes::notices::admin::withdraw,
        routes::push::key,
        routes::push::subscribe,
        routes::push::unsubscribe,
        routes::health::check
    ),
    components(schemas(
        ProcedureCatalogue, Procedure, Channel, LocalizedText, ApiError, ErrorCode, DepartmentCatalogue, Department,
        DepartmentId, UnixMillis,
        PostalCode, PostalAddress, PostalCodeLookup, AttachmentName, AttachmentReceipt, FileKind,
        ProcedureId, FormSchema, Step, Field, FieldKind, FieldErrors, FieldId, Condition, ConditionValue, Choice,
        Mask, FieldProblem, MessageArg, Answer, NameAnswer, AddressAnswer, ApplicationSubmission, ApplicationReceipt,
        ApplicationReference, ApplicationStatus, Application, ApplicationList, StatusChange, StatusRequest, Resubmission,
        CodeRequest, CodeSignIn, SignedIn, Refresh, AccessGrant, AccountView, AccountId, DeviceId, DeviceView,
        DeviceList, DeviceName, EmailAddress, SignInCode, IdentityLevel, Role, Username, StaffSignIn, StaffSession,
        VerifyIdentity, AuditEntry, AuditAction, AuditLog, AccountExport, DeviceRecord,
        PasskeyChallenge, PasskeyChallengeId, PasskeyId, PasskeyList, PasskeyRegistration, PasskeySignIn, PasskeyView,
        BookingCatalogue, BookableService, CounterSummary, ServiceIdentityLevel, SlotList, SlotAvailability, UtcTime,
        BookingRequest, BookingRequestWithLocale, BookingContact, RescheduleRequest, BookingReference, BookingStatus, BookedBy, Booking,
        BookingReceipt, BookingDay, CounterDay, WaitlistEntry, WaitlistStatus, WaitlistReceipt,
        Notice, NoticeContent, NoticeId, TopicKey, Category, Priority, NoticeLinks, Rule, AreaCode, MonthRange,
        AgeBand, Topic, NoticeFeed, NoticeEvent, NoticeChange, EventId, PersonalNotice, PersonalSubject,
        PersonalNoticeList, NoticeDraft, RuleDraft, MonthsDraft, Area, AreaList,
        PushKey, PushSubscriptionInput, PushKeysInput, PushUnsubscribe
    )),
    modifiers(&SecuritySchemes, &IdempotencyContract, &MethodNotAllowed, &ErrorHeaders)
)]
pub struct ApiDoc;

/// Declares the bearer tokens: a staff session (`POST /api/v1/staff/sign-in`), a resident's access
/// token (`POST /api/v1/auth/sign-in` or `/refresh`), a registered kiosk's credential, an
/// application's access token.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "staff",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "resident",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        // A registered kiosk's credential (`madoguchi-server kiosk register`): uploads.
        components.add_security_scheme(
            "kiosk",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        // The access token an application's receipt carries (routes/applications).
        components.add_security_scheme(
            "access_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// Names the answer every path gives to a method it does not list (`routes::method_not_allowed`).
/// OpenAPI has no place for it on an operation (it is the answer of no operation), so it is a
/// shared response the document's description points to.
struct MethodNotAllowed;

impl Modify for MethodNotAllowed {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.responses.insert(
            "MethodNotAllowed".to_owned(),
            RefOr::T(api_error(
                "405 `invalid_request`: the path has no such method; `Allow` lists those it has",
            )),
        );
    }
}

/// The headers `ServerError` adds to every answer with these statuses (`error.rs`), declared on
/// every operation that declares the status: `Retry-After` on a 503, `WWW-Authenticate` on a 401.
struct ErrorHeaders;

impl Modify for ErrorHeaders {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let headers = [
            ("503", "Retry-After", "Seconds to wait before trying again"),
            (
                "401",
                "WWW-Authenticate",
                "`Bearer`: the staff token goes in `Authorization`",
            ),
        ];
        for item in openapi.paths.paths.values_mut() {
            for operation in [
                &mut item.get,
                &mut item.post,
                &mut item.put,
                &mut item.patch,
                &mut item.delete,
            ]
            .into_iter()
            .flatten()
            {
                for (status, name, description) in headers {
                    if let Some(RefOr::T(response)) = operation.responses.responses.get_mut(status) {
                        let header = HeaderBuilder::new()
                            .schema(ObjectBuilder::new().schema_type(Type::String))
                            .description(Some(description))
                            .build();
                        response.headers.insert(name.to_owned(), header);
                    }
                }
            }
        }
    }
}

/// A response with an [`ApiError`] body.
fn api_error(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ApiError")))
                .build(),
        )
        .build()
}

/// Declares that `operation` may answer `status` with an [`ApiError`]; when it already declares
/// that status (a route's own 400 or 422), the descriptions are joined, as both can happen.
pub(crate) fn error_response(operation: &mut Operation, status: u16, description: &str) {
    let responses = &mut operation.responses.responses;
    match responses.get_mut(&status.to_string()) {
        Some(RefOr::T(existing)) => {
            existing.description = format!("{}; or {description}", existing.description);
        }
        _ => {
            responses.insert(status.to_string(), RefOr::T(api_error(description)));
        }
    }
}

/// The document as JSON.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}
