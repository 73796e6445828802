//! A working paper: its numbered sections and paragraphs.

use crate::api::consultations::paper;
use crate::components::use_texts;
use crate::domain::{AppError, BlockKind, ParagraphView};
use crate::pages::NotFound;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PaperPage() -> impl IntoView {
    let t = use_texts();
    let params = use_params_map();
    let key = move || {
        params.with(|p| {
            (
                p.get("slug").unwrap_or_default(),
                p.get("code").unwrap_or_default(),
            )
        })
    };
    let view_data = Resource::new(key, |(slug, code)| paper(slug, code));
    view! {
        <Suspense fallback=move || view! { <p>{t.loading}</p> }>
            {move || Suspend::new(async move {
                match view_data.await {
                    Err(AppError::NotFound) => view! { <NotFound /> }.into_any(),
                    Err(e) => view! { <p role="alert">{(t.error)(&e)}</p> }.into_any(),
                    Ok(v) => {
                        let title = format!("{} {}", v.paper.code, v.paper.title);
                        view! {
                            <Title text=title />
                            <p class="breadcrumb">
                                <A href=format!("/consultations/{}", v.consultation_slug)>
                                    {t.back_to_consultation} ": " {v.consultation_title}
                                </A>
                            </p>
                            <h1>
                                <span class="code">{v.paper.code}</span> " " {v.paper.title}
                            </h1>
                            <p class="meta">
                                {t.cluster} ": " {(t.cluster_name)(v.paper.cluster)} " · " {t.version}
                                " " {v.paper.version}
                            </p>
                            <p class="lead">{v.paper.abstract_text}</p>
                            <article class="paper" aria-label=t.paper_contents>
                                {v.paragraphs.into_iter().map(Block).collect_view()}
                            </article>
                        }
                            .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

/// One block of the paper, with its number as its anchor.
#[allow(non_snake_case)]
fn Block(p: ParagraphView) -> AnyView {
    let t = use_texts();
    let anchor = format!("p-{}", p.number);
    let number = p.number.clone();
    match p.kind {
        BlockKind::Heading => {
            let content = view! { <span class="num">{number}</span> " " {p.text} };
            match p.level {
                0..=2 => view! { <h2 id=anchor>{content}</h2> }.into_any(),
                3 => view! { <h3 id=anchor>{content}</h3> }.into_any(),
                4 => view! { <h4 id=anchor>{content}</h4> }.into_any(),
                _ => view! { <h5 id=anchor>{content}</h5> }.into_any(),
            }
        }
        kind => {
            let body = match kind {
                BlockKind::List => view! {
                    <ul>{p.text.lines().map(|l| view! { <li>{l.trim().to_owned()}</li> }).collect_view()}</ul>
                }
                .into_any(),
                BlockKind::Quote => view! { <blockquote><p>{p.text}</p></blockquote> }.into_any(),
                _ => view! { <p>{p.text}</p> }.into_any(),
            };
            view! {
                <div class="block" id=anchor>
                    <span class="num" title=(t.paragraph_label)(&number)>{number.clone()}</span>
                    <div class="block-body">{body}</div>
                </div>
            }
            .into_any()
        }
    }
}
