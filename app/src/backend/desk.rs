//! The secretariat's desk: the moderation queue, decisions one by one, in bulk or for a
//! whole campaign, retagging, flags, dispositions and the audit log. Who may call these is
//! the server functions' check (`require_role`); every change here is one transaction with
//! its audit event.

use super::entities::{
    campaign_member, comment, comment_tag, consultation, disposition, flag, moderation_event,
    paragraph, rejection_reason, tag, user, working_paper,
};
use super::lookups::{
    dispositions_of, papers_of, parent_references, reference_of, tag_view, tagged, tags_of,
};
use super::{OrInternal, moderation, now, rfc3339, search_index};
use crate::domain::comment::{CommentStatus, Consent, MAX_TAGS, validate_tags};
use crate::domain::desk::{
    AuditEntry, AuditPage, DispositionKind, EarlierComment, FLAG_NOTE_MAX_CHARS, FlagReason,
    FlagSummary, QueueItem, QueuePage, REASON_MAX_CHARS, RESPONSE_MAX_CHARS,
};
use crate::domain::validation::validate_choice;
use crate::domain::{AppError, Capacity, Field, Problem, StakeholderGroup};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use std::collections::{BTreeMap, HashMap};

/// Pending comments shown per page of the queue.
pub const QUEUE_PAGE: u64 = 25;
/// Audit entries per page.
pub const LOG_PAGE: u64 = 50;

fn status_of(model: &comment::Model) -> CommentStatus {
    CommentStatus::from_code(&model.status).unwrap_or(CommentStatus::Pending)
}

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
                .add(super::contains_text(comment::Column::Body, text))
                .add(super::contains_text(comment::Column::AuthorName, text))
                .add(super::contains_text(
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
        next_after = super::page_end(&mut pending, QUEUE_PAGE, |m| m.id);
        models.extend(pending);
    }
    let items = items_of(db, &models).await?;
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

/// Every tag, the private ones too, by cluster and name.
pub async fn all_tags(
    db: &impl ConnectionTrait,
) -> Result<Vec<crate::domain::comment::TagView>, AppError> {
    let mut tags: Vec<_> = tag::Entity::find()
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

/// One comment as the desk shows it.
pub async fn item(db: &impl ConnectionTrait, id: i64) -> Result<QueueItem, AppError> {
    let model = comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
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
    let paragraphs: HashMap<i64, paragraph::Model> = paragraph::Entity::find()
        .filter(paragraph::Column::Id.is_in(models.iter().filter_map(|m| m.paragraph_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
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
    let other_papers: HashMap<i64, String> = working_paper::Entity::find()
        .filter(working_paper::Column::Id.is_in(earlier.values().flatten().map(|c| c.paper_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id, p.code))
        .collect();
    let memberships: HashMap<i64, i64> = campaign_member::Entity::find()
        .filter(campaign_member::Column::CommentId.is_in(ids.clone()))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|m| (m.comment_id, m.campaign_id))
        .collect();
    let mut campaign_sizes: HashMap<i64, u64> = HashMap::new();
    for member in campaign_member::Entity::find()
        .filter(campaign_member::Column::CampaignId.is_in(memberships.values().copied()))
        .all(db)
        .await
        .or_internal()?
    {
        *campaign_sizes.entry(member.campaign_id).or_default() += 1;
    }
    let mut flags: HashMap<i64, BTreeMap<&'static str, FlagSummary>> = HashMap::new();
    for f in flag::Entity::find()
        .filter(flag::Column::CommentId.is_in(ids.clone()))
        .filter(flag::Column::ResolvedAt.is_null())
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await
        .or_internal()?
    {
        let Some(reason) = FlagReason::from_code(&f.reason) else {
            continue;
        };
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
    Ok(models
        .iter()
        .filter_map(|m| {
            let paper = papers.get(&m.paper_id)?;
            let paragraph = m.paragraph_id.and_then(|p| paragraphs.get(&p));
            Some(QueueItem {
                id: m.id,
                reference: reference_of(m),
                status: status_of(m),
                consultation_slug: slugs.get(&paper.consultation_id)?.clone(),
                paper_code: paper.code.clone(),
                paper_title: paper.title.clone(),
                paragraph_number: paragraph.map(|p| p.number.clone()),
                paragraph_text: paragraph.map(|p| p.text.clone()),
                parent_reference: m.parent_id.and_then(|p| parents.get(&p).cloned()),
                quote: m.quote.clone(),
                body: m.body.clone(),
                tags: tags.get(&m.id).cloned().unwrap_or_default(),
                consent: Consent::from_code(&m.consent).unwrap_or(Consent::Anonymous),
                author_name: m.author_name.clone(),
                author_organisation: m.author_organisation.clone(),
                author_group: StakeholderGroup::from_code(&m.author_group)
                    .unwrap_or(StakeholderGroup::CivilSociety),
                author_country: m.author_country.clone(),
                author_capacity: Capacity::from_code(&m.author_capacity)
                    .unwrap_or(Capacity::Personal),
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
                                status: status_of(c),
                                paper_code: other_papers
                                    .get(&c.paper_id)
                                    .cloned()
                                    .unwrap_or_default(),
                                excerpt: c.body.chars().take(160).collect(),
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                campaign: memberships
                    .get(&m.id)
                    .map(|c| (*c, campaign_sizes.get(c).copied().unwrap_or(1))),
                flags: flags
                    .remove(&m.id)
                    .map(|f| f.into_values().collect())
                    .unwrap_or_default(),
                disposition: dispositions.get(&m.id).cloned(),
            })
        })
        .collect())
}

fn reason_of(raw: &str) -> Result<String, AppError> {
    crate::domain::validation::validate_line(raw, REASON_MAX_CHARS)
        .map_err(|p| AppError::validation(Field::Reason, p))
}

/// Publishes or rejects pending comments, all or none: one transaction, one audit event
/// each. A rejection needs a reason, which every author will see.
pub async fn decide<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    ids: &[i64],
    to: CommentStatus,
    reason: &str,
) -> Result<u64, AppError> {
    if !matches!(to, CommentStatus::Published | CommentStatus::Rejected) {
        return Err(AppError::validation(Field::Form, Problem::NotAllowedNow));
    }
    if ids.is_empty() {
        return Err(AppError::validation(Field::Form, Problem::Required));
    }
    let reason = if to == CommentStatus::Rejected {
        Some(reason_of(reason)?)
    } else {
        None
    };
    let txn = super::write_transaction(db).await?;
    for &id in ids {
        moderation::transition(&txn, Some(actor_id), id, to, reason.as_deref()).await?;
    }
    txn.commit().await.or_internal()?;
    Ok(ids.len() as u64)
}

/// The pending members of a campaign, for one decision on them all.
pub async fn campaign_pending(
    db: &impl ConnectionTrait,
    campaign_id: i64,
) -> Result<Vec<i64>, AppError> {
    Ok(comment::Entity::find()
        .filter(comment::Column::Status.eq(CommentStatus::Pending.code()))
        .filter(
            comment::Column::Id.in_subquery(
                Query::select()
                    .column(campaign_member::Column::CommentId)
                    .from(campaign_member::Entity)
                    .and_where(campaign_member::Column::CampaignId.eq(campaign_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|c| c.id)
        .collect())
}

/// Hides a published comment with a reason; its open flags are resolved as "hide".
pub async fn hide<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
    reason: &str,
) -> Result<(), AppError> {
    let reason = reason_of(reason)?;
    let txn = super::write_transaction(db).await?;
    moderation::transition(
        &txn,
        Some(actor_id),
        id,
        CommentStatus::Hidden,
        Some(&reason),
    )
    .await?;
    close_flags(&txn, actor_id, id, "hide").await?;
    txn.commit().await.or_internal()
}

/// Keeps a flagged comment published: its open flags are resolved as "keep".
pub async fn keep<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
) -> Result<(), AppError> {
    let txn = super::write_transaction(db).await?;
    close_flags(&txn, actor_id, id, "keep").await?;
    txn.commit().await.or_internal()
}

async fn close_flags(
    db: &impl ConnectionTrait,
    actor_id: i64,
    id: i64,
    resolution: &str,
) -> Result<(), AppError> {
    flag::Entity::update_many()
        .col_expr(flag::Column::Resolution, resolution.into())
        .col_expr(flag::Column::ResolvedBy, actor_id.into())
        .col_expr(flag::Column::ResolvedAt, now().into())
        .filter(flag::Column::CommentId.eq(id))
        .filter(flag::Column::ResolvedAt.is_null())
        .exec(db)
        .await
        .or_internal()?;
    Ok(())
}

/// Replaces a comment's tags with any of the taxonomy's, private ones included. The change
/// is logged; a published comment's search entry follows.
pub async fn retag<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    actor_id: i64,
    id: i64,
    slugs: &[String],
) -> Result<(), AppError> {
    let slugs = validate_tags(slugs).map_err(|p| AppError::validation(Field::Tags, p))?;
    let found = tag::Entity::find()
        .filter(tag::Column::Slug.is_in(slugs.iter().cloned()))
        .all(db)
        .await
        .or_internal()?;
    if found.len() != slugs.len() || found.len() > MAX_TAGS {
        return Err(AppError::validation(Field::Tags, Problem::UnknownChoice));
    }
    let txn = super::write_transaction(db).await?;
    let model = comment::Entity::find_by_id(id)
        .one(&txn)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    comment_tag::Entity::delete_many()
        .filter(comment_tag::Column::CommentId.eq(id))
        .exec(&txn)
        .await
        .or_internal()?;
    if !found.is_empty() {
        comment_tag::Entity::insert_many(found.iter().map(|t| comment_tag::ActiveModel {
            comment_id: Set(id),
            tag_id: Set(t.id),
        }))
        .exec(&txn)
        .await
        .or_internal()?;
    }
    let status = status_of(&model);
    let mut names: Vec<&str> = found.iter().map(|t| t.slug.as_str()).collect();
    names.sort_unstable();
    let note = format!("tags: {}", names.join(", "));
    moderation::record(
        &txn,
        id,
        Some(actor_id),
        Some(status),
        status,
        Some(&note),
        now(),
    )
    .await?;
    if status == CommentStatus::Published {
        search_index::remove(&txn, id).await?;
        search_index::add(&txn, &model).await?;
    }
    txn.commit().await.or_internal()
}

/// Records or replaces the secretariat's disposition of a published comment.
pub async fn set_disposition(
    db: &impl ConnectionTrait,
    actor_id: i64,
    id: i64,
    kind: &str,
    response: &str,
) -> Result<(), AppError> {
    let kind = validate_choice(kind, DispositionKind::from_code)
        .map_err(|p| AppError::validation(Field::Disposition, p))?;
    let response = response.trim();
    if response.chars().count() > RESPONSE_MAX_CHARS {
        return Err(AppError::validation(
            Field::Response,
            Problem::TooLong {
                max: RESPONSE_MAX_CHARS,
            },
        ));
    }
    let model = comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    if status_of(&model) != CommentStatus::Published {
        return Err(AppError::conflict(Field::Form, Problem::NotAllowedNow));
    }
    let existing = disposition::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?;
    let is_new = existing.is_none();
    let mut active = match existing {
        Some(d) => d.into(),
        None => disposition::ActiveModel {
            comment_id: Set(id),
            ..Default::default()
        },
    };
    active.kind = Set(kind.code().to_owned());
    active.response = Set(response.to_owned());
    active.decided_by = Set(actor_id);
    active.decided_at = Set(now());
    if is_new {
        active.insert(db).await.or_internal()?;
    } else {
        active.update(db).await.or_internal()?;
    }
    Ok(())
}

/// A signed-in reader reports a published comment, once.
pub async fn flag_comment(
    db: &impl ConnectionTrait,
    user_id: i64,
    id: i64,
    reason: &str,
    note: &str,
) -> Result<(), AppError> {
    let reason = validate_choice(reason, FlagReason::from_code)
        .map_err(|p| AppError::validation(Field::Reason, p))?;
    let note = crate::domain::validation::validate_optional_line(note, FLAG_NOTE_MAX_CHARS)
        .map_err(|p| AppError::validation(Field::Note, p))?;
    let published = comment::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .is_some_and(|c| status_of(&c) == CommentStatus::Published);
    if !published {
        return Err(AppError::NotFound);
    }
    let already = flag::Entity::find()
        .filter(flag::Column::CommentId.eq(id))
        .filter(flag::Column::UserId.eq(user_id))
        .one(db)
        .await
        .or_internal()?;
    if already.is_some() {
        return Err(AppError::conflict(Field::Form, Problem::AlreadyFlagged));
    }
    flag::ActiveModel {
        comment_id: Set(id),
        user_id: Set(user_id),
        reason: Set(reason.code().to_owned()),
        note: Set(note),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    // Two flags at once from one reader: the unique index keeps one.
    .map_err(|_| AppError::conflict(Field::Form, Problem::AlreadyFlagged))?;
    Ok(())
}

/// Adds a tag to the taxonomy under a cluster; a private one is the secretariat's own
/// coding, never shown outside the desk. An existing slug is left as it is.
pub async fn add_tag(
    db: &impl ConnectionTrait,
    slug: &str,
    cluster: crate::domain::IssueCluster,
    name_en: &str,
    name_fr: &str,
    public: bool,
) -> Result<(), AppError> {
    let exists = tag::Entity::find()
        .filter(tag::Column::Slug.eq(slug))
        .one(db)
        .await
        .or_internal()?
        .is_some();
    if !exists {
        tag::ActiveModel {
            slug: Set(slug.to_owned()),
            cluster: Set(cluster.code().to_owned()),
            name_en: Set(name_en.to_owned()),
            name_fr: Set(name_fr.to_owned()),
            public: Set(public),
            created_at: Set(now()),
            ..Default::default()
        }
        .insert(db)
        .await
        .or_internal()?;
    }
    Ok(())
}

/// The reasons offered when rejecting or hiding, in the order they were added.
pub async fn reasons(db: &impl ConnectionTrait) -> Result<Vec<String>, AppError> {
    Ok(rejection_reason::Entity::find()
        .order_by_asc(rejection_reason::Column::Id)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|r| r.text)
        .collect())
}

/// Adds a reason to the list (an existing one is left as it is).
pub async fn add_reason(db: &impl ConnectionTrait, text: &str) -> Result<(), AppError> {
    let text = reason_of(text)?;
    let exists = rejection_reason::Entity::find()
        .filter(rejection_reason::Column::Text.eq(text.as_str()))
        .one(db)
        .await
        .or_internal()?
        .is_some();
    if !exists {
        rejection_reason::ActiveModel {
            text: Set(text),
            created_at: Set(now()),
            ..Default::default()
        }
        .insert(db)
        .await
        .or_internal()?;
    }
    Ok(())
}

/// The audit log, newest first, optionally of one comment, a page before the id `before`.
pub async fn log(
    db: &impl ConnectionTrait,
    comment_id: Option<i64>,
    before: Option<i64>,
) -> Result<AuditPage, AppError> {
    let mut query = moderation_event::Entity::find();
    if let Some(id) = comment_id {
        query = query.filter(moderation_event::Column::CommentId.eq(id));
    }
    if let Some(before) = before {
        query = query.filter(moderation_event::Column::Id.lt(before));
    }
    let mut events = query
        .order_by_desc(moderation_event::Column::Id)
        .limit(LOG_PAGE + 1)
        .all(db)
        .await
        .or_internal()?;
    let next_before = super::page_end(&mut events, LOG_PAGE, |e| e.id);
    let references: HashMap<i64, String> = comment::Entity::find()
        .filter(comment::Column::Id.is_in(events.iter().map(|e| e.comment_id)))
        .all(db)
        .await
        .or_internal()?
        .iter()
        .map(|c| (c.id, reference_of(c)))
        .collect();
    let actors: HashMap<i64, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(events.iter().filter_map(|e| e.actor_id)))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(AuditPage {
        entries: events
            .into_iter()
            .map(|e| AuditEntry {
                id: e.id,
                comment_id: e.comment_id,
                reference: references.get(&e.comment_id).cloned().unwrap_or_default(),
                actor: e.actor_id.and_then(|a| actors.get(&a).cloned()),
                from: e.from_status.as_deref().and_then(CommentStatus::from_code),
                to: CommentStatus::from_code(&e.to_status).unwrap_or(CommentStatus::Pending),
                reason: e.reason,
                at: rfc3339(e.at),
            })
            .collect(),
        next_before,
    })
}
