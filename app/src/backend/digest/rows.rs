//! Reads a selection's comments in one keyset pass, a chunk at a time, with the tags,
//! dispositions, campaigns, parents and paragraphs each chunk shows.

use super::selection::Selection;
use crate::backend::attachments;
use crate::backend::entities::{
    campaign_member, comment, comment_tag, disposition, paragraph, tag,
};
use crate::backend::keyed;
use crate::backend::lookups::{campaigns_of, tag_view, version_numbers};
use crate::backend::{OrInternal, rfc3339};
use crate::domain::comment::{Arrival, Attribution, CommentStatus, Consent, TagView, reference};
use crate::domain::digest::DigestComment;
use crate::domain::{AppError, StakeholderGroup};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::{HashMap, HashSet};

/// Rows fetched per query for the lookups by id (well under SQLite's variable limit).
const CHUNK: usize = 5_000;

impl Selection {
    /// The listed comments in reference order, a chunk at a time.
    pub fn rows(self) -> Rows {
        Rows {
            selection: self,
            after: 0,
            paragraphs: HashMap::new(),
            versions: HashMap::new(),
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
    /// The paragraph commented on: its identity, which its number alone is not (another
    /// paper, or another version of this one, has a paragraph of the same number).
    pub paragraph_id: Option<i64>,
    pub comment: DigestComment,
}

/// Reads the selection's comments [`CHUNK`] at a time (keyset on the id), each chunk with
/// its tags, dispositions, campaigns and parents looked up in one query apiece.
pub struct Rows {
    selection: Selection,
    after: i64,
    /// Paragraphs of the versions met so far: number, text and order.
    paragraphs: HashMap<i64, paragraph::Model>,
    /// The versions met so far, by id: their number.
    versions: HashMap<i64, i32>,
    /// The public tags, by id (a short list, read once).
    tags: HashMap<i64, TagView>,
}

impl Rows {
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The version of a paragraph of the versions met.
    pub(super) fn version_of(&self, paragraph_id: i64) -> Option<i64> {
        self.paragraphs.get(&paragraph_id).map(|p| p.version_id)
    }

    /// The text of a paragraph of the versions met.
    pub(super) fn paragraph_text(&self, paragraph_id: i64) -> Option<String> {
        self.paragraphs.get(&paragraph_id).map(|p| p.text.clone())
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
                comment::Column::Arrival,
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
        let dispositions: HashMap<i64, disposition::Model> = keyed(
            disposition::Entity::find()
                .filter(disposition::Column::CommentId.between(range.0, range.1))
                .all(db)
                .await
                .or_internal()?,
            |d| d.comment_id,
        );
        let ids: Vec<i64> = models.iter().map(|m| m.id).collect();
        let mut files = attachments::files_of(db, &ids).await?;
        let campaigns = campaigns_of(
            db,
            campaign_member::Entity::find()
                .filter(campaign_member::Column::CommentId.between(range.0, range.1)),
        )
        .await?;
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
        let mut new_versions: Vec<i64> = models
            .iter()
            .map(|m| m.version_id)
            .filter(|v| !self.versions.contains_key(v))
            .collect();
        new_versions.sort_unstable();
        new_versions.dedup();
        if !new_versions.is_empty() {
            self.versions
                .extend(version_numbers(db, new_versions.iter().copied()).await?);
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
                let group = m.author_group;
                let disposition = dispositions.get(&m.id).map(|d| (d.kind, &d.response));
                let paragraph = m.paragraph_id.and_then(|p| self.paragraphs.get(&p));
                Row {
                    id: m.id,
                    parent_id: m.parent_id,
                    position: paragraph.map_or(-1, |p| p.position),
                    paragraph_id: paragraph.map(|p| p.id),
                    comment: DigestComment {
                        reference: reference(m.submitted_at.year(), m.id),
                        paper_code: codes
                            .get(&m.paper_id)
                            .map(|c| (*c).to_owned())
                            .unwrap_or_default(),
                        version: self.versions.get(&m.version_id).copied().unwrap_or(0),
                        paragraph: paragraph.map(|p| p.number.clone()),
                        status: m.status,
                        author: Attribution::as_consented(
                            m.consent,
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
                        files: files.remove(&m.id).unwrap_or_default(),
                        // A published comment from the site came from a verified address.
                        arrival: if m.arrival == crate::backend::notices::IMPORTED {
                            Arrival::Import
                        } else {
                            Arrival::Verified
                        },
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
    consent: Consent,
    author_name: String,
    author_group: StakeholderGroup,
    author_country: String,
    author_organisation: Option<String>,
    status: CommentStatus,
    late: bool,
    submitted_at: sea_orm::prelude::TimeDateTimeWithTimeZone,
    arrival: String,
}
