//! `defuse coach`.

/// Arguments of `defuse coach`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `defuse coach`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("defuse coach is not built yet")
}
