//! Keyboard review of the queue: `j`/`k`, `p` and `r` on the comment in focus.

use super::decisions::ITEM_CLASS;
use leptos::prelude::*;

/// `j`/`k` move between comments, `p` publishes the one in focus, `r` goes to its reason.
pub(super) fn keyboard_review() {
    use leptos::ev;
    use web_sys::wasm_bindgen::JsCast;
    let handle = window_event_listener(ev::keydown, |e: web_sys::KeyboardEvent| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(active) = document.active_element() {
            let tag = active.tag_name();
            if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
            {
                return;
            }
        }
        let Ok(items) = document.query_selector_all(&format!(".{ITEM_CLASS}")) else {
            return;
        };
        let items: Vec<web_sys::HtmlElement> = (0..items.length())
            .filter_map(|i| items.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .collect();
        let current = document
            .active_element()
            .and_then(|a| items.iter().position(|i| i.contains(Some(&a))));
        let focus = |i: usize| {
            if let Some(item) = items.get(i) {
                let _ = item.focus();
            }
        };
        let within = |selector: &str| {
            current
                .and_then(|i| items.get(i))
                .and_then(|item| item.query_selector(selector).ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        };
        match e.key().as_str() {
            "j" => focus(current.map_or(0, |i| (i + 1).min(items.len().saturating_sub(1)))),
            "k" => focus(current.map_or(0, |i| i.saturating_sub(1))),
            "p" => {
                if let Some(button) = within("[data-role=publish]") {
                    button.click();
                }
            }
            "r" => {
                if let Some(select) = within("[data-role=reason]") {
                    e.prevent_default();
                    let _ = select.focus();
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}
