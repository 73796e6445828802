//! Pure validation, run in the browser for instant feedback and again in the service as the
//! real check.

use super::account::{Capacity, ProfileForm, RegistrationForm, StakeholderGroup};
use super::countries;
use super::error::{Field, FieldProblems, Problem};
use super::user_text::is_bidi_control;

pub const PASSWORD_MIN_CHARS: usize = 12;
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const EMAIL_MAX_CHARS: usize = 254;
pub const DISPLAY_NAME_MAX_CHARS: usize = 100;
pub const ORGANISATION_MAX_CHARS: usize = 200;

/// A registration that passed every check, with values normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidRegistration {
    pub email: String,
    pub password: String,
    pub profile: ValidProfile,
}

/// Profile fields that passed every check, with values normalised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidProfile {
    pub display_name: String,
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    pub organisation: Option<String>,
    pub capacity: Capacity,
}

/// Trims and lower-cases an e-mail address and checks its shape (one `@`, a dotted domain,
/// no spaces). Deliverability is not checked here.
pub fn validate_email(raw: &str) -> Result<String, Problem> {
    let email = raw.trim().to_lowercase();
    if email.is_empty() {
        return Err(Problem::Required);
    }
    if email.chars().count() > EMAIL_MAX_CHARS {
        return Err(Problem::TooLong {
            max: EMAIL_MAX_CHARS,
        });
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(Problem::InvalidEmail);
    };
    let shape_ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if shape_ok {
        Ok(email)
    } else {
        Err(Problem::InvalidEmail)
    }
}

/// Passwords are counted in characters, not bytes, and kept exactly as typed: spaces and
/// any script are allowed so that pass-phrases work.
pub fn validate_password(raw: &str) -> Result<(), Problem> {
    let chars = raw.chars().count();
    if chars == 0 {
        Err(Problem::Required)
    } else if chars < PASSWORD_MIN_CHARS {
        Err(Problem::TooShort {
            min: PASSWORD_MIN_CHARS,
        })
    } else if chars > PASSWORD_MAX_CHARS {
        Err(Problem::TooLong {
            max: PASSWORD_MAX_CHARS,
        })
    } else {
        Ok(())
    }
}

/// A required single-line text: trimmed, within `max` characters, no control characters.
/// Direction overrides, embeddings and isolates count as control characters: in a name or
/// a title they only serve to turn the app's words after them around (right-to-left
/// scripts do not need them; the marks U+200E/U+200F stay allowed).
pub fn validate_line(raw: &str, max: usize) -> Result<String, Problem> {
    let value = raw.trim();
    if value.is_empty() {
        Err(Problem::Required)
    } else if value.chars().count() > max {
        Err(Problem::TooLong { max })
    } else if value.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        Err(Problem::ControlCharacters)
    } else {
        Ok(value.to_owned())
    }
}

/// An optional single-line text: empty becomes `None`.
pub fn validate_optional_line(raw: &str, max: usize) -> Result<Option<String>, Problem> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        validate_line(raw, max).map(Some)
    }
}

/// A choice from a fixed list, by its code.
pub fn validate_choice<T>(raw: &str, from_code: impl Fn(&str) -> Option<T>) -> Result<T, Problem> {
    if raw.trim().is_empty() {
        Err(Problem::Required)
    } else {
        from_code(raw.trim()).ok_or(Problem::UnknownChoice)
    }
}

/// A yes-or-no field as a form or a script sends it: `1`, `true`, `on`, `yes` or `0`,
/// `false`, `off`, `no` (any case); nothing at all is no, as for an unticked checkbox.
/// Anything else is `None`, for the caller to refuse rather than read as no.
pub fn parse_yes_no(raw: &str) -> Option<bool> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "on" | "yes" => Some(true),
        "" | "0" | "false" | "off" | "no" => Some(false),
        _ => None,
    }
}

/// An ISO 3166-1 alpha-2 code of a country the app knows, upper-cased.
pub fn validate_country(raw: &str) -> Result<String, Problem> {
    validate_choice(raw, countries::country).map(|c| c.code.to_owned())
}

fn validate_profile_fields(
    problems: &mut FieldProblems,
    form: &ProfileForm,
) -> Option<ValidProfile> {
    let display_name = problems.check(
        Field::DisplayName,
        validate_line(&form.display_name, DISPLAY_NAME_MAX_CHARS),
    );
    let stakeholder_group = problems.check(
        Field::StakeholderGroup,
        validate_choice(&form.stakeholder_group, StakeholderGroup::from_code),
    );
    let country = problems.check(Field::Country, validate_country(&form.country));
    let organisation = problems.check(
        Field::Organisation,
        validate_optional_line(&form.organisation, ORGANISATION_MAX_CHARS),
    );
    let capacity = problems.check(
        Field::Capacity,
        validate_choice(&form.capacity, Capacity::from_code),
    );
    let capacity = capacity?;
    let organisation = organisation?;
    // Speaking on behalf of an organisation needs the organisation's name.
    if capacity == Capacity::Organisation && organisation.is_none() {
        problems.push(Field::Organisation, Problem::Required);
        return None;
    }
    Some(ValidProfile {
        display_name: display_name?,
        stakeholder_group: stakeholder_group?,
        country: country?,
        organisation,
        capacity,
    })
}

pub fn validate_registration(form: &RegistrationForm) -> Result<ValidRegistration, FieldProblems> {
    let mut problems = FieldProblems::default();
    let email = problems.check(Field::Email, validate_email(&form.email));
    let password = problems.check(Field::Password, validate_password(&form.password));
    let profile = validate_profile_fields(&mut problems, &form.profile());
    match (email, password, profile) {
        (Some(email), Some(()), Some(profile)) if problems.is_empty() => Ok(ValidRegistration {
            email,
            password: form.password.clone(),
            profile,
        }),
        _ => Err(problems),
    }
}

pub fn validate_profile(form: &ProfileForm) -> Result<ValidProfile, FieldProblems> {
    let mut problems = FieldProblems::default();
    let profile = validate_profile_fields(&mut problems, form);
    match profile {
        Some(profile) if problems.is_empty() => Ok(profile),
        _ => Err(problems),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_or_no_reads_what_forms_and_scripts_send_and_nothing_else() {
        for yes in ["1", "true", "TRUE", "on", "yes", " Yes "] {
            assert_eq!(parse_yes_no(yes), Some(true), "{yes}");
        }
        for no in ["", "0", "false", "off", "no", "No"] {
            assert_eq!(parse_yes_no(no), Some(false), "{no}");
        }
        for other in ["2", "y", "truth", "-1", "nope"] {
            assert_eq!(parse_yes_no(other), None, "{other}");
        }
    }

    #[test]
    fn lines_refuse_direction_overrides_but_keep_right_to_left_text() {
        assert_eq!(
            validate_line("ACME \u{202e}ecnarF", 100),
            Err(Problem::ControlCharacters)
        );
        assert_eq!(
            validate_line("x\u{2067}y", 100),
            Err(Problem::ControlCharacters)
        );
        assert_eq!(
            validate_line("جمعية \u{200f}الإنترنت", 100).as_deref(),
            Ok("جمعية \u{200f}الإنترنت")
        );
    }

    fn form() -> RegistrationForm {
        RegistrationForm {
            email: "  Amina.Diallo@Example.SN ".into(),
            password: "correct horse battery".into(),
            display_name: " Amina Diallo ".into(),
            stakeholder_group: "civil_society".into(),
            country: "sn".into(),
            organisation: "".into(),
            capacity: "personal".into(),
        }
    }

    #[test]
    fn emails_are_trimmed_lowercased_and_shape_checked() {
        assert_eq!(validate_email(" A@B.Org "), Ok("a@b.org".into()));
        assert_eq!(validate_email(""), Err(Problem::Required));
        for bad in [
            "a",
            "a@b",
            "@b.org",
            "a@b@c.org",
            "a b@c.org",
            "a@.org",
            "a@b.org.",
            "a@b..org",
        ] {
            assert_eq!(validate_email(bad), Err(Problem::InvalidEmail), "{bad}");
        }
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            validate_email(&long),
            Err(Problem::TooLong {
                max: EMAIL_MAX_CHARS
            })
        );
    }

    #[test]
    fn passwords_count_characters_not_bytes() {
        assert_eq!(validate_password(""), Err(Problem::Required));
        assert_eq!(
            validate_password("short pass1"),
            Err(Problem::TooShort { min: 12 })
        );
        assert_eq!(validate_password("twelve chars"), Ok(()));
        // Twelve characters of Devanagari are 36 bytes; eleven are still too short.
        assert_eq!(
            validate_password(&"क".repeat(11)),
            Err(Problem::TooShort { min: 12 })
        );
        assert_eq!(validate_password(&"é".repeat(128)), Ok(()));
        assert_eq!(
            validate_password(&"é".repeat(129)),
            Err(Problem::TooLong { max: 128 })
        );
    }

    #[test]
    fn lines_refuse_control_characters_and_overlong_values() {
        assert_eq!(validate_line("  Ana  ", 10), Ok("Ana".into()));
        assert_eq!(validate_line("   ", 10), Err(Problem::Required));
        assert_eq!(
            validate_line("a\u{0}b", 10),
            Err(Problem::ControlCharacters)
        );
        assert_eq!(
            validate_line(&"x".repeat(11), 10),
            Err(Problem::TooLong { max: 10 })
        );
        assert_eq!(validate_optional_line(" ", 10), Ok(None));
    }

    #[test]
    fn a_good_registration_is_normalised() {
        let valid = validate_registration(&form()).expect("valid");
        assert_eq!(valid.email, "amina.diallo@example.sn");
        assert_eq!(valid.profile.display_name, "Amina Diallo");
        assert_eq!(valid.profile.country, "SN");
        assert_eq!(
            valid.profile.stakeholder_group,
            StakeholderGroup::CivilSociety
        );
        assert_eq!(valid.profile.organisation, None);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let bad = RegistrationForm {
            email: "nope".into(),
            password: "short".into(),
            display_name: "".into(),
            stakeholder_group: "press".into(),
            country: "XX".into(),
            organisation: "".into(),
            capacity: "".into(),
        };
        let problems = validate_registration(&bad).expect_err("invalid");
        assert_eq!(problems.get(Field::Email), Some(&Problem::InvalidEmail));
        assert_eq!(
            problems.get(Field::Password),
            Some(&Problem::TooShort { min: 12 })
        );
        assert_eq!(problems.get(Field::DisplayName), Some(&Problem::Required));
        assert_eq!(
            problems.get(Field::StakeholderGroup),
            Some(&Problem::UnknownChoice)
        );
        assert_eq!(problems.get(Field::Country), Some(&Problem::UnknownChoice));
        assert_eq!(problems.get(Field::Capacity), Some(&Problem::Required));
    }

    #[test]
    fn speaking_for_an_organisation_needs_its_name() {
        let mut f = form();
        f.capacity = "organisation".into();
        let problems = validate_registration(&f).expect_err("needs organisation");
        assert_eq!(problems.get(Field::Organisation), Some(&Problem::Required));
        f.organisation = "Réseau Ouest-Africain".into();
        assert!(validate_registration(&f).is_ok());
    }
}
