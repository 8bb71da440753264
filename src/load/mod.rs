//! Loading: files become [`Article`]s, and nothing else decides anything here.
//!
//! A raw `.txt` article is decoded ([`encoding`]), split from optional front matter
//! ([`front_matter`]) and parsed ([`raw_text`]); a `.md` file is front matter and Markdown.
//! Both become the same [`Article`] and go one path afterwards.

pub mod dates;
pub mod encoding;
pub mod front_matter;
pub mod raw_text;
