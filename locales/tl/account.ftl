# Account: ang mga pangalan ng ginawa ng mga kawani ng lungsod, na ipinapakita sa residente kapag tinitingnan niya ang sarili niyang tala (audit log).

audit-action-list-inquiries = Tiningnan ang listahan ng mga tanong
audit-action-list-applications = Tiningnan ang listahan ng mga aplikasyon
audit-action-change-application-status = Binago ang katayuan ng isang aplikasyon
audit-action-read-attachment = Tiningnan ang isang kalakip na file
audit-action-verify-identity = Tiniyak ang inyong pagkakakilanlan sa counter
audit-action-list-bookings = Tiningnan ang listahan ng mga appointment
audit-action-book-on-behalf = Gumawa ng appointment sa ngalan ninyo
audit-action-record-visit = Itinala kung dumating kayo o hindi
