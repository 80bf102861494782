//! Tests: the playbook engine (golden conversations per PRODUCT.md row, mirroring, the draft
//! coach, configuration).

mod coach;
mod config;
mod golden;
mod mirror;
mod props;
mod situation_real;
mod situation_turns;
