//! 表示するお知らせを選ぶ (`#/notices/profile`): the resident's opt-in notice profile and its
//! consent record, all kept on the device (app mode: the shell's encrypted store; web mode: this
//! tab's memory) and never sent to the city.
//!
//! - **The form**: area (from the city's list), the resident's age band, children's birth dates,
//!   topics, the languages to read notices in, quiet hours and a daily digest. Parsed by the
//!   domain (`ProfileInput::parse`): every problem at once, in the error summary and at its field.
//!   Saving the first time is the opt-in.
//! - **The record**: what is kept and what each part is used for (`notice::consent::uses`), when
//!   consent was given and last changed, and "clear everything", confirmed in a dialog.
//! - **The tray** (app mode, `tray.rs`): whether closing the window keeps the app receiving
//!   notices from a tray icon. A setting of the device, not part of the profile or its consent.

use leptos::prelude::*;
use madoguchi_domain::UnixMillis;
use madoguchi_domain::form::FieldProblem;
use madoguchi_domain::notice::profile::{ProfileInput, field, wire_name};
use madoguchi_domain::notice::{AgeBand, AreaList, NoticeSettings, Topic, consent};
use madoguchi_i18n::msg_id;
use madoguchi_ui_kit::{
    BannerKind, Button, ButtonVariant, Checkboxes, Choice, DateInput, Dialog, ErrorItem, ErrorSummary,
    NotificationBanner, Radios, Select, SummaryList, SummaryRow,
};

use crate::i18n::{self, t, t_args};
use crate::ipc;
use crate::pages::apply::renderer::{date_calendars, describe_date};
use crate::pages::data_age::DataAge;

/// What the page last did, said in a banner.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Saved,
    Cleared,
}

#[component]
pub fn NoticeProfilePage() -> impl IntoView {
    Effect::new(move |_| document().set_title(&t(msg_id!("notice-profile-document-title"))));
    let areas = LocalResource::new(ipc::notices::areas);
    let settings = LocalResource::new(ipc::notices::settings);
    view! {
        <h1 class="mg-heading-xl" id="notice-profile-heading" tabindex="-1">{move || t(msg_id!("notice-profile-page-title"))}</h1>
        <p class="mg-lead" id="notice-profile-intro">{move || t(msg_id!("notice-profile-intro"))}</p>
        {move || match (areas.get(), settings.get()) {
            (None, _) | (_, None) => view! { <p class="mg-loading" role="status">{move || t(msg_id!("loading"))}</p> }.into_any(),
            (Some(Err(error)), _) | (_, Some(Err(error))) => {
                let message = error.code.message_id();
                view! {
                    <div class="mg-error" role="alert" id="notice-profile-error">
                        <p class="mg-error__message" data-message-id=message>{move || t(message)}</p>
                    </div>
                }
                .into_any()
            }
            (Some(Ok(areas)), Some(Ok(kept))) => view! {
                <DataAge fetched_at=areas.fetched_at fresh=areas.fresh refresh_error=None kept_nowhere=None />
                <ProfileForm areas=areas.value kept=kept />
            }
            .into_any(),
        }}
        <super::tray::TraySetting />
        <p><a class="mg-link" id="notice-profile-back" href="#/notices">{move || t(msg_id!("notice-profile-back"))}</a></p>
    }
}

/// The controls' values, one signal each.
#[derive(Clone, Copy)]
struct Answers {
    area: RwSignal<String>,
    band: RwSignal<Option<String>>,
    /// One date per child, each with a stable key (its controls' ids stay put when one is removed).
    children: RwSignal<Vec<(usize, RwSignal<String>)>>,
    next_child: StoredValue<usize>,
    topics: RwSignal<Vec<String>>,
    languages: RwSignal<Vec<String>>,
    quiet_from: RwSignal<String>,
    quiet_until: RwSignal<String>,
    digest_at: RwSignal<String>,
}

impl Answers {
    fn new(input: &ProfileInput) -> Self {
        let children: Vec<_> = input
            .children
            .iter()
            .enumerate()
            .map(|(n, d)| (n, RwSignal::new(d.clone())))
            .collect();
        Self {
            area: RwSignal::new(input.area.clone()),
            band: RwSignal::new(Some(input.band.clone())),
            next_child: StoredValue::new(children.len()),
            children: RwSignal::new(children),
            topics: RwSignal::new(input.topics.clone()),
            languages: RwSignal::new(input.languages.clone()),
            quiet_from: RwSignal::new(input.quiet_from.clone()),
            quiet_until: RwSignal::new(input.quiet_until.clone()),
            digest_at: RwSignal::new(input.digest_at.clone()),
        }
    }

    /// Every control back to "nothing chosen" (after the profile is cleared).
    fn clear(&self) {
        for text in [self.area, self.quiet_from, self.quiet_until, self.digest_at] {
            text.set(String::new());
        }
        self.band.set(Some(String::new()));
        self.children.set(Vec::new());
        self.topics.set(Vec::new());
        self.languages.set(Vec::new());
    }

    fn input(&self) -> ProfileInput {
        ProfileInput {
            area: self.area.get_untracked(),
            band: self.band.get_untracked().unwrap_or_default(),
            children: self
                .children
                .get_untracked()
                .iter()
                .map(|(_, d)| d.get_untracked())
                .collect(),
            topics: self.topics.get_untracked(),
            languages: self.languages.get_untracked(),
            quiet_from: self.quiet_from.get_untracked(),
            quiet_until: self.quiet_until.get_untracked(),
            digest_at: self.digest_at.get_untracked(),
        }
    }

    /// The control a problem's field id points at (a child's date: its key's control).
    fn target(&self, field_id: &str) -> String {
        if let Some(n) = field_id
            .strip_prefix("profile-child-")
            .and_then(|n| n.parse::<usize>().ok())
        {
            let key = self.children.get_untracked().get(n).map_or(n, |(k, _)| *k);
            return format!("{}-year", child_id(key));
        }
        field_id.to_owned()
    }
}

fn child_id(key: usize) -> String {
    format!("profile-child-k{key}")
}

#[component]
fn ProfileForm(areas: AreaList, kept: Option<NoticeSettings>) -> impl IntoView {
    let settings = RwSignal::new(kept);
    let answers = Answers::new(&settings.with_untracked(|s| {
        s.as_ref()
            .map(|s| ProfileInput::of(&s.profile))
            .unwrap_or_default()
    }));
    let problems = RwSignal::new(Vec::<FieldProblem>::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let saving = RwSignal::new(false);
    let areas = StoredValue::new(areas);
    let error_at = move |id: String| {
        Signal::derive(move || {
            problems.with(|ps| {
                ps.iter()
                    .find(|p| answers.target(&p.field) == id || p.field == id)
                    .map(|p| t(&p.message_id))
            })
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(today) = ipc::now().date_in_japan() else {
            return;
        };
        let parsed = areas.with_value(|areas| answers.input().parse(today, areas));
        match parsed {
            Err(found) => {
                outcome.set(None);
                problems.set(found);
            }
            Ok(profile) => {
                problems.set(Vec::new());
                saving.set(true);
                leptos::task::spawn_local(async move {
                    match ipc::notices::save_profile(profile).await {
                        Ok(saved) => {
                            settings.set(Some(saved));
                            outcome.set(Some(Outcome::Saved));
                        }
                        Err(error) => {
                            problems.set(vec![FieldProblem::new(field::AREA, error.code.message_id())])
                        }
                    }
                    saving.set(false);
                });
            }
        }
    };
    view! {
        {move || outcome.get().map(|o| {
            let heading = match o {
                Outcome::Saved => msg_id!("notice-profile-saved"),
                Outcome::Cleared => msg_id!("notice-profile-cleared"),
            };
            view! {
                <NotificationBanner id="notice-profile-outcome" kind=BannerKind::Success
                    title=Signal::derive(|| t(msg_id!("notice-profile-done")))
                    heading=Signal::derive(move || t(heading))>
                    <p><a class="mg-link" href="#/notices">{move || t(msg_id!("notice-profile-back"))}</a></p>
                </NotificationBanner>
            }
        })}
        <form class="mg-form" novalidate on:submit=save id="notice-profile-form">
            <ErrorSummary
                id="notice-profile-errors"
                title=Signal::derive(|| t(msg_id!("notice-profile-errors-title")))
                errors=Signal::derive(move || {
                    problems.get().iter().map(|p| ErrorItem { target: answers.target(&p.field), message: t(&p.message_id) }).collect::<Vec<_>>()
                })
            />
            {move || {
                let options = std::iter::once(Choice::new("", t(msg_id!("notice-profile-area-none"))))
                    .chain(areas.with_value(|a| {
                        a.areas.iter().map(|area| Choice::new(area.code.as_str(), crate::pages::apply::city_plain(&area.name))).collect::<Vec<_>>()
                    }))
                    .collect::<Vec<_>>();
                view! {
                    <Select id=field::AREA label=Signal::derive(|| t(msg_id!("notice-profile-area")))
                        hint=Signal::derive(|| t(msg_id!("notice-profile-area-hint")))
                        error=error_at(field::AREA.to_owned()) options=options selected=answers.area />
                }
            }}
            {move || {
                let choices = std::iter::once(Choice::new("", t(msg_id!("notice-profile-band-none"))))
                    .chain(AgeBand::ALL.iter().map(|b| Choice::new(wire_name(b), band_name(*b))))
                    .collect::<Vec<_>>();
                view! {
                    <Radios id=field::BAND legend=Signal::derive(|| t(msg_id!("notice-profile-resident-band")))
                        error=error_at(field::BAND.to_owned()) choices=choices selected=answers.band />
                }
            }}
            <Children answers=answers error_at=error_at />
            {move || {
                let choices = Topic::ALL.iter().map(|topic| Choice::new(wire_name(topic), t(topic.message_id()))).collect::<Vec<_>>();
                view! {
                    <Checkboxes id=field::TOPICS legend=Signal::derive(|| t(msg_id!("notice-profile-topics")))
                        hint=Signal::derive(|| t(msg_id!("notice-profile-topics-hint")))
                        error=error_at(field::TOPICS.to_owned()) choices=choices checked=answers.topics />
                }
            }}
            {
                // Endonyms: each language named in itself, as the language menu does.
                let choices = i18n::offered_locales().iter().map(|tag| Choice::new(tag.as_str(), i18n::endonym(tag))).collect::<Vec<_>>();
                view! {
                    <Checkboxes id=field::LANGUAGES legend=Signal::derive(|| t(msg_id!("notice-profile-languages")))
                        hint=Signal::derive(|| t(msg_id!("notice-profile-languages-hint")))
                        error=error_at(field::LANGUAGES.to_owned()) choices=choices checked=answers.languages />
                }
            }
            <fieldset class="mg-fieldset" id="profile-quiet">
                <legend class="mg-fieldset__legend">{move || t(msg_id!("notice-profile-quiet-hours"))}</legend>
                <p class="mg-hint">{move || t(msg_id!("notice-profile-quiet-hint"))}</p>
                {move || view! {
                    <Select id=field::QUIET label=Signal::derive(|| t(msg_id!("notice-profile-quiet-from")))
                        error=error_at(field::QUIET.to_owned()) options=times(msg_id!("notice-profile-quiet-none")) selected=answers.quiet_from />
                    <Select id="profile-quiet-until" label=Signal::derive(|| t(msg_id!("notice-profile-quiet-until")))
                        options=times(msg_id!("notice-profile-quiet-none")) selected=answers.quiet_until />
                }}
            </fieldset>
            {move || view! {
                <Select id=field::DIGEST label=Signal::derive(|| t(msg_id!("notice-profile-digest")))
                    hint=Signal::derive(|| t(msg_id!("notice-profile-digest-hint")))
                    error=error_at(field::DIGEST.to_owned()) options=times(msg_id!("notice-profile-digest-none")) selected=answers.digest_at />
            }}
            <Button submit=true id="notice-profile-save" label=Signal::derive(|| t(msg_id!("notice-profile-save"))) loading=saving />
        </form>
        {move || settings.get().map(|kept| view! { <ConsentRecord kept=kept settings=settings answers=answers outcome=outcome /> })}
    }
}

/// Every half hour of the day, after a first "none" choice worded by `none`.
fn times(none: &'static str) -> Vec<Choice> {
    std::iter::once(Choice::new("", t(none)))
        .chain((0..48).map(|half| {
            let text = format!("{:02}:{:02}", half / 2, (half % 2) * 30);
            Choice::new(text.clone(), text)
        }))
        .collect()
}

fn band_name(band: AgeBand) -> String {
    match band {
        AgeBand::Under6 => t(msg_id!("notice-band-0-5")),
        AgeBand::From6To17 => t(msg_id!("notice-band-6-17")),
        AgeBand::From18To39 => t(msg_id!("notice-band-18-39")),
        AgeBand::From40To64 => t(msg_id!("notice-band-40-64")),
        AgeBand::From65To74 => t(msg_id!("notice-band-65-74")),
        AgeBand::From75 => t(msg_id!("notice-band-75")),
    }
}

/// Children's birth dates: one date input each, added and removed by buttons.
#[component]
fn Children(
    answers: Answers,
    error_at: impl Fn(String) -> Signal<Option<String>> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let add = move |_| {
        let key = answers.next_child.get_value();
        answers.next_child.set_value(key + 1);
        answers
            .children
            .update(|c| c.push((key, RwSignal::new(String::new()))));
    };
    view! {
        <fieldset class="mg-fieldset" id="profile-children">
            <legend class="mg-fieldset__legend">{move || t(msg_id!("notice-profile-children"))}</legend>
            <p class="mg-hint">{move || t(msg_id!("notice-profile-children-hint"))}</p>
            <For each=move || answers.children.get() key=|(key, _)| *key let:child>
                {
                    let (key, value) = child;
                    let id = child_id(key);
                    let remove = move |_| answers.children.update(|c| c.retain(|(k, _)| *k != key));
                    let position = move || answers.children.with(|c| c.iter().position(|(k, _)| *k == key).unwrap_or(0) + 1);
                    view! {
                        <DateInput
                            id=id.clone()
                            legend=Signal::derive(move || t_args(msg_id!("notice-profile-child"), &[("n", i64::try_from(position()).unwrap_or(0).into())]))
                            error=error_at(format!("{id}-year"))
                            calendar_label=Signal::derive(|| t(msg_id!("form-date-calendar")))
                            calendars=date_calendars() initial_calendar=madoguchi_ui_kit::date_input::WESTERN
                            year_label=Signal::derive(|| t(msg_id!("form-date-year")))
                            month_label=Signal::derive(|| t(msg_id!("form-date-month")))
                            day_label=Signal::derive(|| t(msg_id!("form-date-day")))
                            describe=Callback::new(describe_date)
                            value=value
                        />
                        <Button id=format!("{id}-remove") variant=ButtonVariant::Secondary
                            label=Signal::derive(move || t_args(msg_id!("notice-profile-child-remove"), &[("n", i64::try_from(position()).unwrap_or(0).into())]))
                            on_press=Callback::new(remove) />
                    }
                }
            </For>
            <Button id="profile-child-add" variant=ButtonVariant::Secondary
                label=Signal::derive(|| t(msg_id!("notice-profile-child-add"))) on_press=Callback::new(add) />
        </fieldset>
    }
}

/// What is kept, what each part is for, and clearing it all.
#[component]
fn ConsentRecord(
    kept: NoticeSettings,
    settings: RwSignal<Option<NoticeSettings>>,
    answers: Answers,
    outcome: RwSignal<Option<Outcome>>,
) -> impl IntoView {
    let confirm = RwSignal::new(false);
    let clearing = RwSignal::new(false);
    let uses = consent::uses(&kept.profile);
    let (consented, changed) = (kept.consented_at, kept.changed_at);
    let clear = move |_| {
        clearing.set(true);
        leptos::task::spawn_local(async move {
            if ipc::notices::clear_profile().await.is_ok() {
                answers.clear();
                confirm.set(false);
                settings.set(None);
                outcome.set(Some(Outcome::Cleared));
            }
            clearing.set(false);
        });
    };
    view! {
        <section class="mg-section" aria-labelledby="notice-consent-title" id="notice-consent">
            <h2 id="notice-consent-title">{move || t(msg_id!("notice-consent-title"))}</h2>
            <p>{move || t(msg_id!("notice-consent-nothing-sent"))}</p>
            {move || {
                let rows = uses.iter().map(|part| SummaryRow {
                    key: t(part.label_id()),
                    value: vec![t(part.purpose_id())],
                    change_href: None,
                }).collect::<Vec<_>>();
                view! { <SummaryList id="notice-consent-uses" rows=rows change_label=Signal::derive(|| t(msg_id!("notice-profile-change"))) /> }
            }}
            <p class="mg-hint" id="notice-consent-given">{move || when(msg_id!("notice-consent-given"), consented)}</p>
            <p class="mg-hint" id="notice-consent-changed">{move || when(msg_id!("notice-consent-changed"), changed)}</p>
            <Button id="notice-profile-clear" variant=ButtonVariant::Secondary
                label=Signal::derive(|| t(msg_id!("notice-profile-clear"))) on_press=Callback::new(move |_| confirm.set(true)) />
            <Dialog id="notice-profile-clear-dialog" open=confirm
                title=Signal::derive(|| t(msg_id!("notice-profile-clear-title")))
                close_label=Signal::derive(|| t(msg_id!("notice-profile-clear-cancel")))>
                <p>{move || t(msg_id!("notice-profile-clear-body"))}</p>
                <Button id="notice-profile-clear-confirm" label=Signal::derive(|| t(msg_id!("notice-profile-clear-confirm")))
                    loading=clearing on_press=Callback::new(clear) />
            </Dialog>
        </section>
    }
}

fn when(message: &'static str, at: UnixMillis) -> String {
    t_args(message, &[("when", i18n::moment(at).into())])
}
