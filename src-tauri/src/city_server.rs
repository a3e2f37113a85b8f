//! The city's server, as the shell talks to it over HTTP (reqwest, rustls).

use std::time::Duration;

use madoguchi_domain::{ApiError, ProcedureCatalogue};
use serde::de::DeserializeOwned;

use crate::error::{Result, ShellError};

/// A client for one city's server.
#[derive(Clone)]
pub struct CityServer {
    base: reqwest::Url,
    http: reqwest::Client,
}

impl CityServer {
    pub fn new(base: reqwest::Url) -> Self {
        let http = reqwest::Client::builder()
            // A resident on flaky mobile data should see the error in seconds, not minutes.
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(20))
            .build()
            .expect("a client with only timeouts set always builds");
        Self { base, http }
    }

    pub async fn procedure_catalogue(&self) -> Result<ProcedureCatalogue> {
        self.get("api/v1/procedures").await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T> {
        let url = self
            .base
            .join(path)
            .map_err(|e| ShellError::BadResponse(e.to_string()))?;
        let response = self.http.get(url).send().await.map_err(ShellError::Unreachable)?;
        let status = response.status();
        let body = response.bytes().await.map_err(ShellError::Unreachable)?;
        if status.is_success() {
            serde_json::from_slice(&body).map_err(|e| ShellError::BadResponse(e.to_string()))
        } else {
            match serde_json::from_slice::<ApiError>(&body) {
                Ok(error) => Err(ShellError::Server {
                    status: status.as_u16(),
                    error,
                }),
                Err(_) => Err(ShellError::BadResponse(format!("HTTP {status}"))),
            }
        }
    }
}
