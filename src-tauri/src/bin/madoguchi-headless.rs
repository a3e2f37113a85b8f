//! `madoguchi-headless <data-dir>`: the shell's local data and outbox without a window, driven by
//! lines on stdin. It runs exactly the code the window's commands run ([`LocalData`] and its
//! sender); only Tauri's window and IPC are left out, so the fault test can start and SIGKILL it a
//! hundred times in a minute (the real window takes seconds to start under Xvfb) and so a test can
//! run it with no keyring reachable.
//!
//! Commands, one per line: `submit <subject>`, `list`, `pending`, `send-now`, `wipe`.
//! Answers, one line each: `ready`, `saved <local id>`, `inquiry <local id> <state> <subject>` …
//! `end`, `pending <n>`, `ok`, or `error <code> <message id>`.

use std::io::{BufRead as _, Write as _};

use madoguchi_domain::{DeliveryState, InquiryForm};
use madoguchi_shell::config::ShellConfig;
use madoguchi_shell::error::ShellError;

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
            "submit" => data
                .submit_inquiry(form(rest))
                .await
                .map(|saved| format!("saved {}", saved.local_id)),
            "list" => data.my_inquiries().await.map(|list| {
                let mut text = String::new();
                for i in list {
                    let state = match i.delivery {
                        DeliveryState::Pending { attempts } => format!("pending:{attempts}"),
                        DeliveryState::Sent { reference } => format!("sent:{reference}"),
                        DeliveryState::Failed { error } => format!("failed:{:?}", error.code),
                    };
                    text.push_str(&format!("inquiry {} {state} {}\n", i.local_id, i.subject));
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

/// A realistic inquiry with the given subject (the fault test numbers its subjects).
fn form(subject: &str) -> InquiryForm {
    InquiryForm {
        department: "general".into(),
        subject: subject.to_owned(),
        message: "粗大ごみの出し方を教えてください。".into(),
        contact_name: "夢咲 太郎".into(),
        contact_email: String::new(),
        contact_phone: "0612-34-5678".into(),
    }
}
