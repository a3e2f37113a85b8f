//! The OpenAPI document served at `/api/openapi.json`, generated from the routes and wire types.

use madoguchi_domain::{ApiError, Channel, ErrorCode, LocalizedText, Procedure, ProcedureCatalogue};
use utoipa::OpenApi;

use crate::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Madoguchi municipal API",
        description = "The API a Madoguchi city server offers to the app and the web UI."
    ),
    paths(routes::procedures::list, routes::health::check),
    components(schemas(ProcedureCatalogue, Procedure, Channel, LocalizedText, ApiError, ErrorCode))
)]
pub struct ApiDoc;

/// The document as JSON.
pub fn document() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}
