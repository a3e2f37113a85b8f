//! The UI read from a folder at run time instead of the files embedded at build time: what the
//! `madoguchi-gallery` binary serves (`ui/dist`, which holds the component gallery under
//! `gallery/`). The app residents install embeds `ui/dist-app`, which does not.
//!
//! Only files under the folder are served: a key with `..` or any other component that is not a
//! plain name gets nothing. The build's compressed copies (`.br`, `.gz`) are there but never
//! asked for: Tauri asks for the plain name.

use std::borrow::Cow;
use std::path::{Component, Path, PathBuf};

use tauri::utils::assets::{AssetKey, AssetsIter, CspHash};
use tauri::{Assets, Runtime};

/// The UI's files in `root`, read when the webview asks for them.
pub struct UiFolder {
    root: PathBuf,
}

impl UiFolder {
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
        }
    }

    /// The file `key` names under the root, if the key names a file there.
    fn path(&self, key: &str) -> Option<PathBuf> {
        let relative = Path::new(key.trim_start_matches('/'));
        relative
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
            .then(|| self.root.join(relative))
    }
}

impl<R: Runtime> Assets<R> for UiFolder {
    fn get(&self, key: &AssetKey) -> Option<Cow<'_, [u8]>> {
        let path = self.path(key.as_ref())?;
        std::fs::read(path).ok().map(Cow::Owned)
    }

    fn iter(&self) -> Box<AssetsIter<'_>> {
        // Nothing lists the assets; Tauri asks for them by name.
        Box::new(std::iter::empty())
    }

    fn csp_hashes(&self, _html_path: &AssetKey) -> Box<dyn Iterator<Item = CspHash<'_>> + '_> {
        // Our pages have no inline script or style to hash (see `ui/index.html`).
        Box::new(std::iter::empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_names_a_file_under_the_folder_and_nothing_outside_it() {
        let folder = UiFolder::new(Path::new("/srv/ui"));
        assert_eq!(
            folder.path("/gallery/index.html"),
            Some(PathBuf::from("/srv/ui/gallery/index.html"))
        );
        assert_eq!(
            folder.path("index.html"),
            Some(PathBuf::from("/srv/ui/index.html"))
        );
        assert_eq!(folder.path("/../secret"), None);
        assert_eq!(folder.path("/gallery/../../secret"), None);
        assert_eq!(folder.path("/./index.html"), None);
    }

    #[test]
    fn the_files_of_the_folder_are_served_and_a_missing_one_is_not() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("gallery")).expect("gallery folder");
        std::fs::write(dir.path().join("gallery/index.html"), "<!doctype html>").expect("write");
        let folder = UiFolder::new(dir.path());
        let asset = |key: &str| <UiFolder as Assets<tauri::Wry>>::get(&folder, &AssetKey::from(key));
        assert_eq!(
            asset("gallery/index.html").as_deref(),
            Some(b"<!doctype html>".as_slice())
        );
        assert_eq!(asset("gallery/boot.js"), None);
    }
}
