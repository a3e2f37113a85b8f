# Account: the names of staff actions, shown to residents when they read their own record (audit log).

audit-action-list-inquiries = Viewed the list of inquiries
audit-action-list-applications = Viewed the list of applications
audit-action-change-application-status = Changed the status of an application
audit-action-read-attachment = Viewed an attached file
audit-action-verify-identity = Checked your identity at a counter
