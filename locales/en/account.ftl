# Account: the names of staff actions, shown to residents when they read their own record (audit log).

audit-action-list-inquiries = Viewed the list of inquiries
audit-action-list-applications = Viewed the list of applications
audit-action-change-application-status = Changed the status of an application
audit-action-read-attachment = Viewed an attached file
audit-action-verify-identity = Checked your identity at a counter
audit-action-list-bookings = Viewed the list of bookings
audit-action-book-on-behalf = Made a booking on your behalf
audit-action-record-visit = Recorded your visit or absence
