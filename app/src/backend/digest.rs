//! Builds the comment digest of a paper or a whole consultation: one pass over the
//! comments, then the summary tables, the sections by paragraph and stakeholder group, and
//! the campaigns shown once. The renderers in `digest_formats` turn it into files.

use super::entities::{
    campaign_member, comment, comment_tag, consultation, disposition, paragraph, public_digest,
    tag, working_paper,
};
use super::lookups::{tag_view, tagged};
use super::{OrInternal, now, rfc3339};
use crate::domain::comment::{Attribution, CommentStatus, Consent, TagView, reference};
use crate::domain::countries::Region;
use crate::domain::desk::DispositionKind;
use crate::domain::digest::{
    ClusterCount, Digest, DigestCampaign, DigestComment, DigestFilter, DigestPaper, DigestSection,
    DispositionCount, GroupBlock, GroupRegionRow, ParagraphHeat, TagCount,
};
use crate::domain::{AppError, ConsultationStatus, IssueCluster, Role, StakeholderGroup, Viewer};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, QueryTrait, Set,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use time::OffsetDateTime;

/// Rows fetched per query for the lookups by id (well under SQLite's variable limit).
const CHUNK: usize = 5_000;

/// What a digest is of: a whole consultation, or one of its papers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope<'a> {
    pub slug: &'a str,
    pub paper: Option<&'a str>,
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

/// What a digest lists: the consultation, its papers in scope, and the filter. Its rows are
/// read [`CHUNK`] at a time by [`Rows`], so that no export holds every comment at once.
pub struct Selection {
    pub consultation: consultation::Model,
    pub papers: Vec<working_paper::Model>,
    pub filter: DigestFilter,
    /// The id of the public tag filtered on (-1 when the slug names none).
    tag_id: Option<i64>,
}

impl Selection {
    pub async fn new(
        db: &impl ConnectionTrait,
        scope: Scope<'_>,
        filter: &DigestFilter,
    ) -> Result<Self, AppError> {
        let consultation = consultation::Entity::find()
            .filter(consultation::Column::Slug.eq(scope.slug))
            .one(db)
            .await
            .or_internal()?
            .ok_or(AppError::NotFound)?;
        let mut paper_query = working_paper::Entity::find()
            .filter(working_paper::Column::ConsultationId.eq(consultation.id));
        if let Some(code) = scope.paper {
            paper_query = paper_query
                .filter(working_paper::Column::Code.eq(code.trim().to_ascii_uppercase()));
        }
        let papers = paper_query
            .order_by_asc(working_paper::Column::Code)
            .all(db)
            .await
            .or_internal()?;
        if papers.is_empty() && scope.paper.is_some() {
            return Err(AppError::NotFound);
        }
        let tag_id = match &filter.tag {
            Some(slug) => Some(
                tag::Entity::find()
                    .filter(tag::Column::Slug.eq(slug.as_str()))
                    .filter(tag::Column::Public.eq(true))
                    .one(db)
                    .await
                    .or_internal()?
                    .map_or(-1, |t| t.id),
            ),
            None => None,
        };
        Ok(Self {
            consultation,
            papers,
            filter: filter.clone(),
            tag_id,
        })
    }

    /// The comments listed: published ones (or every one but the withdrawn, for internal
    /// use) on the papers in scope, narrowed by the filter.
    fn comments(&self) -> sea_orm::Select<comment::Entity> {
        let filter = &self.filter;
        let mut query = comment::Entity::find()
            .filter(comment::Column::PaperId.is_in(self.papers.iter().map(|p| p.id)));
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
        if let Some(tag_id) = self.tag_id {
            query = query.filter(tagged(tag_id));
        }
        if let Some(from) = filter.from.as_deref().and_then(day_start) {
            query = query.filter(comment::Column::SubmittedAt.gte(from));
        }
        if let Some(to) = filter.to.as_deref().and_then(day_start) {
            query = query.filter(comment::Column::SubmittedAt.lt(to + time::Duration::days(1)));
        }
        query
    }

    /// How many comments are listed.
    pub async fn total(&self, db: &impl ConnectionTrait) -> Result<u64, AppError> {
        self.comments().count(db).await.or_internal()
    }

    /// How many of the listed comments each campaign has.
    pub async fn campaign_sizes(
        &self,
        db: &impl ConnectionTrait,
    ) -> Result<HashMap<i64, u64>, AppError> {
        // Driven from the campaign members (few) with a lookup of each comment, rather than
        // from the listed comments (possibly a million).
        let member_listed = self
            .comments()
            .select_only()
            .expr(Expr::val(1))
            .filter(
                Expr::col((comment::Entity, comment::Column::Id))
                    .equals((campaign_member::Entity, campaign_member::Column::CommentId)),
            )
            .into_query();
        let counts: Vec<(i64, i64)> = campaign_member::Entity::find()
            .select_only()
            .column(campaign_member::Column::CampaignId)
            .column_as(campaign_member::Column::CommentId.count(), "size")
            .filter(Expr::exists(member_listed))
            .group_by(campaign_member::Column::CampaignId)
            .into_tuple()
            .all(db)
            .await
            .or_internal()?;
        Ok(counts
            .into_iter()
            .map(|(id, n)| (id, u64::try_from(n).unwrap_or_default()))
            .collect())
    }

    /// The listed comments in reference order, a chunk at a time.
    pub fn rows(self) -> Rows {
        Rows {
            selection: self,
            after: 0,
            paragraphs: HashMap::new(),
            versions: HashSet::new(),
            tags: HashMap::new(),
        }
    }
}

/// One listed comment, with what the digest's grouping needs besides what it shows.
pub struct Row {
    pub id: i64,
    pub parent_id: Option<i64>,
    /// The paragraph's position in its version (-1 for a comment on the whole paper).
    pub position: i32,
    pub comment: DigestComment,
}

/// Reads the selection's comments [`CHUNK`] at a time (keyset on the id), each chunk with
/// its tags, dispositions, campaigns and parents looked up in one query apiece.
pub struct Rows {
    selection: Selection,
    after: i64,
    /// Paragraphs of the versions met so far: number, text and order.
    paragraphs: HashMap<i64, paragraph::Model>,
    versions: HashSet<i64>,
    /// The public tags, by id (a short list, read once).
    tags: HashMap<i64, TagView>,
}

impl Rows {
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The paragraph's text, by paper position and number, among the versions met.
    fn paragraph_text(&self, position: i32, number: Option<&String>) -> Option<String> {
        self.paragraphs
            .values()
            .find(|p| Some(&p.number) == number && p.position == position)
            .map(|p| p.text.clone())
    }

    /// The next chunk, or `None` after the last. The lookups read the chunk's id range
    /// (cheap on their primary keys) rather than binding thousands of ids.
    pub async fn next(&mut self, db: &impl ConnectionTrait) -> Result<Option<Vec<Row>>, AppError> {
        if self.tags.is_empty() {
            self.tags = tag::Entity::find()
                .filter(tag::Column::Public.eq(true))
                .all(db)
                .await
                .or_internal()?
                .iter()
                .map(|t| (t.id, tag_view(t)))
                .collect();
        }
        let models: Vec<Listed> = self
            .selection
            .comments()
            .select_only()
            .columns([
                comment::Column::Id,
                comment::Column::PaperId,
                comment::Column::VersionId,
                comment::Column::ParagraphId,
                comment::Column::ParentId,
                comment::Column::Quote,
                comment::Column::Body,
                comment::Column::Consent,
                comment::Column::AuthorName,
                comment::Column::AuthorGroup,
                comment::Column::AuthorCountry,
                comment::Column::AuthorOrganisation,
                comment::Column::Status,
                comment::Column::Late,
                comment::Column::SubmittedAt,
            ])
            .filter(comment::Column::Id.gt(self.after))
            .order_by_asc(comment::Column::Id)
            .limit(CHUNK as u64)
            .into_model()
            .all(db)
            .await
            .or_internal()?;
        let (Some(first), Some(last)) = (models.first(), models.last()) else {
            return Ok(None);
        };
        let range = (first.id, last.id);
        self.after = last.id;
        let listed: HashSet<i64> = models.iter().map(|m| m.id).collect();

        let mut tags: HashMap<i64, Vec<TagView>> = HashMap::new();
        for link in comment_tag::Entity::find()
            .filter(comment_tag::Column::CommentId.between(range.0, range.1))
            .all(db)
            .await
            .or_internal()?
        {
            if let Some(t) = self.tags.get(&link.tag_id)
                && listed.contains(&link.comment_id)
            {
                tags.entry(link.comment_id).or_default().push(t.clone());
            }
        }
        for list in tags.values_mut() {
            list.sort_by(|a, b| a.slug.cmp(&b.slug));
        }
        let dispositions: HashMap<i64, disposition::Model> = disposition::Entity::find()
            .filter(disposition::Column::CommentId.between(range.0, range.1))
            .all(db)
            .await
            .or_internal()?
            .into_iter()
            .map(|d| (d.comment_id, d))
            .collect();
        let campaigns: HashMap<i64, i64> = campaign_member::Entity::find()
            .filter(campaign_member::Column::CommentId.between(range.0, range.1))
            .all(db)
            .await
            .or_internal()?
            .into_iter()
            .map(|m| (m.comment_id, m.campaign_id))
            .collect();
        let parent_ids: Vec<i64> = models.iter().filter_map(|m| m.parent_id).collect();
        let parents: HashMap<i64, String> = if parent_ids.is_empty() {
            HashMap::new()
        } else {
            comment::Entity::find()
                .select_only()
                .columns([comment::Column::Id, comment::Column::SubmittedAt])
                .filter(comment::Column::Id.is_in(parent_ids))
                .into_tuple::<(i64, sea_orm::prelude::TimeDateTimeWithTimeZone)>()
                .all(db)
                .await
                .or_internal()?
                .into_iter()
                .map(|(id, at)| (id, reference(at.year(), id)))
                .collect()
        };
        let new_versions: Vec<i64> = models
            .iter()
            .map(|m| m.version_id)
            .filter(|v| self.versions.insert(*v))
            .collect();
        if !new_versions.is_empty() {
            self.paragraphs.extend(
                paragraph::Entity::find()
                    .filter(paragraph::Column::VersionId.is_in(new_versions))
                    .all(db)
                    .await
                    .or_internal()?
                    .into_iter()
                    .map(|p| (p.id, p)),
            );
        }
        let codes: HashMap<i64, &str> = self
            .selection
            .papers
            .iter()
            .map(|p| (p.id, p.code.as_str()))
            .collect();
        let rows = models
            .into_iter()
            .map(|m| {
                let group = StakeholderGroup::from_code(&m.author_group)
                    .unwrap_or(StakeholderGroup::CivilSociety);
                let disposition = dispositions
                    .get(&m.id)
                    .and_then(|d| Some((DispositionKind::from_code(&d.kind)?, &d.response)));
                let paragraph = m.paragraph_id.and_then(|p| self.paragraphs.get(&p));
                Row {
                    id: m.id,
                    parent_id: m.parent_id,
                    position: paragraph.map_or(-1, |p| p.position),
                    comment: DigestComment {
                        reference: reference(m.submitted_at.year(), m.id),
                        paper_code: codes
                            .get(&m.paper_id)
                            .map(|c| (*c).to_owned())
                            .unwrap_or_default(),
                        paragraph: paragraph.map(|p| p.number.clone()),
                        status: CommentStatus::from_code(&m.status)
                            .unwrap_or(CommentStatus::Pending),
                        author: Attribution::as_consented(
                            Consent::from_code(&m.consent).unwrap_or(Consent::Anonymous),
                            &m.author_name,
                            m.author_organisation.as_deref(),
                            group,
                            &m.author_country,
                        ),
                        tags: tags.remove(&m.id).unwrap_or_default(),
                        submitted_at: rfc3339(m.submitted_at),
                        late: m.late,
                        disposition: disposition.map(|(kind, _)| kind),
                        response: disposition
                            .map(|(_, response)| response.clone())
                            .filter(|r| !r.is_empty()),
                        parent_reference: m.parent_id.and_then(|p| parents.get(&p).cloned()),
                        campaign: campaigns.get(&m.id).copied(),
                        quote: m.quote,
                        body: m.body,
                        replies: Vec::new(),
                    },
                }
            })
            .collect();
        Ok(Some(rows))
    }
}

/// The columns of a comment that a digest shows.
#[derive(sea_orm::FromQueryResult)]
struct Listed {
    id: i64,
    paper_id: i64,
    version_id: i64,
    paragraph_id: Option<i64>,
    parent_id: Option<i64>,
    quote: Option<String>,
    body: String,
    consent: String,
    author_name: String,
    author_group: String,
    author_country: String,
    author_organisation: Option<String>,
    status: String,
    late: bool,
    submitted_at: sea_orm::prelude::TimeDateTimeWithTimeZone,
}

/// Builds the digest. `at` is the generation time written in it (a fixed clock in tests).
/// It holds every listed comment: for very large selections, the CSV is streamed instead.
pub async fn build(
    db: &impl ConnectionTrait,
    scope: Scope<'_>,
    filter: &DigestFilter,
    at: OffsetDateTime,
) -> Result<Digest, AppError> {
    build_from(db, Selection::new(db, scope, filter).await?, at).await
}

/// Builds the digest of a selection already made.
pub async fn build_from(
    db: &impl ConnectionTrait,
    selection: Selection,
    at: OffsetDateTime,
) -> Result<Digest, AppError> {
    let campaign_sizes = selection.campaign_sizes(db).await?;
    let mut rows = selection.rows();
    let mut all = Vec::new();
    while let Some(chunk) = rows.next(db).await? {
        all.extend(chunk);
    }

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
    let listed: HashSet<i64> = all.iter().map(|r| r.id).collect();
    let total = all.len() as u64;

    for row in all {
        let d = row.comment;
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
        let key = (d.paper_code.clone(), row.position, d.paragraph.clone());
        *heat.entry(key.clone()).or_default() += 1;
        // A reply whose parent the filter left out is listed on its own.
        if let Some(parent) = row.parent_id.filter(|p| listed.contains(p)) {
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
                .then(|| rows.paragraph_text(position, number.as_ref()))
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

    let selection = rows.selection();
    Ok(Digest {
        consultation_slug: selection.consultation.slug.clone(),
        consultation_title: selection.consultation.title.clone(),
        papers: selection
            .papers
            .iter()
            .map(|p| DigestPaper {
                code: p.code.clone(),
                title: p.title.clone(),
                version: p.current_version,
            })
            .collect(),
        filter: selection.filter.clone(),
        generated_at: rfc3339(at),
        total,
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
