//! The moderation queue: pending and flagged comments under the secretariat's filter, a
//! page at a time, each with what a decision needs (earlier comments, flags, tags).

use super::taxonomy::{all_tags, reasons};
use crate::backend::entities::{
    campaign_member, comment, consultation, flag, tag, user, working_paper,
};
use crate::backend::found;
use crate::backend::lookups::{
    campaigns_of, column_by_id, dispositions_of, paper_codes, papers_of, parent_references,
    reference_of, tagged, tags_of,
};
use crate::backend::{OrInternal, page_end, rfc3339, versions};
use crate::backend::{attachments, campaigns};
use crate::domain::comment::{Arrival, CommentStatus};
use crate::domain::desk::{EarlierComment, FlagSummary, QueueItem, QueuePage};
use crate::domain::user_text::excerpt;
use crate::domain::{AppError, StakeholderGroup};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::{BTreeMap, HashMap};

/// How much of each attached file's text the desk shows beside it.
const DESK_TEXT: usize = 4_000;

/// Pending comments shown per page of the queue.
pub const QUEUE_PAGE: u64 = 25;

/// What the secretariat narrows the queue to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFilter {
    pub consultation: Option<String>,
    pub paper_id: Option<i64>,
    pub group: Option<StakeholderGroup>,
    /// Any tag slug, public or private.
    pub tag: Option<String>,
    pub flagged_only: bool,
    pub text: Option<String>,
}

async fn filter_condition(
    db: &impl ConnectionTrait,
    f: &QueueFilter,
) -> Result<Condition, AppError> {
    let mut cond = Condition::all();
    if let Some(slug) = &f.consultation {
        let papers = Query::select()
            .column(working_paper::Column::Id)
            .from(working_paper::Entity)
            .and_where(
                working_paper::Column::ConsultationId.in_subquery(
                    Query::select()
                        .column(consultation::Column::Id)
                        .from(consultation::Entity)
                        .and_where(consultation::Column::Slug.eq(slug.as_str()))
                        .to_owned(),
                ),
            )
            .to_owned();
        cond = cond.add(comment::Column::PaperId.in_subquery(papers));
    }
    if let Some(paper_id) = f.paper_id {
        cond = cond.add(comment::Column::PaperId.eq(paper_id));
    }
    if let Some(group) = f.group {
        cond = cond.add(comment::Column::AuthorGroup.eq(group.code()));
    }
    if let Some(slug) = &f.tag {
        let tag_id = tag::Entity::find()
            .filter(tag::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await
            .or_internal()?
            .map_or(-1, |t| t.id);
        cond = cond.add(tagged(tag_id));
    }
    if let Some(text) = f.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        cond = cond.add(
            Condition::any()
                .add(crate::backend::contains_text(comment::Column::Body, text))
                .add(crate::backend::contains_text(
                    comment::Column::AuthorName,
                    text,
                ))
                .add(crate::backend::contains_text(
                    comment::Column::AuthorOrganisation,
                    text,
                )),
        );
    }
    Ok(cond)
}

fn open_flags() -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(flag::Column::CommentId)
        .from(flag::Entity)
        .and_where(flag::Column::ResolvedAt.is_null())
        .to_owned()
}

/// The comments the queue shows: all but those sent on the site from an account whose
/// address is not verified (unless someone reported them: "this was not me").
fn not_held() -> Condition {
    let verified = Query::select()
        .column(user::Column::Id)
        .from(user::Entity)
        .and_where(user::Column::EmailVerifiedAt.is_not_null())
        .to_owned();
    Condition::any()
        .add(comment::Column::Arrival.eq(crate::backend::notices::IMPORTED))
        .add(comment::Column::AuthorId.in_subquery(verified))
        .add(comment::Column::Id.in_subquery(open_flags()))
}

/// The queue: published comments with open flags first (on the first page), then pending
/// comments oldest first, a page at a time after the id `after`.
pub async fn queue(
    db: &impl ConnectionTrait,
    filter: &QueueFilter,
    after: Option<i64>,
) -> Result<QueuePage, AppError> {
    let cond = filter_condition(db, filter).await?;
    let flagged_query = comment::Entity::find()
        .filter(comment::Column::Status.eq(CommentStatus::Published.code()))
        .filter(comment::Column::Id.in_subquery(open_flags()))
        .filter(cond.clone());
    let flagged_total = flagged_query.clone().count(db).await.or_internal()?;
    let mut models = if after.is_none() {
        flagged_query
            .order_by_asc(comment::Column::Id)
            .limit(QUEUE_PAGE)
            .all(db)
            .await
            .or_internal()?
    } else {
        Vec::new()
    };
    let pending_query = comment::Entity::find()
        .filter(comment::Column::Status.eq(CommentStatus::Pending.code()))
        .filter(not_held())
        .filter(cond);
    let pending_total = if filter.flagged_only {
        0
    } else {
        pending_query.clone().count(db).await.or_internal()?
    };
    let mut next_after = None;
    if !filter.flagged_only {
        let mut pending = pending_query
            .filter(comment::Column::Id.gt(after.unwrap_or(0)))
            .order_by_asc(comment::Column::Id)
            .limit(QUEUE_PAGE + 1)
            .all(db)
            .await
            .or_internal()?;
        next_after = page_end(&mut pending, QUEUE_PAGE, |m| m.id);
        models.extend(pending);
    }
    let items = QueueItem::fold_campaigns(items_of(db, &models).await?);
    let papers = working_paper::Entity::find()
        .order_by_asc(working_paper::Column::Code)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id.to_string(), format!("{} {}", p.code, p.title)))
        .collect();
    Ok(QueuePage {
        items,
        next_after,
        pending_total,
        flagged_total,
        reasons: reasons(db).await?,
        tags: all_tags(db).await?,
        papers,
    })
}

/// One comment as the desk shows it.
pub async fn item(db: &impl ConnectionTrait, id: i64) -> Result<QueueItem, AppError> {
    let model = found::<comment::Entity>(db, id).await?;
    items_of(db, &[model])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Everything the desk shows about some comments, in a fixed number of queries.
async fn items_of(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
) -> Result<Vec<QueueItem>, AppError> {
    if models.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let tags = tags_of(db, &ids, true).await?;
    let (papers, slugs) = papers_of(db, models).await?;
    // Where each is read now, and the paragraph it was written on.
    let mut places = versions::read_now(db, models, &papers, &HashMap::new()).await?;
    let parents = parent_references(db, models).await?;
    // The authors' other comments, newest first, a few each.
    let authors: Vec<i64> = models.iter().map(|m| m.author_id).collect();
    let mut earlier: HashMap<i64, Vec<comment::Model>> = HashMap::new();
    for other in comment::Entity::find()
        .filter(comment::Column::AuthorId.is_in(authors))
        .order_by_desc(comment::Column::Id)
        .limit(500)
        .all(db)
        .await
        .or_internal()?
    {
        earlier.entry(other.author_id).or_default().push(other);
    }
    let other_papers = paper_codes(
        db,
        working_paper::Entity::find().filter(
            working_paper::Column::Id.is_in(earlier.values().flatten().map(|c| c.paper_id)),
        ),
    )
    .await?;
    let memberships = campaigns_of(
        db,
        campaign_member::Entity::find()
            .filter(campaign_member::Column::CommentId.is_in(ids.clone())),
    )
    .await?;
    let mut campaign_sizes: HashMap<i64, u64> = HashMap::new();
    // Each campaign's two first members: one of them is another member than the card's.
    let mut firsts: HashMap<i64, Vec<i64>> = HashMap::new();
    for member in campaign_member::Entity::find()
        .filter(campaign_member::Column::CampaignId.is_in(memberships.values().copied()))
        .order_by_asc(campaign_member::Column::CommentId)
        .all(db)
        .await
        .or_internal()?
    {
        *campaign_sizes.entry(member.campaign_id).or_default() += 1;
        let first = firsts.entry(member.campaign_id).or_default();
        if first.len() < 2 {
            first.push(member.comment_id);
        }
    }
    let skeletons = shared_skeletons(db, models, &memberships, &firsts).await?;
    let mut flags: HashMap<i64, BTreeMap<&'static str, FlagSummary>> = HashMap::new();
    for f in flag::Entity::find()
        .filter(flag::Column::CommentId.is_in(ids.clone()))
        .filter(flag::Column::ResolvedAt.is_null())
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await
        .or_internal()?
    {
        let reason = f.reason;
        let summary = flags
            .entry(f.comment_id)
            .or_default()
            .entry(reason.code())
            .or_insert_with(|| FlagSummary {
                reason,
                count: 0,
                notes: Vec::new(),
            });
        summary.count += 1;
        summary.notes.extend(f.note);
    }
    let dispositions = dispositions_of(db, &ids).await?;
    let mut files = attachments::files_with_texts(db, &ids, DESK_TEXT).await?;
    let verified: std::collections::HashSet<i64> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Id.is_in(models.iter().map(|m| m.author_id)))
        .filter(user::Column::EmailVerifiedAt.is_not_null())
        .into_tuple::<i64>()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .collect();
    Ok(models
        .iter()
        .filter_map(|m| {
            let paper = papers.get(&m.paper_id)?;
            let read = places.remove(&m.id)?;
            Some(QueueItem {
                id: m.id,
                reference: reference_of(m),
                status: m.status,
                consultation_slug: slugs.get(&paper.consultation_id)?.clone(),
                paper_code: paper.code.clone(),
                paper_title: paper.title.clone(),
                paragraph_number: read.own_number,
                paragraph_text: read.own_text,
                read_at: read.paragraph,
                written_on: read.written_on,
                parent_reference: m.parent_id.and_then(|p| parents.get(&p).cloned()),
                quote: m.quote.clone(),
                body: m.body.clone(),
                tags: tags.get(&m.id).cloned().unwrap_or_default(),
                consent: m.consent,
                author_name: m.author_name.clone(),
                author_organisation: m.author_organisation.clone(),
                author_group: m.author_group,
                author_country: m.author_country.clone(),
                author_capacity: m.author_capacity,
                submitted_at: rfc3339(m.submitted_at),
                late: m.late,
                earlier: earlier
                    .get(&m.author_id)
                    .map(|list| {
                        list.iter()
                            .filter(|c| c.id != m.id)
                            .take(5)
                            .map(|c| EarlierComment {
                                reference: reference_of(c),
                                status: c.status,
                                paper_code: other_papers
                                    .get(&c.paper_id)
                                    .cloned()
                                    .unwrap_or_default(),
                                excerpt: excerpt(&c.body, 160),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                campaign: memberships
                    .get(&m.id)
                    .map(|c| (*c, campaign_sizes.get(c).copied().unwrap_or(1))),
                campaign_skeleton: skeletons.get(&m.id).cloned(),
                flags: flags
                    .remove(&m.id)
                    .map(|f| f.into_values().collect())
                    .unwrap_or_default(),
                disposition: dispositions.get(&m.id).cloned(),
                files: files.remove(&m.id).unwrap_or_default(),
                arrival: if m.arrival == crate::backend::notices::IMPORTED {
                    Arrival::Import
                } else if verified.contains(&m.author_id) {
                    Arrival::Verified
                } else {
                    Arrival::Unverified
                },
                copies: Vec::new(),
            })
        })
        .collect())
}

/// Why each comment of a template campaign was grouped: the skeleton it shares with
/// another member of its campaign, when their words are not near-identical.
async fn shared_skeletons(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
    memberships: &HashMap<i64, i64>,
    firsts: &HashMap<i64, Vec<i64>>,
) -> Result<HashMap<i64, String>, AppError> {
    let other_of = |m: &comment::Model| {
        let campaign = memberships.get(&m.id)?;
        firsts.get(campaign)?.iter().copied().find(|&id| id != m.id)
    };
    let others: HashMap<i64, String> = column_by_id::<comment::Entity, _>(
        db,
        (comment::Column::Id, comment::Column::Body),
        models.iter().filter_map(other_of),
    )
    .await?;
    Ok(models
        .iter()
        .filter_map(|m| {
            let other = others.get(&other_of(m)?)?;
            Some((m.id, campaigns::shared_skeleton(&m.body, other)?))
        })
        .collect())
}
