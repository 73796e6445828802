//! Where messages go: an SMTP server (lettre, with rustls: STARTTLS or TLS, and
//! authentication, from one URL), or `.eml` files in a folder, for the demo and for
//! machines with no mail server, with each message's links written to the log.
//!
//! lettre is the maintained mail crate of the Rust ecosystem: it builds MIME messages and
//! speaks SMTP over tokio with rustls, so no C library (OpenSSL) is needed.

use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;
use std::time::Duration;

/// How long one exchange with the SMTP server may take.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Where a process sends its mail (the server's `--smtp-url` or `--outbox-dir`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransportConfig {
    /// An SMTP server: `smtp://user:password@host:587?tls=required` (STARTTLS),
    /// `smtps://user:password@host:465` (TLS), `smtp://127.0.0.1:1025` (plain, a test
    /// server on the same machine).
    Smtp(String),
    /// A folder that receives each message as a `.eml` file.
    Files(PathBuf),
}

/// Why a message was not sent: for good (the server refused it) or for now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendError {
    Permanent(String),
    Transient(String),
}

/// A process's way out for mail.
#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp(_) => f.write_str("Transport::Smtp"),
            Self::Files(_) => f.write_str("Transport::Files"),
        }
    }
}

impl Transport {
    /// The transport a configuration names; a folder is made if it is missing.
    pub fn new(config: &TransportConfig) -> Result<Self, String> {
        match config {
            TransportConfig::Smtp(url) => {
                let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("the SMTP address {url:?} cannot be used: {e}"))?;
                Ok(Self::Smtp(builder.timeout(Some(SMTP_TIMEOUT)).build()))
            }
            TransportConfig::Files(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot make {}: {e}", dir.display()))?;
                Ok(Self::Files(AsyncFileTransport::<Tokio1Executor>::new(dir)))
            }
        }
    }

    /// Sends one message. An SMTP answer of the 5xx kind is permanent; anything else
    /// (4xx, a connection refused or cut, a timeout) is worth another try later.
    pub async fn send(&self, message: Message) -> Result<(), SendError> {
        match self {
            Self::Smtp(smtp) => match smtp.send(message).await {
                Ok(_) => Ok(()),
                Err(err) if err.is_permanent() => Err(SendError::Permanent(err.to_string())),
                Err(err) => Err(SendError::Transient(err.to_string())),
            },
            Self::Files(files) => files
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| SendError::Transient(e.to_string())),
        }
    }

    /// Whether messages go to files (whose links the sender writes to the log).
    pub fn is_files(&self) -> bool {
        matches!(self, Self::Files(_))
    }
}
