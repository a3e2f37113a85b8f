//! Tauri's build step: reads `tauri.conf.json`, embeds the UI, and generates a permission for each
//! of our commands. **Every command is listed here**; a window may call only those its capability
//! file (`capabilities/*.json`) allows.

const COMMANDS: &[&str] = &[
    "cached_procedure_catalogue",
    "refresh_procedure_catalogue",
    "send_outbox_now",
    "resend_outbox_item",
    "delete_local_data",
    "lookup_postal_code",
    "upload_attachment",
    "procedure_form",
    "save_draft",
    "my_drafts",
    "discard_draft",
    "submit_application",
    "my_applications",
    "application_status",
    "booking_services",
    "booking_slots",
    "book",
    "change_booking",
    "my_bookings",
    "join_waitlist",
    "accept_offer",
    "my_waitlist",
    "request_sign_in_code",
    "sign_in_with_code",
    "signed_in_account",
    "sign_out",
    "my_devices",
    "resident_details",
    "sign_out_device",
    "account_audit",
    "notice_feed",
    "personal_notices",
    "notice_areas",
    "notice_settings",
    "save_notice_profile",
    "clear_notice_profile",
    "notice_read_marks",
    "mark_notices_read",
    "hold_notice",
    "take_due_notices",
    "show_notification",
    "set_tray",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
