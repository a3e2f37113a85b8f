//! The OpenAPI document served at `/api/openapi.json`, generated from the routes and wire types.

use madoguchi_domain::{
    ApiError, AttachmentName, AttachmentReceipt, Channel, Contact, Department, DepartmentCatalogue,
    DepartmentId, ErrorCode, FileKind, Inquiry, InquiryForm, InquiryList, InquiryReceipt, InquiryReference,
    LocalizedText, PostalAddress, PostalCode, PostalCodeLookup, Procedure, ProcedureCatalogue, UnixMillis,
};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::routes;

#[derive(OpenApi)]
#[openapi(
    info(title = "Madoguchi municipal API", description = "The API a Madoguchi city server offers to the app and the web UI."),
    paths(
        routes::procedures::list,
        routes::departments::list,
        routes::inquiries::create,
        routes::postal_codes::lookup,
        routes::attachments::create,
        routes::admin::inquiries,
        routes::admin::attachment,
        routes::health::check
    ),
    components(schemas(
        ProcedureCatalogue, Procedure, Channel, LocalizedText, ApiError, ErrorCode, DepartmentCatalogue, Department,
        DepartmentId, InquiryForm, InquiryReceipt, InquiryReference, Inquiry, InquiryList, Contact, UnixMillis,
        PostalCode, PostalAddress, PostalCodeLookup, AttachmentName, AttachmentReceipt, FileKind
    )),
    modifiers(&AdminTokenScheme)
)]
pub struct ApiDoc;

/// Declares the bearer token the staff routes require.
struct AdminTokenScheme;

impl Modify for AdminTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "admin_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The document as JSON.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}
