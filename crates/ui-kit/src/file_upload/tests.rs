use super::examples::{describe, size_text};
use super::{UploadStatus, announced, field_problem, fresh_each_pick, percent};
use crate::test_support::*;
use madoguchi_domain::ErrorCode;

#[test]
fn the_picker_is_labelled_described_by_its_limits_and_offers_only_accepted_kinds() {
    let html = example("file-upload-document", "ja");
    let input = one(&html, "input[type=file]");
    assert_eq!(
        name(&html, input),
        "本人確認書類 ファイルを選ぶ",
        "the button's words are in the name (2.5.3 Label in Name)"
    );
    assert!(description(&html, input).starts_with("PDF・JPEG・PNG のファイルを 10 MB まで。"));
    assert_eq!(
        attr(input, "accept"),
        Some("application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png")
    );
    assert_eq!(attr(input, "aria-invalid"), None);
    assert!(
        all(&html, "progress").is_empty(),
        "no bar before a file is picked"
    );
    assert_eq!(all(&html, "[aria-live=polite]").len(), 1);
}

#[test]
fn the_picker_speaks_the_residents_language_not_the_browsers() {
    for (lang, button, nothing) in [
        ("ja", "ファイルを選ぶ", "ファイルが選ばれていません"),
        ("en", "Choose a file", "No file chosen"),
        ("vi", "Chọn tệp", "Chưa chọn tệp nào"),
    ] {
        let html = example("file-upload-document", lang);
        assert_eq!(text(one(&html, ".mg-file-upload__button")), button, "{lang}");
        assert_eq!(text(one(&html, ".mg-file-upload__chosen")), nothing, "{lang}");
        // The transparent input on top is what is reached; the words under it are not read twice.
        for shown in all(&html, ".mg-file-upload__picker > span") {
            assert_eq!(attr(shown, "aria-hidden"), Some("true"), "{lang}");
        }
    }
}

#[test]
fn progress_is_announced_by_the_quarter_not_by_the_percent() {
    let at = |p| UploadStatus::Uploading {
        name: "在留カード.jpg".into(),
        percent: p,
    };
    assert_eq!(announced(&at(0)), at(0));
    assert_eq!(announced(&at(24)), at(0));
    assert_eq!(announced(&at(26)), at(25));
    assert_eq!(announced(&at(99)), at(75));
    assert_eq!(percent(512, 1024), 50);
    assert_eq!(percent(1023, 1024), 99);
    assert_eq!(percent(0, 0), 100);
}

#[test]
fn sizes_and_outcomes_are_said_in_the_readers_language() {
    let en = translate("en");
    assert_eq!(size_text(&en, 1), "1 KB");
    assert_eq!(size_text(&en, 1024 * 1024 - 1), "1024 KB");
    assert_eq!(size_text(&en, 10 * 1024 * 1024), "10 MB");
    assert_eq!(
        describe(
            &en,
            UploadStatus::Done {
                name: "card.jpg".into(),
                size: 2048
            }
        ),
        "Uploaded card.jpg (2 KB)"
    );
    assert_eq!(
        describe(
            &translate("ja"),
            UploadStatus::Uploading {
                name: "card.jpg".into(),
                percent: 50
            }
        ),
        "card.jpg を送信しています(50%)"
    );
}

#[test]
fn the_same_message_for_the_next_file_still_changes_the_live_region() {
    let message = || "The file is too large.".to_owned();
    assert_ne!(fresh_each_pick(message(), 1), fresh_each_pick(message(), 2));
    assert_eq!(
        fresh_each_pick(message(), 2).trim(),
        fresh_each_pick(message(), 3).trim()
    );
}

#[test]
fn a_refusal_the_resident_must_act_on_is_said_at_the_field_in_their_words() {
    let en = translate("en");
    let said = |code| field_problem(code).map(|id| en.text(id));
    assert_eq!(
        said(ErrorCode::Unauthorized).as_deref(),
        Some(
            "To attach a file, first sign in on the “Your account” page. Files are kept only for residents who are signed in"
        )
    );
    assert!(said(ErrorCode::AttachmentQuotaExceeded).is_some());
    assert!(said(ErrorCode::RateLimited).is_some());
    // Trouble sending is not the resident's to fix at the field: picking the file again retries.
    assert_eq!(field_problem(ErrorCode::ServerUnreachable), None);
    assert_eq!(field_problem(ErrorCode::Unavailable), None);
}
