//! Filling the database: the demo, synthetic published comments, and signed-in stakeholders.

use crate::PASSWORD;
use app::backend::{demo, digest};
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection};
use std::time::Instant;

/// Seeds the demo and tops the comments up to `target`, in one INSERT … SELECT per engine.
pub(crate) async fn fill(db: &DatabaseConnection, target: u64) -> Result<(), String> {
    let err = |e: sea_orm::DbErr| e.to_string();
    demo::seed(db, PASSWORD)
        .await
        .map_err(|e| format!("{e}: {e:?}"))?;
    let have = u64::try_from(count_comments(db).await?).unwrap_or_default();
    if have < target {
        let started = Instant::now();
        let missing = target - have;
        let backend = db.get_database_backend();
        let at = match backend {
            DatabaseBackend::Postgres => "now() - (n.i % 100000) * interval '1 second'",
            _ => "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (n.i % 100000) || ' seconds')",
        };
        // Every paragraph of the current versions, numbered from 0.
        let targets = "SELECT ROW_NUMBER() OVER (ORDER BY p.id) - 1 AS k, w.id AS paper_id, \
             p.version_id, p.id AS paragraph_id \
             FROM paragraphs p JOIN paper_versions v ON v.id = p.version_id \
             JOIN working_papers w ON w.id = v.paper_id AND w.current_version = v.version \
             WHERE p.kind <> 'heading'";
        let sql = format!(
            "INSERT INTO comments (paper_id, version_id, paragraph_id, author_id, body, consent, \
               author_name, author_group, author_country, author_region, author_organisation, \
               author_capacity, status, late, submitted_at, updated_at, published_at) \
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {missing}), \
               t AS ({targets}), \
               a AS (SELECT ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, id, display_name, \
                       stakeholder_group, country, organisation FROM users WHERE role = 'stakeholder') \
             SELECT t.paper_id, t.version_id, t.paragraph_id, a.id, \
               'Synthetic comment ' || n.i || ': the Working Group should describe how the \
                 oversight of critical Internet resources can be shared among all stakeholders \
                 on an equal footing, with transparency, accountability and a clear role for \
                 developing countries.', \
               CASE n.i % 3 WHEN 0 THEN 'name_and_organisation' WHEN 1 THEN 'organisation_only' \
                 ELSE 'anonymous' END, \
               a.display_name, a.stakeholder_group, a.country, \
               CASE a.country WHEN 'AR' THEN 'americas' WHEN 'US' THEN 'americas' \
                 WHEN 'SN' THEN 'africa' WHEN 'IN' THEN 'asia' ELSE 'europe' END, \
               a.organisation, 'organisation', 'published', false, {at}, {at}, {at} \
             FROM n JOIN t ON t.k = n.i % (SELECT COUNT(*) FROM t) \
               JOIN a ON a.k = n.i % (SELECT COUNT(*) FROM a)"
        );
        db.execute_unprepared(&sql).await.map_err(err)?;
        // A public tag on every third new comment.
        db.execute_unprepared(&format!(
            "INSERT INTO comment_tags (comment_id, tag_id) \
             SELECT c.id, (SELECT MIN(id) FROM tags) + c.id % 18 FROM comments c \
             WHERE c.id % 3 = 0 AND c.id > (SELECT MAX(id) FROM comments) - {missing}"
        ))
        .await
        .map_err(err)?;
        // Stored as placed already, in no campaign (an empty signature is like none), so
        // that the server's campaign placer has nothing to catch up with.
        db.execute_unprepared(&format!(
            "INSERT INTO comment_signatures (comment_id, signature) \
             SELECT c.id, '' FROM comments c WHERE c.id > (SELECT MAX(id) FROM comments) - {missing}"
        ))
        .await
        .map_err(err)?;
        // Stored without moderation: the paragraph counts are made from the rows.
        app::backend::paragraph_counts::recount(db)
            .await
            .map_err(|e| format!("{e}: {e:?}"))?;
        // The planner's statistics are refreshed by the server started next, as at any start.
        println!(
            "filled: {missing} comments in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    println!("stored: {} comments", count_comments(db).await?);
    digest::set_public(db, demo::CONSULTATION_SLUG, 1, true)
        .await
        .map_err(|e| format!("{e}: {e:?}"))?;
    Ok(())
}

pub(crate) async fn count_comments(db: &DatabaseConnection) -> Result<i64, String> {
    db.query_one_raw(sea_orm::Statement::from_string(
        db.get_database_backend(),
        "SELECT COUNT(*) AS n FROM comments",
    ))
    .await
    .map_err(|e| e.to_string())?
    .and_then(|row| row.try_get::<i64>("", "n").ok())
    .ok_or_else(|| "cannot count the comments".to_owned())
}

/// `clients` stakeholder accounts (made when missing), each with a fresh session: their
/// cookies.
pub(crate) async fn signed_in(
    db: &DatabaseConnection,
    clients: usize,
) -> Result<Vec<String>, String> {
    let mut cookies = Vec::with_capacity(clients);
    for n in 0..clients {
        let account = app::backend::accounts::NewAccount {
            email: format!("bench-{n}@bench.consult.example"),
            password: PASSWORD.to_owned(),
            display_name: format!("Bench participant {n}"),
            stakeholder_group: app::domain::StakeholderGroup::ALL[n % 5],
            country: ["BR", "SN", "IN", "DE", "US"][n % 5].to_owned(),
            organisation: None,
            role: app::domain::Role::Stakeholder,
        };
        cookies.push(session_of(db, account).await?);
    }
    Ok(cookies)
}

/// A secretariat account's fresh session (made when missing): the desk's cookie.
pub(crate) async fn secretariat_session(db: &DatabaseConnection) -> Result<String, String> {
    let account = app::backend::accounts::NewAccount {
        email: "desk@bench.consult.example".to_owned(),
        password: PASSWORD.to_owned(),
        display_name: "Bench secretariat".to_owned(),
        stakeholder_group: app::domain::StakeholderGroup::Intergovernmental,
        country: "CH".to_owned(),
        organisation: None,
        role: app::domain::Role::Secretariat,
    };
    session_of(db, account).await
}

/// A fresh session of `account` (made when missing): its cookie.
async fn session_of(
    db: &DatabaseConnection,
    account: app::backend::accounts::NewAccount,
) -> Result<String, String> {
    use app::backend::{accounts, sessions};
    let err = |e: app::domain::AppError| format!("{e}: {e:?}");
    let id = match accounts::find_by_email(db, &account.email)
        .await
        .map_err(err)?
    {
        Some(user) => user.id,
        None => accounts::create_account(db, account).await.map_err(err)?.id,
    };
    let token = sessions::create(db, id).await.map_err(err)?;
    Ok(format!("{}={token}", sessions::SESSION_COOKIE))
}

/// A comment of twenty words drawn from a vocabulary, different for every `seed`, so that
/// submissions are as varied as people's own words (not one campaign).
pub(crate) fn comment_text(seed: u64) -> String {
    const WORDS: [&str; 48] = [
        "root",
        "zone",
        "oversight",
        "governments",
        "technical",
        "community",
        "developing",
        "countries",
        "participation",
        "meetings",
        "policy",
        "multilingual",
        "domain",
        "names",
        "users",
        "servers",
        "spam",
        "providers",
        "bandwidth",
        "costs",
        "forum",
        "documents",
        "stakeholders",
        "privacy",
        "law",
        "report",
        "differences",
        "security",
        "stability",
        "interconnection",
        "capacity",
        "building",
        "access",
        "infrastructure",
        "standards",
        "openness",
        "accountability",
        "transparency",
        "cooperation",
        "regional",
        "registries",
        "addresses",
        "allocation",
        "cybercrime",
        "consumers",
        "rights",
        "education",
        "trust",
    ];
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut words = Vec::with_capacity(20);
    for _ in 0..20 {
        // xorshift64: enough to vary the words.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        words.push(WORDS[(state % WORDS.len() as u64) as usize]);
    }
    let mut text = words.join(" ");
    // Made of ASCII words: the first byte is a whole character.
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text.push('.');
    text
}
