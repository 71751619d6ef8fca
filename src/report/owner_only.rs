//! Ticket files on Windows, readable by the user alone: created with an
//! owner-only ACL, the counterpart of mode 0600. A private folder would not
//! do: tickets go where the agent says (`--ticket-dir`, else the current
//! folder), which we do not own. The ACL is given to `CreateFileW` itself,
//! so the file never exists, not even empty, with the folder's inherited
//! ACL (a handle opened then would keep its access).
//!
//! The ACL is written in SDDL: `O:<user>D:P(A;;FA;;;<user>)`, the user owns
//! the file and is the one entry of a protected DACL (`P`: nothing
//! inherited from the folder), with full access (`FA`). Administrators can
//! still take ownership, as root can read a 0600 file.

use std::ffi::OsStr;
use std::fs::File;
use std::io;
use std::os::windows::ffi::OsStrExt;
use std::os::windows::io::FromRawHandle;
use std::path::Path;
use std::ptr;

use windows_sys::Win32::Foundation::{
    CloseHandle, FALSE, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE, LocalFree,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{
    GetTokenInformation, PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES, TOKEN_QUERY, TOKEN_USER, TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::{
    CREATE_NEW, CreateFileW, FILE_ATTRIBUTE_NORMAL, FILE_SHARE_DELETE, FILE_SHARE_READ, FILE_SHARE_WRITE,
};
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};
use windows_sys::core::{BOOL, PWSTR};

/// A new file at `path` only the current user can open; fails, as
/// `create_new` does, if anything is there.
pub(crate) fn create_new(path: &Path) -> io::Result<File> {
    let user = current_user_sid()?;
    let descriptor = Descriptor::from_sddl(&format!("O:{user}D:P(A;;FA;;;{user})"))?;
    let attributes = SECURITY_ATTRIBUTES {
        nLength: u32::try_from(size_of::<SECURITY_ATTRIBUTES>()).unwrap_or(u32::MAX),
        lpSecurityDescriptor: descriptor.0,
        bInheritHandle: FALSE,
    };
    let path = wide(path.as_os_str());
    // SAFETY: the name is NUL-terminated and the attributes and their
    // descriptor outlive the call. The sharing is std's own, so the name
    // can be linked, renamed and removed while the file is open.
    let handle = unsafe {
        CreateFileW(
            path.as_ptr(),
            GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
            &attributes,
            CREATE_NEW,
            FILE_ATTRIBUTE_NORMAL,
            ptr::null_mut(),
        )
    };
    if handle == INVALID_HANDLE_VALUE {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a valid handle just opened, owned by nothing else.
    Ok(unsafe { File::from_raw_handle(handle) })
}

/// The user this process runs as, as a SID string (`S-1-5-21-…`).
fn current_user_sid() -> io::Result<String> {
    let mut token: HANDLE = ptr::null_mut();
    // SAFETY: the pseudo-handle of this process; `token` receives a handle.
    check(unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) })?;
    let token = Handle(token);
    let mut size = 0u32;
    // SAFETY: asks only for the size (an error saying so is expected).
    unsafe { GetTokenInformation(token.0, TokenUser, ptr::null_mut(), 0, &mut size) };
    // u64s: TOKEN_USER holds a pointer, so the buffer is aligned for one.
    let mut buffer = vec![0u64; (size as usize).div_ceil(8).max(1)];
    let capacity = u32::try_from(buffer.len() * 8).unwrap_or(u32::MAX);
    // SAFETY: the buffer holds `capacity` bytes.
    check(unsafe {
        GetTokenInformation(token.0, TokenUser, buffer.as_mut_ptr().cast(), capacity, &mut size)
    })?;
    // SAFETY: filled by the call above with a TOKEN_USER, whose SID points
    // into the same buffer, alive until the end of this function.
    let sid = unsafe { (*buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid };
    let mut text: PWSTR = ptr::null_mut();
    // SAFETY: a valid SID; `text` receives a string to free with LocalFree.
    check(unsafe { ConvertSidToStringSidW(sid, &mut text) })?;
    let text = Local(text.cast());
    // SAFETY: a NUL-terminated string from the call above.
    Ok(unsafe { from_wide(text.0.cast()) })
}

/// A security descriptor made from SDDL, freed when dropped.
struct Descriptor(PSECURITY_DESCRIPTOR);

impl Descriptor {
    fn from_sddl(sddl: &str) -> io::Result<Self> {
        let sddl = wide(OsStr::new(sddl));
        let mut descriptor: PSECURITY_DESCRIPTOR = ptr::null_mut();
        // SAFETY: a NUL-terminated string; `descriptor` receives memory to
        // free with LocalFree.
        check(unsafe {
            ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl.as_ptr(),
                SDDL_REVISION_1,
                &mut descriptor,
                ptr::null_mut(),
            )
        })?;
        Ok(Self(descriptor))
    }
}

impl Drop for Descriptor {
    fn drop(&mut self) {
        drop(Local(self.0));
    }
}

/// Memory Windows allocated for us, freed when dropped.
struct Local(*mut core::ffi::c_void);

impl Drop for Local {
    fn drop(&mut self) {
        // SAFETY: allocated by the call that gave it, freed once.
        unsafe { LocalFree(self.0) };
    }
}

/// A handle closed when dropped.
struct Handle(HANDLE);

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: a handle we opened, closed once.
        unsafe { CloseHandle(self.0) };
    }
}

fn check(ok: BOOL) -> io::Result<()> {
    if ok == FALSE { Err(io::Error::last_os_error()) } else { Ok(()) }
}

/// `text` as a NUL-terminated UTF-16 string.
fn wide(text: &OsStr) -> Vec<u16> {
    text.encode_wide().chain([0]).collect()
}

/// The NUL-terminated UTF-16 string at `text`.
///
/// # Safety
/// `text` points to a NUL-terminated UTF-16 string.
unsafe fn from_wide(text: *const u16) -> String {
    let mut len = 0;
    // SAFETY: the caller's promise: every unit up to the NUL is readable.
    while unsafe { *text.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: the `len` units just read.
    String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(text, len) })
}

#[cfg(test)]
mod tests {
    use windows_sys::Win32::Security::Authorization::{
        ConvertSecurityDescriptorToStringSecurityDescriptorW, GetNamedSecurityInfoW, SE_FILE_OBJECT,
    };
    use windows_sys::Win32::Security::{DACL_SECURITY_INFORMATION, OWNER_SECURITY_INFORMATION};

    use super::*;
    use crate::report::save::{SaveJob, save};

    /// The owner and DACL of the file at `path`, in SDDL.
    fn acl_of(path: &Path) -> String {
        let path = wide(path.as_os_str());
        let what = OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
        let mut descriptor: PSECURITY_DESCRIPTOR = ptr::null_mut();
        let (mut owner, mut dacl) = (ptr::null_mut(), ptr::null_mut());
        let status = unsafe {
            GetNamedSecurityInfoW(
                path.as_ptr(),
                SE_FILE_OBJECT,
                what,
                &mut owner,
                ptr::null_mut(),
                &mut dacl,
                ptr::null_mut(),
                &mut descriptor,
            )
        };
        assert_eq!(status, 0, "GetNamedSecurityInfoW");
        let descriptor = Descriptor(descriptor);
        let mut text: PWSTR = ptr::null_mut();
        check(unsafe {
            ConvertSecurityDescriptorToStringSecurityDescriptorW(
                descriptor.0,
                SDDL_REVISION_1,
                what,
                &mut text,
                ptr::null_mut(),
            )
        })
        .unwrap();
        let text = Local(text.cast());
        unsafe { from_wide(text.0.cast()) }
    }

    /// Who the file's DACL lets in (the trustee of each allowing entry),
    /// and its owner.
    fn who_may_open(path: &Path) -> (String, Vec<String>) {
        let sddl = acl_of(path);
        let (owner, dacl) = sddl.strip_prefix("O:").unwrap().split_once("D:").unwrap();
        let trustees = dacl
            .split(['(', ')'])
            .filter(|ace| ace.contains(';'))
            .map(|ace| {
                let fields: Vec<&str> = ace.split(';').collect();
                assert_eq!(fields[0], "A", "only entries that allow: {sddl}");
                fields[5].to_string()
            })
            .collect();
        (owner.to_string(), trustees)
    }

    /// The user alone, or, under Wine, which keeps an ACL as Unix
    /// permissions (0600 here) and reads it back with SYSTEM added, the
    /// user and SYSTEM (the system itself, as root is on Unix). On
    /// Windows the DACL is exactly the one written.
    fn assert_private(path: &Path) {
        let user = current_user_sid().unwrap();
        let (owner, mut trustees) = who_may_open(path);
        assert_eq!(owner, user, "{}", path.display());
        trustees.retain(|sid| sid != "SY");
        assert_eq!(trustees, [user], "{}", path.display());
    }

    #[test]
    fn a_new_file_is_owned_by_the_user_and_open_to_no_one_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("private.txt");
        drop(create_new(&path).unwrap());
        assert!(current_user_sid().unwrap().starts_with("S-1-"));
        assert_private(&path);
        // What the check tells apart: a file made the ordinary way lets
        // others in too (Administrators on Windows, Everyone under Wine).
        let ordinary = dir.path().join("ordinary.txt");
        std::fs::write(&ordinary, "x").unwrap();
        let (_, trustees) = who_may_open(&ordinary);
        assert!(
            trustees.iter().any(|sid| sid != "SY" && *sid != current_user_sid().unwrap()),
            "{trustees:?}"
        );
        let again = create_new(&path).unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
    }

    #[test]
    fn saved_tickets_are_readable_by_the_user_alone() {
        let dir = tempfile::tempdir().unwrap();
        let job = SaveJob {
            dir: dir.path().to_path_buf(),
            created: "2026-11-27T14:15:00Z".into(),
            text: "one".into(),
            markdown: "# one".into(),
            json: "{}".into(),
        };
        let first = save(&job, None).unwrap();
        let again = save(&job, Some(&first)).unwrap();
        for path in [&again.text, &again.markdown, &again.json] {
            assert_private(path);
            assert!(std::fs::read_to_string(path).is_ok(), "the user can read it");
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3, "no temporary file left");
    }
}
