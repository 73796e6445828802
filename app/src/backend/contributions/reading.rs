//! Contributions as people read them: the consultation's published list, each one's page
//! and files (a pending one only for its author and the secretariat), search, and the
//! desk's list of what waits; and those a comment digest lists.

use crate::backend::consultations::find_public;
use crate::backend::documents::listing::{self, Link};
use crate::backend::entities::{
    consultation, contribution, contribution_file, stored_file, working_paper,
};
use crate::backend::lookups::column_by_id;
use crate::backend::{OrInternal, rfc3339};
use crate::domain::comment::{Attribution, CommentStatus};
use crate::domain::contributions::{
    ContributionCard, ContributionFilter, ContributionPage, DIGEST_EXCERPT, DeskContribution,
    DigestContribution, FileKind, FileView, digest_excerpt, reference,
};
use crate::domain::countries::Region;
use crate::domain::{AppError, Role, StakeholderGroup, Viewer};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, Iterable, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::HashMap;

/// How much of each file's text the desk shows beside it.
const DESK_TEXT: usize = 4_000;

/// Whether `viewer` may see this contribution: everyone once published; its author and
/// the secretariat before.
fn may_see(model: &contribution::Model, viewer: Option<&Viewer>) -> bool {
    model.status == CommentStatus::Published
        || viewer.is_some_and(|v| v.id == model.author_id || v.role.includes(Role::Secretariat))
}

/// The files of these contributions, in order, without their text.
async fn files_of(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<FileView>>, AppError> {
    let links = contribution_file::Entity::find()
        .filter(contribution_file::Column::ContributionId.is_in(ids.iter().copied()))
        .order_by_asc(contribution_file::Column::ContributionId)
        .order_by_asc(contribution_file::Column::Position)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|r| Link {
            owner: r.contribution_id,
            position: r.position,
            file_id: r.file_id,
            name: r.name,
        })
        .collect();
    listing::describe(db, links, file_href).await
}

/// Where a file is downloaded: by contribution and position; the name at the end is only
/// for the reader's eyes (and their browser's "save as").
pub fn file_href(contribution_id: i64, position: i32, name: &str) -> String {
    let name = listing::name_in_path(name);
    format!("/contributions/{contribution_id}/files/{position}/{name}")
}

async fn paper_codes(
    db: &impl ConnectionTrait,
    models: &[contribution::Model],
) -> Result<HashMap<i64, String>, AppError> {
    let ids: Vec<i64> = models.iter().filter_map(|m| m.paper_id).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    use working_paper::Column;
    column_by_id::<working_paper::Entity, _>(db, (Column::Id, Column::Code), ids).await
}

/// Cards for these contributions, in their order.
pub async fn cards(
    db: &impl ConnectionTrait,
    models: Vec<contribution::Model>,
) -> Result<Vec<ContributionCard>, AppError> {
    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let mut files = files_of(db, &ids).await?;
    let codes = paper_codes(db, &models).await?;
    Ok(models
        .into_iter()
        .map(|m| ContributionCard {
            id: m.id,
            reference: reference(m.id),
            author: Attribution::as_consented(
                m.consent,
                &m.author_name,
                m.author_organisation.as_deref(),
                m.author_group,
                &m.author_country,
            ),
            paper_code: m.paper_id.and_then(|p| codes.get(&p).cloned()),
            files: files.remove(&m.id).unwrap_or_default(),
            status: m.status,
            submitted_at: rfc3339(m.submitted_at),
            title: m.title,
            summary: m.summary,
        })
        .collect())
}

/// A consultation's published contributions, newest first, as filtered.
pub async fn list(
    db: &impl ConnectionTrait,
    slug: &str,
    filter: &ContributionFilter,
) -> Result<(consultation::Model, Vec<ContributionCard>), AppError> {
    let consultation = find_public(db, slug).await?;
    let mut query = contribution::Entity::find()
        .filter(contribution::Column::ConsultationId.eq(consultation.id))
        .filter(contribution::Column::Status.eq(CommentStatus::Published))
        .order_by_desc(contribution::Column::PublishedAt)
        .order_by_desc(contribution::Column::Id);
    if let Some(group) = filter.group {
        query = query.filter(contribution::Column::AuthorGroup.eq(group));
    }
    if let Some(region) = filter.region {
        query = query.filter(contribution::Column::AuthorRegion.eq(region.code()));
    }
    if let Some(code) = filter.paper.as_deref().filter(|c| !c.is_empty()) {
        let paper = working_paper::Entity::find()
            .select_only()
            .column(working_paper::Column::Id)
            .filter(working_paper::Column::ConsultationId.eq(consultation.id))
            .filter(working_paper::Column::Code.eq(code.to_ascii_uppercase()))
            .into_tuple::<i64>()
            .one(db)
            .await
            .or_internal()?;
        query = query.filter(contribution::Column::PaperId.eq(paper.unwrap_or(-1)));
    }
    let models = query.all(db).await.or_internal()?;
    Ok((consultation, cards(db, models).await?))
}

/// A contribution's page, if the viewer may see it.
pub async fn page(
    db: &impl ConnectionTrait,
    id: i64,
    viewer: Option<&Viewer>,
) -> Result<ContributionPage, AppError> {
    let model = contribution::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|m| may_see(m, viewer))
        .ok_or(AppError::NotFound)?;
    let consultation = consultation::Entity::find_by_id(model.consultation_id)
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let own = viewer.is_some_and(|v| v.id == model.author_id);
    let status_reason = model.status_reason.clone();
    let card = cards(db, vec![model])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let (paragraphs, concerned) = super::paragraphs::of(db, id, &consultation).await?;
    Ok(ContributionPage {
        card,
        consultation_slug: consultation.slug,
        consultation_title: consultation.title,
        status_reason,
        own,
        paragraphs,
        concerned,
    })
}

/// A file to download: its name, kind, size and stored id, if the viewer may see the
/// contribution.
pub async fn file(
    db: &impl ConnectionTrait,
    id: i64,
    position: i32,
    viewer: Option<&Viewer>,
) -> Result<(String, FileKind, i64, i64), AppError> {
    let model = contribution::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|m| may_see(m, viewer))
        .ok_or(AppError::NotFound)?;
    let row = contribution_file::Entity::find_by_id((model.id, position))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let (kind, size) = listing::served(db, row.file_id).await?;
    Ok((row.name, kind, size, row.file_id))
}

/// Published contributions whose title, summary or files hold every word of `text`.
pub async fn search(
    db: &impl ConnectionTrait,
    text: &str,
) -> Result<Vec<ContributionCard>, AppError> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut query = contribution::Entity::find()
        .filter(contribution::Column::Status.eq(CommentStatus::Published))
        .order_by_desc(contribution::Column::PublishedAt)
        .limit(20);
    for word in words {
        query = query.filter(contribution::Column::SearchText.contains(word));
    }
    let models = query.all(db).await.or_internal()?;
    cards(db, models).await
}

/// What waits for the secretariat, oldest first, with the text read from each file: the
/// pending contributions, and the published ones readers have reported.
pub async fn pending(db: &impl ConnectionTrait) -> Result<Vec<DeskContribution>, AppError> {
    let reported = super::flags::reported(db).await?;
    let models = contribution::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(contribution::Column::Status.eq(CommentStatus::Pending))
                .add(
                    sea_orm::Condition::all()
                        .add(contribution::Column::Status.eq(CommentStatus::Published))
                        .add(contribution::Column::Id.is_in(reported)),
                ),
        )
        .order_by_asc(contribution::Column::Id)
        .limit(50)
        .all(db)
        .await
        .or_internal()?;
    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let rows = contribution_file::Entity::find()
        .filter(contribution_file::Column::ContributionId.is_in(ids.iter().copied()))
        .all(db)
        .await
        .or_internal()?;
    let texts = listing::texts(db, rows.iter().map(|r| r.file_id), DESK_TEXT).await?;
    let mut text_of: HashMap<(i64, i32), Option<String>> = rows
        .iter()
        .map(|r| {
            (
                (r.contribution_id, r.position),
                texts.get(&r.file_id).cloned().flatten(),
            )
        })
        .collect();
    let mut flags = super::flags::summaries(db, &ids).await?;
    Ok(cards(db, models)
        .await?
        .into_iter()
        .map(|card| {
            let texts = card
                .files
                .iter()
                .map(|f| text_of.remove(&(card.id, f.position)).flatten())
                .collect();
            let flags = flags.remove(&card.id).unwrap_or_default();
            DeskContribution { card, texts, flags }
        })
        .collect())
}

/// How many characters of each file's text a digest reads: twice what it quotes, so that
/// the white space folded away still leaves enough (the rest of a long text stays in the
/// database).
const DIGEST_READ: i32 = 2 * DIGEST_EXCERPT as i32;

/// The published contributions a comment digest lists, newest first: the consultation's,
/// or only those on `paper_id` for the digest of one paper; narrowed by the digest's
/// stakeholder group and region as its comments are. Its other filters concern comments
/// only and are ignored here: contributions have no tags; they are listed published
/// whatever the status asked (even in the secretariat's internal digest); and the dates
/// bound when comments were written, not documents. Neither their search text nor more
/// than the start of each file's text is read: a document's text may run to megabytes.
pub async fn for_digest(
    db: &impl ConnectionTrait,
    consultation_id: i64,
    paper_id: Option<i64>,
    group: Option<StakeholderGroup>,
    region: Option<Region>,
) -> Result<Vec<DigestContribution>, AppError> {
    let mut query = contribution::Entity::find()
        .select_only()
        .columns(
            contribution::Column::iter().filter(|c| !matches!(c, contribution::Column::SearchText)),
        )
        .column_as(Expr::val(""), "search_text")
        .filter(contribution::Column::ConsultationId.eq(consultation_id))
        .filter(contribution::Column::Status.eq(CommentStatus::Published))
        .order_by_desc(contribution::Column::PublishedAt)
        .order_by_desc(contribution::Column::Id);
    if let Some(paper) = paper_id {
        query = query.filter(contribution::Column::PaperId.eq(paper));
    }
    if let Some(group) = group {
        query = query.filter(contribution::Column::AuthorGroup.eq(group));
    }
    if let Some(region) = region {
        query = query.filter(contribution::Column::AuthorRegion.eq(region.code()));
    }
    let models = query.all(db).await.or_internal()?;
    if models.is_empty() {
        return Ok(Vec::new());
    }
    let mut texts = digest_texts(db, &models).await?;
    let published: Vec<Option<String>> =
        models.iter().map(|m| m.published_at.map(rfc3339)).collect();
    Ok(cards(db, models)
        .await?
        .into_iter()
        .zip(published)
        .map(|(card, published_at)| {
            let texts = texts.remove(&card.id).unwrap_or_default();
            DigestContribution {
                excerpt: digest_excerpt(texts.iter().map(String::as_str), &card.summary),
                url: card.href(),
                published_at,
                card,
            }
        })
        .collect())
}

/// The start of the text read from each file of these contributions, by contribution, in
/// the files' order (files without text left out).
async fn digest_texts(
    db: &impl ConnectionTrait,
    models: &[contribution::Model],
) -> Result<HashMap<i64, Vec<String>>, AppError> {
    let rows: Vec<(i64, i64)> = contribution_file::Entity::find()
        .select_only()
        .column(contribution_file::Column::ContributionId)
        .column(contribution_file::Column::FileId)
        .filter(contribution_file::Column::ContributionId.is_in(models.iter().map(|m| m.id)))
        .order_by_asc(contribution_file::Column::ContributionId)
        .order_by_asc(contribution_file::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    // SUBSTR counts characters on both engines.
    let head: Expr = Func::cust("SUBSTR")
        .arg(Expr::col((stored_file::Entity, stored_file::Column::Text)))
        .arg(1)
        .arg(DIGEST_READ)
        .into();
    let heads: HashMap<i64, String> = stored_file::Entity::find()
        .select_only()
        .column(stored_file::Column::Id)
        .column_as(head, "head")
        .filter(stored_file::Column::Id.is_in(rows.iter().map(|(_, file)| *file)))
        .filter(stored_file::Column::Text.is_not_null())
        .into_tuple::<(i64, String)>()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .collect();
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (contribution_id, file_id) in rows {
        // The same content sent twice is stored once: each listing reads it.
        if let Some(text) = heads.get(&file_id) {
            out.entry(contribution_id).or_default().push(text.clone());
        }
    }
    Ok(out)
}
