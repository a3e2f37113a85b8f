//! `cargo xtask bench load`: the server under load (stub, being written).

use crate::step::Result;

pub fn main(_args: &[String]) -> Result {
    Err("not yet".into())
}
