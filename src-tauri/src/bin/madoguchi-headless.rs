//! `madoguchi-headless <data-dir>`: the shell's local data and outbox without a window, driven by
//! lines on stdin. It runs exactly the code the window's commands run ([`LocalData`] and its
//! sender); only Tauri's window and IPC are left out, so the fault test can start and SIGKILL it a
//! hundred times in a minute (the real window takes seconds to start under Xvfb) and so a test can
//! run it with no keyring reachable.
//!
//! What it writes is a question to the city (お問い合わせ, the city's `inquiry` form), as the
//! apply flow would: `submit <subject>` checks it against the form (kept on the device, else asked
//! of the city) and queues it; `draft <subject>` keeps it as a draft, which needs no form.
//!
//! Commands, one per line: `submit <subject>`, `draft <subject>`, `list`, `drafts`, `pending`,
//! `catalogue`, `send-now`, `wipe`. Answers, one line each: `ready`, `saved <local id>`,
//! `application <local id> <state>` … `end`, `draft <local id> <subject>` … `end`,
//! `pending <n>`, `ok`, or `error <code> <message id>`.

use std::io::{BufRead as _, Write as _};

use madoguchi_domain::application::ApplicationSubmission;
use madoguchi_domain::form::{Answer, Answers};
use madoguchi_domain::{DeliveryState, DraftInput, ProcedureId};
use madoguchi_shell::config::ShellConfig;
use madoguchi_shell::error::ShellError;
use madoguchi_shell::local_data::LocalData;

/// The form the questions are written in, and the version this driver fills.
const INQUIRY: &str = "inquiry";
const INQUIRY_VERSION: u32 = 1;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    madoguchi_shell::init_logging();
    let dir = std::env::args_os()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: madoguchi-headless <data-dir>"))?;
    let config = ShellConfig::load()?;
    let data = madoguchi_shell::start_local_data(&config, std::path::Path::new(&dir));
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready")?;
    let (lines_tx, mut lines) = tokio::sync::mpsc::unbounded_channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    while let Some(line) = lines.recv().await {
        let (command, rest) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let answer = match command {
            "submit" => submit(&data, rest).await.map(|saved| format!("saved {saved}")),
            "draft" => draft(&data, rest).await.map(|saved| format!("saved {saved}")),
            "list" => data.my_applications().await.map(|list| {
                let mut text = String::new();
                for a in list {
                    let state = match a.delivery {
                        DeliveryState::Pending { attempts } => format!("pending:{attempts}"),
                        DeliveryState::Sent { reference } => format!("sent:{reference}"),
                        DeliveryState::Failed { error } => format!("failed:{:?}", error.code),
                    };
                    text.push_str(&format!("application {} {state}\n", a.local_id));
                }
                text + "end"
            }),
            "drafts" => data.my_drafts().await.map(|list| {
                let mut text = String::new();
                for d in list {
                    let subject = match d.answers.get("subject") {
                        Some(Answer::Text(subject)) => subject.as_str(),
                        _ => "",
                    };
                    text.push_str(&format!("draft {} {subject}\n", d.local_id));
                }
                text + "end"
            }),
            "pending" => data.pending_count().await.map(|n| format!("pending {n}")),
            "catalogue" => data
                .refresh_catalogue()
                .await
                .map(|c| format!("catalogue {} procedures", c.value.procedures.len())),
            "send-now" => data.send_now().await.map(|()| "ok".to_owned()),
            "wipe" => data.delete_all().await.map(|()| "ok".to_owned()),
            other => Ok(format!("error unknown-command {other}")),
        };
        let answer = answer.unwrap_or_else(|e: ShellError| {
            let api = e.to_api_error();
            format!(
                "error {} {}",
                serde_json::to_value(api.code)
                    .unwrap_or_default()
                    .as_str()
                    .unwrap_or("?"),
                api.message_id
            )
        });
        writeln!(out, "{answer}")?;
        out.flush()?;
    }
    Ok(())
}

fn inquiry() -> Result<ProcedureId, ShellError> {
    ProcedureId::parse(INQUIRY).map_err(|e| ShellError::BadResponse(e.to_string()))
}

/// Checks and queues a question, as "send" at the end of the apply flow does.
async fn submit(data: &LocalData, subject: &str) -> Result<i64, ShellError> {
    let procedure = inquiry()?;
    // The flow has the form before the resident can fill it: kept, or asked of the city now.
    data.procedure_form(procedure.clone(), Some(INQUIRY_VERSION))
        .await?;
    let submission = ApplicationSubmission {
        procedure,
        form_version: INQUIRY_VERSION,
        answers: question(subject),
        declared: false,
    };
    Ok(data.submit_application(submission, None).await?.local_id)
}

/// Keeps a question as a draft, as the flow does while the resident types.
async fn draft(data: &LocalData, subject: &str) -> Result<i64, ShellError> {
    let input = DraftInput {
        local_id: None,
        procedure: inquiry()?,
        form_version: INQUIRY_VERSION,
        answers: question(subject),
        step: 0,
    };
    Ok(data.save_draft(input).await?.local_id)
}

/// A realistic question with the given subject (the fault test numbers its subjects).
fn question(subject: &str) -> Answers {
    let text = |s: &str| Answer::Text(s.to_owned());
    Answers::from([
        ("department".to_owned(), text("general")),
        ("subject".to_owned(), text(subject)),
        ("message".to_owned(), text("粗大ごみの出し方を教えてください。")),
        ("reply-by".to_owned(), text("phone")),
        ("contact-phone".to_owned(), text("0612-34-5678")),
        ("contact-name".to_owned(), text("夢咲 太郎")),
    ])
}
