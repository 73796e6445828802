//! Sections on paragraphs of an earlier version than their paper's current one: which
//! version, and where their comments are read now (the paragraph that continues the text,
//! or none when it was removed), traced as the paper page traces them.

use super::rows::Rows;
use crate::backend::entities::paragraph;
use crate::backend::{OrInternal, versions};
use crate::domain::AppError;
use crate::domain::digest::{DigestSection, EarlierPlace};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::HashMap;

/// Marks the sections (with their paragraph's id) whose paragraph is not of the current
/// version. Papers with one version cost no query.
pub(super) async fn mark(
    db: &impl ConnectionTrait,
    rows: &Rows,
    sections: &mut [(Option<i64>, DigestSection)],
) -> Result<(), AppError> {
    let mut lineages = HashMap::new();
    for paper in rows
        .selection()
        .papers
        .iter()
        .filter(|p| p.current_version > 1)
    {
        let lineage = versions::lineage(db, paper.id, paper.current_version).await?;
        lineages.insert(paper.code.clone(), lineage);
    }
    if lineages.is_empty() {
        return Ok(());
    }
    // Each earlier paragraph: its version's number and the paragraph it continues in.
    let mut found = Vec::new();
    for (id, section) in sections.iter() {
        let (Some(id), Some(lineage)) = (id, lineages.get(&section.paper_code)) else {
            continue;
        };
        let Some(version_id) = rows.version_of(*id) else {
            continue;
        };
        let Some(&(current, _)) = lineage.versions.first() else {
            continue;
        };
        if version_id == current {
            continue;
        }
        let version = lineage
            .versions
            .iter()
            .find(|(v, _)| *v == version_id)
            .map_or(0, |(_, n)| *n);
        let now = lineage.carried.get(id).and_then(|to| to.first()).copied();
        found.push((*id, version, now));
    }
    let numbers: HashMap<i64, String> = if found.iter().any(|(_, _, now)| now.is_some()) {
        paragraph::Entity::find()
            .filter(paragraph::Column::Id.is_in(found.iter().filter_map(|(_, _, now)| *now)))
            .all(db)
            .await
            .or_internal()?
            .into_iter()
            .map(|p| (p.id, p.number))
            .collect()
    } else {
        HashMap::new()
    };
    let places: HashMap<i64, EarlierPlace> = found
        .into_iter()
        .map(|(id, version, now)| {
            let now = now.and_then(|n| numbers.get(&n).cloned());
            (id, EarlierPlace { version, now })
        })
        .collect();
    for (id, section) in sections.iter_mut() {
        section.earlier = id.and_then(|id| places.get(&id).cloned());
    }
    Ok(())
}
