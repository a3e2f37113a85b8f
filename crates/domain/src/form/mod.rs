//! Application forms (申請書) as data: a city writes a procedure's form as a versioned
//! [`FormSchema`] (steps of typed fields, constraints, conditions, texts per locale), and one
//! validator, [`validate`], judges a resident's [`Answers`] against it. The UI runs it on each step,
//! the shell before queueing, and the server on arrival (it never trusts the client); all three
//! therefore agree on every rule, and every problem is a field path plus a message id, never text.
//!
//! - [`schema`]: the schema types and [`FormSchema::check`], which refuses a schema that cannot be
//!   filled (duplicate ids, conditions on later fields, options without Japanese labels, …).
//! - [`answer`]: what a resident gives for each kind of field, as it crosses the wire.
//! - [`validate`]: visibility, the rules of each field kind, and the normalised answers.
//! - [`mask`]: the pattern language for text fields (`####-######`), kept tiny on purpose: no regex
//!   engine in the UI's WASM, and a city cannot write a pattern that hangs the validator.
//! - [`problem`]: a field problem as the API and the UI carry it.
//! - [`prefill`]: "once only": the resident's own details, learnt from what they already told the
//!   city and filled into the fields that ask for them.

pub mod answer;
pub mod mask;
pub mod prefill;
pub mod problem;
pub mod schema;
pub mod validate;

#[cfg(test)]
mod tests;

pub use answer::{AddressAnswer, Answer, Answers, NameAnswer};
pub use mask::Mask;
pub use prefill::{Detail, ResidentDetails};
pub use problem::{FieldProblem, MessageArg};
pub use schema::{
    Choice, Condition, Field, FieldErrors, FieldId, FieldKind, FormSchema, Guide, SchemaProblem, Step,
};
pub use validate::{Accepted, validate, validate_step, visible_fields};
