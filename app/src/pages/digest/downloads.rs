//! The links to download the digest as Markdown, CSV, JSON and DOCX, and its
//! contributions as CSV.

use super::Asked;
use crate::components::use_texts;
use crate::i18n::Locale;
use leptos::prelude::*;

/// How far a download has come, shown under the links (set in the browser only).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(
    not(feature = "hydrate"),
    allow(dead_code, reason = "the server renders the links only")
)]
enum Progress {
    #[default]
    Preparing,
    /// CSV: comments received of the total announced by the server.
    Rows(u64, u64),
    /// Other formats: megabytes received.
    Bytes(f64),
    Done(String),
    Failed,
}

/// The download links. With JavaScript, a file is fetched by the page so that it can show
/// how far a long export has come, then handed to the browser; without JavaScript, the links
/// download directly.
#[component]
pub(super) fn Downloads(asked: Asked) -> impl IntoView {
    let t = use_texts();
    let progress = RwSignal::new(None::<Progress>);
    let link = move |label: &'static str, href: String| {
        let target = href.clone();
        let on_click = move |ev: leptos::ev::MouseEvent| {
            #[cfg(feature = "hydrate")]
            {
                ev.prevent_default();
                leptos::task::spawn_local(fetch::download(target.clone(), progress));
            }
            #[cfg(not(feature = "hydrate"))]
            let _ = (&ev, &target);
        };
        view! {
            <a href=href download on:click=on_click>
                {label}
            </a>
        }
    };
    view! {
        <nav class="downloads" aria-label=t.g.downloads>
            {t.g.downloads}
            ": "
            {link("Markdown", asked.download("md"))}
            " · "
            {link("CSV", asked.download("csv"))}
            " · "
            {link("JSON", asked.download("json"))}
            " · "
            {link("DOCX", asked.download("docx"))}
            " · "
            {link(t.k.digest_csv, asked.contributions_download())}
        </nav>
        <FileLanguages asked />
        <p class="download-progress" role="status">
            {move || {
                progress
                    .get()
                    .map(|p| match p {
                        Progress::Preparing => t.g.download_preparing.to_owned(),
                        Progress::Rows(done, total) => (t.g.download_rows)(done, total),
                        Progress::Bytes(mb) => (t.g.download_bytes)(mb),
                        Progress::Done(name) => (t.g.download_done)(&name),
                        Progress::Failed => t.g.download_failed.to_owned(),
                    })
            }}
        </p>
    }
}

/// The language of the files' words, one link per language, each named in its own; the
/// chosen one is marked current. The digest page itself stays in the interface's language.
#[component]
fn FileLanguages(asked: Asked) -> impl IntoView {
    let t = use_texts();
    let links = Locale::ALL
        .iter()
        .map(|l| {
            let current = (asked.lang == l.code()).then_some("true");
            view! {
                " "
                <a
                    href=asked.with_lang(l.code())
                    hreflang=l.code()
                    lang=l.code()
                    dir=l.dir()
                    aria-current=current
                >
                    {l.endonym()}
                </a>
            }
        })
        .collect_view();
    view! { <p class="file-languages">{t.g.file.files_in} {links}</p> }
}

/// The browser side of a download: `fetch`, read the body as it streams in, count what has
/// arrived, then save it under the server's file name.
#[cfg(feature = "hydrate")]
mod fetch {
    use super::Progress;
    use crate::domain::digest::RecordCounter;
    use leptos::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub async fn download(href: String, progress: RwSignal<Option<Progress>>) {
        progress.set(Some(Progress::Preparing));
        let outcome = fetch_file(&href, progress).await;
        progress.set(Some(match outcome {
            Ok(name) => Progress::Done(name),
            Err(_) => Progress::Failed,
        }));
    }

    /// The file name in a `Content-Disposition: attachment; filename="…"` header.
    fn file_name(disposition: &str) -> Option<String> {
        let (_, rest) = disposition.split_once("filename=\"")?;
        rest.split('"').next().map(str::to_owned)
    }

    async fn fetch_file(
        href: &str,
        progress: RwSignal<Option<Progress>>,
    ) -> Result<String, JsValue> {
        let window = web_sys::window().ok_or(JsValue::NULL)?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(href))
            .await?
            .dyn_into()?;
        if !response.ok() {
            return Err(JsValue::NULL);
        }
        let headers = response.headers();
        let total: Option<u64> = headers
            .get("x-digest-comments")?
            .and_then(|v| v.parse().ok());
        let kind = headers.get("content-type")?.unwrap_or_default();
        let name = headers
            .get("content-disposition")?
            .and_then(|v| file_name(&v))
            .unwrap_or_else(|| "digest".to_owned());
        let csv = kind.starts_with("text/csv");
        let reader: web_sys::ReadableStreamDefaultReader = response
            .body()
            .ok_or(JsValue::NULL)?
            .get_reader()
            .dyn_into()?;
        let parts = js_sys::Array::new();
        let mut counter = RecordCounter::default();
        let mut bytes = 0_usize;
        loop {
            let chunk = JsFuture::from(reader.read()).await?;
            if js_sys::Reflect::get(&chunk, &"done".into())?.is_truthy() {
                break;
            }
            let value: js_sys::Uint8Array =
                js_sys::Reflect::get(&chunk, &"value".into())?.dyn_into()?;
            bytes += value.length() as usize;
            progress.set(Some(match (csv, total) {
                (true, Some(total)) => {
                    counter.feed(&value.to_vec());
                    // The first record is the header.
                    Progress::Rows(counter.records.saturating_sub(1), total)
                }
                _ => Progress::Bytes(bytes as f64 / 1e6),
            }));
            parts.push(&value);
        }
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(&kind);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let link: web_sys::HtmlAnchorElement = window
            .document()
            .ok_or(JsValue::NULL)?
            .create_element("a")?
            .dyn_into()?;
        link.set_href(&url);
        link.set_download(&name);
        link.click();
        // The browser has taken the file once the click is handled.
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(60),
        );
        Ok(name)
    }
}
