//! The demo consultation: the WGIG's February 2005 open consultation on its first draft
//! working papers, the four issue clusters' tags, and one account per stakeholder group plus
//! a secretariat officer. Running it again changes nothing but the demo passwords.

use super::accounts::author::Author;
use super::accounts::{self, NewAccount};
use super::consultations::{self, NewConsultation, NewPaper};
use super::entities::{comment, user};
use super::submission::{self, prepare::Target};

mod tags;
mod translations;
use super::{OrInternal, now};
use super::{desk, moderation};
use crate::domain::comment::{CommentForm, CommentStatus};
use crate::domain::{AppError, ConsultationStatus, IssueCluster, Role, StakeholderGroup};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
pub use tags::TAGS;
use time::Duration;

pub const CONSULTATION_SLUG: &str = "wgig-2005-february";

const ABSTRACTS: &str = include_str!("abstracts.txt");

const PAPERS: [(&str, &str, IssueCluster, &str); 3] = [
    (
        "WP-ROOT",
        "Administration of the root server system",
        IssueCluster::Infrastructure,
        include_str!("wp-root.md"),
    ),
    (
        "WP-NAMES",
        "Internet names and IP addresses",
        IssueCluster::Infrastructure,
        include_str!("wp-names.md"),
    ),
    (
        "WP-SPAM",
        "Spam",
        IssueCluster::UseOfInternet,
        include_str!("wp-spam.md"),
    ),
];

/// What a first visit may weigh, compressed, on every page a visitor or a stakeholder uses
/// (the router test `weight` and the bench's weight scenario hold the pages to it).
pub const PAGE_BUDGET: usize = 60_000;

/// The pages a visitor uses, on the demo consultation.
pub fn visitor_pages() -> Vec<String> {
    let slug = CONSULTATION_SLUG;
    vec![
        "/".to_owned(),
        format!("/consultations/{slug}"),
        format!("/consultations/{slug}/papers/WP-ROOT?p=2.1"),
        "/search?q=internet".to_owned(),
        "/register".to_owned(),
        "/sign-in".to_owned(),
        format!("/digests/{slug}"),
    ]
}

/// The pages a signed-in stakeholder uses, `receipt` being one of their comments' page.
pub fn stakeholder_pages(receipt: &str) -> Vec<String> {
    let paper = format!("/consultations/{CONSULTATION_SLUG}/papers/WP-ROOT");
    vec![
        format!("{paper}?p=2.1"),
        format!("{paper}/comment?p=2.1"),
        receipt.to_owned(),
        format!("{receipt}/edit"),
        "/my/comments".to_owned(),
        "/profile".to_owned(),
    ]
}

/// A demo account: e-mail, name, group, country, organisation, role.
pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub group: StakeholderGroup,
    pub country: &'static str,
    pub organisation: Option<&'static str>,
    pub role: Role,
}

pub const ACCOUNTS: [DemoAccount; 6] = [
    DemoAccount {
        email: "secretariat@demo.consult.example",
        name: "Secretariat officer",
        group: StakeholderGroup::Intergovernmental,
        country: "CH",
        organisation: Some("WGIG Secretariat"),
        role: Role::Secretariat,
    },
    DemoAccount {
        email: "government@demo.consult.example",
        name: "Lucía Fernández",
        group: StakeholderGroup::Government,
        country: "AR",
        organisation: Some("Ministry of Communications"),
        role: Role::Stakeholder,
    },
    DemoAccount {
        email: "business@demo.consult.example",
        name: "Kenji Watanabe",
        group: StakeholderGroup::PrivateSector,
        country: "JP",
        organisation: Some("Asia-Pacific Carriers Association"),
        role: Role::Stakeholder,
    },
    DemoAccount {
        email: "civil@demo.consult.example",
        name: "Amina Diallo",
        group: StakeholderGroup::CivilSociety,
        country: "SN",
        organisation: None,
        role: Role::Stakeholder,
    },
    DemoAccount {
        email: "academic@demo.consult.example",
        name: "Priya Raman",
        group: StakeholderGroup::AcademicTechnical,
        country: "IN",
        organisation: Some("Institute of Network Research"),
        role: Role::Stakeholder,
    },
    DemoAccount {
        email: "igo@demo.consult.example",
        name: "Jean-Marc Dubois",
        group: StakeholderGroup::Intergovernmental,
        country: "FR",
        organisation: Some("International Telecommunication Organisation"),
        role: Role::Stakeholder,
    },
];

/// The taxonomy under the four clusters; tags that exist are left as they are.
pub async fn seed_tags(db: &impl ConnectionTrait) -> Result<(), AppError> {
    for (slug, cluster, names) in TAGS {
        desk::add_tag(db, slug, cluster, &tags::named(&names), true).await?;
    }
    // The secretariat's own coding, never shown to readers.
    let (slug, cluster, names) = tags::PRIVATE;
    desk::add_tag(db, slug, cluster, &tags::named(&names), false).await?;
    for reason in REJECTION_REASONS {
        desk::add_reason(db, reason).await?;
    }
    Ok(())
}

/// The reasons the secretariat starts with; it can add its own on the desk.
const REJECTION_REASONS: [&str; 5] = [
    "Not about the working paper under consultation",
    "Abusive or offensive language",
    "Contains personal data of a third party",
    "Commercial advertising or spam",
    "Duplicate of an earlier comment by the same author",
];

/// A demo comment: who, where, what, and whether the secretariat has published it.
struct DemoComment {
    author: &'static str,
    paper: &'static str,
    /// A paragraph number, empty for the paper as a whole.
    paragraph: &'static str,
    /// The index of an earlier demo comment this one answers.
    reply_to: Option<usize>,
    tags: &'static [&'static str],
    consent: &'static str,
    body: &'static str,
    published: bool,
}

const COMMENTS: [DemoComment; 8] = [
    DemoComment {
        author: "government@demo.consult.example",
        paper: "WP-ROOT",
        paragraph: "2.2",
        reply_to: None,
        tags: &["root-servers"],
        consent: "name_and_organisation",
        body: "The authorization of root zone changes by a single government is the heart of the matter. We ask the Working Group to consider a mechanism in which all governments take part on an equal footing, while the technical operation stays with those who run it well today.\n\nThe Geneva Declaration of Principles is clear that management should be multilateral, transparent and democratic.",
        published: true,
    },
    DemoComment {
        author: "civil@demo.consult.example",
        paper: "WP-ROOT",
        paragraph: "2.2",
        reply_to: None,
        tags: &["root-servers", "freedom-of-expression"],
        consent: "anonymous",
        body: "Whatever body authorizes changes to the root zone, its decisions must be published with reasons, and there must be a way to appeal them. Oversight by governments alone would not meet the standard of transparency the paper itself sets.",
        published: true,
    },
    DemoComment {
        author: "academic@demo.consult.example",
        paper: "WP-ROOT",
        paragraph: "2.1",
        reply_to: None,
        tags: &["root-servers", "technical-standards"],
        consent: "name_and_organisation",
        body: "Anycast has changed the picture described here: most root server identities now answer from many sites on several continents. Measurements published by the operators (see https://root-servers.org/) would help the drafting team describe the present distribution accurately.",
        published: true,
    },
    DemoComment {
        author: "business@demo.consult.example",
        paper: "WP-ROOT",
        paragraph: "4.1",
        reply_to: None,
        tags: &["root-servers"],
        consent: "organisation_only",
        body: "Of the options listed, improving documentation and reporting can start at once and carries no risk to stability. Any change of oversight should come only after such a period of transparency, and be tested against the security and stability of the system.",
        published: true,
    },
    DemoComment {
        author: "igo@demo.consult.example",
        paper: "WP-ROOT",
        paragraph: "",
        reply_to: None,
        tags: &["capacity-building", "access"],
        consent: "name_and_organisation",
        body: "The paper would gain from a section on capacity building: operators of new anycast instances in developing countries need training and peering arrangements, not only hardware.",
        published: true,
    },
    DemoComment {
        author: "civil@demo.consult.example",
        paper: "WP-SPAM",
        paragraph: "2.1",
        reply_to: None,
        tags: &["privacy", "consumer-protection"],
        consent: "organisation_only",
        body: "Measures against spam must not become a reason to inspect the content of private messages. We ask that every option be assessed for its effect on privacy and on freedom of expression.",
        published: true,
    },
    DemoComment {
        author: "academic@demo.consult.example",
        paper: "WP-ROOT",
        paragraph: "",
        reply_to: Some(0),
        tags: &[],
        consent: "name_and_organisation",
        body: "An equal footing for governments is compatible with keeping operations where they are, but the paper should say who would be accountable for delays in processing changes.",
        published: true,
    },
    DemoComment {
        author: "business@demo.consult.example",
        paper: "WP-NAMES",
        paragraph: "2.1",
        reply_to: None,
        tags: &["domain-names"],
        consent: "name_and_organisation",
        body: "Registrars in the Asia-Pacific region would welcome clearer timelines for the introduction of new generic top-level domains.",
        published: false,
    },
];

/// Comments from the demo accounts, most of them published by the secretariat, so that a
/// visitor sees a consultation under way. Only when there are no comments yet.
async fn seed_comments(db: &sea_orm::DatabaseConnection) -> Result<(), AppError> {
    let writer = submission::writer::Writer::start(db.clone());
    if comment::Entity::find().count(db).await.or_internal()? > 0 {
        return Ok(());
    }
    let user_id = |email: &'static str| async move {
        user::Entity::find()
            .filter(user::Column::Email.eq(email))
            .one(db)
            .await
            .or_internal()?
            .map(|u| u.id)
            .ok_or(AppError::NotFound)
    };
    let secretariat = user_id("secretariat@demo.consult.example").await?;
    let mut ids: Vec<i64> = Vec::new();
    for demo in &COMMENTS {
        let author = user_id(demo.author).await?;
        let form = CommentForm {
            paragraph: demo.paragraph.to_owned(),
            quote: String::new(),
            body: demo.body.to_owned(),
            tags: demo.tags.iter().map(|t| (*t).to_owned()).collect(),
            consent: demo.consent.to_owned(),
            language: String::new(),
        };
        let target = Target {
            slug: CONSULTATION_SLUG,
            code: demo.paper,
            reply_to: demo.reply_to.and_then(|i| ids.get(i).copied()),
        };
        let author = Author::of(db, author).await?;
        let submitted = submission::submit(db, &writer, &author, target, &form, None, &[]).await?;
        if demo.published {
            moderation::transition(
                db,
                Some(secretariat),
                submitted.id,
                CommentStatus::Published,
                None,
            )
            .await?;
        }
        ids.push(submitted.id);
    }
    // The campaigns among them are in place before the command ends.
    writer.settle().await
}

fn abstract_of(code: &str) -> &'static str {
    ABSTRACTS
        .lines()
        .find_map(|line| {
            line.strip_prefix(code)
                .and_then(|rest| rest.strip_prefix(':'))
        })
        .map(str::trim)
        .unwrap_or_default()
}

/// Seeds the demo. Every demo account gets `password`: a new one is created, an existing
/// one has its password reset (so the printed credentials always work).
pub async fn seed(db: &sea_orm::DatabaseConnection, password: &str) -> Result<(), AppError> {
    let at = now();
    let consultation_id = consultations::upsert_consultation(
        db,
        NewConsultation {
            slug: CONSULTATION_SLUG,
            title: "Open consultation on the first draft working papers (February 2005)",
            description: "The Working Group on Internet Governance invites all stakeholders to comment on its first draft working papers, prepared by drafting teams and reflecting their preliminary findings. Comments inform the Working Group's discussions in Geneva and its report to the World Summit on the Information Society.",
            status: ConsultationStatus::Open,
            opens_at: at - Duration::days(7),
            closes_at: at + Duration::days(60),
        },
    )
    .await?;
    for (code, title, cluster, markdown) in PAPERS {
        consultations::create_paper(
            db,
            consultation_id,
            NewPaper {
                code,
                title,
                abstract_text: abstract_of(code),
                cluster,
                markdown,
                language: "en",
            },
        )
        .await?;
    }
    consultations::upsert_consultation(
        db,
        NewConsultation {
            slug: "wgig-2004-november",
            title: "Consultation on the structure of the Working Group's work (November 2004)",
            description: "Views on the working definition of Internet governance and on the public policy issues the Working Group should address, gathered before its first meeting.",
            status: ConsultationStatus::Closed,
            opens_at: at - Duration::days(120),
            closes_at: at - Duration::days(90),
        },
    )
    .await?;
    seed_tags(db).await?;
    for account in &ACCOUNTS {
        if accounts::exists(db, account.email).await? {
            accounts::set_password(db, account.email, password).await?;
        } else {
            accounts::create_account(
                db,
                NewAccount {
                    email: account.email.to_owned(),
                    password: password.to_owned(),
                    display_name: account.name.to_owned(),
                    stakeholder_group: account.group,
                    country: account.country.to_owned(),
                    organisation: account.organisation.map(str::to_owned),
                    role: account.role,
                },
            )
            .await?;
        }
    }
    translations::seed(db, CONSULTATION_SLUG, "secretariat@demo.consult.example").await?;
    seed_comments(db).await
}
