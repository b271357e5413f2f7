package vn.cchc.portal.shared;

/** A rule was broken by the input; the message is shown to the user as is (Vietnamese). */
public class BusinessException extends RuntimeException {

    public BusinessException(String message) {
        super(message);
    }
}
