package vn.cchc.portal.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The actuator shows health only ({@code /actuator/health}, {@code /liveness}, {@code /readiness}, for the proxy
 * and the service manager); every other address under {@code /actuator} answers 404, to anyone, signed in or not,
 * instead of the login page or a Vaadin view.
 */
@RestController
class HiddenEndpoints {

    @RequestMapping("/actuator/**")
    void notFound() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
