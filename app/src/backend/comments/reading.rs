//! What readers see: the paper page's comments and counts, search, one published comment
//! with its replies. Only published comments ever reach them.

use crate::backend::attachments;
use crate::backend::consultations::{accepts_comments, find_public_paper};
use crate::backend::entities::{campaign_member, comment, paragraph, tag};
use crate::backend::lookups::{
    campaigns_of, commentable, current_version, dispositions_of, newest_page, numbers_of, page_end,
    papers_of, reference_of, sorted_tags, tagged, tags_of,
};
use crate::backend::paragraph_counts::stored_counts_of;
use crate::backend::versions::{self, Lineage};
use crate::backend::{OrInternal, now, rfc3339, search_index};
use crate::domain::AppError;
use crate::domain::comment::{
    Attribution, CommentFilter, CommentStatus, CommentView, PAGE_SIZE, PaperComments,
    ParagraphCount, SearchHit, SearchPage, TagView,
};
use crate::domain::contributions::FileView;
use crate::domain::desk::DispositionView;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::{BTreeMap, HashMap};

/// The public taxonomy, by cluster then name, for forms and filters.
pub async fn public_tags(db: &impl ConnectionTrait) -> Result<Vec<TagView>, AppError> {
    sorted_tags(db, tag::Entity::find().filter(tag::Column::Public.eq(true))).await
}

fn view_of(
    model: &comment::Model,
    tags: &HashMap<i64, Vec<TagView>>,
    numbers: &HashMap<i64, String>,
    dispositions: &HashMap<i64, DispositionView>,
    files: &HashMap<i64, Vec<FileView>>,
) -> CommentView {
    CommentView {
        id: model.id,
        reference: reference_of(model),
        paragraph_number: model.paragraph_id.and_then(|p| numbers.get(&p).cloned()),
        quote: model.quote.clone(),
        body: model.body.clone(),
        tags: tags.get(&model.id).cloned().unwrap_or_default(),
        author: Attribution::as_consented(
            model.consent,
            &model.author_name,
            model.author_organisation.as_deref(),
            model.author_group,
            &model.author_country,
        ),
        submitted_at: rfc3339(model.submitted_at),
        late: model.late,
        disposition: dispositions.get(&model.id).cloned(),
        replies: Vec::new(),
        written_on: None,
        files: files.get(&model.id).cloned().unwrap_or_default(),
        campaign: None,
        language: model.language.clone(),
    }
}

/// Published comments with their tags and paragraph numbers, and their published replies.
pub(super) async fn views_with_replies(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<Vec<CommentView>, AppError> {
    let ids: Vec<i64> = models.iter().map(|c| c.id).collect();
    let replies = if ids.is_empty() {
        Vec::new()
    } else {
        // Sorted here, not by the query: with `ORDER BY id`, SQLite walked every published
        // comment in id order (ix_comments_status) rather than each parent's replies
        // (ix_comments_parent): 30–60 ms a page at 100,000 comments.
        let mut replies = comment::Entity::find()
            .filter(comment::Column::ParentId.is_in(ids.clone()))
            .filter(comment::Column::Status.eq(CommentStatus::Published.code()))
            .all(db)
            .await
            .or_internal()?;
        replies.sort_by_key(|r| r.id);
        replies
    };
    let all_ids: Vec<i64> = ids
        .iter()
        .copied()
        .chain(replies.iter().map(|r| r.id))
        .collect();
    let tags = tags_of(db, &all_ids, false).await?;
    let numbers = numbers_of(db, models).await?;
    let dispositions = dispositions_of(db, &all_ids).await?;
    let files = attachments::files_of(db, &all_ids).await?;
    let mut views: Vec<CommentView> = models
        .iter()
        .map(|m| view_of(m, &tags, &numbers, &dispositions, &files))
        .collect();
    for reply in &replies {
        if let Some(parent) = views.iter_mut().find(|v| Some(v.id) == reply.parent_id) {
            let mut view = view_of(reply, &tags, &numbers, &dispositions, &files);
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
    if let Some(language) = &filter.language {
        cond = cond.add(comment::Column::Language.eq(language.as_str()));
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

/// Which paragraph of a paper the reader opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    Nothing,
    WholePaper,
    /// The comments on text of earlier versions that is not in the current one.
    Removed,
    Paragraph(String),
}

impl Opened {
    /// From the `p` query value: empty is nothing, `whole` the paper as a whole, `removed`
    /// the text of earlier versions that is not in this one.
    pub fn from_query(p: &str) -> Self {
        match p.trim() {
            "" => Self::Nothing,
            "whole" => Self::WholePaper,
            "removed" => Self::Removed,
            number => Self::Paragraph(number.to_owned()),
        }
    }
}

#[derive(FromQueryResult)]
struct CountRow {
    version_id: i64,
    paragraph_id: Option<i64>,
    count: i64,
}

/// The counts of the paper page: comments on each paragraph of the current version, with
/// those carried to it from earlier versions, and those on text that was removed. From
/// `(version id, paragraph, count)` rows of every version of the paper.
fn fold_counts(
    rows: Vec<(i64, Option<i64>, u64)>,
    current: i64,
    lineage: &Lineage,
) -> (Vec<ParagraphCount>, u64) {
    let mut counts: BTreeMap<Option<i64>, ParagraphCount> = BTreeMap::new();
    let mut removed = 0;
    let mut add = |paragraph: Option<i64>, count: u64, carried: bool| {
        let entry = counts.entry(paragraph).or_insert(ParagraphCount {
            paragraph_id: paragraph,
            count: 0,
            carried: 0,
        });
        entry.count += count;
        if carried {
            entry.carried += count;
        }
    };
    for (version, paragraph, count) in rows {
        match paragraph {
            _ if version == current => add(paragraph, count, false),
            None => add(None, count, true),
            Some(p) => match lineage.carried.get(&p) {
                Some(now_in) => {
                    for &q in now_in {
                        add(Some(q), count, true);
                    }
                }
                None => removed += count,
            },
        }
    }
    (
        counts.into_values().filter(|c| c.count > 0).collect(),
        removed,
    )
}

/// The paper page's comments: published counts per paragraph under the filter (with those
/// carried from earlier versions), and the opened paragraph's comments a page at a time
/// (oldest first, after `after`): its own and those carried to it, marked with the version
/// and text they were written on.
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
    let lineage = versions::lineage(db, paper.id, paper.current_version).await?;
    let tags = public_tags(db).await?;
    let open = accepts_comments(&consultation, now());
    let Some(cond) = filter_condition(db, filter).await? else {
        return Ok(PaperComments {
            counts: Vec::new(),
            comments: Vec::new(),
            next_after: None,
            tags,
            open,
            on_removed_text: 0,
        });
    };
    let base = comment::Entity::find()
        .filter(comment::Column::PaperId.eq(paper.id))
        .filter(comment::Column::Status.eq(CommentStatus::Published.code()))
        .filter(comment::Column::ParentId.is_null())
        .filter(cond);
    let rows = if *filter == CommentFilter::default() {
        let ids: Vec<i64> = lineage.versions.iter().map(|(id, _)| *id).collect();
        stored_counts_of(db, &ids).await?
    } else {
        base.clone()
            .select_only()
            .column(comment::Column::VersionId)
            .column(comment::Column::ParagraphId)
            .column_as(comment::Column::Id.count(), "count")
            .group_by(comment::Column::VersionId)
            .group_by(comment::Column::ParagraphId)
            .into_model::<CountRow>()
            .all(db)
            .await
            .or_internal()?
            .into_iter()
            .map(|r| {
                (
                    r.version_id,
                    r.paragraph_id,
                    u64::try_from(r.count).unwrap_or(0),
                )
            })
            .collect()
    };
    let (counts, on_removed_text) = fold_counts(rows, version.id, &lineage);
    // The paragraphs whose comments are shown (`None`: the paper as a whole). One query
    // each, merged here: with `paragraph_id IN (…) ORDER BY id`, SQLite walked every
    // published comment of every paper in id order instead (30–70 ms at 100,000 comments
    // as soon as a paragraph had an earlier version).
    let anchors: Option<Vec<Option<i64>>> = match opened {
        Opened::Nothing => None,
        Opened::WholePaper => Some(vec![None]),
        Opened::Removed => Some(lineage.removed.iter().copied().map(Some).collect()),
        Opened::Paragraph(number) => {
            let found = commentable()
                .filter(paragraph::Column::VersionId.eq(version.id))
                .filter(paragraph::Column::Number.eq(number.as_str()))
                .one(db)
                .await
                .or_internal()?
                .ok_or(AppError::NotFound)?;
            let mut ids = lineage.earlier_of(found.id);
            ids.push(found.id);
            Some(ids.into_iter().map(Some).collect())
        }
    };
    let (comments, next_after) = match anchors {
        None => (Vec::new(), None),
        Some(anchors) => {
            let mut models = Vec::new();
            for anchor in anchors {
                let at = match anchor {
                    None => comment::Column::ParagraphId.is_null(),
                    Some(id) => comment::Column::ParagraphId.eq(id),
                };
                models.extend(
                    base.clone()
                        .filter(at)
                        .filter(comment::Column::Id.gt(after.unwrap_or(0)))
                        .order_by_asc(comment::Column::Id)
                        .limit(PAGE_SIZE + 1)
                        .all(db)
                        .await
                        .or_internal()?,
                );
            }
            models.sort_by_key(|m| m.id);
            models.truncate(usize::try_from(PAGE_SIZE + 1).unwrap_or(usize::MAX));
            let next = page_end(&mut models);
            let mut views = views_with_replies(db, &models).await?;
            // Those written on earlier versions say on what (no statement otherwise).
            if models.iter().any(|m| m.version_id != version.id) {
                let papers = HashMap::from([(paper.id, paper.clone())]);
                let known = HashMap::from([(paper.id, &lineage)]);
                let mut now = versions::read_now(db, &models, &papers, &known).await?;
                for (model, view) in models.iter().zip(views.iter_mut()) {
                    view.written_on = now.remove(&model.id).and_then(|r| r.written_on);
                }
            }
            mark_campaigns(db, &mut views).await?;
            (views, next)
        }
    };
    Ok(PaperComments {
        counts,
        comments,
        next_after,
        tags,
        open,
        on_removed_text,
    })
}

/// Marks each comment of a page with its campaign, so that the page shows a campaign's
/// copies as one text (one statement, whatever the page's size).
async fn mark_campaigns(
    db: &impl ConnectionTrait,
    views: &mut [CommentView],
) -> Result<(), AppError> {
    if views.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = views.iter().map(|v| v.id).collect();
    let campaign_of = campaigns_of(
        db,
        campaign_member::Entity::find().filter(campaign_member::Column::CommentId.is_in(ids)),
    )
    .await?;
    for view in views {
        view.campaign = campaign_of.get(&view.id).copied();
    }
    Ok(())
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
            contributions: Vec::new(),
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
    let mut now = versions::read_now(db, &models, &papers, &HashMap::new()).await?;
    let hits = models
        .iter()
        .zip(views)
        .filter_map(|(model, mut comment)| {
            let paper = papers.get(&model.paper_id)?;
            let read = now.remove(&model.id)?;
            comment.written_on = read.written_on;
            Some(SearchHit {
                read_at: read.paragraph,
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
        contributions: Vec::new(),
    })
}

/// One published comment with its published replies: what a reply form shows.
pub async fn published(db: &impl ConnectionTrait, id: i64) -> Result<CommentView, AppError> {
    let model = comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|c| c.status == CommentStatus::Published)
        .ok_or(AppError::NotFound)?;
    views_with_replies(db, &[model])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}
