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

## Applying: steps, errors and dialogs (worded as in the gallery)
apply-steps-label = Steps of the application
apply-step-position = Step { $current } of { $total }
apply-errors-title = There is a problem
applications-dialog-close = Close

## Applying online: the procedure page, the form's pages, my applications
procedure-document-title = { $name } | Madoguchi
procedure-problem-title = This procedure cannot be shown
procedure-online-title = Before you apply online
procedure-identity = Identity check
procedure-identity-none = Applying online needs no identity check
procedure-identity-verified = You need an account whose identity has been checked
procedure-identity-banner = Identity check
procedure-identity-verified-needed = To apply for this online, your identity must be checked
procedure-identity-not-checked = Your identity has not been checked yet, so you cannot send this application online
procedure-identity-how = If your identity has not been checked yet, bring your My Number card to a counter at the city hall. Once it is checked, you can apply online.
procedure-bring = What you need
procedure-fee = Fee
procedure-fee-free = Free
procedure-takes = How long it takes
procedure-takes-days = { $days ->
    [one] About { $days } day until you hear the result
   *[other] About { $days } days until you hear the result
}
procedure-not-online = This procedure cannot be done online. Please go to one of the places listed above.
procedure-start = Start your application
procedure-continue = Continue your application
apply-document-title = { $page } | Application | Madoguchi
apply-document-title-problem = The application cannot start | Madoguchi
apply-problem-title = The application cannot start
apply-back-to-procedure = Back to the procedure
apply-kept-on-device = Your answers are saved on this device, encrypted. If you stop halfway, you can continue from My applications.
apply-kept-in-page = Your answers are kept only while this page is open. They are lost if you close or reload the page.
apply-prefilled-banner = Filled in for you
apply-prefilled-heading = Some answers are filled in from what you have told the city before
apply-prefilled-hint = Please check them. If anything has changed, change the answer.
apply-continue = Continue
apply-back = Back
apply-check-title = Check your answers
apply-change = Change
apply-not-answered = Not answered
apply-declaration-title = Declaration and sending
apply-declaration-legend = Declaration
apply-declaration-agree = I have read the statement above and agree
apply-submit-intro = When you have checked your answers, send your application.
apply-submit-app = When you send it, this device delivers it to the city. If you are offline, it is sent once you are back online.
apply-submit-web = When you send it, it goes to the city straight away.
apply-submit = Send application
apply-submitting = Sending
apply-sent-document-title = Application sent | Madoguchi
apply-sent-title = Application sent
apply-sent-banner = Sent
apply-reference = Reference number: { $reference }
apply-reference-hint = Please give this reference number when you contact the city.
apply-receipt-procedure = Procedure
apply-receipt-reference = Reference number
apply-receipt-sent-at = Date sent
apply-next-title = What happens next
apply-next-text = The city will check your application. You can follow it in My applications. If more documents are needed, the city will tell you.
apply-print = Print a copy
apply-see-applications = See my applications
apply-sent-nothing = No application was sent from this page
apply-queued-title = Your application is waiting to be sent
apply-queued-banner = Waiting to send
apply-queued-text = The city does not have it yet. It will be sent automatically when you are online.
apply-queued-hint = When the city has it, its reference number appears here.
apply-failed-title = Your application was not accepted
applications-document-title = My applications | Madoguchi
applications-intro-app = Applications you are filling in on this device (drafts), and applications sent from this device.
applications-intro-web = Applications you are filling in or have sent on this page. The web version saves nothing on your device, so they disappear from this list when you close the page. Please note your reference numbers.
applications-drafts-title = Applications in progress
applications-no-drafts = You have no applications in progress.
applications-draft-saved = Saved on { $date }
applications-resume = Continue { $procedure }
applications-discard = Delete the draft of { $procedure }
applications-discard-title = Delete this draft?
applications-discard-text = Once it is deleted, your answers cannot be recovered.
applications-discard-yes = Delete
applications-discard-no = Keep it
applications-draft-discarded = The draft was deleted.
applications-sent-title = Sent applications
applications-none-sent = You have not sent any applications.
applications-sent-on = Sent on { $date }
applications-state-pending = Waiting to send
applications-state-sent = Received by the city
applications-state-failed = Not accepted
applications-status = Status: { $status }

applications-send-now = Send now
delete-data-title = Data on this device
delete-data-explain = This device keeps the list of procedures and your applications, questions and drafts, encrypted. Deleting them also deletes the encryption key.
delete-data-button = Delete the data saved on this device
delete-data-confirm = This deletes all data saved on this device, including drafts and applications or questions waiting to be sent. Continue?
delete-data-done = The data saved on this device has been deleted.
