//! Builds the main catalogue, `Texts`, for one language from its `main.ftl`.

use super::*;
use crate::domain::countries::Region;
use crate::domain::{
    AppError, Capacity, ConsultationStatus, Field, IssueCluster, Problem, Role, StakeholderGroup,
};

pub(crate) fn build<const L: usize>() -> Texts {
    Texts {
        site_name: t::<L>("site-name"),
        site_tagline: t::<L>("site-tagline"),
        skip_to_content: t::<L>("skip-to-content"),
        nav_label: t::<L>("nav-label"),
        nav_home: t::<L>("nav-home"),
        nav_sign_in: t::<L>("nav-sign-in"),
        nav_register: t::<L>("nav-register"),
        nav_profile: t::<L>("nav-profile"),
        sign_out: t::<L>("sign-out"),
        signed_in_as: t::<L>("signed-in-as"),
        language: t::<L>("language"),
        footer: t::<L>("footer"),
        loading: t::<L>("loading"),
        sending: t::<L>("sending"),
        home_title: t::<L>("home-title"),
        home_intro: t::<L>("home-intro"),
        home_open: t::<L>("home-open"),
        home_closed: t::<L>("home-closed"),
        home_none_open: t::<L>("home-none-open"),
        opens: t::<L>("opens"),
        closes: t::<L>("closes"),
        paper_count: |n| f!(L, "paper-count", n = n),
        papers: t::<L>("papers"),
        cluster: t::<L>("cluster"),
        version: t::<L>("version"),
        read_paper: t::<L>("read-paper"),
        back_to_consultation: t::<L>("back-to-consultation"),
        paper_contents: t::<L>("paper-contents"),
        paragraph_label: |number| f!(L, "paragraph-label", number = number),
        register_title: t::<L>("register-title"),
        register_intro: t::<L>("register-intro"),
        register_submit: t::<L>("register-submit"),
        register_have_account: t::<L>("register-have-account"),
        welcome: t::<L>("welcome"),
        email: t::<L>("email"),
        password: t::<L>("password"),
        password_hint: t::<L>("password-hint"),
        display_name: t::<L>("display-name"),
        display_name_hint: t::<L>("display-name-hint"),
        stakeholder_group: t::<L>("stakeholder-group"),
        country: t::<L>("country"),
        country_hint: t::<L>("country-hint"),
        organisation: t::<L>("organisation"),
        organisation_hint: t::<L>("organisation-hint"),
        capacity: t::<L>("capacity"),
        choose: t::<L>("choose"),
        required_mark: t::<L>("required-mark"),
        form_has_problems: t::<L>("form-has-problems"),
        sign_in_title: t::<L>("sign-in-title"),
        sign_in_submit: t::<L>("sign-in-submit"),
        sign_in_no_account: t::<L>("sign-in-no-account"),
        profile_title: t::<L>("profile-title"),
        profile_intro: t::<L>("profile-intro"),
        profile_role: t::<L>("profile-role"),
        profile_save: t::<L>("profile-save"),
        profile_saved: t::<L>("profile-saved"),
        profile_failed_sign_ins: |n| f!(L, "profile-failed-sign-ins", n = n),
        sign_out_everywhere: t::<L>("sign-out-everywhere"),
        sign_out_everywhere_hint: t::<L>("sign-out-everywhere-hint"),
        my_data: t::<L>("my-data"),
        my_data_hint: t::<L>("my-data-hint"),
        my_data_link: t::<L>("my-data-link"),
        profile_sign_in_needed: t::<L>("profile-sign-in-needed"),
        not_found_title: t::<L>("not-found-title"),
        not_found_body: t::<L>("not-found-body"),
        not_found_home: t::<L>("not-found-home"),
        problem: |p| match p {
            Problem::Required => t::<L>("problem-required").to_owned(),
            Problem::TooShort { min } => f!(L, "problem-too-short", min = *min),
            Problem::TooLong { max } => f!(L, "problem-too-long", max = *max),
            Problem::ControlCharacters => t::<L>("problem-control-characters").to_owned(),
            Problem::InvalidEmail => t::<L>("problem-invalid-email").to_owned(),
            Problem::EmailTaken => t::<L>("problem-email-taken").to_owned(),
            Problem::UnknownChoice => t::<L>("problem-unknown-choice").to_owned(),
            Problem::BadCredentials => t::<L>("problem-bad-credentials").to_owned(),
            Problem::AccountSuspended => t::<L>("problem-account-suspended").to_owned(),
            Problem::PasswordTooCommon => t::<L>("problem-password-too-common").to_owned(),
            Problem::TooManyTags { max } => f!(L, "problem-too-many-tags", max = *max),
            Problem::ConsultationClosed => t::<L>("problem-consultation-closed").to_owned(),
            Problem::NotEditable => t::<L>("problem-not-editable").to_owned(),
            Problem::ReplyNotAllowed => t::<L>("problem-reply-not-allowed").to_owned(),
            Problem::InvalidSlug => t::<L>("problem-invalid-slug").to_owned(),
            Problem::SlugTaken => t::<L>("problem-slug-taken").to_owned(),
            Problem::InvalidTime => t::<L>("problem-invalid-time").to_owned(),
            Problem::ClosesBeforeOpening => t::<L>("problem-closes-before-opening").to_owned(),
            Problem::AlreadyFlagged => t::<L>("problem-already-flagged").to_owned(),
            Problem::NotAllowedNow => t::<L>("problem-not-allowed-now").to_owned(),
            Problem::MatchesToConfirm { count } => {
                f!(L, "problem-matches-to-confirm", count = *count)
            }
            Problem::StructureDiffers {
                expected,
                found,
                at,
            } => f!(
                L,
                "problem-structure-differs",
                expected = *expected,
                found = *found,
                at = at.as_str()
            ),
            Problem::File { name, refusal } => {
                (crate::i18n::Locale::from_index(L).texts().k.refusal)(name, *refusal)
            }
        },
        error: |e| match e {
            AppError::Unauthorized => t::<L>("error-unauthorized").to_owned(),
            AppError::Forbidden => t::<L>("error-forbidden").to_owned(),
            AppError::NotFound => t::<L>("error-not-found").to_owned(),
            AppError::Validation(_) | AppError::Conflict(_) => {
                t::<L>("error-validation").to_owned()
            }
            AppError::TooManyRequests { retry_after_secs } => f!(
                L,
                "error-too-many-requests",
                retry_after_secs = *retry_after_secs
            ),
            AppError::Internal { reference } => {
                f!(L, "error-internal", reference = reference.as_str())
            }
            AppError::BadRequest(_) => t::<L>("error-bad-request").to_owned(),
            AppError::Transport(_) => t::<L>("error-transport").to_owned(),
        },
        problems_title: t::<L>("problems-title"),
        error_title: |title| f!(L, "error-title", title = title),
        field_name: |field| {
            t::<L>(match field {
                Field::Form => "field-form",
                Field::Email => "field-email",
                Field::Password => "field-password",
                Field::NewPassword => "field-new-password",
                Field::DisplayName => "field-display-name",
                Field::StakeholderGroup => "field-stakeholder-group",
                Field::Country => "field-country",
                Field::Organisation => "field-organisation",
                Field::Capacity => "field-capacity",
                Field::Paragraph => "field-paragraph",
                Field::Quote => "field-quote",
                Field::Body => "field-body",
                Field::Tags => "field-tags",
                Field::Consent => "field-consent",
                Field::Reason => "field-reason",
                Field::Disposition => "field-disposition",
                Field::Response => "field-response",
                Field::Note => "field-note",
                Field::Slug => "field-slug",
                Field::Title => "field-title",
                Field::Description => "field-description",
                Field::Status => "field-status",
                Field::OpensAt => "field-opens-at",
                Field::ClosesAt => "field-closes-at",
                Field::Code => "field-code",
                Field::Cluster => "field-cluster",
                Field::Markdown => "field-markdown",
                Field::Matches => "field-matches",
                Field::ChangedIn => "field-changed-in",
                Field::Files => "field-files",
                Field::Language => "field-language",
            })
        },
        group: |g| {
            t::<L>(match g {
                StakeholderGroup::Government => "group-government",
                StakeholderGroup::PrivateSector => "group-private-sector",
                StakeholderGroup::CivilSociety => "group-civil-society",
                StakeholderGroup::AcademicTechnical => "group-academic-technical",
                StakeholderGroup::Intergovernmental => "group-intergovernmental",
            })
        },
        capacity_name: |c| {
            t::<L>(match c {
                Capacity::Personal => "capacity-personal",
                Capacity::Organisation => "capacity-organisation",
            })
        },
        role: |r| {
            t::<L>(match r {
                Role::Stakeholder => "role-stakeholder",
                Role::Secretariat => "role-secretariat",
                Role::Admin => "role-admin",
            })
        },
        cluster_name: |c| {
            t::<L>(match c {
                IssueCluster::Infrastructure => "cluster-infrastructure",
                IssueCluster::UseOfInternet => "cluster-use-of-internet",
                IssueCluster::WiderImpact => "cluster-wider-impact",
                IssueCluster::Development => "cluster-development",
            })
        },
        status: |s| {
            t::<L>(match s {
                ConsultationStatus::Draft => "status-draft",
                ConsultationStatus::Open => "status-open",
                ConsultationStatus::Closed => "status-closed",
                ConsultationStatus::Archived => "status-archived",
            })
        },
        region: |r| {
            t::<L>(match r {
                Region::Africa => "region-africa",
                Region::Americas => "region-americas",
                Region::Asia => "region-asia",
                Region::Europe => "region-europe",
                Region::Oceania => "region-oceania",
            })
        },
        country_name: |c| super::country_name::<L>(c),
        country_order: t::<L>("country-order"),
        datetime: |t| super::format_datetime::<L>(t),
        nav_my_comments: t::<L>("nav-my-comments"),
        nav_search: t::<L>("nav-search"),
        c: Box::leak(Box::new(super::comments::build::<L>())),
        d: Box::leak(Box::new(super::desk::build::<L>())),
        e: Box::leak(Box::new(super::editor::build::<L>())),
        g: Box::leak(Box::new(super::digest::build::<L>())),
        k: Box::leak(Box::new(super::contributions::build::<L>())),
        m: Box::leak(Box::new(super::mail::build::<L>())),
    }
}
