//! `AppError`, the one error type every server function returns, and the field problems
//! that forms show beside their inputs.

use serde::{Deserialize, Serialize};
use server_fn::codec::JsonEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

/// A form field a problem is about; `Form` is the form as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Form,
    Email,
    Password,
    NewPassword,
    DisplayName,
    StakeholderGroup,
    Country,
    Organisation,
    Capacity,
    Paragraph,
    Quote,
    Body,
    Tags,
    Consent,
    Reason,
    Disposition,
    Response,
    Note,
    Slug,
    Title,
    Description,
    Status,
    OpensAt,
    ClosesAt,
    Code,
    Cluster,
    Markdown,
    /// The matches of an old version's paragraphs in a new one.
    Matches,
    /// The change a disposition caused.
    ChangedIn,
    /// The files of a contribution.
    Files,
    /// The language of a comment.
    Language,
}

impl Field {
    /// The id of the control a form gives this field (a group of radios or checkboxes: its
    /// fieldset), for the error summary's links; `None` for the form as a whole. The
    /// end-to-end test of the registration form follows every link of its summary.
    pub fn input_id(self) -> Option<&'static str> {
        Some(match self {
            Self::Form => return None,
            Self::Email => "email",
            Self::Password => "password",
            Self::NewPassword => "new_password",
            Self::DisplayName => "display_name",
            Self::StakeholderGroup => "stakeholder_group",
            Self::Country => "country",
            Self::Organisation => "organisation",
            Self::Capacity => "capacity",
            Self::Paragraph => "paragraph",
            Self::Quote => "quote",
            Self::Body => "body",
            Self::Tags => "tags",
            Self::Consent => "consent",
            Self::Reason => "reason",
            Self::Disposition => "kind",
            Self::Response => "response",
            Self::Note => "note",
            Self::Slug => "slug",
            Self::Title => "title",
            Self::Description => "description",
            Self::Status => "status",
            Self::OpensAt => "opens_at",
            Self::ClosesAt => "closes_at",
            Self::Code => "code",
            Self::Cluster => "cluster",
            Self::Markdown => "markdown",
            Self::Matches => "paragraph-matches",
            Self::ChangedIn => "changed",
            Self::Files => "files",
            Self::Language => "language",
        })
    }
}

/// What is wrong with a value, as a key the translation catalogue turns into words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    Required,
    TooShort {
        min: usize,
    },
    TooLong {
        max: usize,
    },
    ControlCharacters,
    InvalidEmail,
    EmailTaken,
    UnknownChoice,
    /// A wrong password and an unknown e-mail give this same problem.
    BadCredentials,
    AccountSuspended,
    PasswordTooCommon,
    TooManyTags {
        max: usize,
    },
    /// The consultation does not take comments now.
    ConsultationClosed,
    /// The comment is no longer pending, so its author cannot change it.
    NotEditable,
    /// Only a published comment that is not itself a reply can be answered.
    ReplyNotAllowed,
    /// The change is not allowed from the comment's current status.
    NotAllowedNow,
    /// This reader has already reported this comment.
    AlreadyFlagged,
    /// Only lower-case letters, digits and hyphens (upper-case for paper codes).
    InvalidSlug,
    SlugTaken,
    InvalidTime,
    ClosesBeforeOpening,
    /// A new version of a paper waits for the secretariat to confirm these uncertain
    /// matches of its paragraphs.
    MatchesToConfirm {
        count: usize,
    },
    /// A translation's numbered blocks are not the paper's: `expected` blocks in the
    /// paper, `found` in the translation, the first difference at block `at`.
    StructureDiffers {
        expected: usize,
        found: usize,
        at: String,
    },
    /// A file was refused at the door (`name` is empty when the problem is their number).
    File {
        name: String,
        refusal: super::contributions::FileRefusal,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

/// Every problem a submitted form has, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblems(pub Vec<FieldProblem>);

impl FieldProblems {
    pub fn one(field: Field, problem: Problem) -> Self {
        Self(vec![FieldProblem { field, problem }])
    }

    pub fn push(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldProblem { field, problem });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first problem with a field, which is the one shown beside it.
    pub fn get(&self, field: Field) -> Option<&Problem> {
        self.0.iter().find(|p| p.field == field).map(|p| &p.problem)
    }

    /// Collects the problem of a check into this list, giving back the checked value.
    pub fn check<T>(&mut self, field: Field, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.push(field, problem);
                None
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("sign-in required")]
    Unauthorized,
    #[error("not allowed")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid input")]
    Validation(FieldProblems),
    #[error("conflict")]
    Conflict(FieldProblems),
    #[error("too many requests; retry after {retry_after_secs} s")]
    TooManyRequests { retry_after_secs: u64 },
    /// Details are in the server log under `reference`; the user sees only the reference.
    #[error("internal error (reference {reference})")]
    Internal { reference: String },
    /// The request could not be read: a field is missing or is not of its kind (letters
    /// where a number belongs). Forms never send such requests; scripts and typed
    /// addresses may.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The request did not reach the server or its answer could not be read.
    #[error("transport: {0}")]
    Transport(String),
}

impl AppError {
    pub fn validation(field: Field, problem: Problem) -> Self {
        Self::Validation(FieldProblems::one(field, problem))
    }

    pub fn conflict(field: Field, problem: Problem) -> Self {
        Self::Conflict(FieldProblems::one(field, problem))
    }

    /// The field problems to show beside inputs, if this error has any.
    pub fn field_problems(&self) -> Option<&FieldProblems> {
        match self {
            Self::Validation(p) | Self::Conflict(p) => Some(p),
            _ => None,
        }
    }

    /// The HTTP status this error is answered with.
    pub fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Validation(_) => 422,
            Self::Conflict(_) => 409,
            Self::TooManyRequests { .. } => 429,
            Self::BadRequest(_) => 400,
            Self::Internal { .. } | Self::Transport(_) => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => {
                Self::BadRequest(value.to_string())
            }
            other => Self::Transport(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_problems_keep_the_first_problem_per_field() {
        let mut problems = FieldProblems::default();
        assert_eq!(problems.check(Field::Email, Ok::<_, Problem>(1)), Some(1));
        assert!(problems.is_empty());
        problems.check::<()>(Field::Email, Err(Problem::Required));
        problems.push(Field::Email, Problem::InvalidEmail);
        assert_eq!(problems.get(Field::Email), Some(&Problem::Required));
        assert_eq!(problems.get(Field::Password), None);
    }

    #[test]
    fn errors_map_to_http_statuses() {
        assert_eq!(AppError::Unauthorized.status(), 401);
        assert_eq!(AppError::Forbidden.status(), 403);
        assert_eq!(
            AppError::validation(Field::Email, Problem::Required).status(),
            422
        );
        assert_eq!(
            AppError::conflict(Field::Email, Problem::EmailTaken).status(),
            409
        );
        let unreadable = AppError::from_server_fn_error(ServerFnErrorErr::Args(
            "invalid digit found in string".into(),
        ));
        assert_eq!(unreadable.status(), 400);
    }
}
