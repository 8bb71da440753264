//! pizhu builds sites of annotated articles.
pub mod config;
pub mod error;
pub mod fs;
pub mod load;
pub mod model;
pub mod yaml;
