//! Which page the URL names. Three pages do not justify a router crate (leptos_router adds tens of
//! KB of WASM).
//!
//! - The residents' pages are named by the hash (`#/`, `#/inquiry`): that works the same from the
//!   server and from the app's bundled files, and needs no server-side routes.
//! - The component gallery is a path (`/gallery/`), because it is a separate bundle
//!   (`ui/dist/gallery/`, feature `gallery`) served only in web mode.

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The procedure list (`#/`, and any hash we do not know).
    Home,
    /// Ask the city (`#/inquiry`).
    Inquiry,
    /// Every example of every kit component (`/gallery/`), for tests and for people building screens.
    Gallery,
}

impl Route {
    /// The route for a location; `None` for hashes that are not routes (e.g. the skip link's
    /// `#main`), which keep the current page.
    pub fn from_location(path: &str, hash: &str) -> Option<Self> {
        if path.trim_end_matches('/') == "/gallery" {
            return Some(Route::Gallery);
        }
        match hash {
            "" | "#" | "#/" => Some(Route::Home),
            "#/inquiry" => Some(Route::Inquiry),
            _ => None,
        }
    }

    /// The page the browser is on.
    pub fn current() -> Option<Self> {
        let location = web_sys::window().map(|w| w.location());
        let path = location
            .as_ref()
            .and_then(|l| l.pathname().ok())
            .unwrap_or_default();
        let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
        Self::from_location(&path, &hash)
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn the_gallery_path_shows_the_gallery_with_or_without_a_trailing_slash() {
        assert_eq!(Route::from_location("/gallery", ""), Some(Route::Gallery));
        assert_eq!(Route::from_location("/gallery/", "#main"), Some(Route::Gallery));
    }

    #[test]
    fn hashes_name_the_residents_pages() {
        assert_eq!(Route::from_location("/", ""), Some(Route::Home));
        assert_eq!(Route::from_location("/", "#/"), Some(Route::Home));
        assert_eq!(Route::from_location("/", "#/inquiry"), Some(Route::Inquiry));
        assert_eq!(Route::from_location("/galleryx", ""), Some(Route::Home));
    }

    #[test]
    fn the_skip_links_target_is_not_a_route() {
        assert_eq!(Route::from_location("/", "#main"), None);
    }
}
