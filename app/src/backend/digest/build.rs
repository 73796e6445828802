//! Builds the digest model from the listed comments: the summary tables, the sections by
//! paragraph and stakeholder group with the replies under their parents, and the campaigns;
//! then the published contributions beside them.

use super::selection::{Scope, Selection};
use crate::backend::rfc3339;
use crate::domain::countries::Region;
use crate::domain::desk::DispositionKind;
use crate::domain::digest::{
    ClusterCount, Digest, DigestCampaign, DigestComment, DigestFilter, DigestPaper, DigestSection,
    DispositionCount, GroupBlock, GroupRegionRow, ParagraphHeat, TagCount,
};
use crate::domain::{AppError, IssueCluster, StakeholderGroup};
use sea_orm::ConnectionTrait;
use std::collections::{BTreeMap, HashMap, HashSet};
use time::OffsetDateTime;

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
    let contributions = selection.contributions(db).await?;
    let mut rows = selection.rows();
    let mut all = Vec::new();
    while let Some(chunk) = rows.next(db).await? {
        all.extend(chunk);
    }
    let themes = themes_of(db, &rows, &all).await?;

    // Summary tables count every comment listed.
    let mut group_region: BTreeMap<StakeholderGroup, Vec<u64>> = BTreeMap::new();
    let mut tag_counts: BTreeMap<String, TagCount> = BTreeMap::new();
    let mut cluster_counts: BTreeMap<IssueCluster, u64> = BTreeMap::new();
    let mut heat: BTreeMap<SectionKey, u64> = BTreeMap::new();
    let mut disposition_counts: BTreeMap<Option<DispositionKind>, u64> = BTreeMap::new();
    // Sections: (paper code, paragraph position, number, paragraph) → group → comments. The
    // paragraph's id keeps apart paragraphs of the same place in two papers or versions.
    type SectionKey = (String, i32, Option<String>, Option<i64>);
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
        let key = (
            d.paper_code.clone(),
            row.position,
            d.paragraph.clone(),
            row.paragraph_id,
        );
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
    let mut sections: Vec<(Option<i64>, DigestSection)> = sections
        .into_iter()
        .map(|((paper_code, _, number, paragraph_id), groups)| {
            let section = DigestSection {
                paragraph_text: paragraph_id.and_then(|p| rows.paragraph_text(p)),
                paper_code,
                paragraph: number,
                earlier: None,
                groups: groups
                    .into_iter()
                    .map(|(group, mut comments)| {
                        attach(&mut comments);
                        GroupBlock { group, comments }
                    })
                    .collect(),
            };
            (paragraph_id, section)
        })
        .collect();
    super::earlier::mark(db, &rows, &mut sections).await?;
    let sections: Vec<DigestSection> = sections.into_iter().map(|(_, s)| s).collect();
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
        .map(|((paper_code, _, paragraph, _), count)| ParagraphHeat {
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
        contributions,
        themes,
    })
}

/// The confirmed themes of the selection's papers, with the comments it lists.
async fn themes_of(
    db: &impl ConnectionTrait,
    rows: &super::rows::Rows,
    all: &[super::rows::Row],
) -> Result<Vec<crate::domain::digest::DigestTheme>, AppError> {
    let papers = &rows.selection().papers;
    let codes: HashMap<i64, String> = papers.iter().map(|p| (p.id, p.code.clone())).collect();
    let ids: Vec<i64> = papers.iter().map(|p| p.id).collect();
    let listed: std::collections::BTreeSet<i64> = all.iter().map(|r| r.id).collect();
    Ok(crate::backend::themes::view::confirmed_for(
        db,
        &ids,
        &listed,
        rows.selection().filter.all_statuses,
    )
    .await?
    .into_iter()
    .map(
        |(paper, paragraph, theme)| crate::domain::digest::DigestTheme {
            paper_code: codes.get(&paper).cloned().unwrap_or_default(),
            paragraph: Some(paragraph).filter(|p| !p.is_empty()),
            theme,
        },
    )
    .collect())
}
