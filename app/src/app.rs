//! The page shell, the router and the frame every page shares (header, language switch,
//! footer).

use crate::api::accounts::{Register, SignIn, SignOut, SignOutEverywhere, UpdateProfile, who_am_i};
use crate::components::{AuthActions, PageErrors, ViewerResource, use_texts};
use crate::domain::Role;
use crate::i18n::Locale;
use crate::pages::{
    AccountsPage, AuditLogPage, ChangesPage, CommentFormPage, ConsultationPage, ContributeFormPage,
    ContributionPage, ContributionsPage, DeskContributionsPage, DeskItemPage, DigestPage,
    DispositionsPage, EditCommentPage, EditorConsultationPage, EditorListPage, EditorPaperPage,
    EditorTranslationPage, ForgotPasswordPage, HomePage, MyCommentPage, MyCommentsPage, NotFound,
    NotMePage, PaperPage, ProfilePage, QueuePage, RegisterPage, ResetPasswordPage, SearchPage,
    SignInPage, ThemesPageView, VerifyEmailPage,
};
use leptos::prelude::*;
use leptos::server::ServerActionError;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::{Lazy, LazyRoute, SsrMode, lazy_route, path};

/// The language of this page: on the server from the request (cookie, then
/// `Accept-Language`), in the browser from `<html lang>` as the server wrote it.
pub fn request_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use http::request::Parts;
        let Some(parts) = use_context::<Parts>() else {
            return Locale::default();
        };
        crate::backend::sessions::cookie_value(&parts.headers, crate::i18n::LANGUAGE_COOKIE)
            .and_then(|c| Locale::from_code(&c))
            .or_else(|| {
                parts
                    .headers
                    .get(http::header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(Locale::negotiate)
            })
            .unwrap_or_default()
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Locale::from_code(&l))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Locale::default()
    }
}

/// Whether a page is sent as plain HTML, without the application's scripts and WASM:
/// every page a visitor or a stakeholder uses works as plain HTML (links, GET filters,
/// forms that post and come back with their problems), so that a first visit from a slow
/// phone costs tens of kilobytes, not half a megabyte of WASM. Only the secretariat's
/// desk and editor (`/desk…`) and the administrators' pages (`/admin…`) hydrate: their
/// people work on them for hours, on connections that can carry it. A plain page gets
/// [`ENHANCE`] instead. A plain page reached by a link inside a hydrated one is rendered
/// there, by the same code, as any other page.
#[cfg(any(feature = "ssr", test))]
fn is_plain_page(path: &str) -> bool {
    let under = |area: &str| {
        path.strip_prefix(area)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    };
    !(under("/desk") || under("/admin"))
}

/// Whether the page the server is rendering gets the application's scripts.
fn page_has_scripts() -> bool {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().is_none_or(|parts| !is_plain_page(parts.uri.path()))
    }
    #[cfg(not(feature = "ssr"))]
    {
        true
    }
}

/// The one script of a plain page (see [`is_plain_page`]), inline so that a slow phone
/// makes no second request for it: it marks a form busy while it is sent and refuses to
/// send it twice, shows a progress line when a page takes long to come, and moves focus
/// to a form's error summary. Every page works without it.
const ENHANCE: &str = include_str!("enhance.js");

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = request_locale();
    let scripts = page_has_scripts();
    if !scripts && let Some(context) = Owner::current_shared_context() {
        // Nothing will hydrate the page: the data its views were made from stays here.
        context.set_is_hydrating(false);
    }
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.dir()>
            <head>
                <meta charset="utf-8" />
                // Scripts only from this response (its nonce) and what they load, and the
                // WASM they compile; the other rules are in the response's header.
                {use_nonce()
                    .map(|nonce| {
                        view! {
                            <meta
                                http-equiv="Content-Security-Policy"
                                content=format!(
                                    "script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'",
                                )
                            />
                        }
                    })}
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                {if scripts {
                    view! {
                        // The page's words, for the WASM (i18n::catalogue): not a script.
                        <script
                            type="application/fluent"
                            nonce=use_nonce()
                            id=crate::i18n::catalogue::PAGE_SOURCE_ID
                            data-lang=locale.code()
                        >
                            {crate::i18n::catalogue::page_source(locale.index())}
                        </script>
                        <HydrationScripts options />
                    }
                        .into_any()
                } else {
                    view! { <script nonce=use_nonce()>{ENHANCE}</script> }.into_any()
                }}
                <MetaTags />
            </head>
            <body data-sending=locale.texts().sending>
                <App />
            </body>
        </html>
    }
}

/// The text of `<title>`, the one formatter every page's `Title` goes through (a test keeps
/// it the only one). leptos_meta writes it into the server's HTML unescaped, so there it is
/// escaped here (the parser decodes it back); in the browser it becomes `document.title`,
/// which is text already.
pub fn page_title(title: &str, site_name: &str) -> String {
    let text = if title.is_empty() {
        site_name.to_owned()
    } else {
        // Isolated, so that a right-to-left title (or an override in it) does not turn
        // the site's name around.
        format!("{} · {site_name}", crate::domain::user_text::isolate(title))
    };
    if cfg!(feature = "ssr") {
        crate::domain::user_text::html_text(&text)
    } else {
        text
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = request_locale();
    provide_context(locale);
    let t = locale.texts();
    let errors = PageErrors::default();
    provide_context(errors.clone());
    let title_of = move |title: String| {
        let title = page_title(&title, t.site_name);
        if errors.shown() {
            (t.error_title)(&title)
        } else {
            title
        }
    };
    view! {
        <Title formatter=title_of />
        <Router>
            <Layout />
        </Router>
    }
}

/// Everything inside the router. The actions are made here, under the router, so that
/// after a form post without JavaScript they find the error the server put in the URL.
#[component]
fn Layout() -> impl IntoView {
    let t = use_texts();
    // The router offers the error of a form posted without JavaScript (in the redirect's
    // query) only to what is under <Routes>; the header's actions are made above it.
    let query = use_query_map();
    if let Some((path, err)) = query.with_untracked(|q| Some((q.get("__path")?, q.get("__err")?))) {
        provide_context(ServerActionError::new(&path, &err));
    }
    let auth = AuthActions {
        register: ServerAction::<Register>::new(),
        sign_in: ServerAction::<SignIn>::new(),
        sign_out: ServerAction::<SignOut>::new(),
        update_profile: ServerAction::<UpdateProfile>::new(),
        sign_out_everywhere: ServerAction::<SignOutEverywhere>::new(),
    };
    provide_context(auth);
    provide_context(ViewerResource(Resource::new(
        move || auth.version(),
        |_| who_am_i(),
    )));
    view! {
            <a class="skip-link" href="#main">{t.skip_to_content}</a>
            <Header />
            <main id="main" tabindex="-1">
                {query
                    .with_untracked(|q| q.get("welcome").is_some())
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {t.welcome}
                            </p>
                        }
                    })}
                <Routes fallback=NotFound>
                    <Route path=path!("/") view={Lazy::<HomePageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/register") view={Lazy::<RegisterPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/sign-in") view={Lazy::<SignInPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/forgot-password") view={Lazy::<ForgotPasswordPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/reset-password") view={Lazy::<ResetPasswordPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/verify-email") view={Lazy::<VerifyEmailPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/not-me") view={Lazy::<NotMePageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/profile") view={Lazy::<ProfilePageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/consultations/:slug") view={Lazy::<ConsultationPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/consultations/:slug/papers/:code") view=PaperPage ssr=SsrMode::Async />
                    // Not lazy: loaded directly from the plain-HTML paper page, a lazy route lost its <title>.
                    <Route path=path!("/consultations/:slug/papers/:code/changes") view=ChangesPage ssr=SsrMode::Async />
                    <Route path=path!("/consultations/:slug/papers/:code/dispositions") view=DispositionsPage ssr=SsrMode::Async />
                    <Route path=path!("/consultations/:slug/papers/:code/comment") view={Lazy::<CommentFormPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/consultations/:slug/contribute") view={Lazy::<ContributeFormPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/consultations/:slug/contributions") view={Lazy::<ContributionsPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/contributions/:id") view={Lazy::<ContributionPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/contributions") view={Lazy::<DeskContributionsPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/my/comments") view={Lazy::<MyCommentsPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/my/comments/:id") view={Lazy::<MyCommentPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/my/comments/:id/edit") view={Lazy::<EditCommentPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/search") view={Lazy::<SearchPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk") view={Lazy::<QueuePageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/comments/:id") view={Lazy::<DeskItemPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/log") view={Lazy::<AuditLogPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/themes/:slug/:code") view={Lazy::<ThemesPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/admin/accounts") view={Lazy::<AccountsPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/consultations") view={Lazy::<EditorListPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/digests/:slug") view={Lazy::<DigestPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/consultations/:slug") view={Lazy::<EditorConsultationPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/consultations/:slug/papers/:code") view={Lazy::<EditorPaperPageRoute>::new()} ssr=SsrMode::Async />
                    <Route path=path!("/desk/consultations/:slug/papers/:code/translations/:lang") view={Lazy::<EditorTranslationPageRoute>::new()} ssr=SsrMode::Async />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{t.footer}</p>
            </footer>
    }
}

/// The pages that hydrate (the desk, the editor, the administrators' pages: see
/// [`is_plain_page`]) each load their own piece of WASM (with the pieces they share),
/// fetched when the page is first shown and named by its HTML for the browser to fetch at
/// once; a plain page reached from them by a link is fetched the same way. `cargo leptos
/// build --split` cuts the pieces.
macro_rules! lazy_pages {
    ($($route:ident => $page:ident),* $(,)?) => {$(
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                let page = $page().into_any();
                mark_hydrated();
                page
            }
        }
    )*};
}

/// Marks `<body>` once the page's own piece of WASM has taken over, for people debugging
/// and for the end-to-end tests, which wait for it before clicking. Not from `App`: a lazy
/// page's piece arrives later, and a press before it would be a plain form's post. The
/// mark waits one turn of the event loop more, for the page's loaded parts (already in the
/// HTML) to be hydrated too.
fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        set_timeout(
            || {
                if let Some(body) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.body())
                {
                    let _ = body.set_attribute("data-hydrated", "true");
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

lazy_pages!(
    HomePageRoute => HomePage,
    ConsultationPageRoute => ConsultationPage,
    RegisterPageRoute => RegisterPage,
    SignInPageRoute => SignInPage,
    ForgotPasswordPageRoute => ForgotPasswordPage,
    ResetPasswordPageRoute => ResetPasswordPage,
    VerifyEmailPageRoute => VerifyEmailPage,
    NotMePageRoute => NotMePage,
    ProfilePageRoute => ProfilePage,
    CommentFormPageRoute => CommentFormPage,
    MyCommentsPageRoute => MyCommentsPage,
    MyCommentPageRoute => MyCommentPage,
    EditCommentPageRoute => EditCommentPage,
    SearchPageRoute => SearchPage,
    ContributeFormPageRoute => ContributeFormPage,
    ContributionsPageRoute => ContributionsPage,
    ContributionPageRoute => ContributionPage,
    DeskContributionsPageRoute => DeskContributionsPage,
    QueuePageRoute => QueuePage,
    DeskItemPageRoute => DeskItemPage,
    AuditLogPageRoute => AuditLogPage,
    AccountsPageRoute => AccountsPage,
    EditorListPageRoute => EditorListPage,
    DigestPageRoute => DigestPage,
    EditorConsultationPageRoute => EditorConsultationPage,
    EditorPaperPageRoute => EditorPaperPage,
    EditorTranslationPageRoute => EditorTranslationPage,
    ThemesPageRoute => ThemesPageView,
);

#[component]
fn Header() -> impl IntoView {
    let t = use_texts();
    let auth = expect_context::<AuthActions>();
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
    view! {
        <header class="site-header">
            <div class="brand">
                <A href="/">
                    <span class="brand-name">{t.site_name}</span>
                </A>
                <span class="brand-tagline">{t.site_tagline}</span>
            </div>
            <nav aria-label=t.nav_label>
                <ul class="nav-list">
                    <li>
                        <A href="/">{t.nav_home}</A>
                    </li>
                    <li>
                        <A href="/search">{t.nav_search}</A>
                    </li>
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            match viewer.await.ok().flatten() {
                                Some(v) => {
                                    view! {
                                        <li class="signed-in">
                                            {t.signed_in_as} " " <strong>{v.display_name}</strong>
                                            " (" {(t.role)(v.role)} ")"
                                        </li>
                                        {v.role.includes(Role::Secretariat).then(|| view! {
                                            <li>
                                                <A href="/desk">{t.d.nav_desk}</A>
                                            </li>
                                        })}
                                        <li>
                                            <A href="/my/comments">{t.nav_my_comments}</A>
                                        </li>
                                        <li>
                                            <A href="/profile">{t.nav_profile}</A>
                                        </li>
                                        <li>
                                            <ActionForm action=auth.sign_out attr:class="inline-form">
                                                <button type="submit" class="link-button">
                                                    {t.sign_out}
                                                </button>
                                            </ActionForm>
                                        </li>
                                    }
                                        .into_any()
                                }
                                None => {
                                    view! {
                                        <li>
                                            <A href="/sign-in">{t.nav_sign_in}</A>
                                        </li>
                                        <li>
                                            <A href="/register">{t.nav_register}</A>
                                        </li>
                                    }
                                        .into_any()
                                }
                            }
                        })}
                    </Transition>
                </ul>
            </nav>
            <LanguageSwitch />
        </header>
    }
}

/// A plain form that posts to `/language`: works without JavaScript and reloads the page
/// in the chosen language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let t = use_texts();
    let current = expect_context::<Locale>();
    let location = use_location();
    let back = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    };
    view! {
        <form class="language-switch" method="post" action="/language">
            <input type="hidden" name="back" value=back />
            <span class="visually-hidden">{t.language}</span>
            {Locale::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=l.code()
                            lang=l.code()
                            dir=l.dir()
                            aria-pressed=if l == current { "true" } else { "false" }
                        >
                            {l.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_page;

    #[test]
    fn only_the_desk_and_the_administrators_pages_hydrate() {
        for plain in [
            "/",
            "/consultations/wgig-2005-february/papers/WP-ROOT",
            "/consultations/wgig-2005-february/papers/WP-ROOT/comment",
            "/my/comments/3/edit",
            "/digests/wgig-2005-february",
            "/deskwork",
            "/administration",
        ] {
            assert!(is_plain_page(plain), "{plain}");
        }
        for hydrated in [
            "/desk",
            "/desk/comments/4",
            "/desk/consultations/wgig-2005-february/papers/WP-ROOT",
            "/admin/accounts",
        ] {
            assert!(!is_plain_page(hydrated), "{hydrated}");
        }
    }
}
