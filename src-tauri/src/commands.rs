//! The commands the UI may invoke. Each is listed in `build.rs`; its typed client is in
//! `ui/src/ipc.rs`. They are thin: the work is in [`crate::local_data::LocalData`].

use madoguchi_domain::application::{Application, ApplicationSubmission};
use madoguchi_domain::booking::{BookingCatalogue, BookingRequest, ServiceId, SlotList};
use madoguchi_domain::form::FormSchema;
use madoguchi_domain::{
    AttachmentReceipt, BookingAction, Cached, CalendarDate, Draft, DraftInput, ErrorCode, LocalApplication,
    LocalBooking, LocalWaitlistPlace, PostalCode, PostalCodeLookup, ProcedureCatalogue, ProcedureId,
};
use tauri::{AppHandle, Emitter as _, Manager as _, State};

use crate::attachments::{PROGRESS_EVENT, PendingAttachment, ProgressEvent};

use crate::error::{Result, ShellError};
use crate::local_data::LocalData;

/// What the commands share, managed by Tauri.
pub struct ShellState {
    pub data: LocalData,
}

/// The catalogue from the encrypted cache, or nothing if it was never fetched on this device.
#[tauri::command]
pub async fn cached_procedure_catalogue(
    state: State<'_, ShellState>,
) -> Result<Option<Cached<ProcedureCatalogue>>> {
    state
        .data
        .cached_catalogue()
        .await
        .inspect_err(|e| tracing::warn!("cached catalogue: {e}"))
}

/// The catalogue from the server (cached on the way).
#[tauri::command]
pub async fn refresh_procedure_catalogue(state: State<'_, ShellState>) -> Result<Cached<ProcedureCatalogue>> {
    state
        .data
        .refresh_catalogue()
        .await
        .inspect_err(|e| tracing::warn!("catalogue: {e}"))
}

/// "Send it again" for an item stopped because it waited longer than the city keeps keys.
#[tauri::command]
pub async fn resend_outbox_item(state: State<'_, ShellState>, kind: String, local_id: i64) -> Result<()> {
    state
        .data
        .resend(kind, local_id)
        .await
        .inspect_err(|e| tracing::warn!("resend: {e}"))
}

/// "Send now": retry every waiting item at once.
#[tauri::command]
pub async fn send_outbox_now(state: State<'_, ShellState>) -> Result<()> {
    state.data.send_now().await
}

/// Deletes everything this app keeps on the device, and the key.
#[tauri::command]
pub async fn delete_local_data(app: AppHandle, state: State<'_, ShellState>) -> Result<()> {
    state
        .data
        .delete_all()
        .await
        .inspect_err(|e| tracing::warn!("delete local data: {e}"))?;
    // The tray setting went with the store: so does its icon.
    if let Some(tray) = app.try_state::<crate::notices::tray::Tray>() {
        crate::notices::tray::hide(&app, &tray);
    }
    Ok(())
}

/// The addresses of a postal code, from the city.
#[tauri::command]
pub async fn lookup_postal_code(state: State<'_, ShellState>, code: PostalCode) -> Result<PostalCodeLookup> {
    state
        .data
        .lookup_postal_code(code)
        .await
        .inspect_err(|e| tracing::warn!("postal code: {e}"))
}

/// Sends a file the resident picked (raw body; name, kind and key in headers), emitting
/// [`PROGRESS_EVENT`]s as it goes.
#[tauri::command]
pub async fn upload_attachment(
    app: AppHandle,
    state: State<'_, ShellState>,
    request: tauri::ipc::Request<'_>,
) -> Result<AttachmentReceipt> {
    let attachment = PendingAttachment::from_ipc(request.headers(), request.body())?;
    let key = attachment.key.as_str().to_owned();
    let progress = move |sent, total| {
        let event = ProgressEvent {
            key: key.clone(),
            sent,
            total,
        };
        if let Err(e) = app.emit(PROGRESS_EVENT, event) {
            tracing::debug!("progress event: {e}");
        }
    };
    state
        .data
        .upload_attachment(attachment, progress)
        .await
        .inspect_err(|e| tracing::warn!("attachment: {e}"))
}

/// A procedure's form (a kept version, or the newest from the city, kept for offline use).
#[tauri::command]
pub async fn procedure_form(
    state: State<'_, ShellState>,
    procedure: ProcedureId,
    version: Option<u32>,
) -> Result<FormSchema> {
    state
        .data
        .procedure_form(procedure, version)
        .await
        .inspect_err(|e| tracing::warn!("form: {e}"))
}

/// Saves a draft's answers as entered; returns the draft (with its id, for the next save).
#[tauri::command]
pub async fn save_draft(state: State<'_, ShellState>, draft: DraftInput) -> Result<Draft> {
    state
        .data
        .save_draft(draft)
        .await
        .inspect_err(|e| tracing::warn!("save draft: {e}"))
}

#[tauri::command]
pub async fn my_drafts(state: State<'_, ShellState>) -> Result<Vec<Draft>> {
    state
        .data
        .my_drafts()
        .await
        .inspect_err(|e| tracing::warn!("drafts: {e}"))
}

#[tauri::command]
pub async fn discard_draft(state: State<'_, ShellState>, local_id: i64) -> Result<()> {
    state
        .data
        .discard_draft(local_id)
        .await
        .inspect_err(|e| tracing::warn!("discard draft: {e}"))
}

/// Checks and queues an application (removing the draft it came from); the outbox delivers it.
#[tauri::command]
pub async fn submit_application(
    state: State<'_, ShellState>,
    submission: ApplicationSubmission,
    draft: Option<i64>,
) -> Result<LocalApplication> {
    state
        .data
        .submit_application(submission, draft)
        .await
        .inspect_err(|e| tracing::warn!("submit application: {e}"))
}

/// The city's status and history of an application sent from this device (offline: as last seen).
#[tauri::command]
pub async fn application_status(state: State<'_, ShellState>, reference: String) -> Result<Application> {
    state
        .data
        .application_status(reference)
        .await
        .inspect_err(|e| tracing::warn!("application status: {e}"))
}

#[tauri::command]
pub async fn my_applications(state: State<'_, ShellState>) -> Result<Vec<LocalApplication>> {
    state
        .data
        .my_applications()
        .await
        .inspect_err(|e| tracing::warn!("applications: {e}"))
}

/// What the city takes appointments for (asked now; nothing of booking is cached).
#[tauri::command]
pub async fn booking_services(state: State<'_, ShellState>) -> Result<BookingCatalogue> {
    state
        .data
        .booking_services()
        .await
        .inspect_err(|e| tracing::warn!("booking services: {e}"))
}

/// A service's slots with places left, from `from` to `to` (`YYYY-MM-DD`, both optional).
#[tauri::command]
pub async fn booking_slots(
    state: State<'_, ShellState>,
    service: String,
    from: Option<String>,
    to: Option<String>,
) -> Result<SlotList> {
    let service = ServiceId::parse(&service).map_err(|_| ShellError::NotFound)?;
    let day = |d: Option<String>| {
        d.map(|d| CalendarDate::parse_iso(&d).map_err(|_| ShellError::Refused(ErrorCode::InvalidRequest)))
            .transpose()
    };
    let (from, to) = (day(from)?, day(to)?);
    state
        .data
        .booking_slots(service, from, to)
        .await
        .inspect_err(|e| tracing::warn!("booking slots: {e}"))
}

/// Checks the contact and queues the booking; the outbox sends it, and `my_bookings` then says
/// whether the place was the resident's.
#[tauri::command]
pub async fn book(
    state: State<'_, ShellState>,
    request: BookingRequest,
    locale: Option<madoguchi_domain::LocaleTag>,
) -> Result<LocalBooking> {
    state
        .data
        .book(request, locale)
        .await
        .inspect_err(|e| tracing::warn!("book: {e}"))
}

/// Queues a cancellation or a move of a booking made on this device.
#[tauri::command]
pub async fn change_booking(
    state: State<'_, ShellState>,
    local_id: i64,
    action: BookingAction,
) -> Result<LocalBooking> {
    state
        .data
        .change_booking(local_id, action)
        .await
        .inspect_err(|e| tracing::warn!("change booking: {e}"))
}

#[tauri::command]
pub async fn my_bookings(state: State<'_, ShellState>) -> Result<Vec<LocalBooking>> {
    state
        .data
        .my_bookings()
        .await
        .inspect_err(|e| tracing::warn!("bookings: {e}"))
}

/// Checks the contact and queues joining a full slot's waitlist; `my_waitlist` then says whether
/// the city put the resident in line.
#[tauri::command]
pub async fn join_waitlist(
    state: State<'_, ShellState>,
    request: BookingRequest,
) -> Result<LocalWaitlistPlace> {
    state
        .data
        .join_waitlist(request)
        .await
        .inspect_err(|e| tracing::warn!("join waitlist: {e}"))
}

/// Queues taking the place a waitlist offers; once the city answers it is one of `my_bookings`.
#[tauri::command]
pub async fn accept_offer(state: State<'_, ShellState>, local_id: i64) -> Result<LocalWaitlistPlace> {
    state
        .data
        .accept_offer(local_id)
        .await
        .inspect_err(|e| tracing::warn!("accept offer: {e}"))
}

/// The waitlist places joined on this device, each still in line read again from the city.
#[tauri::command]
pub async fn my_waitlist(state: State<'_, ShellState>) -> Result<Vec<LocalWaitlistPlace>> {
    state
        .data
        .my_waitlist()
        .await
        .inspect_err(|e| tracing::warn!("waitlist: {e}"))
}
