//! Robustness on real text: every text in `../shared/data` through `analyze`, `advise` and
//! `coach` (`corpus`), a structure-aware fuzz that mutates real sentences (`fuzz`), and the
//! crashes either has ever found, kept as regression cases (`tests/data/regressions/`).

mod corpus;
mod fuzz;
mod invariants;
mod texts;
