//! A small inline SVG line of the level over the last messages.
//!
//! Coordinates are integers on a 1200 x 360 view box: formatting floats would pull Rust's
//! float printing code (several KB) into the wasm for nothing visible.

use yew::prelude::*;

use super::StateContext;

const WIDTH: u32 = 1200;
const HEIGHT: u32 = 360;

/// The y coordinate of a level (0 at the bottom, 100 at the top).
fn y_of(level: u8) -> u32 {
    HEIGHT - u32::from(level.min(100)) * HEIGHT / 100
}

/// `points` for an SVG polyline of `levels` (0-100) across the chart, oldest on the left.
pub(crate) fn polyline(levels: &[u8]) -> String {
    let last = levels.len().saturating_sub(1).max(1) as u32;
    let points: Vec<String> = levels
        .iter()
        .enumerate()
        .map(|(i, &level)| format!("{},{}", i as u32 * WIDTH / last, y_of(level)))
        .collect();
    defuse_core::text::join(&points, " ")
}

/// The trend chart.
pub(crate) fn trend_chart(state: &StateContext) -> Html {
    let levels = &state.snapshot.levels;
    let label = match (levels.first(), levels.last()) {
        (Some(first), Some(last)) => format!(
            "Escalation over the last {} messages: from {first} to {last}",
            levels.len()
        ),
        _ => "No messages yet".to_string(),
    };
    let guides = [20u8, 40, 60, 80].map(|level| {
        let y = y_of(level).to_string();
        html! { <line class="defuse-chart-guide" x1="0" x2={WIDTH.to_string()} y1={y.clone()} y2={y} /> }
    });
    html! {
        <svg class="defuse-chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} preserveAspectRatio="none"
            role="img" aria-label={label}>
            { for guides }
            if let [only] = levels.as_slice() {
                <circle class="defuse-chart-dot" cx="0" cy={y_of(*only).to_string()} r="15" />
            } else {
                <polyline class="defuse-chart-line" points={polyline(levels)} />
            }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::polyline;

    #[test]
    fn spans_the_width_and_flips_y() {
        assert_eq!(polyline(&[0, 50, 100]), "0,360 600,180 1200,0");
        assert_eq!(polyline(&[]), "");
        assert_eq!(polyline(&[255]), "0,0");
    }
}
