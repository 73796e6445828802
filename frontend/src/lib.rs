//! The browser's entry point: hydrate the page the server rendered, once the piece of
//! WASM of the page shown has arrived (every page is its own piece; see `app::app`).

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_lazy(app::App);
}
