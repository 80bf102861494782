//! `defuse analyze`.

/// Arguments of `defuse analyze`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `defuse analyze`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("defuse analyze is not built yet")
}
