//! Look-ups shared by every reader of comments (the public pages, the author, the desk, the
//! digest, the search index): references, tags, paragraph numbers, papers, campaigns,
//! dispositions and pages, each for many comments in one query. A leaf: it uses no other
//! service.

use super::entities::{
    campaign_member, comment, comment_tag, consultation, disposition, paper_version, paragraph,
    tag, working_paper,
};
use super::{OrInternal, rfc3339};
use crate::backend::keyed;
use crate::domain::comment::{PAGE_SIZE, TagView, reference};
use crate::domain::desk::{ChangedIn, DispositionView};
use crate::domain::{AppError, BlockKind};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

pub fn reference_of(model: &comment::Model) -> String {
    reference(model.submitted_at.year(), model.id)
}

pub(crate) fn tag_view(model: &tag::Model) -> TagView {
    TagView {
        slug: model.slug.clone(),
        cluster: model.cluster,
        names: serde_json::from_str(&model.names).unwrap_or_default(),
    }
}

/// The tags `query` finds, by cluster then English name, in one query.
pub(crate) async fn sorted_tags(
    db: &impl ConnectionTrait,
    query: sea_orm::Select<tag::Entity>,
) -> Result<Vec<TagView>, AppError> {
    let mut tags: Vec<TagView> = query
        .all(db)
        .await
        .or_internal()?
        .iter()
        .map(tag_view)
        .collect();
    tags.sort_by(|a, b| {
        a.cluster
            .cmp(&b.cluster)
            .then_with(|| a.name("en").cmp(b.name("en")))
    });
    Ok(tags)
}

/// The tags of many comments in two queries: the public ones, and the secretariat's
/// private ones too when `private` is set.
pub(crate) async fn tags_of(
    db: &impl ConnectionTrait,
    comment_ids: &[i64],
    private: bool,
) -> Result<HashMap<i64, Vec<TagView>>, AppError> {
    let mut out: HashMap<i64, Vec<TagView>> = HashMap::new();
    if comment_ids.is_empty() {
        return Ok(out);
    }
    let links = comment_tag::Entity::find()
        .filter(comment_tag::Column::CommentId.is_in(comment_ids.iter().copied()))
        .all(db)
        .await
        .or_internal()?;
    let tag_ids: Vec<i64> = links.iter().map(|l| l.tag_id).collect();
    let mut tag_query = tag::Entity::find().filter(tag::Column::Id.is_in(tag_ids));
    if !private {
        tag_query = tag_query.filter(tag::Column::Public.eq(true));
    }
    let tags: HashMap<i64, tag::Model> = keyed(tag_query.all(db).await.or_internal()?, |t| t.id);
    for link in links {
        if let Some(t) = tags.get(&link.tag_id) {
            out.entry(link.comment_id).or_default().push(tag_view(t));
        }
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| a.slug.cmp(&b.slug));
    }
    Ok(out)
}

/// Paragraph numbers by id, in one query.
pub(crate) async fn numbers_of(
    db: &impl ConnectionTrait,
    comments: &[comment::Model],
) -> Result<HashMap<i64, String>, AppError> {
    let ids: Vec<i64> = comments.iter().filter_map(|c| c.paragraph_id).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let query = paragraph::Entity::find().filter(paragraph::Column::Id.is_in(ids));
    entries(db, query, |p| (p.id, p.number)).await
}

/// The condition "the comment carries the tag".
pub(crate) fn tagged(tag_id: i64) -> sea_orm::sea_query::SimpleExpr {
    comment::Column::Id.in_subquery(
        Query::select()
            .column(comment_tag::Column::CommentId)
            .from(comment_tag::Entity)
            .and_where(comment_tag::Column::TagId.eq(tag_id))
            .to_owned(),
    )
}

/// The papers of some comments and their consultations' slugs, in two queries.
pub(crate) async fn papers_of(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<(HashMap<i64, working_paper::Model>, HashMap<i64, String>), AppError> {
    let query = working_paper::Entity::find()
        .filter(working_paper::Column::Id.is_in(models.iter().map(|m| m.paper_id)));
    let papers = entries(db, query, |p| (p.id, p)).await?;
    let query = consultation::Entity::find()
        .filter(consultation::Column::Id.is_in(papers.values().map(|p| p.consultation_id)));
    let slugs = entries(db, query, |c| (c.id, c.slug)).await?;
    Ok((papers, slugs))
}

/// The rows `query` finds, each made an entry of a map by `entry`, in one query.
async fn entries<E: EntityTrait, V>(
    db: &impl ConnectionTrait,
    query: sea_orm::Select<E>,
    entry: impl Fn(E::Model) -> (i64, V),
) -> Result<HashMap<i64, V>, AppError> {
    let rows = query.all(db).await.or_internal()?;
    Ok(rows.into_iter().map(entry).collect())
}

/// The codes of the papers `query` finds, by id, in one query.
pub(crate) async fn paper_codes(
    db: &impl ConnectionTrait,
    query: sea_orm::Select<working_paper::Entity>,
) -> Result<HashMap<i64, String>, AppError> {
    entries(db, query, |p| (p.id, p.code)).await
}

/// The campaign of each comment among the memberships `query` finds, by comment id, in one
/// query.
pub(crate) async fn campaigns_of(
    db: &impl ConnectionTrait,
    query: sea_orm::Select<campaign_member::Entity>,
) -> Result<HashMap<i64, i64>, AppError> {
    entries(db, query, |m| (m.comment_id, m.campaign_id)).await
}

/// The page of `query`'s comments before the id `before`, newest first, and where the
/// next page starts.
pub(crate) async fn newest_page(
    db: &impl ConnectionTrait,
    query: sea_orm::Select<comment::Entity>,
    before: Option<i64>,
) -> Result<(Vec<comment::Model>, Option<i64>), AppError> {
    let query = match before {
        Some(before) => query.filter(comment::Column::Id.lt(before)),
        None => query,
    };
    let mut models = query
        .order_by_desc(comment::Column::Id)
        .limit(PAGE_SIZE + 1)
        .all(db)
        .await
        .or_internal()?;
    let next = page_end(&mut models);
    Ok((models, next))
}

/// Trims a page of comments fetched with one row too many; the cursor of the next page.
pub(crate) fn page_end(models: &mut Vec<comment::Model>) -> Option<i64> {
    super::page_end(models, PAGE_SIZE, |m| m.id)
}

pub(crate) async fn current_version(
    db: &impl ConnectionTrait,
    paper: &working_paper::Model,
) -> Result<paper_version::Model, AppError> {
    paper_version::Entity::find()
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.eq(paper.current_version))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)
}

/// A version's numbered blocks (headings, paragraphs, lists, quotes), in order.
pub(crate) async fn version_blocks(
    db: &impl ConnectionTrait,
    version_id: i64,
) -> Result<Vec<crate::domain::ParagraphView>, AppError> {
    let rows = paragraph::Entity::find()
        .filter(paragraph::Column::VersionId.eq(version_id))
        .order_by_asc(paragraph::Column::Position)
        .all(db)
        .await
        .or_internal()?;
    Ok(rows
        .into_iter()
        .map(|p| crate::domain::ParagraphView {
            id: p.id,
            number: p.number,
            kind: p.kind,
            level: u8::try_from(p.level).unwrap_or(0),
            text: p.text,
        })
        .collect())
}

/// The paragraphs that take comments (headings do not), in any version.
pub(crate) fn commentable() -> sea_orm::Select<paragraph::Entity> {
    paragraph::Entity::find().filter(paragraph::Column::Kind.ne(BlockKind::Heading.code()))
}

/// The references of the comments some replies answer, in one query.
pub(crate) async fn parent_references(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<HashMap<i64, String>, AppError> {
    let query = comment::Entity::find()
        .filter(comment::Column::Id.is_in(models.iter().filter_map(|m| m.parent_id)));
    entries(db, query, |p| (p.id, reference_of(&p))).await
}

/// The dispositions of some comments, in one query (and two more when some name the change
/// they caused).
pub async fn dispositions_of(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, DispositionView>, AppError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let found = disposition::Entity::find()
        .filter(disposition::Column::CommentId.is_in(ids.iter().copied()))
        .all(db)
        .await
        .or_internal()?;
    let changes = changed_in(db, found.iter().filter_map(|d| d.changed_paragraph_id)).await?;
    Ok(found
        .into_iter()
        .map(|d| {
            (
                d.comment_id,
                DispositionView {
                    kind: d.kind,
                    response: d.response,
                    decided_at: rfc3339(d.decided_at),
                    changed_in: d
                        .changed_paragraph_id
                        .and_then(|p| changes.get(&p).cloned()),
                },
            )
        })
        .collect())
}

/// One column of the rows of `E` with these ids, by id, in one query.
pub(crate) async fn column_by_id<E, V>(
    db: &impl ConnectionTrait,
    (id, value): (E::Column, E::Column),
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, V>, AppError>
where
    E: EntityTrait,
    V: sea_orm::TryGetable,
{
    Ok(E::find()
        .select_only()
        .columns([id, value])
        .filter(id.is_in(ids))
        .into_tuple::<(i64, V)>()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .collect())
}

/// The number of each of these paper versions, by id (no query for none).
pub async fn version_numbers(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, i32>, AppError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    use paper_version::Column;
    column_by_id::<paper_version::Entity, _>(db, (Column::Id, Column::Version), ids).await
}

/// These paragraphs with their version's number, by id (no query for none).
pub async fn changed_in(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, ChangedIn>, AppError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let paragraphs = paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(ids))
        .all(db)
        .await
        .or_internal()?;
    let versions = version_numbers(db, paragraphs.iter().map(|p| p.version_id)).await?;
    Ok(paragraphs
        .into_iter()
        .filter_map(|p| {
            let version = *versions.get(&p.version_id)?;
            Some((
                p.id,
                ChangedIn {
                    paragraph_id: p.id,
                    version,
                    number: p.number,
                },
            ))
        })
        .collect())
}

/// A paper of a consultation in any status, drafts' papers too (the secretariat's pages), in
/// one statement; codes are upper case, as on the public pages.
pub async fn any_paper(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
) -> Result<working_paper::Model, AppError> {
    working_paper::Entity::find()
        .inner_join(consultation::Entity)
        .filter(consultation::Column::Slug.eq(slug))
        .filter(working_paper::Column::Code.eq(code.trim().to_ascii_uppercase()))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)
}
