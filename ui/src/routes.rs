//! Which page the URL names. A handful of pages do not justify a router crate (leptos_router adds
//! tens of KB of WASM).
//!
//! - The residents' pages are named by the hash (`#/`, `#/inquiry`, `#/procedures/<id>`, the steps
//!   of an application `#/procedures/<id>/apply/<n>`, `…/apply/check`, `…/apply/declaration`,
//!   `…/apply/sent`, and `#/applications`; counter appointments `#/booking`, the stages of booking
//!   a service `#/booking/<service>` (the day), `…/time`, `…/details`, `…/check`, `…/done`, and
//!   `#/bookings`): that works the same from the server and from the app's bundled files, and
//!   needs no server-side routes. [`Route::href`] writes them back.
//! - The component gallery is a path (`/gallery/`), because it is a separate bundle
//!   (`ui/dist/gallery/`, feature `gallery`) served only in web mode.

use madoguchi_domain::ProcedureId;
use madoguchi_domain::booking::ServiceId;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The procedure list (`#/`, and any hash we do not know).
    Home,
    /// Ask the city (`#/inquiry`).
    Inquiry,
    /// One procedure: what it is, where it can be done, what it needs (`#/procedures/<id>`).
    Procedure(ProcedureId),
    /// A stage of applying for it online (`#/procedures/<id>/apply/…`).
    Apply(ProcedureId, Stage),
    /// The resident's drafts and sent applications (`#/applications`).
    Applications,
    /// Counter appointments: the services that can be booked (`#/booking`).
    Booking,
    /// A stage of booking a service (`#/booking/<service>`, `…/time`, …).
    Book(ServiceId, BookStage),
    /// The resident's bookings, to change or cancel (`#/bookings`).
    Bookings,
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
            "#/inquiry" => return Some(Route::Inquiry),
            "#/applications" => return Some(Route::Applications),
            "#/booking" => return Some(Route::Booking),
            "#/bookings" => return Some(Route::Bookings),
            _ => {}
        }
        if let Some(rest) = hash.strip_prefix("#/booking/") {
            let (id, stage) = rest.split_once('/').unwrap_or((rest, ""));
            let id = ServiceId::parse(id).ok()?;
            return BookStage::parse(stage).map(|stage| Route::Book(id, stage));
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
            Route::Inquiry => "#/inquiry".to_owned(),
            Route::Applications => "#/applications".to_owned(),
            Route::Procedure(id) => format!("#/procedures/{id}"),
            Route::Apply(id, stage) => format!("#/procedures/{id}/apply/{}", stage.segment()),
            Route::Booking => "#/booking".to_owned(),
            Route::Book(id, BookStage::Day) => format!("#/booking/{id}"),
            Route::Book(id, stage) => format!("#/booking/{id}/{}", stage.segment()),
            Route::Bookings => "#/bookings".to_owned(),
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

/// Where in booking a service the resident is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookStage {
    /// Pick a day (`#/booking/<service>`).
    Day,
    /// Pick a time on that day.
    Time,
    /// Who is coming and how to reach them.
    Details,
    /// Check and book (or move).
    Check,
    /// The confirmation: what to bring, where to go, the reference.
    Done,
}

impl BookStage {
    fn parse(segment: &str) -> Option<Self> {
        match segment {
            "" => Some(BookStage::Day),
            "time" => Some(BookStage::Time),
            "details" => Some(BookStage::Details),
            "check" => Some(BookStage::Check),
            "done" => Some(BookStage::Done),
            _ => None,
        }
    }

    fn segment(self) -> &'static str {
        match self {
            BookStage::Day => "",
            BookStage::Time => "time",
            BookStage::Details => "details",
            BookStage::Check => "check",
            BookStage::Done => "done",
        }
    }
}

#[cfg(test)]
mod tests {
    use madoguchi_domain::ProcedureId;
    use madoguchi_domain::booking::ServiceId;

    use super::{BookStage, Route, Stage};

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
    }

    #[test]
    fn every_route_reads_back_from_the_hash_it_writes() {
        let routes = [
            Route::Home,
            Route::Inquiry,
            Route::Applications,
            Route::Procedure(child_allowance()),
            Route::Apply(child_allowance(), Stage::Step(2)),
            Route::Apply(child_allowance(), Stage::Check),
            Route::Apply(child_allowance(), Stage::Declaration),
            Route::Apply(child_allowance(), Stage::Sent),
            Route::Booking,
            Route::Bookings,
            Route::Book(my_number_card(), BookStage::Day),
            Route::Book(my_number_card(), BookStage::Time),
            Route::Book(my_number_card(), BookStage::Details),
            Route::Book(my_number_card(), BookStage::Check),
            Route::Book(my_number_card(), BookStage::Done),
        ];
        for route in routes {
            assert_eq!(
                Route::from_location("/", &route.href()),
                Some(route.clone()),
                "{route:?}"
            );
        }
    }

    fn my_number_card() -> ServiceId {
        ServiceId::parse("my-number-card").unwrap()
    }

    #[test]
    fn booking_a_service_starts_at_its_own_hash_with_the_day() {
        assert_eq!(Route::from_location("/", "#/booking"), Some(Route::Booking));
        assert_eq!(Route::from_location("/", "#/bookings"), Some(Route::Bookings));
        assert_eq!(
            Route::from_location("/", "#/booking/my-number-card"),
            Some(Route::Book(my_number_card(), BookStage::Day))
        );
        assert_eq!(
            Route::from_location("/", "#/booking/my-number-card/check"),
            Some(Route::Book(my_number_card(), BookStage::Check))
        );
        assert_eq!(Route::from_location("/", "#/booking/my-number-card/later"), None);
        assert_eq!(Route::from_location("/", "#/booking/My_Card"), None);
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
        assert_eq!(Route::from_location("/", "#/inquiry"), Some(Route::Inquiry));
        assert_eq!(Route::from_location("/galleryx", ""), Some(Route::Home));
    }

    #[test]
    fn the_skip_links_target_is_not_a_route() {
        assert_eq!(Route::from_location("/", "#main"), None);
    }
}
