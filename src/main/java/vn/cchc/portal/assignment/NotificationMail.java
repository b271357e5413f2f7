package vn.cchc.portal.assignment;

/** A notification that is also to be e-mailed, once it is committed. */
record NotificationMail(long notificationId, String address, String recipientName) {}
