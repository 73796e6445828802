//! Builds the comment digest of a paper or a whole consultation: one pass over the
//! comments, then the summary tables, the sections by paragraph and stakeholder group, and
//! the campaigns shown once. The renderers in `digest_formats` turn it into files.

use super::comments::{reference_of, tags_of};
use super::desk::dispositions_of;
use super::entities::{
    campaign_member, comment, comment_tag, consultation, paragraph, public_digest, tag,
    working_paper,
};
use super::{OrInternal, now};
use crate::domain::comment::{Attribution, CommentStatus, Consent};
use crate::domain::countries::Region;
use crate::domain::desk::DispositionKind;
use crate::domain::digest::{
    ClusterCount, Digest, DigestCampaign, DigestComment, DigestFilter, DigestPaper, DigestSection,
    DispositionCount, GroupBlock, GroupRegionRow, ParagraphHeat, TagCount,
};
use crate::domain::{AppError, ConsultationStatus, IssueCluster, Role, StakeholderGroup, Viewer};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use std::collections::{BTreeMap, HashMap};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Rows fetched per query for the lookups by id (well under SQLite's variable limit).
const CHUNK: usize = 5_000;

/// What a digest is of: a whole consultation, or one of its papers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope<'a> {
    pub slug: &'a str,
    pub paper: Option<&'a str>,
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

fn day_start(date: &str) -> Option<OffsetDateTime> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(date, &format)
        .ok()
        .map(|d| d.midnight().assume_utc())
}

/// Whether `viewer` may read this digest: the secretariat always; anyone else only the
/// digest of published comments, once the secretariat has made it public.
pub async fn may_read(
    db: &impl ConnectionTrait,
    slug: &str,
    viewer: Option<&Viewer>,
    filter: &DigestFilter,
) -> Result<(), AppError> {
    if viewer.is_some_and(|v| v.role.includes(Role::Secretariat)) {
        return Ok(());
    }
    if !filter.all_statuses && is_public(db, slug).await? {
        return Ok(());
    }
    Err(if viewer.is_some() {
        AppError::Forbidden
    } else {
        AppError::Unauthorized
    })
}

/// Whether anyone may download the consultation's digest of published comments.
pub async fn is_public(db: &impl ConnectionTrait, slug: &str) -> Result<bool, AppError> {
    let Some(found) = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .or_internal()?
        .filter(|c| c.status != ConsultationStatus::Draft.code())
    else {
        return Ok(false);
    };
    Ok(public_digest::Entity::find_by_id(found.id)
        .one(db)
        .await
        .or_internal()?
        .is_some())
}

/// The secretariat makes the consultation's digest of published comments public, or not.
pub async fn set_public(
    db: &impl ConnectionTrait,
    slug: &str,
    actor_id: i64,
    public: bool,
) -> Result<(), AppError> {
    let found = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    public_digest::Entity::delete_by_id(found.id)
        .exec(db)
        .await
        .or_internal()?;
    if public {
        public_digest::ActiveModel {
            consultation_id: Set(found.id),
            made_public_by: Set(actor_id),
            made_public_at: Set(now()),
        }
        .insert(db)
        .await
        .or_internal()?;
    }
    Ok(())
}

/// Builds the digest. `at` is the generation time written in it (a fixed clock in tests).
pub async fn build(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
    filter: &DigestFilter,
    at: OffsetDateTime,
) -> Result<Digest, AppError> {
    let consultation = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(scope.slug))
        .one(db)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let mut paper_query = working_paper::Entity::find()
        .filter(working_paper::Column::ConsultationId.eq(consultation.id));
    if let Some(code) = scope.paper {
        paper_query =
            paper_query.filter(working_paper::Column::Code.eq(code.trim().to_ascii_uppercase()));
    }
    let papers = paper_query
        .order_by_asc(working_paper::Column::Code)
        .all(db)
        .await
        .or_internal()?;
    if papers.is_empty() && scope.paper.is_some() {
        return Err(AppError::NotFound);
    }
    let paper_ids: Vec<i64> = papers.iter().map(|p| p.id).collect();
    let codes: HashMap<i64, &str> = papers.iter().map(|p| (p.id, p.code.as_str())).collect();

    // The one pass over the comments.
    let mut query =
        comment::Entity::find().filter(comment::Column::PaperId.is_in(paper_ids.clone()));
    query = if filter.all_statuses {
        query.filter(comment::Column::Status.ne(CommentStatus::Withdrawn.code()))
    } else {
        query.filter(comment::Column::Status.eq(CommentStatus::Published.code()))
    };
    if let Some(group) = filter.group {
        query = query.filter(comment::Column::AuthorGroup.eq(group.code()));
    }
    if let Some(region) = filter.region {
        query = query.filter(comment::Column::AuthorRegion.eq(region.code()));
    }
    if let Some(slug) = &filter.tag {
        let tag_id = tag::Entity::find()
            .filter(tag::Column::Slug.eq(slug.as_str()))
            .filter(tag::Column::Public.eq(true))
            .one(db)
            .await
            .or_internal()?
            .map_or(-1, |t| t.id);
        query = query.filter(
            comment::Column::Id.in_subquery(
                Query::select()
                    .column(comment_tag::Column::CommentId)
                    .from(comment_tag::Entity)
                    .and_where(comment_tag::Column::TagId.eq(tag_id))
                    .to_owned(),
            ),
        );
    }
    if let Some(from) = filter.from.as_deref().and_then(day_start) {
        query = query.filter(comment::Column::SubmittedAt.gte(from));
    }
    if let Some(to) = filter.to.as_deref().and_then(day_start) {
        query = query.filter(comment::Column::SubmittedAt.lt(to + time::Duration::days(1)));
    }
    let models = query
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .or_internal()?;

    let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
    let mut tags = HashMap::new();
    let mut dispositions = HashMap::new();
    let mut campaigns: HashMap<i64, i64> = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        tags.extend(tags_of(db, chunk, false).await?);
        dispositions.extend(dispositions_of(db, chunk).await?);
        campaigns.extend(
            campaign_member::Entity::find()
                .filter(campaign_member::Column::CommentId.is_in(chunk.iter().copied()))
                .all(db)
                .await
                .or_internal()?
                .into_iter()
                .map(|m| (m.comment_id, m.campaign_id)),
        );
    }
    // Paragraphs of every version the comments were written on: number, text and order.
    let version_ids: Vec<i64> = {
        let mut v: Vec<i64> = models.iter().map(|m| m.version_id).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let paragraphs: HashMap<i64, paragraph::Model> = paragraph::Entity::find()
        .filter(paragraph::Column::VersionId.is_in(version_ids))
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let references: HashMap<i64, String> = models.iter().map(|m| (m.id, reference_of(m))).collect();

    let to_digest = |m: &comment::Model| -> DigestComment {
        let group =
            StakeholderGroup::from_code(&m.author_group).unwrap_or(StakeholderGroup::CivilSociety);
        let disposition = dispositions.get(&m.id);
        DigestComment {
            reference: references.get(&m.id).cloned().unwrap_or_default(),
            paper_code: codes
                .get(&m.paper_id)
                .map(|c| (*c).to_owned())
                .unwrap_or_default(),
            paragraph: m
                .paragraph_id
                .and_then(|p| paragraphs.get(&p))
                .map(|p| p.number.clone()),
            status: CommentStatus::from_code(&m.status).unwrap_or(CommentStatus::Pending),
            author: Attribution::as_consented(
                Consent::from_code(&m.consent).unwrap_or(Consent::Anonymous),
                &m.author_name,
                m.author_organisation.as_deref(),
                group,
                &m.author_country,
            ),
            tags: tags.get(&m.id).cloned().unwrap_or_default(),
            submitted_at: rfc3339(m.submitted_at),
            late: m.late,
            quote: m.quote.clone(),
            body: m.body.clone(),
            disposition: disposition.map(|d| d.kind),
            response: disposition
                .map(|d| d.response.clone())
                .filter(|r| !r.is_empty()),
            parent_reference: m.parent_id.and_then(|p| references.get(&p).cloned()),
            campaign: campaigns.get(&m.id).copied(),
            replies: Vec::new(),
        }
    };

    // Summary tables count every comment listed.
    let mut group_region: BTreeMap<StakeholderGroup, Vec<u64>> = BTreeMap::new();
    let mut tag_counts: BTreeMap<String, TagCount> = BTreeMap::new();
    let mut cluster_counts: BTreeMap<IssueCluster, u64> = BTreeMap::new();
    let mut heat: BTreeMap<(String, i32, Option<String>), u64> = BTreeMap::new();
    let mut disposition_counts: BTreeMap<Option<DispositionKind>, u64> = BTreeMap::new();
    // Sections: (paper code, paragraph position, number) → group → comments.
    type SectionKey = (String, i32, Option<String>);
    let mut sections: BTreeMap<SectionKey, BTreeMap<StakeholderGroup, Vec<DigestComment>>> =
        BTreeMap::new();
    let mut replies: HashMap<i64, Vec<DigestComment>> = HashMap::new();
    let mut campaign_members: BTreeMap<i64, Vec<DigestComment>> = BTreeMap::new();
    let mut campaign_sizes: HashMap<i64, u64> = HashMap::new();
    let listed: std::collections::HashSet<i64> = models.iter().map(|m| m.id).collect();
    for m in &models {
        if let Some(c) = campaigns.get(&m.id) {
            *campaign_sizes.entry(*c).or_default() += 1;
        }
    }

    for m in &models {
        let d = to_digest(m);
        let region = Region::ALL
            .iter()
            .position(|r| Some(*r) == d.author.region)
            .unwrap_or(Region::ALL.len());
        group_region
            .entry(d.author.group)
            .or_insert_with(|| vec![0; Region::ALL.len() + 1])[region] += 1;
        for t in &d.tags {
            tag_counts
                .entry(t.slug.clone())
                .or_insert_with(|| TagCount {
                    tag: t.clone(),
                    count: 0,
                })
                .count += 1;
            *cluster_counts.entry(t.cluster).or_default() += 1;
        }
        *disposition_counts.entry(d.disposition).or_default() += 1;
        let position = m
            .paragraph_id
            .and_then(|p| paragraphs.get(&p))
            .map_or(-1, |p| p.position);
        let key = (d.paper_code.clone(), position, d.paragraph.clone());
        *heat.entry(key.clone()).or_default() += 1;
        // A reply whose parent the filter left out is listed on its own.
        if let Some(parent) = m.parent_id.filter(|p| listed.contains(p)) {
            replies.entry(parent).or_default().push(d);
        } else if let Some(c) = d
            .campaign
            .filter(|c| campaign_sizes.get(c).copied().unwrap_or(0) > 1)
        {
            campaign_members.entry(c).or_default().push(d);
        } else {
            sections
                .entry(key)
                .or_default()
                .entry(d.author.group)
                .or_default()
                .push(d);
        }
    }
    let mut attach = |list: &mut Vec<DigestComment>| {
        for c in list.iter_mut() {
            if let Some(id) =
                crate::domain::comment::id_from_reference(&c.reference).map(|(_, id)| id)
            {
                c.replies = replies.remove(&id).unwrap_or_default();
            }
        }
    };
    let sections: Vec<DigestSection> = sections
        .into_iter()
        .map(|((paper_code, position, number), groups)| DigestSection {
            paragraph_text: (position >= 0)
                .then(|| {
                    paragraphs
                        .values()
                        .find(|p| Some(&p.number) == number.as_ref() && p.position == position)
                        .map(|p| p.text.clone())
                })
                .flatten(),
            paper_code,
            paragraph: number,
            groups: groups
                .into_iter()
                .map(|(group, mut comments)| {
                    attach(&mut comments);
                    GroupBlock { group, comments }
                })
                .collect(),
        })
        .collect();
    let campaigns: Vec<DigestCampaign> = campaign_members
        .into_iter()
        .map(|(id, mut members)| {
            attach(&mut members);
            DigestCampaign {
                id,
                paper_code: members
                    .first()
                    .map(|m| m.paper_code.clone())
                    .unwrap_or_default(),
                paragraph: members.first().and_then(|m| m.paragraph.clone()),
                text: members.first().map(|m| m.body.clone()).unwrap_or_default(),
                size: members.len() as u64,
                members,
            }
        })
        .collect();
    let mut by_paragraph: Vec<ParagraphHeat> = heat
        .into_iter()
        .map(|((paper_code, _, paragraph), count)| ParagraphHeat {
            paper_code,
            paragraph,
            count,
        })
        .collect();
    by_paragraph.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.paper_code.cmp(&b.paper_code))
    });

    Ok(Digest {
        consultation_slug: consultation.slug.clone(),
        consultation_title: consultation.title.clone(),
        papers: papers
            .iter()
            .map(|p| DigestPaper {
                code: p.code.clone(),
                title: p.title.clone(),
                version: p.current_version,
            })
            .collect(),
        filter: filter.clone(),
        generated_at: rfc3339(at),
        total: models.len() as u64,
        by_group_region: group_region
            .into_iter()
            .map(|(group, counts)| GroupRegionRow {
                group,
                total: counts.iter().sum(),
                counts,
            })
            .collect(),
        by_tag: {
            let mut v: Vec<TagCount> = tag_counts.into_values().collect();
            v.sort_by(|a, b| {
                b.count
                    .cmp(&a.count)
                    .then_with(|| a.tag.slug.cmp(&b.tag.slug))
            });
            v
        },
        by_cluster: cluster_counts
            .into_iter()
            .map(|(cluster, count)| ClusterCount { cluster, count })
            .collect(),
        by_paragraph,
        by_disposition: disposition_counts
            .into_iter()
            .map(|(disposition, count)| DispositionCount { disposition, count })
            .collect(),
        sections,
        campaigns,
    })
}
