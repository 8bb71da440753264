//! pizhu's integration tests: one binary, one module per area. Every test builds a small
//! site in a temporary folder through [`common::TestSite`] and reads what came out.

mod browser;
mod build;
mod check;
mod cli;
mod common;
mod errors;
mod glossary;
mod golden;
mod raw_fixtures;
mod real_audit;
mod real_forms;
mod real_speakers;
mod real_terms;
mod related;
mod seed;
mod serve;
mod speakers;
