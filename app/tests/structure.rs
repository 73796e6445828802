//! The shape of the code, checked: the backend's modules depend one way (no import cycle),
//! and no source file outside the exempt ones grows past 500 lines.
//!
//! Plain file reading, no compiler: `super::x` and `crate::backend::x` paths in code (in
//! `use` trees and inline; comments are skipped) are resolved to the deepest backend
//! module they name. A module using an item of its own ancestor (`super::OrInternal`) or
//! of its descendant is not an edge; the entities count as one module, since their
//! relations name each other by design.

#![allow(
    clippy::string_slice,
    reason = "it slices Rust source at ASCII keywords and punctuation it found"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The most lines a source file may have.
const MAX_LINES: usize = 500;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Every `.rs` file under `dir`, skipping build output, dependencies and version control.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !matches!(name.as_ref(), "target" | "node_modules" | ".git") {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

fn relative(path: &Path) -> String {
    path.strip_prefix(workspace_root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Generated tables, append-only migrations and test files may be long.
fn exempt(rel: &str) -> bool {
    rel.starts_with("migrations/")
        || rel == "app/src/domain/countries.rs"
        || rel.split('/').nth(1) == Some("tests")
        || rel.starts_with("app/src/i18n/")
}

#[test]
fn no_source_file_is_over_500_lines() {
    let mut files = Vec::new();
    rust_files(&workspace_root(), &mut files);
    let mut too_long = Vec::new();
    for file in files {
        let rel = relative(&file);
        if exempt(&rel) {
            continue;
        }
        let lines = std::fs::read_to_string(&file)
            .map(|text| text.lines().count())
            .unwrap_or(0);
        if lines > MAX_LINES {
            too_long.push(format!("{rel} ({lines} lines)"));
        }
    }
    assert!(
        too_long.is_empty(),
        "split these files (at most {MAX_LINES} lines): {too_long:#?}"
    );
}

/// A module path such as `["backend", "comments"]`.
type Module = Vec<String>;

/// The module a file under `app/src` defines (`backend/x/mod.rs` → `backend::x`).
fn module_of(rel_to_src: &Path) -> Module {
    let mut parts: Module = rel_to_src
        .iter()
        .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    parts
}

/// Entities name each other in their relations by design: they count as one module.
fn collapse(module: Module) -> Module {
    if module.len() > 2 && module[1] == "entities" {
        module[..2].to_vec()
    } else {
        module
    }
}

/// The source without its inline test module (whose `super` is the file itself).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at])
}

/// Skips whitespace, returns the rest.
fn trim(s: &str) -> &str {
    s.trim_start()
}

/// An identifier at the start of `s`, and the rest.
fn ident(s: &str) -> Option<(&str, &str)> {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    (end > 0).then(|| (&s[..end], &s[end..]))
}

/// Parses a path or use tree at the start of `s` (`a::b`, `a::{b, c::d}`, `{a, b}`) into
/// its full paths, appended to `out` after `prefix`; returns the rest of `s`.
fn use_tree<'a>(s: &'a str, prefix: &[String], out: &mut Vec<Vec<String>>) -> &'a str {
    let s = trim(s);
    if let Some(mut rest) = s.strip_prefix('{') {
        loop {
            rest = trim(rest);
            if let Some(after) = rest.strip_prefix('}') {
                return after;
            }
            let before = rest.len();
            rest = use_tree(rest, prefix, out);
            rest = trim(rest);
            rest = rest.strip_prefix(',').unwrap_or(rest);
            if rest.len() == before {
                return rest;
            }
        }
    }
    let mut path = prefix.to_vec();
    let mut rest = s;
    while let Some((name, after)) = ident(rest) {
        path.push(name.to_owned());
        rest = after;
        match rest.strip_prefix("::") {
            Some(after) if trim(after).starts_with('{') => return use_tree(after, &path, out),
            Some(after) => rest = after,
            None => break,
        }
    }
    out.push(path);
    rest
}

/// The backend modules each backend module names, by walking its `super::` and
/// `crate::backend::` paths.
fn backend_graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let src = workspace_root().join("app/src");
    let mut files = Vec::new();
    rust_files(&src.join("backend"), &mut files);
    let modules: BTreeSet<Module> = files
        .iter()
        .filter_map(|file| file.strip_prefix(&src).ok())
        .map(module_of)
        .collect();
    let mut graph: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for file in &files {
        let Ok(rel) = file.strip_prefix(&src) else {
            continue;
        };
        let me = module_of(rel);
        let text = std::fs::read_to_string(file).unwrap_or_default();
        // Code only: a doc link to another module is not a dependency.
        let text: String = without_tests(&text)
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .map(|line| format!("{line}\n"))
            .collect();
        let edges = graph.entry(collapse(me.clone())).or_default();
        for (at, _) in text
            .match_indices("super::")
            .chain(text.match_indices("crate::"))
        {
            // Count a run of `super::` once, from its first one.
            if text[..at].ends_with("super::") {
                continue;
            }
            let mut rest = &text[at..];
            let mut base = me.clone();
            if rest.starts_with("crate::") {
                rest = &rest["crate::".len()..];
                base.clear();
            } else {
                while let Some(after) = rest.strip_prefix("super::") {
                    base.pop();
                    rest = after;
                }
            }
            let mut paths = Vec::new();
            use_tree(rest, &base, &mut paths);
            for path in paths {
                // The deepest module the path names.
                let target = (1..=path.len())
                    .rev()
                    .map(|n| path[..n].to_vec())
                    .find(|candidate| modules.contains(candidate));
                let Some(target) = target else { continue };
                let (from, to) = (collapse(me.clone()), collapse(target));
                let related = to.starts_with(&from) || from.starts_with(&to);
                if !related && to.first().is_some_and(|root| root == "backend") {
                    edges.insert(to);
                }
            }
        }
    }
    graph
}

/// The strongly connected components with more than one module (Tarjan).
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'g Module, usize>,
        low: BTreeMap<&'g Module, usize>,
        stack: Vec<&'g Module>,
        on_stack: BTreeSet<&'g Module>,
        found: Vec<Vec<String>>,
    }
    impl<'g> Walk<'g> {
        fn visit(&mut self, node: &'g Module) {
            let n = self.index.len();
            self.index.insert(node, n);
            self.low.insert(node, n);
            self.stack.push(node);
            self.on_stack.insert(node);
            for next in self.graph.get(node).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(top);
                    component.push(top.join("::"));
                    if top == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

#[test]
fn the_parser_reads_use_trees() {
    let mut out = Vec::new();
    let rest = use_tree(
        "{OrInternal, entities::{comment, tag}, desk}; fn x()",
        &["backend".to_owned()],
        &mut out,
    );
    assert_eq!(rest.trim_start(), "; fn x()");
    let out: Vec<String> = out.iter().map(|path| path.join("::")).collect();
    assert_eq!(
        out,
        [
            "backend::OrInternal",
            "backend::entities::comment",
            "backend::entities::tag",
            "backend::desk"
        ]
    );
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let module = |name: &str| vec!["backend".to_owned(), name.to_owned()];
    let graph = BTreeMap::from([
        (module("a"), BTreeSet::from([module("b")])),
        (module("b"), BTreeSet::from([module("c")])),
        (module("c"), BTreeSet::from([module("a")])),
        (module("d"), BTreeSet::from([module("a")])),
    ]);
    assert_eq!(cycles(&graph), [["backend::a", "backend::b", "backend::c"]]);
}

#[test]
fn backend_modules_form_no_cycle() {
    let graph = backend_graph();
    assert!(
        graph.contains_key(&vec!["backend".to_owned(), "accounts".to_owned()]),
        "the graph was read: {graph:?}"
    );
    let found = cycles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|component| {
            let edges: Vec<String> = component
                .iter()
                .flat_map(|from| {
                    let key: Module = from.split("::").map(str::to_owned).collect();
                    graph[&key]
                        .iter()
                        .map(|to| to.join("::"))
                        .filter(|to| component.contains(to))
                        .map(move |to| format!("{from} → {to}"))
                })
                .collect();
            edges.join(", ")
        })
        .collect();
    assert!(
        found.is_empty(),
        "backend modules that name each other in a cycle: {described:#?}"
    );
}
