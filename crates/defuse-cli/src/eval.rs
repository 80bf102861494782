//! `defuse eval`.

/// Arguments of `defuse eval`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs `defuse eval`.
pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("defuse eval is not built yet")
}
