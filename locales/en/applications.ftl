# Online applications: an application's status, and errors about applications. The rules for moving between statuses are in madoguchi-domain's application module.

## Application status
application-status-submitted = Sent
application-status-received = Received
application-status-in-review = Being reviewed
application-status-needs-information = More information needed
application-status-resubmitted = Sent again
application-status-completed = Completed
application-status-rejected = Not accepted
application-status-withdrawn = Withdrawn
