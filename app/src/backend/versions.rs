//! The versions of a paper and the comments carried between them. When a paper gets a new
//! text, every commentable paragraph of the version before is matched to the new one
//! ([`propose`](crate::domain::versions::propose)); the secretariat confirms or corrects
//! each uncertain match, and the links are stored with the new version. A comment stays on
//! the version and paragraph it was written on; the links say where it is read now: on the
//! paragraph that continues its own, or under the text that was removed.

use super::entities::{comment, paper_version, paragraph, paragraph_link, working_paper};
use super::lookups::commentable;
use super::{OrInternal, keyed, now};
use crate::domain::comment::{CommentStatus, WrittenOn};
use crate::domain::versions::{Fate, Proposal, propose};
use crate::domain::{AppError, BlockKind, Field, Problem};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use std::collections::{HashMap, HashSet};

/// What the secretariat chose for an old paragraph: the match as proposed, a paragraph of
/// the new text by its number, or "its text was removed".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    Proposed,
    Paragraph(String),
    Removed,
}

impl Choice {
    /// The choices a form sends, `<old paragraph id>=proposed|removed|<number>`; anything
    /// else is an unknown choice.
    pub fn parse_all(sent: &[String]) -> Result<HashMap<i64, Self>, AppError> {
        let unknown = || AppError::validation(Field::Matches, Problem::UnknownChoice);
        let mut choices = HashMap::new();
        for pair in sent {
            let (id, choice) = pair.split_once('=').ok_or_else(unknown)?;
            let id: i64 = id.trim().parse().map_err(|_| unknown())?;
            let choice = match choice.trim() {
                "" => continue,
                "proposed" => Self::Proposed,
                "removed" => Self::Removed,
                number => Self::Paragraph(number.to_owned()),
            };
            choices.insert(id, choice);
        }
        Ok(choices)
    }
}

/// The commentable paragraphs of a version, in order.
pub(crate) async fn commentable_of(
    db: &impl ConnectionTrait,
    version_id: i64,
) -> Result<Vec<paragraph::Model>, AppError> {
    commentable()
        .filter(paragraph::Column::VersionId.eq(version_id))
        .order_by_asc(paragraph::Column::Position)
        .all(db)
        .await
        .or_internal()
}

/// Those of these paragraphs that have comments, in any status: only their matches matter
/// to anyone, so only theirs are put to the secretariat.
pub(crate) async fn commented(
    db: &impl ConnectionTrait,
    paragraphs: &[paragraph::Model],
) -> Result<HashSet<i64>, AppError> {
    if paragraphs.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(comment::Entity::find()
        .select_only()
        .column(comment::Column::ParagraphId)
        .filter(comment::Column::ParagraphId.is_in(paragraphs.iter().map(|p| p.id)))
        .distinct()
        .into_tuple::<Option<i64>>()
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .flatten()
        .collect())
}

/// How many comments readers see or will see on each of these paragraphs: published or
/// waiting for moderation, replies not counted. One query.
pub(crate) async fn live_counts(
    db: &impl ConnectionTrait,
    paragraphs: &[paragraph::Model],
) -> Result<HashMap<i64, u64>, AppError> {
    if paragraphs.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Option<i64>, i64)> = comment::Entity::find()
        .select_only()
        .column(comment::Column::ParagraphId)
        .column_as(comment::Column::Id.count(), "n")
        .filter(comment::Column::ParagraphId.is_in(paragraphs.iter().map(|p| p.id)))
        .filter(comment::Column::ParentId.is_null())
        .filter(comment::Column::Status.is_in([CommentStatus::Published, CommentStatus::Pending]))
        .group_by(comment::Column::ParagraphId)
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    Ok(rows
        .into_iter()
        .filter_map(|(p, n)| Some((p?, u64::try_from(n).unwrap_or(0))))
        .collect())
}

/// The proposed fate of every commentable paragraph of `old` in the blocks of a new text
/// (`(number, kind, text)` in order, as the Markdown import numbers them).
pub fn proposals_for(
    old: &[paragraph::Model],
    new: &[(String, BlockKind, String)],
) -> Vec<Proposal> {
    let old_texts: Vec<&str> = old.iter().map(|p| p.text.as_str()).collect();
    let new_texts: Vec<&str> = new
        .iter()
        .filter(|(_, kind, _)| *kind != BlockKind::Heading)
        .map(|(_, _, text)| text.as_str())
        .collect();
    propose(&old_texts, &new_texts)
}

/// Writes the links from the old version's paragraphs to the new version's, once every
/// uncertain proposal for a paragraph with comments has a choice (an uncertain one without
/// comments is stored as proposed: nobody can comment on an old version any more). Inside
/// the transaction that stores the new version. Refuses, writing nothing, while such a
/// match is unconfirmed or a choice names no paragraph of the new text.
pub async fn link(
    db: &impl ConnectionTrait,
    old: &[paragraph::Model],
    new_version_id: i64,
    choices: &HashMap<i64, Choice>,
    by: i64,
) -> Result<(), AppError> {
    let new = commentable_of(db, new_version_id).await?;
    let new_texts: Vec<(String, BlockKind, String)> = new
        .iter()
        .map(|p| (p.number.clone(), p.kind, p.text.clone()))
        .collect();
    let mut proposals = proposals_for(old, &new_texts);
    let commented = commented(db, old).await?;
    for p in &mut proposals {
        p.certain |= !commented.contains(&old[p.old].id);
    }
    let rows = decided(old, &new, &proposals, choices)?;
    let at = now();
    let rows: Vec<paragraph_link::ActiveModel> = rows
        .into_iter()
        .map(
            |(from, to, fate, similarity, confirmed)| paragraph_link::ActiveModel {
                from_paragraph_id: Set(from),
                to_paragraph_id: Set(to),
                to_version_id: Set(new_version_id),
                fate: Set(fate),
                similarity_permille: Set(permille(similarity)),
                confirmed_by: Set(confirmed.then_some(by)),
                created_at: Set(at),
                ..Default::default()
            },
        )
        .collect();
    if !rows.is_empty() {
        paragraph_link::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await
            .or_internal()?;
    }
    Ok(())
}

type LinkRow = (i64, Option<i64>, Fate, f32, bool);

/// The links the proposals and the choices make: `(from, to, fate, similarity, confirmed
/// by a person)`.
fn decided(
    old: &[paragraph::Model],
    new: &[paragraph::Model],
    proposals: &[Proposal],
    choices: &HashMap<i64, Choice>,
) -> Result<Vec<LinkRow>, AppError> {
    let unconfirmed = proposals
        .iter()
        .filter(|p| !p.certain && !choices.contains_key(&old[p.old].id))
        .count();
    if unconfirmed > 0 {
        return Err(AppError::validation(
            Field::Matches,
            Problem::MatchesToConfirm { count: unconfirmed },
        ));
    }
    let by_number: HashMap<&str, &paragraph::Model> =
        new.iter().map(|p| (p.number.as_str(), p)).collect();
    let mut rows = Vec::new();
    for proposal in proposals {
        let from = &old[proposal.old];
        match choices.get(&from.id) {
            None | Some(Choice::Proposed) => {
                let confirmed = choices.contains_key(&from.id);
                if proposal.new.is_empty() {
                    rows.push((from.id, None, proposal.fate, proposal.similarity, confirmed));
                }
                for &j in &proposal.new {
                    let to = new.get(j).ok_or_else(|| {
                        crate::backend::internal("a proposal names a paragraph past the end")
                    })?;
                    rows.push((
                        from.id,
                        Some(to.id),
                        proposal.fate,
                        proposal.similarity,
                        confirmed,
                    ));
                }
            }
            Some(Choice::Removed) => rows.push((from.id, None, Fate::Removed, 0.0, true)),
            Some(Choice::Paragraph(number)) => {
                let to = by_number
                    .get(number.as_str())
                    .ok_or_else(|| AppError::validation(Field::Matches, Problem::UnknownChoice))?;
                let similarity = crate::domain::versions::similarity(&from.text, &to.text);
                let fate = if from.text == to.text {
                    Fate::Unchanged
                } else {
                    Fate::Edited
                };
                rows.push((from.id, Some(to.id), fate, similarity, true));
            }
        }
    }
    Ok(rows)
}

fn permille(similarity: f32) -> i32 {
    // 0 to 1, so 0 to 1,000: no truncation.
    #[allow(clippy::cast_possible_truncation, reason = "0 to 1,000")]
    let p = (similarity.clamp(0.0, 1.0) * 1000.0).round() as i32;
    p
}

/// Where the comments of a paper's earlier versions are read on one of its versions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lineage {
    /// Each earlier paragraph whose text continues in this version, with the paragraphs it
    /// continues in.
    pub carried: HashMap<i64, Vec<i64>>,
    /// The earlier paragraphs whose text is not in this version (removed on the way, or
    /// from a version published before links were kept).
    pub removed: HashSet<i64>,
    /// The paper's versions up to this one, newest first: `(id, number)`.
    pub versions: Vec<(i64, i32)>,
}

impl Lineage {
    /// The earlier paragraphs read on `paragraph` of this version.
    pub fn earlier_of(&self, paragraph: i64) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .carried
            .iter()
            .filter(|(_, to)| to.contains(&paragraph))
            .map(|(from, _)| *from)
            .collect();
        ids.sort_unstable();
        ids
    }
}

/// The lineage of a paper's earlier paragraphs up to `version` (its number): for each
/// paragraph of an earlier version, the paragraphs of this version that continue it, or
/// that its text was removed. Two queries, whatever the number of versions.
pub async fn lineage(
    db: &impl ConnectionTrait,
    paper_id: i64,
    version: i32,
) -> Result<Lineage, AppError> {
    // Ids and numbers only: a version's text is not needed to trace its paragraphs.
    let numbered: Vec<(i64, i32)> = paper_version::Entity::find()
        .select_only()
        .columns([paper_version::Column::Id, paper_version::Column::Version])
        .filter(paper_version::Column::PaperId.eq(paper_id))
        .filter(paper_version::Column::Version.lte(version))
        .order_by_desc(paper_version::Column::Version)
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    if numbered.len() < 2 {
        return Ok(Lineage {
            versions: numbered,
            ..Lineage::default()
        });
    }
    let ids: Vec<i64> = numbered.iter().map(|(id, _)| *id).collect();
    let links = paragraph_link::Entity::find()
        .filter(paragraph_link::Column::ToVersionId.is_in(ids.iter().copied()))
        .all(db)
        .await
        .or_internal()?;
    let earlier_paragraphs: Vec<(i64, i64)> = commentable()
        .select_only()
        .columns([paragraph::Column::Id, paragraph::Column::VersionId])
        .filter(paragraph::Column::VersionId.is_in(ids[1..].iter().copied()))
        .into_tuple()
        .all(db)
        .await
        .or_internal()?;
    Ok(Lineage {
        versions: numbered,
        ..trace(&ids, &links, &earlier_paragraphs)
    })
}

/// [`lineage`] from what it read: `versions` newest first, the links into them, and every
/// commentable paragraph of the earlier versions as `(id, version id)`.
fn trace(versions: &[i64], links: &[paragraph_link::Model], earlier: &[(i64, i64)]) -> Lineage {
    // Walk back from the newest version: a paragraph of version k continues where the
    // paragraphs it links to in version k + 1 continue.
    let mut now_in: HashMap<i64, Vec<i64>> = HashMap::new(); // paragraph -> current ones
    let mut lineage = Lineage::default();
    for pair in versions.windows(2) {
        let (newer, older) = (pair[0], pair[1]);
        let newest = newer == versions[0];
        for (id, _) in earlier.iter().filter(|(_, v)| *v == older) {
            let mut continues: Vec<i64> = Vec::new();
            for link in links
                .iter()
                .filter(|l| l.to_version_id == newer && l.from_paragraph_id == *id)
            {
                if let Some(to) = link.to_paragraph_id {
                    if newest {
                        continues.push(to);
                    } else if let Some(further) = now_in.get(&to) {
                        continues.extend(further);
                    }
                }
            }
            continues.sort_unstable();
            continues.dedup();
            if continues.is_empty() {
                lineage.removed.insert(*id);
            } else {
                lineage.carried.insert(*id, continues.clone());
            }
            now_in.insert(*id, continues);
        }
    }
    lineage
}

/// Where a comment is read on its paper's current version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadNow {
    /// The paper page's `p`: a paragraph number, `whole`, or `removed`.
    pub paragraph: String,
    /// For a comment written on an earlier version: that version, and the paragraph and
    /// text it was written on.
    pub written_on: Option<WrittenOn>,
    /// The number and text of the paragraph it was written on (none for the paper as a
    /// whole), whatever its version.
    pub own_number: Option<String>,
    pub own_text: Option<String>,
}

/// Where each of these comments is read on its paper's current version (`papers` holds
/// their papers): on its own paragraph, on the paragraph that continues it, on the paper
/// as a whole, or under the removed text. By the comments' ids. `known` holds the lineages
/// the caller has already traced (by paper id); the others are traced here when needed.
pub async fn read_now(
    db: &impl ConnectionTrait,
    models: &[comment::Model],
    papers: &HashMap<i64, working_paper::Model>,
    known: &HashMap<i64, &Lineage>,
) -> Result<HashMap<i64, ReadNow>, AppError> {
    // Each paper's current version: from a known lineage (newest first), else looked up.
    let mut current: HashMap<i64, i64> = known
        .iter()
        .filter_map(|(paper, l)| Some((*paper, l.versions.first()?.0)))
        .collect();
    let unknown: Vec<i64> = papers
        .keys()
        .filter(|p| !current.contains_key(p))
        .copied()
        .collect();
    if !unknown.is_empty() {
        let rows: Vec<(i64, i64, i32)> = paper_version::Entity::find()
            .select_only()
            .columns([
                paper_version::Column::Id,
                paper_version::Column::PaperId,
                paper_version::Column::Version,
            ])
            .filter(paper_version::Column::PaperId.is_in(unknown))
            .into_tuple()
            .all(db)
            .await
            .or_internal()?;
        current.extend(rows.into_iter().filter_map(|(id, paper, version)| {
            let is_current = papers.get(&paper)?.current_version == version;
            is_current.then_some((paper, id))
        }));
    }
    let is_current = |m: &comment::Model| current.get(&m.paper_id) == Some(&m.version_id);
    let mut traced: HashMap<i64, Lineage> = HashMap::new();
    for m in models.iter().filter(|m| !is_current(m)) {
        if known.contains_key(&m.paper_id) || traced.contains_key(&m.paper_id) {
            continue;
        }
        if let Some(paper) = papers.get(&m.paper_id) {
            let lineage = lineage(db, paper.id, paper.current_version).await?;
            traced.insert(m.paper_id, lineage);
        }
    }
    let lineage_of = |paper: i64| known.get(&paper).copied().or_else(|| traced.get(&paper));
    let mut wanted: Vec<i64> = models.iter().filter_map(|m| m.paragraph_id).collect();
    for lineage in known.values().copied().chain(traced.values()) {
        wanted.extend(
            lineage
                .carried
                .values()
                .filter_map(|to| to.first().copied()),
        );
    }
    let paragraphs = keyed(
        paragraph::Entity::find()
            .filter(paragraph::Column::Id.is_in(wanted))
            .all(db)
            .await
            .or_internal()?,
        |p| p.id,
    );
    let number = |id: i64| paragraphs.get(&id).map(|p| p.number.clone());
    let mut out = HashMap::with_capacity(models.len());
    for m in models {
        let own = m.paragraph_id.and_then(|p| paragraphs.get(&p));
        let earlier = lineage_of(m.paper_id).filter(|_| !is_current(m));
        let (paragraph, written_on) = match (m.paragraph_id, earlier) {
            (None, lineage) => ("whole".to_owned(), written_on(m, own, lineage)),
            (Some(p), None) => (number(p).unwrap_or_else(|| "whole".to_owned()), None),
            (Some(p), Some(lineage)) => (
                lineage
                    .carried
                    .get(&p)
                    .and_then(|to| to.first())
                    .and_then(|&q| number(q))
                    .unwrap_or_else(|| "removed".to_owned()),
                written_on(m, own, Some(lineage)),
            ),
        };
        out.insert(
            m.id,
            ReadNow {
                paragraph,
                written_on,
                own_number: own.map(|p| p.number.clone()),
                own_text: own.map(|p| p.text.clone()),
            },
        );
    }
    Ok(out)
}

fn written_on(
    m: &comment::Model,
    own: Option<&paragraph::Model>,
    lineage: Option<&Lineage>,
) -> Option<WrittenOn> {
    let lineage = lineage?;
    Some(WrittenOn {
        version: lineage
            .versions
            .iter()
            .find(|(id, _)| *id == m.version_id)
            .map_or(0, |(_, n)| *n),
        paragraph_number: own.map(|p| p.number.clone()),
        paragraph_text: own.map(|p| p.text.clone()),
    })
}
