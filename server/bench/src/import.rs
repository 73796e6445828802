//! `server import` of a campaign file, timed as its own process beside the running server.

use crate::fill::comment_text;
use crate::server::peak_kb;
use app::backend::demo;
use app::backend::import::REQUIRED;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::Command;

/// Writes a campaign file of `rows` rows and times `server import` of it, as a separate
/// process beside the running server.
pub(crate) async fn import(
    exe: &Path,
    url: &str,
    folder: &std::path::Path,
    rows: u64,
) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    let file = folder.join(format!("campaign-{}.csv", std::process::id()));
    let letters = [
        "We the undersigned ask the Working Group to keep the root zone under the present arrangements, which have served the Internet well and kept it stable and secure.",
        "Spam costs users in developing countries more than anyone else: we ask the Working Group to call for cooperation between regulators across borders.",
        "Multilingual domain names are a matter of access for billions of users; please give them priority in the report.",
        "Privacy must not be traded for security. We ask that the report recognise data protection as a right of every Internet user.",
        "Capacity building should come before new institutions: fund the participation of developing countries in existing forums.",
    ];
    let greetings = [
        "Dear members of the Working Group,",
        "To the WGIG secretariat:",
        "Hello,",
        "",
    ];
    let groups = [
        "civil_society",
        "private_sector",
        "academic_technical",
        "government",
    ];
    let countries = ["KE", "BR", "IN", "FR", "NG", "EC", "JP", "CA"];
    {
        let out = std::fs::File::create(&file).map_err(|e| e.to_string())?;
        let mut csv = csv::Writer::from_writer(std::io::BufWriter::new(out));
        // The import's own required columns, in its order: each row is written to match.
        csv.write_record(REQUIRED).map_err(|e| e.to_string())?;
        for n in 0..rows {
            let name = format!("Sender {n}");
            let body = if n % 50 == 49 {
                comment_text(n)
            } else {
                let greeting = greetings[(n % 4) as usize];
                let letter = letters[(n % 5) as usize];
                format!(
                    "{greeting}\n\n{letter}\n\n{name}, {}",
                    countries[(n % 8) as usize]
                )
            };
            let mut cells = [
                ("email", format!("sender{n}@campaign.example")),
                ("name", name),
                ("stakeholder_group", groups[(n % 4) as usize].to_owned()),
                ("country", countries[(n % 8) as usize].to_owned()),
                ("consent", "anonymous".to_owned()),
                ("body", body),
            ];
            csv.write_record(REQUIRED.map(|column| {
                cells
                    .iter_mut()
                    .find(|(name, _)| *name == column)
                    .map(|(_, cell)| std::mem::take(cell))
                    .unwrap_or_default()
            }))
            .map_err(|e| e.to_string())?;
        }
        csv.flush().map_err(|e| e.to_string())?;
    }
    let size = std::fs::metadata(&file).map_err(|e| e.to_string())?.len();
    let started = Instant::now();
    let mut child = Command::new(exe)
        .args(["--database-url", url, "import"])
        .args([
            "--consultation",
            demo::CONSULTATION_SLUG,
            "--paper",
            "WP-ROOT",
        ])
        .arg(&file)
        // Its phases (checked, written) are logged at info, on its standard output.
        .env("RUST_LOG", "warn,app::backend::import=info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| format!("cannot run the import: {e}"))?;
    // Its peak memory, read from /proc while it runs.
    let mut peak = f64::NAN;
    let pid = child.id();
    let status = loop {
        if let Some(kb) = pid.and_then(peak_kb) {
            peak = kb / 1024.0;
        }
        tokio::select! {
            status = child.wait() => break status.map_err(|e| e.to_string())?,
            () = tokio::time::sleep(Duration::from_millis(100)) => {}
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&file);
    let output = child.wait_with_output().await.map_err(|e| e.to_string())?;
    if !status.success() {
        return Err(format!(
            "the import failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    print!("{}", String::from_utf8_lossy(&output.stdout));
    println!(
        "import of {rows} rows ({:.1} MB): {seconds:.1} s, {:.0} rows/s; importer peak {peak:.0} MiB",
        size as f64 / 1e6,
        rows as f64 / seconds
    );
    Ok(())
}
