//! Mail delivered to a real SMTP server (maildev, started by `scripts/test.sh`, which sets
//! `CONSULT_TEST_SMTP` and `CONSULT_TEST_MAILDEV`) and read back over its API: a message
//! arrives multipart, in its language, with its links made absolute and its one-click
//! `List-Unsubscribe`; two senders on one database deliver each message once; an SMTP
//! server that is down is retried with backoff, and everything arrives once it is up.
//! Without those variables the tests say so and pass (`cargo test` alone has no server).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test set-up fails the test when it fails"
)]

use app::backend::db;
use app::backend::entities::outbox;
use app::backend::mail::sender::deliver_due;
use app::backend::mail::transport::{Transport, TransportConfig};
use app::backend::mail::{self, Letter, MailConfig};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::Value;

struct Maildev {
    smtp: String,
    api: String,
}

fn maildev() -> Option<Maildev> {
    match (
        std::env::var("CONSULT_TEST_SMTP"),
        std::env::var("CONSULT_TEST_MAILDEV"),
    ) {
        (Ok(smtp), Ok(api)) if !smtp.is_empty() && !api.is_empty() => Some(Maildev { smtp, api }),
        _ => {
            eprintln!(
                "CONSULT_TEST_SMTP / CONSULT_TEST_MAILDEV unset: no SMTP server to test against"
            );
            None
        }
    }
}

/// The messages maildev holds for `to`.
async fn received(api: &str, to: &str) -> Vec<Value> {
    let body = reqwest::get(format!("{api}/email"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let all: Vec<Value> = serde_json::from_str(&body).unwrap();
    all.into_iter()
        .filter(|m| {
            m["to"]
                .as_array()
                .is_some_and(|to_| to_.iter().any(|t| t["address"] == to))
        })
        .collect()
}

fn letter(to: &str, n: usize) -> Letter {
    Letter {
        kind: "test",
        to: to.to_owned(),
        language: "fr".into(),
        subject: format!("Message {n}"),
        text: format!("Bonjour,\n\nVoir {}/my/comments/{n}\n", mail::SITE),
        html: format!(
            "<p>Bonjour</p><p><a href=\"{}/my/comments/{n}\">voir</a></p>",
            mail::SITE
        ),
        unsubscribe: Some(format!("{}/notices/off?token=abc{n}", mail::SITE)),
    }
}

fn config(smtp: &str) -> MailConfig {
    MailConfig {
        from: "Consult <consult@test.example>".into(),
        site_url: "https://consult.test".into(),
        transport: TransportConfig::Smtp(smtp.to_owned()),
    }
}

fn unique(prefix: &str) -> String {
    format!("{prefix}-{:x}@example.org", rand::random::<u64>())
}

async fn unsent(db: &DatabaseConnection) -> usize {
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .all(db)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_message_arrives_multipart_in_its_language_with_its_links_and_unsubscribe() {
    let Some(dev) = maildev() else { return };
    let db = db::scratch().await.unwrap();
    let to = unique("arrives");
    mail::put(&db, vec![letter(&to, 1)]).await.unwrap();
    let config = config(&dev.smtp);
    let transport = Transport::new(&config.transport).unwrap();
    assert_eq!(
        deliver_due(&db, &transport, &config, "one").await.unwrap(),
        1
    );
    assert_eq!(unsent(&db).await, 0);

    let got = received(&dev.api, &to).await;
    assert_eq!(got.len(), 1, "{got:?}");
    let m = &got[0];
    assert_eq!(m["subject"], "Message 1");
    assert!(
        m["text"]
            .as_str()
            .unwrap()
            .contains("https://consult.test/my/comments/1")
    );
    assert!(
        m["html"]
            .as_str()
            .unwrap()
            .contains("https://consult.test/my/comments/1")
    );
    assert_eq!(m["headers"]["content-language"], "fr");
    assert_eq!(
        m["headers"]["list-unsubscribe"],
        "<https://consult.test/notices/off?token=abc1>"
    );
    assert_eq!(
        m["headers"]["list-unsubscribe-post"],
        "List-Unsubscribe=One-Click"
    );
    assert!(
        m["headers"]["content-type"]
            .as_str()
            .unwrap()
            .starts_with("multipart/alternative"),
        "{}",
        m["headers"]["content-type"]
    );
}

#[tokio::test]
async fn two_senders_on_one_database_deliver_each_message_once() {
    let Some(dev) = maildev() else { return };
    let db = db::scratch().await.unwrap();
    let to = unique("twice");
    let letters = (0..40).map(|n| letter(&to, n)).collect();
    mail::put(&db, letters).await.unwrap();
    let config = config(&dev.smtp);
    let run = |claim: &'static str| {
        let db = db.clone();
        let config = config.clone();
        async move {
            let transport = Transport::new(&config.transport).unwrap();
            let mut sent = 0;
            loop {
                let n = deliver_due(&db, &transport, &config, claim).await.unwrap();
                if n == 0 {
                    break;
                }
                sent += n;
            }
            sent
        }
    };
    let (a, b) = tokio::join!(run("process-a"), run("process-b"));
    assert_eq!(a + b, 40, "each message handled once ({a} + {b})");
    assert_eq!(unsent(&db).await, 0);
    let got = received(&dev.api, &to).await;
    let mut subjects: Vec<String> = got
        .iter()
        .map(|m| m["subject"].as_str().unwrap().to_owned())
        .collect();
    subjects.sort();
    let before = subjects.len();
    subjects.dedup();
    assert_eq!(before, 40, "forty messages arrived");
    assert_eq!(subjects.len(), 40, "none twice");
}

/// A TCP relay on `port` to the SMTP server, once it is started: until then the port is
/// closed, as a server that is down.
async fn relay(port: u16, to: String) {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap();
    tokio::spawn(async move {
        while let Ok((mut inbound, _)) = listener.accept().await {
            let to = to.clone();
            tokio::spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(to).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
}

#[tokio::test]
async fn an_smtp_server_down_for_a_while_gets_everything_once_it_is_up() {
    let Some(dev) = maildev() else { return };
    let db = db::scratch().await.unwrap();
    let to = unique("down");
    mail::put(&db, (0..3).map(|n| letter(&to, n)).collect())
        .await
        .unwrap();
    // A port nothing listens on yet.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = config(&format!("smtp://127.0.0.1:{port}"));
    let transport = Transport::new(&config.transport).unwrap();
    assert_eq!(deliver_due(&db, &transport, &config, "p").await.unwrap(), 3);
    let waiting = outbox::Entity::find().all(&db).await.unwrap();
    assert!(
        waiting
            .iter()
            .all(|m| m.sent_at.is_none() && m.failed_at.is_none())
    );
    assert!(waiting.iter().all(|m| m.attempts == 1));
    assert!(
        waiting
            .iter()
            .all(|m| m.next_attempt_at > app::backend::now()),
        "tried again later, not at once"
    );
    assert_eq!(
        deliver_due(&db, &transport, &config, "p").await.unwrap(),
        0,
        "nothing is due before its wait"
    );

    // An hour later the server is up again.
    outbox::Entity::update_many()
        .col_expr(outbox::Column::NextAttemptAt, app::backend::now().into())
        .exec(&db)
        .await
        .unwrap();
    let smtp_address = dev.smtp.trim_start_matches("smtp://").to_owned();
    relay(port, smtp_address).await;
    assert_eq!(deliver_due(&db, &transport, &config, "p").await.unwrap(), 3);
    assert_eq!(unsent(&db).await, 0);
    assert_eq!(received(&dev.api, &to).await.len(), 3);
    assert_eq!(deliver_due(&db, &transport, &config, "p").await.unwrap(), 0);
}

#[test]
fn the_wait_doubles_from_fifteen_seconds_to_an_hour() {
    use app::backend::mail::sender::backoff;
    use std::time::Duration;
    assert_eq!(backoff(1), Duration::from_secs(15));
    assert_eq!(backoff(2), Duration::from_secs(30));
    assert_eq!(backoff(5), Duration::from_secs(240));
    assert_eq!(backoff(9), Duration::from_secs(3600));
    assert_eq!(backoff(50), Duration::from_secs(3600));
}
