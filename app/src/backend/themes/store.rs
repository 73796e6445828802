//! Themes kept: the analysis run on a scope's comments and its themes written; the
//! secretariat's renaming, confirming, merging, splitting and moving of comments.
//!
//! A scope is a paper, or one paragraph number of it (the comments on that number, in any
//! version). Re-running keeps the confirmed themes, places the scope's other comments in
//! them when they fit (as the analysis would: at least [`FIT`] of the theme's median
//! similarity), and proposes new themes among the rest.

use super::analysis::{Comment, FIT, Found, analyse, fit_to};
use crate::backend::entities::{
    campaign_member, comment, paper_version, paragraph, theme, theme_member,
};
use crate::backend::lookups::campaigns_of;
use crate::backend::{OrInternal, now};
use crate::domain::AppError;
use crate::domain::comment::CommentStatus;
use crate::domain::error::{Field, Problem};
use crate::domain::user_text::excerpt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, TransactionSession, TransactionTrait,
};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The comments a scope holds, oldest first: published ones, or (`internal`) every one
/// not rejected or withdrawn.
pub(super) async fn scope_comments(
    db: &impl ConnectionTrait,
    paper_id: i64,
    paragraph: Option<&str>,
    internal: bool,
) -> Result<Vec<comment::Model>, AppError> {
    scope_query(db, paper_id, paragraph, internal)
        .await?
        .order_by_asc(comment::Column::Id)
        .all(db)
        .await
        .or_internal()
}

/// The query of a scope's comments (see [`scope_comments`]).
async fn scope_query(
    db: &impl ConnectionTrait,
    paper_id: i64,
    paragraph: Option<&str>,
    internal: bool,
) -> Result<sea_orm::Select<comment::Entity>, AppError> {
    let statuses = if internal {
        vec![CommentStatus::Published, CommentStatus::Pending]
    } else {
        vec![CommentStatus::Published]
    };
    let mut query = comment::Entity::find()
        .filter(comment::Column::PaperId.eq(paper_id))
        .filter(comment::Column::Status.is_in(statuses));
    if let Some(number) = paragraph {
        let versions = paper_version::Entity::find()
            .select_only()
            .column(paper_version::Column::Id)
            .filter(paper_version::Column::PaperId.eq(paper_id))
            .into_tuple::<i64>()
            .all(db)
            .await
            .or_internal()?;
        let paragraphs = paragraph::Entity::find()
            .select_only()
            .column(paragraph::Column::Id)
            .filter(paragraph::Column::VersionId.is_in(versions))
            .filter(paragraph::Column::Number.eq(number))
            .into_tuple::<i64>()
            .all(db)
            .await
            .or_internal()?;
        query = query.filter(comment::Column::ParagraphId.is_in(paragraphs));
    }
    Ok(query)
}

/// The themes of a scope, in their order (confirmed first, then largest).
pub(super) async fn scope_themes(
    db: &impl ConnectionTrait,
    paper_id: i64,
    paragraph: Option<&str>,
) -> Result<Vec<theme::Model>, AppError> {
    theme::Entity::find()
        .filter(theme::Column::PaperId.eq(paper_id))
        .filter(theme::Column::Paragraph.eq(paragraph.unwrap_or("")))
        .order_by_asc(theme::Column::Id)
        .all(db)
        .await
        .or_internal()
}

/// The members of these themes, by theme, in comment order.
pub(super) async fn members_of(
    db: &impl ConnectionTrait,
    themes: &[i64],
) -> Result<BTreeMap<i64, Vec<i64>>, AppError> {
    let mut members: BTreeMap<i64, Vec<i64>> = themes.iter().map(|&t| (t, Vec::new())).collect();
    for m in theme_member::Entity::find()
        .filter(theme_member::Column::ThemeId.is_in(themes.iter().copied()))
        .order_by_asc(theme_member::Column::CommentId)
        .all(db)
        .await
        .or_internal()?
    {
        members.entry(m.theme_id).or_default().push(m.comment_id);
    }
    Ok(members)
}

/// The campaign of each of these comments that is in one.
pub(super) async fn campaigns_by_comment(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, i64>, AppError> {
    let ids: Vec<i64> = ids.into_iter().collect();
    let mut campaigns = HashMap::new();
    for part in ids.chunks(IDS_PER_STATEMENT) {
        campaigns.extend(
            campaigns_of(
                db,
                campaign_member::Entity::find()
                    .filter(campaign_member::Column::CommentId.is_in(part.iter().copied())),
            )
            .await?,
        );
    }
    Ok(campaigns)
}

/// PostgreSQL takes at most 65,535 parameters in a statement: lists of ids go in parts.
pub(super) const IDS_PER_STATEMENT: usize = 30_000;

/// Comments as the analysis reads them.
fn inputs<'a>(comments: &'a [comment::Model], campaigns: &HashMap<i64, i64>) -> Vec<Comment<'a>> {
    comments
        .iter()
        .map(|c| Comment {
            text: &c.body,
            language: c.language.as_deref().unwrap_or(""),
            campaign: campaigns.get(&c.id).copied(),
        })
        .collect()
}

/// What a run did: themes kept and comments placed in them, themes proposed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ran {
    pub kept: usize,
    pub placed: usize,
    pub proposed: usize,
    pub unthemed: usize,
}

/// Runs the analysis on a scope: the unconfirmed themes are replaced, the confirmed ones
/// kept and given the comments that fit them, new themes proposed among the rest.
pub async fn run<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    paper_id: i64,
    paragraph: Option<&str>,
    internal: bool,
) -> Result<Ran, AppError> {
    let comments = scope_comments(db, paper_id, paragraph, internal).await?;
    let campaigns = campaigns_by_comment(db, comments.iter().map(|c| c.id)).await?;
    let input = inputs(&comments, &campaigns);
    let index: HashMap<i64, usize> = comments
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id, i))
        .collect();
    let confirmed: Vec<theme::Model> = scope_themes(db, paper_id, paragraph)
        .await?
        .into_iter()
        .filter(|t| t.confirmed)
        .collect();
    let kept_members = members_of(db, &confirmed.iter().map(|t| t.id).collect::<Vec<_>>()).await?;
    let in_confirmed: BTreeSet<usize> = kept_members
        .values()
        .flatten()
        .filter_map(|id| index.get(id).copied())
        .collect();
    let others: Vec<usize> = (0..comments.len())
        .filter(|i| !in_confirmed.contains(i))
        .collect();
    let groups: Vec<Vec<usize>> = confirmed
        .iter()
        .map(|t| {
            kept_members[&t.id]
                .iter()
                .filter_map(|id| index.get(id).copied())
                .collect()
        })
        .collect();
    let placed = fit_to(&input, &groups, &others, FIT);
    let remaining: Vec<usize> = others
        .iter()
        .zip(&placed)
        .filter(|(_, p)| p.is_none())
        .map(|(i, _)| *i)
        .collect();
    let rest: Vec<Comment> = remaining
        .iter()
        .map(|&i| Comment {
            text: input[i].text,
            language: input[i].language,
            campaign: input[i].campaign,
        })
        .collect();
    let analysis = analyse(&rest, None);

    let txn = crate::backend::write_transaction(db).await?;
    theme::Entity::delete_many()
        .filter(theme::Column::PaperId.eq(paper_id))
        .filter(theme::Column::Paragraph.eq(paragraph.unwrap_or("")))
        .filter(theme::Column::Confirmed.eq(false))
        .exec(&txn)
        .await
        .or_internal()?;
    let mut into_confirmed: BTreeMap<usize, Vec<i64>> = BTreeMap::new();
    for (&i, p) in others.iter().zip(&placed) {
        if let Some(g) = p {
            into_confirmed.entry(*g).or_default().push(comments[i].id);
        }
    }
    for (g, ids) in into_confirmed {
        insert_members(&txn, confirmed[g].id, &ids).await?;
    }
    let unthemed = analysis.unthemed.len();
    let id_of = |m: usize| comments[remaining[m]].id;
    for found in &analysis.themes {
        let model = propose(
            &txn,
            paper_id,
            paragraph.unwrap_or(""),
            internal,
            found,
            id_of,
        )
        .await?;
        let ids: Vec<i64> = found.members.iter().map(|&m| id_of(m)).collect();
        insert_members(&txn, model.id, &ids).await?;
    }
    txn.commit().await.or_internal()?;
    Ok(Ran {
        kept: confirmed.len(),
        placed: placed.iter().flatten().count(),
        proposed: analysis.themes.len(),
        unthemed,
    })
}

/// A theme of the scope, or not found.
async fn scoped(
    db: &impl ConnectionTrait,
    paper_id: i64,
    id: i64,
) -> Result<theme::Model, AppError> {
    theme::Entity::find_by_id(id)
        .one(db)
        .await
        .or_internal()?
        .filter(|t| t.paper_id == paper_id)
        .ok_or(AppError::NotFound)
}

/// Names a theme (a line of 1 to 190 characters).
pub async fn rename(
    db: &impl ConnectionTrait,
    paper_id: i64,
    id: i64,
    label: &str,
) -> Result<(), AppError> {
    let label = crate::domain::validation::validate_line(label, 190)
        .map_err(|p| AppError::validation(Field::Title, p))?;
    if label.is_empty() {
        return Err(AppError::validation(Field::Title, Problem::Required));
    }
    let mut model: theme::ActiveModel = scoped(db, paper_id, id).await?.into();
    model.label = Set(label);
    model.updated_at = Set(now());
    model.update(db).await.or_internal()?;
    Ok(())
}

/// Confirms a theme (a re-run keeps it), or takes the confirmation back.
pub async fn confirm(
    db: &impl ConnectionTrait,
    paper_id: i64,
    id: i64,
    confirmed: bool,
) -> Result<(), AppError> {
    let mut model: theme::ActiveModel = scoped(db, paper_id, id).await?.into();
    model.confirmed = Set(confirmed);
    model.updated_at = Set(now());
    model.update(db).await.or_internal()?;
    Ok(())
}

/// Merges theme `from` into theme `into` (of the same scope): its comments move, its
/// quotes follow, and it is removed.
pub async fn merge<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    paper_id: i64,
    into: i64,
    from: i64,
) -> Result<(), AppError> {
    let target = scoped(db, paper_id, into).await?;
    let source = scoped(db, paper_id, from).await?;
    if into == from || target.paragraph != source.paragraph {
        return Err(AppError::validation(Field::Form, Problem::UnknownChoice));
    }
    let txn = crate::backend::write_transaction(db).await?;
    let moving = members_of(&txn, &[from])
        .await?
        .remove(&from)
        .unwrap_or_default();
    theme::Entity::delete_by_id(from)
        .exec(&txn)
        .await
        .or_internal()?;
    insert_members(&txn, into, &moving).await?;
    let quotes: Vec<String> = target
        .quotes
        .split(',')
        .chain(source.quotes.split(','))
        .filter(|q| !q.is_empty())
        .take(3)
        .map(str::to_owned)
        .collect();
    let internal = target.internal || source.internal;
    let mut model: theme::ActiveModel = target.into();
    model.quotes = Set(quotes.join(","));
    model.internal = Set(internal);
    model.updated_at = Set(now());
    model.update(&txn).await.or_internal()?;
    txn.commit().await.or_internal()
}

/// What the analysis found of a theme, as stored: its first name and its key terms (both
/// its terms, shortened to their columns), and its quotes' ids (`id_of` an index of the
/// analysis's input).
fn described(found: &Found, id_of: impl Fn(usize) -> i64) -> (String, String, String) {
    let terms = found.key_terms.join(", ");
    let quotes: Vec<String> = found.quotes.iter().map(|&q| id_of(q).to_string()).collect();
    (excerpt(&terms, 190), excerpt(&terms, 390), quotes.join(","))
}

/// A theme the analysis proposes, written unconfirmed (its comments are added after).
async fn propose(
    db: &impl ConnectionTrait,
    paper_id: i64,
    paragraph: &str,
    internal: bool,
    found: &Found,
    id_of: impl Fn(usize) -> i64,
) -> Result<theme::Model, AppError> {
    let (label, key_terms, quotes) = described(found, id_of);
    theme::ActiveModel {
        paper_id: Set(paper_id),
        paragraph: Set(paragraph.to_owned()),
        label: Set(label),
        key_terms: Set(key_terms),
        quotes: Set(quotes),
        confirmed: Set(false),
        internal: Set(internal),
        updated_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .or_internal()
}

async fn insert_members(
    db: &impl ConnectionTrait,
    theme_id: i64,
    comments: &[i64],
) -> Result<(), AppError> {
    for chunk in comments.chunks(4096) {
        theme_member::Entity::insert_many(chunk.iter().map(|&comment_id| {
            theme_member::ActiveModel {
                theme_id: Set(theme_id),
                comment_id: Set(comment_id),
            }
        }))
        .exec(db)
        .await
        .or_internal()?;
    }
    Ok(())
}

/// Splits a theme in two by the analysis (two themes among its comments): it keeps the
/// first, a new unconfirmed theme takes the second. Refused when its comments do not part.
pub async fn split<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    paper_id: i64,
    id: i64,
) -> Result<(), AppError> {
    let theme = scoped(db, paper_id, id).await?;
    let members = members_of(db, &[id]).await?.remove(&id).unwrap_or_default();
    let mut comments = Vec::with_capacity(members.len());
    for part in members.chunks(IDS_PER_STATEMENT) {
        comments.extend(
            comment::Entity::find()
                .filter(comment::Column::Id.is_in(part.iter().copied()))
                .all(db)
                .await
                .or_internal()?,
        );
    }
    comments.sort_by_key(|c| c.id);
    let campaigns = campaigns_by_comment(db, members).await?;
    let input = inputs(&comments, &campaigns);
    let mut parts = analyse(&input, Some(2)).themes;
    if parts.len() < 2 {
        return Err(AppError::validation(Field::Form, Problem::NotAllowedNow));
    }
    // The part with the theme's first comment stays; every other comment goes.
    parts.sort_by_key(|p| p.members.iter().min().copied());
    let staying: BTreeSet<usize> = parts[0].members.iter().copied().collect();
    let going: Vec<i64> = (0..comments.len())
        .filter(|i| !staying.contains(i))
        .map(|i| comments[i].id)
        .collect();
    let txn = crate::backend::write_transaction(db).await?;
    for part in going.chunks(IDS_PER_STATEMENT) {
        theme_member::Entity::delete_many()
            .filter(theme_member::Column::ThemeId.eq(id))
            .filter(theme_member::Column::CommentId.is_in(part.iter().copied()))
            .exec(&txn)
            .await
            .or_internal()?;
    }
    let new = propose(
        &txn,
        paper_id,
        &theme.paragraph,
        theme.internal,
        &parts[1],
        |q| comments[q].id,
    )
    .await?;
    insert_members(&txn, new.id, &going).await?;
    let (_, staying_terms, staying_quotes) = described(&parts[0], |q| comments[q].id);
    let mut model: theme::ActiveModel = theme.into();
    model.quotes = Set(staying_quotes);
    model.key_terms = Set(staying_terms);
    model.updated_at = Set(now());
    model.update(&txn).await.or_internal()?;
    txn.commit().await.or_internal()
}

/// Moves a comment (by its reference) into a theme of the scope, or (`to: None`) out of
/// the scope's themes.
pub async fn move_comment<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    paper_id: i64,
    paragraph: Option<&str>,
    reference: &str,
    to: Option<i64>,
) -> Result<(), AppError> {
    let unknown = || AppError::validation(Field::Form, Problem::UnknownChoice);
    let (_, id) = crate::domain::comment::id_from_reference(reference).ok_or_else(unknown)?;
    let themes = scope_themes(db, paper_id, paragraph).await?;
    if let Some(to) = to
        && !themes.iter().any(|t| t.id == to)
    {
        return Err(AppError::NotFound);
    }
    // Of the scope (its paper, and its paragraph if it has one), and not rejected or
    // withdrawn.
    let in_scope = scope_query(db, paper_id, paragraph, true)
        .await?
        .filter(comment::Column::Id.eq(id))
        .count(db)
        .await
        .or_internal()?
        > 0;
    if !in_scope {
        return Err(unknown());
    }
    let txn = crate::backend::write_transaction(db).await?;
    theme_member::Entity::delete_many()
        .filter(theme_member::Column::CommentId.eq(id))
        .filter(theme_member::Column::ThemeId.is_in(themes.iter().map(|t| t.id)))
        .exec(&txn)
        .await
        .or_internal()?;
    if let Some(to) = to {
        insert_members(&txn, to, &[id]).await?;
    }
    txn.commit().await.or_internal()
}
