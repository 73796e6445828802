//! Protections around every request: state-changing requests from other sites are refused
//! (CSRF), and every response carries the security headers a public site needs.

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The host (and port) an `Origin` or `Referer` value names.
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

/// Whether a request comes from a page of this site, by its `Origin`, or lacking it, its
/// `Referer`. A request with neither (a script, `curl`) is not a browser's cross-site
/// request and is let through; browsers always send `Origin` on cross-site POSTs.
pub fn same_site(headers: &HeaderMap) -> bool {
    let source = headers
        .get(header::ORIGIN)
        .or_else(|| headers.get(header::REFERER));
    let Some(source) = source else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    // "null" is what a sandboxed or privacy-stripped page sends: not ours.
    match (source.to_str().ok().and_then(host_of), host) {
        (Some(from), Some(host)) => from.eq_ignore_ascii_case(host),
        _ => false,
    }
}

/// Refuses state-changing requests that another site's page made.
pub async fn csrf(req: Request, next: Next) -> Response {
    let changes_state = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if changes_state && !same_site(req.headers()) {
        tracing::warn!(path = %req.uri().path(), "refused a cross-site request");
        return (StatusCode::FORBIDDEN, "Cross-site requests are refused.\n").into_response();
    }
    next.run(req).await
}

/// The largest request body accepted: a paper's Markdown is the largest thing anyone sends.
pub const MAX_BODY: usize = 2 * 1024 * 1024;

/// The largest body a route that takes files accepts: every file at its limit, and room
/// for the form's fields and the multipart framing.
pub fn upload_max(limits: app::domain::contributions::UploadLimits) -> usize {
    let files = limits.max_file.saturating_mul(limits.max_files as u64);
    usize::try_from(files)
        .unwrap_or(usize::MAX)
        .saturating_add(1024 * 1024)
}

/// Whether a request sends files (and may be as large as [`upload_max`]).
pub fn takes_files(req: &Request) -> bool {
    crate::uploads::takes_files(req.method(), req.uri().path())
}

/// Refuses a request whose declared body is larger than it may be ([`MAX_BODY`], or
/// `upload_max` for one that sends files) before reading it; `RequestBodyLimitLayer` (at
/// `upload_max`) and the NUL check (at [`MAX_BODY`]) stop bodies that do not declare their
/// length.
pub async fn body_limit(upload_max: usize, req: Request, next: Next) -> Response {
    let max = if takes_files(&req) {
        upload_max
    } else {
        MAX_BODY
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|len| len > max) {
        return (StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.\n").into_response();
    }
    next.run(req).await
}

/// Adds the security headers to every response; HSTS only when served over https.
pub async fn headers(secure: bool, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    let set = |headers: &mut HeaderMap, name: &'static str, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(headers, "x-content-type-options", "nosniff");
    set(headers, "referrer-policy", "same-origin");
    set(headers, "x-frame-options", "DENY");
    set(headers, "cross-origin-opener-policy", "same-origin");
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        // Frames and plug-ins never; forms only to this site. Scripts are limited by the
        // page itself, whose policy carries the nonce of its own inline scripts.
        set(
            headers,
            "content-security-policy",
            "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'",
        );
    }
    if secure {
        set(
            headers,
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn only_this_sites_pages_may_change_state() {
        assert!(same_site(&headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000")
        ])));
        assert!(same_site(&headers(&[
            ("host", "consult.example"),
            ("referer", "https://consult.example/desk?x=1")
        ])));
        assert!(
            same_site(&headers(&[("host", "consult.example")])),
            "no browser, no CSRF"
        );
        assert!(!same_site(&headers(&[
            ("host", "consult.example"),
            ("origin", "https://evil.example")
        ])));
        assert!(!same_site(&headers(&[
            ("host", "consult.example"),
            ("origin", "null")
        ])));
        assert!(!same_site(&headers(&[
            ("host", "consult.example"),
            ("origin", "https://consult.example.evil.example")
        ])));
        assert!(!same_site(&headers(&[
            ("host", "consult.example"),
            ("referer", "https://evil.example/consult.example")
        ])));
        assert!(
            !same_site(&headers(&[("origin", "https://consult.example")])),
            "no host, no trust"
        );
    }
}
