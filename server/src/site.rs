//! The built site's assets that every page names: the script, the WASM and the stylesheet
//! in `<site root>/pkg`, under the names `cargo leptos build` gave them. With hashed file
//! names (a release build) those names are in `hash.txt`, which cargo-leptos writes beside
//! the server binary and Leptos reads from there (or from `LEPTOS_HASH_FILE_NAME`, a path
//! relative to the binary's folder, or absolute). A binary copied without it used to fail
//! on every page; now the server refuses to start, and `/healthz` says what is missing.

use leptos::prelude::LeptosOptions;
use std::path::PathBuf;

/// The hash file Leptos reads: beside the binary, unless named otherwise.
fn hash_file(options: &LeptosOptions) -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(PathBuf::from))
        .unwrap_or_default()
        .join(options.hash_file.as_ref())
}

/// The assets the pages name, as paths under the site root.
fn assets(options: &LeptosOptions) -> Result<Vec<PathBuf>, String> {
    let pkg = PathBuf::from(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let name = options.output_name.as_ref();
    if !options.hash_files {
        // Built without cargo-leptos (the tests), wasm-bindgen's own name.
        let wasm = if option_env!("LEPTOS_OUTPUT_NAME").is_some() {
            format!("{name}.wasm")
        } else {
            format!("{name}_bg.wasm")
        };
        return Ok([format!("{name}.js"), wasm, format!("{name}.css")]
            .into_iter()
            .map(|file| pkg.join(file))
            .collect());
    }
    let path = hash_file(options);
    let hashes = std::fs::read_to_string(&path).map_err(|err| {
        format!(
            "{} cannot be read ({err}): `cargo leptos build` writes it beside the server binary; copy it along with the binary, or name it with LEPTOS_HASH_FILE_NAME",
            path.display()
        )
    })?;
    let mut files = Vec::new();
    for (kind, hash) in hashes.lines().filter_map(|line| line.split_once(':')) {
        let hash = hash.trim();
        match kind.trim() {
            "js" => files.push(format!("{name}.{hash}.js")),
            "wasm" => files.push(format!("{name}.{hash}.wasm")),
            "css" => files.push(format!("{name}.{hash}.css")),
            "manifest" => files.push(format!("__wasm_split_manifest.{hash}.json")),
            _ => {}
        }
    }
    if files.len() < 3 {
        return Err(format!(
            "{} does not name the script, the WASM and the stylesheet",
            path.display()
        ));
    }
    Ok(files.into_iter().map(|file| pkg.join(file)).collect())
}

/// What is missing for pages to work, if anything.
pub fn missing(options: &LeptosOptions) -> Option<String> {
    match assets(options) {
        Err(problem) => Some(problem),
        Ok(files) => {
            let missing: Vec<String> = files
                .iter()
                .filter(|file| !file.is_file())
                .map(|file| file.display().to_string())
                .collect();
            (!missing.is_empty()).then(|| {
                format!(
                    "the site's assets are missing ({}): build the site with `cargo leptos build --release --split` and serve it with --site-root",
                    missing.join(", ")
                )
            })
        }
    }
}
