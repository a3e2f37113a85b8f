//! `spawn_app()`: the real server on a free port over a fresh database in a temporary folder.

use madoguchi_server::{Application, ServerConfig};
use tokio::sync::oneshot;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    _stop: oneshot::Sender<()>,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request reaches the server")
    }
}

/// The demo city on a fresh database; `ui_dir` turns on web mode.
pub async fn spawn_app_with(ui_dir: Option<std::path::PathBuf>) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = ServerConfig {
        port: 0,
        database: dir.path().join("city.sqlite3"),
        ui_dir,
        ..ServerConfig::default()
    };
    let app = Application::build(&config).await.expect("the server starts");
    let address = format!("http://{}", app.local_addr());
    let (stop, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.run_until(async move {
        let _ = stopped.await;
    }));
    TestApp {
        address,
        client: reqwest::Client::new(),
        _stop: stop,
        _dir: dir,
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(None).await
}
