//! `defuse fit`.

/// Arguments of `defuse fit`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `defuse fit`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("defuse fit is not built yet")
}
