//! The waitlist of a full slot: when a place frees up, the first waiting resident is offered it for
//! a limited time, then the next one. One entry moves waiting → offered → booked or expired, and
//! never back; a move the state does not allow is refused, not ignored, so the store never records
//! an impossible history (e.g. a booking from an offer that had already lapsed).

use std::num::NonZeroU32;

use crate::UnixMillis;
use crate::days::MILLIS_PER_MINUTE;

/// Where one resident's place on a waitlist stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitlistState {
    /// In line since `since`; earlier is first.
    Waiting { since: UnixMillis },
    /// Offered the freed place, which is theirs to take before `expires_at`.
    Offered {
        since: UnixMillis,
        expires_at: UnixMillis,
    },
    /// Took the offer at `at`; the booking exists.
    Booked { at: UnixMillis },
    /// Let the offer lapse; the place goes to the next in line.
    Expired { at: UnixMillis },
}

/// A move the entry's state does not allow. Serialises as its stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{}", self.code())]
pub enum WaitlistRefusal {
    /// Only a waiting entry can be offered a place.
    NotWaiting,
    /// Only an offered entry can book or expire.
    NoOffer,
    /// The offer lapsed before it was taken.
    OfferExpired,
    /// The offer is still open, so it cannot expire yet.
    OfferStillOpen,
}

impl WaitlistRefusal {
    /// The stable code clients branch on.
    pub fn code(self) -> &'static str {
        match self {
            WaitlistRefusal::NotWaiting => "waitlist_not_waiting",
            WaitlistRefusal::NoOffer => "waitlist_no_offer",
            WaitlistRefusal::OfferExpired => "waitlist_offer_expired",
            WaitlistRefusal::OfferStillOpen => "waitlist_offer_still_open",
        }
    }
}

super::window::serialize_as_code!(WaitlistRefusal);

impl WaitlistState {
    pub fn join(now: UnixMillis) -> WaitlistState {
        WaitlistState::Waiting { since: now }
    }

    /// Offers a freed place at `now`, open for `valid_for_minutes` (e.g. 120).
    pub fn offer(
        self,
        now: UnixMillis,
        valid_for_minutes: NonZeroU32,
    ) -> Result<WaitlistState, WaitlistRefusal> {
        match self {
            WaitlistState::Waiting { .. } => Ok(WaitlistState::Offered {
                since: now,
                expires_at: now.plus_millis(i64::from(valid_for_minutes.get()) * MILLIS_PER_MINUTE),
            }),
            _ => Err(WaitlistRefusal::NotWaiting),
        }
    }

    /// Takes the offer at `now`, if it is still open.
    pub fn book(self, now: UnixMillis) -> Result<WaitlistState, WaitlistRefusal> {
        match self {
            WaitlistState::Offered { expires_at, .. } if now < expires_at => {
                Ok(WaitlistState::Booked { at: now })
            }
            WaitlistState::Offered { .. } => Err(WaitlistRefusal::OfferExpired),
            _ => Err(WaitlistRefusal::NoOffer),
        }
    }

    /// Lets an offer lapse at `now`, once its time is up.
    pub fn expire(self, now: UnixMillis) -> Result<WaitlistState, WaitlistRefusal> {
        match self {
            WaitlistState::Offered { expires_at, .. } if now >= expires_at => {
                Ok(WaitlistState::Expired { at: now })
            }
            WaitlistState::Offered { .. } => Err(WaitlistRefusal::OfferStillOpen),
            _ => Err(WaitlistRefusal::NoOffer),
        }
    }
}

/// Who is offered a freed place: the entry waiting longest (the first of equals, in the order
/// given); `None` when nobody waits. Entries with an open offer are not waiting: each freed place
/// makes one offer, so two places freed make two.
pub fn next_in_line<K>(entries: impl IntoIterator<Item = (K, WaitlistState)>) -> Option<K> {
    let mut first: Option<(K, UnixMillis)> = None;
    for (key, state) in entries {
        if let WaitlistState::Waiting { since } = state
            && first.as_ref().is_none_or(|(_, earliest)| since < *earliest)
        {
            first = Some((key, since));
        }
    }
    first.map(|(key, _)| key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 60 * MILLIS_PER_MINUTE;

    fn two_hours() -> NonZeroU32 {
        NonZeroU32::new(120).unwrap()
    }

    #[test]
    fn refusals_serialise_as_their_stable_codes() {
        let json = serde_json::to_value(WaitlistRefusal::OfferExpired).unwrap();
        assert_eq!(json, "waitlist_offer_expired");
    }

    #[test]
    fn an_offer_taken_in_time_becomes_a_booking() {
        let t = UnixMillis(1_800_000_000_000);
        let offered = WaitlistState::join(t)
            .offer(t.plus_millis(HOUR), two_hours())
            .unwrap();
        assert_eq!(
            offered,
            WaitlistState::Offered {
                since: t.plus_millis(HOUR),
                expires_at: t.plus_millis(3 * HOUR)
            }
        );
        assert_eq!(
            offered.book(t.plus_millis(3 * HOUR - 1)),
            Ok(WaitlistState::Booked {
                at: t.plus_millis(3 * HOUR - 1)
            })
        );
    }

    #[test]
    fn an_offer_cannot_be_taken_after_it_expires_and_cannot_expire_before() {
        let t = UnixMillis(1_800_000_000_000);
        let offered = WaitlistState::join(t).offer(t, two_hours()).unwrap();
        assert_eq!(
            offered.book(t.plus_millis(2 * HOUR)),
            Err(WaitlistRefusal::OfferExpired)
        );
        assert_eq!(
            offered.expire(t.plus_millis(2 * HOUR - 1)),
            Err(WaitlistRefusal::OfferStillOpen)
        );
        assert_eq!(
            offered.expire(t.plus_millis(2 * HOUR)),
            Ok(WaitlistState::Expired {
                at: t.plus_millis(2 * HOUR)
            })
        );
    }

    #[test]
    fn finished_entries_and_waiting_ones_refuse_moves_they_do_not_allow() {
        let t = UnixMillis(0);
        let waiting = WaitlistState::join(t);
        assert_eq!(waiting.book(t), Err(WaitlistRefusal::NoOffer));
        assert_eq!(waiting.expire(t), Err(WaitlistRefusal::NoOffer));
        for done in [WaitlistState::Booked { at: t }, WaitlistState::Expired { at: t }] {
            assert_eq!(done.offer(t, two_hours()), Err(WaitlistRefusal::NotWaiting));
            assert_eq!(done.book(t), Err(WaitlistRefusal::NoOffer));
            assert_eq!(done.expire(t), Err(WaitlistRefusal::NoOffer));
        }
        let offered = waiting.offer(t, two_hours()).unwrap();
        assert_eq!(offered.offer(t, two_hours()), Err(WaitlistRefusal::NotWaiting));
    }

    #[test]
    fn the_longest_waiting_resident_is_next_and_one_with_an_offer_is_skipped() {
        let at = UnixMillis;
        let line = [
            ("hanako", WaitlistState::Expired { at: at(1) }),
            ("taro", WaitlistState::Waiting { since: at(30) }),
            ("jiro", WaitlistState::Waiting { since: at(20) }),
            ("saburo", WaitlistState::Waiting { since: at(20) }),
        ];
        assert_eq!(next_in_line(line), Some("jiro"));
        let mut with_offer = line;
        with_offer[2].1 = WaitlistState::Offered {
            since: at(40),
            expires_at: at(50),
        };
        assert_eq!(next_in_line(with_offer), Some("saburo"));
        assert_eq!(next_in_line::<&str>([]), None);
    }
}
