//! A small inline SVG line of the level over the last messages.

use yew::prelude::*;

use super::use_sidebar;

const WIDTH: f32 = 120.0;
const HEIGHT: f32 = 36.0;

/// `points` for an SVG polyline of `levels` (0-100) across the chart, oldest on the left.
pub(crate) fn polyline(levels: &[u8]) -> String {
    let step = if levels.len() > 1 {
        WIDTH / (levels.len() - 1) as f32
    } else {
        0.0
    };
    levels
        .iter()
        .enumerate()
        .map(|(i, &level)| {
            let x = i as f32 * step;
            let y = HEIGHT - f32::from(level.min(100)) / 100.0 * HEIGHT;
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The trend chart.
#[component]
pub fn TrendChart() -> Html {
    let (state, _) = use_sidebar();
    let levels = &state.snapshot.levels;
    let label = match (levels.first(), levels.last()) {
        (Some(first), Some(last)) => format!(
            "Escalation over the last {} messages: from {first} to {last}",
            levels.len()
        ),
        _ => "No messages yet".to_string(),
    };
    let guides = [20u8, 40, 60, 80].map(|level| {
        let y = (HEIGHT - f32::from(level) / 100.0 * HEIGHT).to_string();
        html! { <line class="defuse-chart-guide" x1="0" x2={WIDTH.to_string()} y1={y.clone()} y2={y} /> }
    });
    html! {
        <svg class="defuse-chart" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} preserveAspectRatio="none"
            role="img" aria-label={label}>
            { for guides }
            if levels.len() == 1 {
                <circle class="defuse-chart-dot" cx="0" cy={polyline(levels).split(',').nth(1).unwrap_or("0").to_string()} r="1.5" />
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
        assert_eq!(polyline(&[0, 50, 100]), "0.0,36.0 60.0,18.0 120.0,0.0");
        assert_eq!(polyline(&[]), "");
        assert_eq!(polyline(&[255]), "0.0,0.0");
    }
}
