//! `madoguchi-server create-staff <username> <clerk|volunteer|admin>`: an admin adds a member of
//! staff. The password is read from standard input (never from the command line, where other users
//! of the machine could see it in the process list); the TOTP secret is made here and printed once,
//! as an `otpauth://` address for the authenticator app.

use madoguchi_domain::UnixMillis;
use madoguchi_domain::account::{Role, Username};

use crate::credentials::{hash_password, new_totp_secret, otpauth_uri};
use crate::storage::{NewStaff, Store};

/// The shortest password taken: with a second factor, 12 characters a person can remember.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// What was created: the TOTP secret (base32) and its `otpauth://` address.
#[derive(Debug)]
pub struct CreatedStaff {
    pub totp_secret: String,
    pub otpauth_uri: String,
}

/// Why a member of staff was not created.
#[derive(Debug, thiserror::Error)]
pub enum CreateStaffError {
    #[error("{0:?} is not a username: 3–32 of a–z 0–9 . _ -, starting with a letter")]
    BadUsername(String),
    #[error("{0:?} is not a role: clerk, volunteer or admin")]
    BadRole(String),
    #[error("the password must be at least {MIN_PASSWORD_CHARS} characters")]
    WeakPassword,
    #[error("a member of staff named {0} exists already")]
    Taken(String),
    #[error(transparent)]
    Store(#[from] crate::storage::StoreError),
}

pub async fn create_staff(
    store: &dyn Store,
    username: &str,
    role: &str,
    password: &str,
    at: UnixMillis,
) -> Result<CreatedStaff, CreateStaffError> {
    let username =
        Username::parse(username).ok_or_else(|| CreateStaffError::BadUsername(username.to_owned()))?;
    let role = Role::parse(role).ok_or_else(|| CreateStaffError::BadRole(role.to_owned()))?;
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(CreateStaffError::WeakPassword);
    }
    let totp_secret = new_totp_secret();
    let password = password.to_owned();
    let password_hash = tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| crate::storage::StoreError::Internal(e.to_string()))?;
    let created = store
        .create_staff(NewStaff {
            username: username.clone(),
            role,
            password_hash,
            totp_secret: totp_secret.clone(),
            at,
        })
        .await?;
    if !created {
        return Err(CreateStaffError::Taken(username.as_str().to_owned()));
    }
    Ok(CreatedStaff {
        otpauth_uri: otpauth_uri("Madoguchi", username.as_str(), &totp_secret),
        totp_secret,
    })
}
