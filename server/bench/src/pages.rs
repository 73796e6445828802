//! Single downloads: the whole digest, and the weight of a first page load.

use crate::server::Server;
use app::backend::demo;
use std::time::Instant;

/// Downloads the digest, plain or compressed as a browser asks for it (`br`).
pub(crate) async fn digest_csv(server: &Server, compressed: bool) -> Result<(), String> {
    let (rss_before, _) = server.memory();
    let started = Instant::now();
    let mut request = server
        .http
        .get(server.url(&format!("/digests/{}/all.csv", demo::CONSULTATION_SLUG)));
    if !compressed {
        // Otherwise the client asks for gzip and br and decompresses as it reads.
        request = request.header("accept-encoding", "identity");
    }
    let mut response = request.send().await.map_err(|e| e.to_string())?;
    if !response.status().is_success() {
        return Err(format!("digest download answered {}", response.status()));
    }
    let announced = response
        .headers()
        .get("x-digest-comments")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("?")
        .to_owned();
    let first_byte = started.elapsed();
    let mut bytes = 0_usize;
    let mut counter = app::domain::digest::RecordCounter::default();
    while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
        bytes += chunk.len();
        counter.feed(&chunk);
    }
    let elapsed = started.elapsed();
    let (_, peak) = server.memory();
    println!(
        "digest csv{}: {} rows ({announced} announced), {:.1} MB in {:.2} s \
         (first byte after {:.2} s); server memory {rss_before:.0} MiB before, peak {peak:.0} MiB",
        if compressed { " (br)" } else { "" },
        counter.records.saturating_sub(1),
        bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        first_byte.as_secs_f64(),
    );
    Ok(())
}

/// The first load of every page a visitor or a stakeholder uses, and of the desk: the HTML
/// and every stylesheet, script and WASM file it names, each as a browser asks for it
/// (`br`, `gzip`), counted as sent on the wire. `cookie` is a stakeholder's session, `desk`
/// a secretariat member's.
pub(crate) async fn weight(server: &Server, cookie: &str, desk: &str) -> Result<(), String> {
    let slug = demo::CONSULTATION_SLUG;
    // A comment of the stakeholder's, for its receipt and its edit page.
    let sent = server
        .http
        .post(server.url("/api/submit_comment"))
        .header("cookie", cookie)
        .form(&[
            ("slug", slug),
            ("code", "WP-ROOT"),
            ("paragraph", "2.1"),
            (
                "body",
                "A comment of the weight scenario, to weigh its receipt.",
            ),
            ("consent", "name_and_organisation"),
        ])
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let receipt = sent
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .map(|l| l.split('?').next().unwrap_or(l).to_owned())
        .ok_or_else(|| {
            format!(
                "the comment was answered {} without a receipt",
                sent.status()
            )
        })?;
    let visitor = demo::visitor_pages();
    let stakeholder = demo::stakeholder_pages(&receipt);
    let secretariat = ["/desk".to_owned(), "/desk/consultations".to_owned()];
    let mut over = Vec::new();
    let pages = visitor
        .iter()
        .map(|p| (p, None, "visitor"))
        .chain(stakeholder.iter().map(|p| (p, Some(cookie), "stakeholder")))
        .chain(secretariat.iter().map(|p| (p, Some(desk), "secretariat")));
    for (page, session, who) in pages {
        let bytes = first_load(server, page, session).await?;
        println!(
            "weight: {page} ({who}): {:.1} KB on a first load, compressed",
            bytes as f64 / 1000.0
        );
        if bytes >= demo::PAGE_BUDGET && !page.starts_with("/desk") {
            over.push(page.clone());
        }
    }
    if over.is_empty() {
        println!(
            "weight: every visitor's and stakeholder's page under {} KB",
            demo::PAGE_BUDGET / 1000
        );
    } else {
        println!(
            "weight: OVER the {} KB budget: {over:?}",
            demo::PAGE_BUDGET / 1000
        );
    }
    Ok(())
}

/// The bytes of one page's first load: its HTML and every asset it names, and the
/// modules those import, each once.
async fn first_load(server: &Server, page: &str, cookie: Option<&str>) -> Result<usize, String> {
    let page_url = server.url(page);
    let mut request = server.http.get(&page_url);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let html = request
        .send()
        .await
        .map_err(|e| e.to_string())?
        .text()
        .await
        .map_err(|e| e.to_string())?;
    let mut total = on_the_wire(&page_url, cookie).await?;
    let mut named = assets(&html);
    let mut seen = std::collections::HashSet::new();
    while let Some(asset) = named.pop() {
        if !seen.insert(asset.clone()) {
            continue;
        }
        let url = server.url(&asset);
        // A script's static imports are fetched before it runs: count them too.
        if asset.ends_with(".js") {
            let body = server.http.get(&url).send().await;
            let text = match body {
                Ok(res) => res.text().await.map_err(|e| e.to_string())?,
                Err(e) => return Err(e.to_string()),
            };
            named.extend(static_imports(&asset, &text));
        }
        total += on_the_wire(&url, None).await?;
    }
    Ok(total)
}

/// The bytes one request as a browser makes it receives, compressed as sent.
pub(crate) async fn on_the_wire(url: &str, cookie: Option<&str>) -> Result<usize, String> {
    // A client that does not decompress, to count what crosses the wire.
    let raw = reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .build()
        .map_err(|e| e.to_string())?;
    let mut request = raw.get(url).header("accept-encoding", "br, gzip");
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let res = request.send().await.map_err(|e| e.to_string())?;
    if !res.status().is_success() {
        return Err(format!("{url} answered {}", res.status()));
    }
    Ok(res.bytes().await.map_err(|e| e.to_string())?.len())
}

/// The modules a script imports statically (`from"./x.js"`), as paths beside it.
pub(crate) fn static_imports(script: &str, text: &str) -> Vec<String> {
    // Up to and with the last '/', an ASCII character: a boundary.
    let dir = script.rfind('/').map_or("", |i| script.split_at(i + 1).0);
    let mut found: Vec<String> = text
        .split("from")
        .skip(1)
        .filter_map(|rest| {
            let rest = rest.trim_start();
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let name = rest.strip_prefix(quote)?.split(quote).next()?;
            Some(format!("{dir}{}", name.strip_prefix("./")?))
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The stylesheets, scripts and WASM a page names (`href` or `src` under `/pkg/`).
pub(crate) fn assets(html: &str) -> Vec<String> {
    let mut found: Vec<String> = html
        .split(['"', '\''])
        .filter(|part| part.starts_with("/pkg/"))
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scripts_static_imports_are_found_beside_it() {
        let js = r#"import*as n from"./__split.abc.js";import{a}from './b.js';import*as m from"./__split.abc.js";const from_x=1;import("https://x/y.js")"#;
        assert_eq!(
            static_imports("/pkg/consult.x.js", js),
            ["/pkg/__split.abc.js", "/pkg/b.js"]
        );
    }
}
