//! Which page a path shows. Two pages do not justify a router crate (leptos_router adds tens of KB of
//! WASM); the server answers every non-API path with index.html, so reading `location.pathname`
//! once at start-up is enough, and links between pages are ordinary full navigations.

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The procedure list (`/`, and any path we do not know, so old links still land somewhere).
    Home,
    /// Every example of every kit component (`/gallery/`), for tests and for people building screens.
    /// Served from its own bundle (`ui/dist/gallery/`, feature `gallery`).
    Gallery,
}

impl Route {
    pub fn from_path(path: &str) -> Self {
        match path.trim_end_matches('/') {
            "/gallery" => Route::Gallery,
            _ => Route::Home,
        }
    }

    /// The page the browser is on.
    pub fn current() -> Self {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        Self::from_path(&path)
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn the_gallery_path_shows_the_gallery_with_or_without_a_trailing_slash() {
        assert_eq!(Route::from_path("/gallery"), Route::Gallery);
        assert_eq!(Route::from_path("/gallery/"), Route::Gallery);
    }

    #[test]
    fn the_root_and_unknown_paths_show_home() {
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(Route::from_path("/nowhere"), Route::Home);
        assert_eq!(Route::from_path("/galleryx"), Route::Home);
    }
}
