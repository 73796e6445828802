//! The themes of a scope as the desk shows them, and a paper's confirmed themes as the
//! digests show them.

use super::store::{campaigns_by_comment, members_of, scope_comments, scope_themes};
use crate::backend::OrInternal;
use crate::backend::entities::{comment, paper_version, paragraph, theme};
use crate::backend::lookups::any_paper;
use crate::backend::lookups::reference_of;
use crate::domain::countries::Region;
use crate::domain::digest::GroupRegionRow;
use crate::domain::themes::{ThemeComment, ThemeView, ThemesPage};
use crate::domain::user_text::excerpt;
use crate::domain::{AppError, StakeholderGroup};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many of each group and region a theme's comments come from.
fn group_region(comments: &[&comment::Model]) -> Vec<GroupRegionRow> {
    let mut rows: BTreeMap<StakeholderGroup, Vec<u64>> = BTreeMap::new();
    for c in comments {
        let region = Region::ALL
            .iter()
            .position(|r| Some(*r) == Region::from_code(&c.author_region))
            .unwrap_or(Region::ALL.len());
        rows.entry(c.author_group)
            .or_insert_with(|| vec![0; Region::ALL.len() + 1])[region] += 1;
    }
    rows.into_iter()
        .map(|(group, counts)| GroupRegionRow {
            group,
            total: counts.iter().sum(),
            counts,
        })
        .collect()
}

fn listed(c: &comment::Model, length: usize) -> ThemeComment {
    ThemeComment {
        id: c.id,
        reference: reference_of(c),
        excerpt: excerpt(&c.body, length),
        language: c.language.clone(),
    }
}

/// Themes with their comments: size, campaigns, groups and regions, quotes, references.
/// `shown`: only these comments count (a digest's); `None`: every member.
pub(super) async fn theme_views(
    db: &impl ConnectionTrait,
    themes: &[theme::Model],
    shown: Option<&BTreeSet<i64>>,
) -> Result<Vec<ThemeView>, AppError> {
    let ids: Vec<i64> = themes.iter().map(|t| t.id).collect();
    let members = members_of(db, &ids).await?;
    let all: Vec<i64> = members
        .values()
        .flatten()
        .copied()
        .filter(|id| shown.is_none_or(|s| s.contains(id)))
        .collect();
    let mut comments: HashMap<i64, comment::Model> = HashMap::new();
    for part in all.chunks(super::store::IDS_PER_STATEMENT) {
        for c in comment::Entity::find()
            .filter(comment::Column::Id.is_in(part.iter().copied()))
            .all(db)
            .await
            .or_internal()?
        {
            comments.insert(c.id, c);
        }
    }
    let campaigns = campaigns_by_comment(db, all).await?;
    let mut views: Vec<ThemeView> = themes
        .iter()
        .map(|t| {
            let mine: Vec<&comment::Model> = members[&t.id]
                .iter()
                .filter_map(|id| comments.get(id))
                .collect();
            let in_campaigns: Vec<i64> = mine
                .iter()
                .filter_map(|c| campaigns.get(&c.id).copied())
                .collect();
            ThemeView {
                id: t.id,
                label: t.label.clone(),
                key_terms: t.key_terms.clone(),
                confirmed: t.confirmed,
                size: mine.len() as u64,
                in_campaigns: in_campaigns.len() as u64,
                campaigns: in_campaigns.iter().collect::<BTreeSet<_>>().len() as u64,
                by_group_region: group_region(&mine),
                quotes: t
                    .quotes
                    .split(',')
                    .filter_map(|q| q.parse::<i64>().ok())
                    .filter(|id| members[&t.id].contains(id))
                    .filter_map(|id| comments.get(&id))
                    .map(|c| listed(c, 320))
                    .collect(),
                references: mine.iter().map(|c| reference_of(c)).collect(),
            }
        })
        .filter(|v| v.size > 0)
        .collect();
    views.sort_by(|a, b| {
        b.confirmed
            .cmp(&a.confirmed)
            .then(b.size.cmp(&a.size))
            .then(a.id.cmp(&b.id))
    });
    Ok(views)
}

/// The desk's themes page of a scope: its themes, and its comments in none.
pub async fn page(
    db: &impl ConnectionTrait,
    slug: &str,
    code: &str,
    paragraph: Option<&str>,
) -> Result<ThemesPage, AppError> {
    let paper = any_paper(db, slug, code).await?;
    let themes = scope_themes(db, paper.id, paragraph).await?;
    let internal = themes.iter().any(|t| t.internal);
    let comments = scope_comments(db, paper.id, paragraph, internal).await?;
    // A member rejected or withdrawn since is no longer counted.
    let in_scope: BTreeSet<i64> = comments.iter().map(|c| c.id).collect();
    let views = theme_views(db, &themes, Some(&in_scope)).await?;
    let in_themes: BTreeSet<&String> = views.iter().flat_map(|v| &v.references).collect();
    let unthemed = comments
        .iter()
        .filter(|c| !in_themes.contains(&reference_of(c)))
        .map(|c| listed(c, 200))
        .collect();
    let paragraphs = paragraph::Entity::find()
        .inner_join(paper_version::Entity)
        .filter(paper_version::Column::PaperId.eq(paper.id))
        .filter(paper_version::Column::Version.eq(paper.current_version))
        .filter(paragraph::Column::Kind.ne(crate::domain::consultation::BlockKind::Heading))
        .order_by_asc(paragraph::Column::Position)
        .all(db)
        .await
        .or_internal()?
        .into_iter()
        .map(|p| p.number)
        .collect();
    Ok(ThemesPage {
        slug: slug.to_owned(),
        paper_code: paper.code,
        paper_title: paper.title,
        paragraph: paragraph.map(str::to_owned),
        paragraphs,
        internal,
        total: comments.len() as u64,
        themes: views,
        unthemed,
    })
}

/// The confirmed themes of these papers that a digest shows: those found among published
/// comments only, unless the digest is for internal use (`internal`), since the key terms
/// and first name of a theme found among pending comments are their words.
async fn confirmed(
    db: &impl ConnectionTrait,
    paper_ids: &[i64],
    internal: bool,
) -> Result<Vec<theme::Model>, AppError> {
    let mut query = theme::Entity::find()
        .filter(theme::Column::PaperId.is_in(paper_ids.iter().copied()))
        .filter(theme::Column::Confirmed.eq(true));
    if !internal {
        query = query.filter(theme::Column::Internal.eq(false));
    }
    query
        .order_by_asc(theme::Column::Id)
        .all(db)
        .await
        .or_internal()
}

/// A paper's confirmed themes (of the whole paper and of its paragraphs), counting only the
/// comments a digest lists: for the digests (`internal`: one for internal use).
pub async fn confirmed_for(
    db: &impl ConnectionTrait,
    paper_ids: &[i64],
    listed: &BTreeSet<i64>,
    internal: bool,
) -> Result<Vec<(i64, String, ThemeView)>, AppError> {
    let themes = confirmed(db, paper_ids, internal).await?;
    let scope: HashMap<i64, (i64, String)> = themes
        .iter()
        .map(|t| (t.id, (t.paper_id, t.paragraph.clone())))
        .collect();
    Ok(theme_views(db, &themes, Some(listed))
        .await?
        .into_iter()
        .map(|v| {
            let (paper, paragraph) = scope[&v.id].clone();
            (paper, paragraph, v)
        })
        .collect())
}

/// The names of the confirmed themes each comment of these papers is in, separated by
/// "; ", by comment: the digest CSV's `themes` column (`internal`: for internal use).
pub async fn confirmed_labels(
    db: &impl ConnectionTrait,
    paper_ids: &[i64],
    internal: bool,
) -> Result<HashMap<i64, String>, AppError> {
    let themes: HashMap<i64, String> = confirmed(db, paper_ids, internal)
        .await?
        .into_iter()
        .map(|t| (t.id, t.label))
        .collect();
    let mut labels: HashMap<i64, String> = HashMap::new();
    let ids: Vec<i64> = themes.keys().copied().collect();
    for (theme_id, members) in members_of(db, &ids).await? {
        for comment in members {
            let label = labels.entry(comment).or_default();
            if !label.is_empty() {
                label.push_str("; ");
            }
            label.push_str(&themes[&theme_id]);
        }
    }
    Ok(labels)
}
