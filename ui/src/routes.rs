//! Which page the URL names. A handful of pages do not justify a router crate (leptos_router adds
//! tens of KB of WASM).
//!
//! - The residents' pages are named by the hash (`#/`, `#/life-events/<event>`, `#/procedures/<id>`, the steps
//!   of an application `#/procedures/<id>/apply/<n>`, `…/apply/check`, `…/apply/declaration`,
//!   `…/apply/sent`, `#/applications`, `#/account`, `#/notices`, `#/notices/<id>` and `#/notices/profile`; counter appointments `#/booking…`, whose pages read the
//!   rest themselves): that works the same from the server and from the app's bundled files, and
//!   needs no server-side routes. [`Route::href`] writes them back.
//! - The component gallery is a path (`/gallery/`), because it is a separate bundle
//!   (`ui/dist/gallery/`, feature `gallery`) served only in web mode.

use madoguchi_domain::notice::NoticeId;
use madoguchi_domain::{LifeEvent, ProcedureId};

/// The procedure of お問い合わせ (asking the city), which the menu links to.
pub const INQUIRY: &str = "inquiry";

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The procedure list (`#/`, and any hash we do not know).
    Home,
    /// The procedures of one life event (`#/life-events/moving`): the home page, narrowed.
    LifeEvent(LifeEvent),
    /// One procedure: what it is, where it can be done, what it needs (`#/procedures/<id>`).
    Procedure(ProcedureId),
    /// A stage of applying for it online (`#/procedures/<id>/apply/…`).
    Apply(ProcedureId, Stage),
    /// The resident's drafts and sent applications (`#/applications`).
    Applications,
    /// Signing in, or the signed-in resident's account, devices and audit log (`#/account`).
    Account,
    /// The city's notices and the resident's own (`#/notices`).
    Notices,
    /// The notice profile kept on the device, with its consent record (`#/notices/profile`).
    NoticeProfile,
    /// One of the city's notices (`#/notices/<id>`).
    Notice(NoticeId),
    /// Counter appointments (`#/booking`, `#/booking/<service>/…`, `#/bookings`), with the rest of
    /// the hash after `#/booking`: the booking pages read it themselves
    /// (`pages::booking::BookingRoute`), so that their routes add nothing to the first load.
    Booking(String),
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
            "" | "#" | "#/" => return Some(Route::Home),
            // お問い合わせ is the city's `inquiry` form, like any other application; the short hash
            // older links and the printed leaflets use still leads to it.
            "#/inquiry" => return ProcedureId::parse(INQUIRY).ok().map(Route::Procedure),
            "#/applications" => return Some(Route::Applications),
            "#/account" => return Some(Route::Account),
            "#/notices" => return Some(Route::Notices),
            "#/notices/profile" => return Some(Route::NoticeProfile),
            _ => {}
        }
        if let Some(event) = hash.strip_prefix("#/life-events/") {
            return LifeEvent::parse(event).map(Route::LifeEvent);
        }
        if let Some(id) = hash.strip_prefix("#/notices/") {
            return NoticeId::parse(id).ok().map(Route::Notice);
        }
        if let Some(rest) = hash.strip_prefix("#/booking")
            && (rest.is_empty() || rest == "s" || rest.starts_with('/'))
        {
            return Some(Route::Booking(rest.to_owned()));
        }
        let rest = hash.strip_prefix("#/procedures/")?;
        let (id, stage) = match rest.split_once('/') {
            Some((id, stage)) => (id, Some(stage)),
            None => (rest, None),
        };
        let id = ProcedureId::parse(id).ok()?;
        match stage {
            None => Some(Route::Procedure(id)),
            Some(stage) => Stage::parse(stage.strip_prefix("apply/")?).map(|s| Route::Apply(id, s)),
        }
    }

    /// The hash that names this page (the gallery's is its path).
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::LifeEvent(event) => format!("#/life-events/{}", event.as_str()),
            Route::Applications => "#/applications".to_owned(),
            Route::Account => "#/account".to_owned(),
            Route::Notices => "#/notices".to_owned(),
            Route::NoticeProfile => "#/notices/profile".to_owned(),
            Route::Notice(id) => format!("#/notices/{id}"),
            Route::Procedure(id) => format!("#/procedures/{id}"),
            Route::Apply(id, stage) => format!("#/procedures/{id}/apply/{}", stage.segment()),
            Route::Booking(rest) => format!("#/booking{rest}"),
            Route::Gallery => "/gallery/".to_owned(),
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

/// Where in an application the resident is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// A step of the form, from 0 (the URL counts from 1, as the step indicator does).
    Step(usize),
    /// Check your answers.
    Check,
    /// The declaration, then submit.
    Declaration,
    /// The confirmation with the reference.
    Sent,
}

impl Stage {
    fn parse(segment: &str) -> Option<Self> {
        match segment {
            "check" => Some(Stage::Check),
            "declaration" => Some(Stage::Declaration),
            "sent" => Some(Stage::Sent),
            n => n
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .map(Stage::Step),
        }
    }

    fn segment(self) -> String {
        match self {
            Stage::Step(n) => (n + 1).to_string(),
            Stage::Check => "check".to_owned(),
            Stage::Declaration => "declaration".to_owned(),
            Stage::Sent => "sent".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::notice::NoticeId;
    use madoguchi_domain::{LifeEvent, ProcedureId};

    use super::{Route, Stage};

    fn child_allowance() -> ProcedureId {
        ProcedureId::parse("child-allowance").unwrap()
    }

    #[test]
    fn a_procedure_and_the_stages_of_applying_have_their_own_hash() {
        assert_eq!(
            Route::from_location("/", "#/procedures/child-allowance"),
            Some(Route::Procedure(child_allowance()))
        );
        assert_eq!(
            Route::from_location("/", "#/procedures/child-allowance/apply/1"),
            Some(Route::Apply(child_allowance(), Stage::Step(0)))
        );
        assert_eq!(
            Route::from_location("/", "#/procedures/child-allowance/apply/check"),
            Some(Route::Apply(child_allowance(), Stage::Check))
        );
        assert_eq!(
            Route::from_location("/", "#/applications"),
            Some(Route::Applications)
        );
        assert_eq!(Route::from_location("/", "#/account"), Some(Route::Account));
    }

    #[test]
    fn every_route_reads_back_from_the_hash_it_writes() {
        let routes = [
            Route::Home,
            Route::LifeEvent(LifeEvent::Moving),
            Route::LifeEvent(LifeEvent::SchoolEntry),
            Route::Applications,
            Route::Account,
            Route::Notices,
            Route::NoticeProfile,
            Route::Notice(NoticeId::parse("ntc-0123456789abcdef0123").unwrap()),
            Route::Procedure(child_allowance()),
            Route::Apply(child_allowance(), Stage::Step(2)),
            Route::Apply(child_allowance(), Stage::Check),
            Route::Apply(child_allowance(), Stage::Declaration),
            Route::Apply(child_allowance(), Stage::Sent),
            Route::Booking(String::new()),
            Route::Booking("s".to_owned()),
            Route::Booking("/my-number-card/time".to_owned()),
        ];
        for route in routes {
            assert_eq!(
                Route::from_location("/", &route.href()),
                Some(route.clone()),
                "{route:?}"
            );
        }
    }

    #[test]
    fn the_booking_pages_get_the_rest_of_their_hash() {
        assert_eq!(
            Route::from_location("/", "#/booking"),
            Some(Route::Booking(String::new()))
        );
        assert_eq!(
            Route::from_location("/", "#/bookings"),
            Some(Route::Booking("s".to_owned()))
        );
        assert_eq!(
            Route::from_location("/", "#/booking/my-number-card/check"),
            Some(Route::Booking("/my-number-card/check".to_owned()))
        );
        assert_eq!(Route::from_location("/", "#/bookingsx"), None);
    }

    #[test]
    fn a_malformed_procedure_hash_is_not_a_route() {
        // Step 0 does not exist (steps count from 1), nor does an id that is not a slug.
        assert_eq!(
            Route::from_location("/", "#/procedures/child-allowance/apply/0"),
            None
        );
        assert_eq!(Route::from_location("/", "#/procedures/Child_Allowance"), None);
        assert_eq!(
            Route::from_location("/", "#/procedures/child-allowance/other"),
            None
        );
    }

    #[test]
    fn the_gallery_path_shows_the_gallery_with_or_without_a_trailing_slash() {
        assert_eq!(Route::from_location("/gallery", ""), Some(Route::Gallery));
        assert_eq!(Route::from_location("/gallery/", "#main"), Some(Route::Gallery));
    }

    #[test]
    fn hashes_name_the_residents_pages() {
        assert_eq!(Route::from_location("/", ""), Some(Route::Home));
        assert_eq!(Route::from_location("/", "#/"), Some(Route::Home));
        assert_eq!(
            Route::from_location("/", "#/inquiry"),
            Some(Route::Procedure(ProcedureId::parse("inquiry").unwrap()))
        );
        assert_eq!(Route::from_location("/galleryx", ""), Some(Route::Home));
    }

    #[test]
    fn the_skip_links_target_is_not_a_route() {
        assert_eq!(Route::from_location("/", "#main"), None);
    }
}
