package vn.cchc.portal.shell;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.SecurityLog;

/**
 * Failures of the download endpoints ({@code /evidence/{id}}, {@code /reports/...}) as short problem answers: a
 * refusal and a missing object both answer 403 with the same body (one security log line, no stack trace); a broken
 * rule answers 400 with its message.
 */
@RestControllerAdvice
class WebErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    private final CurrentUser currentUser;

    WebErrors(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        SecurityLog.event(SecurityLog.Action.ACCESS_DENIED, currentUser, request.getRequestURI());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                BusinessException.text("error.deniedOrMissing", new Object[0], java.util.Locale.ROOT));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(BusinessException.class)
    ResponseEntity<ProblemDetail> refused(BusinessException e, HttpServletRequest request) {
        LOG.warn("{} refused: {}", request.getRequestURI(), e.getMessage());
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }
}
