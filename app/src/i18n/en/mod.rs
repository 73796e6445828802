//! English, the reference language of the catalogue.

mod contributions;
mod desk;
mod mail;

use crate::domain::comment::{CommentStatus, Consent};
use crate::domain::countries::Region;
use crate::domain::{
    AppError, Capacity, ConsultationStatus, Field, IssueCluster, Problem, Role, StakeholderGroup,
};
use crate::i18n::{CommentTexts, Texts, format_datetime};
use desk::{DESK, DIGEST, EDITOR};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub(super) const TEXTS: Texts = Texts {
    site_name: "Consult",
    site_tagline: "Open consultations on working papers",
    skip_to_content: "Skip to main content",
    nav_label: "Main",
    nav_home: "Consultations",
    nav_sign_in: "Sign in",
    nav_register: "Register",
    nav_profile: "Profile",
    sign_out: "Sign out",
    signed_in_as: "Signed in as",
    language: "Language",
    footer: "Consult: open, transparent and inclusive consultations, allowing for on-line comments.",
    loading: "Loading…",
    sending: "Sending…",

    home_title: "Consultations",
    home_intro: "The secretariat publishes draft working papers for comment. Read them, and comment paragraph by paragraph once you have registered as a stakeholder.",
    home_open: "Open for comment",
    home_closed: "Closed and archived",
    home_none_open: "No consultation is open for comment at the moment.",
    opens: "Opens",
    closes: "Closes",
    paper_count: |n| match n {
        1 => "1 working paper".to_owned(),
        n => format!("{n} working papers"),
    },

    papers: "Working papers",
    cluster: "Issue cluster",
    version: "Version",
    read_paper: "Read the paper",
    back_to_consultation: "Back to the consultation",
    paper_contents: "Text of the paper",
    paragraph_label: |n| format!("Paragraph {n}"),

    register_title: "Register as a stakeholder",
    register_intro: "Your stakeholder group, country and organisation are shown with your comments as you choose when you submit each one.",
    register_submit: "Register",
    register_have_account: "Already registered? Sign in",
    welcome: "Welcome: your account is ready and you are signed in. We have sent you an e-mail; follow its link to confirm your address, and your comments will go to the secretariat.",
    email: "E-mail",
    password: "Password",
    password_hint: "At least 12 characters. A phrase of several words is easy to remember and hard to guess.",
    display_name: "Name",
    display_name_hint: "As it may appear with your comments.",
    stakeholder_group: "Stakeholder group",
    country: "Country",
    country_hint: "Your region is derived from it.",
    organisation: "Organisation",
    organisation_hint: "Optional, unless you speak on its behalf.",
    capacity: "You speak",
    choose: "Choose…",
    required_mark: "(required)",
    form_has_problems: "Please correct the fields marked below.",

    sign_in_title: "Sign in",
    sign_in_submit: "Sign in",
    sign_in_no_account: "No account yet? Register",

    profile_title: "Your profile",
    profile_intro: "Changes apply to comments you submit from now on; earlier comments keep the details they were submitted with.",
    profile_role: "Role",
    profile_save: "Save changes",
    profile_saved: "Your profile has been saved.",
    profile_failed_sign_ins: |n| {
        let attempts = if n == 1 {
            "one attempt".to_owned()
        } else {
            format!("{n} attempts")
        };
        format!(
            "Since you last signed in, {attempts} to sign in to your account failed with a wrong password. If that was not you, your password held; if it is short or used elsewhere, choose a new one."
        )
    },
    sign_out_everywhere: "Sign out on every device",
    sign_out_everywhere_hint: "Ends every session of this account, here and on any other computer or phone.",
    my_data: "Your data",
    my_data_hint: "Everything Consult holds about you: your account, your sessions, every comment you wrote with its earlier versions, and the comments you reported, as one JSON file.",
    my_data_link: "Download my data (JSON)",
    profile_sign_in_needed: "Please sign in to see your profile.",

    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may be mistyped.",
    not_found_home: "Go to the consultations",

    problem: |p| {
        match p {
        Problem::Required => "This field is required.".to_owned(),
        Problem::TooShort { min } => format!("Use at least {min} characters."),
        Problem::TooLong { max } => format!("Use at most {max} characters."),
        Problem::ControlCharacters => "Remove the invisible control characters.".to_owned(),
        Problem::InvalidEmail => "Enter an e-mail address such as name@example.org.".to_owned(),
        Problem::EmailTaken => "An account with this e-mail address already exists.".to_owned(),
        Problem::UnknownChoice => "Choose one of the options offered.".to_owned(),
        Problem::BadCredentials => "The e-mail address or the password is not correct.".to_owned(),
        Problem::AccountSuspended => {
            "This account is suspended. Please contact the secretariat.".to_owned()
        }
        Problem::PasswordTooCommon => "This password is too common. Choose another.".to_owned(),
        Problem::TooManyTags { max } => format!("Choose at most {max} tags."),
        Problem::ConsultationClosed => {
            "This consultation is not open for comment, so the comment cannot be accepted.".to_owned()
        }
        Problem::NotEditable => {
            "This comment has already been reviewed by the secretariat, so it can no longer be changed or withdrawn.".to_owned()
        }
        Problem::ReplyNotAllowed => {
            "Only a published comment that is not itself a reply can be answered.".to_owned()
        }
        Problem::InvalidSlug => "Use only letters, digits and hyphens.".to_owned(),
        Problem::SlugTaken => "Another consultation already has this address.".to_owned(),
        Problem::InvalidTime => "Enter a date and time, such as 2005-02-15 09:30.".to_owned(),
        Problem::ClosesBeforeOpening => "The closing time must come after the opening time.".to_owned(),
        Problem::AlreadyFlagged => "You have already reported this comment.".to_owned(),
        Problem::NotAllowedNow => "This change is not possible in the comment's current state.".to_owned(),
        Problem::MatchesToConfirm { count: 1 } => {
            "Check the match marked below and confirm or correct it before saving.".to_owned()
        }
        Problem::MatchesToConfirm { count } => {
            format!("Check the {count} matches marked below and confirm or correct each before saving.")
        }
        Problem::File { name, refusal } => (contributions::CONTRIBUTIONS.refusal)(name, *refusal),
    }
    },
    error: |e| match e {
        AppError::Unauthorized => "Please sign in first.".to_owned(),
        AppError::Forbidden => "You are not allowed to do this.".to_owned(),
        AppError::NotFound => "This could not be found.".to_owned(),
        AppError::Validation(_) | AppError::Conflict(_) => {
            "Please correct the fields marked below.".to_owned()
        }
        AppError::TooManyRequests { retry_after_secs } => {
            format!("Too many attempts. Please try again in {retry_after_secs} seconds.")
        }
        AppError::Internal { reference } => {
            format!(
                "Something went wrong on our side. If it happens again, quote reference {reference}."
            )
        }
        AppError::BadRequest(_) => {
            "The request could not be read: a field is missing or holds the wrong kind of value."
                .to_owned()
        }
        AppError::Transport(_) => {
            "The server could not be reached. Please check your connection and try again."
                .to_owned()
        }
    },
    problems_title: "There is a problem",
    error_title: |t| format!("Error: {t}"),
    field_name: |f| match f {
        Field::Form => "",
        Field::Email => "E-mail",
        Field::Password => "Password",
        Field::NewPassword => "New password",
        Field::DisplayName => "Name",
        Field::StakeholderGroup => "Stakeholder group",
        Field::Country => "Country",
        Field::Organisation => "Organisation",
        Field::Capacity => "You speak",
        Field::Paragraph => "Paragraph",
        Field::Quote => "Quoted passage",
        Field::Body => "Comment",
        Field::Tags => "Tags",
        Field::Consent => "Publication",
        Field::Reason => "Reason",
        Field::Disposition => "Decision",
        Field::Response => "Response",
        Field::Note => "Note",
        Field::Slug => "Address",
        Field::Title => "Title",
        Field::Description => "Description",
        Field::Status => "Status",
        Field::OpensAt => "Opens",
        Field::ClosesAt => "Closes",
        Field::Code => "Code",
        Field::Cluster => "Cluster",
        Field::Markdown => "Text",
        Field::Matches => "Matches",
        Field::ChangedIn => "The change it led to",
        Field::Files => "Documents",
    },

    group: |g| match g {
        StakeholderGroup::Government => "Government",
        StakeholderGroup::PrivateSector => "Private sector",
        StakeholderGroup::CivilSociety => "Civil society",
        StakeholderGroup::AcademicTechnical => "Academic and technical community",
        StakeholderGroup::Intergovernmental => "Intergovernmental / international organisation",
    },
    capacity_name: |c| match c {
        Capacity::Personal => "In a personal capacity",
        Capacity::Organisation => "On behalf of my organisation",
    },
    role: |r| match r {
        Role::Stakeholder => "Stakeholder",
        Role::Secretariat => "Secretariat",
        Role::Admin => "Administrator",
    },
    cluster_name: |c| match c {
        IssueCluster::Infrastructure => "Infrastructure and critical Internet resources",
        IssueCluster::UseOfInternet => "Use of the Internet (spam, security, cybercrime)",
        IssueCluster::WiderImpact => {
            "Issues with wider impact (IPR, trade, privacy, consumer protection)"
        }
        IssueCluster::Development => "Development (capacity building, access, multilingualism)",
    },
    status: |s| match s {
        ConsultationStatus::Draft => "Draft",
        ConsultationStatus::Open => "Open",
        ConsultationStatus::Closed => "Closed",
        ConsultationStatus::Archived => "Archived",
    },
    region: |r| match r {
        Region::Africa => "Africa",
        Region::Americas => "Americas",
        Region::Asia => "Asia",
        Region::Europe => "Europe",
        Region::Oceania => "Oceania",
    },
    country_name: |c| c.name_en,
    datetime: |t| format_datetime(t, &MONTHS, ", "),
    nav_my_comments: "My comments",
    nav_search: "Search",
    c: &COMMENTS,
    d: &DESK,
    e: &EDITOR,
    g: &DIGEST,
    k: &contributions::CONTRIBUTIONS,
    m: &mail::MAIL,
};

pub(super) const COMMENTS: CommentTexts = CommentTexts {
    whole_paper: "The paper as a whole",
    comment_count: |n| match n {
        0 => "No comments yet".to_owned(),
        1 => "1 comment".to_owned(),
        n => format!("{n} comments"),
    },
    comments_on_count: |p, n| match n {
        0 => format!("Paragraph {p}: no comments yet"),
        1 => format!("Paragraph {p}: 1 comment"),
        n => format!("Paragraph {p}: {n} comments"),
    },
    comments_on: |p| format!("Comments on paragraph {p}"),
    comments_on_whole: "Comments on the paper as a whole",
    comments_on_removed: "Comments on text that was removed",
    carried_count: |n| match n {
        1 => "(1 from an earlier version)".to_owned(),
        n => format!("({n} from earlier versions)"),
    },
    written_on: |version, number| match number {
        Some(n) => format!("Written on version {version}, paragraph {n}"),
        None => format!("Written on version {version}, on the paper as a whole"),
    },
    text_written_on: "The text it was written on",
    changes_link: |v| format!("What changed in version {v}"),
    changes_title: |code, v| format!("{code}: what changed in version {v}"),
    changes_intro: |old, new| {
        format!(
            "Each paragraph of version {old}, what became of it in version {new} (removed words struck through, added words underlined), and the comments written on it with the secretariat's responses."
        )
    },
    changed_heading: |old, fate, new| {
        if new.is_empty() {
            format!("Paragraph {old}: {fate}")
        } else {
            format!("Paragraph {old}: {fate}, now {}", new.join(", "))
        }
    },
    added_heading: |new| format!("Paragraph {}: added", new.join(", ")),
    comments_on_earlier_text: "Comments on the earlier text",
    unchanged_paragraphs: "Unchanged, without comments",
    dispositions_link: |v| format!("The disposition of the comments on version {v}"),
    dispositions_title: |code, v| format!("{code}: disposition of the comments on version {v}"),
    dispositions_intro: |old, new| {
        format!(
            "Every published comment on version {old}, as its author consented to be named, with the secretariat's disposition and response, and the paragraph of version {new} it now corresponds to."
        )
    },
    dispositions_csv: "Download as CSV (spreadsheet)",
    dispositions_docx: "Download as DOCX (word processor)",
    col_reference: "Reference",
    col_paragraph: "Paragraph",
    col_comment: "Comment",
    col_disposition: "Disposition and response",
    no_disposition: "None yet",
    none_here: "No published comments here yet.",
    more: "More comments",
    close: "Close the comments",
    comment_on_this: "Comment on this paragraph",
    sent_by: |n| format!("The same letter, sent by {n} stakeholders: see who"),
    copy_differs: "In its own words:",
    comment_on_numbered: |n| format!("Comment on paragraph {n}"),
    comment_on_paper: "Comment on the paper as a whole",
    closed_note: "This consultation is not open for comment at the moment.",
    filter_title: "Show comments from…",
    any_group: "Any stakeholder group",
    region: "Region",
    any_region: "Any region",
    tag: "Tag",
    any_tag: "Any tag",
    apply_filter: "Show",
    clear_filter: "Clear the filter",
    tags_label: "Tags",
    quoted: "Quoted passage",
    late: "late",
    reply: "Reply",
    replies: "Replies",

    form_title: |code| format!("Comment on {code}"),
    reply_title: |r| format!("Reply to comment {r}"),
    form_intro: "The secretariat reads every comment before it is published. You can change or withdraw it until then.",
    paragraph: "Paragraph",
    paragraph_hint: "The paragraph your comment is about, or the paper as a whole.",
    quote: "Quoted passage (optional)",
    quote_hint: "Copy the words of the paragraph you are responding to, if it helps.",
    body: "Your comment",
    body_hint: "Plain text, 20 to 10,000 characters. Leave a blank line between paragraphs. Web addresses become links.",
    tags_legend: |max| format!("Tags (up to {max})"),
    tags_hint: "Tags help the secretariat group comments by subject.",
    consent: "How you are shown when it is published",
    consent_hint: "Your stakeholder group and country are always shown.",
    consent_name: |c| match c {
        Consent::NameAndOrganisation => "With my name and organisation",
        Consent::OrganisationOnly => "With my organisation only",
        Consent::Anonymous => "Anonymously (stakeholder group and country only)",
    },
    submit: "Submit the comment",
    sign_in_to_comment: "Sign in, or register as a stakeholder, to comment.",

    my_title: "My comments",
    my_intro: "Everything you have submitted, newest first. You can change or withdraw a comment while it is pending.",
    my_none: "You have not submitted any comment yet.",
    reference: "Reference",
    where_label: "On",
    status: "Status",
    status_name: |s| match s {
        CommentStatus::Pending => "Pending review",
        CommentStatus::Published => "Published",
        CommentStatus::Rejected => "Not published",
        CommentStatus::Withdrawn => "Withdrawn",
        CommentStatus::Hidden => "Hidden",
    },
    reason: "Reason",
    submitted: "Submitted",
    older: "Older comments",
    comment_title: |r| format!("Comment {r}"),
    received: |r| {
        format!(
            "Thank you. Your comment has been received with the reference {r}. It will be published once the secretariat has reviewed it."
        )
    },
    saved: "Your changes have been saved. The earlier text is kept in the comment's history.",
    withdrawn: "Your comment has been withdrawn. It will not be published.",
    in_reply_to: "In reply to",
    history: "History",
    revisions: |n| match n {
        1 => "1 earlier version kept".to_owned(),
        n => format!("{n} earlier versions kept"),
    },
    edit: "Change the comment",
    withdraw: "Withdraw the comment…",
    withdraw_hint: "A withdrawn comment is never published and cannot be sent again; the secretariat keeps a record that it was withdrawn.",
    withdraw_confirm: "Yes, withdraw it",
    edit_hint: "You can change or withdraw your comment until the secretariat has reviewed it.",
    edit_title: |r| format!("Change comment {r}"),
    edit_intro: "Your earlier text is kept in the comment's history.",
    back_to_comment: "Back to the comment",
    save: "Save the changes",

    search_title: "Search the comments",
    search_intro: "Search every published comment by its words, its paper and its tags.",
    search_label: "Words",
    results: |n, more| match (n, more) {
        (0, _) => "No published comment matches.".to_owned(),
        (1, _) => "1 comment.".to_owned(),
        (n, false) => format!("{n} comments."),
        (n, true) => format!("{n} comments on this page."),
    },
};
