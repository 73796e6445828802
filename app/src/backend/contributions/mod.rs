//! Contributions: a stakeholder sends documents with a title and a summary to a
//! consultation ([`submit`]); they wait for the secretariat ([`decisions`]) and, once
//! published, are read by everyone ([`reading`]). On top of the backend: it uses
//! `documents` (the checks and the store), `consultations` and the author's account.

pub mod decisions;
pub mod flags;
pub mod own;
mod paragraphs;
pub mod reading;

use super::accounts::author::Author;
use super::consultations::{accepts_comments, find_public, papers_in};
use super::documents::{self, Received, store};
use super::entities::{contribution, contribution_event, contribution_file};
use super::form_tokens::{self, FormOf, FormToken};
use super::mail;
use super::{OrInternal, now, write_transaction};
use crate::domain::comment::CommentStatus;
use crate::domain::contributions::{
    ContributionDraft, ContributionForm, FileRefusal, FormProblem, UploadLimits, validate,
};
use crate::domain::{AppError, Field, Problem, countries};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    TransactionSession, TransactionTrait,
};

/// The fields of a contribution as its form sent them (its files come separately).
#[derive(Clone, Debug, Default)]
pub struct Sent {
    pub title: String,
    pub summary: String,
    /// A paper's code, or empty.
    pub paper: String,
    /// The numbers of the paper's paragraphs it concerns, as typed ("2.1, 3.4"), or empty.
    pub paragraphs: String,
    pub consent: String,
    pub token: String,
}

/// Why a contribution was not taken: its problems (the form comes back with them), or an
/// error that has nothing to do with what was typed.
#[derive(Debug)]
pub enum Refused {
    Problems(Vec<FormProblem>),
    Error(AppError),
}

impl From<AppError> for Refused {
    fn from(err: AppError) -> Self {
        Self::Error(err)
    }
}

fn form_of(slug: &str) -> FormOf<'_> {
    FormOf::Contribution { slug }
}

/// The contribution form of a consultation for this author, with their last refused
/// attempt if there is one.
pub async fn form(
    db: &impl ConnectionTrait,
    slug: &str,
    user_id: i64,
    limits: UploadLimits,
) -> Result<ContributionForm, AppError> {
    let consultation = find_public(db, slug).await?;
    let papers = papers_in(db, consultation.id)
        .await?
        .into_iter()
        .map(|p| (p.code, p.title))
        .collect();
    let draft = form_tokens::draft::<ContributionDraft>(db, user_id, form_of(slug)).await?;
    let (token, draft) = match draft {
        Some((Some(token), draft)) => (token, draft),
        Some((None, draft)) => (FormToken::new(), draft),
        None => (FormToken::new(), ContributionDraft::default()),
    };
    Ok(ContributionForm {
        slug: consultation.slug.clone(),
        consultation_title: consultation.title.clone(),
        open: accepts_comments(&consultation, now()),
        papers,
        token: token.as_str().to_owned(),
        limits,
        draft,
    })
}

/// Takes a contribution: checks its fields and every file, and writes it, its files and
/// its first audit event in one transaction, pending. The same form sent twice gives the
/// first contribution's id. When anything is refused nothing is stored, and the fields are
/// kept as the author's draft so that the form comes back as sent.
pub async fn submit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    author: &Author,
    slug: &str,
    sent: Sent,
    files: Vec<Received>,
    limits: UploadLimits,
) -> Result<i64, Refused> {
    let token = FormToken::parse(&sent.token);
    if let Some(token) = &token
        && let Some(id) = written_with(db, author.id, token).await?
    {
        return Ok(id);
    }
    let consultation = find_public(db, slug).await?;
    let mut problems = Vec::new();
    if !accepts_comments(&consultation, now()) {
        problems.push(FormProblem::Field(Field::Form, Problem::ConsultationClosed));
    }
    let valid = validate(&sent.title, &sent.summary, &sent.consent)
        .map_err(|p| problems.extend(p))
        .ok();
    let paper = match sent.paper.trim() {
        "" => None,
        code => {
            let found = papers_in(db, consultation.id)
                .await?
                .into_iter()
                .find(|p| p.code.eq_ignore_ascii_case(code));
            if found.is_none() {
                problems.push(FormProblem::Field(Field::Code, Problem::UnknownChoice));
            }
            found
        }
    };
    let paragraph_ids = match (&paper, sent.paragraphs.trim()) {
        (_, "") => Vec::new(),
        (None, _) => {
            problems.push(FormProblem::Field(Field::Code, Problem::Required));
            Vec::new()
        }
        (Some(paper), typed) => match paragraphs::named(db, paper, typed).await? {
            Ok(ids) => ids,
            Err(problem) => {
                problems.push(FormProblem::Field(Field::Paragraph, problem));
                Vec::new()
            }
        },
    };
    if files.is_empty() {
        problems.push(FormProblem::Field(Field::Files, Problem::Required));
    } else if files.len() > limits.max_files {
        problems.push(FormProblem::File {
            name: String::new(),
            refusal: FileRefusal::TooMany {
                max: limits.max_files,
            },
        });
    }
    let mut accepted = Vec::with_capacity(files.len());
    for file in files.into_iter().take(limits.max_files) {
        let name = file.name.clone();
        match documents::accept(file, limits).await {
            Ok(a) => accepted.push(a),
            Err(refusal) => problems.push(FormProblem::File { name, refusal }),
        }
    }
    let Some(valid) = valid.filter(|_| problems.is_empty()) else {
        let draft = ContributionDraft {
            title: sent.title,
            summary: sent.summary,
            paper: sent.paper,
            paragraphs: sent.paragraphs,
            consent: sent.consent,
            problems: problems.clone(),
        };
        form_tokens::save_draft(db, author.id, form_of(slug), token.as_ref(), &draft).await?;
        return Err(Refused::Problems(problems));
    };
    let at = now();
    let search_text = std::iter::once(valid.title.as_str())
        .chain(std::iter::once(valid.summary.as_str()))
        .chain(accepted.iter().filter_map(|a| a.text.as_deref()))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    let txn = write_transaction(db).await?;
    let row = contribution::ActiveModel {
        consultation_id: Set(consultation.id),
        paper_id: Set(paper.map(|p| p.id)),
        author_id: Set(author.id),
        title: Set(valid.title),
        summary: Set(valid.summary),
        consent: Set(valid.consent),
        author_name: Set(author.display_name.clone()),
        author_group: Set(author.stakeholder_group),
        author_country: Set(author.country.clone()),
        author_region: Set(countries::country(&author.country)
            .map(|c| c.region.code().to_owned())
            .unwrap_or_default()),
        author_organisation: Set(author.organisation.clone()),
        author_capacity: Set(author.capacity),
        status: Set(CommentStatus::Pending),
        status_reason: Set(None),
        search_text: Set(search_text),
        submitted_at: Set(at),
        published_at: Set(None),
        form_token: Set(token.as_ref().map(|t| t.as_str().to_owned())),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .or_internal()?;
    for (position, file) in (1..).zip(&accepted) {
        let file_id = store::put(&txn, file).await?;
        contribution_file::ActiveModel {
            contribution_id: Set(row.id),
            position: Set(position),
            file_id: Set(file_id),
            name: Set(file.received.name.clone()),
        }
        .insert(&txn)
        .await
        .or_internal()?;
    }
    paragraphs::record(&txn, row.id, &paragraph_ids).await?;
    decisions::record(
        &txn,
        row.id,
        Some(author.id),
        None,
        CommentStatus::Pending,
        None,
        at,
    )
    .await?;
    form_tokens::discard_draft(&txn, author.id, form_of(slug)).await?;
    let receipt = mail::letters::contribution_receipt(
        &author.recipient(),
        &crate::domain::contributions::reference(row.id),
        &row.title,
        &format!("{}/contributions/{}", mail::SITE, row.id),
    );
    mail::put(&txn, vec![receipt]).await?;
    txn.commit().await.or_internal()?;
    Ok(row.id)
}

async fn written_with(
    db: &impl ConnectionTrait,
    author_id: i64,
    token: &FormToken,
) -> Result<Option<i64>, AppError> {
    contribution::Entity::find()
        .select_only()
        .column(contribution::Column::Id)
        .filter(contribution::Column::AuthorId.eq(author_id))
        .filter(contribution::Column::FormToken.eq(token.as_str()))
        .into_tuple::<i64>()
        .one(db)
        .await
        .or_internal()
}

/// The audit events of a contribution, oldest first.
pub async fn history(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Vec<contribution_event::Model>, AppError> {
    use sea_orm::QueryOrder;
    contribution_event::Entity::find()
        .filter(contribution_event::Column::ContributionId.eq(id))
        .order_by_asc(contribution_event::Column::Id)
        .all(db)
        .await
        .or_internal()
}
