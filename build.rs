// The flows and locales are embedded with include_dir, which cannot tell
// cargo which files it read: rebuild whenever either directory changes.
fn main() {
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
}
