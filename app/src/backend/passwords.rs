//! Password hashing with argon2id at OWASP's parameters (19 MiB, t=2, p=1), on blocking
//! threads and at most a few at a time, so a flood of sign-ins cannot exhaust memory.

use super::OrInternal;
use crate::domain::AppError;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// At most this many hashes at once: 4 × 19 MiB of memory.
static HASHING: Semaphore = Semaphore::const_new(4);

fn argon2() -> Result<Argon2<'static>, AppError> {
    let params = Params::new(19 * 1024, 2, 1, None).or_internal()?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

async fn on_blocking_pool<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    let _permit = HASHING.acquire().await.or_internal()?;
    tokio::task::spawn_blocking(work).await.or_internal()?
}

/// Whether a password is too common or too easily guessed to accept: zxcvbn (a port of
/// Dropbox's estimator, shipping the 30,000 most common passwords with names, English words,
/// keyboard patterns, repeats, sequences and l33t variants) rates it below "somewhat
/// guessable", also counting the account's own e-mail and name as known words.
pub fn too_common(password: &str, context: &[&str]) -> bool {
    // Each input whole, run together ("aminadiallo"), and word by word ("amina").
    let mut known: Vec<String> = Vec::new();
    for input in context {
        let words: Vec<&str> = input
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .collect();
        known.push((*input).to_owned());
        known.push(words.concat());
        known.extend(words.iter().map(|w| (*w).to_owned()));
    }
    let known: Vec<&str> = known.iter().map(String::as_str).collect();
    zxcvbn::zxcvbn(password, &known).score() < zxcvbn::Score::Two
}

/// Hashes a password into a PHC string (algorithm, parameters and salt included).
pub async fn hash(password: String) -> Result<String, AppError> {
    on_blocking_pool(move || {
        let salt_bytes: [u8; 16] = rand::random();
        let salt = SaltString::encode_b64(&salt_bytes).or_internal()?;
        Ok(argon2()?
            .hash_password(password.as_bytes(), &salt)
            .or_internal()?
            .to_string())
    })
    .await
}

/// The stored "hash" of an account that has no password yet (one made for the sender of
/// an imported comment): no password matches it, until an administrator sets one.
pub const NO_PASSWORD: &str = "!none";

/// Checks a password against a stored hash. With no hash (an unknown e-mail, or an
/// account without a password) it checks against a dummy hash, so every case takes the same
/// time and a wrong password gives the same answer.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, AppError> {
    let (stored, can_match) = match stored {
        Some(stored) if stored != NO_PASSWORD => (stored, true),
        _ => (dummy_hash().await?, false),
    };
    on_blocking_pool(move || {
        let parsed = PasswordHash::new(&stored).or_internal()?;
        let matches = argon2()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(matches && can_match)
    })
    .await
}

async fn dummy_hash() -> Result<String, AppError> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return Ok(hash.clone());
    }
    let fresh = hash(hex::encode(rand::random::<[u8; 16]>())).await?;
    Ok(DUMMY.get_or_init(|| fresh).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_owasp_parameters() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(
            verify("correct horse battery".into(), Some(h.clone()))
                .await
                .unwrap()
        );
        assert!(!verify("wrong horse battery".into(), Some(h)).await.unwrap());
        assert!(!verify("anything at all".into(), None).await.unwrap());
        assert!(
            !verify(NO_PASSWORD.into(), Some(NO_PASSWORD.into()))
                .await
                .unwrap()
        );
    }
}
