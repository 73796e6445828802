//! Every catalogue says everything, and says it in its language.

use super::*;

#[test]
fn accept_language_picks_the_best_known_language() {
    assert_eq!(
        Locale::negotiate("fr-CH, fr;q=0.9, en;q=0.8"),
        Some(Locale::Fr)
    );
    assert_eq!(
        Locale::negotiate("de-DE, en;q=0.5, fr;q=0.7"),
        Some(Locale::Fr)
    );
    assert_eq!(Locale::negotiate("es, de"), None);
    assert_eq!(Locale::negotiate("fr;q=0, en"), Some(Locale::En));
}

#[test]
fn times_are_shown_in_utc_with_the_zone_named() {
    let en = Locale::En.texts();
    let fr = Locale::Fr.texts();
    assert_eq!(
        (en.datetime)("2005-02-15T09:30:00Z"),
        "15 February 2005, 09:30 UTC"
    );
    assert_eq!(
        (fr.datetime)("2005-02-15T09:30:00Z"),
        "15 février 2005 à 09:30 UTC"
    );
}

#[test]
fn every_problem_has_words_in_every_language() {
    let problems = [
        Problem::Required,
        Problem::TooShort { min: 12 },
        Problem::TooLong { max: 128 },
        Problem::ControlCharacters,
        Problem::InvalidEmail,
        Problem::EmailTaken,
        Problem::UnknownChoice,
        Problem::BadCredentials,
        Problem::AccountSuspended,
        Problem::PasswordTooCommon,
        Problem::TooManyTags { max: 5 },
        Problem::ConsultationClosed,
        Problem::NotEditable,
        Problem::ReplyNotAllowed,
        Problem::NotAllowedNow,
        Problem::AlreadyFlagged,
        Problem::InvalidSlug,
        Problem::SlugTaken,
        Problem::InvalidTime,
        Problem::ClosesBeforeOpening,
        Problem::MatchesToConfirm { count: 3 },
    ];
    for locale in Locale::ALL {
        for p in &problems {
            assert!(!(locale.texts().problem)(p).is_empty());
        }
    }
    assert!((Locale::Fr.texts().problem)(&Problem::TooShort { min: 12 }).contains("12"));
}
