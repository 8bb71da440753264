//! Annotation: what pizhu adds to an article's text. Each pass reads the article and the
//! site-wide data (glossary, segmenter) and returns records; the renderer weaves them into
//! the page.

pub mod glossary;
pub mod people;
pub mod reading;
pub mod related;
pub mod segment;
pub mod speakers;
pub mod suggest;

pub use glossary::{Glossary, GlossaryEntry, TermHit};
pub use people::People;
pub use segment::Segmenter;
pub use speakers::{Detector, Speaker, Speakers, UnnamedSource};
