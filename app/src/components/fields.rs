//! Form fields that carry their label, hint and the server's message, wired for screen
//! readers (`aria-describedby`, `aria-invalid`).

use super::use_texts;
use crate::domain::{AppError, Field, user_text::html_text};
use leptos::prelude::*;

/// The message to show beside one field, from an action's error.
pub fn field_message(error: Signal<Option<AppError>>, field: Field) -> Signal<Option<String>> {
    let t = use_texts();
    Signal::derive(move || {
        error.with(|e| {
            // Every problem of the field (several files may each be refused).
            let all: Vec<String> = e
                .as_ref()
                .and_then(AppError::field_problems)
                .map(|p| {
                    p.0.iter()
                        .filter(|fp| fp.field == field)
                        .map(|fp| (t.problem)(&fp.problem))
                        .collect()
                })
                .unwrap_or_default();
            (!all.is_empty()).then(|| all.join(" "))
        })
    })
}

fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{name}-hint"));
    }
    if error {
        ids.push(format!("{name}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The server's message about a field, under it; with `name`, it has the id
/// `{name}-error` for the field's `aria-describedby`.
#[component]
pub fn FieldMessage(
    #[prop(optional)] name: Option<&'static str>,
    #[prop(into)] message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <p class="field-error" id=name.map(|n| format!("{n}-error"))>
                    {m}
                </p>
            }
        })
    }
}

/// A field's label (for the control with the id `name`), with the required mark, and its
/// hint under it (id `{name}-hint`). `hint` takes an `Option` as well as a text.
#[component]
pub fn FieldLabel(
    label: &'static str,
    name: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional_no_strip, into)] hint: Option<&'static str>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <label for=name>
            {label}
            {required
                .then(|| {
                    view! {
                        " "
                        <span class="required">{t.required_mark}</span>
                    }
                })}
        </label>
        {hint
            .map(|h| {
                view! {
                    <p class="hint" id=format!("{name}-hint")>
                        {h}
                    </p>
                }
            })}
    }
}

/// A labelled text input. `hint` and `value` take an `Option` as well as a value.
#[component]
pub fn TextField(
    label: &'static str,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional_no_strip, into)] hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional_no_strip, into)] value: Option<String>,
    #[prop(into)] message: Signal<Option<String>>,
    /// The language of the value, when it is not the page's (a translation's title).
    #[prop(optional)]
    lang: Option<String>,
) -> impl IntoView {
    let dir = lang.is_some().then_some("auto");
    view! {
        <div class="field">
            <FieldLabel label name required hint />
            <input
                id=name
                name=name
                type=kind
                value=value
                lang=lang
                dir=dir
                autocomplete=autocomplete
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-invalid=move || message.with(|m| m.is_some().to_string())
                aria-describedby=move || described_by(
                    name,
                    hint.is_some(),
                    message.with(Option::is_some),
                )
            />
            <FieldMessage name message />
        </div>
    }
}

/// The only `<textarea>` of the app (a test keeps it so): Leptos writes a textarea's
/// children unescaped, as it does a script's, so text holding `</textarea>` would end the
/// field and become markup. The text goes in as `inner_html` that this escapes itself:
/// the HTML parser decodes it back (the same text with JavaScript off), hydration leaves
/// it alone, and a textarea built in the browser parses it the same way. Attributes and
/// handlers (`attr:name`, `prop:value`, `on:input`) are spread onto the element.
#[component]
pub fn TextArea(#[prop(into)] text: String) -> impl IntoView {
    view! { <textarea inner_html=textarea_markup(&text)></textarea> }
}

/// The escaped text of a textarea. The HTML parser drops one line break right after
/// `<textarea>`, so on the server one is added in front of text that starts with one.
pub fn textarea_markup(text: &str) -> String {
    let escaped = html_text(text);
    if cfg!(feature = "ssr") && text.starts_with(['\n', '\r']) {
        format!("\n{escaped}")
    } else {
        escaped
    }
}

/// A select's options: `first` with an empty value ("Choose…", "Any group"), then the
/// `(value, label)` options, the one whose value is `selected` selected.
pub fn choice_options(
    first: &'static str,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    view! {
        <option value="">{first}</option>
        {options
            .into_iter()
            .map(|(value, text)| {
                let is_selected = value == selected;
                view! {
                    <option value=value selected=is_selected>
                        {text}
                    </option>
                }
            })
            .collect_view()}
    }
}

/// A labelled select from `(value, label)` options, with an empty first option: "Choose…",
/// or what choosing none means (`none`).
#[component]
pub fn SelectField(
    label: &'static str,
    name: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] selected: Option<String>,
    #[prop(optional)] none: Option<&'static str>,
    #[prop(into)] message: Signal<Option<String>>,
) -> impl IntoView {
    let t = use_texts();
    let selected = selected.unwrap_or_default();
    view! {
        <div class="field">
            <FieldLabel label name required hint />
            <select
                id=name
                name=name
                required=required
                aria-invalid=move || message.with(|m| m.is_some().to_string())
                aria-describedby=move || described_by(
                    name,
                    hint.is_some(),
                    message.with(Option::is_some),
                )
            >
                {choice_options(none.unwrap_or(t.choose), options, selected)}
            </select>
            <FieldMessage name message />
        </div>
    }
}

/// One radio button with its label.
#[component]
pub fn RadioOption(
    #[prop(into)] id: String,
    name: &'static str,
    #[prop(into)] value: String,
    #[prop(optional)] checked: bool,
    #[prop(optional)] required: bool,
    #[prop(into)] label: String,
) -> impl IntoView {
    view! {
        <div class="radio">
            <input
                type="radio"
                id=id.clone()
                name=name
                value=value
                checked=checked
                required=required
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// Radio buttons from `(value, label)` options, each with the id `{id_prefix}-{value}`,
/// the one whose value is `checked` checked.
#[component]
pub fn RadioChoices(
    #[prop(into)] id_prefix: String,
    name: &'static str,
    options: Vec<(String, String)>,
    #[prop(optional, into)] checked: String,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, label)| {
            let id = format!("{id_prefix}-{value}");
            let is_checked = value == checked;
            view! { <RadioOption id name value checked=is_checked required label /> }
        })
        .collect_view()
}

/// A group of radio buttons in a fieldset with its legend.
#[component]
pub fn RadioGroup(
    legend: &'static str,
    name: &'static str,
    options: Vec<(String, String)>,
    #[prop(into)] checked: String,
    #[prop(into)] message: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <fieldset
            class="field"
            id=name
            aria-describedby=move || described_by(name, false, message.with(Option::is_some))
        >
            <legend>{legend}</legend>
            <RadioChoices id_prefix=name name options checked />
            <FieldMessage name message />
        </fieldset>
    }
}

/// Whether this page shows a form's problems: the tab's title then begins "Error:"
/// (`App`'s title formatter reads it, on the server after the page's body is rendered).
/// Not a signal: the formatter runs once the page's reactive owner may be gone (a signal
/// read then panicked, under load).
#[derive(Clone, Default)]
pub struct PageErrors(pub std::sync::Arc<std::sync::atomic::AtomicBool>);

impl PageErrors {
    pub fn mark(&self) {
        self.0.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    pub fn shown(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// A form's error summary as the GOV.UK Design System makes it: "There is a problem", then
/// each problem, the ones about a field as a link to it (`(Some(id), text)`). It takes
/// focus when the page opens (`autofocus`, and the plain pages' script), so that a screen
/// reader reads it first, and marks the page's title.
#[component]
pub fn ErrorSummary(items: Vec<(Option<&'static str>, String)>) -> impl IntoView {
    let t = use_texts();
    if let Some(errors) = use_context::<PageErrors>()
        && cfg!(feature = "ssr")
    {
        errors.mark();
    }
    let items = items
        .into_iter()
        .map(|(target, text)| match target {
            Some(id) => view! {
                <li>
                    <a href=format!("#{id}")>{text}</a>
                </li>
            }
            .into_any(),
            None => view! { <li>{text}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="form-error error-summary" role="alert" tabindex="-1" autofocus>
            <h2>{t.problems_title}</h2>
            <ul>{items}</ul>
        </div>
    }
}

/// The error summary above a form, from its action's error: each field's problem named
/// and linked to the field, or what went wrong as a whole. `ids`: where a form gives a
/// field another id than [`Field::input_id`] (`None`: shown without a link).
#[component]
pub fn FormError(
    error: Signal<Option<AppError>>,
    #[prop(optional)] ids: Option<fn(Field) -> Option<&'static str>>,
) -> impl IntoView {
    let t = use_texts();
    let id_of = ids.unwrap_or(Field::input_id);
    move || {
        error.get().map(|e| {
            let items: Vec<(Option<&'static str>, String)> = match e.field_problems() {
                Some(problems) if !problems.is_empty() => problems
                    .0
                    .iter()
                    .map(|p| {
                        let text = (t.problem)(&p.problem);
                        match id_of(p.field) {
                            Some(id) => (Some(id), format!("{}: {text}", (t.field_name)(p.field))),
                            None => (None, text),
                        }
                    })
                    .collect(),
                _ => vec![(None, (t.error)(&e))],
            };
            view! { <ErrorSummary items /> }
        })
    }
}

/// Every country as `(code, name)`, in the order of their names in the page's language
/// (CLDR's collation, written in its catalogue as `country-order`).
pub fn country_options() -> Vec<(String, String)> {
    let t = use_texts();
    t.country_order
        .split_whitespace()
        .filter_map(crate::domain::countries::country)
        .map(|c| (c.code.to_owned(), (t.country_name)(c).to_owned()))
        .collect()
}

/// A form's submit button, which says it is busy, and takes no second press, while the
/// form's action runs (with JavaScript; without it the form's one-time token does that).
#[component]
pub fn SubmitButton(label: &'static str, #[prop(into)] pending: Signal<bool>) -> impl IntoView {
    let t = use_texts();
    view! {
        <button
            type="submit"
            class="button"
            disabled=pending
            aria-busy=move || pending.get().to_string()
        >
            {move || if pending.get() { t.sending } else { label }}
        </button>
    }
}

/// A submit button that sends `name=value` with its form: one of a form's several
/// choices (publish or reject, keep or hide, a role to give).
#[component]
pub fn ChoiceButton(
    name: &'static str,
    value: &'static str,
    #[prop(default = "button")] class: &'static str,
    /// What the keyboard shortcuts look the button up by.
    #[prop(optional)]
    data_role: Option<&'static str>,
    #[prop(into)] label: String,
) -> impl IntoView {
    view! {
        <button type="submit" name=name value=value class=class data-role=data_role>
            {label}
        </button>
    }
}

/// A destructive choice asked twice, without JavaScript too: a disclosure whose summary
/// names the action; opened, it says what will happen and holds the button that does it
/// (with `name` and `value` when the form's action needs to know which button it was).
#[component]
pub fn ConfirmChoice(
    label: &'static str,
    #[prop(into)] hint: String,
    confirm: &'static str,
    #[prop(optional)] name: Option<&'static str>,
    #[prop(optional)] value: Option<&'static str>,
) -> impl IntoView {
    view! {
        <details class="confirm">
            <summary class="button button-secondary">{label}</summary>
            <p class="hint">{hint}</p>
            <button type="submit" name=name value=value class="button button-danger">
                {confirm}
            </button>
        </details>
    }
}

/// The search words of a list's filter form: a labelled search input.
#[component]
pub fn SearchBox(
    label: &'static str,
    #[prop(default = "q")] name: &'static str,
    #[prop(into)] value: String,
    #[prop(optional)] placeholder: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <input id=name name=name type="search" value=value placeholder=placeholder />
        </div>
    }
}

/// The consent a comment or a contribution is published with: its three choices, with the
/// one the author chose (`checked`; none on a new form: it is never chosen for them), and
/// the server's message about it (`children`).
#[component]
pub fn ConsentField(#[prop(into)] checked: String, children: Children) -> impl IntoView {
    let t = use_texts();
    view! {
        <fieldset class="field" id="consent" aria-describedby="consent-hint">
            <legend>{t.c.consent} " " <span class="required">{t.required_mark}</span></legend>
            <p class="hint" id="consent-hint">
                {t.c.consent_hint}
            </p>
            <RadioChoices
                id_prefix="consent"
                name="consent"
                options=super::code_choices(
                    crate::domain::comment::Consent::ALL,
                    crate::domain::comment::Consent::code,
                    t.c.consent_name,
                )
                checked
            />
            {children()}
        </fieldset>
    }
}
