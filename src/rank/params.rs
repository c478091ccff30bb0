//! Ranking parameters, with the defaults tuned on the BBC and XSum dev sets
//! (see `src/bin/eval_rouge.rs`).

/// Parameters of sentence ranking and selection. [`Params::default`] holds
/// the tuned `DEFAULT_*` values; other values are for evaluation runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// PageRank damping factor.
    pub damping: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            damping: super::DEFAULT_DAMPING,
        }
    }
}

impl Params {
    /// Sets the parameter called `name` (its field name) to `value`.
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), String> {
        let slot = match name {
            "damping" => &mut self.damping,
            _ => return Err(format!("unknown ranking parameter {name:?}")),
        };
        *slot = value;
        Ok(())
    }
}
