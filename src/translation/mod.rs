//! Translator tooling, above `i18n`: the `.ftl` files read again with
//! every name's place (`ftl`), each locale compared with English and the
//! problems found (`compare`, for `check`, `i18n status` and the loader's
//! refusal of broken text), the plural variants a language needs
//! (`plural`), and a new language's files scaffolded from English
//! (`scaffold`, for `i18n new`). A running program formats messages with
//! `i18n` alone.

pub mod compare;
pub mod ftl;
mod plural;
pub mod scaffold;
mod touched;
