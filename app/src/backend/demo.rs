//! The demo consultation: the WGIG's February 2005 open consultation on its first draft
//! working papers, the four issue clusters' tags, and one account per stakeholder group plus
//! a secretariat officer. Running it again changes nothing but the demo passwords.

use super::accounts::{self, NewAccount};
use super::consultations::{self, NewConsultation, NewPaper};
use super::entities::tag;
use super::{OrInternal, now};
use crate::domain::{AppError, ConsultationStatus, IssueCluster, Role, StakeholderGroup};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
use time::Duration;

pub const CONSULTATION_SLUG: &str = "wgig-2005-february";

const ABSTRACTS: &str = include_str!("demo/abstracts.txt");

const PAPERS: [(&str, &str, IssueCluster, &str); 3] = [
    (
        "WP-ROOT",
        "Administration of the root server system",
        IssueCluster::Infrastructure,
        include_str!("demo/wp-root.md"),
    ),
    (
        "WP-NAMES",
        "Internet names and IP addresses",
        IssueCluster::Infrastructure,
        include_str!("demo/wp-names.md"),
    ),
    (
        "WP-SPAM",
        "Spam",
        IssueCluster::UseOfInternet,
        include_str!("demo/wp-spam.md"),
    ),
];

/// The tag taxonomy: slug, cluster, English and French names.
pub const TAGS: [(&str, IssueCluster, &str, &str); 18] = [
    (
        "root-servers",
        IssueCluster::Infrastructure,
        "Root servers",
        "Serveurs racine",
    ),
    (
        "ip-addressing",
        IssueCluster::Infrastructure,
        "IP addressing",
        "Adressage IP",
    ),
    (
        "domain-names",
        IssueCluster::Infrastructure,
        "Domain names",
        "Noms de domaine",
    ),
    (
        "cctld",
        IssueCluster::Infrastructure,
        "Country-code domains",
        "Domaines de pays",
    ),
    (
        "technical-standards",
        IssueCluster::Infrastructure,
        "Technical standards",
        "Normes techniques",
    ),
    (
        "interconnection",
        IssueCluster::Infrastructure,
        "Peering and interconnection",
        "Appairage et interconnexion",
    ),
    ("spam", IssueCluster::UseOfInternet, "Spam", "Spam"),
    (
        "network-security",
        IssueCluster::UseOfInternet,
        "Network security",
        "Sécurité des réseaux",
    ),
    (
        "cybercrime",
        IssueCluster::UseOfInternet,
        "Cybercrime",
        "Cybercriminalité",
    ),
    (
        "privacy",
        IssueCluster::WiderImpact,
        "Privacy and data protection",
        "Vie privée et protection des données",
    ),
    (
        "intellectual-property",
        IssueCluster::WiderImpact,
        "Intellectual property",
        "Propriété intellectuelle",
    ),
    (
        "consumer-protection",
        IssueCluster::WiderImpact,
        "Consumer protection",
        "Protection des consommateurs",
    ),
    (
        "e-commerce",
        IssueCluster::WiderImpact,
        "E-commerce and trade",
        "Commerce électronique",
    ),
    (
        "freedom-of-expression",
        IssueCluster::WiderImpact,
        "Freedom of expression",
        "Liberté d’expression",
    ),
    (
        "capacity-building",
        IssueCluster::Development,
        "Capacity building",
        "Renforcement des capacités",
    ),
    (
        "access",
        IssueCluster::Development,
        "Affordable access",
        "Accès abordable",
    ),
    (
        "multilingualism",
        IssueCluster::Development,
        "Multilingualism",
        "Multilinguisme",
    ),
    (
        "interconnection-costs",
        IssueCluster::Development,
        "Interconnection costs",
        "Coûts d’interconnexion",
    ),
];

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
pub async fn seed<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    password: &str,
) -> Result<(), AppError> {
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
    for (slug, cluster, name_en, name_fr) in TAGS {
        let exists = tag::Entity::find()
            .filter(tag::Column::Slug.eq(slug))
            .one(db)
            .await
            .or_internal()?
            .is_some();
        if !exists {
            tag::Entity::insert(tag::ActiveModel {
                slug: Set(slug.to_owned()),
                cluster: Set(cluster.code().to_owned()),
                name_en: Set(name_en.to_owned()),
                name_fr: Set(name_fr.to_owned()),
                public: Set(true),
                created_at: Set(at),
                ..Default::default()
            })
            .exec(db)
            .await
            .or_internal()?;
        }
    }
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
    Ok(())
}
