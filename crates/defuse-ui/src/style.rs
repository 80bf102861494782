//! The sidebar's whole stylesheet, for the shadow root (the embed adopts it as a
//! constructable stylesheet, which a strict CSP allows).
//!
//! Every class is `defuse-` prefixed; colours are custom properties, switched by
//! `prefers-color-scheme` unless the agent picked a theme. No fonts or images are loaded.
//! `:host { all: initial }` stops the page's inherited styles; `.defuse` resets itself too,
//! because a page rule such as `* { all: unset }` matching the shadow host wins over
//! `:host`.

/// The CSS for the shadow root.
pub const STYLE: &str = r#"
:host { all: initial; }
.defuse {
  all: initial;
  --defuse-width: 340px;
  --d-bg: #ffffff; --d-fg: #1d2330; --d-muted: #5c6475; --d-border: #d9dde5;
  --d-panel: #f5f7fa; --d-accent: #2557d6; --d-accent-fg: #ffffff; --d-focus: #2557d6;
  --d-mark: #ffe08a; --d-mark-fg: #1d2330; --d-error: #b3261e; --d-shadow: rgba(15, 20, 30, .18);
  --d-calm: #267a38; --d-tense: #8a6500; --d-heated: #b5500f; --d-hostile: #c03a14; --d-critical: #b3121f;
  --d-band: var(--d-calm);
  position: fixed; top: 0; bottom: 0; right: 0; z-index: 2147483000;
  display: flex; flex-direction: column; box-sizing: border-box;
  width: var(--defuse-width); max-width: 100vw;
  background: var(--d-bg); color: var(--d-fg);
  border-left: 1px solid var(--d-border); box-shadow: -2px 0 12px var(--d-shadow);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; direction: ltr; visibility: visible; pointer-events: auto;
}
.defuse--dark {
  --d-bg: #181c24; --d-fg: #e6e9ef; --d-muted: #a2a9b8; --d-border: #343b49;
  --d-panel: #222834; --d-accent: #7aa2ff; --d-accent-fg: #10131a; --d-focus: #9db9ff;
  --d-mark: #8a6d00; --d-mark-fg: #ffffff; --d-error: #ff8a80; --d-shadow: rgba(0, 0, 0, .5);
  --d-calm: #5cc46f; --d-tense: #e3b341; --d-heated: #f0883e; --d-hostile: #ff6b4a; --d-critical: #ff5360;
}
@media (prefers-color-scheme: dark) {
  .defuse:not(.defuse--light) {
    --d-bg: #181c24; --d-fg: #e6e9ef; --d-muted: #a2a9b8; --d-border: #343b49;
    --d-panel: #222834; --d-accent: #7aa2ff; --d-accent-fg: #10131a; --d-focus: #9db9ff;
    --d-mark: #8a6d00; --d-mark-fg: #ffffff; --d-error: #ff8a80; --d-shadow: rgba(0, 0, 0, .5);
    --d-calm: #5cc46f; --d-tense: #e3b341; --d-heated: #f0883e; --d-hostile: #ff6b4a; --d-critical: #ff5360;
  }
}
.defuse *, .defuse *::before, .defuse *::after { box-sizing: border-box; }
.defuse--left { right: auto; left: 0; border-left: 0; border-right: 1px solid var(--d-border); box-shadow: 2px 0 12px var(--d-shadow); }
.defuse--collapsed { top: 40%; bottom: auto; width: auto; background: none; border: 0; box-shadow: none; }
.band-calm { --d-band: var(--d-calm); }
.band-tense { --d-band: var(--d-tense); }
.band-heated { --d-band: var(--d-heated); }
.band-hostile { --d-band: var(--d-hostile); }
.band-critical { --d-band: var(--d-critical); }

.defuse :focus { outline: none; }
.defuse :focus-visible { outline: 2px solid var(--d-focus); outline-offset: 2px; }
.defuse h2, .defuse h3, .defuse p, .defuse ul, .defuse ol { margin: 0; padding: 0; }
.defuse h2 { font-size: 15px; font-weight: 700; }
.defuse h3 { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .06em; color: var(--d-muted); margin-bottom: 6px; }
.defuse ul, .defuse ol { list-style: none; }
.defuse q { quotes: "\201C" "\201D"; }
.defuse mark { background: var(--d-mark); color: var(--d-mark-fg); border-radius: 2px; padding: 0 1px; }
.defuse button, .defuse select, .defuse textarea, .defuse input { font: inherit; color: inherit; margin: 0; }

.defuse-header { display: flex; align-items: center; gap: 6px; padding: 10px 12px; border-bottom: 1px solid var(--d-border); }
.defuse-title { flex: 1; }
.defuse-body { flex: 1; overflow-y: auto; padding: 10px 12px 16px; display: flex; flex-direction: column; gap: 14px; }
/* Sections keep their height; the body scrolls instead of squashing them. */
.defuse-body > * { flex-shrink: 0; }
.defuse-help { padding: 6px 12px; border-top: 1px solid var(--d-border); color: var(--d-muted); font-size: 11px; }
.defuse-muted { color: var(--d-muted); }
.defuse-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }

.defuse-button, .defuse-icon, .defuse-link, .defuse-tab {
  display: inline-flex; align-items: center; gap: 4px; cursor: pointer;
  border: 1px solid var(--d-border); border-radius: 6px; background: var(--d-panel);
  padding: 3px 9px; line-height: 1.4; white-space: nowrap; flex-shrink: 0;
}
.defuse-button:hover, .defuse-icon:hover { border-color: var(--d-accent); }
.defuse-button.primary { background: var(--d-accent); color: var(--d-accent-fg); border-color: var(--d-accent); }
.defuse-button.quiet, .defuse-link { background: none; border-color: transparent; }

.defuse-resize { position: absolute; top: 0; bottom: 0; left: -4px; width: 8px; cursor: ew-resize; touch-action: none; user-select: none; }
.defuse--left .defuse-resize { left: auto; right: -4px; }

.defuse-tab { flex-direction: column; padding: 8px 6px; border-radius: 8px 0 0 8px; background: var(--d-bg); box-shadow: -2px 0 8px var(--d-shadow); font-weight: 700; }
.defuse--left .defuse-tab { border-radius: 0 8px 8px 0; }
.defuse-tab-dot { width: 12px; height: 12px; border-radius: 50%; background: var(--d-band); }

.defuse-error { display: flex; gap: 6px; align-items: center; justify-content: space-between; padding: 6px 12px; color: var(--d-error); font-size: 12px; border-bottom: 1px solid var(--d-border); }
.defuse--collapsed .defuse-error { display: none; }

.defuse-gauge-row { display: flex; align-items: baseline; gap: 8px; }
.defuse-level { font-size: 28px; font-weight: 700; font-variant-numeric: tabular-nums; color: var(--d-band); }
.defuse-band { font-size: 15px; font-weight: 600; text-transform: capitalize; color: var(--d-band); }
.defuse-trend-mark { font-size: 16px; color: var(--d-muted); }
.defuse-bar { display: block; width: 100%; height: 8px; margin-top: 4px; }
.defuse-bar-track { fill: var(--d-panel); stroke: var(--d-border); stroke-width: .3; }
.defuse-bar-fill { fill: var(--d-band); }

.defuse-chart { display: block; width: 100%; height: 40px; background: var(--d-panel); border-radius: 4px; }
.defuse-chart-guide { stroke: var(--d-border); stroke-width: 1; vector-effect: non-scaling-stroke; }
.defuse-chart-line { fill: none; stroke: var(--d-band); stroke-width: 1.5; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.defuse-chart-dot { fill: var(--d-band); }

.defuse-timers { display: flex; flex-direction: column; gap: 6px; }
.defuse-wait, .defuse-followup { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px; border-radius: 6px; background: var(--d-panel); }
.defuse-timer { font-variant-numeric: tabular-nums; font-weight: 700; }
.defuse-timer-label { color: var(--d-muted); }
.defuse-wait.warm { box-shadow: inset 3px 0 var(--d-tense); }
.defuse-wait.late { box-shadow: inset 3px 0 var(--d-heated); }
.defuse-wait.overdue { box-shadow: inset 3px 0 var(--d-critical); }
.defuse-wait.overdue .defuse-timer { color: var(--d-critical); }
.defuse-followup.due { box-shadow: inset 3px 0 var(--d-accent); font-weight: 700; }
.defuse-promise { font-size: 12px; color: var(--d-muted); padding-left: 8px; }
.defuse-promise.overdue, .defuse-promise.late { color: var(--d-critical); font-weight: 700; }
.defuse-promise.kept { color: var(--d-calm); }
.defuse-flag-tip { margin-top: 4px; font-style: italic; }

.defuse-technique { font-size: 15px; font-weight: 700; }
.defuse-technique::first-letter, .defuse-tag::first-letter { text-transform: uppercase; }
.defuse-why { color: var(--d-muted); margin-top: 2px; }
.defuse-stages { display: flex; gap: 4px; margin-top: 8px; }
.defuse-stage { flex: 1; text-align: center; font-size: 11px; padding: 2px 0; border-radius: 4px; background: var(--d-panel); color: var(--d-muted); }
.defuse-stage.done { color: var(--d-fg); }
.defuse-stage.current { background: var(--d-accent); color: var(--d-accent-fg); font-weight: 700; }

.defuse-list { display: flex; flex-direction: column; gap: 6px; }
.defuse-reason, .defuse-flag { padding: 6px 8px; border-radius: 6px; background: var(--d-panel); box-shadow: inset 3px 0 var(--d-band); overflow-wrap: anywhere; }
.defuse-reason.calming { box-shadow: inset 3px 0 var(--d-calm); }
.defuse-reason-label { display: block; font-size: 11px; font-weight: 700; color: var(--d-muted); }

.defuse-replies { display: flex; flex-direction: column; gap: 8px; }
.defuse-reply { border: 1px solid var(--d-border); border-radius: 8px; padding: 8px; display: flex; flex-direction: column; gap: 6px; }
.defuse-reply-head { display: flex; justify-content: space-between; align-items: center; }
.defuse-tag { display: inline-block; font-size: 11px; font-weight: 700; color: var(--d-accent); }
.defuse-kbd { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--d-muted); border: 1px solid var(--d-border); border-radius: 4px; padding: 0 4px; }
.defuse-reply-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.defuse-editor { width: 100%; resize: vertical; min-height: 70px; padding: 6px; border: 1px solid var(--d-border); border-radius: 6px; background: var(--d-bg); }
.defuse-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.defuse-ask { width: 100%; font-size: 12px; color: var(--d-muted); }
.defuse-undo-row { display: flex; justify-content: space-between; align-items: center; padding: 4px 8px; border-radius: 6px; background: var(--d-panel); }

.defuse-verdict { font-weight: 700; margin-bottom: 6px; }
.defuse-verdict.ok { color: var(--d-calm); }
.defuse-verdict.warm { color: var(--d-tense); }
.defuse-verdict.bad { color: var(--d-critical); }
.defuse-flag-reason { margin-top: 2px; }
.defuse-flag-rewrite { display: flex; justify-content: space-between; gap: 6px; align-items: center; margin-top: 4px; }

.defuse-settings { display: flex; flex-direction: column; gap: 6px; padding: 10px 12px; border-bottom: 1px solid var(--d-border); background: var(--d-panel); }
.defuse-field { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.defuse-field select { border: 1px solid var(--d-border); border-radius: 4px; background: var(--d-bg); padding: 2px 4px; }
.defuse-check { justify-content: flex-start; }
"#;

#[cfg(test)]
mod tests {
    //! Text contrast for every colour the sidebar writes text in, in both themes (WCAG 2.1
    //! AA: 4.5:1 for normal text). The e2e axe spec checks the rendered sidebar in two
    //! bands; this checks all five bands' colours without a browser.

    use super::STYLE;

    /// The `--d-*: #rrggbb` custom properties in the first block after `selector`.
    fn palette(selector: &str) -> Vec<(String, [u8; 3])> {
        let start = STYLE.find(selector).expect("selector in STYLE") + selector.len();
        let block = &STYLE[start..];
        let block = &block[..block.find('}').expect("block end")];
        block
            .split(';')
            .filter_map(|decl| {
                let (name, value) = decl.split_once(':')?;
                let name = name.trim().strip_prefix("--d-")?;
                let hex = value.trim().strip_prefix('#')?;
                let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
                Some((name.to_string(), [byte(0)?, byte(2)?, byte(4)?]))
            })
            .collect()
    }

    fn luminance(rgb: [u8; 3]) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    }

    fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn contrast_is_known_for_black_on_white() {
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
        // The light theme's old "tense" colour, which axe measured at 3.2:1.
        assert!((contrast([0xb9, 0x89, 0x00], [255, 255, 255]) - 3.2).abs() < 0.05);
    }

    #[test]
    fn every_text_colour_reaches_aa_on_both_backgrounds_in_both_themes() {
        let light = palette(".defuse {");
        let dark = palette(".defuse--dark {");
        let mut failures = Vec::new();
        for (theme, colours) in [("light", &light), ("dark", &dark)] {
            let get = |name: &str| {
                colours
                    .iter()
                    .find(|(n, _)| n == name)
                    .unwrap_or_else(|| panic!("--d-{name} in the {theme} theme"))
                    .1
            };
            let text = [
                "fg", "muted", "accent", "error", "calm", "tense", "heated", "hostile", "critical",
            ];
            let mut pairs: Vec<(&str, &str)> = Vec::new();
            for fg in text {
                pairs.push((fg, "bg"));
                pairs.push((fg, "panel"));
            }
            pairs.push(("mark-fg", "mark"));
            pairs.push(("accent-fg", "accent"));
            for (fg, bg) in pairs {
                let ratio = contrast(get(fg), get(bg));
                if ratio < 4.5 {
                    failures.push(format!("{theme}: --d-{fg} on --d-{bg} is {ratio:.2}:1"));
                }
            }
        }
        assert!(failures.is_empty(), "below 4.5:1:\n{}", failures.join("\n"));
    }

    #[test]
    fn the_dark_media_query_repeats_the_dark_theme() {
        let media = STYLE.find("@media (prefers-color-scheme: dark)").unwrap();
        let auto = &STYLE[media..];
        let start = auto.find(".defuse:not(.defuse--light) {").unwrap();
        let block = &auto[start..];
        let block = &block[..block.find('}').unwrap()];
        let dark = palette(".defuse--dark {");
        for (name, rgb) in dark {
            let hex = format!("--d-{name}: #{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
            assert!(block.contains(&hex), "the auto dark theme lacks {hex}");
        }
    }
}
