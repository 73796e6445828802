//! The filters of comment lists (by stakeholder group, region, tag and language) and the choices
//! their selects offer, in the page's language.

use super::{choice_options, tag_name, use_texts};
use crate::domain::StakeholderGroup;
use crate::domain::comment::TagView;
use crate::domain::countries::Region;
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::params::ParamsMap;

/// `(code, name)` options for every one of `all`, named by `name` (a function of the
/// page's texts).
pub fn code_choices<T: Copy>(
    all: impl IntoIterator<Item = T>,
    code: fn(T) -> &'static str,
    name: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.into_iter()
        .map(|v| (code(v).to_owned(), name(v).to_owned()))
        .collect()
}

/// `(code, name)` options for the stakeholder groups, in the page's language: for forms
/// and filters alike.
pub fn group_choices() -> Vec<(String, String)> {
    code_choices(
        StakeholderGroup::ALL,
        StakeholderGroup::code,
        use_texts().group,
    )
}

/// `(code, name)` options for the regions, in the page's language.
pub fn region_choices() -> Vec<(String, String)> {
    code_choices(Region::ALL, Region::code, use_texts().region)
}

/// `(code, name)` options for the tags, in the page's language.
pub fn tag_choices(tags: &[TagView]) -> Vec<(String, String)> {
    tags.iter()
        .map(|tag| (tag.slug.clone(), tag_name(tag)))
        .collect()
}

/// A labelled select of a filter form (id `filter-{name}`), with `any` first.
#[component]
pub fn FilterSelect(
    label: &'static str,
    name: &'static str,
    any: &'static str,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {choice_options(any, options, selected)}
            </select>
        </div>
    }
}

/// The current filter values, from the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterValues {
    pub group: String,
    pub region: String,
    pub tag: String,
    pub language: String,
}

impl FilterValues {
    /// The filter values of a query string (empty where it has none).
    pub fn from_query(query: &ParamsMap) -> Self {
        Self {
            group: query.get("group").unwrap_or_default(),
            region: query.get("region").unwrap_or_default(),
            tag: query.get("tag").unwrap_or_default(),
            language: query.get("language").unwrap_or_default(),
        }
    }

    /// The filter as query pairs, in the order links write them.
    pub fn pairs(&self) -> [(&'static str, &str); 4] {
        [
            ("group", &self.group),
            ("region", &self.region),
            ("tag", &self.tag),
            ("language", &self.language),
        ]
    }

    /// Whether anything is filtered.
    pub fn is_set(&self) -> bool {
        self.pairs().iter().any(|(_, v)| !v.is_empty())
    }
}

/// `(code, name)` options for the six languages of the interface, named in the page's.
pub fn language_choices() -> Vec<(String, String)> {
    let locale = use_context::<crate::i18n::Locale>().unwrap_or_default();
    crate::i18n::Locale::ALL
        .into_iter()
        .filter_map(|l| {
            crate::i18n::language_name(locale, l.code())
                .map(|n| (l.code().to_owned(), n.to_owned()))
        })
        .collect()
}

/// A list's filter form, a GET form: a plain page load without JavaScript, a client-side
/// navigation with it. Its fields (`children`), then the button that applies them and,
/// with `clear`, the link that clears them.
#[component]
pub fn FilterBar(
    #[prop(into)] action: String,
    #[prop(optional)] clear: bool,
    children: Children,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <Form method="GET" action=action.clone() attr:class="filters" attr:role="search">
            {children()}
            <div class="filter-actions">
                <button type="submit" class="button">
                    {t.c.apply_filter}
                </button>
                {clear.then(|| view! { <a href=action>{t.c.clear_filter}</a> })}
            </div>
        </Form>
    }
}

/// The reader's filter of published comments: group, region and tag. `hidden` carries the
/// other query values (the opened paragraph, the search words).
#[component]
pub fn FilterForm(
    action: String,
    values: FilterValues,
    tags: Vec<TagView>,
    #[prop(optional)] hidden: Vec<(&'static str, String)>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <FilterBar action clear=true>
            {children.map(|c| c())}
            {hidden
                .into_iter()
                .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                .collect_view()}
            <FilterSelect
                label=t.stakeholder_group
                name="group"
                any=t.c.any_group
                options=group_choices()
                selected=values.group
            />
            <FilterSelect
                label=t.c.region
                name="region"
                any=t.c.any_region
                options=region_choices()
                selected=values.region
            />
            <FilterSelect
                label=t.c.tag
                name="tag"
                any=t.c.any_tag
                options=tag_choices(&tags)
                selected=values.tag
            />
            <FilterSelect
                label=t.c.language
                name="language"
                any=t.c.any_language
                options=language_choices()
                selected=values.language
            />
        </FilterBar>
    }
}
