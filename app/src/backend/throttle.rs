//! Throttling: sign-in and registration per address and per account, comment submission
//! per account and per address. Limits refill steadily (GCRA, the `governor` crate), so a
//! blocked caller waits seconds, never a lockout that an attacker could impose on a victim
//! for good. Limits are per server process; the answer is 429 with `Retry-After`.

use crate::domain::AppError;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};
use std::num::NonZeroU32;
use std::time::Duration;

/// What is being limited, and by what key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Sign-in attempts from one address.
    SignInFrom,
    /// Sign-in attempts on one account (its e-mail), from anywhere.
    SignInTo,
    /// Registrations from one address.
    RegisterFrom,
    /// Comments by one account.
    CommentBy,
    /// Comments from one address.
    CommentFrom,
    /// Recovery and verification links asked for, or used, from one address.
    RecoverFrom,
    /// Recovery links asked for one e-mail address (or verification links for one account).
    RecoverTo,
}

fn quota(per_minute: u32, burst: u32) -> Quota {
    let per = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(per).allow_burst(burst)
}

/// The limiters of one server process.
pub struct Throttle {
    sign_in_from: DefaultKeyedRateLimiter<String>,
    sign_in_to: DefaultKeyedRateLimiter<String>,
    register_from: DefaultKeyedRateLimiter<String>,
    recover_from: DefaultKeyedRateLimiter<String>,
    recover_to: DefaultKeyedRateLimiter<String>,
    comment_by: DefaultKeyedRateLimiter<String>,
    comment_from: DefaultKeyedRateLimiter<String>,
}

impl std::fmt::Debug for Throttle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Throttle")
    }
}

/// How many comments a minute one account, and one address, may submit. The secretariat
/// raises them for a meeting where many participants comment from one address (a
/// conference hall behind one router), or for a load test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommentLimits {
    pub per_account: u32,
    pub per_address: u32,
}

impl Default for CommentLimits {
    /// Ten a minute per account (nobody writes considered comments faster), sixty a minute
    /// per address.
    fn default() -> Self {
        Self {
            per_account: 10,
            per_address: 60,
        }
    }
}

impl Default for Throttle {
    fn default() -> Self {
        Self::new(CommentLimits::default())
    }
}

impl Throttle {
    /// Generous for people, tight for scripts: a delegation behind one address can sign in
    /// together; one account cannot be guessed at more than ten times a minute.
    pub fn new(comments: CommentLimits) -> Self {
        Self {
            sign_in_from: DefaultKeyedRateLimiter::keyed(quota(30, 30)),
            sign_in_to: DefaultKeyedRateLimiter::keyed(quota(10, 10)),
            register_from: DefaultKeyedRateLimiter::keyed(quota(20, 20)),
            // A person asks for a link, or follows one, a few times; an inbox is not
            // flooded: three messages to one address, then one every ten minutes.
            recover_from: DefaultKeyedRateLimiter::keyed(quota(10, 10)),
            recover_to: DefaultKeyedRateLimiter::keyed(
                Quota::with_period(std::time::Duration::from_secs(600))
                    .unwrap_or_else(|| quota(1, 1))
                    .allow_burst(NonZeroU32::new(3).unwrap_or(NonZeroU32::MIN)),
            ),
            comment_by: DefaultKeyedRateLimiter::keyed(quota(
                comments.per_account,
                comments.per_account,
            )),
            comment_from: DefaultKeyedRateLimiter::keyed(quota(
                comments.per_address,
                comments.per_address,
            )),
        }
    }

    /// Counts one attempt; refuses it with the seconds to wait when over the limit.
    pub fn check(&self, action: Action, key: &str) -> Result<(), AppError> {
        let limiter = match action {
            Action::SignInFrom => &self.sign_in_from,
            Action::SignInTo => &self.sign_in_to,
            Action::RegisterFrom => &self.register_from,
            Action::RecoverFrom => &self.recover_from,
            Action::RecoverTo => &self.recover_to,
            Action::CommentBy => &self.comment_by,
            Action::CommentFrom => &self.comment_from,
        };
        let key = key.trim().to_lowercase();
        limiter.check_key(&key).map_err(|not_until| {
            let wait: Duration = not_until.wait_time_from(DefaultClock::default().now());
            AppError::TooManyRequests {
                retry_after_secs: wait.as_secs().max(1),
            }
        })?;
        // Forget idle keys now and then so that memory stays bounded.
        if limiter.len() > 100_000 {
            limiter.retain_recent();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_gets_ten_tries_a_minute_and_then_a_short_wait() {
        let throttle = Throttle::default();
        for _ in 0..10 {
            assert!(throttle.check(Action::SignInTo, "Ana@Example.org").is_ok());
        }
        match throttle.check(Action::SignInTo, "ana@example.org") {
            Err(AppError::TooManyRequests { retry_after_secs }) => {
                assert!((1..=6).contains(&retry_after_secs), "{retry_after_secs}");
            }
            other => panic!("{other:?}"),
        }
        // Another account is not affected.
        assert!(throttle.check(Action::SignInTo, "ben@example.org").is_ok());
    }
}
