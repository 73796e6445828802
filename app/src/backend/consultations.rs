//! Consultations and working papers: what visitors read, and how the secretariat (and the
//! demo data) create them.

use super::entities::{consultation, paper_version, paragraph, working_paper};
use super::lookups::current_version;
use super::paper_import;
use super::{OrInternal, now, rfc3339};
use crate::domain::{
    AppError, ConsultationDetail, ConsultationStatus, ConsultationSummary, IssueCluster,
    PaperSummary, PaperView,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set, TransactionSession, TransactionTrait,
};
use time::OffsetDateTime;

/// Whether people other than the secretariat may see a consultation in this status.
fn is_public(status: ConsultationStatus) -> bool {
    status != ConsultationStatus::Draft
}

/// A consultation as its lists show it, with the number of its papers.
pub(crate) fn summary_of(model: &consultation::Model, paper_count: u64) -> ConsultationSummary {
    ConsultationSummary {
        slug: model.slug.clone(),
        title: model.title.clone(),
        description: model.description.clone(),
        status: model.status,
        opens_at: rfc3339(model.opens_at),
        closes_at: rfc3339(model.closes_at),
        paper_count,
    }
}

/// A consultation as its lists show it, its papers counted in one query.
async fn counted_summary(
    db: &impl ConnectionTrait,
    model: &consultation::Model,
) -> Result<ConsultationSummary, AppError> {
    let paper_count = working_paper::Entity::find()
        .filter(working_paper::Column::ConsultationId.eq(model.id))
        .count(db)
        .await
        .or_internal()?;
    Ok(summary_of(model, paper_count))
}

/// The consultation with this slug, drafts too.
pub(crate) async fn by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<consultation::Model>, AppError> {
    consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .or_internal()
}

/// A consultation's papers, by code.
pub(crate) async fn papers_in(
    db: &impl ConnectionTrait,
    consultation_id: i64,
) -> Result<Vec<working_paper::Model>, AppError> {
    working_paper::Entity::find()
        .filter(working_paper::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(working_paper::Column::Code)
        .all(db)
        .await
        .or_internal()
}

fn paper_summary_of(model: &working_paper::Model) -> PaperSummary {
    PaperSummary {
        code: model.code.clone(),
        title: model.title.clone(),
        abstract_text: model.abstract_text.clone(),
        cluster: model.cluster,
        version: model.current_version,
    }
}

/// The consultations a visitor sees: open ones first (closing soonest first), then closed
/// and archived ones (most recent first). Drafts are the secretariat's.
pub async fn list_public(db: &impl ConnectionTrait) -> Result<Vec<ConsultationSummary>, AppError> {
    let models = consultation::Entity::find()
        .filter(consultation::Column::Status.ne(ConsultationStatus::Draft.code()))
        .order_by_desc(consultation::Column::ClosesAt)
        .all(db)
        .await
        .or_internal()?;
    let mut out = Vec::with_capacity(models.len());
    for model in &models {
        out.push(counted_summary(db, model).await?);
    }
    out.sort_by(|a, b| {
        let open = |s: &ConsultationSummary| s.status != ConsultationStatus::Open;
        open(a).cmp(&open(b)).then_with(|| {
            if a.status == ConsultationStatus::Open {
                a.closes_at.cmp(&b.closes_at)
            } else {
                b.closes_at.cmp(&a.closes_at)
            }
        })
    });
    Ok(out)
}

/// Whether a consultation takes comments at `at`: open, and inside its window.
pub fn accepts_comments(model: &consultation::Model, at: OffsetDateTime) -> bool {
    model.status == ConsultationStatus::Open && model.opens_at <= at && at < model.closes_at
}

/// A paper of a consultation visitors may see, with its consultation.
pub async fn find_public_paper(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
) -> Result<(consultation::Model, working_paper::Model), AppError> {
    // One statement: the paper joined to its consultation. Codes are upper case; an
    // address typed (or rewritten) in lower case still finds it.
    working_paper::Entity::find()
        .find_also_related(consultation::Entity)
        .filter(consultation::Column::Slug.eq(slug))
        .filter(working_paper::Column::Code.eq(code.trim().to_ascii_uppercase()))
        .one(db)
        .await
        .or_internal()?
        .and_then(|(paper, consultation)| Some((consultation?, paper)))
        .filter(|(c, _)| is_public(c.status))
        .ok_or(AppError::NotFound)
}

pub(crate) async fn find_public(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<consultation::Model, AppError> {
    by_slug(db, slug)
        .await?
        .filter(|c| is_public(c.status))
        .ok_or(AppError::NotFound)
}

pub async fn detail(db: &impl ConnectionTrait, slug: &str) -> Result<ConsultationDetail, AppError> {
    let model = find_public(db, slug).await?;
    let papers = papers_in(db, model.id).await?;
    Ok(ConsultationDetail {
        consultation: counted_summary(db, &model).await?,
        papers: papers.iter().map(paper_summary_of).collect(),
        digest_link: false,
    })
}

/// A paper's current version with its numbered paragraphs, read in `language` when the
/// version is translated into it (its own language otherwise).
pub async fn paper(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    language: &str,
) -> Result<PaperView, AppError> {
    let (consultation, paper) = find_public_paper(db, slug, code).await?;
    let version = current_version(db, &paper).await?;
    let paragraphs = super::lookups::version_blocks(db, version.id).await?;
    let mut view = PaperView {
        consultation_slug: consultation.slug,
        consultation_title: consultation.title,
        paper: paper_summary_of(&paper),
        paragraphs,
        digest_link: false,
        text_language: paper.language,
        languages: Vec::new(),
    };
    super::translations::read_in(db, &mut view, version.id, language).await?;
    Ok(view)
}

pub struct NewConsultation<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub status: ConsultationStatus,
    pub opens_at: OffsetDateTime,
    pub closes_at: OffsetDateTime,
}

/// Creates a consultation, or updates the one with the same slug.
pub async fn upsert_consultation(
    db: &impl ConnectionTrait,
    new: NewConsultation<'_>,
) -> Result<i64, AppError> {
    let existing = by_slug(db, new.slug).await?;
    let at = now();
    let is_new = existing.is_none();
    let mut active = match existing {
        Some(model) => model.into(),
        None => consultation::ActiveModel {
            slug: Set(new.slug.to_owned()),
            created_at: Set(at),
            ..Default::default()
        },
    };
    active.title = Set(new.title.to_owned());
    active.description = Set(new.description.to_owned());
    active.status = Set(new.status);
    active.opens_at = Set(new.opens_at);
    active.closes_at = Set(new.closes_at);
    active.updated_at = Set(at);
    let model = if is_new {
        active.insert(db).await
    } else {
        active.update(db).await
    };
    Ok(model.or_internal()?.id)
}

pub struct NewPaper<'a> {
    pub code: &'a str,
    pub title: &'a str,
    pub abstract_text: &'a str,
    pub cluster: IssueCluster,
    pub markdown: &'a str,
    /// The language of its text (a code of `i18n::Locale`).
    pub language: &'a str,
}

/// Creates a working paper with version 1 of its text, in one transaction. A paper of the
/// same code in the consultation is left as it is (`Ok(None)`).
pub async fn create_paper<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    consultation_id: i64,
    new: NewPaper<'_>,
) -> Result<Option<i64>, AppError> {
    let exists = working_paper::Entity::find()
        .filter(working_paper::Column::ConsultationId.eq(consultation_id))
        .filter(working_paper::Column::Code.eq(new.code.trim().to_ascii_uppercase()))
        .one(db)
        .await
        .or_internal()?;
    if exists.is_some() {
        return Ok(None);
    }
    let txn = super::write_transaction(db).await?;
    let at = now();
    let paper = working_paper::ActiveModel {
        consultation_id: Set(consultation_id),
        code: Set(new.code.trim().to_ascii_uppercase()),
        title: Set(new.title.to_owned()),
        abstract_text: Set(new.abstract_text.to_owned()),
        cluster: Set(new.cluster),
        language: Set(new.language.to_owned()),
        current_version: Set(1),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .or_internal()?;
    insert_version(&txn, paper.id, 1, new.markdown).await?;
    txn.commit().await.or_internal()?;
    Ok(Some(paper.id))
}

/// Stores a version of a paper's text and its numbered paragraphs, and gives its id. Call
/// it inside the transaction that creates or changes the paper.
pub(crate) async fn insert_version(
    db: &impl ConnectionTrait,
    paper_id: i64,
    version: i32,
    markdown: &str,
) -> Result<i64, AppError> {
    let stored = paper_version::ActiveModel {
        paper_id: Set(paper_id),
        version: Set(version),
        markdown: Set(markdown.to_owned()),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .or_internal()?;
    let rows = paper_import::import(markdown)
        .into_iter()
        .enumerate()
        .map(|(i, b)| paragraph::ActiveModel {
            version_id: Set(stored.id),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            number: Set(b.number),
            kind: Set(b.kind),
            level: Set(i16::from(b.level)),
            text: Set(b.text),
            ..Default::default()
        });
    paragraph::Entity::insert_many(rows)
        .exec(db)
        .await
        .or_internal()?;
    Ok(stored.id)
}
