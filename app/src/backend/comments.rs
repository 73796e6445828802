//! Comments: submission with the author snapshot, the author's own list, edits that keep
//! earlier texts, withdrawal, and what readers see. Only published comments ever reach
//! anyone but their author and the secretariat; every read here enforces that.

use super::consultations::{accepts_comments, find_public_paper};
use super::entities::{
    comment, comment_revision, comment_tag, consultation, paper_version, paragraph,
    paragraph_count, tag, user, working_paper,
};
use super::{OrInternal, moderation, now, rfc3339, search_index};
use crate::domain::comment::{
    Attribution, CommentFilter, CommentForm, CommentStatus, CommentView, Consent, MyComment,
    PAGE_SIZE, PaperComments, ParagraphCount, SearchHit, SearchPage, TagView, ValidComment,
    reference, validate_comment,
};
use crate::domain::countries;
use crate::domain::desk::DispositionView;
use crate::domain::{AppError, BlockKind, Field, IssueCluster, Problem, StakeholderGroup};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use std::collections::HashMap;

fn status_of(model: &comment::Model) -> CommentStatus {
    CommentStatus::from_code(&model.status).unwrap_or(CommentStatus::Pending)
}

fn consent_of(model: &comment::Model) -> Consent {
    // An unknown value can only come from outside the app: show the least.
    Consent::from_code(&model.consent).unwrap_or(Consent::Anonymous)
}

pub fn reference_of(model: &comment::Model) -> String {
    reference(model.submitted_at.year(), model.id)
}

pub(crate) fn tag_view(model: &tag::Model) -> TagView {
    TagView {
        slug: model.slug.clone(),
        cluster: IssueCluster::from_code(&model.cluster).unwrap_or(IssueCluster::Infrastructure),
        name_en: model.name_en.clone(),
        name_fr: model.name_fr.clone(),
    }
}

/// The public taxonomy, by cluster then name, for forms and filters.
pub async fn public_tags(db: &impl ConnectionTrait) -> Result<Vec<TagView>, AppError> {
    let mut tags: Vec<TagView> = tag::Entity::find()
        .filter(tag::Column::Public.eq(true))
        .all(db)
        .await
        .or_internal()?
        .iter()
        .map(tag_view)
        .collect();
    tags.sort_by(|a, b| {
        a.cluster
            .cmp(&b.cluster)
            .then_with(|| a.name_en.cmp(&b.name_en))
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
    let tags: HashMap<i64, tag::Model> = tag_query
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|t| (t.id, t))
        .collect();
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
async fn numbers_of(
    db: &impl ConnectionTrait,
    comments: &[comment::Model],
) -> Result<HashMap<i64, String>, AppError> {
    let ids: Vec<i64> = comments.iter().filter_map(|c| c.paragraph_id).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(ids))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id, p.number))
        .collect())
}

fn view_of(
    model: &comment::Model,
    tags: &HashMap<i64, Vec<TagView>>,
    numbers: &HashMap<i64, String>,
    dispositions: &HashMap<i64, DispositionView>,
) -> CommentView {
    CommentView {
        id: model.id,
        reference: reference_of(model),
        paragraph_number: model.paragraph_id.and_then(|p| numbers.get(&p).cloned()),
        quote: model.quote.clone(),
        body: model.body.clone(),
        tags: tags.get(&model.id).cloned().unwrap_or_default(),
        author: Attribution::as_consented(
            consent_of(model),
            &model.author_name,
            model.author_organisation.as_deref(),
            StakeholderGroup::from_code(&model.author_group)
                .unwrap_or(StakeholderGroup::CivilSociety),
            &model.author_country,
        ),
        submitted_at: rfc3339(model.submitted_at),
        late: model.late,
        disposition: dispositions.get(&model.id).cloned(),
        replies: Vec::new(),
    }
}

/// Published comments with their tags and paragraph numbers, and their published replies.
async fn views_with_replies(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<Vec<CommentView>, AppError> {
    let ids: Vec<i64> = models.iter().map(|c| c.id).collect();
    let replies = if ids.is_empty() {
        Vec::new()
    } else {
        comment::Entity::find()
            .filter(comment::Column::ParentId.is_in(ids.clone()))
            .filter(comment::Column::Status.eq(CommentStatus::Published.code()))
            .order_by_asc(comment::Column::Id)
            .all(db)
            .await
            .or_internal()?
    };
    let all_ids: Vec<i64> = ids
        .iter()
        .copied()
        .chain(replies.iter().map(|r| r.id))
        .collect();
    let tags = tags_of(db, &all_ids, false).await?;
    let numbers = numbers_of(db, models).await?;
    let dispositions = super::desk::dispositions_of(db, &all_ids).await?;
    let mut views: Vec<CommentView> = models
        .iter()
        .map(|m| view_of(m, &tags, &numbers, &dispositions))
        .collect();
    for reply in &replies {
        if let Some(parent) = views.iter_mut().find(|v| Some(v.id) == reply.parent_id) {
            let mut view = view_of(reply, &tags, &numbers, &dispositions);
            view.paragraph_number.clone_from(&parent.paragraph_number);
            parent.replies.push(view);
        }
    }
    Ok(views)
}

/// The condition a reader's filter puts on comments; `None` when it names an unknown tag,
/// which matches nothing.
async fn filter_condition(
    db: &impl ConnectionTrait,
    filter: &CommentFilter,
) -> Result<Option<Condition>, AppError> {
    let mut cond = Condition::all();
    if let Some(group) = filter.group {
        cond = cond.add(comment::Column::AuthorGroup.eq(group.code()));
    }
    if let Some(region) = filter.region {
        cond = cond.add(comment::Column::AuthorRegion.eq(region.code()));
    }
    if let Some(slug) = &filter.tag {
        let Some(found) = tag::Entity::find()
            .filter(tag::Column::Slug.eq(slug.as_str()))
            .filter(tag::Column::Public.eq(true))
            .one(db)
            .await
            .or_internal()?
        else {
            return Ok(None);
        };
        cond = cond.add(tagged(found.id));
    }
    Ok(Some(cond))
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

/// Which paragraph of a paper the reader opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Nothing,
    WholePaper,
    Paragraph(String),
}

impl Opened {
    /// From the `p` query value: empty is nothing, `whole` the paper as a whole.
    pub fn from_query(p: &str) -> Self {
        match p.trim() {
            "" => Self::Nothing,
            "whole" => Self::WholePaper,
            number => Self::Paragraph(number.to_owned()),
        }
    }
}

#[derive(FromQueryResult)]
struct CountRow {
    paragraph_id: Option<i64>,
    count: i64,
}

/// The paper page's comments: published counts per paragraph under the filter, and the
/// opened paragraph's comments a page at a time (oldest first, after `after`).
pub async fn paper_comments(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    opened: &Opened,
    filter: &CommentFilter,
    after: Option<i64>,
) -> Result<PaperComments, AppError> {
    let (consultation, paper) = find_public_paper(db, slug, code).await?;
    let version = current_version(db, &paper).await?;
    let tags = public_tags(db).await?;
    let open = accepts_comments(&consultation, now());
    let Some(cond) = filter_condition(db, filter).await? else {
        return Ok(PaperComments {
            counts: Vec::new(),
            comments: Vec::new(),
            next_after: None,
            tags,
            open,
        });
    };
    let base = comment::Entity::find()
        .filter(comment::Column::PaperId.eq(paper.id))
        .filter(comment::Column::VersionId.eq(version.id))
        .filter(comment::Column::Status.eq(CommentStatus::Published.code()))
        .filter(comment::Column::ParentId.is_null())
        .filter(cond);
    let counts = if *filter == CommentFilter::default() {
        stored_counts(db, version.id).await?
    } else {
        base.clone()
            .select_only()
            .column(comment::Column::ParagraphId)
            .column_as(comment::Column::Id.count(), "count")
            .group_by(comment::Column::ParagraphId)
            .into_model::<CountRow>()
            .all(db)
            .await
            .or_internal()?
            .into_iter()
            .map(|r| ParagraphCount {
                paragraph_id: r.paragraph_id,
                count: u64::try_from(r.count).unwrap_or(0),
            })
            .collect()
    };
    let anchor = match opened {
        Opened::Nothing => None,
        Opened::WholePaper => Some(comment::Column::ParagraphId.is_null()),
        Opened::Paragraph(number) => {
            let found = commentable()
                .filter(paragraph::Column::VersionId.eq(version.id))
                .filter(paragraph::Column::Number.eq(number.as_str()))
                .one(db)
                .await
                .or_internal()?
                .ok_or(AppError::NotFound)?;
            Some(comment::Column::ParagraphId.eq(found.id))
        }
    };
    let (comments, next_after) = match anchor {
        None => (Vec::new(), None),
        Some(anchor) => {
            let mut models = base
                .filter(anchor)
                .filter(comment::Column::Id.gt(after.unwrap_or(0)))
                .order_by_asc(comment::Column::Id)
                .limit(PAGE_SIZE + 1)
                .all(db)
                .await
                .or_internal()?;
            let next = page_end(&mut models);
            (views_with_replies(db, &models).await?, next)
        }
    };
    Ok(PaperComments {
        counts,
        comments,
        next_after,
        tags,
        open,
    })
}

/// The published top-level comments per paragraph of a version, as moderation keeps them
/// (no comment is counted row by row).
async fn stored_counts(
    db: &impl ConnectionTrait,
    version_id: i64,
) -> Result<Vec<ParagraphCount>, AppError> {
    Ok(paragraph_count::Entity::find()
        .filter(paragraph_count::Column::VersionId.eq(version_id))
        .filter(paragraph_count::Column::Published.gt(0))
        .order_by_asc(paragraph_count::Column::ParagraphKey)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|c| ParagraphCount {
            paragraph_id: (c.paragraph_key != 0).then_some(c.paragraph_key),
            count: u64::try_from(c.published).unwrap_or(0),
        })
        .collect())
}

/// Moves a top-level comment's paragraph count by `delta` (+1 when it is published, -1
/// when it stops being published). Call it in the transaction that changes the status.
pub(crate) async fn count_published(
    db: &impl ConnectionTrait,
    model: &comment::Model,
    delta: i64,
) -> Result<(), AppError> {
    use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
    if model.parent_id.is_some() {
        return Ok(());
    }
    let row = paragraph_count::ActiveModel {
        version_id: Set(model.version_id),
        paragraph_key: Set(model.paragraph_id.unwrap_or(0)),
        published: Set(delta),
    };
    paragraph_count::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                paragraph_count::Column::VersionId,
                paragraph_count::Column::ParagraphKey,
            ])
            .value(
                paragraph_count::Column::Published,
                Expr::col((paragraph_count::Entity, paragraph_count::Column::Published))
                    .add(Expr::cust("excluded.published")),
            )
            .to_owned(),
        )
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// Counts the published comments of every paragraph again from the comments themselves,
/// for comments stored without moderation (a bulk load).
pub async fn recount(db: &impl ConnectionTrait) -> Result<(), AppError> {
    paragraph_count::Entity::delete_many()
        .exec(db)
        .await
        .or_internal()?;
    db.execute_unprepared(migrations::m20261122_000006_paragraph_counts::RECOUNT)
        .await
        .or_internal()?;
    Ok(())
}

/// The papers of some comments and their consultations' slugs, in two queries.
pub(crate) async fn papers_of(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<(HashMap<i64, working_paper::Model>, HashMap<i64, String>), AppError> {
    let papers: HashMap<i64, working_paper::Model> = working_paper::Entity::find()
        .filter(working_paper::Column::Id.is_in(models.iter().map(|m| m.paper_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let slugs = consultation::Entity::find()
        .filter(consultation::Column::Id.is_in(papers.values().map(|p| p.consultation_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|c| (c.id, c.slug))
        .collect();
    Ok((papers, slugs))
}

/// The page of `query`'s comments before the id `before`, newest first, and where the
/// next page starts.
async fn newest_page(
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
fn page_end(models: &mut Vec<comment::Model>) -> Option<i64> {
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

/// Full-text search over published comments, newest first, a page at a time (before the
/// comment id `before`). An empty query lists the newest published comments.
pub async fn search(
    db: &impl ConnectionTrait,
    text: &str,
    filter: &CommentFilter,
    before: Option<i64>,
) -> Result<SearchPage, AppError> {
    let tags = public_tags(db).await?;
    let Some(cond) = filter_condition(db, filter).await? else {
        return Ok(SearchPage {
            hits: Vec::new(),
            next_before: None,
            tags,
        });
    };
    let mut query = comment::Entity::find()
        .filter(comment::Column::Status.eq(CommentStatus::Published.code()))
        .filter(cond);
    if let Some(matching) = search_index::matching(db.get_database_backend(), text) {
        query = query.filter(matching);
    }
    let (models, next_before) = newest_page(db, query, before).await?;
    let (papers, slugs) = papers_of(db, &models).await?;
    let views = views_with_replies(db, &models).await?;
    let hits = models
        .iter()
        .zip(views)
        .filter_map(|(model, comment)| {
            let paper = papers.get(&model.paper_id)?;
            Some(SearchHit {
                comment,
                consultation_slug: slugs.get(&paper.consultation_id)?.clone(),
                paper_code: paper.code.clone(),
                paper_title: paper.title.clone(),
            })
        })
        .collect();
    Ok(SearchPage {
        hits,
        next_before,
        tags,
    })
}

/// Public tags by slug; an unknown or private slug is a field problem.
/// The public tags of these slugs, every one of them, or a problem with the tags.
async fn public_tags_named(
    db: &impl ConnectionTrait,
    slugs: &[String],
) -> Result<Vec<tag::Model>, AppError> {
    if slugs.is_empty() {
        return Ok(Vec::new());
    }
    let found = tag::Entity::find()
        .filter(tag::Column::Slug.is_in(slugs.iter().cloned()))
        .filter(tag::Column::Public.eq(true))
        .all(db)
        .await
        .or_internal()?;
    if found.len() != slugs.len() {
        return Err(AppError::validation(Field::Tags, Problem::UnknownChoice));
    }
    Ok(found)
}

/// The paragraph of this number that takes comments (not a heading), or a problem with the
/// paragraph; none when no number is given.
async fn paragraph_of(
    db: &impl ConnectionTrait,
    version_id: i64,
    number: Option<&str>,
) -> Result<Option<paragraph::Model>, AppError> {
    let Some(number) = number else {
        return Ok(None);
    };
    commentable()
        .filter(paragraph::Column::Number.eq(number))
        .filter(paragraph::Column::VersionId.eq(version_id))
        .one(db)
        .await
        .or_internal()?
        .map(Some)
        .ok_or_else(unknown_paragraph)
}

/// Where a new comment on the paper's current version goes: the version's id and, when a
/// number is given, its paragraph of that number that takes comments. One statement
/// either way: the paragraph is found through its version.
async fn current_place(
    db: &impl ConnectionTrait,
    paper: &working_paper::Model,
    number: Option<&str>,
) -> Result<(i64, Option<paragraph::Model>), AppError> {
    let Some(number) = number else {
        return Ok((current_version(db, paper).await?.id, None));
    };
    let paragraph = commentable()
        .filter(paragraph::Column::Number.eq(number))
        .inner_join(paper_version::Entity)
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.eq(paper.current_version))
        .one(db)
        .await
        .or_internal()?
        .ok_or_else(unknown_paragraph)?;
    Ok((paragraph.version_id, Some(paragraph)))
}

/// The paragraphs that take comments (headings do not), in any version.
pub(crate) fn commentable() -> sea_orm::Select<paragraph::Entity> {
    paragraph::Entity::find().filter(paragraph::Column::Kind.ne(BlockKind::Heading.code()))
}

fn unknown_paragraph() -> AppError {
    AppError::validation(Field::Paragraph, Problem::UnknownChoice)
}

fn closed() -> AppError {
    AppError::validation(Field::Form, Problem::ConsultationClosed)
}

/// Where a new comment goes: a paper, and a published top-level comment when it is a reply.
#[derive(Clone, Debug)]
pub struct Target<'a> {
    pub slug: &'a str,
    pub code: &'a str,
    pub reply_to: Option<i64>,
}

/// A submission checked against the paper, the consultation's dates and the author's
/// account, and ready to be written: the comment row with the author's details copied onto
/// it, and its tags.
#[derive(Clone, Debug)]
pub struct Prepared {
    comment: comment::ActiveModel,
    tags: Vec<i64>,
    /// The author and the time of submission, as on the row: its first moderation event's.
    author_id: i64,
    at: time::OffsetDateTime,
}

/// The most comments written by one statement: a comment row binds some twenty values,
/// and SQLite takes 32,766 a statement, PostgreSQL 65,535.
pub const MOST_ROWS_PER_STATEMENT: usize = 1_000;

impl Prepared {
    /// The same submission with these tags (by id).
    pub(crate) fn tagged(self, tags: Vec<i64>) -> Self {
        Self { tags, ..self }
    }
}

/// A stakeholder submits a comment: it is checked and looked up here, then written by the
/// process's [`Writer`](super::writer::Writer) together with the submissions that arrive
/// at the same time, in one transaction. The receipt comes only once it is committed.
pub async fn submit<C: ConnectionTrait>(
    db: &C,
    writer: &super::writer::Writer,
    author: &Author,
    target: Target<'_>,
    form: &CommentForm,
) -> Result<MyComment, AppError> {
    let (prepared, receipt) = prepare(db, author, target, form).await?;
    let id = writer.write(prepared).await?;
    // Built from what was written, not read back: every statement counts under load.
    Ok(receipt.of(id))
}

/// The receipt of a submission before it has its id: the row as written, and what it shows
/// of the paper, the paragraph, the parent and the tags, looked up while checking.
pub struct Receipt {
    comment: MyComment,
    year: i32,
}

impl Receipt {
    /// The receipt of the comment written with this id.
    pub fn of(self, id: i64) -> MyComment {
        MyComment {
            id,
            reference: reference(self.year, id),
            ..self.comment
        }
    }
}

/// Checks a submission and looks up what its row needs; writes nothing.
pub async fn prepare(
    db: &impl ConnectionTrait,
    author: &Author,
    target: Target<'_>,
    form: &CommentForm,
) -> Result<(Prepared, Receipt), AppError> {
    let valid = validate_comment(form).map_err(AppError::Validation)?;
    let (consultation, paper) = find_public_paper(db, target.slug, target.code).await?;
    let at = now();
    if !accepts_comments(&consultation, at) {
        return Err(closed());
    }
    let (paragraph, version_id, parent_reference) = match target.reply_to {
        None => {
            let (version_id, paragraph) =
                current_place(db, &paper, valid.paragraph.as_deref()).await?;
            (paragraph, version_id, None)
        }
        // A reply sits where its parent does, on the version its parent was written on.
        Some(parent_id) => {
            let parent = comment::Entity::find_by_id(parent_id)
                .one(db)
                .await
                .or_internal()?
                .filter(|p| {
                    p.paper_id == paper.id
                        && p.parent_id.is_none()
                        && status_of(p) == CommentStatus::Published
                })
                .ok_or_else(|| AppError::validation(Field::Form, Problem::ReplyNotAllowed))?;
            let paragraph = match parent.paragraph_id {
                Some(id) => paragraph::Entity::find_by_id(id)
                    .one(db)
                    .await
                    .or_internal()?,
                None => None,
            };
            (paragraph, parent.version_id, Some(reference_of(&parent)))
        }
    };
    let tags = public_tags_named(db, &valid.tags).await?;
    let prepared = pending_row(
        Place {
            paper_id: paper.id,
            version_id,
            paragraph_id: paragraph.as_ref().map(|p| p.id),
            parent_id: target.reply_to,
        },
        author,
        valid.quote.clone(),
        valid.body.clone(),
        valid.consent.code(),
        false,
        at,
    )
    .tagged(tags.iter().map(|t| t.id).collect());
    let mut tag_views: Vec<TagView> = tags.iter().map(tag_view).collect();
    tag_views.sort_by(|a, b| a.slug.cmp(&b.slug));
    let receipt = Receipt {
        comment: MyComment {
            id: 0,
            reference: String::new(),
            consultation_slug: consultation.slug,
            paper_code: paper.code,
            paper_title: paper.title,
            paragraph_number: paragraph.map(|p| p.number),
            parent_reference,
            quote: valid.quote,
            body: valid.body,
            tags: tag_views,
            consent: valid.consent,
            status: CommentStatus::Pending,
            status_reason: None,
            submitted_at: rfc3339(at),
            late: false,
            revisions: 0,
        },
        year: at.year(),
    };
    Ok((prepared, receipt))
}

/// Where a new comment sits: its paper and version, its paragraph (none for the paper as a
/// whole), the comment it answers.
pub(crate) struct Place {
    pub paper_id: i64,
    pub version_id: i64,
    pub paragraph_id: Option<i64>,
    pub parent_id: Option<i64>,
}

/// What a comment copies from its author's account, as it is when they submit. A web
/// request has it from its session (`sessions::resolve` reads the account with it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Author {
    pub id: i64,
    pub display_name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub organisation: Option<String>,
    pub capacity: String,
}

impl Author {
    /// The author of this account, read on its own (imports, the demo, tests); a suspended
    /// account may not write.
    pub async fn of(db: &impl ConnectionTrait, id: i64) -> Result<Self, AppError> {
        user::Entity::find_by_id(id)
            .one(db)
            .await
            .or_internal()?
            .filter(|u| u.suspended_at.is_none())
            .map(|u| Self::from(&u))
            .ok_or(AppError::Unauthorized)
    }
}

impl From<&user::Model> for Author {
    fn from(u: &user::Model) -> Self {
        Self {
            id: u.id,
            display_name: u.display_name.clone(),
            stakeholder_group: u.stakeholder_group.clone(),
            country: u.country.clone(),
            organisation: u.organisation.clone(),
            capacity: u.capacity.clone(),
        }
    }
}

/// A new, pending comment ready to be written (untagged), with its author's details copied
/// onto its row: the one shape of a submission, from the form or from an import.
pub(crate) fn pending_row(
    place: Place,
    author: &Author,
    quote: Option<String>,
    body: String,
    consent: &str,
    late: bool,
    at: time::OffsetDateTime,
) -> Prepared {
    let region = countries::country(&author.country)
        .map(|c| c.region.code())
        .unwrap_or_default();
    let comment = comment::ActiveModel {
        paper_id: Set(place.paper_id),
        version_id: Set(place.version_id),
        paragraph_id: Set(place.paragraph_id),
        parent_id: Set(place.parent_id),
        author_id: Set(author.id),
        quote: Set(quote),
        body: Set(body),
        consent: Set(consent.to_owned()),
        author_name: Set(author.display_name.clone()),
        author_group: Set(author.stakeholder_group.clone()),
        author_country: Set(author.country.clone()),
        author_region: Set(region.to_owned()),
        author_organisation: Set(author.organisation.clone()),
        author_capacity: Set(author.capacity.clone()),
        status: Set(CommentStatus::Pending.code().to_owned()),
        status_reason: Set(None),
        late: Set(late),
        submitted_at: Set(at),
        updated_at: Set(at),
        published_at: Set(None),
        ..Default::default()
    };
    Prepared {
        comment,
        tags: Vec::new(),
        author_id: author.id,
        at,
    }
}

/// Writes prepared submissions inside the caller's transaction (the writer's batch, a chunk
/// of an import), in three statements for every [`MOST_ROWS_PER_STATEMENT`] of them: the
/// rows, their tags, and the first events of their moderation histories. Returns their
/// ids, in order. Their places in campaigns are found after the commit, by the writer's
/// placer ([`place_pending`](super::campaigns::place_pending)), or by the import itself.
pub async fn write_all(
    db: &impl ConnectionTrait,
    prepared: &[Prepared],
) -> Result<Vec<i64>, AppError> {
    let mut ids = Vec::with_capacity(prepared.len());
    for part in prepared.chunks(MOST_ROWS_PER_STATEMENT) {
        ids.extend(write_part(db, part).await?);
    }
    Ok(ids)
}

/// [`write_all`] for at most [`MOST_ROWS_PER_STATEMENT`] submissions.
async fn write_part(
    db: &impl ConnectionTrait,
    prepared: &[Prepared],
) -> Result<Vec<i64>, AppError> {
    let mut ids = comment::Entity::insert_many(prepared.iter().map(|p| p.comment.clone()))
        .exec_with_returning_keys(db)
        .await
        .or_internal()?;
    if ids.len() != prepared.len() {
        return Err(super::internal(
            "a batch of comments was written without all its ids",
        ));
    }
    // One statement numbers its rows in their order, also when other writers interleave;
    // the engines need not return them in that order.
    ids.sort_unstable();
    let tags: Vec<comment_tag::ActiveModel> = prepared
        .iter()
        .zip(&ids)
        .flat_map(|(p, &comment_id)| {
            p.tags.iter().map(move |&tag_id| comment_tag::ActiveModel {
                comment_id: Set(comment_id),
                tag_id: Set(tag_id),
            })
        })
        .collect();
    // At most [`MAX_TAGS`](crate::domain::comment::MAX_TAGS) a comment, two values each.
    if !tags.is_empty() {
        comment_tag::Entity::insert_many(tags)
            .exec_without_returning(db)
            .await
            .or_internal()?;
    }
    let submitted: Vec<(i64, i64, time::OffsetDateTime)> = prepared
        .iter()
        .zip(&ids)
        .map(|(p, &id)| (id, p.author_id, p.at))
        .collect();
    moderation::record_submitted(db, &submitted).await?;
    Ok(ids)
}

async fn set_tags(
    db: &impl ConnectionTrait,
    comment_id: i64,
    tag_ids: &[i64],
) -> Result<(), AppError> {
    comment_tag::Entity::delete_many()
        .filter(comment_tag::Column::CommentId.eq(comment_id))
        .exec(db)
        .await
        .or_internal()?;
    if !tag_ids.is_empty() {
        comment_tag::Entity::insert_many(tag_ids.iter().map(|&tag_id| comment_tag::ActiveModel {
            comment_id: Set(comment_id),
            tag_id: Set(tag_id),
        }))
        .exec(db)
        .await
        .or_internal()?;
    }
    Ok(())
}

/// An author's own comment; anyone else's is "not found", never "forbidden", so that the
/// existence of a pending comment is not given away.
async fn own(
    db: &impl ConnectionTrait,
    author_id: i64,
    id: i64,
) -> Result<comment::Model, AppError> {
    comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|c| c.author_id == author_id)
        .ok_or(AppError::NotFound)
}

async fn my_views(
    db: &impl ConnectionTrait,
    models: Vec<comment::Model>,
) -> Result<Vec<MyComment>, AppError> {
    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let tags = tags_of(db, &ids, false).await?;
    let numbers = numbers_of(db, &models).await?;
    let (papers, slugs) = papers_of(db, &models).await?;
    let parents = parent_references(db, &models).await?;
    let revisions: HashMap<i64, u64> = comment_revision::Entity::find()
        .filter(comment_revision::Column::CommentId.is_in(ids))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .fold(HashMap::new(), |mut acc, r| {
            *acc.entry(r.comment_id).or_default() += 1;
            acc
        });
    Ok(models
        .into_iter()
        .filter_map(|m| {
            let paper = papers.get(&m.paper_id)?;
            Some(MyComment {
                id: m.id,
                reference: reference_of(&m),
                consultation_slug: slugs.get(&paper.consultation_id)?.clone(),
                paper_code: paper.code.clone(),
                paper_title: paper.title.clone(),
                paragraph_number: m.paragraph_id.and_then(|p| numbers.get(&p).cloned()),
                parent_reference: m.parent_id.and_then(|p| parents.get(&p).cloned()),
                quote: m.quote.clone(),
                body: m.body.clone(),
                tags: tags.get(&m.id).cloned().unwrap_or_default(),
                consent: consent_of(&m),
                status: status_of(&m),
                status_reason: m.status_reason.clone(),
                submitted_at: rfc3339(m.submitted_at),
                late: m.late,
                revisions: revisions.get(&m.id).copied().unwrap_or(0),
            })
        })
        .collect())
}

/// The references of the comments some replies answer, in one query.
pub(crate) async fn parent_references(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<HashMap<i64, String>, AppError> {
    Ok(comment::Entity::find()
        .filter(comment::Column::Id.is_in(models.iter().filter_map(|m| m.parent_id)))
        .all(db)
        .await
        .or_internal()?
        .iter()
        .map(|p| (p.id, reference_of(p)))
        .collect())
}

/// One of the author's comments, as on the receipt.
pub async fn mine(
    db: &impl ConnectionTrait,
    author_id: i64,
    id: i64,
) -> Result<MyComment, AppError> {
    let model = own(db, author_id, id).await?;
    my_views(db, vec![model])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// The author's comments, newest first, a page at a time (before the id `before`).
pub async fn my_comments(
    db: &impl ConnectionTrait,
    author_id: i64,
    before: Option<i64>,
) -> Result<(Vec<MyComment>, Option<i64>), AppError> {
    let query = comment::Entity::find().filter(comment::Column::AuthorId.eq(author_id));
    let (models, next) = newest_page(db, query, before).await?;
    Ok((my_views(db, models).await?, next))
}

/// The author changes a pending comment. The earlier text, consent and tags are kept as a
/// revision; a published, rejected or withdrawn comment cannot change.
pub async fn edit<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    author_id: i64,
    id: i64,
    form: &CommentForm,
) -> Result<MyComment, AppError> {
    let model = own(db, author_id, id).await?;
    if status_of(&model) != CommentStatus::Pending {
        return Err(AppError::conflict(Field::Form, Problem::NotEditable));
    }
    let valid: ValidComment = validate_comment(form).map_err(AppError::Validation)?;
    let paper = working_paper::Entity::find_by_id(model.paper_id)
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let consultation = consultation::Entity::find_by_id(paper.consultation_id)
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let at = now();
    if !accepts_comments(&consultation, at) {
        return Err(closed());
    }
    let paragraph_id = if model.parent_id.is_some() {
        model.paragraph_id
    } else {
        paragraph_of(db, model.version_id, valid.paragraph.as_deref())
            .await?
            .map(|p| p.id)
    };
    let tags: Vec<i64> = public_tags_named(db, &valid.tags)
        .await?
        .iter()
        .map(|t| t.id)
        .collect();
    let old_tags = tags_of(db, &[model.id], false).await?;

    let txn = super::write_transaction(db).await?;
    // Re-read inside the transaction: a moderator may have decided in the meantime.
    let current = comment::Entity::find_by_id(id)
        .one(&txn)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    if status_of(&current) != CommentStatus::Pending {
        return Err(AppError::conflict(Field::Form, Problem::NotEditable));
    }
    comment_revision::ActiveModel {
        comment_id: Set(current.id),
        quote: Set(current.quote.clone()),
        body: Set(current.body.clone()),
        consent: Set(current.consent.clone()),
        tags: Set(old_tags
            .get(&current.id)
            .map(|t| {
                t.iter()
                    .map(|t| t.slug.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default()),
        replaced_at: Set(at),
        ..Default::default()
    }
    .insert(&txn)
    .await
    .or_internal()?;
    let mut active: comment::ActiveModel = current.into();
    active.paragraph_id = Set(paragraph_id);
    active.quote = Set(valid.quote);
    active.body = Set(valid.body);
    active.consent = Set(valid.consent.code().to_owned());
    active.updated_at = Set(at);
    active.update(&txn).await.or_internal()?;
    set_tags(&txn, id, &tags).await?;
    txn.commit().await.or_internal()?;
    mine(db, author_id, id).await
}

/// The author takes back a pending comment. It stays in the record as withdrawn.
pub async fn withdraw<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    author_id: i64,
    id: i64,
) -> Result<MyComment, AppError> {
    own(db, author_id, id).await?;
    moderation::transition(db, Some(author_id), id, CommentStatus::Withdrawn, None)
        .await
        .map_err(|e| match e {
            AppError::Conflict(_) => AppError::conflict(Field::Form, Problem::NotEditable),
            other => other,
        })?;
    mine(db, author_id, id).await
}

/// One published comment with its published replies: what a reply form shows.
pub async fn published(db: &impl ConnectionTrait, id: i64) -> Result<CommentView, AppError> {
    let model = comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|c| status_of(c) == CommentStatus::Published)
        .ok_or(AppError::NotFound)?;
    views_with_replies(db, &[model])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}
